"""Words that carry no meaning in a search query, per language.

"How can I get my passport back please" is a search for *passport* and *get
back*: "how", "can", "I", "my", "please" are in every question and in no
article's subject, and if search demanded them, or weighed them, they would
block or dilute the right result. :func:`is_stopword` tells search which words
of a query to leave out.

The lists hold pronouns (with their possessive and case forms: my, мой, мне, у
меня, менин, маро), articles, prepositions and postpositions, conjunctions,
particles (including the negations: a query is a topic, and "not paid" is
about paying), auxiliary and light verbs, question words, and the filler of a
request (please, need, want, can, possible). They leave out every word that
names something a migrant asks about, however common: help, lost, police,
passport, money, work, job.

Russian, Kyrgyz and Tajik are often typed in Latin letters, so each of those
lists also holds the usual Latin spellings of its words (``menya``, ``kak``,
``kantip``, ``kujo``); matching a sound key is the caller's business. Uzbek has
one list for both scripts: each word is written in Latin here and added in
Cyrillic by :func:`kiosk.text.uzbek.latin_to_cyrillic`.

Every word is stored as :func:`kiosk.text.normalise.fold` leaves it (й -> и,
ё -> е, ў -> у, no apostrophes), because search asks about folded words.
Entries of two words ("у меня", "чӣ тавр") add each word.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kiosk.text.normalise import fold
from kiosk.text.uzbek import latin_to_cyrillic

__all__ = ["STOPWORDS", "is_stopword"]


def _folded(*groups: str) -> frozenset[str]:
    """Every word of ``groups`` (whitespace-separated, "|" between entries of several words), folded."""
    return frozenset(folded for group in groups for word in group.replace("|", " ").split()
                     if (folded := fold(word)))


_ENGLISH = _folded(
    # Pronouns and possessives.
    "i me my mine myself you your yours yourself he him his she her hers it its we us our ours they them their"
    " theirs this that these those someone something anyone anything",
    # Articles, prepositions.
    "a an the in on at by for from to of with without about into onto over under after before during between"
    " through via per than",
    # Conjunctions and particles (negation included).
    "and or but if because so then also too just only very not no yes",
    # Auxiliary and modal verbs, contractions as folded (don't -> dont).
    "am is are was were be been being do does did done have has had having will would shall should can could"
    " may might must get got im ive dont doesnt didnt cant cannot wont isnt arent",
    # Question words.
    "how what where when who whom whose which why",
    # Request filler.
    "please need needs want wants wanted like tell",
)

_RUSSIAN = _folded(
    # Pronouns in their cases, possessives.
    "я меня мне мной ты тебя тебе тобой он его ему им нем она ее ей ней оно мы нас нам нами вы вас вам вами"
    " собой собою"
    " они их ими них мой моя мое мои моего моей моих моим ваш ваша ваше ваши вашего вашей ваших наш наша"
    " свой своя свое свои себя себе этот эта это эти этого этой тот та то те такой такая такие",
    "у меня | у нас",
    # Prepositions.
    "в во на с со к ко у о об обо от до по за из для без при про через над под между после перед около",
    # Conjunctions and particles (negation included).
    "и а но или если чтобы что же ли бы не ни нет да уже еще только вот тоже также даже",
    # Auxiliary verbs and modal words.
    "быть есть был была было были будет буду будут является можно нужно надо нужен нужна нужны должен должна"
    " могу может можете",
    # Question words.
    "как где куда откуда когда почему зачем кто чем чего сколько какой какая какое какие который которая",
    # Request filler.
    "пожалуйста хочу хотим хотел хотела скажите подскажите очень там тут здесь так",
    # The same typed in Latin letters.
    "ya menya mne moi moy moya moe moyo moi vash vasha nash ty on ona my vy oni ego ee eyo ikh ih"
    " u v na s k o ot do po za iz dlya dlia bez pri pro cherez"
    " i a no ili esli chto shto chtoby zhe je li by ne net da uzhe uje eshche tolko eto etot"
    " est byl bylo budet mozhno mojno nuzhno nujno nado mogu mozhet mojet"
    " kak gde kuda kogda pochemu zachem kto skolko kakoy kakoi kakaya kakie"
    " pozhaluysta pojaluysta pojalusta pozhalujsta pozhalusta pozhaluista hochu khochu ochen tam tut zdes",
)

# Written in Latin; :data:`STOPWORDS` adds each word in Cyrillic.
_UZBEK_LATIN = (
    # Pronouns in their cases, "self".
    "men sen u biz siz ular sizlar mening sening uning bizning sizning ularning meni seni uni bizni sizni ularni"
    " menga senga unga bizga sizga ularga menda sizda unda bizda mendan sizdan undan"
    " o'z o'zim o'zing o'zi o'zimiz o'zingiz o'zlari bu shu o'sha ana mana bular shular ushbu hamma har hech barcha",
    # Postpositions.
    "bilan uchun haqida bo'yicha orqali keyin oldin qadar kabi singari sari tomon ichida",
    # Conjunctions and particles (negation included).
    "va yoki lekin ammo biroq chunki agar ham hamda yana esa balki ya'ni deb mi chi ku faqat emas yo'q ha"
    " xo'p endi hali juda eng",
    # Auxiliary and light verbs.
    "bor edi ekan bo'ladi bo'lsa bo'lgan bo'lish qilish qilay qilaman qildim qilyapti qilsam",
    # Numbers: "two months", "one day" are about the wages or the rest, not the count.
    "bir ikki uch",
    # Question words.
    "qanday qanaqa nima nimaga nimani nega qayerda qayerga qayerdan qachon kim kimga qaysi qancha necha qani",
    "nima uchun | qanday qilib",
    # Request filler.
    "iltimos kerak kerakmi zarur lozim mumkin mumkinmi xohlayman istayman bilmoqchiman",
)
_UZBEK = _folded(*_UZBEK_LATIN, *(latin_to_cyrillic(group) for group in _UZBEK_LATIN))

_KYRGYZ = _folded(
    # Pronouns in their cases, "self", demonstratives.
    "мен сен ал биз силер алар сиз сиздер менин сенин анын биздин силердин алардын сиздин мага сага ага бизге"
    " сизге аларга мени сени аны бизди сизди аларды менде сизде анда бизде менден сизден андан"
    " өз өзүм өзү өзүңүз өзүбүз бул бу ошол ушул тиги ошо ушу баары бардык ар эч",
    # Postpositions.
    "менен үчүн жөнүндө тууралуу боюнча чейин кийин мурун аркылуу сыяктуу ичинде тарабынан бери",
    # Conjunctions and particles (negation included).
    "жана же бирок анткени эгер да дагы ошондуктан эми эле гана го эмес жок ооба",
    "ал эми",
    # Auxiliary verbs and modal words.
    "бол болот болду болуп болсо бар экен керек керекпи мүмкүн мүмкүнбү тийиш",
    # The verbs that only mark how an action goes (бербей жатат "is not giving", жоготуп алдым
    # "I have lost", алып качып кетти "ran off with").
    "жатат жатам жатабыз жатасың жатасыз жатышат жатты жатып алдым алды кетти",
    # Numbers: "two months", "one day" are about the wages or the rest, not the count.
    "бир эки үч",
    # Question words.
    "эмне эмнеге эмнени кантип кантсем кандай кайда кайдан качан ким кимге кайсы канча нече",
    "эмне үчүн",
    # Request filler.
    "сураныч өтүнөм каалайм",
    # The same typed in Latin letters.
    "men sen al biz siz alar menin sizdin anyn maga sizge meni bul menen uchun uchyn boyuncha"
    " jana zhana je zhe birok emne emnege kantip kanday kayda kaida kaidan kaydan kachan kim kaysy kaisy"
    " kancha kerek suranych suranich emes jok zhok ooba bar eken mumkun"
    " jatat zhatat jatam zhatam jatyp zhatyp aldym aldim ketti beri bir eki",
)

_TAJIK = _folded(
    # Pronouns, as objects (маро), "self", demonstratives.
    "ман ту ӯ вай мо шумо онҳо инҳо маро туро ӯро моро шуморо онҳоро инро онро ин он худ худам худат худаш"
    " худамон худатон худашон ҳамин ҳамон чунин ҳама ҳар ҳеҷ баъзе",
    # Prepositions.
    "аз ба дар бо барои то бе зери рӯи пеши назди баъд пас пеш бар оид доир тибқи тавассути бораи",
    "дар бораи | оид ба",
    # Conjunctions and particles (negation included).
    "ва ё ки агар аммо вале лекин ҳам низ чун чунки зеро ҳатто балки не на ҳа бале оре танҳо фақат магар",
    # Auxiliary and light verbs, modal words.
    "аст ҳаст ҳастам ҳастед ҳастанд нест буд будам будед мебошад мебошанд шуд шуда шавад мешавад"
    " кардан кард кардам карда кунед кунам мекунам метавонам метавонад наметавонам наметавонад бояд лозим даркор"
    " зарур мумкин",
    # "Again", and numbers: "two months", "once more" are about the wages, not the count.
    "боз як ду се",
    # Question words.
    "чӣ чи чиро кӣ кадом куҷо кай чанд чаро оё чиҳо",
    "чӣ тавр | чӣ хел | чӣ гуна | барои чӣ",
    # Request filler.
    "лутфан илтимос марҳамат мехоҳам хоҳам",
    # The same typed in Latin letters.
    "man tu mo shumo onho inho maro in on az ba dar bo baroi va yo ki agar ammo vale lekin ham"
    " chi chy ki kujo kudjo kuja kay kai chand charo oyo tavr khel hel guna ast hast nest"
    " lutfan iltimos lozim darkor mekhoham mehoham metavonam nametavonam boyad karda boz du",
)

STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "uz-Latn": _UZBEK,
    "uz-Cyrl": _UZBEK,
    "ru": _RUSSIAN,
    "ky": _KYRGYZ,
    "tg": _TAJIK,
    "en": _ENGLISH,
})


def is_stopword(folded: str, language: str) -> bool:
    """Whether ``folded`` (a word as :func:`kiosk.text.normalise.fold` leaves it) means nothing in a query.

    ``language`` is one of the six tags (``uz`` is taken as Uzbek too); an
    unknown language has no stop words.
    """
    words = STOPWORDS.get("uz-Latn" if language == "uz" else language)
    return words is not None and folded in words

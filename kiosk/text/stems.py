"""The stem of one word, so that a search finds every inflected form of it.

``stem("yoʻqotdim", "uz")`` is ``yoʻqot``, ``stem("паспортумду", "ky")`` is
``паспорт``, ``stem("шиносномаам", "tg")`` is ``шиноснома``. Search stems the
words of the articles and of the query the same way and compares the stems
(folded with :func:`kiosk.text.normalise.fold` afterwards), so "I lost my
passport" typed one way finds the article that says it another way.

Russian and English go through the Snowball stemmers of the ``snowballstemmer``
package. Uzbek, Kyrgyz and Tajik have no stemmer there, so this module strips
their common inflectional endings itself, from small tables:

- A word is peeled from the outside in, one *slot* at a time (particle, case,
  possessive, plural, ... in the order the languages stack them). Each slot
  strips at most one ending, its longest one that fits, so a stem that merely
  ends like a suffix is not eaten twice. A *chain* is such a list of slots;
  Uzbek and Kyrgyz have a noun chain and a verb chain (tense and person, then
  negation), because a verb ending and a noun ending can overlap (Uzbek
  ``-dim`` is past + "I", ``-im`` is "my"). Both run, and the one that strips
  more wins; on a tie, the noun reading does.
- An ending may ask what comes before it. Kyrgyz writes its suffixes' first
  consonant the way it sounds after the stem (``-ды`` after a voiced sound,
  ``-ты`` after a voiceless one, ``-ны`` after a vowel), so ``паспорту``
  ("his passport") is not read as ``паспор`` + accusative ``-ту``: ``р`` is
  voiced. Uzbek ``-ka``/``-qa`` only follow k/q.
- The stem left must keep at least two letters and a vowel (many stems are that
  short: Uzbek *uy* "house", Kyrgyz *үй*, *иш*, Tajik *ҷо* "place"). Endings
  that often close a short whole word ask for more: three letters before
  Uzbek and Kyrgyz "my" ``-m``/``-м`` (*nom*, *kim*, *дем*), four before Uzbek
  ``-mi`` and Tajik plural ``-он``, ``-ад``, ``-ан`` (*raqami*, *замон*,
  *ватан* stay whole).
- Common kiosk words that end like a suffix and would be cut (Uzbek *yordam*
  "help" is not *yorda* + "my") are listed as protected: no cut goes inside
  them. The list cannot be complete; a word missing from it may lose its last
  letters in its bare form but not in its inflected ones, so that one form is
  missed, never a wrong article found.

Decisions, where a stemmer has to choose:

- Negation is stripped (Uzbek ``toʻlamadi`` "did not pay" -> ``toʻl``, Kyrgyz
  ``төлөбөдү`` -> ``төлө``). A query is a topic, not a sentence: "salary not
  paid" must find the article about paying salary, and the negation words
  themselves are stop words (:mod:`kiosk.text.stopwords`).
- An Uzbek verb stem loses its last a after a consonant (``toʻl``, ``ishl``,
  ``kel``): ``keladi`` "comes" is kel + -a-di and ``toʻladi`` "paid" is toʻla
  + -di, the same letters, so only a stem without that a lets ``keladi``,
  ``keldi``, ``kelish`` meet and ``toʻladi``, ``toʻlayman``, ``toʻlash`` too.
  The present's ``-amiz``/``-asiz`` are not read as a verb's at all:
  *shartnomamiz* "our contract" and *vizasiz* "without a visa" are as common
  as *olasiz* "you get", and a query's core is its nouns.
- Consonant alternation is undone. Uzbek and Kyrgyz voice a stem's last k/q/p
  between vowels (Uzbek *yurak* -> *yuragi*, *qishloq* -> *qishlogʻi*; Kyrgyz
  *айлык* -> *айлыгы*, *китеп* -> *китеби*). So a stem's last g/gʻ (Uzbek,
  words of two syllables or more, after a vowel: monosyllables such as *togʻ*
  "mountain" do not alternate) becomes k/q, and a Kyrgyz stem's last г/б after
  a vowel becomes к/п, whether or not an ending was stripped: the bare
  loanword *dialog* and its *dialogi* then meet too. Tajik has no such
  alternation in writing. An Uzbek gʻ typed without its apostrophe is read as
  g, so *qishlogi* -> *qishlok*, which misses *qishloq*: the one case left.
- Uzbek drops the second vowel of a few nouns before a vowel (*shahar* ->
  *shahri*, *oʻgʻil* -> *oʻgʻli*); a small table puts it back.
- Prefixes are left alone: Tajik present ``ме-`` and negative ``на-``
  (``мекунам``, ``накардам``) stay, because too many words begin with those
  letters. Tajik present and past stems differ anyway (кун-/кард-).
- Derivation is mostly left alone (Uzbek ``-lik``, ``-chi``, ``-uvchi``, Kyrgyz
  ``-чу``, verbal nouns in ``-уу``): those make other words. Uzbek verbal
  nouns in ``-ish``/``-sh`` and infinitives in ``-moq`` and Tajik infinitives
  in ``-ан`` and participles in ``-а`` are stripped: articles are written with
  them ("yoʻqotish", "гирифтан") and people type the finite verb.
- Where unsure the tables leave an ending out (under-stemming only misses a
  form; over-stemming finds wrong articles): Uzbek bare ``-b`` converb (*kitob*,
  *javob*, *hisob* end in it), Kyrgyz bare ``-п`` converb (*китеп*, *талап*,
  *жооп*) and bare 3rd-person present ``-ат`` (*кызмат*, *маалымат*), Tajik
  2nd-person singular ``-ат``/``-ят`` (*ҳуҷҷат*, *вилоят* and many Arabic
  loans end in it), Kyrgyz past "we" ``-дык`` (spelt like the noun suffix of
  *агенттик*, *консулдук*). Kyrgyz adjectives in ``-кы``/``-ки`` after a
  consonant (*кийинки* "next") lose their last vowel, read as "his": *банкы*
  "his bank" cannot be told from them.

Input is one word, lower case NFC, as written or typed. Uzbek is Latin (the
caller transliterates Cyrillic first) with oʻ/gʻ in any apostrophe or none; the
stem comes back with a plain ``'`` for them, which fold removes. Kyrgyz typed
on a Russian keyboard (``н`` for ``ң``, ``о`` for ``ө``, ``у`` for ``ү``) and
Tajik without its letters (``х`` for ``ҳ``, ``и`` for ``ӣ``, ``у`` for ``ӯ``)
are stemmed as well. Nothing raises: an unknown language, a word in another
script, digits or a word over 64 characters come back unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

__all__ = ["stem"]

# No inflected word of these languages comes near this; longer input is junk (a
# paste, a cat on the keyboard) and is not worth a cache entry's stemming.
_MAX_WORD = 64


# -- the engine ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Suffix:
    text: str
    # The stem's last letter must be one of these (None: anything).
    after: frozenset[str] | None = None
    # Letters the stem must keep.
    min_stem: int = 2
    # Slots to skip after this one: an ending that fuses two slots (Kyrgyz
    # ``-сын`` is possessive + accusative).
    skip: int = 0
    # A verb's ending: what is left is a verb stem (see _Language.finish).
    verbal: bool = False
    # Letters of ``after`` that count only doubled (Kyrgyz тоо-ну, not телефо-ну).
    doubled: frozenset[str] = frozenset()
    # Endings the stem must not have.
    not_after: tuple[str, ...] = ()


_Slot = tuple[_Suffix, ...]


@dataclass(frozen=True)
class _Chain:
    slots: tuple[_Slot, ...]
    # The slot that must strip something for the chain to count (the verb
    # chain's tense); None: any result counts.
    anchor: int | None = None


@dataclass(frozen=True)
class _Language:
    chains: tuple[_Chain, ...]
    vowels: frozenset[str]
    # Words that begin with one of these keep it whole.
    protected: frozenset[str]
    # The stem's last letters put back as the dictionary writes them; the flag
    # says whether a verb's ending was stripped.
    finish: Callable[[str, bool], str]


_Group = tuple[str, frozenset[str] | None, int] | tuple[str, frozenset[str] | None, int, int]


def _slot(*groups: _Group, verbal: bool = False, doubled: str = "", not_after: tuple[str, ...] = ()) -> _Slot:
    """A slot from (space-separated endings, after, min_stem[, skip]) groups, longest ending first."""
    suffixes: list[_Suffix] = []
    for group in groups:
        texts, after, min_stem = group[0], group[1], group[2]
        skip = group[3] if len(group) == 4 else 0
        suffixes.extend(_Suffix(text, after, min_stem, skip, verbal, frozenset(doubled), not_after)
                        for text in texts.split())
    return tuple(sorted(suffixes, key=lambda suffix: -len(suffix.text)))


def _plain_variants(slot: _Slot, table: dict[int, int], shortest: int) -> _Slot:
    """``slot`` plus each ending in the plain letters of ``table``, as typed without the language's keyboard.

    Only endings of ``shortest`` letters or more: a short plain spelling is often
    a common word's ending (Kyrgyz ``-ң`` typed ``-н`` would cut жаран, мекен).
    """
    seen = {suffix.text for suffix in slot}
    extra: list[_Suffix] = []
    for suffix in slot:
        text = suffix.text.translate(table)
        if len(text) >= shortest and text not in seen:
            seen.add(text)
            after = None if suffix.after is None else suffix.after | frozenset("".join(suffix.after).translate(table))
            extra.append(_Suffix(text, after, suffix.min_stem, suffix.skip, suffix.verbal, suffix.doubled,
                                 suffix.not_after))
    return tuple(sorted((*slot, *extra), key=lambda suffix: -len(suffix.text)))


def _letters(text: str) -> int:
    return sum(1 for char in text if char != "'")


def _strip(word: str, chain: _Chain, language: _Language, floor: int) -> tuple[str, bool]:
    """``word`` peeled by ``chain``, and whether a verb's ending came off."""
    stem = word
    anchored = chain.anchor is None
    verbal = False
    index = 0
    while index < len(chain.slots):
        for suffix in chain.slots[index]:
            if not stem.endswith(suffix.text):
                continue
            rest = stem[: len(stem) - len(suffix.text)]
            if (len(rest) < floor or _letters(rest) < suffix.min_stem
                    or not any(char in language.vowels for char in rest)
                    or (suffix.after is not None and rest[-1] not in suffix.after)
                    or (rest[-1] in suffix.doubled and rest[-2:] != rest[-1] * 2)
                    or rest.endswith(suffix.not_after)):
                continue
            stem = rest
            anchored = anchored or index == chain.anchor
            verbal = verbal or suffix.verbal
            index += suffix.skip
            break
        index += 1
    return (stem, verbal) if anchored else (word, False)


def _stem_with(word: str, language: _Language) -> str:
    # No cut inside a protected word at the start of this one.
    floor = max((len(whole) for whole in language.protected if word.startswith(whole)), default=0)
    best, best_verbal = word, False
    for chain in language.chains:
        stem, verbal = _strip(word, chain, language, floor)
        if len(stem) < len(best):
            best, best_verbal = stem, verbal
    return language.finish(best, best_verbal)


def _chars(text: str) -> frozenset[str]:
    return frozenset(text)


# -- Uzbek (Latin) --------------------------------------------------------------------

# oʻ, gʻ, sh and ch are one letter each; inside the stemmer each is one
# character (from the Private Use Area, which no text of ours holds), so that
# "the last letter" and "how many letters" mean what they say: the ch of
# ishchi "worker" is not an h that a possessive -i may follow.
_UZ_LETTERS = {"o'": "\ue001", "g'": "\ue002", "sh": "\ue003", "ch": "\ue004"}
_UZ_APOSTROPHES = "\u02bb\u02bc\u2018\u2019`\u00b4\u02b9\u2032\uff07"
_UZ_IN = str.maketrans(dict.fromkeys(_UZ_APOSTROPHES, "'"))
_UZ_OUT = str.maketrans({char: letters for letters, char in _UZ_LETTERS.items()})


def _uz_internal(word: str) -> str:
    """``word`` with one apostrophe mark and oʻ gʻ sh ch as single characters."""
    word = word.translate(_UZ_IN)
    for letters, char in _UZ_LETTERS.items():
        word = word.replace(letters, char)
    return word


_UZ_O, _UZ_G, _UZ_SH, _UZ_CH = (_UZ_LETTERS[letters] for letters in ("o'", "g'", "sh", "ch"))
_UZ_V = _chars("aeiou" + _UZ_O)
_UZ_C = _chars("bdfghjklmnpqrstvxyz'" + _UZ_G + _UZ_SH + _UZ_CH)


def _uzs(*groups: _Group, verbal: bool = False) -> _Slot:
    """An Uzbek slot: the endings written plainly, turned into the internal letters."""
    return _slot(*((_uz_internal(group[0]), *group[1:]) for group in groups), verbal=verbal)


_UZ_NOUN = _Chain((
    # Question particle -mi (pasportmi?), after a consonant and four letters: a
    # shorter stem or one in a vowel is too often a noun in -m with its
    # possessive -i (ismi "his name", hajmi, raqami "its number").
    _uzs(("mi", _UZ_C, 4)),
    # Predicate: "I am / you are / (it) is ..." (migrantman, pasportsiz: also
    # "without a passport", a near enough topic).
    _uzs(("man san siz dir", None, 3)),
    # Case: genitive, accusative, dative, locative, ablative, "the ... in",
    # "up to". Instrumental is the word bilan, a stop word. -ni/-ning not after
    # o, u: there the word is far more often a noun in -n with its possessive
    # (telefoni, kuni, qonuni) than a noun in -o/-u (binoni, mavzuni).
    _uzs(("ga da dan dagi gacha", None, 2), ("ni ning", _UZ_C | _chars("aei"), 2),
         ("ka", _chars("k"), 2), ("qa", _chars("q"), 2)),
    # Possessive: my, your, his/her/their, our, your (polite or plural). Not -i
    # after ch: agent nouns end in -chi (ishchi "worker", ish beruvchi
    # "employer"). -m needs three letters before it: nom, dam, kim end in it.
    _uzs(("imiz ingiz ing im i", _UZ_C - {_UZ_CH}, 2),
         ("miz ngiz ng si", _UZ_V, 2), ("m", _UZ_V, 3)),
    # Plural.
    _uzs(("lar", None, 2)),
    # Verbal noun (-ish, -sh), infinitive (-moq) and participles (-gan, -magan,
    # -adigan) used as nouns: yoʻqotish, toʻlash, ishlaganlar, toʻlanmaganini,
    # toʻlanadigan. -sh only after a, e, i: maosh "salary", quyosh, bosh end in
    # it after o.
    _uzs(("ish", _UZ_C, 2), ("sh", _chars("aei"), 3), ("moq magan gan ydigan maydigan", None, 2),
         ("adigan", _UZ_C, 2), verbal=True),
))  # fmt: skip

_UZ_VERB = _Chain((
    # The question particle; here the tense that must follow keeps raqami whole.
    _uzs(("mi", None, 4)),
    # Tense and person together, as they follow the stem.
    _uzs(
        # Past: -di, I -dim, you -ding, we -dik, you (polite) -dingiz, they -dilar;
        # hearsay past -ibdi (after a consonant) / -bdi.
        ("di dim ding dik dingiz dilar dingizlar", None, 2),
        ("ibdi ibdilar ibman ibsan ibmiz ibsiz", _UZ_C, 2), ("bdi bdilar", _UZ_V, 2),
        # Perfect / participle -gan, with person.
        ("gan ganman gansan ganmiz gansiz ganlar gandir", None, 2),
        # Present continuous -yap-, -moqda, and the present participle -yotgan.
        ("yapman yapsan yapti yapmiz yapsiz yaptilar yotgan yotib", None, 2),
        ("moqda moqdaman moqdasan moqdamiz moqdasiz moqdalar", None, 2),
        # Intention -moqchi, with person: qaytmoqchiman "I want to go back".
        ("moqchi moqchiman moqchisan moqchimiz moqchisiz moqchilar", None, 2),
        # Present-future: -a- after a consonant, -y- after a vowel, with person.
        # Not -adi: keladi "comes" and toʻladi "paid" cannot be told apart, so
        # both lose -di and then the verb stem's last a (see _uz_finish). Not
        # -amiz, -asiz either: shartnomamiz "our contract", vizasiz "without a
        # visa" are as common as olasiz "you get", and a noun is a query's core.
        ("aman asan", _UZ_C, 2),
        ("yman ysan ydi ymiz ysiz ydilar", _UZ_V, 2),
        # Conditional -sa with person; imperative 3rd person -sin, "let us"
        # -ylik, "don't" -mang (the polite -ing/-ingiz is the possessive's
        # spelling, and the noun chain takes it).
        ("sa sam sang sak sangiz salar sin sinlar mang manglar", None, 2),
        ("aylik", _UZ_C, 2), ("ylik", _UZ_V, 2),
        # Converbs: -ib (after a consonant; bare -b after a vowel is left, see the
        # module docstring), -gach "after", -guncha "until".
        ("ib", _UZ_C, 2), ("gach guncha", None, 2), ("kach kuncha", _chars("k"), 2),
        ("qach quncha", _chars("q"), 2),
        # Negative forms that are one unit: -may "without", -masdan, -mas.
        ("may masdan mas", None, 2),
        verbal=True,
    ),
    # Negation -ma-, between the stem and the tense.
    _uzs(("ma", None, 2), verbal=True),
), anchor=1)  # fmt: skip

_UZ_PROTECTED = (
    # End in d + vowel, read as past -di/-dim: "child", "court", "factory",
    # "goal", "pain", "employee".
    "farzand", "sud", "zavod", "maqsad", "ozod", "obod", "avlod", "dard", "qand", "xursand", "xodim",
    # End in a vowel + m or -im, read as "my": "help", "person", "important",
    # "always", "calm", and the nouns in -im (department, education, system,
    # clothes, fee, income, expense, death).
    "yordam", "odam", "muhim", "doim", "xotirjam", "bo'lim", "bilim", "ta'lim", "tizim", "kiyim", "yig'im",
    "kirim", "chiqim", "o'lim",
    # End in a case ending or the conditional -sa: "rule", "benefit", "promise",
    # "more", "cash desk", "incident", "thing", "institution", "especially".
    "qoida", "foyda", "va'da", "ziyoda", "kassa", "hodisa", "narsa", "muassasa", "ayniqsa",
    # End in -ib (Arabic loans): "order/procedure", "secretary", "doctor", "winner".
    "tartib", "kotib", "tabib", "g'olib", "g'arib", "raqib", "ta'qib",
    # Others: "salary" (-sh), "organ" (-gan), "finger" (-moq), "to read" (o'qish
    # is o'qi + -sh, not o'q + -ish), "new" and "medicine" (-i), numbers.
    "maosh", "organ", "barmoq", "o'qi", "yangi", "dori", "ikki", "olti", "yetti", "oltmish", "yetmish", "ming",
)  # fmt: skip

# Nouns that lose their second vowel before a vowel-initial ending: the stem
# without apostrophes -> the dictionary form.
_UZ_ELIDED = {
    "shahr": "shahar", "ogl": "o'g'il", "singl": "singil", "kongl": "ko'ngil", "ogz": "og'iz",
    "burn": "burun", "boyn": "bo'yin", "qorn": "qorin", "sinf": "sinif",
}  # fmt: skip


def _uz_finish(stem: str, verbal: bool) -> str:
    # A verb stem's last a after a consonant goes: it is the present tense's
    # -a- in kel-a-di (kel "come", keldi "came") and the a of the many -la/-a
    # verbs (ishla "work", toʻla "pay") whose past toʻla-di looks the same, so
    # keladi, keldi, kelish meet, and so do toʻladi, toʻlayman, toʻlash.
    if verbal and _letters(stem) >= 3 and stem[-1] == "a" and stem[-2] not in _UZ_V:
        stem = stem[:-1]
    # Polysyllabic stems ending in a vowel + gʻ/g: the voiced form of q/k.
    syllables = sum(1 for char in stem if char in _UZ_V)
    if syllables >= 2 and len(stem) >= 2 and stem[-2] in _UZ_V:
        if stem[-1] == _UZ_G:
            stem = stem[:-1] + "q"
        elif stem[-1] == "g":
            stem = stem[:-1] + "k"
    written = stem.translate(_UZ_OUT)
    return _UZ_ELIDED.get(written.replace("'", ""), written)


_UZBEK = _Language(
    chains=(_UZ_NOUN, _UZ_VERB),
    vowels=_UZ_V,
    # Each protected word with its apostrophes and without, as people type it.
    protected=frozenset(_uz_internal(spelling) for word in _UZ_PROTECTED for spelling in (word, word.replace("'", ""))),
    finish=_uz_finish,
)


# -- Kyrgyz -------------------------------------------------------------------------

# A suffix's first consonant follows the sound before it: after a vowel (V),
# a voiced consonant (Z) or a voiceless one (S). The plural's л- form follows
# vowels, й and р as well.
_KY_V = _chars("аеёиоөуүыэюя")
_KY_Z = _chars("бвгджзйлмнңр")
_KY_S = _chars("кпстфхцчшщ")
_KY_C = _KY_Z | _KY_S
_KY_VZ = _KY_V | _KY_Z
_KY_AFTER_L = _KY_V | _chars("йр")
_KY_AFTER_D = _KY_Z - _chars("йр")
# Vowel-initial possessives (and the polite imperative, spelt the same) are
# not taken after ч: agent nouns end in -чы/-чу (иш берүүчү "employer",
# жетекчи "manager"), and берүүчүңүз is берүүчү + "your", not берүүч + "your".
_KY_C_NOT_CH = _KY_C - {"ч"}
# Nor after к or п that follow a vowel: there the possessive is written with
# г or б (айлык -> айлыгы), so кийинки "next", акыркы "last", төмөнкү "the
# following" are whole words, not кийинк + "his".
_KY_NOT_VOICED = tuple(vowel + consonant for vowel in sorted(_KY_V) for consonant in "кп")
# Typed on a Russian keyboard: ң ө ү as н о у.
_KY_PLAIN = str.maketrans("ңөү", "ноу")


def _ky(*groups: _Group, verbal: bool = False, doubled: str = "", not_after: tuple[str, ...] = ()) -> _Slot:
    return _plain_variants(_slot(*groups, verbal=verbal, doubled=doubled, not_after=not_after), _KY_PLAIN, 3)


def _merge(*slots: _Slot) -> _Slot:
    """One slot of several built apart (with different options), longest ending first."""
    return tuple(sorted((suffix for slot in slots for suffix in slot), key=lambda suffix: -len(suffix.text)))


# The question particle, after a consonant only: after a vowel it would take
# the б of an alternating stem with its possessive (китеби "his book", жообу).
_KY_QUESTION = (("бы би бу бү", _KY_Z, 2), ("пы пи пу пү", _KY_S, 2))

# Participles in -ган (келген "who came"; келгенде "when he came") and their
# negative -баган, in the verb chain and, since they take case, the noun chain.
_KY_PARTICIPLE = (
    ("ган ген гон гөн баган беген боган бөгөн", _KY_VZ, 2),
    ("кан кен кон көн паган пеген поган пөгөн", _KY_S, 2),
)

_KY_NOUN = _Chain((
    # Question particle; predicate "I am, you are, we are" (мигрантмын);
    # -сыз is also "without" (акысыз "free of charge": "without payment").
    _ky(*_KY_QUESTION, ("мын мин мун мүн сың сиң суң сүң сыз сиз суз сүз", None, 2),
        ("быз биз буз бүз", _KY_VZ, 2), ("пыз пиз пуз пүз", _KY_S, 2)),
    # Case, in its three spellings after V, Z, S.
    _merge(
        # The genitive's and accusative's н-form is not taken after a single о,
        # у, ү: телефону, күнү are телефон, күн + "his", far more often than a
        # noun in -о/-у/-ү + accusative; after a long vowel it is (тоону, алууну).
        _ky(("нын нин нун нүн ны ни ну нү", _KY_V, 2), doubled="оуү"),
        _ky(
            ("дын дин дун дүн ды ди ду дү", _KY_Z, 2),
            ("тын тин тун түн ты ти ту тү", _KY_S, 2),
            # Dative, locative, ablative, "the ... in".
            ("га ге го гө да де до дө дан ден дон дөн дагы деги догу дөгү", _KY_VZ, 2),
            ("ка ке ко кө та те то тө тан тен тон төн тагы теги тогу төгү", _KY_S, 2),
            # Fused with a possessive, so the possessive slot is skipped: 3rd
            # person + accusative -н, dative -на, locative -нда, ablative -нан,
            # "the ... in" -ндагы; "my"/"your" + dative -а (атама "to my father").
            ("сын син сун сүн сына сине суна сүнө сында синде сунда сүндө сынан синен сунан сүнөн"
             " сындагы синдеги сундагы сүндөгү ма ме мо мө ңа ңе ңо ңө", _KY_V, 2, 1),
            ("ын ин ун үн ына ине уна үнө ында инде унда үндө ынан инен унан үнөн"
             " ындагы индеги ундагы үндөгү ыма име ума үмө ыңа иңе уңа үңө", _KY_C, 2, 1),
            # 3rd person + genitive, as one (уюмунун "of his organisation"),
            # since the genitive alone is not taken after a single у.
            ("сынын синин сунун сүнүн", _KY_V, 2, 1), ("ынын инин унун үнүн", _KY_C, 2, 1),
        ),
    ),
    # Possessive: my, your, your (polite), his/her/their, our, your (plural),
    # your (polite plural); vowel-initial after a consonant, the rest after a
    # vowel. -м and -ң need three letters before them: ким, дем, чоң end in them.
    _merge(
        _ky(("ым им ум үм ың иң уң үң ыңыз иңиз уңуз үңүз ы и у ү ыбыз ибиз убуз үбүз"
             " ыңар иңер уңар үңөр ыңыздар иңиздер уңуздар үңүздөр", _KY_C_NOT_CH, 2), not_after=_KY_NOT_VOICED),
        _ky(("ңыз ңиз ңуз ңүз сы си су сү быз биз буз бүз ңар ңер ңор ңөр"
             " ңыздар ңиздер ңуздар ңүздөр", _KY_V, 2), ("м ң", _KY_V, 3)),
    ),
    # Plural.
    _ky(("лар лер лор лөр", _KY_AFTER_L, 2), ("дар дер дор дөр", _KY_AFTER_D, 2),
        ("тар тер тор төр", _KY_S, 2)),
    # A participle used as a noun.
    _ky(*_KY_PARTICIPLE, verbal=True),
))  # fmt: skip

# Past tense with each person: he -ды, I -дым, you -дың, you (polite) -дыңыз,
# you (plural) -дыңар, you (polite plural) -дыңыздар; in four vowels. Not "we"
# -дык: it is spelt like the noun suffix -дык/-тык/-лык (агенттик "agency",
# консулдук "consulate", коопсуздук "safety"), which is far more common.
_KY_PAST = (
    "ды дым дың дыңыз дыңар дыңыздар ди дим диң диңиз диңер диңиздер"
    " ду дум дуң дуңуз дуңар дуңуздар дү дүм дүң дүңүз дүңөр дүңүздөр"
)
# After a voiceless consonant the first д is т (кетти, жоготтум).
_KY_PAST_T = " ".join("т" + form[1:] for form in _KY_PAST.split())

_KY_VERB = _Chain((
    # Question particle; -чы "come on" (айтчы "tell me").
    _ky(*_KY_QUESTION, ("чы чи чу чү", None, 2)),
    _ky(
        # Past, all persons; 3rd plural -ышты (after a consonant) / -шты.
        (_KY_PAST, _KY_VZ, 2), (_KY_PAST_T, _KY_S, 2),
        ("ышты ишти ушту үштү", _KY_C, 2), ("шты шти шту штү", _KY_V, 2),
        # Perfect / participle -ган, alone or with "I am, you are, we are".
        *_KY_PARTICIPLE,
        ("ганмын генмин гонмун гөнмүн гансың генсиң гонсуң гөнсүң"
         " гансыз генсиз гонсуз гөнсүз ганбыз генбиз гонбуз гөнбүз", _KY_VZ, 2),
        ("канмын кенмин конмун көнмүн кансың кенсиң консуң көнсүң"
         " кансыз кенсиз консуз көнсүз канбыз кенбиз конбуз көнбүз", _KY_S, 2),
        # Present-future with a person ending, and 3rd plural -ышат. Left out:
        # the bare 3rd person -ат (кызмат, маалымат, мөөнөт end in it) and the
        # informal "you" -асың, which typed with н is ата-сын "his father".
        ("амын емин омун өмүн асыз есиз осуз өсүз абыз ебиз обуз өбүз ышат ишет ушат үшөт", _KY_C, 2),
        ("йт ймын ймин ймун ймүн йсыз йсиз йсуз йсүз йбыз йбиз йбуз йбүз шат шет шот шөт", _KY_V, 2),
        # Conditional -са with person (жоготсоңуз "if you lose").
        ("са се со сө сам сем сом сөм саң сең соң сөң саңыз сеңиз соңуз сөңүз сак сек сок сөк"
         " саңар сеңер соңор сөңөр", None, 2),
        # Polite imperative (the possessive's spelling; here so that the
        # negation before it comes off too: төлөбөңүз "don't pay").
        ("ыңыз иңиз уңуз үңүз", _KY_C_NOT_CH, 2), ("ңыз ңиз ңуз ңүз", _KY_V, 2),
        # Converb -ып (after a consonant; bare -п after a vowel is left: китеп,
        # талап, жооп end in it) and "without doing" -бай.
        ("ып ип уп үп", _KY_C, 2), ("бай бей бой бөй", _KY_VZ, 2), ("пай пей пой пөй", _KY_S, 2),
        verbal=True,
    ),
    # Negation -ба-.
    _ky(("ба бе бо бө", _KY_VZ, 2), ("па пе по пө", _KY_S, 2), verbal=True),
), anchor=1)  # fmt: skip

_KY_PROTECTED = (
    # End in a vowel + м or -ым, read as "my": "help", "person", "law", "contract",
    # "knowledge", "department", "decision", "clothes", "payment", "greeting",
    # "expense", "skill", "trust".
    "жардам", "адам", "мыйзам", "келишим", "билим", "бөлүм", "чечим", "кийим", "төлөм", "салам", "чыгым",
    "көндүм", "ишеним",
    # End in a possessive or case ending otherwise: "person", "Friday/week",
    # "new", "free of charge", "shop", "car", "medicine", "cash desk", "code",
    # "promise", "short", "thing", "sign", numbers.
    "киши", "жума", "жаңа", "жаңы", "тегин", "магазин", "машина", "медицина", "дары", "касса", "код", "убада",
    "кыска", "нерсе", "белги", "эки", "алты", "жети",
    # End in the converb -ып: "fine (penalty)", "order/procedure"; оку- "read"
    # (окуп is оку + -п, not ок + -уп).
    "айып", "тартип", "оку",
    # Read as the present -йт or case -та after a voiceless consonant:
    # "return", "website", "post office", "shift work".
    "кайт", "сайт", "почта", "вахта",
    # Read as a participle -ган or a conditional -са: "false", "relative",
    # "organ (of state)"; жаса- "make" (жасаңыз is not жа + -саңыз).
    "жалган", "тууган", "орган", "жаса",
    # "Fee, pay" (эмгек акы "wages"): акы + possessive -ы.
    "акы",
)  # fmt: skip


def _ky_finish(stem: str, verbal: bool) -> str:
    # к and п are voiced between vowels (айлык -> айлыгы, китеп -> китеби).
    if len(stem) >= 2 and stem[-2] in _KY_V:
        if stem[-1] == "г":
            return stem[:-1] + "к"
        if stem[-1] == "б":
            return stem[:-1] + "п"
        # A verb in -й before -у- is spelt with ю (кой "put" -> коюңуз).
        if stem[-1] == "ю":
            return stem[:-1] + "й"
    return stem


_KYRGYZ = _Language(
    chains=(_KY_NOUN, _KY_VERB),
    vowels=_KY_V,
    protected=frozenset(_KY_PROTECTED),
    finish=_ky_finish,
)


# -- Tajik --------------------------------------------------------------------------

# Tajik's noun and verb endings coincide (-ам is "my" and "I": шиносномаам "my
# passport", кардам "I did"), so one chain serves both.
_TG_V = _chars("аеёиӣоуӯэюя")
_TG_C = _chars("бвгғджзйкқлмнпрстфхҳцчҷшъ")
_TG_DT = _chars("дт")
# Typed without Tajik letters: ҳ ӣ ӯ as х и у.
_TG_PLAIN = str.maketrans("ҳӣӯ", "хиу")


def _tg(*groups: _Group) -> _Slot:
    return _plain_variants(_slot(*groups), _TG_PLAIN, 2)


_TG_CHAIN = _Chain((
    # Direct object -ро.
    _tg(("ро", None, 2)),
    # Possessive, personal (verb and "to be") endings, izofa, indefinite -е:
    # my -ам, his -аш, our -амон, your -атон, their -ашон (-ям ... after о, у);
    # we -ем, you -ед, they -анд, is -аст, he does -ад (present: мекунад);
    # izofa -и, you did -ӣ. Your (singular) -ат/-ят is left out: ҳуҷҷат
    # "document", вилоят "province" and many loans end in it. -ад needs four
    # letters before it and is protected in даромад "income", сарҳад "border".
    _tg(("амон атон ашон аст ам аш ем и ӣ", None, 2),
        ("ямон ятон яшон ям яш", _TG_V, 2),
        ("ед е", None, 3), ("ад", None, 4),
        # -анд but not -манд/-ванд (корманд "employee", шаҳрванд "citizen").
        ("анд", (_TG_V | _TG_C) - _chars("мв"), 3)),
    # Plural: -ҳо; -он for people (муҳоҷирон), not after т (Тоҷикистон, and the
    # -атон "your" of the slot before) and not on stems under four letters
    # (замон, ҷавон, забон end in it); -ён after a vowel; -гон after а (бачагон).
    _tg(("ҳо", None, 2), ("ён", _TG_V, 3), ("гон", _chars("а"), 3),
        ("он", _TG_C - _chars("т"), 4)),
    # The adjective and abstract noun ending -ӣ, spelt и before an ending
    # (ҳуқуқӣ "legal", зиндагии ман "my life", кориатон): тиббӣ, тиббии, тиббиро
    # all reach тибб.
    _tg(("ӣ и", None, 2)),
    # Past participle -а and infinitive -ан on a past stem (in д/т): карда,
    # кардаам "I have done", гирифтан "to get".
    _tg(("а", _TG_DT, 3), ("ан", _TG_DT, 4)),
))  # fmt: skip

_TG_PROTECTED = (
    # End in -ам: "help", "person", "world", "number", "pen", "firmly".
    "ёрдам", "одам", "олам", "рақам", "қалам", "маҳкам",
    # End in -ад: "income", "exit", "border", "goal".
    "даромад", "баромад", "сарҳад", "мақсад",
    # End in -анд: "child", "glad", "high", "Samarkand".
    "фарзанд", "хурсанд", "баланд", "самарқанд",
    # End in -он but are no plurals: "telephone", "organisation", "free of
    # charge", "interpreter", "square", "guest", "tooth", "sky", "electronic".
    "телефон", "созмон", "ройгон", "тарҷумон", "майдон", "меҳмон", "дандон", "осмон", "электрон",
)  # fmt: skip


def _tg_finish(stem: str, verbal: bool) -> str:
    return stem


_TAJIK = _Language(
    chains=(_TG_CHAIN,),
    vowels=_TG_V,
    # Each protected word as written and as typed without Tajik letters.
    protected=frozenset(spelling for word in _TG_PROTECTED
                        for spelling in (word, word.translate(_TG_PLAIN))),
    finish=_tg_finish,
)


# -- Snowball (Russian, English) ----------------------------------------------------------

_SNOWBALL_NAMES = {"ru": "russian", "en": "english"}
# A Snowball stemmer keeps the word it works on in the object: one object per
# language, used under a lock, because search may index on one thread while a
# query is stemmed on another.
_SNOWBALL_LOCK = threading.Lock()


@cache
def _snowball(language: str) -> object:
    return snowballstemmer.stemmer(_SNOWBALL_NAMES[language])


def _stem_snowball(word: str, language: str) -> str:
    stemmer = _snowball(language)
    try:
        with _SNOWBALL_LOCK:
            result = stemmer.stemWord(word)  # type: ignore[attr-defined]
    except UnicodeError:
        # The C implementation (PyStemmer), which snowballstemmer uses when it is
        # installed, encodes to UTF-8 and refuses a lone surrogate.
        return word
    return result if isinstance(result, str) and result else word


# -- the entry point --------------------------------------------------------------------

_OWN: dict[str, _Language] = {"uz": _UZBEK, "uz-Latn": _UZBEK, "uz-Cyrl": _UZBEK, "ky": _KYRGYZ, "tg": _TAJIK}


@lru_cache(maxsize=1 << 17)
def stem(word: str, language: str) -> str:
    """The stem of one lower-case word in ``language`` (``en ru uz uz-Latn uz-Cyrl ky tg``).

    Fold the result (:func:`kiosk.text.normalise.fold`) before comparing: an
    Uzbek stem keeps its apostrophes. An unknown language, an empty or overlong
    word come back unchanged. Never raises. See the module docstring for the
    rules and their limits.
    """
    if not word or len(word) > _MAX_WORD:
        return word
    if language in _SNOWBALL_NAMES:
        return _stem_snowball(word, language)
    rules = _OWN.get(language)
    if rules is None:
        return word
    if rules is _UZBEK:
        return _stem_with(_uz_internal(word), rules)
    return _stem_with(word, rules)

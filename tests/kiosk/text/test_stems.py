"""Stems for search: the issue's examples, inflected forms that must meet, words that must stay whole."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.text.normalise import fold
from kiosk.text.stems import stem

OWN = ("uz", "ky", "tg")
ALL = ("en", "ru", "uz", "uz-Latn", "uz-Cyrl", "ky", "tg")


def key(word: str, language: str) -> str:
    """What search compares: the stem, folded."""
    return fold(stem(word, language))


# -- the issue's examples ------------------------------------------------------------


@pytest.mark.parametrize(("word", "language", "expected"), [
    ("yo'qotdim", "uz", "yo'qot"),       # Uzbek "I lost"
    ("паспортумду", "ky", "паспорт"),    # Kyrgyz "my passport" (accusative)
    ("жоголду", "ky", "жогол"),          # Kyrgyz "got lost"
    ("шиносномаам", "tg", "шиноснома"),  # Tajik "my passport"
])  # fmt: skip
def test_the_issues_examples(word: str, language: str, expected: str) -> None:
    assert key(word, language) == fold(expected)


@pytest.mark.parametrize(("word", "language", "expected"), [
    ("pasportimni", "uz", "pasport"),
    ("shartnomangizda", "uz", "shartnoma"),
    ("ishlarimiz", "uz", "ish"),
    ("maoshni", "uz", "maosh"),
    # Negation is stripped, and so is a verb stem's last a: to'la-di "paid" and
    # kel-a-di "comes" cannot be told apart, so every verb loses it.
    ("to'lamadi", "uz", "to'l"),
    ("келишимиңизди", "ky", "келишим"),
    ("иштеген", "ky", "иште"),
    ("айлыгымды", "ky", "айлык"),        # г back to к
])  # fmt: skip
def test_the_issues_other_examples(word: str, language: str, expected: str) -> None:
    assert key(word, language) == fold(expected)


# -- inflected forms that must share a stem -------------------------------------------

UZBEK = {
    "pasport": "pasport pasportim pasportimni pasportingiz pasportingizni pasportlar pasportlarimiz pasportni"
               " pasportga pasportda pasportdan pasporti pasportimiz pasportmi pasportsiz",
    "shartnoma": "shartnoma shartnomangizda shartnomani shartnomasi shartnomalar shartnomaga shartnomamiz"
                 " shartnomaning shartnomadagi shartnomasiz",
    "ish": "ish ishlarimiz ishim ishda ishga ishdan ishlar ishingiz ishni ishimiz",
    "maosh": "maosh maoshni maoshim maoshingiz maoshlar maoshga maoshi",
    # Every apostrophe people type, and none.
    "yo'qot": "yo'qotdim yoʻqotdim yo’qotdim yo`qotdim yoʼqotdim yoqotdim yo'qotdi yo'qotish yo'qotgan"
              " yo'qotdingiz yo'qotsangiz yo'qotib yo'qotmadim yo'qotishni",
    "to'l": "to'lamadi to'ladi to'lash to'layman to'lamasa to'lamaydi to'laydi to'lagan to'lamagan to'lashni"
            " to'lamang",
    "kel": "keladi keldi kelish keldim kelaman kelgan kelmadi kelib kelmoqchiman",
    "qayt": "qaytdim qaytish qaytaman qaytmoqchiman qaytmoqchimiz qaytmoqda qaytgan",
    "bo'l": "bo'ladi bo'ldi bo'lsa bo'lish bo'lmaydi bo'lgan",
    "haq": "haq haqi haqini haqim haqingiz haqingizni",
    "hujjat": "hujjat hujjatlar hujjatlarim hujjatlaringizni hujjatni hujjati",
    # -ni after o/u is read as n + "his": telefoni, kuni.
    "telefon": "telefon telefoni telefonim telefoningiz telefonni telefonga",
    "kun": "kun kuni kunlar kunni kunga",
    "bank": "bank banki bankka bankda bankdan banklar",
    "uy": "uy uyim uyda uyga uydan uyimiz",
    "migrant": "migrant migrantman migrantlar migrantlarga migrantmi",
    # Agent nouns in -chi keep their i.
    "ishchi": "ishchi ishchilar ishchisi ishchiga ishchimiz",
    "ish beruvchi": "beruvchi beruvchingiz beruvchingizga beruvchisi beruvchilar beruvchiga",
    # k/q voiced before a vowel, and put back.
    "yurak": "yurak yuragi yuragim",
    "qishloq": "qishloq qishlog'i qishlog'imiz qishloqqa qishloqda",
    # A vowel dropped before a vowel, and put back.
    "shahar": "shahar shahri shahrimiz shaharda shahrida shaharlar",
    # Protected: they end like a suffix.
    "yordam": "yordam yordami yordamni yordamga yordamingiz",
    "xodim": "xodim xodimi xodimlar xodimga xodimlari",
    "sud": "sud sudi sudga sudda sudlar",
    "farzand": "farzand farzandi farzandim farzandlar farzandlarim",
    "odam": "odam odamlar odamga odami",
    "qoida": "qoida qoidalar qoidasi qoidaga",
    "kitob": "kitob kitobi kitobim kitoblar",
}  # fmt: skip

KYRGYZ = {
    # Typed on a Russian keyboard too (н for ң).
    "паспорт": "паспорт паспортум паспортумду паспорту паспортуңуз паспортуңузду паспортуңуздун паспорттор"
               " паспортторубуз паспортко паспортто паспорттон паспортун паспортунун паспортуңузда паспортунуз"
               " паспортунуздун",
    "жогол": "жоголду жоголдум жоголгон жоголсо жоголуп жоголбойт жоголгонун",
    "жогот": "жоготтум жоготту жоготкон жоготсоңуз жоготпоңуз жоготсонуз",
    "келишим": "келишим келишимиңизди келишимиңиз келишимдер келишимге келишими келишимин келишимде",
    "иште": "иштеген иштедим иштейт иштебейт иштеди иштесе",
    "айлык": "айлык айлыгым айлыгымды айлыгы айлыгыңыз айлыкка айлыктан айлыктар",
    "ата": "ата атам атама атасы атасын атасына атанын атага",
    "үй": "үй үйүм үйдө үйгө үйлөр үйүбүз үйдөн",
    "иш": "иш ишим ишке ишти иштер ишиңиз",
    "жардам": "жардам жардамы жардамга жардамды жардамыңыз",
    "акча": "акча акчам акчаңыз акчаны акчага акчасы акчаңызды",
    "виза": "виза визаңыз визаңыздын визасы визага визалар",
    "китеп": "китеп китеби китебим китептер китепке",
    "телефон": "телефон телефону телефонуңуз телефонду телефонго телефондон",
    "өлкө": "өлкө өлкөнү өлкөгө өлкөдө өлкөлөр өлкөңүз өлкөнүн",
    "төлө": "төлөдү төлөбөдү төлөйт төлөгөн төлөбөгөн төлөңүз төлөбөңүз",
    "берүүчү": "берүүчү берүүчүңүз берүүчүгө берүүчүсү берүүчүлөр",
    "уюм": "уюм уюму уюмга уюмунун уюмдар",
    "адам": "адам адамдар адамга адамы",
}  # fmt: skip

TAJIK = {
    "шиноснома": "шиноснома шиносномаам шиносномаи шиносномаҳо шиносномаро шиносномаатон шиносномаашро"
                 " шиносномаҳоямро шиносномаамон",
    "кор": "кор кори корам корҳо корро кораш коратон",
    # Typed without Tajik letters too (х for ҳ).
    "ҳуҷҷат": "ҳуҷҷат ҳуҷҷатҳо ҳуҷҷатҳоям ҳуҷҷатҳоро ҳуҷҷати ҳуҷҷатро ҳуҷҷатхо ҳуҷҷатҳоятон",
    "муҳоҷир": "муҳоҷир муҳоҷирон муҳоҷирам муҳоҷирони муҳоҷиронро",
    "кард": "кардам кардӣ кард карданд кардем кардед кардаам кардааст кардан карда",
    "гирифт": "гирифтам гирифт гирифтан гирифта гирифтанд",
    "пул": "пул пули пулам пулро пулҳо пулатон",
    "бонк": "бонк бонки бонкҳо бонкро бонкӣ",
    "шартнома": "шартнома шартномаи шартномаро шартномаҳо шартномаатон",
    "ном": "ном номи номам номро номҳо",
    "ҷо": "ҷо ҷои ҷоям ҷоҳо",
    "ёрдам": "ёрдам ёрдами ёрдамро",
    "фарзанд": "фарзанд фарзандон фарзандам фарзандонам",
    "корманд": "корманд кормандон кормандони",
    "шаҳрванд": "шаҳрванд шаҳрвандон шаҳрвандӣ шаҳрвандии шаҳрвандиро",
    "телефон": "телефон телефони телефонатон телефонро",
    "бақайдгир": "бақайдгирӣ бақайдгирии бақайдгириро",
    "мекун": "мекунам мекунед мекунад мекунанд",
    "даромад": "даромад даромади даромадам",
}  # fmt: skip


def _groups(language: str, table: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    return [(language, name, forms.split()) for name, forms in table.items()]


@pytest.mark.parametrize(("language", "name", "forms"),
                         _groups("uz", UZBEK) + _groups("ky", KYRGYZ) + _groups("tg", TAJIK))
def test_inflected_forms_share_a_stem(language: str, name: str, forms: list[str]) -> None:
    stems = {form: key(form, language) for form in forms}
    assert len(set(stems.values())) == 1, stems


@pytest.mark.parametrize(("language", "table"), [("uz", UZBEK), ("ky", KYRGYZ), ("tg", TAJIK)])
def test_each_language_has_many_tested_forms(language: str, table: dict[str, str]) -> None:
    assert sum(len(forms.split()) for forms in table.values()) >= 90


# -- words that must stay whole ---------------------------------------------------------

WHOLE = {
    "uz": "bank ish uy viza pasport kitob javob hisob maosh shartnoma yordam odam qoida foyda kassa tartib dori"
          " muhim yangi organ sud xodim farzand hujjat narsa hodisa nom kim tog' bog'",
    "ky": "ата иш үй китеп жардам адам мыйзам келишим жаңы киши акы паспорт виза кызмат маалымат мөөнөт талап"
          " жооп эсеп тартип айып мекен жаран почта ким агенттик консулдук коопсуздук",
    "tg": "кор ном бонк пул ҷо ватан замон забон телефон созмон тоҷикистон фарзанд ёрдам ҳуҷҷат вилоят шиноснома"
          " корманд шаҳрванд даромад маош муҳоҷират иҷозат",
}  # fmt: skip


@pytest.mark.parametrize(("language", "word"), [(language, word) for language, words in WHOLE.items()
                                                for word in words.split()])
def test_words_that_end_like_a_suffix_stay_whole(language: str, word: str) -> None:
    assert key(word, language) == fold(word)


@pytest.mark.parametrize(("language", "one", "other"), [
    ("uz", "ish", "ishchi"),      # work, worker
    ("uz", "tog'i", "toq"),       # his mountain, odd: a monosyllable's gʻ is no q
    ("uz", "kitobi", "kito"),
    ("ky", "бала", "бал"),        # child, honey
    ("ky", "китеп", "ките"),      # bare -п after a vowel is not a converb
    ("ky", "паспорту", "паспор"),  # -ту after р would be spelt -ду
    ("tg", "кор", "корманд"),     # work, employee
    ("tg", "ватан", "ват"),
    ("tg", "ҳуҷҷат", "ҳуҷҷ"),     # -ат "your" is left alone
])  # fmt: skip
def test_different_words_stay_apart(language: str, one: str, other: str) -> None:
    assert key(one, language) != key(other, language)


def test_stems_keep_two_letters_and_a_vowel() -> None:
    for language, table in (("uz", UZBEK), ("ky", KYRGYZ), ("tg", TAJIK)):
        for forms in table.values():
            for form in forms.split():
                stemmed = key(form, language)
                assert len(stemmed) >= 2, (form, stemmed)


def test_uzbek_tags_share_the_latin_rules() -> None:
    for word in ("pasportimni", "yo'qotdim", "shartnomangizda"):
        assert stem(word, "uz") == stem(word, "uz-Latn") == stem(word, "uz-Cyrl")


def test_uzbek_stems_keep_their_apostrophes_for_fold_to_remove() -> None:
    assert stem("yoʻqotdim", "uz") == "yo'qot"
    assert stem("qishlog'imiz", "uz") == "qishloq"


# -- Russian and English: Snowball -------------------------------------------------------


@pytest.mark.parametrize(("language", "forms"), [
    ("ru", "паспорт паспорта паспортом паспорту паспорте паспорты"),
    ("ru", "потерял потеряла потеряли"),
    ("ru", "регистрация регистрации регистрацию"),
    ("ru", "работа работу работы работе"),
    ("ru", "ёлка елка"),
    ("en", "register registered registering registers"),
    ("en", "passport passports"),
    ("en", "pay pays paying"),
    ("en", "work worked working works"),
])  # fmt: skip
def test_snowball_stems_meet(language: str, forms: str) -> None:
    stems = {form: key(form, language) for form in forms.split()}
    assert len(set(stems.values())) == 1, stems


def test_snowball_keeps_different_words_apart() -> None:
    assert key("паспорт", "ru") != key("помощь", "ru")
    assert key("passport", "en") != key("police", "en")


def test_snowball_from_many_threads_gives_what_one_thread_gives() -> None:
    words = [f"{base}{ending}" for base in ("работ", "паспорт", "регистрац", "мигрант")
             for ending in ("а", "у", "ы", "е", "ой", "ами", "ах", "ию", "ии")]
    english = [f"{base}{ending}" for base in ("regist", "pay", "work", "employ") for ending in ("", "s", "ed", "ing")]
    jobs = [(word, "ru") for word in words] + [(word, "en") for word in english]
    stem.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda job: stem(*job), jobs * 20))
    stem.cache_clear()
    alone = [stem(*job) for job in jobs] * 20
    assert threaded == alone


# -- anything at all ----------------------------------------------------------------------


@pytest.mark.parametrize("language", [*ALL, "xx", ""])
@pytest.mark.parametrize("word", ["", "0", "12345", "'", "ʻʼ’`", "o'", "g'", "a\x00b", "\udcff", "\ud800",
                                  "ёлка", "qishloq", "паспорт", "шиноснома", "ᦰ", "x" * 100_000])
def test_odd_words_never_raise(word: str, language: str) -> None:
    assert isinstance(stem(word, language), str)


@settings(max_examples=300, deadline=None)
@given(word=st.text(max_size=40), language=st.sampled_from([*ALL, "de"]))
def test_any_text_never_raises(word: str, language: str) -> None:
    assert isinstance(stem(word, language), str)


@settings(max_examples=300, deadline=None)
@given(word=st.text(alphabet="аеиоуыэюяөүңбвгджзйклмнпрстфхцчшҳӣӯҷқғ", min_size=1, max_size=25),
       language=st.sampled_from(["ky", "tg"]))
def test_kyrgyz_and_tajik_stems_are_the_words_start(word: str, language: str) -> None:
    # Only the last letter may change (Kyrgyz г -> к, б -> п, ю -> й).
    stemmed = stem(word, language)
    assert word.startswith(stemmed[:-1])
    assert len(stemmed) >= min(2, len(word))


def test_unknown_language_and_overlong_words_come_back_unchanged() -> None:
    assert stem("паспортумду", "de") == "паспортумду"
    long_word = "паспорт" * 20
    assert stem(long_word, "ky") == long_word

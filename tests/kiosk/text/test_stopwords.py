"""Stop words: the little words of a query are dropped, the words a migrant asks about never are."""

from __future__ import annotations

import pytest

from kiosk.languages import TAGS
from kiosk.text.normalise import fold
from kiosk.text.stopwords import STOPWORDS, is_stopword


@pytest.mark.parametrize(("word", "language"), [
    # The examples.
    ("my", "en"), ("by", "en"), ("the", "en"), ("мой", "ru"), ("у", "ru"), ("бу", "uz-Cyrl"), ("bu", "uz-Latn"),
    ("ман", "tg"),
    # Pronouns and possessives.
    ("I", "en"), ("me", "en"), ("моя", "ru"), ("мне", "ru"), ("меня", "ru"), ("мен", "ky"), ("менин", "ky"),
    ("сиз", "ky"), ("siz", "uz-Latn"), ("mening", "uz-Latn"), ("менинг", "uz-Cyrl"), ("маро", "tg"),
    # Question words.
    ("how", "en"), ("where", "en"), ("как", "ru"), ("что", "ru"), ("где", "ru"), ("qanday", "uz-Latn"),
    ("nima", "uz-Latn"), ("qayerda", "uz-Latn"), ("қаерда", "uz-Cyrl"), ("кантип", "ky"), ("эмне", "ky"),
    ("кайда", "ky"), ("чӣ", "tg"), ("чи", "tg"), ("тавр", "tg"), ("куҷо", "tg"),
    # Request filler.
    ("please", "en"), ("need", "en"), ("want", "en"), ("can", "en"), ("пожалуйста", "ru"), ("нужно", "ru"),
    ("надо", "ru"), ("хочу", "ru"), ("можно", "ru"), ("iltimos", "uz-Latn"), ("kerak", "uz-Latn"),
    ("mumkin", "uz-Latn"), ("керак", "uz-Cyrl"), ("керек", "ky"), ("лозим", "tg"), ("лутфан", "tg"),
    # Negation.
    ("not", "en"), ("не", "ru"), ("emas", "uz-Latn"), ("эмес", "ky"), ("не", "tg"),
    # Russian, Kyrgyz and Tajik typed in Latin letters.
    ("moi", "ru"), ("menya", "ru"), ("kak", "ru"), ("chto", "ru"), ("gde", "ru"), ("nado", "ru"),
    ("pojaluysta", "ru"), ("pozhaluysta", "ru"), ("men", "ky"), ("kantip", "ky"), ("emne", "ky"),
    ("kayda", "ky"), ("man", "tg"), ("chi", "tg"), ("kujo", "tg"),
])  # fmt: skip
def test_little_words_are_stop_words(word: str, language: str) -> None:
    assert is_stopword(fold(word), language)


def test_phrases_stop_word_by_word() -> None:
    assert all(is_stopword(fold(word), "ru") for word in "у меня".split())
    assert all(is_stopword(fold(word), "tg") for word in "чӣ тавр".split())
    assert all(is_stopword(fold(word), "ky") for word in "эмне үчүн".split())


MEANINGFUL = (
    "passport паспорт pasport паспорти шиноснома help помощь помогите yordam ёрдам жардам кӯмак police полиция"
    " politsiya милиция lost потерял yo'qotdim жоголду money деньги pul пул акча work работа ish иш кор жумуш"
    " job salary зарплата maosh маош айлык visa виза contract договор shartnoma келишим"
)  # fmt: skip


@pytest.mark.parametrize("language", TAGS)
@pytest.mark.parametrize("word", MEANINGFUL.split())
def test_words_that_carry_meaning_are_never_stop_words(word: str, language: str) -> None:
    assert not is_stopword(fold(word), language)


@pytest.mark.parametrize("language", TAGS)
def test_every_language_has_a_list(language: str) -> None:
    assert len(STOPWORDS[language]) >= 60


def test_both_uzbek_scripts_share_one_list_with_both_scripts() -> None:
    assert STOPWORDS["uz-Latn"] is STOPWORDS["uz-Cyrl"]
    for latin, cyrillic in (("uchun", "учун"), ("qayerda", "қаерда"), ("o'z", "ўз"), ("yo'q", "йўқ")):
        assert is_stopword(fold(latin), "uz-Cyrl")
        assert is_stopword(fold(cyrillic), "uz-Latn")


@pytest.mark.parametrize("language", TAGS)
def test_every_entry_is_stored_folded(language: str) -> None:
    for word in STOPWORDS[language]:
        assert word and fold(word) == word, word


def test_folded_spellings_match() -> None:
    # й ё ў and apostrophes are what fold removes; a query word arrives folded.
    assert is_stopword(fold("моё"), "ru") and is_stopword(fold("мое"), "ru")
    assert is_stopword(fold("какой"), "ru")
    assert is_stopword(fold("oʻzingiz"), "uz-Latn") and is_stopword(fold("ozingiz"), "uz-Latn")
    assert is_stopword(fold("ўзингиз"), "uz-Cyrl")
    assert is_stopword(fold("кӣ"), "tg")


def test_unknown_language_has_no_stop_words() -> None:
    assert not is_stopword("the", "de")
    assert not is_stopword("", "en")
    assert is_stopword("bu", "uz")

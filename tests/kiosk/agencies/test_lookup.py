"""Agency lookup: licence numbers, names in any script, legal forms, digits, English by sound, typing, ranking."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.agencies import sample
from kiosk.agencies.importer import read_registry
from kiosk.agencies.lookup import (
    SOUND_MARK,
    Match,
    ensure_lookup_index,
    licence_key,
    lookup,
    name_keys,
    rebuild_lookup_index,
)
from kiosk.agencies.verdict import main_check
from kiosk.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.store import Store, open_store
from kiosk.text.uzbek import cyrillic_to_latin

# Fictional agencies: (id, licence number, [names]).
AGENCIES = [
    ("samarkand", "UZ-2025-00123", ["Samarkand Ishchi Kuch MChJ", "Самарқанд Ишчи Куч МЧЖ"]),
    ("samarkand-2", "UZ-2025-00124", ["Samarkand Ishchi Kuch Plus"]),
    ("ozbek", "UZ-2024-00777", ["Oʻzbek Mehnat Yoʻli"]),
    ("romashka", "KG-2025-0042", ["Romashka Travel LLC"]),
    ("altyn", "KG-2023-0100", ["ОсОО Алтын Жол"]),
    ("bakht", "TJ 15/2024", ["Бахт Корпо ЧП"]),
    ("golden", "UZ-2025-001234", ["Golden Bridge Recruitment", "Oltin Koʻprik XK"]),
    ("tashkent", "UZ-2022-00001", ["Toshkent Xalqaro Ish mas'uliyati cheklangan jamiyati"]),
    ("uz-named", "UZ-2023-00555", ["UZ 2025 Consulting"]),
]


def insert_agencies(store: Store, agencies: list[tuple[str, str, list[str]]]) -> None:
    with store.transaction() as db:
        for agency_id, number, names in agencies:
            db.execute(
                "INSERT INTO agencies(id, licence_number, licence_key, authority, status, status_since, changed_at) "
                "VALUES (?, ?, ?, 'Agency for External Labour Migration', 'active', '2025-01-01', '2025-01-01')",
                [agency_id, number, licence_key(number)],
            )
            for index, name in enumerate(names):
                db.execute("INSERT INTO agency_names(agency_id, name, kind) VALUES (?, ?, ?)",
                           [agency_id, name, "official" if index == 0 else "aka"])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path_factory.mktemp("lookup")))
    insert_agencies(opened, AGENCIES)
    assert rebuild_lookup_index(opened) == sum(len(names) for _, _, names in AGENCIES)
    yield opened
    opened.close()


def ids(store: Store, query: str) -> list[str]:
    return [match.agency_id for match in lookup(store, query)]


def first(store: Store, query: str) -> Match:
    matches = lookup(store, query)
    assert matches, f"nothing found for {query!r}"
    return matches[0]


# -- licence numbers ----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["UZ-2025-00123", "UZ 2025 00123", "uz-2025-00123", "УZ-2025-00123",
                                   "uz.2025.00123", " UZ202500123 ", "УЗ-2025-00123"[:1] + "Z 2025/00123"])
def test_a_licence_number_is_found_however_it_is_typed(store: Store, query: str) -> None:
    match = first(store, query)
    assert (match.agency_id, match.matched, match.licence_number) == ("samarkand", "licence number", "UZ-2025-00123")


def test_cyrillic_lookalikes_and_slashes_in_the_registry_are_normalised_too(store: Store) -> None:
    assert licence_key("TJ 15/2024") == licence_key("тj-15-2024") == "TJ152024"
    assert first(store, "ТJ 15 2024").agency_id == "bakht"


def test_a_licence_hit_ranks_first_even_when_a_name_matches_too(store: Store) -> None:
    # "UZ 2025 Consulting" matches the words; the licence number wins.
    matches = lookup(store, "UZ 2025 00123")
    assert matches[0].agency_id == "samarkand"
    assert matches[0].score > max((m.score for m in matches[1:]), default=0)


def test_a_licence_number_being_typed_lists_the_numbers_it_begins(store: Store) -> None:
    matches = lookup(store, "UZ-2025-0012")
    assert {m.agency_id for m in matches if m.matched == "licence number"} == {"samarkand", "samarkand-2", "golden"}
    # The whole number before a longer one that begins with it.
    assert ids(store, "UZ-2025-00123")[:2] == ["samarkand", "golden"]


# -- names ----------------------------------------------------------------------------------


def test_an_exact_name_is_found_by_name(store: Store) -> None:
    match = first(store, "Romashka Travel")
    assert (match.agency_id, match.matched, match.name) == ("romashka", "name", "Romashka Travel LLC")


@pytest.mark.parametrize("query", ["Samarqand Ishchi Kuch", "Samarkand Ishchi Kuch", "Samarkamd Ishchi Kuch",
                                   "Samarkand Ishhci Kuch", "Samarknd Ishchi Kuch"])
def test_typos_and_spelling_variants_are_forgiven(store: Store, query: str) -> None:
    assert ids(store, query)[0] == "samarkand"


def test_a_typo_is_a_similar_name_and_ranks_below_exact_matches(store: Store) -> None:
    matches = lookup(store, "Samarkamd Ishchi Kuch")
    assert matches[0].matched == "similar name"
    assert lookup(store, "Samarkand Ishchi Kuch")[0].matched == "name"


def test_an_exact_name_ranks_before_a_longer_one(store: Store) -> None:
    assert ids(store, "Samarkand Ishchi Kuch")[:2] == ["samarkand", "samarkand-2"]
    assert ids(store, "Samarkand Ishchi Kuch Plus")[0] == "samarkand-2"


@pytest.mark.parametrize(("query", "expected"), [
    ("Самарқанд Ишчи Куч", "samarkand"),  # Uzbek Cyrillic finds the Latin-only agency's Latin name too
    ("Самарканд", "samarkand"),
    ("Алтын Жол", "altyn"),
    ("Altyn Zhol", "altyn"),  # Latin typed for a Kyrgyz Cyrillic name
    ("Altin Jol", "altyn"),
    ("Bakht Korpo", "bakht"),
    ("Бахт", "bakht"),
    ("Ромашка Тревел", "romashka"),  # Cyrillic for a Latin name, one sound off
    ("Олтин Кўприк", "golden"),
    ("Тошкент Халқаро Иш", "tashkent"),
])
def test_the_other_script_finds_the_name(store: Store, query: str, expected: str) -> None:
    assert ids(store, query)[0] == expected


def test_samarkand_in_cyrillic_finds_both_samarkand_agencies(store: Store) -> None:
    assert set(ids(store, "Самарқанд Ишчи Куч")[:2]) == {"samarkand", "samarkand-2"}


@pytest.mark.parametrize("query", ["Oʻzbek Mehnat", "O'zbek Mehnat", "O‘zbek Mehnat", "O`zbek Mehnat",
                                   "Ozbek Mehnat", "Ўзбек Меҳнат", "OʻZBEK MEHNAT YOʻLI", "Ozbek Mehnat Yoli"])
def test_apostrophe_variants_are_one_word(store: Store, query: str) -> None:
    assert ids(store, query)[0] == "ozbek"


@pytest.mark.parametrize("query", ["Kuch Ishchi Samarkand", "Ishchi Samarkand", "Travel Romashka",
                                   "Жол Алтын"])
def test_word_order_does_not_matter(store: Store, query: str) -> None:
    assert ids(store, query)[0] in {"samarkand", "romashka", "altyn"}
    assert lookup(store, query)[0].matched == "name"


@pytest.mark.parametrize(("query", "expected"), [
    ("ООО Ромашка Тревел", "romashka"),
    ("Romashka Travel LLC", "romashka"),
    ("Romashka Travel Ltd", "romashka"),
    ("Romashka Travel MChJ", "romashka"),
    ("Алтын Жол", "altyn"),
    ("OsOO Altyn Zhol", "altyn"),
    ("Altyn Zhol LLC", "altyn"),
    ("Самарқанд Ишчи Куч", "samarkand"),
    ("Samarkand Ishchi Kuch МЧЖ", "samarkand"),
    ("Toshkent Xalqaro Ish MChJ", "tashkent"),
    ("Toshkent Xalqaro Ish", "tashkent"),
    ("Oltin Ko'prik", "golden"),
    ("ЧП Бахт Корпо", "bakht"),
    ("Romashka LL", "romashka"),  # a legal form being typed
])
def test_legal_forms_are_neither_needed_nor_in_the_way(store: Store, query: str, expected: str) -> None:
    match = first(store, query)
    assert match.agency_id == expected
    # Тревел is one sound from Travel: a similar name; every other one is the name itself.
    assert match.matched == ("similar name" if "Тревел" in query else "name")


def test_the_same_name_in_another_word_order_and_legal_form_is_an_exact_name(store: Store) -> None:
    match = first(store, "ООО Тревел Ромашка")
    assert match.agency_id == "romashka"


# -- similar names: only when the words as typed find nothing --------------------------------------

# Look-alike names, one letter apart: which ones come back shows which words were widened.
LOOK_ALIKES = [
    ("zarvin", "UZ-2026-00001", ["Zarvin Mehnat MChJ"]),
    ("zarvun", "UZ-2026-00002", ["Zarvun Mehnat MChJ"]),
    ("zarvin-safar", "UZ-2026-00003", ["Zarvin Safarov"]),
    ("zarvim", "UZ-2026-00004", ["Zarvim Servis"]),
]


@pytest.fixture(scope="module")
def look_alikes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path_factory.mktemp("look-alikes")))
    insert_agencies(opened, LOOK_ALIKES)
    rebuild_lookup_index(opened)
    yield opened
    opened.close()


def test_a_name_found_as_typed_is_not_padded_out_with_look_alikes(look_alikes: Store) -> None:
    matches = lookup(look_alikes, "Zarvin Mehnat")
    assert [(m.agency_id, m.matched) for m in matches] == [("zarvin", "name")]


def test_a_typo_widens_only_the_word_the_index_does_not_know(look_alikes: Store) -> None:
    # "Mehnar" is no indexed word and is widened to "Mehnat"; "Zarvin" is, and stays as typed.
    matches = lookup(look_alikes, "Zarvin Mehnar")
    assert [(m.agency_id, m.matched) for m in matches] == [("zarvin", "similar name")]


def test_a_typo_that_is_another_agencys_word_still_finds_the_name_meant(look_alikes: Store) -> None:
    # "Zarvim" is a known word (Zarvim Servis), but no name has it beside "Mehnat": every word is widened,
    # and Zarvin is one letter away (Zarvun two).
    matches = lookup(look_alikes, "Zarvim Mehnat")
    assert [(m.agency_id, m.matched) for m in matches] == [("zarvin", "similar name")]


def test_when_widening_the_unknown_words_finds_nothing_every_word_is_widened(look_alikes: Store) -> None:
    # "Mehnot" is unknown and widened first, but no name has "Zarvim" beside "Mehnat" either.
    assert [m.agency_id for m in lookup(look_alikes, "Zarvim Mehnot")] == ["zarvin"]


def test_a_stage_that_fills_the_limit_is_the_last(store: Store) -> None:
    # Three licence numbers begin UZ-2025-0012; two fill the limit, and no name can rank above them.
    matches = lookup(store, "UZ-2025-0012", limit=2)
    assert [m.matched for m in matches] == ["licence number", "licence number"]
    assert {m.agency_id for m in matches} <= {"samarkand", "samarkand-2", "golden"}


# -- names as registries write them and people type them ---------------------------------------------

# Fictional agencies, in the shapes Uzbek and Kyrgyz registries give names.
AS_WRITTEN = [
    ("sharq", "UZ-2025-01001", ['"Sharq HR" xususiy bandlik agentligi']),
    ("yaxshi", "UZ-2025-01002", ["YAXSHI YO'L XUSUSIY BANDLIK AGENTLIGI"]),
    ("bright", "UZ-2025-01003", ['"Bright Work" XBA']),
    ("full", "UZ-2025-01004", ["Full employment xususiy bandlik agentligi"]),
    ("profit", "UZ-2025-01005", ["Profit4you XBA"]),
    ("profit-travel", "UZ-2025-01006", ["Profit 4 You Travel"]),
    ("bright-prime", "UZ-2025-01007", ["Bright Prime LLC"]),
    ("bert", "UZ-2025-01008", ["Bert Vork MChJ"]),  # the consonants of "Bright Work", other vowels
    ("sun-bright", "UZ-2025-01009", ["Sun Bright"]),
    ("fly-job", "КР №000101", ["ОсОО «Флай Джоб»"]),
    ("golden-work", "КР №000102", ["ОсОО «Голден Ворк Тревел»"]),
    ("skill-way", "КР №000103", ["ОсОО «Скилл Вэй Консалтинг»"]),
    ("yorkum", "UZ-2025-01010", ["Yorkum Xalqaro Hamkor MChJ"]),
    ("yorqom", "UZ-2025-01011", ["Ёрқўм Ҳамкор Йўл МЧЖ"]),
    ("rando", "UZ-2025-01012", ["Rando LLC"]),
    ("randoo", "UZ-2025-01013", ["Randoʻ LLC"]),
    ("kisurzun", "UZ-2025-01014", ["Кисўрзўн Йўл ХК"]),
]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path_factory.mktemp("as-written")))
    insert_agencies(opened, AS_WRITTEN)
    rebuild_lookup_index(opened)
    yield opened
    opened.close()


@pytest.mark.parametrize(("query", "expected"), [
    ("Bright Work xususiy bandlik agentligi", "bright"), ("Bright work XBA", "bright"), ("bright work xba", "bright"),
    ("Bright Work ХБА", "bright"), ("Bright Work хусусий бандлик агентлиги", "bright"),
    ("Bright Work xususiy bandlik agentlik", "bright"), ("ЧАЗ «Bright Work»", "bright"),
    ("Bright Work частное агентство занятости", "bright"),
    ("Bright Work частное агентство по трудоустройству", "bright"),
    ("Bright Work жеке жумушка орноштуруу агенттиги", "bright"), ("Bright Work private employment agency", "bright"),
    ("Bright Work", "bright"), ("Sharq HR", "sharq"), ("Sharq HR XBA", "sharq"), ("Шарқ HR ХБА", "sharq"),
    ("Yaxshi Yoʻl", "yaxshi"), ("YAXSHI YO'L XBA", "yaxshi"), ("Яхши йўл хусусий бандлик агентлиги", "yaxshi"),
    ("Full Employment XBA", "full"),
])
def test_a_private_employment_agencys_legal_form_is_neither_needed_nor_in_the_way(
        written: Store, query: str, expected: str) -> None:
    match = first(written, query)
    assert (match.agency_id, match.matched) == (expected, "name")


@pytest.mark.parametrize("query", ["Bright Work xususiy bandlik agentnigi", "Bright Work xususey bandlik agentligi",
                                   "Bright Work xususiy bandlek agentligi"])
def test_a_mistyped_word_of_a_long_legal_form_is_still_the_legal_form(written: Store, query: str) -> None:
    assert first(written, query).agency_id == "bright"


@pytest.mark.parametrize("query", ["Bright Work xu", "Bright Work xususiy band", "Bright Work частное агент",
                                   "Bright Work Ч"])
def test_a_legal_form_being_typed_is_not_in_the_way(written: Store, query: str) -> None:
    assert first(written, query).agency_id == "bright"


def test_a_name_word_a_legal_form_begins_with_is_still_looked_for(written: Store) -> None:
    # "Pr" may begin "private employment agency" or "Prime": the name with Prime first, Bright Work still listed.
    assert ids(written, "Bright Pr")[:2] == ["bright-prime", "bright"]


@pytest.mark.parametrize(("query", "expected"), [
    ("profit 4 you", ["profit", "profit-travel"]), ("Profit4you", ["profit", "profit-travel"]),
    ("PROFIT 4YOU", ["profit", "profit-travel"]), ("Profit4you Travel", ["profit-travel"]),
])
def test_digits_and_letters_are_found_typed_joined_or_apart(written: Store, query: str, expected: list[str]) -> None:
    assert ids(written, query) == expected
    assert lookup(written, query)[0].matched == "name"


def test_a_name_with_digits_is_found_while_its_digits_are_typed(written: Store) -> None:
    assert ids(written, "Profit 4")[:2] == ["profit", "profit-travel"]
    assert "profit" in ids(written, "Profit4y")


@pytest.mark.parametrize(("query", "expected"), [
    ("Брайт ворк", "bright"), ("Брайт Уорк", "bright"), ("брайт ворк ХБА", "bright"),  # English typed in Cyrillic
    ("Fly Job", "fly-job"), ("Golden Work Travel", "golden-work"),  # Latin typed for English written in Cyrillic
    ("Skill Way Consulting", "skill-way"), ("Skill Way", "skill-way"),
])
def test_english_words_are_found_in_either_script_as_they_sound(written: Store, query: str, expected: str) -> None:
    match = first(written, query)
    assert (match.agency_id, match.matched) == (expected, "similar name")


def test_of_two_names_that_sound_alike_the_one_spelt_nearer_comes_first(written: Store) -> None:
    # "Bert Vork" has the consonants of "Bright Work"; "Брайт" (brait) is spelt nearer "Bright" (brigt) than "Bert".
    assert ids(written, "Брайт ворк") == ["bright", "bert"]


@pytest.mark.parametrize("query", ["Брайт", "Xarzun"])
def test_a_word_found_by_its_sound_alone_finds_nothing(written: Store, query: str) -> None:
    # "Брайт" sounds like "Bright", "Xarzun" has the consonants of "Кисўрзўн": a look-alike is not passed off
    # as the agency asked about on the strength of its consonants only.
    assert lookup(written, query) == []


def test_a_query_begins_names_before_it_ends_them(written: Store) -> None:
    # "Sun Bright" is the shorter name and the query covers more of it, but people type a name from its start.
    found = ids(written, "Bri")
    assert found.index("sun-bright") > max(found.index("bright"), found.index("bright-prime"))


def test_a_name_of_fewer_words_than_the_query_is_no_better_covered_by_it(tmp_path: Path) -> None:
    # "Sakol Sa": both words begin "Saqoʻl", the one word of "Saqoʻl LLC"; "Sakol Safar" has them as two.
    store = open_store(DataPaths(tmp_path))
    insert_agencies(store, [("saqol", "UZ-2025-02001", ["Saqoʻl LLC"]),
                            ("sakol", "UZ-2025-02002", ["Sakol Safar Yoʻl MChJ"])])
    rebuild_lookup_index(store)
    assert ids(store, "Sakol Sa") == ["sakol", "saqol"]
    assert ids(store, "Sakol") == ["saqol", "sakol"]  # one word: the name it is the whole of
    store.close()


def test_between_names_alike_the_one_with_the_word_as_its_main_spelling_comes_first(written: Store) -> None:
    # Both are "Yorkum" to the ear; Yorkum is what was typed, Ёрқўм is read first as "Yorqoʻm".
    assert ids(written, "Yorkum Xa")[0] == "yorkum"
    assert ids(written, "Ёрқўм Ҳа")[0] == "yorqom"


def test_between_names_with_one_key_the_one_spelt_as_typed_comes_first(written: Store) -> None:
    assert ids(written, "Randoʻ") == ["randoo", "rando"]
    assert ids(written, "Rando") == ["rando", "randoo"]


def test_the_bundled_sample_is_found_as_people_write_its_names(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    agencies = read_registry(BUNDLED_CONTENT_DIR / "agencies" / "registry.csv")
    insert_agencies(store, [(a.id, a.licence_number, [n.name for n in a.names]) for a in agencies])
    rebuild_lookup_index(store)
    by_sound = {spelling: word for word, spellings in sample.ENGLISH_IN_CYRILLIC.items() for spelling in spellings}
    abbreviated = in_latin = 0
    for agency in agencies:
        official = agency.names[0].name
        if "xususiy bandlik agentligi" in official.lower():
            short = re.sub("(?i)xususiy bandlik agentligi", "XBA", official)
            assert ids(store, short)[0] == agency.id, short
            abbreviated += 1
        if len(agency.names) == 1 and official.startswith("ОсОО") and by_sound.keys() & set(official.split()):
            inner = official.split("«")[1].rstrip("»").split()
            typed = " ".join([cyrillic_to_latin(inner[0]), *(by_sound[word] for word in inner[1:])])
            assert ids(store, typed)[0] == agency.id, typed
            in_latin += 1
    assert abbreviated >= 20 and in_latin >= 5
    store.close()


# -- as you type ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [
    ("Sa", "samarkand"), ("Sam", "samarkand"), ("Samarq", "samarkand"), ("Samarkand Ish", "samarkand"),
    ("Samarkand Isc", "samarkand"),  # "c" about to become "ch"
    ("Рома", "romashka"), ("Roma", "romashka"), ("Romashka T", "romashka"), ("Ўзб", "ozbek"), ("Oʻz", "ozbek"),
    ("Golden Br", "golden"), ("Ol", "golden"),
])
def test_a_prefix_of_the_last_word_matches_while_typing(store: Store, typed: str, expected: str) -> None:
    assert expected in ids(store, typed)


def test_words_before_the_last_must_match_whole_or_nearly(store: Store) -> None:
    assert "samarkand" not in ids(store, "Sa Ishchi")


# -- input that must not break it -----------------------------------------------------------------


@pytest.mark.parametrize("query", ["", " ", '"', '""', "*", "'", "AND", "OR NOT", "NEAR(a b)", '"*) OR (',
                                   "col:term", "^", "\x00", "Roma\x00shka", "😀", "😀 Romashka", "a" * 10_000,
                                   "Romashka " * 2_000, "\ud800", "-", "—", "/", "..."])
def test_hostile_input_gives_results_or_nothing(store: Store, query: str) -> None:
    result = lookup(store, query)
    assert isinstance(result, list)


def test_fts_syntax_words_are_searched_as_words(store: Store) -> None:
    assert ids(store, "Romashka AND") == [] or ids(store, "Romashka AND")[0] == "romashka"
    assert ids(store, 'Romashka"')[0] == "romashka"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60) | st.text(alphabet='"*()^:-+ ANDORNEAR\x00ʻ\'‘Ўқ😀', max_size=30))
def test_any_text_gives_results_or_nothing(store: Store, query: str) -> None:
    result = lookup(store, query)
    assert all(isinstance(match, Match) for match in result)
    assert len(result) <= 20


def test_limit_is_respected(store: Store) -> None:
    assert len(lookup(store, "UZ", limit=2)) <= 2
    assert lookup(store, "Romashka", limit=0) == []


# -- the index -------------------------------------------------------------------------------------


def test_rebuild_replaces_the_index(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    insert_agencies(store, AGENCIES[:2])
    rebuild_lookup_index(store)
    assert ids(store, "Samarkand")
    with store.transaction() as db:
        db.execute("DELETE FROM agencies WHERE id IN ('samarkand', 'samarkand-2')")
    insert_agencies(store, AGENCIES[3:4])
    assert rebuild_lookup_index(store) == 1
    assert ids(store, "Samarkand") == []
    assert ids(store, "UZ-2025-00123") == []
    assert ids(store, "Romashka") == ["romashka"]
    store.close()


def test_the_index_holds_every_names_keys_and_every_keys_trigrams(store: Store) -> None:
    rows = store.db.execute("SELECT name, keys FROM agency_lookup_names").fetchall()
    assert sorted(rows) == sorted((name, " ".join(key for keys in name_keys(name) for key in keys))
                                  for _, _, names in AGENCIES for name in names)
    # Sound keys get trigrams, for typos; sound-alike keys (marked) do not.
    terms = {key for _, keys in rows for key in keys.split() if not key.startswith(SOUND_MARK)}
    assert any(key.startswith(SOUND_MARK) for _, keys in rows for key in keys.split())
    grams = store.db.execute("SELECT gram, length, term FROM agency_lookup_grams").fetchall()
    assert {term for _, _, term in grams} == terms
    for term in terms:
        padded = f"^{term}$"
        assert {(g, n) for g, n, t in grams if t == term} == {(padded[i : i + 3], len(term))
                                                              for i in range(len(padded) - 2)}


def test_a_word_shared_by_many_names_is_keyed_the_same_in_each(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    many = [(f"a{i}", f"UZ-2026-{i:05d}", [f"Root{chr(97 + i % 26)}{i} Mehnat Xalqaro MChJ"]) for i in range(150)]
    insert_agencies(store, many)
    assert rebuild_lookup_index(store) == 150
    keys = {row[0] for row in store.db.execute("SELECT keys FROM agency_lookup_names")}
    # Each word's sound key, then its sound-alike key (marked).
    assert all(key.endswith(f" mehnat {SOUND_MARK}mhnt halkaro {SOUND_MARK}kslkr") for key in keys)
    assert len(lookup(store, "Mehnat Xalqaro", limit=500)) == 150
    store.close()


def test_an_empty_registry_finds_nothing(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    assert rebuild_lookup_index(store) == 0
    assert lookup(store, "Romashka") == []
    assert lookup(store, "UZ-2025-00123") == []
    store.close()


# -- command line ----------------------------------------------------------------------------------


def main_lookup(store: Store, query: str, as_json: bool, out: io.StringIO) -> int:
    """``kiosk agencies lookup``, which prints each match with its verdict."""
    return main_check(store, query, country=None, as_json=as_json, out=out, today=date(2026, 11, 22),
                      max_age_days=30)


def test_main_lookup_prints_matches_and_json(store: Store) -> None:
    out = io.StringIO()
    assert main_lookup(store, "uz 2025 00123", as_json=False, out=out) == 0
    assert "1. Samarkand Ishchi Kuch MChJ" in out.getvalue()
    assert "UZ-2025-00123" in out.getvalue() and "licence number" in out.getvalue()
    out = io.StringIO()
    assert main_lookup(store, "Ромашка", as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert data[0]["agency_id"] == "romashka" and data[0]["matched"] == "name"
    out = io.StringIO()
    assert main_lookup(store, "Nowhere Agency Zzz", as_json=False, out=out) == 0
    assert "No agency" in out.getvalue()


def test_an_index_written_by_older_code_is_rebuilt_once_at_start_and_a_current_one_is_left_alone(
        tmp_path: Path) -> None:
    opened = open_store(DataPaths(tmp_path))
    insert_agencies(opened, AGENCIES)
    rebuild_lookup_index(opened)
    assert ensure_lookup_index(opened) is None
    with opened.transaction() as db:  # as an older kiosk left it: keyed otherwise, no format recorded
        db.execute("DELETE FROM meta WHERE key = 'agency_lookup_format'")
        db.execute("DELETE FROM agency_lookup_names")
        db.execute("INSERT INTO agency_lookup_search(agency_lookup_search) VALUES ('delete-all')")
    assert lookup(opened, "Romashka") == []
    assert ensure_lookup_index(opened) == sum(len(names) for _, _, names in AGENCIES)
    assert [match.agency_id for match in lookup(opened, "Romashka")] == ["romashka"]
    assert ensure_lookup_index(opened) is None
    opened.close()

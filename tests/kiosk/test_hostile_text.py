"""Every text entry point is total: hostile text works, or gets the module's own documented error.

Hostile means what keyboards, scanners, command lines and files really bring:
lone surrogates (an undecodable byte on a command line), NUL and other control
characters, 100,000-character strings, text that folds to nothing ("ᦰ ᦱ ᦲ"),
and FTS5 syntax. Each entry point gets ``KIOSK_SOAK=1``: 10,000 inputs, or by
default a few hundred (``KIOSK_HOSTILE_EXAMPLES`` sets any other number).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import config, languages
from kiosk.agencies.importer import AgencyImportError, HeaderMapping, read_registry
from kiosk.agencies.lookup import lookup
from kiosk.agencies.reports import AgencyReport, ReportIncomplete, find_report, submit_report
from kiosk.booking import BookingError, BookingRequest, InvalidReference, LocalAuthority
from kiosk.bootstrap import open_local_cache
from kiosk.content.search import search_articles
from kiosk.receipts.token import TokenError, unverified_claims, verify
from kiosk.reference import parse_reference
from kiosk.store import Store
from kiosk.text.clean import is_storable
from tests.kiosk.store.faults import LOCATION, NOW, SERVICE, first_free_slot

EXAMPLES = int(os.environ.get("KIOSK_HOSTILE_EXAMPLES") or (10_000 if os.environ.get("KIOSK_SOAK") == "1" else 200))
HOSTILE = settings(max_examples=EXAMPLES, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                          HealthCheck.data_too_large])

# Characters that have broken text handling somewhere, or could: surrogates, NUL, controls,
# direction marks, letters SQLite's tokenizer splits, apostrophes, FTS5 syntax, case traps.
SPECIALS = ("\x00", "\udcff", "\ud800", "\udfff", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u200b", "\u202e",
            "\ufeff", "\ufffd", "ᦰ", "ᦱ", "\u1cf2", "ʻ", "ʼ", "'", '"', "*", "(", ")", ":", "^", "-", "+", "NEAR",
            "OR", "AND", "NOT", "ё", "ß", "İ", "ﬃ", "𝔄", "٣", "№", "Ў", "қ", " ", "\t", "\n", "\r")
ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates included
KNOWN_CRASHERS = ("12\udcff", "ᦰ ᦱ ᦲ", "a\x00b", "\x00", "", " ", "\ud800\udc00", "\"*", "NEAR(a b)", "-x", "^")


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    pieces = st.one_of(ANY_CHARACTER, st.sampled_from(SPECIALS))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.sampled_from(KNOWN_CRASHERS))
    if kind == 1:  # long: a cat on the keyboard, a paste, a scanner that never stops
        piece = "".join(draw(st.lists(pieces, min_size=1, max_size=6)))
        return (piece * (100_000 // len(piece) + 1))[: draw(st.integers(1000, 100_000))]
    return "".join(draw(st.lists(pieces, max_size=40)))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_local_cache(config.load(data_dir=tmp_path_factory.mktemp("hostile"), environ={}))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def kiosk(store: Store) -> LocalAuthority:
    return LocalAuthority(store, now=lambda: NOW, window_days=30, kiosk_id="khostile")


# -- finding things ---------------------------------------------------------------------------------


@HOSTILE
@given(query=hostile_text())
def test_agency_lookup_answers_any_text(store: Store, query: str) -> None:
    assert isinstance(lookup(store, query), list)


@HOSTILE
@given(query=hostile_text(), language=st.sampled_from(languages.TAGS))
def test_article_search_answers_any_text(store: Store, query: str, language: str) -> None:
    assert isinstance(search_articles(store, query, language), list)


# -- booking ----------------------------------------------------------------------------------------

FIELDS = ("slot_id", "name", "phone", "passport_last4", "language")


@HOSTILE
@given(field=st.sampled_from(FIELDS), text=hostile_text())
def test_every_booking_field_takes_any_text(kiosk: LocalAuthority, field: str, text: str) -> None:
    details = {"slot_id": first_free_slot(kiosk), "name": "Aziz Karimov", "phone": "", "passport_last4": "",
               "language": "en"}
    details[field] = text
    try:
        booking = kiosk.book(BookingRequest(**details))
    except BookingError:
        return
    # What books can be found and cancelled by the name it was booked under: a name that keys
    # to nothing ("ᦰ ᦱ ᦲ") would book and then be lost to its holder.
    found = kiosk.find(booking.reference, details["name"])
    assert found.reference == booking.reference
    assert kiosk.cancel(booking.reference, details["name"]).status == "cancelled"


@HOSTILE
@given(reference_text=hostile_text(), name=hostile_text(), slot_id=hostile_text())
def test_finding_cancelling_and_moving_take_any_text(kiosk: LocalAuthority, reference_text: str, name: str,
                                                     slot_id: str) -> None:
    for attempt in (lambda: kiosk.find(reference_text, name), lambda: kiosk.cancel(reference_text, name),
                    lambda: kiosk.reschedule(reference_text, name, slot_id)):
        try:
            attempt()
        except (BookingError, InvalidReference):
            pass


@HOSTILE
@given(slot_id=hostile_text())
def test_a_booked_reference_moves_only_to_real_slots(kiosk: LocalAuthority, slot_id: str) -> None:
    booking = kiosk.book(BookingRequest(first_free_slot(kiosk), "Moving Person", passport_last4="4321"))
    try:
        kiosk.reschedule(booking.reference, "Moving Person", slot_id)
    except BookingError:
        pass
    kiosk.cancel(booking.reference, "4321")


def test_a_name_whose_key_is_empty_is_refused(kiosk: LocalAuthority) -> None:
    with pytest.raises(BookingError) as refused:
        kiosk.book(BookingRequest(first_free_slot(kiosk), "ᦰ ᦱ ᦲ"))
    assert getattr(refused.value, "field", None) == "name"


def test_the_slots_offered_are_the_bundled_ones(kiosk: LocalAuthority) -> None:
    assert kiosk.slots(SERVICE, LOCATION, NOW.date()), "the booking tests above book real slots"


# -- reports ------------------------------------------------------------------------------------------

REPORT_FIELDS = ("agency_name", "details", "contact", "agency_id", "language", "country", "what_happened")


@HOSTILE
@given(field=st.sampled_from(REPORT_FIELDS), text=hostile_text())
def test_every_report_field_takes_any_text(store: Store, field: str, text: str) -> None:
    values: dict[str, object] = {"agency_name": "Some Agency", "what_happened": ("fee_before_job",)}
    values[field] = (text,) if field == "what_happened" else text
    try:
        code = submit_report(store, AgencyReport(**values))  # type: ignore[arg-type]
    except ReportIncomplete:
        return
    stored = find_report(store, code)
    assert stored is not None
    assert all(is_storable(value) for value in stored.values() if isinstance(value, str))
    with store.transaction() as db:  # delivered, as the sync agent would: the outbox stays short
        db.execute("DELETE FROM outbox WHERE kind = 'agency_report'")


# -- codes typed or scanned ------------------------------------------------------------------------------


@HOSTILE
@given(text=hostile_text())
def test_the_reference_parser_takes_any_text(text: str) -> None:
    try:
        code = parse_reference(text)
    except InvalidReference:
        return
    assert parse_reference(code) == code


@HOSTILE
@given(text=st.one_of(hostile_text(), hostile_text().map(lambda t: "KQ1." + t), hostile_text().map(
    lambda t: "KQ1." + t + "." + t)))
def test_token_parsing_takes_any_text(text: str) -> None:
    for parse in (lambda: verify(text, {}), lambda: unverified_claims(text)):
        try:
            parse()
        except TokenError:
            pass


# -- configuration and paths ---------------------------------------------------------------------------------


@HOSTILE
@given(setting=st.sampled_from(config.SETTINGS), text=hostile_text())
def test_every_configuration_value_takes_any_text(setting: config.Setting, text: str) -> None:
    try:
        loaded = config.load(environ={setting.env_var: text})
    except config.ConfigError:
        return
    os.fsencode(loaded.data_dir)  # a path that is accepted is one the system can use
    os.fsencode(loaded.content_dir)


@HOSTILE
@given(text=hostile_text())
def test_a_data_dir_given_on_the_command_line_takes_any_text(text: str) -> None:
    try:
        loaded = config.load(environ={}, data_dir=Path(text))
    except (config.ConfigError, ValueError):
        # ValueError: Path() itself refuses NUL before the kiosk sees it; argv cannot carry one.
        return
    os.fsencode(loaded.data_dir)


@HOSTILE
@given(raw=hostile_text().map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_a_config_file_may_hold_any_bytes(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("config") / "kiosk.toml"
    path.write_bytes(raw)
    try:
        config.load(path, environ={})
    except config.ConfigError:
        pass


# -- files administrators import ---------------------------------------------------------------------------------

HEADER = ["id", "name", "licence_number", "status", "issued", "countries", "address"]


@HOSTILE
@given(column=st.sampled_from(HEADER), text=hostile_text())
def test_a_csv_registry_cell_may_hold_any_text(tmp_path_factory: pytest.TempPathFactory, column: str,
                                               text: str) -> None:
    row = {"id": "a1", "name": "Good LLC", "licence_number": "UZ-1", "status": "active", "issued": "2025-01-01",
           "countries": "DE", "address": ""}
    row[column] = text
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER)
    writer.writeheader()
    writer.writerow(row)
    path = tmp_path_factory.mktemp("csv") / "registry.csv"
    path.write_bytes(out.getvalue().encode("utf-8", "surrogatepass"))
    try:
        agencies = read_registry(path)
    except AgencyImportError:
        return
    assert all(is_storable(name.name) for agency in agencies for name in agency.names)


@HOSTILE
@given(column=st.sampled_from(HEADER), value=st.one_of(hostile_text(), st.integers(), st.floats(),
                                                        st.lists(hostile_text(), max_size=3)))
def test_a_json_registry_value_may_be_anything(tmp_path_factory: pytest.TempPathFactory, column: str,
                                               value: object) -> None:
    item: dict[str, object] = {"id": "a1", "name": "Good LLC", "licence_number": "UZ-1", "status": "active",
                               "issued": "2025-01-01"}
    item[column] = value
    path = tmp_path_factory.mktemp("json") / "registry.json"
    # ensure_ascii writes a lone surrogate as the \\udcff escape a real file would hold.
    path.write_text(json.dumps([item], ensure_ascii=True), encoding="utf-8")
    try:
        agencies = read_registry(path)
    except AgencyImportError:
        return
    assert all(is_storable(agency.address) for agency in agencies)


@HOSTILE
@given(raw=hostile_text().map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_a_mapping_file_may_hold_any_bytes(tmp_path_factory: pytest.TempPathFactory, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("mapping") / "mapping.toml"
    path.write_bytes(b"[columns]\nname = [" + raw + b"]\n")
    try:
        HeaderMapping.load(path)
    except AgencyImportError:
        pass


"""Reading an agency registry file that an administrator was given (CSV or JSON).

The file is read whole and checked before anything is stored: every bad row is
reported at once (row numbers as a spreadsheet shows them, the header being row
1), and nothing is applied unless the whole file is good.

A JSON registry is a list of objects whose keys are the CSV's column names (any of
their aliases); a value may be a list where a CSV cell joins parts with ``|``. Its
problems name the object (``item 3``) and the line of the file where it starts, as
a text editor shows it.

Destination countries are ISO codes or country names in any of the kiosk's
languages (the names of :mod:`kiosk.agencies.countries`): "Россия", "Rossiya",
"Russia" and "RU" are one country.

The kiosk's ``kiosk agencies import`` and the centre (``kiosk-admin registry
import``, the console's registry upload) read files with this one module, so they
find the same problems and word them alike.
"""

from __future__ import annotations

import csv
import gc
import itertools
import json
import operator
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kiosk.agencies import reasons
from kiosk.agencies.registry import (
    Agency,
    AgencyName,
    Destination,
    ImportSummary,
    StatusChange,
    normalise_licence,
    replace_registry,
)

if TYPE_CHECKING:
    from kiosk.store import Store

REQUIRED = ("name", "licence_number", "status")

# Canonical column -> the headers it is known by (compared after _fold).
BUILTIN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "код", "идентификатор", "kod", "identifikator"),
    "name": ("name", "names", "наименование", "название", "nomi", "номи", "nomlanishi", "номланиши",
             "аталышы", "организация", "tashkilot", "ташкилот"),
    "aka": ("aka", "also known as", "другие названия", "boshqa nomlari", "бошқа номлари"),
    "licence_number": ("licence_number", "license_number", "licence", "license", "licence number",
                       "license number", "номер лицензии", "лицензия", "№ лицензии", "litsenziya raqami",
                       "литсензия рақами", "лицензия рақами", "litsenziya", "лицензиянын номери"),
    "authority": ("authority", "licensing authority", "орган", "выдавший орган", "лицензирующий орган",
                  "organ", "bergan organ", "берган орган", "vakolatli organ"),
    "status": ("status", "статус", "состояние", "holati", "ҳолати", "holat", "ҳолат", "абалы"),
    "status_since": ("status_since", "status since", "статус с", "дата статуса", "holat sanasi",
                     "ҳолат санаси"),
    "reason": ("reason", "причина", "основание", "sabab", "сабаб", "asos", "асос"),
    "issued": ("issued", "issue date", "дата выдачи", "berilgan sana", "берилган сана", "berilgan sanasi",
               "берилган санаси", "берилген күнү"),
    "expires": ("expires", "expiry", "expiry date", "valid until", "срок действия", "действует до",
                "дата окончания", "amal qilish muddati", "амал қилиш муддати", "amal qiladi", "мөөнөтү"),
    "countries": ("countries", "destinations", "страны", "страны трудоустройства", "davlatlar",
                  "давлатлар", "mamlakatlar", "мамлакатлар", "өлкөлөр"),
    "address": ("address", "адрес", "юридический адрес", "manzil", "манзил", "дарек"),
    "phone": ("phone", "telephone", "телефон", "telefon"),
    "website": ("website", "web", "site", "url", "сайт", "veb-sayt", "веб-сайт", "sayt"),
    "branches": ("branches", "филиалы", "filiallar", "филиаллар", "филиалдар"),
    "fictional": ("fictional", "sample", "вымышленное", "вымышленная", "namuna", "тестовые данные"),
}

STATUS_WORDS: dict[str, str] = {}
for _status, _words in {
    "active": ("active", "licensed", "valid", "действует", "действующая", "действующий", "действительна",
               "активна", "активный", "amal qilmoqda", "амал қилмоқда", "faol", "фаол", "amalda", "амалда",
               "күчүндө"),
    "suspended": ("suspended", "приостановлена", "приостановлен", "приостановлено", "to'xtatilgan",
                  "тўхтатилган", "to'xtatib turilgan", "тўхтатиб турилган", "токтотулган"),
    "revoked": ("revoked", "отозвана", "отозван", "аннулирована", "аннулирован", "bekor qilingan",
                "бекор қилинган", "chaqirib olingan", "чақириб олинган", "жокко чыгарылган"),
    "expired": ("expired", "истекла", "истек", "срок истек", "muddati o'tgan", "муддати ўтган",
                "муддати тугаган", "muddati tugagan", "мөөнөтү бүткөн"),
    "rejected": ("rejected", "refused", "denied", "отказано", "отказ", "отклонена", "rad etilgan",
                 "рад этилган", "rad etildi", "рад этилди", "баш тартылган"),
}.items():
    for _word in _words:
        STATUS_WORDS[_word] = _status

_YES = {"yes", "y", "true", "1", "да", "ha", "ҳа", "ооба"}
_NO = {"", "no", "n", "false", "0", "нет", "yo'q", "йўқ", "жок"}
_APOSTROPHES = re.compile("[\u02bb\u02bc\u2018\u2019`\u00b4\u02b9]")
_COUNTRY = re.compile(r"[A-Z]{2}")
_COUNTRY_SEPARATORS = re.compile(r"[|,;]")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# What no registry cell holds: NUL, control characters other than spacing, lone
# surrogates (a JSON "\udcff" escape makes one; no database can store it).
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

DEFAULT_REMOVAL_SHARE = 0.2
# A JSON registry is read whole; a CSV one is streamed and has no such limit.
MAX_JSON_BYTES = 256 << 20


class AgencyImportError(Exception):
    """Base class for registry files the kiosk cannot take."""


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    reason: str
    unit: str = "row"  # "item" for the objects of a JSON file, "line" where the file cannot be read as records
    line: int = 0  # for a JSON item, the line of the file where it starts

    @property
    def where(self) -> str:
        """``row 3``, ``item 2 (line 7)``, ``line 4`` or ``file``."""
        if not self.row:
            return "file"
        return f"{self.unit} {self.row} (line {self.line})" if self.line else f"{self.unit} {self.row}"

    @property
    def file_line(self) -> int:
        """The line of the file to look at: a CSV row's number, a JSON item's first line; 0 for the whole file."""
        return self.line or self.row

    def __str__(self) -> str:
        where = self.where
        return f"{where}, column \"{self.column}\": {self.reason}" if self.column else f"{where}: {self.reason}"


class RegistryFileError(AgencyImportError):
    """The file has problems; ``problems`` lists every one found, not just the first."""

    def __init__(self, path: Path, problems: Iterable[RowProblem]) -> None:
        self.path = path
        self.problems = list(problems)
        count = len(self.problems)
        super().__init__(f"{path}: {count} problem{'s' if count != 1 else ''}; first: {self.problems[0]}")


class MappingFileError(AgencyImportError):
    """The ``--mapping`` file cannot be read or is not ``[columns] name = ["alias", ...]``."""


class MassRemoval(AgencyImportError):
    """The import would remove more of the stored registry than allowed; nothing was changed.

    ``summary`` has what the import would do, ``stored`` how many agencies are stored.
    """

    def __init__(self, summary: ImportSummary, stored: int, share: float) -> None:
        self.summary, self.stored = summary, stored
        part = "all" if summary.removed == stored else f"{summary.removed * 100 // max(stored, 1)}%"
        super().__init__(f"this file would remove {summary.removed} of the {stored} agencies stored ({part}), "
                         f"more than the {share:.0%} one import may remove ({summary})")


def fold(text: str) -> str:
    """How headers and status words are compared: case, ё, apostrophes and spacing ignored."""
    text = _APOSTROPHES.sub("'", text.strip().casefold()).replace("ё", "е").replace("_", " ")
    return " ".join(text.split())


@dataclass(frozen=True)
class HeaderMapping:
    """Which headers name which canonical column. Built-ins plus an administrator's own."""

    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(BUILTIN_ALIASES))

    @classmethod
    def load(cls, path: Path) -> HeaderMapping:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except OSError as error:
            raise MappingFileError(f"{path}: cannot be read: {error.strerror or error}") from error
        except RecursionError as error:
            raise MappingFileError(f"{path}: nested too deeply to be a mapping file") from error
        except ValueError as error:  # not UTF-8, not TOML, or a number too long to read
            raise MappingFileError(f"{path}: {error}") from error
        columns = data.get("columns")
        if not isinstance(columns, dict):
            raise MappingFileError(f"{path}: needs a [columns] table")
        aliases = {key: list(value) for key, value in BUILTIN_ALIASES.items()}
        for canonical, extra in columns.items():
            if canonical not in BUILTIN_ALIASES:
                raise MappingFileError(f"{path}: unknown column {canonical!r}; known: {', '.join(BUILTIN_ALIASES)}")
            if isinstance(extra, str):
                extra = [extra]
            if not isinstance(extra, list) or not all(isinstance(item, str) for item in extra):
                raise MappingFileError(f"{path}: {canonical} must be a list of header names")
            aliases[canonical] = list(extra) + aliases[canonical]
        return cls({key: tuple(value) for key, value in aliases.items()})

    def canonical(self, header: str) -> str | None:
        wanted = fold(header)
        for canonical, names in self.aliases.items():
            if any(fold(name) == wanted for name in names):
                return canonical
        return None


@dataclass(frozen=True)
class RegistryFile:
    agencies: list[Agency]
    ignored_columns: list[str]


def read_registry(path: Path, mapping: HeaderMapping | None = None) -> list[Agency]:
    """The agencies in a CSV or JSON file; :class:`RegistryFileError` lists every bad row."""
    return read_registry_file(path, mapping).agencies


def read_registry_file(path: Path, mapping: HeaderMapping | None = None) -> RegistryFile:
    """Like :func:`read_registry`, also naming the columns that were not understood."""
    mapping = mapping or HeaderMapping()
    try:
        if _is_json_file(path):
            if path.stat().st_size > MAX_JSON_BYTES:
                raise RegistryFileError(path, [RowProblem(0, "", f"is larger than {MAX_JSON_BYTES >> 20} MiB; "
                                                                 "give a registry this large as CSV")])
            return _read_json(path, path.read_bytes().decode("utf-8-sig"), mapping)
        # A CSV file is read as a stream of rows, each made an Agency at once: the file's
        # text and its rows are never all in memory beside the agencies made from them.
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return _read_csv(path, handle, mapping)
    except OSError as error:
        raise RegistryFileError(path, [RowProblem(0, "", f"cannot be read: {error.strerror or error}")]) from error
    except UnicodeDecodeError as error:
        raise _not_utf8(path) from error


def looks_like_json(head: bytes) -> bool:
    """Whether a registry file starting with ``head`` is JSON (a list, or by mistake an object), not CSV.

    No CSV registry starts with a bracket: its first line is the header, and every
    header names a column.
    """
    return head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")[:1] in (b"[", b"{")


def _is_json_file(path: Path) -> bool:
    """A ``.json`` file is JSON and a ``.csv`` file CSV; a file named otherwise is told by its first bytes."""
    suffix = path.suffix.lower()
    if suffix in (".json", ".csv"):
        return suffix == ".json"
    with path.open("rb") as handle:
        return looks_like_json(handle.read(4096))


def _not_utf8(path: Path) -> RegistryFileError:
    """The problem with a file that is not UTF-8: the line of its first bad byte."""
    try:
        raw = path.read_bytes()
        raw.decode("utf-8-sig")
    except OSError as error:
        return RegistryFileError(path, [RowProblem(0, "", f"cannot be read: {error.strerror or error}")])
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return RegistryFileError(path, [RowProblem(line, "", "is not UTF-8 text (save the file as \"CSV UTF-8\")")])
    return RegistryFileError(path, [RowProblem(0, "", "changed while it was being read")])


def _read_csv(path: Path, handle: TextIO, mapping: HeaderMapping) -> RegistryFile:
    header_line = handle.readline()
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    rows = csv.reader(itertools.chain([header_line] if header_line else [], handle), delimiter=delimiter)
    try:
        return _read_csv_rows(path, handle, rows, mapping)
    except csv.Error as error:
        # The csv module's limits: a cell over csv.field_size_limit() characters, or quoting it cannot read.
        reason = (f"has a cell longer than {csv.field_size_limit():,} characters" if "field larger" in str(error)
                  else f"cannot be read as CSV ({error})")
        raise RegistryFileError(path, [RowProblem(rows.line_num, "", reason, "line")]) from error


def _read_csv_rows(path: Path, handle: TextIO, rows: Iterator[list[str]], mapping: HeaderMapping) -> RegistryFile:
    header = next(rows, None)
    if header is None:
        raise RegistryFileError(path, [RowProblem(0, "", "is empty")])
    columns: dict[int, str] = {}
    ignored: list[str] = []
    problems: list[RowProblem] = []
    for index, title in enumerate(header):
        canonical = mapping.canonical(title)
        if canonical is None:
            if title.strip():
                ignored.append(title)
        elif canonical in columns.values():
            problems.append(RowProblem(1, title, f"is a second \"{canonical}\" column"))
        else:
            columns[index] = canonical
    for needed in REQUIRED:
        if needed not in columns.values():
            problems.append(RowProblem(1, needed, "this column is missing (see --mapping for other names)"))
    if problems:
        for _ in handle:  # a file that is not UTF-8 is told as that first, wherever the bad byte is
            pass
        raise RegistryFileError(path, problems)

    titles = {canonical: header[index] for index, canonical in columns.items()}
    return RegistryFile(_build(path, _csv_records(rows, columns), titles, "row"), ignored)


def _csv_records(rows: Iterator[list[str]], columns: Mapping[int, str]
                 ) -> Iterator[tuple[int, int, dict[str, str]]]:
    """(row number, 0, {canonical column: cell}) for each row that is not blank: a row is its own place."""
    names = tuple(columns.values())
    cells = operator.itemgetter(*columns) if len(columns) > 1 else None
    width = max(columns) + 1
    # Numbered as records, not lines: a quoted cell with a newline is still one spreadsheet row.
    for number, row in enumerate(rows, start=2):
        if not "".join(row).strip():  # blank: every cell empty or spaces
            continue
        if cells is not None and len(row) >= width:
            yield number, 0, dict(zip(names, cells(row), strict=True))
        else:
            yield number, 0, {canonical: row[i] if i < len(row) else "" for i, canonical in columns.items()}


def _read_json(path: Path, text: str, mapping: HeaderMapping) -> RegistryFile:
    try:
        if not text.startswith("[", _skip_space(text, 0)):
            json.loads(text)  # JSON, but not a list; or not JSON at all, told with its line
            raise RegistryFileError(path, [RowProblem(0, "", "must be a JSON list of agency objects")])
        return _read_json_items(path, _json_items(text), mapping)
    except json.JSONDecodeError as error:
        raise RegistryFileError(path, [RowProblem(error.lineno, "", f"is not JSON: {error.msg}", "line")]) from error
    except RecursionError as error:
        raise RegistryFileError(path, [RowProblem(0, "", "is nested too deeply to be a registry")]) from error
    except ValueError as error:  # Python will not read an integer of more than sys.get_int_max_str_digits()
        raise RegistryFileError(path, [RowProblem(0, "", f"holds a number too long to read ({error})")]) from error


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, position: int) -> int:
    found = _JSON_SPACE.match(text, position)
    return found.end() if found else position


def _json_items(text: str) -> Iterator[tuple[int, Any]]:
    """(line where it starts, value) for each item of the JSON list ``text``, one at a time.

    The list is walked item by item with the standard decoder, only to know where each
    item starts (``json.loads`` keeps no positions); each item can be let go once read.
    Raises what ``json.loads`` would, when it comes to the place it would.
    """
    decoder = json.JSONDecoder()
    line, counted = 1, 0
    position = _skip_space(text, _skip_space(text, 0) + 1)  # past the "["
    if text.startswith("]", position):
        position += 1
    else:
        while True:
            line += text.count("\n", counted, position)
            counted = position
            value, position = decoder.raw_decode(text, position)
            yield line, value
            position = _skip_space(text, position)
            if text.startswith(",", position):
                position = _skip_space(text, position + 1)
            elif text.startswith("]", position):
                position += 1
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
    position = _skip_space(text, position)
    if position != len(text):
        raise json.JSONDecodeError("Extra data", text, position)


def _read_json_items(path: Path, items: Iterable[tuple[int, Any]], mapping: HeaderMapping) -> RegistryFile:
    records: list[tuple[int, int, dict[str, str]]] = []
    problems: list[RowProblem] = []
    ignored: set[str] = set()
    # Items of one file mostly have the same keys in the same order: each such layout is read once.
    layouts: dict[tuple[str, ...], tuple[tuple[str | None, ...], tuple[tuple[str, str], ...]]] = {}
    for number, (line, item) in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(RowProblem(number, "", "is not an object", "item", line))
            continue
        keys = tuple(item)
        layout = layouts.get(keys)
        if layout is None:
            layout = layouts[keys] = _json_layout(keys, mapping, ignored)
        columns, seconds = layout
        for key, canonical in seconds:
            problems.append(RowProblem(number, key, f"is a second \"{canonical}\" field", "item", line))
        cells = zip(columns, item.values(), strict=True)
        records.append((number, line, {column: _json_cell(value) for column, value in cells if column is not None}))
    if problems:
        raise RegistryFileError(path, problems)
    titles = {key: key for key in BUILTIN_ALIASES}
    return RegistryFile(_build(path, records, titles, "item"), sorted(ignored))


def _json_layout(keys: tuple[str, ...], mapping: HeaderMapping, ignored: set[str]
                 ) -> tuple[tuple[str | None, ...], tuple[tuple[str, str], ...]]:
    """For an item's keys: the column each names (None: not read), and (key, column) for a second key of a column.

    Keys not understood are added to ``ignored``.
    """
    columns: list[str | None] = []
    seconds: list[tuple[str, str]] = []
    for key in keys:
        canonical = mapping.canonical(key)
        if canonical is None:
            ignored.add(key)
        elif canonical in columns:
            seconds.append((key, canonical))
            canonical = None
        columns.append(canonical)
    return tuple(columns), tuple(seconds)


def _json_cell(value: Any) -> str:
    # Lists are the JSON way to write what a CSV cell joins with "|".
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "|".join(_json_cell(item) for item in value)
    if isinstance(value, dict):
        return "|".join(f"{key}:{_json_cell(item)}" for key, item in value.items())
    return str(value)


def _build(path: Path, records: Iterable[tuple[int, int, dict[str, str]]], titles: Mapping[str, str],
           unit: str) -> list[Agency]:
    """Agencies from (number, line or 0, {canonical column: cell}) records; every problem at once."""
    reader = _RowReader(titles, unit)
    agencies: list[Agency] = []
    problems = reader.problems
    first_of: dict[str, tuple[int, int]] = {}  # (number, line) where each agency was first seen
    with _collector_paused():
        for number, line, record in records:
            agency = reader.agency(number, record, line)
            if agency is None:
                continue
            first = first_of.get(agency.id)
            if first is not None:
                column = "id" if record.get("id", "").strip() else "licence_number"
                earlier = RowProblem(first[0], "", "", unit, first[1]).where
                problems.append(RowProblem(number, titles.get(column, column), f"same agency as {earlier}",
                                           unit, line))
                continue
            first_of[agency.id] = (number, line)
            agencies.append(agency)
    if problems:
        raise RegistryFileError(path, problems)
    return agencies


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while (if it was on), on again after.

    Reading a registry makes a few hundred thousand objects and keeps them all, with
    no cycles among them: each collection in between would find nothing, and it
    walks every object made so far (a third of the reading time, at 100,000 rows).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _text(value: str) -> str:
    """A cell as stored: runs of spaces, tabs and line breaks are one space; none at the ends."""
    return " ".join(value.split())


class _RowReader:
    """Checks records one at a time; problems pile up (in ``problems``) instead of stopping at the first.

    What many rows share (dates, status words, country lists, the licensing authority)
    is worked out and kept once: the agencies of one file share those objects.
    """

    def __init__(self, titles: Mapping[str, str], unit: str) -> None:
        self.titles, self.unit = titles, unit
        self.problems: list[RowProblem] = []
        self._number = 0
        self._line = 0
        self._dates: dict[str, date | None] = {}
        self._folded: dict[str, str] = {}
        self._destinations: dict[str, tuple[Destination, ...]] = {}
        self._codes: dict[str, str | None] = {}  # a country as written -> its code
        self._changes: dict[tuple[str, date, str], StatusChange] = {}
        self._shared: dict[str, str] = {}

    def problem(self, column: str, reason: str) -> None:
        self.problems.append(RowProblem(self._number, self.titles.get(column, column), reason, self.unit,
                                        self._line))

    def date(self, column: str, value: str) -> date | None:
        """``value`` (already stripped) as a date; None, and a problem, if it is not one."""
        if not value:
            return None
        try:
            parsed = self._dates[value]
        except KeyError:
            parsed = self._dates[value] = parse_date(value)
        if parsed is None:
            self.problem(column, f"\"{value}\" is not a date (use 2026-05-01 or 01.05.2026)")
        return parsed

    def fold(self, text: str) -> str:
        try:
            return self._folded[text]
        except KeyError:
            folded = self._folded[text] = fold(text)
            return folded

    def shared(self, text: str) -> str:
        """One string object for every equal ``text`` of this file."""
        return self._shared.setdefault(text, text)

    def agency(self, number: int, record: dict[str, str], line: int = 0) -> Agency | None:
        self._number, self._line = number, line
        if _NOT_TEXT.search("".join(record.values())):  # one search per row; which cell, only when needed
            for column, cell in record.items():
                if found := _NOT_TEXT.search(cell):
                    self.problem(column, f"holds U+{ord(found.group()):04X}, which is not text a screen can show")
            return None
        problems_before = len(self.problems)
        get = record.get
        names = [part for part in map(str.strip, get("name", "").split("|")) if part]
        if not names:
            self.problem("name", "is empty")
        akas = names[1:] + [part for part in map(str.strip, get("aka", "").split("|")) if part]

        licence = _text(get("licence_number", ""))
        agency_id = _text(get("id", "")) or normalise_licence(licence)
        if not licence and not agency_id:
            self.problem("licence_number", "is empty")

        raw_status = _text(get("status", ""))
        status = STATUS_WORDS.get(self.fold(raw_status))
        if status is None:
            known = "active, suspended, revoked, expired, rejected"
            self.problem("status", f"\"{raw_status}\" is not a status ({known}, or in Russian or Uzbek)")

        issued = self.date("issued", _text(get("issued", "")))
        expires_text = _text(get("expires", ""))
        expires = self.date("expires", expires_text)
        since_text = _text(get("status_since", ""))
        since = self.date("status_since", since_text)
        if since is None and not since_text:
            since = issued
            if since is None and status is not None:
                self.problem("status_since", "is empty, and so is the issue date it would default to")
        if issued and expires and expires < issued:
            self.problem("expires", f"\"{expires_text}\" is before the issue date")

        destinations = self.destinations(get("countries", ""))

        fictional_cell = _text(get("fictional", ""))
        fictional_text = self.fold(fictional_cell)
        fictional = fictional_text in _YES
        if not fictional and fictional_text not in _NO:
            self.problem("fictional", f"\"{fictional_cell}\" is not yes or no")

        if len(self.problems) > problems_before or status is None or since is None:
            return None
        # A standard reason in any wording is stored as its code, to be shown in every language.
        reason = self.shared(reasons.normalise(_text(get("reason", ""))))
        change = self._changes.get((status, since, reason))
        if change is None:
            change = self._changes[status, since, reason] = StatusChange(status, since, reason)
        return Agency(
            id=agency_id,
            names=(AgencyName(names[0], "official"), *(AgencyName(n, "aka") for n in akas)),
            licence_number=licence,
            authority=self.shared(_text(get("authority", ""))),
            status=status,
            status_since=since,
            issued=issued,
            expires=expires,
            destinations=destinations,
            address=_text(get("address", "")),
            phone=_text(get("phone", "")),
            website=_text(get("website", "")),
            branches=tuple(part for part in map(str.strip, get("branches", "").split("|")) if part),
            fictional=fictional,
            changed_at="",
            history=(change,),
        )

    def destinations(self, cell: str) -> tuple[Destination, ...]:
        known = self._destinations.get(cell)
        if known is not None:
            return known
        problems_before = len(self.problems)
        out: list[Destination] = []
        seen: set[str] = set()
        for part in _COUNTRY_SEPARATORS.split(cell):
            part = part.strip()
            if not part:
                continue
            named, _, until_text = part.partition(":")
            try:
                code = self._codes[named]
            except KeyError:
                code = self._codes[named] = country_code(named)
            if code is None:
                self.problem("countries", f"\"{named.strip()}\" is not a country the kiosk knows: {_names_accepted()}")
                continue
            if code in seen:
                self.problem("countries", f"{code} is listed twice")
                continue
            seen.add(code)
            until = self.date("countries", until_text.strip()) if until_text.strip() else None
            out.append(Destination(code, until))
        found = tuple(out)
        if len(self.problems) == problems_before:  # a list with problems is told again on every row it is on
            self._destinations[cell] = found
        return found


# Names registries use that the kiosk's own tables word otherwise; none of them is another country's code.
_OTHER_COUNTRY_NAMES = {"Turkey": "TR", "UAE": "AE", "USA": "US", "UK": "GB", "Great Britain": "GB",
                        "Republic of Korea": "KR", "Czech Republic": "CZ"}


def _country_fold(text: str) -> str:
    """How country names are compared: as :func:`fold`, and without accents or apostrophes (Türkiye, Qozogʻiston)."""
    decomposed = unicodedata.normalize("NFKD", fold(text).replace("'", ""))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@cache
def _country_names() -> dict[str, str]:
    """Every name of every country of :mod:`kiosk.agencies.countries`, folded, and its code."""
    from kiosk.agencies.countries import COUNTRIES

    names = {_country_fold(name): code for name, code in _OTHER_COUNTRY_NAMES.items()}
    for country in COUNTRIES:
        for name in country.names.values():
            names.setdefault(_country_fold(name), country.code)
    return names


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code ``text`` names: a code (any two Latin letters, in any case, since a registry may
    permit a country the kiosk has no name for) or a name in any of the kiosk's languages; None for neither."""
    named = _country_names().get(_country_fold(text))
    if named is not None:
        return named
    code = text.strip().upper()
    return code if _COUNTRY.fullmatch(code) else None


@cache
def _names_accepted() -> str:
    """What an unknown country's problem says is accepted: codes, and the countries named (in English here)."""
    from kiosk.agencies.countries import COUNTRIES

    return ("use a two-letter ISO code (RU, KR, DE, ...) or the name, in Uzbek, Russian, Kyrgyz, Tajik or English, "
            "of one of: " + ", ".join(country.names["en"] for country in COUNTRIES))


def parse_date(text: str) -> date | None:
    """``2026-05-01`` or ``01.05.2026``; None for anything else, or a day that does not exist."""
    text = text.strip()
    try:
        if _ISO.fullmatch(text):
            return date.fromisoformat(text)
        match = _DMY.fullmatch(text)
        if match:
            day, month, year = (int(group) for group in match.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class RemovalLimit:
    """How much of the stored registry one import may remove: a file cut short must not empty it.

    ``share`` is a fraction of the agencies stored (0.2: a fifth); ``None`` lets
    any removal through (``--allow-removals``).
    """

    share: float | None = DEFAULT_REMOVAL_SHARE

    def exceeded_by(self, summary: ImportSummary, stored: int) -> bool:
        if self.share is None or summary.removed == 0:
            return False
        return summary.removed == stored or summary.removed > self.share * stored

    def approve(self, summary: ImportSummary, stored: int) -> None:
        """For :func:`replace_registry`: raise :class:`MassRemoval` when the limit is exceeded."""
        if self.exceeded_by(summary, stored):
            raise MassRemoval(summary, stored, self.share or 0.0)


def main_import(store: Store, path: Path, mapping_path: Path | None, dry_run: bool, out: TextIO,
                as_of: date | None = None, rebuild: Callable[[Store], object] | None = None,
                limit: RemovalLimit | None = None) -> int:
    """``kiosk agencies import FILE [--mapping FILE] [--dry-run] [--allow-removals]``: 0 when applied (or would be)."""
    limit = limit or RemovalLimit()
    try:
        mapping = HeaderMapping.load(mapping_path) if mapping_path is not None else None
        registry = read_registry_file(path, mapping)
    except MappingFileError as error:
        print(f"mapping file: {error}", file=out)
        return 1
    except RegistryFileError as error:
        for problem in error.problems:
            print(problem, file=out)
        print(f"{path}: {len(error.problems)} problem(s); nothing was imported", file=out)
        return 1
    if registry.ignored_columns:
        print("ignored columns: " + ", ".join(f'"{c}"' for c in registry.ignored_columns), file=out)
    as_of = as_of or date.today()
    if dry_run:
        stored: list[int] = []
        summary = _dry_run(store, registry.agencies, as_of, str(path), rebuild,
                           lambda _, count: stored.append(count))
        print(f"dry run: {summary}; nothing was changed", file=out)
        if stored and limit.exceeded_by(summary, stored[0]):
            refusal = MassRemoval(summary, stored[0], limit.share or 0.0)
            print(f"without --allow-removals this import would stop: {refusal}", file=out)
        return 0
    try:
        summary = replace_registry(store, registry.agencies, as_of, str(path), rebuild, limit.approve)
    except MassRemoval as refused:
        print(f"stopped: {refused}; nothing was changed. Check that {path} is the whole registry, "
              "or import it with --allow-removals if the removal is meant (--dry-run shows the counts)", file=out)
        return 1
    print(summary, file=out)
    return 0


class _Undo(Exception):
    pass


def _dry_run(store: Store, agencies: list[Agency], as_of: date, source: str,
             rebuild: Callable[[Store], object] | None,
             approve: Callable[[ImportSummary, int], None]) -> ImportSummary:
    # The real comparison, rolled back: a dry run cannot disagree with the import it predicts.
    result: list[ImportSummary] = []
    try:
        with store.transaction():
            result.append(replace_registry(store, agencies, as_of, source, rebuild, approve))
            raise _Undo
    except _Undo:
        pass
    return result[0]

"""Agency lookup benchmark: ``lookup`` beside the raw indexed query it makes, in the same run.

Run: ``.venv/bin/python tests/benchmarks/agency_lookup.py [--agencies N] [--queries Q]``.

The registry is ``kiosk.agencies.sample.generate(N, seed)`` (100,000 fictional
agencies in the shapes real registries give names: Uzbek private employment
agencies, Kyrgyz ones with English words in Cyrillic, MChJ, ООО ...), inserted
with SQL, then indexed with ``rebuild_lookup_index``. Query kinds, Q of each
(fewer where the registry has fewer agencies to make them from), drawn from it:

- ``prefix 3``: the first word of a Latin name cut to 3 letters;
- ``prefix +2``: the first word and 2 letters of the second;
- ``typo``: a Latin name with one letter of its longest word changed;
- ``other script``: a Latin name written in Uzbek Cyrillic (``latin_to_cyrillic``);
- ``legal form``: a Latin name with its legal form spelt out another way
  (MChJ as "mas'uliyati cheklangan jamiyati", XBA as "частное агентство занятости" ...);
- ``abbreviation``: a private employment agency's name with "xususiy bandlik
  agentligi" as XBA, ХБА or ЧАЗ;
- ``digits``: a name with digits typed joined if registered apart, apart if joined
  ("Zarvin4you" as "Zarvin 4 you");
- ``cyrillic sound``: a Latin name with English words typed as they sound in
  Cyrillic ("Зарвин Брайт Уорк" for "Zarvin Bright Work");
- ``latin sound``: the reverse, for an agency registered in Cyrillic only ("Zarvin
  Golden Work" for "ОсОО «Зарвин Голден Ворк»");
- ``licence``: the licence number in lower case with spaces for dashes;
- ``absent``: names of the same shapes built on roots no agency has: whatever is
  found is a false find, so here the ``found`` share is the one to keep low.

The floor for each is the raw statement lookup runs for it, with its query
already built: the FTS5 ``MATCH`` of the words as typed (of similar keys for
typos, of sound-alike keys for the sound kinds), or for licences the indexed
``SELECT`` on ``agency_lookup_licences``. Target: p99 <= 15 ms. Quality beside
speed: the share of queries that find anything, that find the agency the query
was made from first, and at all (in the 20 shown).

A 3-letter prefix of a 100,000-agency registry is the beginning of hundreds of
names, so the agency it was cut from comes first only by chance, whatever the
ranking. ``letters to 1st`` says what typing costs instead: for agencies drawn at
random, how many letters of the name, typed one at a time, until it comes first
(median, and the share for which it never does).

Prints a table, writes benchmark-results/agency_lookup.json. Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.agencies import lookup as lookup_module  # noqa: E402
from kiosk.agencies import sample  # noqa: E402
from kiosk.agencies.lookup import CANDIDATES, licence_key, lookup, rebuild_lookup_index  # noqa: E402
from kiosk.paths import DataPaths  # noqa: E402
from kiosk.store import Store, open_store  # noqa: E402
from kiosk.text.normalise import words  # noqa: E402
from kiosk.text.uzbek import cyrillic_to_latin, latin_to_cyrillic  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402

TARGET_P99_MS = 15.0
MATCH_SQL = "SELECT rowid FROM agency_lookup_search WHERE agency_lookup_search MATCH ? ORDER BY rowid LIMIT ?"
LICENCE_SQL = "SELECT agency_id FROM agency_lookup_licences WHERE licence_key >= ? AND licence_key < ? LIMIT 20"
KINDS = ("prefix 3", "prefix +2", "typo", "other script", "legal form", "abbreviation", "digits", "cyrillic sound",
         "latin sound", "licence", "absent")
# How each kind's floor is built: the stage that answers it.
SOUND_KINDS = frozenset({"cyrillic sound", "latin sound"})

Agency = tuple[str, str, list[str]]

# Legal forms as the sample writes them, each with other ways people write the same form.
SPELT_OUT = {
    "MChJ": ("mas'uliyati cheklangan jamiyati", "масъулияти чекланган жамияти", "ООО"),
    "XK": ("xususiy korxona", "хусусий корхона"),
    "LLC": ("limited liability company", "ООО", "Ltd"),
    "XBA": ("xususiy bandlik agentligi", "частное агентство занятости", "хусусий бандлик агентлиги"),
    "xususiy bandlik agentligi": ("XBA", "частное агентство занятости", "ХБА"),
}
ABBREVIATIONS = ("XBA", "ХБА", "ЧАЗ", "xba")
EMPLOYMENT_AGENCY = re.compile(r"\s*xususiy bandlik agentligi\s*", re.IGNORECASE)
LEGAL_AT_END = re.compile(r"\s+(MChJ|XK|LLC|XBA|xususiy bandlik agentligi)$", re.IGNORECASE)
JOINED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
APART = re.compile(r"(?<=[^\W\d_]) (?=\d)|(?<=\d) (?=[^\W\d_])")
CYRILLIC_ENGLISH = {spelling for spellings in sample.ENGLISH_IN_CYRILLIC.values() for spelling in spellings}


def load(store: Store, rows: list[dict[str, str]]) -> tuple[list[Agency], float]:
    agencies = [(row["id"], row["licence_number"], [name.strip() for name in row["name"].split("|") if name.strip()])
                for row in rows]
    started = time.perf_counter()
    with store.transaction() as db:
        db.conn.executemany(
            "INSERT INTO agencies(id, licence_number, licence_key, authority, status, status_since, changed_at) "
            "VALUES (?, ?, ?, 'bench', 'active', '2025-01-01', '2025-01-01')",
            [(agency_id, number, licence_key(number)) for agency_id, number, _ in agencies],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO agency_names(agency_id, name, kind) VALUES (?, ?, 'official')",
            [(agency_id, name) for agency_id, _, names in agencies for name in names],
        )
    return agencies, time.perf_counter() - started


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def latin_name(names: list[str]) -> str | None:
    return next((name for name in names if not is_cyrillic(name)), None)


def unquoted(name: str) -> str:
    return name.replace('"', "")


def english_words(name: str) -> list[str]:
    return [word for word in words(name) if word.capitalize() in sample.ENGLISH_IN_CYRILLIC]


def in_cyrillic(rng: random.Random, name: str) -> str | None:
    """``name`` (a Latin one with English words) as typed in Cyrillic: root transliterated, English by sound."""
    name = EMPLOYMENT_AGENCY.sub(" ", LEGAL_AT_END.sub("", unquoted(name))).strip()
    typed = []
    for word in words(name):
        spellings = sample.ENGLISH_IN_CYRILLIC.get(word.capitalize())
        typed.append(rng.choice(spellings) if spellings else sample._to_russian(word))
    return " ".join(typed) if english_words(name) else None


def in_latin(names: list[str]) -> str | None:
    """A Cyrillic-only name with English words, as typed in Latin: the root as invented, English as spelt."""
    if len(names) != 1 or not is_cyrillic(names[0]) or not CYRILLIC_ENGLISH.intersection(words(names[0])):
        return None
    english = {spelling: word for word, spellings in sample.ENGLISH_IN_CYRILLIC.items() for spelling in spellings}
    inner = names[0].split("«", 1)[-1].rstrip("»")
    return " ".join(english.get(word) or cyrillic_to_latin(word) for word in words(inner))


def make_queries(agencies: list[Agency], rows: list[dict[str, str]], per_kind: int,
                 seed: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Queries of each kind, and for each the id of the agency it was made from ("" for absent ones)."""
    rng = random.Random(seed)
    queries: dict[str, list[str]] = {kind: [] for kind in KINDS}
    sources: dict[str, list[str]] = {kind: [] for kind in KINDS}
    # Every word of every name, in one script and case: an absent name's root must be none of them.
    known = {latin_to_cyrillic(word).lower() for _, _, names in agencies for name in names for word in words(name)}

    def add(kind: str, query: str | None, source: str) -> None:
        if query and len(queries[kind]) < per_kind:
            queries[kind].append(query)
            sources[kind].append(source)

    for agency_id, number, names in rng.sample(agencies, len(agencies)):
        if min(len(values) for values in queries.values()) >= per_kind:
            break
        name = latin_name(names)
        add("latin sound", in_latin(names), agency_id)
        add("licence", number.lower().replace("-", " "), agency_id)
        if name is None:
            continue
        plain = unquoted(name)
        name_words = [word for word in words(name) if len(word) >= 3]
        if name_words:
            add("prefix 3", name_words[0][:3], agency_id)
        if len(name_words) >= 2:
            add("prefix +2", f"{name_words[0]} {name_words[1][:2]}", agency_id)
        longest = max(name_words, key=len, default="")
        if len(longest) >= 5:
            at = rng.randrange(1, len(longest) - 1)
            wrong = rng.choice([c for c in "abdeiklmnorstuz" if c != longest[at].lower()])
            add("typo", plain.replace(longest, longest[:at] + wrong + longest[at + 1:], 1), agency_id)
        add("other script", latin_to_cyrillic(plain), agency_id)
        for form, others in SPELT_OUT.items():
            if re.search(rf"(?i)\b{form}$", plain):
                add("legal form", re.sub(rf"(?i)\b{form}$", rng.choice(others), plain), agency_id)
                break
        if EMPLOYMENT_AGENCY.search(plain):
            add("abbreviation", f"{EMPLOYMENT_AGENCY.sub(' ', plain).strip()} {rng.choice(ABBREVIATIONS)}", agency_id)
        if JOINED.search(plain):
            toggled = APART.sub("", plain) if APART.search(plain) else JOINED.sub(" ", plain)
            add("digits", toggled, agency_id)
        add("cyrillic sound", in_cyrillic(rng, name), agency_id)
    # Names of the same shapes on roots no agency has: a registry of another seed, its roots checked.
    for row in sample.generate(per_kind * 3, seed + 1):
        name = latin_name([n.strip() for n in row["name"].split("|")])
        if name and latin_to_cyrillic(words(name)[0]).lower() not in known:
            add("absent", unquoted(name), "")
    return queries, sources


def raw_statement(store: Store, kind: str, query: str) -> Callable[[], object]:
    """The indexed statement lookup runs for ``query``, built beforehand, as a no-argument call."""
    db = store.db.conn
    if kind == "licence":
        key = licence_key(query)
        return lambda: db.execute(LICENCE_SQL, [key, key + "\U0010ffff"]).fetchall()
    parsed = lookup_module._parse(query)
    similar = lookup_module._Similar(db)
    if kind == "typo":
        widen = lookup_module._widening(lookup_module._known_words(db, parsed))[0]
        expression = lookup_module._similar_expression(parsed, similar, widen)
    elif kind in SOUND_KINDS:
        expression = lookup_module._sounds_alike_expression(parsed, similar)
    else:
        expression = lookup_module._exact_expression(parsed)
    if expression is None:
        return lambda: None
    return lambda: db.execute(MATCH_SQL, [expression, CANDIDATES]).fetchall()


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def letters_to_first(store: Store, agencies: list[Agency], count: int, seed: int) -> dict[str, float]:
    """Type Latin names one letter at a time: how many letters until the agency comes first."""
    rng = random.Random(seed)
    needed: list[int] = []
    lengths: list[int] = []
    never = 0
    for agency_id, _, names in rng.sample(agencies, count * 2):
        name = latin_name(names)
        if name is None or len(needed) + never >= count:
            continue
        typed = unquoted(name)
        lengths.append(len(typed))
        for letters in range(1, len(typed) + 1):
            if typed[letters - 1] == " ":
                continue
            result = lookup(store, typed[:letters])
            if result and result[0].agency_id == agency_id:
                needed.append(letters)
                break
        else:
            never += 1
    return {"names": len(lengths), "median_letters": statistics.median(needed) if needed else 0.0,
            "median_name_length": statistics.median(lengths) if lengths else 0.0,
            "never_first_share": round(never / max(1, len(lengths)), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--typed", type=int, default=100, help="names typed letter by letter")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(DataPaths(Path(folder)))
        rows = sample.generate(args.agencies, args.seed)
        agencies, insert_seconds = load(store, rows)
        started = time.perf_counter()
        names = rebuild_lookup_index(store)
        index_seconds = time.perf_counter() - started
        queries, sources = make_queries(agencies, rows, args.queries, args.seed)

        report: dict[str, object] = {
            "agencies": len(agencies), "names_indexed": names, "insert_s": round(insert_seconds, 2),
            "rebuild_index_s": round(index_seconds, 2), "target_p99_ms": TARGET_P99_MS, "kinds": {},
        }
        kinds: dict[str, dict[str, float]] = {}
        for kind, kind_queries in queries.items():
            if not kind_queries:
                continue
            for query in kind_queries[:20]:  # warm the page cache and the key caches alike for both
                lookup(store, query)
                raw_statement(store, kind, query)()
            ours, floor, found, first, anywhere = [], [], 0, 0, 0
            for query, source in zip(kind_queries, sources[kind], strict=True):
                raw = raw_statement(store, kind, query)
                floor.append(timed(raw))
                started = time.perf_counter()
                result = lookup(store, query)
                ours.append((time.perf_counter() - started) * 1000)
                found += bool(result)
                first += bool(result) and result[0].agency_id == source
                anywhere += any(match.agency_id == source for match in result)
            kinds[kind] = {
                "queries": len(kind_queries), "found_share": round(found / len(kind_queries), 3),
                "source_first_share": round(first / len(kind_queries), 3),
                "source_found_share": round(anywhere / len(kind_queries), 3),
                "lookup_p50_ms": round(statistics.median(ours), 3), "lookup_p99_ms": round(percentile(ours, 0.99), 3),
                "raw_p50_ms": round(statistics.median(floor), 3), "raw_p99_ms": round(percentile(floor, 0.99), 3),
            }
            kinds[kind]["ratio_p50"] = round(kinds[kind]["lookup_p50_ms"] / max(kinds[kind]["raw_p50_ms"], 1e-6), 1)
        report["kinds"] = kinds
        typing = letters_to_first(store, agencies, args.typed, args.seed) if args.typed else {}
        report["letters_to_first"] = typing
        store.close()

    print(f"{len(agencies):,} agencies, {names:,} names; insert {insert_seconds:.1f} s, "
          f"rebuild_lookup_index {index_seconds:.1f} s")
    header = (f"{'kind':<15}{'n':>5}{'found':>7}{'source 1st':>11}{'in list':>8}{'lookup p50':>12}{'p99':>9}"
              f"{'raw p50':>10}{'p99':>9}{'p50 ratio':>11}  target")
    print(header)
    print("-" * len(header))
    for kind, row in kinds.items():
        verdict = "ok" if row["lookup_p99_ms"] <= TARGET_P99_MS else "OVER"
        print(f"{kind:<15}{row['queries']:>5.0f}{row['found_share']:>7.0%}{row['source_first_share']:>11.0%}"
              f"{row['source_found_share']:>8.0%}{row['lookup_p50_ms']:>10.2f}ms{row['lookup_p99_ms']:>7.2f}ms"
              f"{row['raw_p50_ms']:>8.2f}ms{row['raw_p99_ms']:>7.2f}ms{row['ratio_p50']:>10.1f}x  {verdict}")
    if typing:
        print(f"letters to 1st: typing {typing['names']:.0f} Latin names one letter at a time, the agency comes "
              f"first after {typing['median_letters']:g} letters (median; names {typing['median_name_length']:g}); "
              f"never for {typing['never_first_share']:.0%}")
    print("absent: queries for names no agency has; 'found' is the share with a false find.")
    write_results("agency_lookup", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

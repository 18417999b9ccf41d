"""How often the article search puts an acceptable article in the top 3, per language.

Run: ``.venv/bin/python tests/search_eval/evaluate.py [--misses] [--json FILE]``.

The queries are ``tests/search_eval/<language>.toml``: what people type at the
kiosk when they describe a problem, each with the articles a caseworker would
hand over (``accept``). The search runs over the bundled ``content/`` tree,
loaded into a fresh cache the way the kiosk loads it. Prints the share per
language and overall; ``--misses`` lists every query that missed, with what
came first instead. The target is 90% in every language.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk import languages  # noqa: E402
from kiosk.content.articles import read_tree  # noqa: E402
from kiosk.content.bundle import apply_tree  # noqa: E402
from kiosk.content.search import rebuild_index, search_articles  # noqa: E402
from kiosk.paths import BUNDLED_CONTENT_DIR, DataPaths  # noqa: E402
from kiosk.store import Store, open_store  # noqa: E402

HERE = Path(__file__).resolve().parent
TOP = 3
TARGET = 0.90


@dataclass(frozen=True)
class Query:
    language: str
    text: str
    accept: tuple[str, ...]


class EvalFileError(ValueError):
    """A query file is malformed; the message names the file and the query."""


def read_queries(language: str, folder: Path = HERE) -> list[Query]:
    path = folder / f"{language}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise EvalFileError(f"{path}: not valid TOML: {error}") from None
    queries = []
    for number, item in enumerate(data.get("query", []), 1):
        text, accept = item.get("text"), item.get("accept")
        if not isinstance(text, str) or not text.strip():
            raise EvalFileError(f"{path}: query {number} has no text")
        if not isinstance(accept, list) or not accept or not all(isinstance(a, str) for a in accept):
            raise EvalFileError(f"{path}: query {number} ({text!r}) needs a list of accepted article ids")
        queries.append(Query(language, text, tuple(accept)))
    return queries


def top_ids(store: Store, query: Query) -> list[str]:
    return [hit.article_id for hit in search_articles(store, query.text, query.language, limit=TOP)]


def evaluate(misses: bool = False, out: TextIO = sys.stdout) -> dict[str, dict[str, float]]:
    """Search every query over the bundled content; print the share per language (and the misses); return them."""
    report: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(DataPaths(Path(scratch)))
        try:
            tree = read_tree(BUNDLED_CONTENT_DIR)
            known = {article.id for article in tree.articles}
            apply_tree(store, tree)
            rebuild_index(store)
            total_hit = total = 0
            for language in languages.TAGS:
                queries = read_queries(language)
                hits = 0
                for query in queries:
                    unknown = set(query.accept) - known
                    if unknown:
                        raise EvalFileError(f"{language}.toml: {query.text!r} accepts unknown articles "
                                            f"{sorted(unknown)}")
                    found = top_ids(store, query)
                    if set(found) & set(query.accept):
                        hits += 1
                    elif misses:
                        print(f"  miss [{language}] {query.text!r}: got {found or 'nothing'}, "
                              f"wanted {list(query.accept)}", file=out)
                share = hits / len(queries) if queries else 0.0
                report[language] = {"queries": len(queries), "top3": hits, "share": share}
                total_hit, total = total_hit + hits, total + len(queries)
                mark = "" if share >= TARGET else f"  (below the {TARGET:.0%} target)"
                print(f"{language:8} {hits:3}/{len(queries):3} = {share:6.1%} with an acceptable article in the "
                      f"top {TOP}{mark}", file=out)
            report["overall"] = {"queries": total, "top3": total_hit, "share": total_hit / total if total else 0.0}
            print(f"{'overall':8} {total_hit:3}/{total:3} = {report['overall']['share']:6.1%}", file=out)
        finally:
            store.close()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the queries that missed")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    report = evaluate(args.misses)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

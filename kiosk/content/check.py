"""``kiosk content check``: every problem in a content tree, not just the first.

Each problem names a file and line an editor can jump to::

    content/articles/documents/passport.ru.md:12: error: link to article 'visa', which does not exist
    content/articles/documents/passport.en.md:7: warning: placeholder to fill: hotline number

Errors stop a build (:func:`kiosk.content.bundle.build_bundle`); warnings
(placeholders a deployment must fill, two articles sharing an ``order``) do not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.content.articles import (
    AUTHORED_LANGUAGES,
    ParsedArticle,
    read_topics_file,
    scan_articles,
    tree_conflicts,
)
from kiosk.content.errors import ContentError
from kiosk.content.synonyms import MIN_ENTRIES, read_synonyms, synonym_files, unknown_meanings

if TYPE_CHECKING:
    from kiosk.content.markdown import Severity


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str
    severity: Severity

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"

    @classmethod
    def of(cls, error: ContentError, severity: Severity = "error") -> Problem:
        return cls(error.path, error.line, error.message, severity)


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[Problem, ...]  # sorted by file, then line
    files: int  # files looked at: topics.toml and every article file

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (f"{_count(len(self.errors), 'error')}, {_count(len(self.warnings), 'warning')} "
                f"in {_count(self.files, 'file')}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def check_tree(content_dir: Path) -> CheckReport:
    """Look at topics.toml and every article file and report every problem found."""
    problems: list[Problem] = []
    topic_ids: set[str] | None
    try:
        topic_ids = {topic.id for topic in read_topics_file(content_dir)}
    except ContentError as error:
        problems.append(Problem.of(error))
        topic_ids = None

    parsed = scan_articles(content_dir)
    for item in parsed:
        problems.extend(Problem.of(error) for error in item.errors)
        problems.extend(Problem.of(warning, "warning") for warning in item.warnings)
    problems.extend(Problem.of(error) for error in tree_conflicts(topic_ids, parsed))
    known = [item for item in parsed if item.language is not None]
    problems.extend(_missing_translations(known))
    problems.extend(_broken_links(known))
    problems.extend(_missing_images(content_dir, known))
    problems.extend(_order_clashes(known))
    synonyms = synonym_files(content_dir)
    problems.extend(_synonym_problems(synonyms, known))
    if not parsed:
        problems.append(Problem(content_dir / "articles", 1, "no articles yet", "warning"))

    ordered = sorted(set(problems), key=lambda p: (str(p.path), p.line, p.severity, p.message))
    return CheckReport(tuple(ordered), files=1 + len(parsed) + len(synonyms))


def _synonym_problems(files: dict[str, Path], parsed: Iterable[ParsedArticle]) -> Iterable[Problem]:
    """Malformed synonyms files, thin ones, and article words no article of the language holds."""
    texts: dict[str, list[str]] = defaultdict(list)
    for item in parsed:
        if item.article is not None and item.language is not None:
            texts[item.language].append(f"{item.article.title}\n{item.article.body}")
    texts["uz-Cyrl"] = texts["uz-Cyrl"] or texts["uz-Latn"]  # generated from uz-Latn unless written
    for language, path in files.items():
        try:
            entries = read_synonyms(path)
        except ContentError as error:
            yield Problem.of(error)
            continue
        if len(entries) < MIN_ENTRIES:
            yield Problem(path, 1, f"only {len(entries)} entries; a language needs at least {MIN_ENTRIES}", "warning")
        for line, phrase in unknown_meanings(entries, language, texts[language]):
            yield Problem(path, line, f"no {language} article has the words of {phrase!r}: check the spelling", "error")


def _missing_translations(parsed: Iterable[ParsedArticle]) -> Iterable[Problem]:
    by_id: dict[str, list[ParsedArticle]] = defaultdict(list)
    for item in parsed:
        by_id[item.id].append(item)
    for article_id, items in by_id.items():
        present = {item.language for item in items}
        missing = [tag for tag in AUTHORED_LANGUAGES if tag not in present]
        if missing:
            english = next((item for item in items if item.language == "en"), items[0])
            yield Problem(english.path, 1, f"article {article_id!r} has no translation in {', '.join(missing)}",
                          "error")


def _broken_links(parsed: list[ParsedArticle]) -> Iterable[Problem]:
    ids = {item.id for item in parsed}
    for item in parsed:
        for link in item.article_links:
            if link.target not in ids:
                yield Problem(item.path, link.line, f"link to article {link.target!r}, which does not exist", "error")


def _missing_images(content_dir: Path, parsed: Iterable[ParsedArticle]) -> Iterable[Problem]:
    for item in parsed:
        for image in item.images:
            target = content_dir / image.target
            if image.target.startswith("images/") and ".." not in image.target.split("/") and not target.is_file():
                yield Problem(item.path, image.line, f"image {image.target!r} not found: no file {target}", "error")


def _order_clashes(parsed: Iterable[ParsedArticle]) -> Iterable[Problem]:
    first: dict[tuple[str, str, int], ParsedArticle] = {}
    for item in parsed:
        if item.topic is None or item.order is None or item.language is None:
            continue
        earlier = first.setdefault((item.topic, item.language, item.order), item)
        if earlier is not item:
            yield Problem(item.path, item.line_of("order"),
                          f"order {item.order} is also used by {earlier.id!r} in topic {item.topic!r} "
                          f"({item.language}); their order on screen is then by id", "warning")


def main_check(content_dir: Path, out: TextIO) -> int:
    """``kiosk content check``: print every problem and a summary; 1 if any is an error."""
    report = check_tree(content_dir)
    for problem in report.problems:
        print(problem, file=out)
    print(report.summary(), file=out)
    return 0 if report.ok else 1


__all__ = ["CheckReport", "Problem", "check_tree", "main_check"]

"""The small Markdown subset articles are written in, checked line by line.

Articles are read on a public touchscreen, often aloud, by people in a hurry. The
subset keeps to what renders the same everywhere and reads well:

- the first non-empty line is the title, ``# Title``; sections are ``## `` and ``### ``;
- paragraphs; ``- `` bullet lists and ``1. `` numbered lists, one level deep,
  each item on one line;
- ``**bold**``; links ``[text](article:<id>)`` to another article or
  ``[text](https://...)``; images ``![what it shows](images/<file>)``, each on a
  line of its own;
- ``[[FILL: what to write]]`` marks text a deployment must supply (a warning).

Everything else (tables, HTML, code, block quotes, nested lists, ``####``,
setext headings, italics, horizontal rules, reference links) is an error, with
its line. This is a checker and a splitter, not a renderer: the stored body
stays the Markdown as authored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from kiosk.text import placeholders as _placeholders

Severity = Literal["error", "warning"]

ARTICLE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ARTICLE_SCHEME = "article:"
IMAGE_DIR = "images/"

_PLACEHOLDER = _placeholders.PATTERN
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)\)")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_BARE_URL = re.compile(r"https?://[^\s<>()\[\]]+")
_WEB_URL = re.compile(r"^https?://[^\s/]+\S*$")
_HTML = re.compile(r"</?[A-Za-z][^>]*>|<!--")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>]*>")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w\\])(_{1,2})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_HEADING = re.compile(r"^(#+)([ \t]*)(.*?)[ \t#]*$")
_BULLET = re.compile(r"^- +(.*)$")
_NUMBERED = re.compile(r"^\d{1,3}\. +(.*)$")
_THEMATIC_BREAK = re.compile(r"^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT_EQUALS = re.compile(r"^=+[ \t]*$")
_SETEXT_DASHES = re.compile(r"^-+[ \t]*$")
_TABLE_SEPARATOR = re.compile(r"^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_REFERENCE_DEFINITION = re.compile(r"^\[[^\]]+\]:")
_IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\([^)\s]*\)$")
_ONE_LINE_ITEM = "a list item is one line: join this line to the item above, or leave a blank line before it"
_LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,3}[.)])(?:[ \t]|$)")
# What transliteration must leave alone: placeholders, link and image targets, bare URLs.
_PROTECTED = re.compile(_placeholders.PATTERN.pattern + r"|\]\([^)\s]*\)|https?://[^\s<>()\[\]]+")


@dataclass(frozen=True)
class Issue:
    line: int
    message: str
    severity: Severity = "error"


@dataclass(frozen=True)
class Link:
    """A link or image target and the line it is written on."""

    line: int
    text: str
    target: str


@dataclass(frozen=True)
class Document:
    title: str  # "" when the title line is missing (an issue says so)
    title_line: int
    body: str  # the Markdown after the title line, blank lines trimmed at both ends
    issues: tuple[Issue, ...]
    article_links: tuple[Link, ...]  # targets are article ids, without "article:"
    images: tuple[Link, ...]  # targets are paths like "images/x.png"


def parse(text: str, first_line: int = 1) -> Document:
    """Check ``text`` (an article after its front matter) against the subset.

    ``first_line`` is the file line of ``text``'s first line, so every issue and
    link carries a line an editor can jump to.
    """
    lines = text.split("\n")
    issues: list[Issue] = []
    links: list[Link] = []
    images: list[Link] = []

    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        issues.append(Issue(first_line, "the article is empty: it needs a `# Title` line and its text"))
        return Document("", first_line, "", tuple(issues), (), ())

    title, title_line = "", first_line + start
    heading = _HEADING.match(lines[start])
    body_from = start
    if heading and len(heading.group(1)) == 1 and heading.group(2) and heading.group(3):
        title = heading.group(3).strip()
        body_from = start + 1
        _check_title(title, title_line, issues)
    else:
        issues.append(Issue(title_line, "the first line must be the title, written `# Title`"))
        if lines[start].lstrip().startswith("#"):
            body_from = start + 1  # one message for a bad title line is enough

    body_lines = [line.rstrip() for line in lines[body_from:]]
    while body_lines and not body_lines[0]:
        body_lines.pop(0)
    while body_lines and not body_lines[-1]:
        body_lines.pop()
    if title and not body_lines:
        issues.append(Issue(title_line, "the article has a title but no text"))

    previous = "blank"  # kind of the line before: blank, paragraph, list, heading
    in_fence = False
    for index in range(body_from, len(lines)):
        line, number = lines[index].rstrip(), first_line + index
        if in_fence:
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = False
            continue
        kind, problem = _classify(line, previous)
        if kind == "fence":
            in_fence = True
        if kind in ("paragraph", "list", "heading") and "![" in line and not _IMAGE_LINE.match(line.strip()):
            problem = problem or "an image goes on a line of its own"
        if problem:
            issues.append(Issue(number, problem))
        if kind in ("paragraph", "list", "heading"):
            _check_inline(_content_of(line, kind), number, issues, links, images)
        previous = "blank" if kind == "blank" else kind
    return Document(title, title_line, "\n".join(body_lines), tuple(issues), tuple(links), tuple(images))


def _check_title(title: str, line: int, issues: list[Issue]) -> None:
    links: list[Link] = []
    images: list[Link] = []
    _check_inline(title, line, issues, links, images)
    plain = _PLACEHOLDER.sub("", title)
    if links or images or "**" in plain:
        issues.append(Issue(line, "the title must be plain text: no links, images or bold"))


def _classify(line: str, previous: str) -> tuple[str, str]:
    """The kind of a body line, and the error message when it is outside the subset."""
    if not line.strip():
        return "blank", ""
    stripped = line.lstrip(" \t")
    indent = line[: len(line) - len(stripped)]
    if stripped.startswith(("```", "~~~")):
        return "fence", "code blocks are not supported"
    if indent:
        if _LIST_MARKER.match(stripped):
            return "error", "nested (indented) lists are not supported: keep every item at the left edge"
        if "\t" in indent or len(indent) >= 4:
            return "error", "indented text is read as code and is not supported: remove the indent"
        if previous == "list":
            return "error", _ONE_LINE_ITEM
        return "error", "remove the indent at the start of the line"
    if stripped.startswith(">"):
        return "error", "block quotes (`>`) are not supported"
    if stripped.startswith("|") or _TABLE_SEPARATOR.match(stripped):
        return "error", "tables are not supported: use a list"
    if _SETEXT_EQUALS.match(stripped) or (_SETEXT_DASHES.match(stripped) and previous == "paragraph"):
        return "error", "underlined headings are not supported: write `## Heading`"
    if _THEMATIC_BREAK.match(stripped):
        return "error", "horizontal rules are not supported: use a `## ` heading to start a section"
    if stripped.startswith("#"):
        heading = _HEADING.match(stripped)
        assert heading is not None  # the pattern accepts any line starting with "#"
        level = len(heading.group(1))
        if not heading.group(2):
            return "error", "write a space after the # of a heading"
        if not heading.group(3):
            return "error", "empty heading"
        if level == 1:
            return "error", "only the title uses `# `: write sections as `## `"
        if level > 3:
            return "error", f"`{'#' * level} ` headings are too deep: use `## ` or `### `"
        return "heading", ""
    if stripped.startswith(("* ", "+ ")) or stripped in ("*", "+"):
        return "error", "write bullet items with `- `"
    if re.match(r"^\d{1,3}\)(?:\s|$)", stripped):
        return "error", "write numbered items as `1. `"
    if stripped == "-" or re.match(r"^\d{1,3}\.$", stripped):
        return "error", "empty list item"
    if _BULLET.match(stripped) or _NUMBERED.match(stripped):
        return "list", ""
    if _REFERENCE_DEFINITION.match(stripped) and not _placeholders.PATTERN.match(stripped):
        return "error", "reference-style links are not supported: write [text](target)"
    if previous == "list":
        # Markdown would glue this line to the item above; the reader would show a paragraph.
        return "paragraph", _ONE_LINE_ITEM
    return "paragraph", ""


def _content_of(line: str, kind: str) -> str:
    text = line.strip()
    if kind == "heading":
        return text.lstrip("#").strip()
    if kind == "list":
        for pattern in (_BULLET, _NUMBERED):
            match = pattern.match(text)
            if match:
                return match.group(1)
    return text


def _check_inline(text: str, line: int, issues: list[Issue], links: list[Link], images: list[Link]) -> None:
    def problem(message: str) -> None:
        issues.append(Issue(line, message))

    for match in _PLACEHOLDER.finditer(text):
        description = match.group(1) or _placeholders.NO_DESCRIPTION
        issues.append(Issue(line, f"placeholder to fill: {description}", "warning"))
    text = _PLACEHOLDER.sub(" ", text)
    if _placeholders.OPENING in text:
        problem("write a placeholder as [[FILL: what to write]], on one line")
        text = text.replace("[[", " ")

    for match in _IMAGE.finditer(text):
        alt, target = match.group(1).strip(), match.group(2)
        images.append(Link(line, alt, target))
        if not alt:
            problem("an image needs a description: ![what it shows](images/...)")
        if not target.startswith(IMAGE_DIR) or ".." in target.split("/") or target == IMAGE_DIR:
            problem(f"image {target!r} must be a file in images/, written images/<file>")
    text = _IMAGE.sub(lambda match: f" {match.group(1)} ", text)

    for match in _LINK.finditer(text):
        label, target = match.group(1).strip(), match.group(2)
        if not label:
            problem(f"link to {target!r} has no text")
        if target.startswith(ARTICLE_SCHEME):
            article_id = target[len(ARTICLE_SCHEME):]
            if ARTICLE_ID.match(article_id):
                links.append(Link(line, label, article_id))
            else:
                problem(f"{target!r} is not an article link: write article:<id>, e.g. article:work-contract")
        elif not _WEB_URL.match(target):
            problem(f"link target {target!r} must be article:<id> or an http(s):// address")
    text = _LINK.sub(lambda match: f" {match.group(1)} ", text)

    if "![" in text or "](" in text:
        problem("malformed link or image: write [text](target) with no spaces in the target")
    if re.search(r"\]\s?\[", text):
        problem("reference-style links are not supported: write [text](target)")
    if _AUTOLINK.search(text):
        problem("write a link as [text](https://...), not <https://...>")
    elif _HTML.search(text):
        problem("HTML tags are not supported")
    text = _BARE_URL.sub(" ", text)  # underscores and stars inside an address are not emphasis
    if "`" in text:
        problem("inline code (`...`) is not supported")
    unbolded = _BOLD.sub(lambda match: f" {match.group(1)} ", text)
    if "**" in unbolded:
        problem("unclosed **bold**")
    elif "*" in unbolded:
        problem("*italics* and stray `*` are not supported: use **bold** for emphasis")
    if _UNDERSCORE_EMPHASIS.search(unbolded):
        problem("_italics_ and __bold__ are not supported: use **bold** for emphasis")


def transliterate(text: str, convert: Callable[[str], str]) -> str:
    """Apply ``convert`` to the prose of ``text`` only.

    Link and image targets, bare addresses and ``[[FILL: ...]]`` placeholders
    are copied unchanged: ``article:work-contract`` must still name the article,
    and a placeholder must still be found by ``kiosk content check``.
    """
    parts: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        parts.append(convert(text[position:match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(convert(text[position:]))
    return "".join(parts)


def image_targets(text: str) -> list[str]:
    """The image paths ``text`` shows, in order."""
    return [match.group(2) for match in _IMAGE.finditer(text)]


def placeholders(text: str) -> list[tuple[int, str]]:
    """``(line, description)`` of each ``[[FILL: ...]]`` in any text (front matter too)."""
    return _placeholders.descriptions(text)


def is_placeholder(value: str) -> bool:
    return _placeholders.is_placeholder(value)

"""Turning an article's Markdown into what the reader shows and speaks.

An article becomes a list of blocks (heading, paragraph, list item, image). Each
block is split into sentences, so the kiosk can read aloud one sentence at a
time and highlight the one being read. Inline markup (bold, links) is converted
per sentence; `kiosk content check` guarantees only the supported subset reaches
here, so anything else is shown as plain, escaped text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from kiosk.text import placeholders

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)$")
_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(.*)$")
# A sentence ends at . ! ? … (optionally followed by a closing quote or bracket) and a space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+")
_STAND_IN = "\ue000"


@dataclass(frozen=True)
class Block:
    kind: str  # "title", "heading", "paragraph", "bullet", "numbered", "image"
    sentences: tuple[str, ...]  # inline Markdown, one entry per sentence
    marker: str = ""  # "1." for numbered items
    image: str = ""  # image path for kind == "image"


def parse_blocks(markdown: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", split_sentences(" ".join(paragraph))))
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        image = _IMAGE.match(line)
        numbered = _NUMBERED.match(line)
        if line.startswith("# "):
            flush()
            blocks.append(Block("title", (line[2:].strip(),)))
        elif line.startswith("#"):
            flush()
            blocks.append(Block("heading", (line.lstrip("#").strip(),)))
        elif line.startswith(("- ", "* ")):
            flush()
            blocks.append(Block("bullet", split_sentences(line[2:].strip())))
        elif numbered:
            flush()
            blocks.append(Block("numbered", split_sentences(numbered.group(2)), marker=numbered.group(1) + "."))
        elif image:
            flush()
            blocks.append(Block("image", (image.group(1),), image=image.group(2)))
        else:
            paragraph.append(line)
    flush()
    return blocks


def split_sentences(text: str) -> tuple[str, ...]:
    # A placeholder's description may hold a full stop; it is never the end of a sentence.
    kept = [match.group() for match in placeholders.PATTERN.finditer(text)]
    if kept:
        text = placeholders.PATTERN.sub(_STAND_IN, text)
    parts = [part.strip() for part in _SENTENCE_END.split(text) if part.strip()] or [text]
    if kept:
        queue = iter(kept)
        parts = [re.sub(_STAND_IN, lambda _: next(queue, _STAND_IN), part) for part in parts]
    return tuple(parts)


def inline_html(sentence: str, language: str) -> str:
    """Inline Markdown → the small HTML subset Qt's rich text shows. Escapes everything else.

    A placeholder becomes the operator text of ``language`` in italics: the
    brackets mark it, the italics set it apart from the article's own words. It
    stands in as one private-use character while bold and links are converted,
    so its brackets are never read as a link and bold around it still closes.
    """
    escaped = html.escape(placeholders.PATTERN.sub(_STAND_IN, sentence), quote=True)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    escaped = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', escaped)
    if _STAND_IN in escaped:
        escaped = escaped.replace(_STAND_IN, f"<i>{html.escape(placeholders.operator_text(language))}</i>")
    return escaped


def plain_text(sentence: str, language: str) -> str:
    """What is spoken: no markup; a placeholder is said as the operator text of ``language``."""
    text = placeholders.PATTERN.sub(_STAND_IN, sentence)
    text = _BOLD.sub(r"\1", _LINK.sub(r"\1", text))
    return text.replace(_STAND_IN, placeholders.operator_text(language)).strip()

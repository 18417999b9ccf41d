"""The reader's view of an article: blocks, sentences, rich text and read-aloud text, placeholders included."""

from __future__ import annotations

import pytest

from kiosk import languages
from kiosk.content.reading import inline_html, parse_blocks, plain_text, split_sentences
from kiosk.text.placeholders import operator_text

LINE = "Call **the hotline: [[FILL: national hotline. Free of charge]]** or read [more](article:where-to-get-help)."


def test_a_placeholder_with_a_full_stop_inside_is_not_the_end_of_a_sentence() -> None:
    assert split_sentences(f"{LINE} Then wait.") == (LINE, "Then wait.")
    [block] = parse_blocks(f"- {LINE} Then wait.")
    assert block.sentences == (LINE, "Then wait.")


@pytest.mark.parametrize("language", languages.TAGS)
def test_the_reader_shows_a_placeholder_as_the_operators_words_set_apart(language: str) -> None:
    html = inline_html(LINE, language)
    assert html == (f"Call <b>the hotline: <i>{operator_text(language)}</i></b> or read "
                    '<a href="article:where-to-get-help">more</a>.')
    assert "FILL" not in html and "national hotline" not in html


def test_read_aloud_says_the_operators_words_without_markup() -> None:
    assert plain_text(LINE, "ru") == "Call the hotline: [заполнит оператор киоска] or read more."


def test_everything_else_is_escaped() -> None:
    assert inline_html("<script> & [[FILL: <b>x</b>]]", "en") == \
        "&lt;script&gt; &amp; <i>[to be filled in by the kiosk operator]</i>"

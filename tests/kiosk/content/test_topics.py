"""Reading topics.toml: a malformed file is a ContentError naming the file and line, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import ContentError
from kiosk.content.topics import read_topics
from tests.kiosk.content.tree_fixtures import TREES

GOOD = (TREES / "good" / "topics.toml").read_bytes()


def refusal(tmp_path: Path, data: bytes) -> ContentError:
    path = tmp_path / "topics.toml"
    path.write_bytes(data)
    with pytest.raises(ContentError) as caught:
        read_topics(path)
    assert caught.value.path == path
    return caught.value


def test_the_good_topics_read() -> None:
    assert [topic.id for topic in read_topics(TREES / "good" / "topics.toml")] == ["documents", "rights-at-work"]


def test_a_file_that_is_not_utf8_is_refused_at_the_line_of_its_first_bad_byte(tmp_path: Path) -> None:
    latin1 = GOOD.replace(b"Documents", "Documents façade".encode("latin-1"))
    error = refusal(tmp_path, latin1)
    assert error.line == GOOD.split(b"\n").index(b'en = "Documents"') + 1
    assert "not UTF-8" in error.message


@pytest.mark.parametrize(("text", "line", "words"), [
    ("topic = 5\n", 1, "[[topic]] table"),
    ("# topics\ntopic = [1, 2]\n", 2, "[[topic]] table"),
    ('[[topic]]\nid = "documents"\nname = "Documents"\n', 2, "[topic.name] table"),
    ("a = " + "[" * 5000 + "\n", 1, "nested too deeply"),
], ids=["topic-a-number", "topics-not-tables", "name-not-a-table", "deeply-nested"])
def test_toml_of_the_wrong_shape_is_refused_in_words(tmp_path: Path, text: str, line: int, words: str) -> None:
    error = refusal(tmp_path, text.encode("utf-8"))
    assert (error.line, words in error.message) == (line, True), error

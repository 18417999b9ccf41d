"""`kiosk content check`: every problem, each at its file and line.

Each tree under trees/ (other than good) is copied on top of trees/good and
makes exactly the problems listed here, no more.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from kiosk.content import markdown
from kiosk.content.check import Problem, check_tree, main_check
from tests.kiosk.content.tree_fixtures import TREES, make_tree


def report_lines(root: Path) -> list[str]:
    return [str(problem).replace(f"{root}/", "") for problem in check_tree(root).problems]


MARKDOWN = "articles/rights-at-work/work-contract.en.md"
ONE_LINE_ITEM = "a list item is one line: join this line to the item above, or leave a blank line before it"

EXPECTED: dict[str, list[str]] = {
    "bad-toml": [
        "articles/documents/passport.ru.md:3: error: front matter is not valid TOML: Invalid value",
    ],
    "no-front-matter": [
        "articles/documents/passport.ky.md:1: error: an article starts with front matter between two `+++` lines",
    ],
    "unclosed-front-matter": [
        "articles/documents/passport.tg.md:1: error: the front matter is not closed: add a `+++` line after it",
    ],
    "bad-fields": [
        "articles/documents/registration.en.md:4: error: order 0 must be a whole number from 1",
        "articles/documents/registration.en.md:5: error: updated '2025-02-10' must be a date written like "
        "2025-03-01 (no quotes, no time)",
        "articles/documents/registration.en.md:6: error: sources must be a non-empty list of texts, "
        'e.g. ["Labour Code, art. 57"]',
        "articles/documents/registration.en.md:7: error: url 'ftp://example.org/registration' must be an "
        "http:// or https:// address",
        "articles/documents/registration.en.md:8: error: unknown front matter key 'summary'; "
        "allowed: id, topic, order, updated, sources, url",
    ],
    "missing-fields": [
        "articles/documents/registration.ru.md:1: error: front matter lacks updated, sources",
    ],
    "bad-file-names": [
        "articles/documents/notes.md:1: error: name article files <id>.<language>.md, e.g. work-contract.en.md "
        "(not 'notes.md')",
        "articles/documents/passport.uz.md:1: error: unknown language 'uz' in the file name; "
        "use one of uz-Latn, uz-Cyrl, ru, ky, tg, en",
    ],
    "bad-topics": [
        "topics.toml:4: error: topic 'documents' has no name in tg",
    ],
    "unknown-topic": [
        f"articles/visas/visa.{tag}.md:3: error: unknown topic 'visas'; topics.toml has documents, rights-at-work"
        for tag in ("en", "ky", "ru", "tg", "uz-Latn")
    ],
    "duplicate-id": [
        "articles/rights-at-work/passport.en.md:2: error: article 'passport' in en is also in "
        "articles/documents/passport.en.md",
        "articles/rights-at-work/passport.en.md:3: error: article 'passport' is in topic 'rights-at-work' here "
        "but in 'documents' in articles/documents/passport.en.md",
    ],
    "id-in-two-topics": [
        "articles/rights-at-work/passport.uz-Cyrl.md:3: error: article 'passport' is in topic 'rights-at-work' "
        "here but in 'documents' in articles/documents/passport.en.md",
    ],
    "missing-translation": [
        "articles/rights-at-work/overtime.en.md:1: error: article 'overtime' has no translation in ky, tg",
    ],
    "broken-link": [
        "articles/documents/passport.ru.md:14: error: link to article 'visa', which does not exist",
    ],
    "empty-body": [
        "articles/documents/passport.tg.md:9: error: the article has a title but no text",
    ],
    "no-title": [
        "articles/documents/passport.ky.md:9: error: the first line must be the title, written `# Title`",
    ],
    "missing-image": [
        "articles/documents/registration.en.md:11: error: image 'images/office.png' not found: "
        "no file images/office.png",
    ],
    "order-clash": [
        "articles/documents/registration.ru.md:4: warning: order 1 is also used by 'passport' in topic "
        "'documents' (ru); their order on screen is then by id",
    ],
    "placeholders": [
        "articles/documents/registration.en.md:6: warning: placeholder to fill: the decree that sets the "
        "registration rules",
        "articles/documents/registration.en.md:7: warning: placeholder to fill: the migration service's page",
        "articles/documents/registration.en.md:12: warning: placeholder to fill: number of days",
        "articles/documents/registration.en.md:14: warning: placeholder to fill: hotline number",
    ],
    "unsupported-markdown": [
        f"{MARKDOWN}:11: error: tables are not supported: use a list",
        f"{MARKDOWN}:12: error: HTML tags are not supported",
        f"{MARKDOWN}:13: error: code blocks are not supported",
        f"{MARKDOWN}:16: error: indented text is read as code and is not supported: remove the indent",
        f"{MARKDOWN}:18: error: block quotes (`>`) are not supported",
        f"{MARKDOWN}:20: error: `#### ` headings are too deep: use `## ` or `### `",
        f"{MARKDOWN}:23: error: nested (indented) lists are not supported: keep every item at the left edge",
        f"{MARKDOWN}:26: error: underlined headings are not supported: write `## Heading`",
        f"{MARKDOWN}:28: error: *italics* and stray `*` are not supported: use **bold** for emphasis",
        f"{MARKDOWN}:28: error: _italics_ and __bold__ are not supported: use **bold** for emphasis",
        f"{MARKDOWN}:29: error: write bullet items with `- `",
        f"{MARKDOWN}:30: error: write numbered items as `1. `",
        f"{MARKDOWN}:31: error: inline code (`...`) is not supported",
        f"{MARKDOWN}:31: error: reference-style links are not supported: write [text](target)",
        f"{MARKDOWN}:32: error: horizontal rules are not supported: use a `## ` heading to start a section",
        f"{MARKDOWN}:33: error: write a link as [text](https://...), not <https://...>",
        f"{MARKDOWN}:36: error: {ONE_LINE_ITEM}",
        f"{MARKDOWN}:38: error: {ONE_LINE_ITEM}",
        f"{MARKDOWN}:40: error: an image goes on a line of its own",
    ],
}


def test_the_good_tree_has_no_problems(tmp_path: Path) -> None:
    report = check_tree(make_tree(tmp_path / "content"))
    assert report.problems == ()
    assert report.files == 16  # topics.toml and 3 articles in 5 languages
    assert report.ok


def test_every_problem_tree_is_tested() -> None:
    assert {path.name for path in TREES.iterdir() if path.name != "good"} == set(EXPECTED)


@pytest.mark.parametrize("tree", sorted(EXPECTED))
def test_each_problem_is_reported_at_its_file_and_line(tmp_path: Path, tree: str) -> None:
    root = make_tree(tmp_path / "content", tree)
    assert report_lines(root) == EXPECTED[tree]


def test_all_problems_are_collected_not_just_the_first(tmp_path: Path) -> None:
    overlays = ("bad-toml", "broken-link", "unsupported-markdown", "placeholders", "order-clash", "bad-topics")
    # broken-link replaces the file bad-toml broke, so take that one's problem out of the expectation
    root = make_tree(tmp_path / "content", *overlays)
    expected = [line for tree in overlays if tree != "bad-toml" for line in EXPECTED[tree]]
    assert sorted(report_lines(root)) == sorted(expected)


def test_a_missing_translation_is_reported_on_the_first_file_when_there_is_no_english(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content", "missing-translation")
    (root / "articles/rights-at-work/overtime.en.md").unlink()
    assert report_lines(root) == [
        "articles/rights-at-work/overtime.ru.md:1: error: article 'overtime' has no translation in ky, tg, en",
    ]


def test_a_broken_front_matter_does_not_also_count_as_a_missing_translation(tmp_path: Path) -> None:
    lines = report_lines(make_tree(tmp_path / "content", "no-front-matter"))
    assert len(lines) == 1 and "no translation" not in lines[0]


def test_an_article_outside_a_topic_folder_is_reported(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content")
    shutil.move(root / "articles/documents/passport.ru.md", root / "articles/passport.ru.md")
    assert ("articles/passport.ru.md:1: error: article files live in articles/<topic-id>/; "
            "this one is at articles/passport.ru.md") in report_lines(root)


def test_a_hand_written_uz_cyrl_counts_and_generated_text_is_not_checked_twice(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content")
    (root / "articles/documents/passport.uz-Cyrl.md").write_text(
        '+++\nid = "passport"\ntopic = "documents"\norder = 1\nupdated = 2025-03-01\nsources = ["Қонун"]\n+++\n\n'
        "# Паспортингиз\n\n[Шартнома](article:work-contract) ҳақида.\n",
        encoding="utf-8",
    )
    assert check_tree(root).problems == ()


def test_tomllib_line_numbers_are_turned_into_file_lines(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content")
    path = root / "articles/documents/registration.en.md"
    text = path.read_text(encoding="utf-8").replace("order = 2\n", "order = 2\norder = 3\n")
    path.write_text(text, encoding="utf-8")
    [line] = report_lines(root)
    assert line.startswith("articles/documents/registration.en.md:5: error: front matter is not valid TOML:")


def test_main_check_prints_every_problem_and_a_summary_and_fails_on_errors(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content", "broken-link", "placeholders")
    out = io.StringIO()
    assert main_check(root, out) == 1
    assert out.getvalue().replace(f"{root}/", "").splitlines() == [
        *EXPECTED["broken-link"],
        *EXPECTED["placeholders"],
        "1 error, 4 warnings in 16 files",
    ]


def test_main_check_passes_with_warnings_only(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main_check(make_tree(tmp_path / "content", "placeholders"), out) == 0
    assert out.getvalue().splitlines()[-1] == "0 errors, 4 warnings in 16 files"


def test_a_missing_tree_is_an_error_not_a_crash(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main_check(tmp_path / "nowhere", out) == 1
    assert out.getvalue().replace(f"{tmp_path}/", "").splitlines() == [
        "nowhere/articles:1: warning: no articles yet",
        "nowhere/topics.toml:1: error: missing: every content tree needs topics.toml",
        "1 error, 1 warning in 1 file",
    ]


def test_problem_formats_as_file_line_severity_message() -> None:
    problem = Problem(Path("content/articles/a/b.en.md"), 7, "something", "warning")
    assert str(problem) == "content/articles/a/b.en.md:7: warning: something"


def test_ordinary_text_is_not_mistaken_for_unsupported_markdown() -> None:
    text = "\n".join([
        "# Phones and addresses",
        "",
        "+998 71 123 45 67 is a phone number, and file_name_here is one word.",
        "See https://example.org/a_b*c_d and [the form](https://example.org/form_1).",
        "In 2025. the rules changed | a bar in prose is fine.",
        "- **Bold** at the start of an item, and [a link](article:work-contract).",
        "10. A two-digit numbered item.",
        "",
        "### A third-level heading",
    ])
    document = markdown.parse(text)
    assert document.issues == ()
    assert document.title == "Phones and addresses"
    assert [link.target for link in document.article_links] == ["work-contract"]
    assert [link.line for link in document.article_links] == [6]

"""Every word the console shows has a translation in Russian and Uzbek, and the .ts files are well-formed."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

import pytest
from jinja2 import Environment
from jinja2.ext import extract_from_ast

from sync.central.console import words
from sync.central.console.web import TEMPLATES

CONSOLE = Path(words.__file__).resolve().parent


def _from_python(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        first = node.args[0]
        if name in {"_", "N_"} and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.add(first.value)
    return found


def _from_template(path: Path) -> set[str]:
    tree = Environment().parse(path.read_text(encoding="utf-8"))
    found = set()
    for _line, _function, message in extract_from_ast(tree, gettext_functions=("_",)):
        # A call with values, _("Welcome, {name}", name=...), comes as (text, None, ...).
        text = message[0] if isinstance(message, tuple) else message
        if isinstance(text, str):
            found.add(text)
    return found


def console_words() -> set[str]:
    """Every English text the console passes to ``_`` or marks with ``N_``."""
    found: set[str] = set()
    for path in CONSOLE.rglob("*.py"):
        found |= _from_python(path)
    for path in TEMPLATES.rglob("*.html"):
        found |= _from_template(path)
    return found


def test_the_console_has_words_to_translate() -> None:
    found = console_words()
    assert {"Sign in", "The username or password is wrong.", "fleet viewer"} <= found


@pytest.mark.parametrize("tag", ["ru", "uz-Latn"])
def test_every_word_is_translated(tag: str) -> None:
    catalogue = words.catalogue(tag)
    missing = sorted(text for text in console_words() if text not in catalogue)
    assert not missing, f"{len(missing)} words have no {tag} translation: {missing}"


@pytest.mark.parametrize("tag", ["ru", "uz-Latn"])
def test_no_word_is_translated_in_two_files_of_one_language(tag: str) -> None:
    # Two files would mean two translations that can drift apart, and the catalogue would keep whichever
    # it read last: a word more than one part shows belongs in common.<tag>.ts, once.
    files: dict[str, list[str]] = defaultdict(list)
    for path in sorted(words.I18N_DIR.glob(f"*.{tag}.ts")):
        for message in ElementTree.parse(path).getroot().iter("message"):
            files[message.findtext("source") or ""].append(path.name)
    twice = {source: names for source, names in files.items() if len(names) > 1}
    assert not twice, f"{len(twice)} words are in more than one {tag} file: {twice}"


@pytest.mark.parametrize("tag", ["ru", "uz-Latn"])
def test_a_translation_names_the_same_values_as_its_english(tag: str) -> None:
    import string

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    wrong = {source: said for source, said in words.catalogue(tag).items() if names(source) != names(said)}
    assert not wrong


def test_uzbek_cyrillic_is_made_from_latin_and_keeps_placeholders_latin() -> None:
    assert words.translate("uz-Cyrl", "Welcome, {name}", name="Dilnoza").endswith("Dilnoza")
    assert words.catalogue("uz-Cyrl")["Sign in"] != words.catalogue("uz-Latn")["Sign in"]


def test_a_word_without_translation_is_shown_in_english() -> None:
    assert words.translate("ru", "A sentence nobody translated, {n}", n=3) == "A sentence nobody translated, 3"

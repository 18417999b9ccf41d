"""Keep the Qt Linguist files in step with the QML: ``python -m ui.i18n.build``.

1. ``pyside6-lupdate`` collects every ``qsTr``/``QT_TRANSLATE_NOOP`` string from
   ``ui/qml`` into ``kiosk.<tag>.ts`` for each translated language, keeping the
   translations already there.
2. ``kiosk.uz-Cyrl.ts`` is regenerated from ``kiosk.uz-Latn.ts`` by
   transliteration (hand-written uz-Cyrl translations are not kept separately:
   the Latin file is the source of truth for Uzbek).
3. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` that Qt loads.

``--check`` changes nothing and exits 1 if any string lacks a translation, or
if a translation does not use its language's word for a term of the glossary
(``glossary.toml``, :mod:`ui.i18n.glossary`), in the Qt Linguist files or in
the kiosk's Qt-free label tables.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic
from ui.i18n import I18N_DIR, SOURCE_LANGUAGE, glossary, qm_file, ts_file

QML_DIR = I18N_DIR.parent / "qml"
TRANSLATED = tuple(tag for tag in languages.TAGS if tag != SOURCE_LANGUAGE)
HAND_TRANSLATED = tuple(tag for tag in TRANSLATED if tag != "uz-Cyrl")
# Qt names its locales with underscores; the .ts "language" attribute picks plural rules.
TS_LANGUAGE = {"uz-Latn": "uz_Latn", "uz-Cyrl": "uz_Cyrl", "ru": "ru", "ky": "ky", "tg": "tg"}


@dataclass(frozen=True)
class Gap:
    tag: str
    context: str
    source: str
    line: int

    def __str__(self) -> str:
        return f"{ts_file(self.tag).name}: [{self.context}] {self.source!r} has no translation"


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(path).exists():
        raise SystemExit(f"{name} not found; it ships with PySide6 (pip install PySide6-Essentials)")
    return path


def update_ts(tag: str, target: Path | None = None) -> Path:
    target = target or ts_file(tag)
    subprocess.run(
        # -no-obsolete: a string the QML no longer has goes (git keeps its old translation);
        # left in, it would be translated and checked for nothing.
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "qml",
         "-target-language", TS_LANGUAGE[tag], str(QML_DIR), "-ts", str(target)],
        check=True,
    )
    return target


def transliterate_ts(source: Path, target: Path) -> None:
    """Write ``target`` as ``source`` with every translation turned into Uzbek Cyrillic."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", TS_LANGUAGE["uz-Cyrl"])
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            if form.text:
                form.text = _transliterate_keeping_placeholders(form.text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def _transliterate_keeping_placeholders(text: str) -> str:
    # %1, %n and %L1 are Qt placeholders, not Uzbek words.
    parts = []
    for index, chunk in enumerate(text.split("%")):
        if index == 0:
            parts.append(latin_to_cyrillic(chunk))
            continue
        head = chunk[:1] if chunk[:1] in "n0123456789" else ""
        if chunk[:1] == "L" and chunk[1:2].isdigit():
            head = chunk[:2]
        parts.append(head + latin_to_cyrillic(chunk[len(head):]))
    return "%".join(parts)


def compile_qm(tag: str) -> Path:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file(tag)), "-qm", str(qm_file(tag))],
        check=True,
    )
    return qm_file(tag)


def gaps(tag: str, ts_path: Path | None = None, sources: Path | None = None) -> list[Gap]:
    """Strings in the QML (as extracted into ``sources``) that ``tag`` does not translate."""
    translated: dict[tuple[str, str], bool] = {}
    for context, message in _messages(ts_path or ts_file(tag)):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        forms = [] if translation is None else (translation.findall("numerusform") or [translation])
        done = kind not in ("unfinished", "vanished", "obsolete") and all(
            (form.text or "").strip() for form in forms
        )
        translated[(context, message.findtext("source") or "")] = done
    wanted = _messages(sources) if sources else _messages(ts_path or ts_file(tag))
    return [
        Gap(tag, context, message.findtext("source") or "", 0)
        for context, message in wanted
        if not translated.get((context, message.findtext("source") or ""), False) and not _retired(message)
    ]


def _retired(message: ET.Element) -> bool:
    """A message lupdate keeps only as history: no longer in the QML, so no longer a gap."""
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("vanished", "obsolete")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def glossary_misuses(tag: str, ts_path: Path | None = None) -> list[glossary.Misuse]:
    """Translations in ``tag``'s .ts file that do not use the glossary's words (all plural forms are looked at)."""
    path = ts_path or ts_file(tag)
    pairs = []
    for context, message in _messages(path):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = translation.findall("numerusform") or [translation]
        pairs.append((context, message.findtext("source") or "", " ".join(form.text or "" for form in forms)))
    return glossary.misuses(path.name, tag, pairs)


def label_table_misuses(tag: str) -> list[glossary.Misuse]:
    """The same check on the kiosk's Qt-free label tables (receipts, printer and staff words, reasons)."""
    found = []
    for name, table in label_tables().items():
        english, translated = table("en"), table(tag)
        found += glossary.misuses(name, tag, ((key, english[key], translated.get(key, "")) for key in english))
    return found


def label_tables() -> dict[str, Callable[[str], Mapping[str, str]]]:
    """Every Qt-free table of words the kiosk shows or prints, by the module that holds it."""
    from kiosk import staff_words
    from kiosk.agencies import reasons
    from kiosk.receipts import labels
    from kiosk.staff import labels as staff_labels
    from kiosk.text import placeholders

    return {
        "kiosk/receipts/labels.py": labels.labels,
        "kiosk/agencies/reasons.py": lambda tag: {code: reasons.text(code, tag) for code in reasons.CODES},
        "kiosk/staff_words.py": staff_words.texts,
        "kiosk/staff/labels.py": staff_labels.labels,
        "kiosk/text/placeholders.py": lambda tag: {"operator": placeholders.operator_text(tag)},
    }


def extract_sources() -> Path:
    """A fresh .ts holding every string the QML uses now, untranslated."""
    directory = Path(tempfile.mkdtemp(prefix="kiosk-i18n-"))
    return update_ts("ru", directory / "sources.ts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n.build", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report missing translations; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        sources = extract_sources()
        problems = [gap for tag in TRANSLATED for gap in gaps(tag, sources=sources)]
        for problem in problems:
            print(problem)
        misused = [misuse for tag in TRANSLATED for misuse in (*glossary_misuses(tag), *label_table_misuses(tag))]
        for misuse in misused:
            print(misuse)
        print(f"{len(problems)} missing translations, {len(misused)} translations not using the glossary's words")
        return 1 if problems or misused else 0
    for tag in HAND_TRANSLATED:
        update_ts(tag)
    transliterate_ts(ts_file("uz-Latn"), ts_file("uz-Cyrl"))
    for tag in TRANSLATED:
        compile_qm(tag)
    for tag in TRANSLATED:
        missing = gaps(tag)
        if missing:
            print(f"{tag}: {len(missing)} strings still need a translation")
        misused = glossary_misuses(tag)
        if misused:
            print(f"{tag}: {len(misused)} translations do not use the glossary's words (see --check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A kiosk outside demo mode refuses to start while the data it would show has placeholders."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import config
from kiosk.bootstrap import open_local_cache
from kiosk.cli import EXIT_FAILED, main
from kiosk.paths import BUNDLED_CONTENT_DIR
from kiosk.staff import hash_pin
from kiosk.store import Store
from kiosk.text import placeholders
from kiosk.unfilled import UnfilledPlaceholders, check_before_start, check_filled, find_unfilled

PIN_HASH = hash_pin("482915")


def settings_for(tmp_path: Path, content: Path = BUNDLED_CONTENT_DIR, demo: bool = False) -> config.Config:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "no-config"), "KIOSK_DEMO": "true" if demo else "false",
               "KIOSK_STAFF_PIN_HASH": PIN_HASH, "KIOSK_CONTENT_DIR": str(content)}
    return config.load(None, environ=environ, data_dir=tmp_path / "data")


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_local_cache(settings_for(tmp_path_factory.mktemp("bundled")))
    yield store
    store.close()


def test_every_placeholder_of_the_bundle_is_found_by_file_and_field(bundled: Store) -> None:
    found = {(item.file, item.field, item.description): item for item in find_unfilled(bundled)}
    hotline = "national hotline for migrants, free of charge"
    assert ("articles/trouble-abroad/where-to-get-help.ru.md", "text", hotline) in found
    # Uzbek Cyrillic is made from the Uzbek Latin file: it is named, once.
    assert ("articles/trouble-abroad/where-to-get-help.uz-Latn.md", "text", hotline) in found
    assert not any(".uz-Cyrl." in file for file, _, _ in found)
    authority = found["agencies/registry.csv", "authority", "licensing authority, Uzbekistan"]
    assert "sample-000012" in authority.records
    assert str(authority).startswith("agencies/registry.csv: authority of sample-0000")
    assert "more: licensing authority, Uzbekistan" in str(authority)


def test_the_refusal_names_the_line_of_each_placeholder_still_in_the_content_folder(bundled: Store) -> None:
    with pytest.raises(UnfilledPlaceholders) as refused:
        check_filled(bundled, BUNDLED_CONTENT_DIR)
    text = (BUNDLED_CONTENT_DIR / "articles/trouble-abroad/where-to-get-help.ru.md").read_text(encoding="utf-8")
    line = next(number for number, written in enumerate(text.splitlines(), 1) if "national hotline" in written)
    message = str(refused.value)
    assert f"articles/trouble-abroad/where-to-get-help.ru.md:{line}: text: national hotline" in message
    assert "agencies/registry.csv:2: authority of" in message  # the first row that has it
    assert "kiosk.demo = true" in message


def test_filled_data_passes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BUNDLED_CONTENT_DIR, content)
    for path in [*content.rglob("*.md"), *content.rglob("*.csv"), *content.rglob("*.toml")]:
        text = path.read_text(encoding="utf-8")
        filled = placeholders.PATTERN.sub(lambda match: f"filled in: {match.group(1)}", text)
        if filled != text:
            path.write_text(filled, encoding="utf-8")
    settings = settings_for(tmp_path, content)
    check_before_start(settings)  # does not raise
    store = open_local_cache(settings)
    try:
        assert find_unfilled(store) == []
        # One placeholder arriving later (a release, an import) is found wherever it is.
        with store.transaction() as db:
            db.execute("UPDATE booking_locations SET address = ? WHERE id = 'sample-visa-centre'",
                       [json.dumps({"en": "[[FILL: street address]]"})])
        [item] = find_unfilled(store)
        assert (item.file, item.field, item.records) == ("booking/locations.toml", "address (en)",
                                                         ("sample-visa-centre",))
    finally:
        store.close()


def test_a_demo_kiosk_starts_with_placeholders_shown_as_the_operators(tmp_path: Path) -> None:
    check_before_start(settings_for(tmp_path, demo=True))  # does not even open the cache
    assert not (tmp_path / "data").exists()


def test_kiosk_run_refuses_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in (("XDG_CONFIG_HOME", str(tmp_path / "no-config")), ("KIOSK_DEMO", "false"),
                        ("KIOSK_STAFF_PIN_HASH", PIN_HASH), ("QT_QPA_PLATFORM", "offscreen")):
        monkeypatch.setenv(name, value)
    assert main(["run", "--data-dir", str(tmp_path / "data")]) == EXIT_FAILED
    said = capsys.readouterr().err
    assert said.startswith("kiosk run: refused to start: kiosk.demo is false")
    assert "where-to-get-help.tg.md" in said and "agencies/registry.csv" in said

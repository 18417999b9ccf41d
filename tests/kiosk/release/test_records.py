"""Reading an authored tree into records, and release 0 on first start."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from kiosk import bootstrap, config
from kiosk.agencies.importer import RegistryFileError
from kiosk.booking.authoring import CatalogueError, read_catalogue
from kiosk.booking.catalogue import stored_catalogue
from kiosk.content.articles import get_article, read_tree
from kiosk.content.errors import ContentError
from kiosk.release import dataset_release, installed_release, read_datasets, trusted_time
from kiosk.release.records import article_from_record, catalogue_from_records

BUNDLE = Path(__file__).resolve().parents[3] / "content"


def floats_in(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(floats_in(item) for item in value.values())
    if isinstance(value, list):
        return any(floats_in(item) for item in value)
    return False


def test_the_bundle_reads_into_keyed_json_records_without_floats() -> None:
    datasets = read_datasets(BUNDLE)
    assert set(datasets) == {"content", "registry", "booking"}
    for records in datasets.values():
        keys = [record["key"] for record in records]
        assert len(keys) == len(set(keys))
        assert json.loads(json.dumps(records)) == records
        assert not floats_in(records)
    tree = read_tree(BUNDLE)
    articles = [article_from_record(r) for r in datasets["content"] if r["key"].startswith("article:")]
    assert len(articles) == len(tree.articles)
    assert catalogue_from_records(datasets["booking"]) == read_catalogue(BUNDLE / "booking")
    assert sum(r["key"].startswith("agency:") for r in datasets["registry"]) == 320
    assert {"key": "registry:about", "as_of": "2026-11-20",
            "source": "Sample registry of fictional agencies (demo data)"} in datasets["registry"]


def copy_bundle(tmp_path: Path) -> Path:
    tree = tmp_path / "content"
    shutil.copytree(BUNDLE, tree)
    return tree


def test_errors_keep_their_file_and_line(tmp_path: Path) -> None:
    tree = copy_bundle(tmp_path)
    article = next((tree / "articles" / "money").glob("*.en.md"))
    lines = article.read_text(encoding="utf-8").split("\n")
    lines[2] = "topic = 7"
    article.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ContentError) as content_error:
        read_datasets(tree)
    assert content_error.value.path == article and content_error.value.line == 3

    shutil.copy(BUNDLE / article.relative_to(tree), article)
    registry = tree / "agencies" / "registry.csv"
    with registry.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[3][rows[0].index("status")] = "dormant"  # spreadsheet row 4
    with registry.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(RegistryFileError) as registry_error:
        read_datasets(tree)
    assert registry_error.value.problems[0].row == 4

    shutil.copy(BUNDLE / "agencies" / "registry.csv", registry)
    services = tree / "booking" / "services.toml"
    services.write_text(services.read_text(encoding="utf-8").replace("duration_minutes = ", "duration_minutes = -"),
                        encoding="utf-8")
    with pytest.raises(CatalogueError) as catalogue_error:
        read_datasets(tree)
    assert "services.toml:" in str(catalogue_error.value)


def test_a_registry_toml_that_is_not_utf8_is_a_content_error_at_its_line(tmp_path: Path) -> None:
    about = copy_bundle(tmp_path) / "agencies" / "registry.toml"
    about.write_bytes(b'as_of = 2026-11-20\nsource = "Registre \xe9tabli"\n')  # Latin-1
    with pytest.raises(ContentError) as caught:
        read_datasets(about.parents[1])
    assert (caught.value.path, caught.value.line) == (about, 2)
    assert "not UTF-8" in caught.value.message


def test_first_start_applies_release_0_from_the_bundle(tmp_path: Path) -> None:
    settings = config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path / "config")}, data_dir=tmp_path / "data")
    store = bootstrap.open_local_cache(settings)
    try:
        assert installed_release(store) == 0
        assert {name: dataset_release(store, name) for name in ("content", "registry", "booking", "fleet_keys")} == {
            "content": 0, "registry": 0, "booking": 0, "fleet_keys": None}
        time = trusted_time(store)
        assert time is not None and time.date().isoformat() >= "2026-11-20"
        assert stored_catalogue(store.db) == read_catalogue(BUNDLE / "booking")
        assert get_article(store, read_tree(BUNDLE).articles[0].id, read_tree(BUNDLE).articles[0].language)
    finally:
        store.close()

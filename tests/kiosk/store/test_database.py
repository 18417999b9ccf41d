import hashlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.paths import DataPaths
from kiosk.store import SchemaTooNew, Store, StoreUnavailable, migrations, open_store
from kiosk.store.database import connect
from kiosk.store.errors import unavailable
from kiosk.store.migrations import LATEST_VERSION, Migration

ROOT = Path(__file__).resolve().parents[3]


def seed_one_topic(store: Store) -> None:
    store.db.table("topics").insert({"id": "money", "position": 0, "icon": "money"})
    store.db.table("topic_names").insert({"topic_id": "money", "language": "en", "name": "Money"})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_cache_is_one_wal_file_with_foreign_keys_and_recorded_migrations(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path), seed=seed_one_topic)
    assert store.path == tmp_path / "kiosk.db"
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    recorded = store.db.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [v for v, _ in recorded] == [m.version for m in migrations.MIGRATIONS]
    assert store.schema_version == LATEST_VERSION
    assert store.get_meta("seeded") is not None
    store.close()


def test_reopening_applies_nothing_twice_and_does_not_reseed(tmp_path: Path) -> None:
    calls = []
    open_store(DataPaths(tmp_path), seed=lambda s: calls.append(1)).close()
    store = open_store(DataPaths(tmp_path), seed=lambda s: calls.append(2))
    assert calls == [1]
    count = store.db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
    assert count == len(migrations.MIGRATIONS)
    store.close()


def test_a_database_from_a_newer_kiosk_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.commit()
    connection.close()
    before = digest(path)

    with pytest.raises(SchemaTooNew) as caught:
        open_store(DataPaths(tmp_path))
    assert f"schema version {LATEST_VERSION + 1}" in str(caught.value)
    assert "has not been changed" in str(caught.value)
    assert digest(path) == before
    assert not (tmp_path / "quarantine").exists()


def test_a_file_that_is_not_a_database_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / "kiosk.db").write_bytes(b"this is not sqlite" * 500)
    store = open_store(DataPaths(tmp_path), seed=seed_one_topic)

    quarantined = list((tmp_path / "quarantine").glob("kiosk-*.db"))
    assert len(quarantined) == 1
    assert quarantined[0].read_bytes().startswith(b"this is not sqlite")
    events = store.events()
    assert [e.kind for e in events] == ["database_rebuilt"]
    assert str(quarantined[0]) in events[0].detail
    assert store.db.execute("SELECT count(*) FROM topics").fetchone()[0] == 1
    store.close()


def test_damaged_pages_inside_a_real_database_are_detected_and_what_they_spare_is_kept(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path), seed=seed_one_topic)
    store.db.table("events").insert_all(
        {"at": "2026-11-22", "kind": "filler", "detail": "x" * 400} for _ in range(2000)
    )
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = tmp_path / "kiosk.db"
    raw = bytearray(path.read_bytes())
    page = 4096
    raw[page * 5: page * 5 + 2000] = random.Random(7).randbytes(2000)  # scribble over a b-tree page
    path.write_bytes(bytes(raw))

    reopened = open_store(DataPaths(tmp_path), seed=seed_one_topic)
    rebuilt = [e for e in reopened.events() if e.kind == "database_rebuilt"]
    assert len(rebuilt) == 1
    assert "quarantine" in rebuilt[0].detail
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert reopened.db.execute("SELECT count(*) FROM topics").fetchone()[0] == 1
    reopened.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(DataPaths(tmp_path)).close()
    broken = Migration(LATEST_VERSION + 1, "half-done", ("CREATE TABLE added (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr("kiosk.store.database.MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr("kiosk.store.database.LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        open_store(DataPaths(tmp_path))

    connection = sqlite3.connect(tmp_path / "kiosk.db")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "added" not in tables
    connection.close()


def test_a_failing_seed_leaves_no_half_loaded_data(tmp_path: Path) -> None:
    def broken_seed(store: Store) -> None:
        seed_one_topic(store)
        raise ValueError("content/topics.toml:3: bad")

    with pytest.raises(ValueError):
        open_store(DataPaths(tmp_path), seed=broken_seed)
    store = open_store(DataPaths(tmp_path), seed=seed_one_topic)
    assert store.db.execute("SELECT id FROM topics").fetchall() == [("money",)]
    store.close()


def test_an_unwritable_data_directory_is_reported_as_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreUnavailable, match="could not create the data folder"):
        open_store(DataPaths(blocker / "data"))


KILLED_WHILE_SEEDING = """
import sys
from pathlib import Path
from kiosk.paths import DataPaths
from kiosk.store import open_store

def seed(store):
    store.db.table("topics").insert_all(
        {"id": f"t{i}", "position": i, "icon": "x"} for i in range(20000)
    )
    store.db.table("topic_names").insert_all(
        {"topic_id": f"t{i}", "language": "en", "name": f"Topic {i}"} for i in range(20000)
    )

open_store(DataPaths(Path(sys.argv[1])), seed=seed).close()
"""


def test_a_kill_at_any_moment_of_first_start_leaves_a_consistent_cache(tmp_path: Path) -> None:
    rng = random.Random(2026)
    for attempt in range(12):
        data = tmp_path / f"run{attempt}"
        child = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_SEEDING, str(data)], cwd=ROOT)
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()

        store = open_store(DataPaths(data))
        topics = store.db.execute("SELECT count(*) FROM topics").fetchone()[0]
        names = store.db.execute("SELECT count(*) FROM topic_names").fetchone()[0]
        seeded = store.get_meta("seeded") is not None
        assert (topics, names, seeded) in {(0, 0, False), (20000, 20000, True)}
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.close()


def test_a_failed_first_start_leaves_no_file_where_the_cache_goes(tmp_path: Path) -> None:
    def broken_seed(store: Store) -> None:
        seed_one_topic(store)
        raise ValueError("content/topics.toml:3: bad")

    with pytest.raises(ValueError):
        open_store(DataPaths(tmp_path), seed=broken_seed)
    assert not (tmp_path / "kiosk.db").exists(), "an empty kiosk.db would later read as a lost cache"
    assert not list(tmp_path.glob("kiosk.db.new*"))


def test_a_cache_finished_beside_its_name_when_the_kill_came_is_moved_into_place(tmp_path: Path) -> None:
    built = tmp_path / "built"
    open_store(DataPaths(built), seed=seed_one_topic).close()
    data = tmp_path / "data"
    data.mkdir()
    (built / "kiosk.db").rename(data / "kiosk.db.new")  # killed between building and the rename

    store = open_store(DataPaths(data), seed=lambda s: pytest.fail("a finished cache is not seeded again"))
    assert store.db.execute("SELECT id FROM topics").fetchall() == [("money",)]
    assert not (data / "kiosk.db.new").exists()
    store.close()


def test_a_cache_left_half_built_by_a_kill_is_built_again(tmp_path: Path) -> None:
    (tmp_path / "kiosk.db.new").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    store = open_store(DataPaths(tmp_path), seed=seed_one_topic)
    assert store.db.execute("SELECT id FROM topics").fetchall() == [("money",)]
    assert not (tmp_path / "kiosk.db.new").exists()
    assert store.events() == [], "nothing was lost: it never held anyone's data"
    store.close()


def test_a_store_that_cannot_write_refuses_before_touching_the_file(tmp_path: Path) -> None:
    open_store(DataPaths(tmp_path), seed=seed_one_topic).close()
    path = tmp_path / "kiosk.db"
    store = Store(connect(path, read_only=True), path,
                  unavailable=unavailable("read-only", path, "open the local cache"))
    before = digest(path)
    with pytest.raises(StoreUnavailable, match=f"could not save to the local cache: {path} is on a read-only"):
        store.set_meta("x", "y")
    store.record_event("note", "a note that cannot be written is logged, not raised")
    assert store.db.execute("SELECT id FROM topics").fetchall() == [("money",)], "it still reads"
    assert digest(path) == before
    store.close()

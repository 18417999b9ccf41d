"""The schema Alembic makes is the one the code uses; the `kiosk-central` command runs for real."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from sync.central.database import alembic_config, current_revision, make_engine, migrate
from sync.central.tables import metadata
from tests.sync.central.central_server import free_port

COMMAND = [sys.executable, "-m", "sync.central.cli"]
REPOSITORY = Path(__file__).resolve().parents[3]


def test_the_migrations_make_exactly_the_tables_the_code_declares(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "central.db"))
    migrate(engine)
    migrate(engine)  # a second run is a no-op
    assert current_revision(engine) == ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_the_first_owner_token_is_made_from_the_shell_and_the_server_honours_it(tmp_path: Path) -> None:
    database = str(tmp_path / "central.db")
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    made = subprocess.run([*COMMAND, "token", "create", "--db", database, "--role", "owner", "--name", "Dilnoza"],
                          capture_output=True, text=True, env=env, check=True)
    token = made.stdout.strip()
    assert len(token) >= 32
    port = free_port()
    server = subprocess.Popen([*COMMAND, "serve", "--db", database, "--files", str(tmp_path / "files"),
                               "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(500):
            try:
                requests.get(f"{url}/v1/health", timeout=5)
                break
            except requests.ConnectionError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                time.sleep(0.05)
        answer = requests.get(f"{url}/v1/admin/fleet", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 200
        assert answer.json()["kiosks"] == []
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


def test_the_command_without_a_database_says_what_to_give(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "KIOSK_CENTRAL_DB"}
    env["PYTHONPATH"] = str(REPOSITORY)
    answer = subprocess.run([*COMMAND, "migrate"], capture_output=True, text=True, env=env)
    assert answer.returncode == 2
    assert "--db" in answer.stderr

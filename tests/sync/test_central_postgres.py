"""The central service on PostgreSQL, as in production: ``kiosk-central serve`` in its own process.

Everything an administrator and a kiosk do goes over HTTP; the database is then read directly only to
show that it was PostgreSQL that kept it.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import requests
import sqlalchemy

from sync.protocol.keys import check_keys_document
from sync.protocol.manifest import check_manifest
from sync.protocol.signing import public_from_text
from sync.protocol.times import parse_time
from tests.sync.central_process import REPOSITORY, owner_token, serving_central
from tests.sync.fleet_steps import admin_ok, enroll, enrollment_codes, outbox_item, send, set_up_keys

pytest_plugins = ["tests.sync.postgres_fixtures"]


def test_a_fleet_is_served_from_postgresql(fresh_postgres_url: str, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", content)
    token = owner_token(fresh_postgres_url)
    with serving_central(fresh_postgres_url, tmp_path / "files", tmp_path / "central.log") as central:
        set_up_keys(central.url, token, tmp_path)
        assert "published release 1" in admin_ok(central.url, token, "publish", str(content))
        kiosk = enroll(central.url, enrollment_codes(central.url, token, 1)[0])

        latest = central.call("GET", "/v1/releases/latest", kiosk.token)
        assert latest.status_code == 200
        body = latest.json()
        now = parse_time(body["manifest"]["signed"]["created"])
        keys = check_keys_document(body["keys"], public_from_text(kiosk.root_public_key), now, None)
        manifest = check_manifest(body["manifest"], keys, now, None)
        assert manifest.release == 1
        snapshot = manifest.datasets["content"].snapshot
        data = requests.get(f"{central.url}/files/{snapshot.sha256}", timeout=60).content
        assert hashlib.sha256(data).hexdigest() == snapshot.sha256 and len(data) == snapshot.size
        assert central.call("GET", "/v1/releases/latest", kiosk.token,
                            headers={"If-None-Match": latest.headers["ETag"]}).status_code == 304

        first = send(central.url, kiosk, outbox_item("pg-item-1"))
        again = send(central.url, kiosk, outbox_item("pg-item-1"))
        assert (first.status_code, again.status_code) == (201, 200)
        assert first.json() == again.json()
        assert send(central.url, kiosk, outbox_item("pg-item-1", useful=False)).status_code == 409
        heartbeat = {"release": 1, "clock": body["manifest"]["signed"]["created"], "interval_s": 300,
                     "printer": "ok"}
        assert central.call("POST", "/v1/heartbeat", kiosk.token, json=heartbeat).status_code == 200
        fleet = admin_ok(central.url, token, "fleet")
        assert kiosk.kiosk_id in fleet and "fresh" in fleet
        assert "pg-item-1" in admin_ok(central.url, token, "outbox")
        assert "useful: true, then false" in admin_ok(central.url, token, "conflicts")
        assert central.server_errors() == []

    engine = sqlalchemy.create_engine(fresh_postgres_url)
    try:
        with engine.connect() as connection:
            assert connection.dialect.name == "postgresql"
            count = connection.execute(sqlalchemy.text("SELECT count(*) FROM outbox_items")).scalar()
            conflicts = connection.execute(sqlalchemy.text("SELECT count(*) FROM outbox_conflicts")).scalar()
            releases = connection.execute(sqlalchemy.text("SELECT max(number) FROM releases")).scalar()
    finally:
        engine.dispose()
    assert (count, conflicts, releases) == (1, 1, 1)

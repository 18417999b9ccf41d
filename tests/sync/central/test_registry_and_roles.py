"""The registry upload, and who may do what."""

from __future__ import annotations

from pathlib import Path

from sync.central.tokens import Role
from tests.sync.central.central_server import REPOSITORY, Central, enroll_kiosk, put_keys, tree_archive

CSV = {"Content-Type": "text/csv"}
GZIP = {"Content-Type": "application/gzip"}


def registry_csv() -> bytes:
    return (REPOSITORY / "content" / "agencies" / "registry.csv").read_bytes()


def test_a_registry_upload_publishes_a_release_where_only_the_registry_changed(
        central: Central, content_tree: Path) -> None:
    put_keys(central)
    assert central.call("POST", "/v1/admin/releases", central.owner_token, data=tree_archive(content_tree),
                        headers=GZIP).status_code == 201
    manager = central.admin(Role.REGISTRY_MANAGER)
    lines = registry_csv().decode("utf-8").splitlines(keepends=True)
    smaller = "".join(lines[:-1]).encode("utf-8")
    answer = central.call("POST", "/v1/admin/registry?as_of=2026-12-01&source=Ministry", manager, data=smaller,
                          headers=CSV)
    assert answer.status_code == 201, answer.text
    datasets = answer.json()["datasets"]
    assert answer.json()["release"] == 2
    assert datasets["registry"]["removed"] == 1
    assert datasets["registry"]["changed_keys"] == ["registry:about"]
    assert all(datasets[name]["added"] == datasets[name]["changed"] == datasets[name]["removed"] == 0
               for name in ("content", "booking", "fleet_keys"))


def test_a_header_only_registry_is_refused_and_the_published_one_stays(
        central: Central, content_tree: Path) -> None:
    put_keys(central)
    assert central.call("POST", "/v1/admin/releases", central.owner_token, data=tree_archive(content_tree),
                        headers=GZIP).status_code == 201
    header = registry_csv().decode("utf-8").splitlines(keepends=True)[0].encode("utf-8")
    for query in ("", "?dry_run=1"):
        answer = central.call("POST", f"/v1/admin/registry{query}", central.owner_token, data=header, headers=CSV)
        assert answer.status_code == 409, answer.text
        error = answer.json()["error"]
        assert error["code"] == "mass_removal"
        assert "would remove 320 of the 320 agencies stored (all)" in error["message"]
        assert "allow_removals" in error["message"]
    kiosk = enroll_kiosk(central)
    assert central.call("GET", "/v1/releases/latest", kiosk.token).json()["manifest"]["signed"]["release"] == 1


def test_removing_more_than_a_fifth_needs_allow_removals(central: Central, content_tree: Path) -> None:
    put_keys(central)
    assert central.call("POST", "/v1/admin/releases", central.owner_token, data=tree_archive(content_tree),
                        headers=GZIP).status_code == 201
    lines = registry_csv().decode("utf-8").splitlines(keepends=True)
    a_fifth_kept = "".join(lines[:65]).encode("utf-8")
    refused = central.call("POST", "/v1/admin/registry", central.owner_token, data=a_fifth_kept, headers=CSV)
    assert refused.status_code == 409, refused.text
    allowed = central.call("POST", "/v1/admin/registry?allow_removals=true", central.owner_token,
                           data=a_fifth_kept, headers=CSV)
    assert allowed.status_code == 201, allowed.text
    assert allowed.json()["datasets"]["registry"]["removed"] == 320 - 64


def test_bad_registry_rows_are_reported_by_line(central: Central) -> None:
    put_keys(central)
    lines = registry_csv().decode("utf-8").splitlines(keepends=True)
    lines[3] = "sample-x,,,,nonsense-status,,,,,,,,,,\n"
    answer = central.call("POST", "/v1/admin/registry", central.owner_token, data="".join(lines).encode(),
                          headers=CSV)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "invalid_registry"
    assert {problem["line"] for problem in error["problems"]} == {4}


def test_a_dry_run_of_the_registry_publishes_nothing(central: Central) -> None:
    put_keys(central)
    answer = central.call("POST", "/v1/admin/registry?dry_run=1", central.owner_token, data=registry_csv(),
                          headers=CSV)
    assert answer.status_code == 200
    assert answer.json()["datasets"]["registry"]["added"] == 321
    assert central.call("GET", "/v1/admin/fleet", central.owner_token).status_code == 200
    kiosk = enroll_kiosk(central)
    assert central.call("GET", "/v1/releases/latest", kiosk.token).status_code == 404


def test_roles_limit_what_a_token_may_do(central: Central, content_tree: Path) -> None:
    put_keys(central)
    viewer = central.admin(Role.FLEET_VIEWER)
    manager = central.admin(Role.REGISTRY_MANAGER)
    scheduler = central.admin(Role.SCHEDULER)
    editor = central.admin(Role.CONTENT_EDITOR)
    archive = tree_archive(content_tree)
    assert central.call("POST", "/v1/admin/tokens", viewer, json={"role": "owner", "name": "me"}).status_code == 403
    assert central.call("POST", "/v1/admin/enrollment-codes", editor,
                        json={"count": 1, "expires_in_s": 600}).status_code == 403
    assert central.call("POST", "/v1/admin/releases", manager, data=archive, headers=GZIP).status_code == 403
    assert central.call("POST", "/v1/admin/registry", editor, data=registry_csv(), headers=CSV).status_code == 403
    assert central.call("GET", "/v1/admin/fleet", editor).status_code == 403
    # A scheduler may publish a tree only when it changes nothing but the booking catalogue.
    refused = central.call("POST", "/v1/admin/releases", scheduler, data=archive, headers=GZIP)
    assert refused.status_code == 403
    assert "content" in refused.json()["error"]["message"]
    assert central.call("POST", "/v1/admin/releases", editor, data=archive, headers=GZIP).status_code == 201
    assert central.call("POST", "/v1/admin/releases", scheduler, data=archive, headers=GZIP).status_code == 201
    assert central.call("GET", "/v1/admin/fleet", viewer).status_code == 200
    assert central.call("GET", "/v1/admin/conflicts", viewer).status_code == 200
    for token in (viewer, manager, scheduler, editor):
        assert central.call("GET", "/v1/admin/keys", token).status_code == 200
    assert central.call("GET", "/v1/admin/keys").status_code == 401


def test_the_owner_makes_tokens_that_work_and_are_stored_hashed(central: Central) -> None:
    answer = central.call("POST", "/v1/admin/tokens", central.owner_token, json={"role": "fleet_viewer", "name": "A"})
    assert answer.status_code == 201
    token = answer.json()["token"]
    assert central.call("GET", "/v1/admin/fleet", token).status_code == 200
    assert token.encode() not in Path(central.database).read_bytes()


def test_a_kiosk_token_is_not_an_admin_token(central: Central) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    assert central.call("GET", "/v1/admin/fleet", kiosk.token).status_code == 401
    assert central.call("GET", "/v1/releases/latest", central.owner_token).status_code == 401

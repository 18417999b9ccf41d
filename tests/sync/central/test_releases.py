"""Publishing: a content tree judged with the kiosk's parsers becomes a signed release kiosks can verify."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sync.protocol.files import Delta, Snapshot, decode_data_file
from sync.protocol.keys import check_keys_document
from sync.protocol.manifest import Manifest, check_manifest
from tests.sync.central.central_server import Central, Keys, Kiosk, enroll_kiosk, put_keys, tree_archive

GZIP = {"Content-Type": "application/gzip"}
ARTICLE = Path("articles/money/bank-accounts-and-cards.en.md")


def publish(central: Central, tree: Path, token: str | None = None, dry_run: bool = False) -> Any:
    path = "/v1/admin/releases" + ("?dry_run=1" if dry_run else "")
    return central.call("POST", path, token or central.owner_token, data=tree_archive(tree), headers=GZIP)


def latest(central: Central, kiosk: Kiosk, keys: Keys, installed: int | None = None) -> Manifest:
    answer = central.call("GET", "/v1/releases/latest", kiosk.token)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    held = check_keys_document(body["keys"], keys.root.public_key(), central.clock(), None)
    return check_manifest(body["manifest"], held, central.clock(), installed)


def fetch(central: Central, manifest: Manifest, dataset: str, start: int | None = None) -> Snapshot | Delta:
    files = manifest.datasets[dataset]
    ref = files.snapshot if start is None else files.deltas[start]
    answer = central.call("GET", f"/files/{ref.sha256}")
    assert answer.status_code == 200
    return decode_data_file(answer.content, ref)


def test_a_published_tree_reaches_a_kiosk_signed_and_whole(central: Central, content_tree: Path) -> None:
    keys = put_keys(central)
    kiosk = enroll_kiosk(central)
    answer = publish(central, content_tree)
    assert answer.status_code == 201, answer.text
    summary = answer.json()
    assert summary["release"] == 1
    assert summary["datasets"]["content"]["added"] == 200
    manifest = latest(central, kiosk, keys)
    assert manifest.release == 1
    assert manifest.expires == central.clock() + timedelta(days=30)
    assert set(manifest.datasets) == {"content", "registry", "booking", "fleet_keys"}
    content = fetch(central, manifest, "content")
    assert isinstance(content, Snapshot) and len(content.records) == manifest.datasets["content"].records == 200
    fleet = fetch(central, manifest, "fleet_keys")
    assert isinstance(fleet, Snapshot)
    assert [record["key"] for record in fleet.records] == [f"receipt-key:{kiosk.kiosk_id}"]


def test_an_edited_article_travels_as_a_one_record_delta(central: Central, content_tree: Path) -> None:
    keys = put_keys(central)
    kiosk = enroll_kiosk(central)
    assert publish(central, content_tree).status_code == 201
    article = content_tree / ARTICLE
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    central.clock.advance(timedelta(hours=1))
    plan = publish(central, content_tree, dry_run=True)
    assert plan.status_code == 200
    assert plan.json()["datasets"]["content"]["changed_keys"] == ["article:bank-accounts-and-cards:en"]
    assert plan.json()["datasets"]["registry"]["changed"] == 0
    assert latest(central, kiosk, keys).release == 1  # a dry run publishes nothing
    assert publish(central, content_tree).status_code == 201
    manifest = latest(central, kiosk, keys, installed=1)
    assert manifest.release == 2
    delta = fetch(central, manifest, "content", start=1)
    assert isinstance(delta, Delta)
    assert [record["key"] for record in delta.upsert] == ["article:bank-accounts-and-cards:en"]
    assert delta.delete == []
    unchanged = fetch(central, manifest, "registry", start=1)
    assert isinstance(unchanged, Delta) and unchanged.upsert == [] and unchanged.delete == []


def test_deltas_reach_back_ten_releases(central: Central, content_tree: Path) -> None:
    keys = put_keys(central)
    kiosk = enroll_kiosk(central)
    for _ in range(12):
        assert publish(central, content_tree).status_code == 201
    manifest = latest(central, kiosk, keys)
    assert manifest.release == 12
    assert sorted(manifest.datasets["content"].deltas) == list(range(2, 12))


def test_latest_answers_304_to_the_etag_it_gave(central: Central, content_tree: Path) -> None:
    put_keys(central)
    kiosk = enroll_kiosk(central)
    assert central.call("GET", "/v1/releases/latest", kiosk.token).status_code == 404
    publish(central, content_tree)
    first = central.call("GET", "/v1/releases/latest", kiosk.token)
    assert first.headers["ETag"] == '"release-1-keys-1"'
    again = central.call("GET", "/v1/releases/latest", kiosk.token, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    publish(central, content_tree)
    newer = central.call("GET", "/v1/releases/latest", kiosk.token, headers={"If-None-Match": first.headers["ETag"]})
    assert newer.status_code == 200
    assert newer.headers["ETag"] == '"release-2-keys-1"'


def test_a_rotated_release_key_signs_a_fresh_release(central: Central, content_tree: Path) -> None:
    keys = put_keys(central)
    kiosk = enroll_kiosk(central)
    publish(central, content_tree)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    rotated = put_keys(central, version=2, keys=Keys(keys.root, Ed25519PrivateKey.generate()))
    manifest = latest(central, kiosk, rotated, installed=1)
    assert manifest.release == 2
    assert manifest.keys_version == 2


def test_an_older_keys_document_is_refused(central: Central) -> None:
    keys = put_keys(central, version=3)
    from sync.protocol.keys import make_keys_document
    from sync.protocol.signing import private_to_text, sign

    now = central.clock()
    old = sign(make_keys_document(2, now, now + timedelta(days=1), [keys.release.public_key()]), [keys.root])
    answer = central.call("PUT", "/v1/admin/keys", central.owner_token,
                          json={"keys": old, "release_private_keys": [private_to_text(keys.release)]})
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "keys_rollback"


def test_a_tree_with_an_error_is_refused_with_its_file_and_line(central: Central, content_tree: Path) -> None:
    put_keys(central)
    (content_tree / "topics.toml").write_text("[[topic]\nid = 'broken'\n", encoding="utf-8")
    answer = publish(central, content_tree)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "invalid_content"
    assert error["problems"][0]["file"] == "topics.toml"
    assert str(content_tree) not in answer.text


def test_a_tree_whose_topics_are_not_utf8_is_refused_with_its_file_and_line(central: Central,
                                                                             content_tree: Path) -> None:
    put_keys(central)
    topics = content_tree / "topics.toml"
    lines = topics.read_text(encoding="utf-8").split("\n")
    bad = next(number for number, line in enumerate(lines) if line.startswith("ru = "))
    topics.write_bytes("\n".join(lines).encode("utf-8").replace(lines[bad].encode("utf-8"),
                                                                 lines[bad].encode("utf-16")))
    answer = publish(central, content_tree)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "invalid_content"
    assert error["problems"][0] == {"file": "topics.toml", "line": bad + 1,
                                    "message": "not UTF-8 text: save the file as UTF-8"}


def test_publishing_before_keys_exist_says_so(central: Central, content_tree: Path) -> None:
    answer = publish(central, content_tree)
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "no_keys"


def test_simultaneous_publishes_each_get_their_own_number(central: Central, content_tree: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    put_keys(central)
    with ThreadPoolExecutor(max_workers=3) as pool:
        answers = list(pool.map(lambda _: publish(central, content_tree), range(3)))
    assert sorted(answer.json()["release"] for answer in answers) == [1, 2, 3]

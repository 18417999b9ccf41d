"""Registry uploads in the console: bad rows listed by line, a summary of a good file, and nothing
published until it is confirmed (to the canary group or to all), and then only the file summarised."""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from kiosk.agencies.importer import RegistryFileError, read_registry
from sync.central.console import drafts as draft_store
from sync.central.database import make_engine
from sync.central.publishing import Published, Publisher
from sync.central.tables import console_audit, console_drafts, releases
from sync.central.tokens import Role
from sync.protocol.files import Snapshot, decode_data_file
from sync.protocol.manifest import FileRef
from tests.sync.central.central_server import REPOSITORY, Central, enroll_kiosk, put_keys
from tests.sync.central.console.console_client import ConsoleUser, sign_in

REGISTRY_CSV = (REPOSITORY / "content" / "agencies" / "registry.csv").read_text(encoding="utf-8")
HEADER, *ROWS = REGISTRY_CSV.splitlines()
NEW_ROW = ("test-000901,ООО «Вымышленный Путь» | Fictional Path LLC,UZ № 00901/26,,active,2026-01-10,,2026-01-10,"
           "2027-01-10,Россия:01.05.2027|Janubiy Koreya|Germany,,,,,yes")
FORM = {"valid_on": "2026-12-01", "source": "Ministry of Labour (fictional)"}


def csv_file(rows: list[str]) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


def upload(user: ConsoleUser, data: bytes, name: str = "registry.csv", **form: str) -> requests.Response:
    return user.post("/console/upload/registry", {**FORM, **form}, files={"file": (name, data)})


@pytest.fixture
def published(central: Central) -> Central:
    """A centre whose release 1 holds the repository's sample registry (320 fictional agencies)."""
    put_keys(central)
    answer = central.call("POST", "/v1/admin/registry?as_of=2026-11-20&source=sample", central.owner_token,
                          data=csv_file(ROWS), headers={"Content-Type": "text/csv"})
    assert answer.status_code == 201, answer.text
    return central


def latest_release(central: Central) -> int:
    with make_engine(central.database).connect() as connection:
        number: int = connection.execute(select(func.max(releases.c.number))).scalar_one()
        return number


def audience_of(central: Central, number: int) -> str:
    with make_engine(central.database).connect() as connection:
        audience: str = connection.execute(select(releases.c.audience).where(releases.c.number == number)).scalar_one()
        return audience


def drafts(central: Central) -> list[tuple[str, str]]:
    with make_engine(central.database).connect() as connection:
        return [(row.kind, row.state) for row in connection.execute(select(console_drafts)).all()]


def audit_actions(central: Central) -> list[tuple[str, dict[str, Any]]]:
    with make_engine(central.database).connect() as connection:
        rows = connection.execute(select(console_audit).order_by(console_audit.c.id)).all()
    return [(row.action, json.loads(row.detail)) for row in rows if row.action != "sign_in"]


def kiosk_registry(central: Central) -> tuple[int, dict[str, dict[str, Any]]]:
    """The release a kiosk (not in the canary group) is offered, and its registry records by key."""
    kiosk = enroll_kiosk(central)
    signed = central.call("GET", "/v1/releases/latest", kiosk.token).json()["manifest"]["signed"]
    ref = signed["datasets"]["registry"]["snapshot"]
    data = requests.get(f"{central.url}/files/{ref['sha256']}", timeout=60).content
    snapshot = decode_data_file(data, FileRef(ref["sha256"], ref["size"]))
    assert isinstance(snapshot, Snapshot)
    return signed["release"], {record["key"]: record for record in snapshot.records}


def draft_path(answer: requests.Response) -> str:
    """Where an upload was sent (303) when its file was good: the page of its summary."""
    assert answer.history and answer.history[0].status_code == 303, (answer.status_code, answer.text)
    assert answer.status_code == 200 and "/console/registry/drafts/" in answer.url
    return "/console/" + answer.url.split("/console/", 1)[1]


def test_bad_rows_are_listed_by_line_column_and_reason_and_nothing_else_happens(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    rows = list(ROWS)
    rows[1] = rows[1].replace(",suspended,", ",sleeping,")
    rows[3] = rows[3].replace("JP:2026-03-25|RU", "JP:2026-03-25|Нарния")
    answer = upload(manager, csv_file(rows))
    assert answer.status_code == 422
    table = answer.text.split('id="registry-problems"')[1].split("</table>")[0]
    cells = [[cell.split(">", 1)[1] for cell in row.split("</td>")[:-1]] for row in table.split("<tr>")[2:]]
    assert [(line, column) for line, column, _reason in cells] == [("3", "status"), ("5", "countries")]
    assert cells[0][2].startswith("&#34;sleeping&#34; is not a status")
    assert "Нарния&#34; is not a country the kiosk knows" in cells[1][2] and "Russia, Kazakhstan" in cells[1][2]
    assert "Problems found: 2." in answer.text and "nothing was published" in answer.text
    assert 'id="publish-registry"' not in answer.text and "Added:" not in answer.text
    assert drafts(published) == [] and latest_release(published) == 1
    assert [action for action, _ in audit_actions(published)] == []


def test_a_fixed_file_is_summarised_then_published_only_when_confirmed(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    assert upload(manager, csv_file([*ROWS[:-1], "x,,,,nonsense"])).status_code == 422
    rows = [*ROWS, NEW_ROW]
    rows[0] = rows[0].replace(",active,2024-05-01,", ",suspended,2026-11-30,")
    summary = upload(manager, csv_file(rows))
    path = draft_path(summary)
    assert "Added: 1, changed: 1, removed: 0" in summary.text
    added = summary.text.split('id="added-agencies"')[1].split("</table>")[0]
    assert "ООО «Вымышленный Путь»" in added and "test-000901" in added
    changed = summary.text.split('id="changed-agencies"')[1].split("</table>")[0]
    assert "sample-000001" in changed and "licence in force → licence suspended" in changed
    assert "Ministry of Labour (fictional)" in summary.text and "2026-12-01" in summary.text
    assert 'id="mass-removal"' not in summary.text and 'id="confirm-removals"' not in summary.text
    assert latest_release(published) == 1, "nothing is published before it is confirmed"
    assert "Uploads waiting to be published" in manager.get("/console/registry").text

    done = manager.post(path + "/publish", {"audience": "all"})
    assert done.status_code == 200 and "Published as release 2." in done.text
    assert latest_release(published) == 2 and audience_of(published, 2) == "all"
    release, registry = kiosk_registry(published)
    assert release == 2
    agency = registry["agency:test-000901"]
    assert agency["names"][0]["name"] == "ООО «Вымышленный Путь»"
    assert [(d["country"], d["valid_until"]) for d in agency["destinations"]] == [
        ("RU", "2027-05-01"), ("KR", None), ("DE", None)]
    assert registry["agency:sample-000001"]["status"] == "suspended"
    assert registry["registry:about"] == {"key": "registry:about", "as_of": "2026-12-01",
                                          "source": "Ministry of Labour (fictional)"}
    assert [(action, detail.get("release")) for action, detail in audit_actions(published)] == [
        ("registry_uploaded", None), ("registry_published", 2)]

    again = manager.post(path + "/publish", {"audience": "all"})
    assert again.status_code == 409 and latest_release(published) == 2


def test_country_names_in_russian_uzbek_and_english_are_published_as_codes(published: Central) -> None:
    manager = sign_in(published, Role.CONTENT_EDITOR)
    rows = [*ROWS,
            "test-000902,Fictional Russian Names LLC,UZ-902,,active,2026-01-10,,,,Россия|Казахстан|Южная Корея,,,,,yes",
            "test-000903,Fictional Uzbek Names MChJ,UZ-903,,active,2026-01-10,,,,Rossiya|Qozogʻiston|Turkiya,,,,,yes",
            "test-000904,Fictional English Names Ltd,UZ-904,,active,2026-01-10,,,,Russia; Poland; Czechia,,,,,yes"]
    summary = upload(manager, csv_file(rows))
    path = draft_path(summary)
    assert "Added: 3, changed: 0, removed: 0" in summary.text
    manager.post(path + "/publish", {"audience": "all"})
    _release, registry = kiosk_registry(published)
    assert {key: [d["country"] for d in registry[key]["destinations"]]
            for key in ("agency:test-000902", "agency:test-000903", "agency:test-000904")} == {
        "agency:test-000902": ["RU", "KZ", "KR"], "agency:test-000903": ["RU", "KZ", "TR"],
        "agency:test-000904": ["RU", "PL", "CZ"]}


def test_a_json_registry_is_checked_and_published_like_a_csv_one(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    items: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(REGISTRY_CSV)))
    new = {"id": "test-000905", "name": ["Fictional JSON Agency LLC", "ООО «Вымышленное Агентство»"],
           "licence_number": "UZ-905", "status": "действует", "issued": "10.01.2026",
           "countries": ["Rossiya", "Южная Корея"], "fictional": True}
    broken = json.dumps([*items[:2], {**new, "status": "sleeping"}], indent=2, ensure_ascii=False)
    refused = upload(manager, broken.encode(), "registry.json")
    assert refused.status_code == 422
    line = broken[:broken.index('"test-000905"')].rfind("{")
    line = broken[:line].count("\n") + 1
    row = refused.text.split('id="registry-problems"')[1].split("</tbody>")[0]
    assert f'<td class="num">{line}</td><td>item 3 (line {line})</td><td>status</td>' in row
    assert drafts(published) == []

    text = json.dumps([*items, new], indent=2, ensure_ascii=False).encode()
    summary = upload(manager, text, "agencies.json")
    path = draft_path(summary)
    assert "Added: 1, changed: 0, removed: 0" in summary.text and "Fictional JSON Agency LLC" in summary.text
    assert manager.post(path + "/publish", {"audience": "all"}).status_code == 200
    _release, registry = kiosk_registry(published)
    assert [d["country"] for d in registry["agency:test-000905"]["destinations"]] == ["RU", "KR"]
    assert len(registry) == len(items) + 2  # every agency, the new one, and registry:about


def test_removing_most_agencies_needs_an_explicit_yes(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    summary = upload(manager, csv_file(ROWS[:10]))
    path = draft_path(summary)
    assert "Added: 0, changed: 0, removed: 310" in summary.text
    assert 'id="mass-removal"' in summary.text and "removes 310 of the 320 agencies" in summary.text
    assert 'id="confirm-removals"' in summary.text
    removed = summary.text.split('id="removed-agencies"')[1].split("</table>")[0]
    assert "sample-000011" in removed and "sample-000320" in removed
    publish = path + "/publish"

    refused = manager.post(publish, {"audience": "all"})
    assert refused.status_code == 422 and "Yes, remove them" in refused.text
    assert latest_release(published) == 1
    done = manager.post(publish, {"audience": "all", "confirm_removals": "yes"})
    assert done.status_code == 200 and "Published as release 2." in done.text
    _release, registry = kiosk_registry(published)
    assert len(registry) == 11


def test_publishing_is_refused_when_another_release_came_after_the_summary(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    summary = upload(manager, csv_file([*ROWS, NEW_ROW]))
    path = draft_path(summary)
    elsewhere = published.call("POST", "/v1/admin/registry", published.owner_token, data=csv_file(ROWS[:-1]),
                               headers={"Content-Type": "text/csv"})
    assert elsewhere.status_code == 201
    refused = manager.post(path + "/publish", {"audience": "all"})
    assert refused.status_code == 409
    assert "Release 2 was published after this summary was made" in refused.text
    assert latest_release(published) == 2
    assert 'id="stale"' in manager.get(path).text
    assert drafts(published) == [("registry", "open")]


def test_a_release_that_comes_in_while_publishing_is_refused_inside_the_publish(
        published: Central, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    path = draft_path(upload(manager, csv_file([*ROWS, NEW_ROW])))
    signing = Publisher.publish

    def another_release_first(publisher: Publisher, *args: Any, **kwargs: Any) -> Published:
        # Another administrator's release lands after the page checked the latest, before this one is signed.
        monkeypatch.setattr(Publisher, "publish", signing)
        signing(publisher, {}, "elsewhere")
        return signing(publisher, *args, **kwargs)

    monkeypatch.setattr(Publisher, "publish", another_release_first)
    refused = manager.post(path + "/publish", {"audience": "all"})
    assert refused.status_code == 409
    assert "Release 2 was published after this summary was made" in refused.text
    assert latest_release(published) == 2 and drafts(published) == [("registry", "open")]
    _release, registry = kiosk_registry(published)
    assert "agency:test-000901" not in registry
    assert [action for action, _ in audit_actions(published)] == ["registry_uploaded"]


def test_a_crash_after_signing_leaves_the_upload_open_and_it_is_not_published_twice(
        published: Central, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    path = draft_path(upload(manager, csv_file([*ROWS, NEW_ROW])))

    def crash(*_args: Any) -> None:
        raise RuntimeError("the process stopped after the release was signed")

    monkeypatch.setattr(draft_store, "mark_published", crash)
    try:
        status: int | None = manager.post(path + "/publish", {"audience": "all"}).status_code
    except requests.ConnectionError:
        status = None  # the server may drop the connection rather than answer 500, as a stopped process would
    assert status in (500, None)
    manager.http.close()  # a browser would not reuse the connection the server dropped either
    assert latest_release(published) == 2 and drafts(published) == [("registry", "open")]
    monkeypatch.undo()
    again = manager.post(path + "/publish", {"audience": "all"})
    assert again.status_code == 409 and latest_release(published) == 2
    assert 'id="stale"' in manager.get(path).text


def test_an_uploaded_file_is_not_served_before_or_after_it_is_published(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    path = draft_path(upload(manager, csv_file([*ROWS, NEW_ROW])))
    with make_engine(published.database).connect() as connection:
        sha256 = connection.execute(select(console_drafts.c.datasets_sha256)).scalar_one()
    assert (published.files_dir.parent / "console-drafts" / sha256).is_file()
    assert requests.get(f"{published.url}/files/{sha256}", timeout=60).status_code == 404
    assert manager.post(path + "/publish", {"audience": "all"}).status_code == 200
    assert requests.get(f"{published.url}/files/{sha256}", timeout=60).status_code == 404


def test_a_canary_release_is_offered_to_the_canary_group_only(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    summary = upload(manager, csv_file([*ROWS, NEW_ROW]))
    path = draft_path(summary)
    assert manager.post(path + "/publish", {"audience": "canary"}).status_code == 200
    assert audience_of(published, 2) == "canary"
    release, registry = kiosk_registry(published)
    assert release == 1 and "agency:test-000901" not in registry
    again = upload(manager, csv_file([*ROWS, NEW_ROW]))
    path = draft_path(again)
    assert 'id="canary-pending"' in again.text


def test_an_upload_can_be_dropped_and_is_then_never_published(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    path = draft_path(upload(manager, csv_file([*ROWS, NEW_ROW])))
    dropped = manager.post(path + "/drop", {})
    assert dropped.status_code == 200 and dropped.url.endswith("/console/registry")
    assert "Uploads waiting to be published" not in dropped.text
    assert "Dropped: nothing was published." in manager.get(path).text
    assert manager.post(path + "/publish", {"audience": "all"}).status_code == 409
    assert latest_release(published) == 1
    assert [action for action, _ in audit_actions(published)] == ["registry_uploaded", "registry_draft_dropped"]


def test_agency_names_and_file_names_are_shown_escaped(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    hostile = '<script>alert("x")</script> ООО «Тест» <img src=x onerror=alert(1)>'
    row = f'test-000906,"{hostile.replace(chr(34), chr(34) * 2)}",UZ-906,,active,2026-01-10,,,,RU,,,,,yes'
    summary = upload(manager, csv_file([*ROWS, row]), "<b onclick=alert(3)>реестр.csv")
    draft_path(summary)
    page = summary.text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b onclick" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; ООО «Тест» &lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b onclick=alert(3)&gt;реестр.csv" in page
    listed = manager.get("/console/registry").text
    assert "<b onclick" not in listed and "&lt;b onclick=alert(3)&gt;реестр.csv" in listed
    refused = upload(manager, csv_file([*ROWS, row.replace(",active,", ",<script>alert(2)</script>,")]))
    assert refused.status_code == 422
    assert "<script>alert(2)" not in refused.text and "&lt;script&gt;alert(2)&lt;/script&gt;" in refused.text


def test_an_empty_file_or_a_missing_date_is_a_clear_page(published: Central) -> None:
    manager = sign_in(published, Role.REGISTRY_MANAGER)
    empty = upload(manager, b"  \n")
    assert empty.status_code == 422 and "is empty" in empty.text
    undated = upload(manager, csv_file(ROWS), valid_on="")
    assert undated.status_code == 422 and "Give the date the registry was valid on" in undated.text
    assert drafts(published) == []


def test_only_roles_that_publish_the_registry_may_upload(published: Central) -> None:
    viewer = sign_in(published, Role.FLEET_VIEWER)
    assert viewer.get("/console/registry").status_code == 403
    assert upload(viewer, csv_file([*ROWS, NEW_ROW])).status_code == 403
    assert drafts(published) == []
    assert sign_in(published, Role.CONTENT_EDITOR).get("/console/registry").status_code == 200


def test_the_console_the_api_and_the_kiosk_find_the_same_problems_in_a_file(published: Central,
                                                                              tmp_path: Path) -> None:
    items: list[dict[str, Any]] = list(csv.DictReader(io.StringIO(REGISTRY_CSV)))[:3]
    items[1]["status"], items[2]["countries"] = "sleeping", "Нарния|RU"
    text = json.dumps(items, indent=2, ensure_ascii=False)
    path = tmp_path / "registry.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryFileError) as kiosk_says:
        read_registry(path)
    expected = [(str(p.file_line), p.where, p.column, p.reason) for p in kiosk_says.value.problems]
    assert [(where.split(" (")[0], column) for _line, where, column, _reason in expected] == [
        ("item 2", "status"), ("item 3", "countries")]

    api = published.call("POST", "/v1/admin/registry", published.owner_token, data=text.encode(),
                         headers={"Content-Type": "application/json"})
    assert api.status_code == 422
    assert [(str(p["line"]), p["where"], p["column"], p["message"]) for p in api.json()["error"]["problems"]] == \
        expected

    page = upload(sign_in(published, Role.REGISTRY_MANAGER), text.encode(), "registry.json")
    table = page.text.split('id="registry-problems"')[1].split("<tbody>")[1].split("</tbody>")[0]
    shown = [tuple(html.unescape(cell.split(">", 1)[1]) for cell in row.split("</td>")[:-1])
             for row in table.split("<tr>")[1:]]
    assert shown == expected

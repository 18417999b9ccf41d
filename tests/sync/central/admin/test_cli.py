"""``kiosk-admin`` against a real central service on 127.0.0.1 (tests/sync/central/central_server.py).

The command runs in-process through ``main()`` with the centre's pinned clock, so keys documents and
"last seen" ages never depend on today's date; one test runs it as its own process, as an administrator
would.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.agencies.importer import RegistryFileError, read_registry_file
from sync.central.admin.cli import main
from sync.central.admin.root_key import create_root_key, load_root_key
from sync.protocol.keys import check_keys_document
from sync.protocol.signing import keyid, private_to_text, public_from_text
from sync.protocol.times import format_time
from tests.sync.central.central_server import REPOSITORY, Central, enroll_kiosk, enroll_request, free_port

PRIVATE = 0o600


@dataclass
class Ran:
    code: int
    out: str
    err: str


def admin(central: Central, *args: str, token: str | None = None, url: str | None = None,
          environ: dict[str, str] | None = None) -> Ran:
    """Run ``kiosk-admin --url ... --token ... ARGS`` in-process on the centre's clock."""
    out, err = io.StringIO(), io.StringIO()
    given: list[str] = ["--url", url or central.url]
    if token != "":
        given.append(f"--token={token or central.owner_token}")  # a token may start with "-"
    try:
        code = main([*given, *args], out=out, err=err, environ=environ or {"HOME": "/nonexistent"},
                    clock=central.clock)
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    return Ran(code, out.getvalue(), err.getvalue())


def init_keys(central: Central, root_file: Path) -> Ran:
    ran = admin(central, "keys", "init", "--root-key", str(root_file))
    assert ran.code == 0, ran.err
    return ran


def centre_keys(central: Central) -> dict[str, object]:
    answer = central.call("GET", "/v1/admin/keys", central.owner_token)
    assert answer.status_code == 200, answer.text
    body: dict[str, object] = answer.json()
    return body


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# -- keys --------------------------------------------------------------------------------------


def test_keys_init_makes_a_private_root_key_that_signs_the_centres_keys_and_never_leaves(
        central: Central, tmp_path: Path) -> None:
    root_file = tmp_path / "secrets" / "root.key"
    ran = init_keys(central, root_file)

    assert stat.S_IMODE(root_file.stat().st_mode) == PRIVATE
    root = public_from_text(centre_keys(central)["root_public_key"])
    root_private = load_root_key(root_file)
    assert keyid(root_private.public_key()) == keyid(root) == centre_keys(central)["root_keyid"]
    keys = check_keys_document(centre_keys(central)["keys"], root, central.clock(), None)
    assert keys.version == 1
    assert keyid(root) not in keys.release_keys
    assert "never leaves this machine" in ran.out
    # The root's private half is nowhere in what the centre stored.
    secret = private_to_text(root_private).encode()
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("central.db*"))
    assert stored and secret not in stored


def test_keys_init_twice_is_refused_and_leaves_the_root_key_as_it_was(central: Central, tmp_path: Path) -> None:
    root_file = tmp_path / "root.key"
    init_keys(central, root_file)
    before = root_file.read_bytes()
    again = admin(central, "keys", "init", "--root-key", str(tmp_path / "other.key"))
    assert again.code == 1
    assert "already has keys (version 1)" in again.err and "keys rotate" in again.err
    assert root_file.read_bytes() == before
    assert not (tmp_path / "other.key").exists()


def test_keys_init_with_an_existing_root_key_file_uses_it(central: Central, tmp_path: Path) -> None:
    root = create_root_key(tmp_path / "root.key")
    ran = init_keys(central, tmp_path / "root.key")
    assert "read from" in ran.out
    assert centre_keys(central)["root_keyid"] == keyid(root.public_key())


def test_rotate_names_a_new_release_key_in_the_next_version_and_the_latest_release_is_signed_by_it(
        central: Central, tmp_path: Path, content_tree: Path) -> None:
    root_file = tmp_path / "root.key"
    init_keys(central, root_file)
    assert admin(central, "publish", str(content_tree)).code == 0
    first = check_keys_document(centre_keys(central)["keys"], public_from_text(centre_keys(central)["root_public_key"]),
                                central.clock(), None)

    central.clock.advance(timedelta(days=1))
    ran = admin(central, "keys", "rotate", "--root-key", str(root_file))
    assert ran.code == 0, ran.err
    root = public_from_text(centre_keys(central)["root_public_key"])
    second = check_keys_document(centre_keys(central)["keys"], root, central.clock(), first.version)
    assert second.version == 2
    assert set(second.release_keys).isdisjoint(first.release_keys)
    assert "keys version 2 stored" in ran.out and "release 2 was signed again" in ran.out

    kiosk = enroll_kiosk(central)
    latest = central.call("GET", "/v1/releases/latest", kiosk.token).json()
    assert [signature["keyid"] for signature in latest["manifest"]["signatures"]] == list(second.release_keys)


def test_rotate_with_another_root_key_is_refused(central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    create_root_key(tmp_path / "stranger.key")
    ran = admin(central, "keys", "rotate", "--root-key", str(tmp_path / "stranger.key"))
    assert ran.code == 1
    assert "kiosks trust root key" in ran.err
    assert check_keys_document(centre_keys(central)["keys"], public_from_text(centre_keys(central)["root_public_key"]),
                               central.clock(), None).version == 1


def test_rotate_before_init_and_without_a_root_key_file_say_what_to_do(central: Central, tmp_path: Path) -> None:
    missing = admin(central, "keys", "rotate", "--root-key", str(tmp_path / "nowhere.key"))
    assert missing.code == 1 and "no root key at" in missing.err and "keys init" in missing.err
    create_root_key(tmp_path / "root.key")
    early = admin(central, "keys", "rotate", "--root-key", str(tmp_path / "root.key"))
    assert early.code == 1 and "no keys yet" in early.err


def test_a_root_key_file_others_can_read_is_refused(central: Central, tmp_path: Path) -> None:
    root_file = tmp_path / "root.key"
    init_keys(central, root_file)
    root_file.chmod(0o644)
    ran = admin(central, "keys", "rotate", "--root-key", str(root_file))
    assert ran.code == 1
    assert "can be read by others" in ran.err and f"chmod 600 {root_file}" in ran.err


def test_keys_show_prints_the_centres_keys_and_warns_before_they_expire(central: Central, tmp_path: Path) -> None:
    assert "no keys yet" in admin(central, "keys", "show").out
    ran = admin(central, "keys", "init", "--root-key", str(tmp_path / "root.key"), "--expires-in", "40d")
    assert ran.code == 0, ran.err
    shown = admin(central, "keys", "show")
    assert shown.code == 0
    held = centre_keys(central)
    assert f"root key:      {held['root_keyid']}" in shown.out
    assert "keys version:  1" in shown.out
    assert f"expires:       {format_time(central.clock() + timedelta(days=40))}" in shown.out
    assert "before then" not in shown.out
    central.clock.advance(timedelta(days=35))
    assert "expires in 5 days: run `kiosk-admin keys rotate` before then" in admin(central, "keys", "show").out
    central.clock.advance(timedelta(days=6))
    assert "EXPIRED" in admin(central, "keys", "show").out


# -- publishing ----------------------------------------------------------------------------------


def first_article(tree: Path) -> Path:
    return sorted((tree / "articles").rglob("*.en.md"))[0]


def test_publish_dry_run_says_what_would_change_and_publishes_nothing(
        central: Central, tmp_path: Path, content_tree: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    dry = admin(central, "publish", str(content_tree), "--dry-run")
    assert dry.code == 0, dry.err
    assert "dry run: nothing was published" in dry.out
    articles = len(list((content_tree / "articles").rglob("*.md")))
    content_line = next(line for line in dry.out.splitlines() if line.startswith("content: "))
    added = int(content_line.split()[1])
    assert added > articles  # every article in every language, and the topics
    assert "registry: " in dry.out and "booking: " in dry.out
    kiosk = enroll_kiosk(central)
    assert central.call("GET", "/v1/releases/latest", kiosk.token).status_code == 404


def test_publish_then_an_edited_article_is_the_one_change(
        central: Central, tmp_path: Path, content_tree: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    published = admin(central, "publish", str(content_tree))
    assert published.code == 0, published.err
    assert "published release 1 (valid until" in published.out

    article = first_article(content_tree)
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    article_id = article.name.removesuffix(".en.md")
    dry = admin(central, "publish", str(content_tree), "--dry-run")
    assert "content: 1 changed" in dry.out
    assert f"  changed: article:{article_id}:en" in dry.out
    assert "registry: unchanged" in dry.out and "booking: unchanged" in dry.out

    again = admin(central, "publish", str(content_tree))
    assert "published release 2" in again.out


def test_publish_a_tree_with_a_broken_article_names_the_file_and_publishes_nothing(
        central: Central, tmp_path: Path, content_tree: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    article = first_article(content_tree)
    article.write_text("+++\nid = \n+++\n# Broken\n", encoding="utf-8")
    ran = admin(central, "publish", str(content_tree))
    assert ran.code == 1
    relative = article.relative_to(content_tree).as_posix()
    assert any(line.startswith(relative) for line in ran.out.splitlines()), ran.out
    assert f"{content_tree}: nothing was published" in ran.out


def test_publish_something_that_is_not_a_folder_is_a_usage_error(central: Central, tmp_path: Path) -> None:
    ran = admin(central, "publish", str(tmp_path / "missing"))
    assert ran.code == 2 and "is not a folder" in ran.err


# -- the registry ----------------------------------------------------------------------------------


def test_registry_import_prints_bad_rows_by_line_as_kiosk_agencies_import_does(
        central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    rows = (REPOSITORY / "content" / "agencies" / "registry.csv").read_text(encoding="utf-8").splitlines()
    header, good = rows[0], rows[1:6]
    broken_status = good[1].replace(",suspended,", ",sleeping,")
    assert broken_status != good[1]
    no_name = good[2].split(",", 2)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([header, good[0], broken_status, f"{no_name[0]},,{no_name[2]}", good[3]]) + "\n",
                   encoding="utf-8")
    with pytest.raises(RegistryFileError) as kiosk_says:
        read_registry_file(bad, None)

    ran = admin(central, "registry", "import", str(bad))
    assert ran.code == 1
    expected = [str(problem) for problem in kiosk_says.value.problems]
    assert len(expected) >= 2
    assert lines(ran.out) == [*expected, f"{bad}: {len(expected)} problems; nothing was imported"]


def test_registry_import_dry_run_then_import(central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    registry = REPOSITORY / "content" / "agencies" / "registry.csv"
    agencies = len(registry.read_text(encoding="utf-8").splitlines()) - 1
    dry = admin(central, "registry", "import", str(registry), "--dry-run")
    assert dry.code == 0, dry.err
    assert f"registry: {agencies + 1} added" in dry.out or f"registry: {agencies} added" in dry.out
    assert "dry run: nothing was published" in dry.out
    done = admin(central, "registry", "import", str(registry))
    assert done.code == 0 and "published release 1" in done.out


def test_a_registry_that_drops_most_agencies_needs_allow_removals(central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    registry = REPOSITORY / "content" / "agencies" / "registry.csv"
    assert admin(central, "registry", "import", str(registry)).code == 0
    header_only = tmp_path / "header-only.csv"
    header_only.write_text(registry.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    refused = admin(central, "registry", "import", str(header_only))
    assert refused.code == 1
    assert "would remove 320 of the 320 agencies stored (all)" in refused.err + refused.out
    assert "--allow-removals" in refused.err + refused.out
    allowed = admin(central, "registry", "import", str(header_only), "--allow-removals")
    assert allowed.code == 0 and "published release 2" in allowed.out, allowed.err


# -- enrollment codes, tokens and roles --------------------------------------------------------------


def test_enroll_codes_are_printed_one_a_line_and_each_enrolls_one_kiosk(central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    ran = admin(central, "enroll-codes", "create", "--count", "3", "--expires-in", "2h")
    assert ran.code == 0, ran.err
    codes = lines(ran.out)
    assert len(codes) == 3 and len(set(codes)) == 3
    assert f"3 codes, each for one kiosk, usable until {format_time(central.clock() + timedelta(hours=2))}" in ran.err
    assert central.call("POST", "/v1/enroll", json=enroll_request(codes[0])).status_code == 201
    central.clock.advance(timedelta(hours=3))
    assert central.call("POST", "/v1/enroll", json=enroll_request(codes[1])).status_code == 403


@pytest.mark.parametrize("args", [["--count", "0"], ["--expires-in", "tomorrow"], ["--expires-in", "0d"]])
def test_enroll_codes_given_wrongly_is_a_usage_error(central: Central, args: list[str]) -> None:
    ran = admin(central, "enroll-codes", "create", *args)
    assert ran.code == 2
    assert ran.err.startswith("kiosk-admin: ")


def test_a_token_is_printed_once_and_does_only_what_its_role_may(central: Central, tmp_path: Path) -> None:
    ran = admin(central, "tokens", "create", "--role", "fleet_viewer", "--name", "Aziza")
    assert ran.code == 0
    token = ran.out.strip()
    assert len(lines(ran.out)) == 1 and len(token) >= 32
    assert "shown only now" in ran.err
    assert admin(central, "fleet", token=token).code == 0
    refused = admin(central, "enroll-codes", "create", token=token)
    assert refused.code == 1
    assert refused.err.strip() == ("kiosk-admin: the central service refused: a fleet_viewer token may not do "
                                   "this (forbidden, HTTP 403)")
    assert admin(central, "tokens", "create", "--role", "king", "--name", "x").code == 2


# -- what the fleet says --------------------------------------------------------------------------------


def heartbeat(central: Central, token: str, **fields: object) -> None:
    body = {"release": 1, "outbox_depth": 0, "outbox_parked": 0, "clock": format_time(central.clock()),
            "interval_s": 300, "printer": "ok", "free_disk_bytes": 10 << 30, **fields}
    answer = central.call("POST", "/v1/heartbeat", token, json=body)
    assert answer.status_code == 200, answer.text


def row_of(table: str, kiosk_id: str) -> str:
    return next(line for line in table.splitlines() if line.startswith(kiosk_id))


def test_the_fleet_table_judges_each_kiosk_and_says_its_problems_in_words(central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    assert "no kiosks are enrolled yet" in admin(central, "fleet").out
    healthy, troubled, silent = enroll_kiosk(central), enroll_kiosk(central), enroll_kiosk(central)
    heartbeat(central, healthy.token)
    heartbeat(central, troubled.token, release=3, printer="paper out", outbox_parked=2)
    central.clock.advance(timedelta(minutes=4))

    table = admin(central, "fleet").out
    assert table.splitlines()[0].split() == ["KIOSK", "RELEASE", "LAST", "SEEN", "STATE", "STAFF", "DEVICE",
                                             "PROBLEMS"]
    assert "4 min ago (2026-12-04T09:00:00Z)" in row_of(table, healthy.kiosk_id)
    assert row_of(table, healthy.kiosk_id).split()[1] == "1"
    assert row_of(table, healthy.kiosk_id).split()[-3:] == ["fresh", "no", "-"]
    assert "printer: paper out; 2 outbox items parked" in row_of(table, troubled.kiosk_id)
    assert row_of(table, troubled.kiosk_id).split()[1] == "3"
    assert "never  " in row_of(table, silent.kiosk_id) and "never seen" in row_of(table, silent.kiosk_id)
    assert table.splitlines()[-1] == "2 fresh, 1 never seen"

    central.clock.advance(timedelta(minutes=11))  # 15 minutes: more than twice the 5-minute interval
    assert " late " in row_of(admin(central, "fleet").out, healthy.kiosk_id)
    central.clock.advance(timedelta(minutes=30))  # 45 minutes: more than six times
    assert " stale " in row_of(admin(central, "fleet").out, healthy.kiosk_id)
    as_json = json.loads(admin(central, "fleet", "--json").out)
    assert {kiosk["kiosk_id"]: kiosk["state"] for kiosk in as_json} == {
        healthy.kiosk_id: "stale", troubled.kiosk_id: "stale", silent.kiosk_id: "never_seen"}


def feedback(article: str, useful: bool) -> dict[str, object]:
    return {"article_id": article, "language": "en", "useful": useful, "at": "2026-12-04T08:00:00Z"}


def send(central: Central, token: str, item_id: str, kind: str, body: Mapping[str, object]) -> int:
    answer = central.call("POST", "/v1/outbox", token, json={
        "id": item_id, "kind": kind, "body": body, "created_at": "2026-12-04T08:00:00Z"})
    return answer.status_code


def test_outbox_lists_what_kiosks_sent_and_conflicts_show_both_bodies(central: Central, tmp_path: Path) -> None:
    init_keys(central, tmp_path / "root.key")
    kiosk = enroll_kiosk(central)
    assert "no outbox items received" in admin(central, "outbox").out
    assert "no conflicts" in admin(central, "conflicts").out
    assert send(central, kiosk.token, "item-1", "article_feedback", feedback("bank-accounts", True)) == 201
    cancellation = {"reference": "K7-ABC", "cancelled_at": "2026-12-04T08:00:00Z", "kiosk_id": kiosk.kiosk_id}
    assert send(central, kiosk.token, "item-2", "cancellation", cancellation) == 201

    listed = admin(central, "outbox").out
    assert listed.splitlines()[0].split() == ["RECEIVED", "KIOSK", "KIND", "ID", "BODY"]
    assert "item-1" in listed and "item-2" in listed and "bank-accounts" in listed
    only = admin(central, "outbox", "--kind", "cancellation").out
    assert "item-2" in only and "item-1" not in only
    assert json.loads(admin(central, "outbox", "--json").out)[0]["body"] in (feedback("bank-accounts", True),
                                                                            cancellation)

    assert send(central, kiosk.token, "item-1", "article_feedback", feedback("bank-accounts", False)) == 409
    conflicts = admin(central, "conflicts").out
    assert f"item item-1 from kiosk {kiosk.kiosk_id}:" in conflicts
    assert '"useful":true' in conflicts and '"useful":false' in conflicts
    assert "  useful: true, then false" in conflicts


# -- failures a person reads ----------------------------------------------------------------------------


def test_an_unknown_token_is_refused_in_a_sentence(central: Central) -> None:
    ran = admin(central, "fleet", token="not-a-token")
    assert ran.code == 1
    assert ran.err.strip() == "kiosk-admin: the central service refused: this token is unknown (unauthorized, HTTP 401)"


def test_a_centre_that_is_not_there_is_named_by_its_url(central: Central) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    ran = admin(central, "fleet", url=url)
    assert ran.code == 1
    assert ran.err.strip() == f"kiosk-admin: cannot reach the central service at {url}: connection refused " \
                              "(is it running, and is the port right?)"


def test_an_address_that_is_not_the_centre_is_said_to_be_so(central: Central, tmp_path: Path) -> None:
    # A real web server that is not the centre (here, a plain static one): its 404 page is HTML.
    page_server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "0"],
                                   cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert page_server.stdout is not None
        port = page_server.stdout.readline().split("port ")[1].split()[0]
        ran = admin(central, "fleet", url=f"http://127.0.0.1:{port}")
    finally:
        page_server.terminate()
        page_server.wait()
    assert ran.code == 1
    assert "unexpected answer from" in ran.err and "is the URL the central service's?" in ran.err


@pytest.mark.parametrize("argv", [[], ["fleet", "--bogus"], ["keys"], ["keys", "init"]])
def test_a_command_given_wrongly_exits_2(central: Central, argv: Sequence[str]) -> None:
    assert admin(central, *argv).code == 2


def test_without_url_or_token_it_says_how_to_give_them(central: Central) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["fleet"], out=out, err=err, environ={"KIOSK_ADMIN_TOKEN": "x"}) == 2
    assert "give --url or set KIOSK_ADMIN_URL" in err.getvalue()
    ran = admin(central, "fleet", token="", environ={"HOME": "/nonexistent"})
    assert ran.code == 2
    assert "no admin token: give --token, set KIOSK_ADMIN_TOKEN" in ran.err


def test_the_token_may_come_from_the_environment_or_a_private_file(central: Central, tmp_path: Path) -> None:
    assert admin(central, "fleet", token="", environ={"KIOSK_ADMIN_TOKEN": central.owner_token}).code == 0
    token_file = tmp_path / "config" / "kiosk-admin" / "token"
    token_file.parent.mkdir(parents=True)
    token_file.write_text(central.owner_token + "\n", encoding="utf-8")
    token_file.chmod(0o600)
    assert admin(central, "fleet", "--json", token="", environ={"XDG_CONFIG_HOME": str(tmp_path / "config")}).code == 0
    assert admin(central, "--token-file", str(token_file), "fleet", token="").code == 0
    given = admin(central, "fleet", token="", environ={"KIOSK_ADMIN_TOKEN_FILE": str(token_file)})
    assert given.code == 0

    token_file.chmod(0o640)
    shared = admin(central, "fleet", token="", environ={"KIOSK_ADMIN_TOKEN_FILE": str(token_file)})
    assert shared.code == 1
    assert "can be read by others (mode 0640)" in shared.err


def test_kiosk_admin_runs_as_its_own_process(central: Central, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(central.owner_token, encoding="utf-8")
    token_file.chmod(0o600)
    env = {**os.environ, "KIOSK_ADMIN_URL": central.url}
    env.pop("KIOSK_ADMIN_TOKEN", None)
    done = subprocess.run([sys.executable, "-m", "sync.central.admin.cli", "--token-file", str(token_file),
                           "keys", "show"], cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stdout.strip() == "the centre has no keys yet (`kiosk-admin keys init` sets them up)"
    refused = subprocess.run([sys.executable, "-m", "sync.central.admin.cli", "--token", "wrong", "fleet"],
                             cwd=REPOSITORY, env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1
    assert "this token is unknown" in refused.stderr



def test_the_kiosk_admin_script_is_this_command() -> None:
    import importlib
    import tomllib

    scripts = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["kiosk-admin"].partition(":")
    assert getattr(importlib.import_module(module), function) is main

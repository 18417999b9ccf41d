"""``kiosk-admin``: the administrators' command for the central service.

    kiosk-admin --url URL [--token T | --token-file F] COMMAND ...

The token may also come from ``KIOSK_ADMIN_TOKEN`` or a 0600 file (``--token-file``, ``KIOSK_ADMIN_TOKEN_FILE``,
or ``~/.config/kiosk-admin/token``); the URL from ``KIOSK_ADMIN_URL``. It exits 0 on success, 1 when the
centre refused or could not be reached (saying why in a sentence), and 2 when the command was given wrongly.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from sync.central.admin import fleet_view, keys, releases, staff_view
from sync.central.admin.client import AdminClient
from sync.central.admin.credentials import resolve_token, resolve_url
from sync.central.admin.durations import parse_duration
from sync.central.admin.errors import AdminError, UnexpectedAnswer, UsageProblem
from sync.central.admin.staff_view import ReadSecret

Clock = Callable[[], datetime]
ROLES = ("owner", "content_editor", "registry_manager", "scheduler", "fleet_viewer")
STAFF_ROLES = ("operator", "supervisor")
MAX_CODES = 1000


def system_clock() -> datetime:
    return datetime.now(UTC)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-admin", description="Steer the kiosks' central service.")
    parser.add_argument("--url", help="the central service, e.g. https://central.example.org (or KIOSK_ADMIN_URL)")
    parser.add_argument("--token", help="an admin token (or KIOSK_ADMIN_TOKEN, or --token-file); "
                        "write --token=T, as a token may start with -")
    parser.add_argument("--token-file", type=Path, help="a file (mode 0600) holding the admin token")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    keys_parser = commands.add_parser("keys", help="the root key, the release key and the keys document")
    keys_commands = keys_parser.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    for name, text in (("init", "make the root key (if absent) and a release key; give the centre keys version 1"),
                       ("rotate", "a new release key in the next keys version, signed by the root key")):
        action = keys_commands.add_parser(name, help=text)
        action.add_argument("--root-key", type=Path, required=True,
                            help="the offline root key's file (made with mode 0600 by init when absent)")
        action.add_argument("--expires-in", default="365d", help="how long the keys document is valid (default 365d)")
    keys_commands.add_parser("show", help="the centre's current keys document")

    publish = commands.add_parser("publish", help="publish a content tree as a new release")
    publish.add_argument("folder", type=Path, metavar="DIR", help="the content folder (topics, articles, booking ...)")
    publish.add_argument("--dry-run", action="store_true", help="say what would change; publish nothing")

    registry = commands.add_parser("registry", help="the agency registry")
    registry_commands = registry.add_subparsers(dest="registry_command", required=True, metavar="ACTION")
    load = registry_commands.add_parser("import", help="publish a registry CSV")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--dry-run", action="store_true", help="check it and say what would change; publish nothing")
    load.add_argument("--allow-removals", action="store_true",
                      help="publish even if it removes more than a fifth of the agencies")

    codes = commands.add_parser("enroll-codes", help="one-time codes that enroll kiosks")
    codes_commands = codes.add_subparsers(dest="codes_command", required=True, metavar="ACTION")
    create_codes = codes_commands.add_parser("create", help="make enrollment codes")
    create_codes.add_argument("--count", type=int, default=1, help="how many (default 1)")
    create_codes.add_argument("--expires-in", default="1d", help="how long each stays usable (default 1d)")

    for name, text in (("fleet", "every kiosk: release, last seen, fresh/late/stale, staff device, problems"),
                       ("outbox", "items kiosks sent up, newest first"),
                       ("conflicts", "item ids sent twice with different contents (answered 409)")):
        view = commands.add_parser(name, help=text)
        view.add_argument("--json", action="store_true", help="print the centre's answer as JSON")
        if name == "outbox":
            view.add_argument("--kind", help="only items of this kind (booking, report, feedback ...)")

    staff = commands.add_parser("staff", help="staff accounts, staff devices, and check-in conflicts")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = staff_commands.add_parser("add", help="make a staff account (owner only)")
    add.add_argument("--name", required=True, help="the name staff devices show, e.g. \"Dilnoza R.\"")
    add.add_argument("--role", required=True, choices=STAFF_ROLES)
    add.add_argument("--place", action="append", default=[], metavar="LOCATION_ID",
                     help="a place the member works at (again for more; none: every place)")
    add.add_argument("--id", dest="staff_id", help="the account's id, a lower-case slug (default: made, s-xxxx)")
    add.add_argument("--pin", action="store_true", help="ask for a PIN (4 to 12 digits), typed twice")
    add.add_argument("--badge", action="store_true", help="make a badge code, printed once")
    staff_list = staff_commands.add_parser("list", help="every staff account, revoked ones too")
    staff_list.add_argument("--json", action="store_true", help="print the centre's answer as JSON")
    revoke = staff_commands.add_parser("revoke", help="stop an account signing in anywhere (owner only)")
    revoke.add_argument("staff_id", metavar="STAFF_ID")
    reset = staff_commands.add_parser("reset-pin", help="give an account a new PIN, asked for twice (owner only)")
    reset.add_argument("staff_id", metavar="STAFF_ID")
    device = staff_commands.add_parser("device", help="whether a kiosk is a staff device, given the day lists "
                                       "with names and phones (owner only)")
    device.add_argument("kiosk_id", metavar="KIOSK_ID")
    marked = device.add_mutually_exclusive_group(required=True)
    marked.add_argument("--on", dest="staff_device", action="store_true", default=None,
                        help="mark it: it fetches its staff's day lists from its next sync round")
    marked.add_argument("--off", dest="staff_device", action="store_false",
                        help="unmark it: it is refused day lists and deletes those it holds at its next round")
    staff_conflicts = staff_commands.add_parser("conflicts", help="bookings two devices checked in")
    staff_conflicts.add_argument("--open", action="store_true", help="only those not resolved yet")
    staff_conflicts.add_argument("--json", action="store_true", help="print the centre's answer as JSON")
    resolve = staff_commands.add_parser("resolve", help="close a check-in conflict with a note")
    resolve.add_argument("conflict_id", type=int, metavar="ID")
    resolve.add_argument("--note", required=True, help="what was found and done")

    tokens = commands.add_parser("tokens", help="admin tokens")
    tokens_commands = tokens.add_subparsers(dest="tokens_command", required=True, metavar="ACTION")
    create_token = tokens_commands.add_parser("create", help="make a token (printed once)")
    create_token.add_argument("--role", required=True, choices=ROLES)
    create_token.add_argument("--name", required=True, help="whose token it is, for the record")
    return parser


def _enroll_codes(client: AdminClient, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not 1 <= args.count <= MAX_CODES:
        raise UsageProblem(f"--count must be 1 to {MAX_CODES}, not {args.count}")
    lifetime = parse_duration(args.expires_in)
    answer = client.create_enrollment_codes(args.count, int(lifetime.total_seconds()))
    codes = answer.get("codes")
    if not isinstance(codes, list):
        raise UnexpectedAnswer(f"{client.base_url}/v1/admin/enrollment-codes", "no codes in it")
    # The codes alone on standard output, so a script can read them; the rest is for the person.
    for code in codes:
        print(code, file=out)
    until = answer.get("expires_at")
    print(f"{len(codes)} code{'s' if len(codes) != 1 else ''}, each for one kiosk"
          + (f", usable until {until}" if until else ""), file=err)
    return 0


def _create_token(client: AdminClient, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    token = client.create_token(args.role, args.name).get("token")
    print(token, file=out)
    print(f"a {args.role} token for {args.name}; it is shown only now: keep it in a file only you can read "
          "(chmod 600)", file=err)
    return 0


def _staff(client: AdminClient, args: argparse.Namespace, read_secret: ReadSecret, out: TextIO, err: TextIO) -> int:
    if args.staff_command == "add":
        return staff_view.add(client, name=args.name, role=args.role, places=args.place, staff_id=args.staff_id,
                              pin=args.pin, badge=args.badge, read_secret=read_secret, out=out, err=err)
    if args.staff_command == "list":
        return staff_view.show(client, args.json, out)
    if args.staff_command == "revoke":
        return staff_view.revoke(client, args.staff_id, out)
    if args.staff_command == "reset-pin":
        return staff_view.reset_pin(client, args.staff_id, read_secret, out)
    if args.staff_command == "device":
        return staff_view.device(client, args.kiosk_id, args.staff_device, out)
    if args.staff_command == "conflicts":
        return staff_view.conflicts(client, args.open, args.json, out)
    return staff_view.resolve(client, args.conflict_id, args.note, out)


def run(args: argparse.Namespace, client: AdminClient, clock: Clock, out: TextIO, err: TextIO,
        read_secret: ReadSecret = getpass.getpass) -> int:
    if args.command == "keys":
        if args.keys_command == "show":
            return keys.show_keys(client, clock(), out)
        lifetime = parse_duration(args.expires_in)
        command = keys.init_keys if args.keys_command == "init" else keys.rotate_keys
        return command(client, args.root_key, clock(), lifetime, out)
    if args.command == "publish":
        return releases.publish(client, args.folder, args.dry_run, out)
    if args.command == "registry":
        return releases.import_registry(client, args.file, args.dry_run, out, args.allow_removals)
    if args.command == "enroll-codes":
        return _enroll_codes(client, args, out, err)
    if args.command == "fleet":
        return fleet_view.show_fleet(client, clock(), args.json, out)
    if args.command == "outbox":
        return fleet_view.show_outbox(client, args.kind, args.json, out)
    if args.command == "conflicts":
        return fleet_view.show_conflicts(client, args.json, out)
    if args.command == "staff":
        return _staff(client, args, read_secret, out, err)
    return _create_token(client, args, out, err)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None,
         environ: Mapping[str, str] | None = None, clock: Clock = system_clock,
         read_secret: ReadSecret = getpass.getpass) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    environ = os.environ if environ is None else environ
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        client = AdminClient(resolve_url(args.url, environ), resolve_token(args.token, args.token_file, environ))
        try:
            return run(args, client, clock, out, err, read_secret)
        finally:
            client.close()
    except AdminError as error:
        print(f"kiosk-admin: {error}", file=err)
        return error.exit_code
    except KeyboardInterrupt:
        print("kiosk-admin: interrupted", file=err)
        return 130


if __name__ == "__main__":
    sys.exit(main())

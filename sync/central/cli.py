"""``kiosk-central``: run the central service, move its database forward, make the first owner token.

    kiosk-central serve --db URL --files DIR [--host 127.0.0.1] [--port 8080] [--allowance-days 2] ...
    kiosk-central migrate --db URL
    kiosk-central token create --db URL --role owner --name "Dilnoza"
    kiosk-central console-account create --db URL --username dilnoza --name "Dilnoza" --role owner

``--db`` is a SQLAlchemy URL (``postgresql+psycopg://user@host/db``) or a path to a
SQLite file; it defaults to ``$KIOSK_CENTRAL_DB``, and ``--files`` to
``$KIOSK_CENTRAL_FILES``. The ``--allowance-*`` options set the offline allowance
policy (``sync.central.allowances``); ``--allowance-days 0`` turns allowances off.
``--people-days`` (2) is how many days after a booking's day its name and phone
are kept for staff devices' day lists (``sync.central.people``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sync.central.database import make_engine, migrate
from sync.central.settings import Settings, system_clock
from sync.central.tokens import Role, create_admin_token


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-central", description="The migrant kiosks' central service.")
    commands = parser.add_subparsers(dest="command", required=True)

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--db", default=os.environ.get("KIOSK_CENTRAL_DB"),
                         help="SQLAlchemy URL or SQLite file (default: $KIOSK_CENTRAL_DB)")
        return sub

    serve = with_db(commands.add_parser("serve", help="run the HTTP API"))
    serve.add_argument("--files", default=os.environ.get("KIOSK_CENTRAL_FILES"),
                       help="folder for release files (default: $KIOSK_CENTRAL_FILES)")
    serve.add_argument("--drafts", default=os.environ.get("KIOSK_CENTRAL_DRAFTS"),
                       help="folder for the console's unpublished drafts, never served (default: console-drafts "
                            "beside --files; $KIOSK_CENTRAL_DRAFTS)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--heartbeat-interval", type=int, default=300, help="seconds, told to kiosks at enrollment")
    serve.add_argument("--upkeep-interval", type=float, default=300,
                       help="seconds between checks that the latest release needs publishing again "
                            "(near expiry, or a new kiosk's key); 0: never")

    defaults = Settings(database="", files_dir=Path())
    serve.add_argument("--allowance-days", type=int, default=defaults.allowance_days,
                       help="days of slots ahead that kiosks get offline allowances in; 0: no allowances")
    serve.add_argument("--allowance-per-slot", type=int, default=defaults.allowance_per_slot,
                       help="most seats one kiosk is granted in one slot")
    serve.add_argument("--allowance-share", type=float, default=defaults.allowance_share,
                       help="most of a slot's capacity (0 to 1) all kiosks' allowances hold together")
    serve.add_argument("--allowance-lease", type=int, default=defaults.allowance_lease_s,
                       help="seconds a kiosk may sell a grant for, counted on its own clock")
    serve.add_argument("--allowance-margin", type=int, default=defaults.allowance_margin_s,
                       help="seconds after a lease before an unsettled grant shows as overdue to staff")
    serve.add_argument("--people-days", type=int, default=defaults.people_days,
                       help="days after a booking's day that its name and phone are kept for staff's day lists")

    with_db(commands.add_parser("migrate", help="bring the database schema up to date"))

    token = commands.add_parser("token", help="administrator tokens")
    token_commands = token.add_subparsers(dest="token_command", required=True)
    create = with_db(token_commands.add_parser("create", help="make a token (the first owner's, say)"))
    create.add_argument("--role", required=True, choices=[role.value for role in Role])
    create.add_argument("--name", required=True)

    account = commands.add_parser("console-account", help="accounts of the web console (/console)")
    account_commands = account.add_subparsers(dest="account_command", required=True)
    make = with_db(account_commands.add_parser(
        "create", help="make an account (the first owner's, say); its password is printed once"))
    make.add_argument("--username", required=True)
    make.add_argument("--name", required=True)
    make.add_argument("--role", required=True, choices=[role.value for role in Role])
    serve.add_argument("--insecure-console-cookies", action="store_true",
                       help="let the console's session cookie travel over plain HTTP (a trial on one's own "
                            "machine only; in service, put the console behind HTTPS)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.db:
        print("kiosk-central: give --db (or set KIOSK_CENTRAL_DB)", file=sys.stderr)
        return 2
    if args.command == "migrate":
        migrate(make_engine(args.db))
        print("the database schema is up to date")
        return 0
    if args.command == "token":
        engine = make_engine(args.db)
        migrate(engine)
        print(create_admin_token(engine, Role(args.role), args.name, system_clock()))
        return 0
    if args.command == "console-account":
        return _create_console_account(args)
    if not args.files:
        print("kiosk-central: give --files (or set KIOSK_CENTRAL_FILES)", file=sys.stderr)
        return 2
    import uvicorn

    from sync.central.app import create_app

    settings = Settings(database=args.db, files_dir=Path(args.files), heartbeat_interval_s=args.heartbeat_interval,
                        upkeep_interval_s=args.upkeep_interval, allowance_days=args.allowance_days,
                        allowance_per_slot=args.allowance_per_slot, allowance_share=args.allowance_share,
                        allowance_lease_s=args.allowance_lease, allowance_margin_s=args.allowance_margin,
                        people_days=args.people_days,
                        console_secure_cookies=not args.insecure_console_cookies,
                        drafts_dir=Path(args.drafts) if args.drafts else None)
    migrate(make_engine(args.db))
    app = create_app(settings)
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=True, log_level="info")
    return 0


def _create_console_account(args: argparse.Namespace) -> int:
    import secrets

    from sync.central.console.accounts import AccountError, create_account

    engine = make_engine(args.db)
    migrate(engine)
    password = secrets.token_urlsafe(12)
    try:
        create_account(engine, args.username, args.name, Role(args.role), password, "kiosk-central", system_clock())
    except AccountError as error:
        print(f"kiosk-central: {error}", file=sys.stderr)
        return 1
    print(f"made {args.username} ({args.role}); password, shown this once: {password}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``kiosk`` command line.

Every subcommand takes ``--config FILE`` and ``--data-dir DIR``. Commands that
need a screen (``run``, ``screenshot``) load the Qt front end only when called,
so the rest work on a machine with no display and no Qt libraries.

An ordinary problem (a wrong path or value, a file that is unreadable, too
large or too deep, a full or read-only disk) ends with one sentence on stderr
and a non-zero status, never a traceback; a traceback means a bug. Exit
statuses: 0 done, 1 failed, 2 wrong usage or configuration, 3 no display,
130 interrupted, 141 the reader of the output went away (``| head``).
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from kiosk import __version__, config, languages, staff
from kiosk.clock import parse_moment
from kiosk.store import StoreError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_DISPLAY = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_PIPE_CLOSED = 130, 141  # as a shell reports SIGINT and SIGPIPE

NO_DISPLAY_MESSAGE = (
    "No display found, so the kiosk has nowhere to draw: run it under a virtual screen with "
    "`xvfb-run -a kiosk run --windowed`, or render screens to PNG with `kiosk screenshot home home.png`."
)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="TOML configuration file (default: $KIOSK_CONFIG, "
                             "~/.config/migrant-kiosk/kiosk.toml, /etc/migrant-kiosk/kiosk.toml)")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="data directory (overrides kiosk.data_dir)")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1080x1920") from None
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise argparse.ArgumentTypeError("width and height must be between 320 and 7680")
    return width, height


def _moment(text: str) -> datetime:
    try:
        return parse_moment(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a moment like 2026-12-07 or 2026-12-07T09:30") from None


def _percent(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage like 20") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("a percentage is from 0 to 100")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-20") from None


def _language(text: str) -> str:
    if text not in languages.TAGS:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(languages.TAGS)}")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Migrant information kiosk: know your rights, check an agency, book an appointment.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = commands.add_parser("run", help="start the touch kiosk (fullscreen unless --windowed)",
                              description="Start the touch kiosk on this machine's screen.")
    run.add_argument("--windowed", action="store_true",
                     help="a normal, closable window for development instead of fullscreen")
    run.add_argument("--size", type=_size, metavar="WxH",
                     help="the window's size with --windowed (default: a kiosk's shape that fits the screen)")
    run.add_argument("--lang", type=_language, metavar="TAG",
                     help=f"start in this language ({', '.join(languages.TAGS)})")
    _common(run)

    shot = commands.add_parser("screenshot", help="render a screen to PNG, offscreen",
                               description="Render one kiosk screen to a PNG file without a display.")
    shot.add_argument("screen", nargs="?", help="screen name (see --list)")
    shot.add_argument("out", nargs="?", type=Path, help="PNG file to write")
    shot.add_argument("--list", action="store_true", help="list the screens that can be rendered")
    shot.add_argument("--lang", type=_language, metavar="TAG", help="language (default: kiosk.default_language)")
    shot.add_argument("--size", type=_size, default=(1080, 1920), metavar="WxH",
                      help="window size in pixels (default 1080x1920, portrait)")
    shot.add_argument("--contrast", choices=["normal", "high"], default="normal", help="colour theme")
    shot.add_argument("--text-size", type=int, choices=[1, 2, 3], default=1, metavar="N",
                      help="text size step 1, 2 or 3 (default 1)")
    shot.add_argument("--topic", metavar="ID", help="topic for the rights-topic screen")
    shot.add_argument("--article", metavar="ID", help="article for the reader screen")
    shot.add_argument("--query", metavar="TEXT", help="what is typed on the search and agency screens")
    shot.add_argument("--agency", metavar="ID", help="agency for the agency-verdict and agency-report screens")
    shot.add_argument("--country", metavar="CODE", help="destination country (ISO code) for the agency screens")
    shot.add_argument("--service", metavar="ID", help="service chosen on the booking screens")
    shot.add_argument("--location", metavar="ID", help="location chosen on the booking screens")
    shot.add_argument("--name", metavar="TEXT", help="the name typed on the booking screens")
    shot.add_argument("--now", "--today", dest="now", type=_moment, metavar="WHEN",
                      help="the kiosk's clock for the screen: verdicts, the calendar, the times "
                           "(YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: the machine's clock)")
    _common(shot)

    doctor = commands.add_parser("doctor", help="check display, fonts, voices, printer, database, disk, clock",
                                 description="Check that this machine can run the kiosk, "
                                             "and say how to fix what is wrong.")
    _common(doctor)

    show = commands.add_parser("config", help="print the effective configuration as TOML",
                               description="Print every configuration key with its effective value.")
    show.add_argument("--defaults", action="store_true", help="print the defaults, with comments, instead")
    _common(show)

    content = commands.add_parser("content", help="check, build and search the rights content",
                                  description="Work with the Know-your-rights content tree (content/).")
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_commands.add_parser("check", help="validate the content tree; exit 1 on any error",
                                        description="Report every problem in the content tree with its "
                                                    "file and line; placeholders are listed as warnings.")
    check.add_argument("dir", nargs="?", type=Path, help="content directory (default: kiosk.content_dir)")
    _common(check)
    build = content_commands.add_parser("build", help="turn the content tree into the data the kiosk loads",
                                        description="Check the tree and write it as one JSON bundle.")
    build.add_argument("out", type=Path, help="bundle file to write (JSON)")
    build.add_argument("--dir", type=Path, help="content directory (default: kiosk.content_dir)")
    _common(build)
    find = content_commands.add_parser("search", help="search the articles as the kiosk does",
                                       description="Search the articles in the local cache.")
    find.add_argument("query", help="what a person would type")
    find.add_argument("--lang", type=_language, metavar="TAG", help="language (default: kiosk.default_language)")
    find.add_argument("--json", action="store_true", help="print the results as JSON")
    _common(find)

    agencies = commands.add_parser("agencies", help="import and look up the agency registry",
                                   description="Work with the registry of licensed recruitment agencies.")
    agency_commands = agencies.add_subparsers(dest="agencies_command", metavar="ACTION", required=True)
    load = agency_commands.add_parser("import", help="import a registry file (CSV or JSON) in one transaction",
                                      description="Import a registry file. Bad rows are reported with row, "
                                                  "column and reason, and then nothing is changed.")
    load.add_argument("file", type=Path, help="registry file: CSV (comma or semicolon, UTF-8) or JSON")
    load.add_argument("--mapping", type=Path, metavar="FILE", help="TOML header mapping for other column names")
    load.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    load.add_argument("--allow-removals", action="store_true",
                      help="let the import remove any number of agencies (default: stop if it would remove "
                           "more than --max-removals of them, or all)")
    load.add_argument("--max-removals", type=_percent, default=20, metavar="PERCENT",
                      help="the share of the stored registry one import may remove (default 20)")
    load.add_argument("--as-of", type=_iso_date, metavar="DATE",
                      help="when the registry data was taken (YYYY-MM-DD; default: today)")
    _common(load)
    look = agency_commands.add_parser("lookup", help="look an agency up by name or licence number",
                                      description="Look an agency up as the kiosk does: by name, forgiving "
                                                  "typos and script, or by licence number.")
    look.add_argument("query", help="a name, part of a name, or a licence number")
    look.add_argument("--country", metavar="CODE", help="the destination country (ISO code, e.g. DE) to check for")
    look.add_argument("--json", action="store_true", help="print the matches and their verdicts as JSON")
    _common(look)

    receipt = commands.add_parser("receipt", help="verify a receipt's QR token; render a sample receipt",
                                  description="Work with appointment receipts and their signed QR tokens.")
    receipt_commands = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    check_token = receipt_commands.add_parser(
        "verify", help="verify the token in a receipt's QR code; exit 1 unless it is genuine",
        description="Verify a receipt token against this kiosk's key, the kiosk keys in the local cache "
                    "and any --keys files, and print what it says.")
    check_token.add_argument("token", help="the text of the QR code: KQ1.<payload>.<signature>")
    check_token.add_argument("--keys", type=Path, metavar="FILE", action="append", default=[],
                             help="more kiosk public keys: PEM, or JSON {kiosk_id: base64 key} (repeatable)")
    _common(check_token)
    sample = receipt_commands.add_parser(
        "sample", help="render the receipt of a fictional demo booking to PDF",
        description="Render a receipt for a fictional booking, signed by this kiosk's device key "
                    "(made on first use), as the staff menu's test print does.")
    sample.add_argument("out", type=Path, help="PDF file to write")
    sample.add_argument("--lang", type=_language, metavar="TAG", help="language (default: kiosk.default_language)")
    sample.add_argument("--layout", choices=["roll", "a4"], default="roll",
                        help="80 mm receipt roll (default) or A4 page")
    _common(sample)

    enroll = commands.add_parser("enroll", help="enroll this kiosk with the central service (a one-time code)",
                                 description="Exchange a one-time enrollment code for this kiosk's device token, "
                                             "pin the centre's root key and register the receipt-signing key.")
    enroll.add_argument("url", help="the central service's base URL, e.g. https://kiosk-centre.example.org")
    enroll.add_argument("code", help="the one-time enrollment code from the centre's administrator")
    _common(enroll)

    sync = commands.add_parser("sync", help="fetch the newest release and send the outbox",
                               description="Keep this kiosk's release current and send its outbox: forever, "
                                           "once, or just say how it stands.")
    sync.add_argument("--once", action="store_true", help="one round (release, outbox, heartbeat), then exit; "
                                                          "exit 1 if anything failed")
    sync.add_argument("--status", action="store_true",
                      help="print the release, the last success and error, and the outbox; change nothing")
    _common(sync)

    demo = commands.add_parser("demo", help="the whole loop on this machine: a central service on loopback, "
                                            "the bundled content published to it, this kiosk enrolled and running",
                               description="Start a local central service (127.0.0.1) with the bundled content "
                                           "published, enroll this kiosk to it and run the kiosk (windowed), "
                                           "which syncs in the background. `kiosk run` needs none of this.")
    demo.add_argument("--port", type=int, default=8765, help="the central service's port (default 8765)")
    demo.add_argument("--lang", type=_language, metavar="TAG", help="start in this language")
    demo.add_argument("--fullscreen", action="store_true", help="fullscreen instead of a window")
    _common(demo)

    desk = commands.add_parser("staff", help="staff mode in a normal window (a laptop at a mobile office)",
                               description="Run the staff desk in a normal window, for a mouse and a physical "
                                           "keyboard (a USB scanner types as one): staff sign-in, the day's list, "
                                           "check-in, walk-ins and the day's summary. No public screens.")
    desk.add_argument("--size", type=_size, default=(1366, 768), metavar="WxH",
                      help="the window's size (default 1366x768, landscape)")
    desk.add_argument("--lang", type=_language, metavar="TAG",
                      help=f"start in this language ({', '.join(languages.TAGS)})")
    _common(desk)

    pin = commands.add_parser("staff-pin", help="make the staff.pin_hash value for a new staff PIN",
                              description="Read a new staff PIN (4-12 digits) twice and print the "
                                          "line to put in the [staff] section of the config file.")
    pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input (for scripts)")
    _common(pin)

    staff_audit = commands.add_parser("staff-audit", help="check the staff audit log; summarise a day",
                                      description="Verify this device's hash-chained staff audit log, or "
                                                  "summarise a place's day as staff mode recorded it.")
    staff_commands = staff_audit.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    verify_audit = staff_commands.add_parser(
        "verify", help="check the audit log's hash chain; exit 1 and name each break",
        description="Recompute every entry's hash and link; print a line for each edited, missing or "
                    "reordered entry.")
    _common(verify_audit)
    summary = staff_commands.add_parser(
        "summary", help="counts of a place's day by service and state; CSV and PDF",
        description="Print the day's counts (booked, checked in, served, no-shows, cancelled, walk-ins) by "
                    "service, and write them as CSV or PDF.")
    summary.add_argument("--day", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="the day")
    summary.add_argument("--location", required=True, metavar="ID", help="the location id")
    summary.add_argument("--lang", type=_language, metavar="TAG", help="language (default: kiosk.default_language)")
    summary.add_argument("--csv", type=Path, metavar="OUT.csv", help="write the counts as CSV (UTF-8, ';')")
    summary.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the summary as PDF")
    summary.add_argument("--layout", choices=["a4", "roll"], default="a4",
                         help="the PDF's layout: A4 page (default) or 80 mm roll")
    _common(summary)
    return parser


def _load_config(args: argparse.Namespace) -> config.Config:
    return config.load(args.config, data_dir=args.data_dir)


def cmd_run(args: argparse.Namespace) -> int:
    if not _has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    if args.size and not args.windowed:
        print("kiosk run: --size needs --windowed (fullscreen always covers the screen)", file=sys.stderr)
        return EXIT_USAGE
    settings = _load_config(args)
    if not settings.demo:
        # Imported here: a demo kiosk (the default) starts without the cost.
        from kiosk.unfilled import UnfilledPlaceholders, check_before_start
        try:
            check_before_start(settings)
        except UnfilledPlaceholders as refused:
            print(f"kiosk run: refused to start: {refused}", file=sys.stderr)
            return EXIT_FAILED
    app = importlib.import_module("ui.app")
    return int(app.run(settings, windowed=args.windowed, language=args.lang, size=args.size))


def cmd_staff(args: argparse.Namespace) -> int:
    if not _has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    settings = _load_config(args)
    app = importlib.import_module("ui.app")
    return int(app.run(settings, windowed=True, language=args.lang, size=args.size, staff_only=True))


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "eglfs", "linuxfb", "vnc", "minimal"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_screenshot(args: argparse.Namespace) -> int:
    screenshot = importlib.import_module("ui.screenshot")
    if args.list:
        for name, description in screenshot.SCREENS.items():
            print(f"{name:<14} {description}")
        return EXIT_OK
    if not args.screen or not args.out:
        print("kiosk screenshot: give SCREEN and OUT.png, or --list", file=sys.stderr)
        return EXIT_USAGE
    if args.screen not in screenshot.SCREENS:
        print(f"kiosk screenshot: unknown screen {args.screen!r}; "
              f"choose from: {', '.join(screenshot.SCREENS)}", file=sys.stderr)
        return EXIT_USAGE
    settings = _load_config(args)
    screenshot.render(
        settings, args.screen, args.out, language=args.lang or settings.default_language,
        size=args.size, high_contrast=args.contrast == "high", text_size=args.text_size,
        options={key: value for key in ("topic", "article", "query", "agency", "country", "service", "location", "name")
                 if (value := getattr(args, key))},
        now=args.now,
    )
    print(f"wrote {args.out}")
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from kiosk import doctor

    settings = _load_config(args)
    results = doctor.run_checks(settings)
    print(doctor.format_report(results))
    return EXIT_FAILED if any(r.status is doctor.Status.FAIL for r in results) else EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    if args.defaults:
        print(config.defaults_as_toml(), end="")
        return EXIT_OK
    settings = _load_config(args)
    print(f"# effective configuration (file: {settings.source})")
    print(config.as_toml(settings), end="")
    return EXIT_OK


def cmd_staff_pin(args: argparse.Namespace) -> int:
    if args.stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New staff PIN (4-12 digits): ")
        if getpass.getpass("Same PIN again: ") != pin:
            print("The two PINs differ; nothing changed.", file=sys.stderr)
            return EXIT_FAILED
    try:
        pin_hash = staff.hash_pin(pin)
    except ValueError as error:
        print(f"kiosk staff-pin: {error}", file=sys.stderr)
        return EXIT_USAGE
    print("[staff]")
    print(f'pin_hash = "{pin_hash}"')
    return EXIT_OK


def cmd_content(args: argparse.Namespace) -> int:
    from kiosk.content import bundle, check

    settings = _load_config(args)
    if args.content_command == "check":
        folder = args.dir or settings.content_dir
        status = check.main_check(folder, sys.stdout)
        if (folder / "booking").is_dir():  # offices, services and schedules: checked the same way
            from kiosk.booking.authoring import check_catalogue

            report = check_catalogue(folder / "booking")
            for problem in report.problems:
                print(problem)
            print(report.summary())
            status = max(status, 0 if report.ok else 1)
        return status
    if args.content_command == "build":
        if args.out.is_dir():
            print(f"kiosk content build: {args.out} is a folder; give the bundle file to write, "
                  f"e.g. {args.out / 'bundle.json'}", file=sys.stderr)
            return EXIT_USAGE
        return bundle.main_build(args.dir or settings.content_dir, args.out, sys.stdout)
    from kiosk.bootstrap import open_local_cache
    from kiosk.content import search

    store = open_local_cache(settings)
    try:
        return search.main_search(store, args.query, args.lang or settings.default_language, args.json, sys.stdout)
    finally:
        store.close()


def cmd_agencies(args: argparse.Namespace) -> int:
    from kiosk.agencies import importer, lookup, verdict
    from kiosk.bootstrap import open_local_cache

    settings = _load_config(args)
    store = open_local_cache(settings)
    try:
        if args.agencies_command == "import":
            limit = importer.RemovalLimit(None if args.allow_removals else args.max_removals / 100)
            return importer.main_import(store, args.file, args.mapping, args.dry_run, sys.stdout,
                                        as_of=args.as_of, rebuild=lookup.rebuild_lookup_index, limit=limit)
        return verdict.main_check(store, args.query, country=args.country, as_json=args.json, out=sys.stdout,
                                  today=date.today(), max_age_days=settings.agencies_max_age_days)
    finally:
        store.close()


def cmd_receipt(args: argparse.Namespace) -> int:
    from kiosk.receipts import commands

    settings = _load_config(args)
    if args.receipt_command == "sample":
        return commands.main_sample(args.out, args.lang or settings.default_language, args.layout,
                                    settings.data_paths, sys.stdout, sys.stderr)
    from kiosk.bootstrap import open_local_cache

    store = open_local_cache(settings)
    try:
        return commands.main_verify(args.token, args.keys, store, settings.data_paths, sys.stdout, sys.stderr)
    finally:
        store.close()


def cmd_staff_audit(args: argparse.Namespace) -> int:
    from kiosk.bootstrap import open_local_cache
    from kiosk.staff import commands

    settings = _load_config(args)
    store = open_local_cache(settings)
    try:
        if args.staff_command == "verify":
            return commands.main_verify(store, sys.stdout)
        return commands.main_summary(store, day=args.day, location_id=args.location,
                                     language=args.lang or settings.default_language, csv_path=args.csv,
                                     pdf_path=args.pdf, layout=args.layout, now=datetime.now(), out=sys.stdout,
                                     err=sys.stderr)
    finally:
        store.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from kiosk import demo

    if not _has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    demo.demo_environment()
    settings = _load_config(args)
    centre = demo.DemoCentre(settings.data_dir / "demo-central", args.port)
    try:
        server = demo.start_centre(centre, sys.stdout)
    except demo.DemoError as error:
        print(f"kiosk demo: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        demo.prepare(centre, settings.content_dir, settings.data_dir, demo.is_enrolled(settings.data_dir),
                     sys.stdout)
        app = importlib.import_module("ui.app")
        return int(app.run(settings, windowed=not args.fullscreen, language=args.lang, size=None))
    except demo.DemoError as error:
        print(f"kiosk demo: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        server.terminate()
        server.wait(10)


def cmd_enroll(args: argparse.Namespace) -> int:
    settings = _load_config(args)
    agent_cli = importlib.import_module("sync.agent.cli")  # kiosk/ never imports sync/ when loaded
    return int(agent_cli.main_enroll(settings, args.url, args.code, sys.stdout))


def cmd_sync(args: argparse.Namespace) -> int:
    if args.once and args.status:
        print("kiosk sync: give --once or --status, not both", file=sys.stderr)
        return EXIT_USAGE
    settings = _load_config(args)
    agent_cli = importlib.import_module("sync.agent.cli")
    return int(agent_cli.main_sync(settings, sys.stdout, once=args.once, status=args.status))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "screenshot": cmd_screenshot,
    "doctor": cmd_doctor,
    "agencies": cmd_agencies,
    "config": cmd_config,
    "content": cmd_content,
    "receipt": cmd_receipt,
    "staff": cmd_staff,
    "staff-pin": cmd_staff_pin,
    "staff-audit": cmd_staff_audit,
    "demo": cmd_demo,
    "enroll": cmd_enroll,
    "sync": cmd_sync,
}


def _ordinary_problem(error: BaseException) -> tuple[str, int] | None:
    """The sentence and exit status for a problem the person running the command can fix; None for a bug."""
    if isinstance(error, config.ConfigError):
        return str(error), EXIT_USAGE
    if isinstance(error, StoreError):
        return f"local cache: {error}", EXIT_FAILED
    # Classes of modules not imported cannot have been raised: look them up only if loaded.
    for module_name, class_name, prefix in (
            ("kiosk.content.errors", "ContentError", "content"),
            ("kiosk.booking.authoring", "CatalogueError", "booking catalogue"),
            ("kiosk.agencies.importer", "AgencyImportError", "agency registry"),
            ("kiosk.receipts.device_key", "DeviceKeyError", "device key"),
            ("sync.agent.errors", "SyncError", "sync")):
        module = sys.modules.get(module_name)
        if module is not None and isinstance(error, getattr(module, class_name)):
            return f"{prefix}: {error}", EXIT_FAILED
    if isinstance(error, OSError):  # the machine said no: a path, a permission, a full disk
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror or error}", EXIT_FAILED
    return None


def _log_level() -> tuple[int, str]:
    name = os.environ.get("KIOSK_LOG_LEVEL", "WARNING").upper()
    level = logging.getLevelName(name)
    if isinstance(level, int):
        return level, ""
    return logging.WARNING, (f"kiosk: KIOSK_LOG_LEVEL={name!r} is not a log level "
                             "(DEBUG, INFO, WARNING, ERROR); using WARNING")


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Text typed or passed in may hold bytes no encoding can show; show them escaped, never fail on them.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    level, warning = _log_level()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if warning:
        print(warning, file=sys.stderr)
    args = build_parser().parse_args(argv)
    try:
        status = COMMANDS[args.command](args)
        sys.stdout.flush()  # here, where a closed pipe can still be handled, not at exit
        return status
    except BrokenPipeError:
        # The reader went away (`| head`): what it did not read is not wanted. Point stdout at
        # nothing so the flush at exit cannot fail again, and leave quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        problem = _ordinary_problem(error)
        if problem is None:
            raise
        message, status = problem
        print(f"kiosk {args.command}: {message}", file=sys.stderr)
        return status


if __name__ == "__main__":
    sys.exit(main())

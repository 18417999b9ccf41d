"""``kiosk doctor``: can this machine run the kiosk, and if not, how to fix it.

Each check is a small function that returns one :class:`CheckResult` saying
plainly what it found and, when something is wrong, the exact command or Debian
package that fixes it. The checks run the real tools (``fc-list``,
``espeak-ng``, ``lpstat``, ``timedatectl``) with a timeout and ``LC_ALL=C``,
so their output can be parsed whatever language the machine speaks.

The machine is passed in (``which``, ``run``, ``environ``, ``now``) rather than
read from globals, so tests exercise failure paths on a healthy machine: an
environment without ``DISPLAY``, a ``which`` that finds no ``espeak-ng``, a
clock in 1999, a ``CUPS_SERVER`` that points at nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from kiosk import config, languages, staff
from kiosk.bootstrap import open_local_cache
from kiosk.content.errors import ContentError
from kiosk.store import SchemaTooNew, StoreUnavailable

if TYPE_CHECKING:
    from kiosk.config import Config

# The day this release was built. A clock earlier than that has certainly been
# reset (a flat RTC battery boots in 1970 or at the firmware's epoch), and every
# receipt date, appointment slot and licence-expiry check would be wrong with it.
# Move it forward with each release.
EARLIEST_PLAUSIBLE = date(2026, 11, 1)
# A kiosk is not left unpatched for longer than this; a later date is a bad RTC.
LATEST_PLAUSIBLE = EARLIEST_PLAUSIBLE.replace(year=EARLIEST_PLAUSIBLE.year + 2)

TOOL_TIMEOUT_SECONDS = 5
INSTALLER = "bash packaging/setup.sh run"

DISK_FAIL_BYTES = 100 * 2**20  # below this a release or even a booking may not fit
DISK_WARN_BYTES = 500 * 2**20
# Rebuilds older than this are history the staff status screen keeps; doctor
# reports only recent ones so the warning goes away once the cause is dealt with.
REBUILD_WARN_DAYS = 30

_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "".join(chr(c) for c in range(0x0410, 0x0450)) + "Ёё"
# Each UI language's alphabet, and the letters it adds to it. Uzbek Latin writes
# oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC; a font without them
# shows boxes in the middle of words.
ALPHABETS: dict[str, tuple[str, str]] = {
    "uz-Latn": (_LATIN, "ʻʼ"),
    "uz-Cyrl": (_CYRILLIC, "ЎўҚқҒғҲҳ"),
    "ru": (_CYRILLIC, ""),
    "ky": (_CYRILLIC, "ҢңӨөҮү"),
    "tg": (_CYRILLIC, "ҒғӢӣҚқӮӯҲҳҶҷ"),
    "en": (_LATIN, ""),
}
assert set(ALPHABETS) == set(languages.TAGS), "every UI language needs its letters listed"

# Qt platforms that draw without a window system. "offscreen" draws nowhere visible.
_FRAMEBUFFER_PLATFORMS = ("eglfs", "linuxfb")

Which = Callable[[str], str | None]
# subprocess.run, or anything that takes its arguments and returns what it returns.
Runner = Callable[..., subprocess.CompletedProcess[str]]


class Status(Enum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str
    fix: str  # empty when OK


def _ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.OK, detail, "")


class _ToolFailed(Exception):
    """A tool could not be run, timed out, or could not be found."""


@dataclass(frozen=True)
class _Machine:
    which: Which
    runner: Runner
    environ: Mapping[str, str]

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``tool`` (found with ``which``) in the C locale, with a timeout."""
        path = self.which(tool)
        if path is None:
            raise _ToolFailed(f"{tool} is not installed")
        env = {key: value for key, value in self.environ.items() if key != "LANGUAGE"}
        env.update(LANG="C", LC_ALL="C")
        try:
            return self.runner(
                [path, *args], capture_output=True, encoding="utf-8", errors="replace",
                timeout=TOOL_TIMEOUT_SECONDS, env=env, check=False,
            )
        except subprocess.TimeoutExpired:
            raise _ToolFailed(f"{tool} did not answer within {TOOL_TIMEOUT_SECONDS} s") from None
        except OSError as error:
            raise _ToolFailed(f"could not run {tool}: {error}") from None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def check_display(environ: Mapping[str, str]) -> CheckResult:
    name = "display"
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform == "offscreen":
        return CheckResult(name, Status.WARN, "QT_QPA_PLATFORM=offscreen: renders offscreen only, "
                           "nothing will appear on a screen",
                           "unset QT_QPA_PLATFORM and run under cage/X")
    if platform in _FRAMEBUFFER_PLATFORMS:
        return _ok(name, f"QT_QPA_PLATFORM={platform}: draws straight to the screen")
    for variable in ("WAYLAND_DISPLAY", "DISPLAY"):
        if environ.get(variable):
            return _ok(name, f"{variable}={environ[variable]}")
    return CheckResult(name, Status.FAIL,
                       "no DISPLAY or WAYLAND_DISPLAY, so the kiosk has nowhere to draw",
                       "run under cage/X, or xvfb-run -a kiosk run --windowed")


def _charset(letters: Iterable[str]) -> str:
    return " ".join(f"{ord(c):x}" for c in sorted(set(letters)))


def _fonts_with(machine: _Machine, letters: str) -> list[str]:
    """Families of installed fonts that have every one of ``letters``."""
    # fc-list ANDs the code points of one charset value: a font must have them all.
    result = machine.run("fc-list", f":charset={_charset(letters)}", "family")
    if result.returncode != 0:
        raise _ToolFailed(f"fc-list failed: {_first_line(result.stderr)}")
    families = {line.split(",")[0].strip() for line in result.stdout.splitlines() if line.strip()}
    return sorted(families)


def check_fonts(settings: Config, machine: _Machine) -> CheckResult:
    name = "fonts"
    fix = "apt-get install fonts-noto-core"
    if machine.which("fc-list") is None:
        return CheckResult(name, Status.FAIL, "fc-list (fontconfig) is not installed, so Qt cannot "
                           "find fonts either", "apt-get install fontconfig fonts-noto-core")
    needed = "".join("".join(ALPHABETS[tag]) for tag in settings.languages)
    try:
        families = _fonts_with(machine, needed)
        if families:
            shown = ", ".join(families[:3]) + (", ..." if len(families) > 3 else "")
            return _ok(name, f"{len(families)} font families have every letter of "
                             f"{', '.join(settings.languages)} ({shown})")
        uncovered = [tag for tag in settings.languages if not _fonts_with(machine, "".join(ALPHABETS[tag]))]
    except _ToolFailed as error:
        return CheckResult(name, Status.WARN, f"could not list fonts: {error}",
                           "run fc-cache -f, then kiosk doctor again")
    if uncovered:
        detail = "no installed font has all the letters of " + ", ".join(
            f"{tag} ({ALPHABETS[tag][1] or 'its alphabet'})" for tag in uncovered)
    else:
        detail = "no single installed font has the letters of all these languages, so screens mix typefaces"
    return CheckResult(name, Status.FAIL, detail, fix)


def _voice_listed(listing: str, voice: str) -> bool:
    """Does ``espeak-ng --voices=...`` output list ``voice`` (by language, name or file)?"""
    wanted = voice.split("+")[0].lower()  # "en-gb+f3" is the en-gb voice with a variant
    for line in listing.splitlines()[1:]:  # the first line is the column header
        # Columns: priority, language, gender, name, file, then "(en-gb 3)(en 2)".
        if wanted in {token.lower() for token in re.split(r"[\s()]+", line)}:
            return True
    return False


def check_speech(settings: Config, machine: _Machine) -> CheckResult:
    name = "speech"
    if not settings.speech_enabled:
        return _ok(name, "read-aloud is switched off (speech.enabled = false)")
    if machine.which("espeak-ng") is None:
        return CheckResult(name, Status.FAIL,
                           "espeak-ng is not installed, so the read-aloud button cannot speak",
                           "apt-get install espeak-ng")
    from kiosk import speech  # only this check needs it

    found: list[str] = []
    missing: list[str] = []
    notes: list[str] = []
    for tag in settings.languages:
        voice = speech.voice_for(tag)
        try:
            result = machine.run("espeak-ng", f"--voices={voice.espeak_name.split('+')[0]}")
        except _ToolFailed as error:
            return CheckResult(name, Status.FAIL, f"cannot list espeak-ng voices: {error}",
                               "apt-get install --reinstall espeak-ng espeak-ng-data")
        if result.returncode != 0:
            return CheckResult(name, Status.FAIL,
                               f"espeak-ng --voices failed: {_first_line(result.stderr)}",
                               "apt-get install --reinstall espeak-ng espeak-ng-data")
        if _voice_listed(result.stdout, voice.espeak_name):
            found.append(f"{tag} ({voice.espeak_name})")
            if not voice.is_native:
                # The note's first sentence says why; the rest is for the speech docs.
                notes.append(f"{tag} uses a fallback voice: {voice.note.split('. ')[0].rstrip('.')}.")
        else:
            missing.append(f"{tag} (voice {voice.espeak_name!r})")
    if missing:
        return CheckResult(name, Status.FAIL, "espeak-ng has no voice for " + ", ".join(missing),
                           "apt-get install espeak-ng-data")
    return _ok(name, "voices for " + ", ".join(found) + "".join(f"; {note}" for note in notes))


def check_printer(settings: Config, machine: _Machine) -> CheckResult:
    name = "printer"
    queue = settings.printer_queue
    if machine.which("lpstat") is None:
        return CheckResult(name, Status.FAIL, "lpstat (the CUPS client) is not installed, "
                           "so receipts cannot be printed", "apt-get install cups-client")
    where = f" at {machine.environ['CUPS_SERVER']}" if machine.environ.get("CUPS_SERVER") else ""
    start_cups = "systemctl start cups (where there is no systemd: start cupsd)"
    try:
        scheduler = machine.run("lpstat", "-r")
        if "scheduler is running" not in (line.strip() for line in scheduler.stdout.splitlines()):
            return CheckResult(name, Status.FAIL, f"the CUPS scheduler is not running{where}, "
                               f"so queue {queue!r} cannot print receipts", start_cups)
        result = machine.run("lpstat", "-p", queue, "-a", queue)
    except _ToolFailed as error:
        return CheckResult(name, Status.FAIL, f"the CUPS scheduler did not answer: {error}",
                           "systemctl restart cups (or restart cupsd)")

    lines = result.stdout.splitlines()
    printer_line = next((line for line in lines if line.lower().startswith(f"printer {queue.lower()} ")), "")
    if not printer_line:
        return CheckResult(name, Status.FAIL, f"print queue {queue!r} does not exist",
                           f"lpadmin -p {queue} -E -v <device-uri> -m <driver> "
                           "(lpinfo -v lists devices, lpinfo -m drivers), "
                           "or set printer.queue to a queue that lpstat -p lists")
    disabled = " disabled since " in printer_line
    rejecting = any(line.lower().startswith(f"{queue.lower()} not accepting") for line in lines)
    if disabled or rejecting:
        reasons = {line.strip() for line in lines if line.startswith("\t")} - {"reason unknown"}
        states = [word for flag, word in ((disabled, "disabled"), (rejecting, "rejecting jobs")) if flag]
        because = f" ({'; '.join(sorted(reasons))})" if reasons else ""
        commands = [cmd for flag, cmd in ((disabled, f"cupsenable {queue}"),
                                          (rejecting, f"cupsaccept {queue}")) if flag]
        return CheckResult(name, Status.FAIL, f"print queue {queue!r} is {' and '.join(states)}{because}",
                           " && ".join(commands))
    state = printer_line[len(f"printer {queue} "):].split(".  ")[0]  # "is idle", "now printing q-7"
    return _ok(name, f"queue {queue!r} {state}, accepting jobs")


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def check_database(settings: Config, now: Callable[[], datetime]) -> CheckResult:
    name = "database"
    path = settings.data_paths.database
    try:
        store = open_local_cache(settings)
    except SchemaTooNew as error:
        return CheckResult(name, Status.FAIL, str(error),
                           f"install the kiosk version that wrote it, or move {path} away to start fresh")
    except StoreUnavailable as error:
        return CheckResult(name, Status.FAIL, str(error), _store_fix(error, settings))
    except ContentError as error:
        return CheckResult(name, Status.FAIL, f"the content to load is broken: {error}",
                           f"correct {error.path}, or reinstall the kiosk ({INSTALLER})")
    except (OSError, sqlite3.Error) as error:
        return CheckResult(name, Status.FAIL, f"cannot open {path}: {error}",
                           f"check {settings.data_dir} and {settings.content_dir} are readable")
    try:
        # Write as a booking does (BEGIN IMMEDIATE, synchronous=FULL, commit): a file that
        # opens and reads but refuses writes would otherwise pass, and fail the first person.
        refused = store.unavailable
        if refused is None:
            try:
                store.check_writable()
            except StoreUnavailable as error:
                refused = error
        if refused is not None:
            return CheckResult(name, Status.FAIL, f"{path} can be read but not written, so nobody can book "
                               f"or report on this kiosk: {refused}", _store_fix(refused, settings))
        topics = int(store.db.execute("SELECT count(*) FROM topics").fetchone()[0])
        detail = f"{path}: schema version {store.schema_version}, {topics} topics, writable"
        since = _utc(now()) - timedelta(days=REBUILD_WARN_DAYS)
        rebuilds = [event for event in store.events()
                    if event.kind == "database_rebuilt" and _utc(datetime.fromisoformat(event.at)) >= since]
    finally:
        store.close()
    if rebuilds:
        latest = rebuilds[0]
        times = "once" if len(rebuilds) == 1 else f"{len(rebuilds)} times"
        return CheckResult(
            name, Status.WARN,
            f"{detail}; rebuilt {times} in the last {REBUILD_WARN_DAYS} days, last at {latest.at}: "
            f"{latest.detail}",
            f"the damaged file is kept in {settings.data_paths.quarantine}; repeated rebuilds point at "
            "power cuts or failing storage (check dmesg, smartctl -a)",
        )
    if topics == 0:
        return CheckResult(name, Status.WARN, f"{detail}: 'Know your rights' will be empty",
                           f"check {settings.content_dir / 'topics.toml'}, or reinstall ({INSTALLER})")
    return _ok(name, detail)


def _store_fix(error: StoreUnavailable, settings: Config) -> str:
    data = settings.data_dir
    fixes = {
        "full": f"free space on the disk holding {data} (old logs in {settings.data_paths.log_dir}, "
                "apt-get clean), or use a larger disk",
        "read-only": f"remount the filesystem holding {data} read-write (mount -o remount,rw <mount point>); "
                     "if it will not, the disk may be failing (dmesg)",
        "permission": f"chown -R <kiosk user> {data}, or point kiosk.data_dir (--data-dir) at a folder the "
                      "kiosk user owns",
        "path": f"remove what is in the way of {data}, or point kiosk.data_dir (--data-dir) at a folder",
        "io": "check the disk (dmesg, smartctl -a) and replace it if it is failing",
        "busy": f"find the program holding {settings.data_paths.database} (fuser -v {settings.data_paths.database})",
    }
    return fixes[error.reason]


def check_device_key(settings: Config) -> CheckResult:
    """The key that signs receipts: there (or makeable), private, and readable."""
    name = "device key"
    path = settings.data_paths.device_key
    if not os.path.lexists(path):
        folder = next(p for p in (settings.data_dir, *settings.data_dir.parents) if p.exists())
        if not os.access(folder, os.W_OK):
            return CheckResult(name, Status.FAIL, f"there is no device key at {path}, and {folder} cannot be "
                               "written, so the kiosk cannot make one: it cannot issue receipts",
                               f"make {settings.data_dir} writable by the kiosk user")
        return _ok(name, f"none yet at {path}; the kiosk makes one on its first start")
    from kiosk.receipts.device_key import DeviceKeyError, KeyFileTooOpen, load_or_create_device_key

    try:
        key = load_or_create_device_key(path)
    except KeyFileTooOpen as error:
        return CheckResult(name, Status.FAIL, f"{error} Until then no receipt can be issued.",
                           f"chmod 600 {path} (after checking nobody copied it), or move it aside so the kiosk "
                           "makes a new key, and enroll the kiosk again")
    except DeviceKeyError as error:
        return CheckResult(name, Status.FAIL, f"{error} Until then no receipt can be issued.",
                           f"move {path} aside; the kiosk makes a new key on its next start, which must "
                           "then be enrolled again")
    except OSError as error:
        return CheckResult(name, Status.FAIL, f"cannot read the device key {path}: {error.strerror or error}",
                           f"chown <kiosk user> {path}")
    return _ok(name, f"{path}: kiosk id {key.kiosk_id}, readable by the kiosk user only")


def _size(count: int) -> str:
    return f"{count / 2**30:.1f} GiB" if count >= 2**30 else f"{count // 2**20} MiB"


def check_disk(settings: Config) -> CheckResult:
    name = "disk"
    existing = next(p for p in (settings.data_dir, *settings.data_dir.parents) if p.exists())
    try:
        free = shutil.disk_usage(existing).free
    except OSError as error:
        return CheckResult(name, Status.FAIL, f"cannot measure free space at {existing}: {error}",
                           f"check that {existing} is readable")
    detail = f"{_size(free)} free on the filesystem holding {existing}"
    fix = f"free space there (old logs in {settings.data_paths.log_dir}, apt-get clean), or use a larger disk"
    if free < DISK_FAIL_BYTES:
        return CheckResult(name, Status.FAIL, f"{detail}; under {_size(DISK_FAIL_BYTES)} bookings "
                           "and content updates may not be saved", fix)
    if free < DISK_WARN_BYTES:
        return CheckResult(name, Status.WARN, f"{detail}; under {_size(DISK_WARN_BYTES)} a content "
                           "update may not fit", fix)
    return _ok(name, detail)


def check_clock(machine: _Machine, now: Callable[[], datetime]) -> CheckResult:
    name = "clock"
    today = now().date()
    wrong = "clock is wrong; receipts and licence expiry checks depend on it"
    fix = "set the time (timedatectl set-time 'YYYY-MM-DD HH:MM:SS' / enable NTP: timedatectl set-ntp true)"
    if today < EARLIEST_PLAUSIBLE:
        return CheckResult(name, Status.FAIL, f"{wrong} (it says {today}, before this kiosk "
                           f"software was built on {EARLIEST_PLAUSIBLE})", fix)
    if today > LATEST_PLAUSIBLE:
        return CheckResult(name, Status.FAIL, f"{wrong} (it says {today}, more than 2 years "
                           f"after this kiosk software was built on {EARLIEST_PLAUSIBLE})", fix)
    if machine.which("timedatectl") is None:
        return _ok(name, f"{today}; NTP not checked (no timedatectl)")
    try:
        result = machine.run("timedatectl", "show", "--property=NTPSynchronized", "--value")
    except _ToolFailed as error:
        return _ok(name, f"{today}; NTP not checked ({error})")
    answer = result.stdout.strip()
    if result.returncode != 0 or answer not in ("yes", "no"):
        # Containers and machines without systemd: nothing to ask, which is not a fault.
        reason = _first_line(result.stderr) or f"timedatectl said {answer!r}"
        return _ok(name, f"{today}; NTP not checked ({reason})")
    if answer == "no":
        return CheckResult(name, Status.WARN, f"{today}, but not synchronised with NTP, so it may drift",
                           "timedatectl set-ntp true, and check this machine can reach an NTP server")
    return _ok(name, f"{today}, synchronised with NTP")


def check_staff_pin(settings: Config) -> CheckResult:
    name = "staff PIN"
    if settings.staff_pin_hash:
        return _ok(name, "a staff PIN is set")
    where = "" if settings.source == config.DEFAULTS_SOURCE else f" ({settings.source})"
    return CheckResult(name, Status.WARN, f"staff menu opens with the demo PIN {staff.DEMO_PIN}",
                       f"kiosk staff-pin, then put the line in the config file{where}")


def run_checks(
    settings: Config,
    *,
    which: Which = shutil.which,
    run: Runner = subprocess.run,
    environ: Mapping[str, str] = os.environ,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[CheckResult]:
    """Run every check in order; none raises for a problem it is there to find."""
    machine = _Machine(which, run, environ)
    return [
        check_display(environ),
        check_fonts(settings, machine),
        check_speech(settings, machine),
        check_printer(settings, machine),
        check_database(settings, now),
        check_device_key(settings),
        check_disk(settings),
        check_clock(machine, now),
        check_staff_pin(settings),
    ]


_MARKERS = {Status.OK: "[ OK ]", Status.WARN: "[WARN]", Status.FAIL: "[FAIL]"}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def format_report(results: Sequence[CheckResult]) -> str:
    """One line per check, a ``fix:`` line under each problem, and a summary line."""
    lines: list[str] = []
    for result in results:
        lines.append(f"{_MARKERS[result.status]} {result.name}: {result.detail}")
        if result.status is not Status.OK and result.fix:
            lines.append(f"{' ' * len(_MARKERS[result.status])} fix: {result.fix}")
    problems = sum(r.status is Status.FAIL for r in results)
    warnings = sum(r.status is Status.WARN for r in results)
    if not problems and not warnings:
        lines.append("all checks passed")
    elif not warnings:
        lines.append(_count(problems, "problem"))
    else:
        lines.append(f"{_count(problems, 'problem') if problems else 'no problems'}, "
                     f"{_count(warnings, 'warning')}")
    return "\n".join(lines)

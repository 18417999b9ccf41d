"""``kiosk doctor`` finds each problem it is for, using the real tools on this machine.

Failures are made for real rather than mocked: an environment without DISPLAY,
a ``which`` that finds no espeak-ng (a machine without it), a fontconfig setup
with no fonts, a private CUPS scheduler with a disabled queue, a database file
from a newer kiosk, garbage bytes where the database should be.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk import config, doctor, languages, paths, staff
from kiosk.doctor import CheckResult, Status
from kiosk.store.migrations import LATEST_VERSION

MACHINE = {"PATH": os.environ.get("PATH", os.defpath), "DISPLAY": ":0"}


def make_settings(tmp_path: Path, data_dir: Path | None = None, **environ: str) -> config.Config:
    # An empty config file of our own, so no kiosk.toml on this machine leaks in.
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text("", encoding="utf-8")
    return config.load(None, environ={"KIOSK_CONFIG": str(config_file), **environ},
                       data_dir=data_dir or tmp_path / "data")


def check(name: str, settings: config.Config, **machine: Any) -> CheckResult:
    """Run all checks the way ``kiosk doctor`` does and return the one called ``name``."""
    machine.setdefault("environ", MACHINE)
    results = doctor.run_checks(settings, **machine)
    [result] = [r for r in results if r.name == name]
    return result


def which_without(*missing: str) -> Callable[[str], str | None]:
    """``which`` on a machine where ``missing`` tools are not installed."""
    return lambda tool: None if tool in missing else shutil.which(tool)


def which_with(tool: str, path: Path) -> Callable[[str], str | None]:
    """``which`` on a machine where ``tool`` is the script at ``path``."""
    return lambda name: str(path) if name == tool else shutil.which(name)


def script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> config.Config:
    return make_settings(tmp_path)


def test_checks_run_in_the_documented_order(settings: config.Config) -> None:
    names = [r.name for r in doctor.run_checks(settings, environ=MACHINE)]
    assert names == ["display", "fonts", "speech", "printer", "database", "device key", "disk", "clock",
                     "staff PIN"]


def test_ok_results_carry_no_fix_and_problems_always_do(tmp_path: Path) -> None:
    results = doctor.run_checks(make_settings(tmp_path), environ={}, which=which_without("espeak-ng"))
    assert {r.status for r in results} >= {Status.OK, Status.FAIL}
    for result in results:
        assert (result.fix == "") == (result.status is Status.OK), result


# display


def test_no_display_fails_and_says_how_to_get_one(settings: config.Config) -> None:
    result = check("display", settings, environ={"PATH": MACHINE["PATH"]})
    assert result.status is Status.FAIL
    assert "DISPLAY" in result.detail
    assert result.fix == "run under cage/X, or xvfb-run -a kiosk run --windowed"


@pytest.mark.parametrize(
    ("environ", "status"),
    [
        ({"DISPLAY": ":0"}, Status.OK),
        ({"WAYLAND_DISPLAY": "wayland-0"}, Status.OK),
        ({"QT_QPA_PLATFORM": "eglfs"}, Status.OK),
        ({"QT_QPA_PLATFORM": "linuxfb:fb=/dev/fb0"}, Status.OK),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, Status.WARN),
        ({"QT_QPA_PLATFORM": "xcb"}, Status.FAIL),  # asks for X, but there is none
        ({"DISPLAY": ""}, Status.FAIL),
    ],
)
def test_display_accepts_a_window_system_or_a_framebuffer(environ: dict[str, str], status: Status) -> None:
    assert doctor.check_display(environ).status is status


def test_offscreen_is_a_warning_that_nothing_will_be_seen(settings: config.Config) -> None:
    result = check("display", settings, environ={"QT_QPA_PLATFORM": "offscreen"})
    assert result.status is Status.WARN
    assert "renders offscreen only" in result.detail


# fonts


def test_installed_noto_fonts_cover_every_language(settings: config.Config) -> None:
    result = check("fonts", settings)
    assert result.status is Status.OK, result
    assert "Noto Sans" in result.detail


def test_no_fonts_fails_naming_the_languages_and_the_package(tmp_path: Path) -> None:
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', encoding="utf-8")
    result = check("fonts", make_settings(tmp_path), environ={**MACHINE, "FONTCONFIG_FILE": str(empty)})
    assert result.status is Status.FAIL
    assert "tg (ҒғӢӣҚқӮӯҲҳҶҷ)" in result.detail
    assert "uz-Latn (ʻʼ)" in result.detail
    assert result.fix == "apt-get install fonts-noto-core"


def test_fonts_need_one_font_with_all_letters_not_some_font_for_each(tmp_path: Path) -> None:
    # fc-list ':charset=a b' must mean "has a AND b". If it meant "a OR b", a
    # code point no font has would not empty the list.
    def fonts_having(charset: str) -> str:
        return subprocess.run(["fc-list", f":charset={charset}", "family"],
                              capture_output=True, text=True, check=True).stdout

    assert fonts_having("4b7")  # ҷ
    assert not fonts_having("4b7 10fffd")  # ҷ and a private-use code point nobody draws


def test_missing_fontconfig_fails(settings: config.Config) -> None:
    result = check("fonts", settings, which=which_without("fc-list"))
    assert result.status is Status.FAIL
    assert "apt-get install fontconfig" in result.fix


# speech


def test_every_configured_language_has_a_voice(settings: config.Config) -> None:
    from kiosk import speech

    result = check("speech", settings)
    assert result.status is Status.OK, result
    for tag in languages.TAGS:
        assert f"{tag} ({speech.voice_for(tag).espeak_name})" in result.detail


def test_tajik_says_it_uses_the_fallback_voice_without_warning(settings: config.Config) -> None:
    from kiosk import speech

    tajik = speech.voice_for("tg")
    assert not tajik.is_native and tajik.note
    result = check("speech", settings)
    assert result.status is Status.OK
    first_sentence = tajik.note.split(". ")[0]
    assert f"tg uses a fallback voice: {first_sentence}." in result.detail


def test_missing_espeak_ng_fails_naming_the_package(settings: config.Config) -> None:
    result = check("speech", settings, which=which_without("espeak-ng"))
    assert result.status is Status.FAIL
    assert "espeak-ng is not installed" in result.detail
    assert result.fix == "apt-get install espeak-ng"


def test_missing_voices_fail_naming_the_languages(tmp_path: Path) -> None:
    # An espeak-ng whose voice data is gone: it lists the column header only.
    bare = script(tmp_path / "espeak-ng", 'echo "Pty Language       Age/Gender VoiceName  File"\n')
    result = check("speech", make_settings(tmp_path, KIOSK_LANGUAGES="ru,ky", KIOSK_DEFAULT_LANGUAGE="ru"),
                   which=which_with("espeak-ng", bare))
    assert result.status is Status.FAIL
    assert "no voice for ru" in result.detail and "ky" in result.detail
    assert result.fix == "apt-get install espeak-ng-data"


def test_a_voice_missing_among_others_fails_naming_its_language(tmp_path: Path) -> None:
    # Voice data without the Persian (Pinglish) voice that reads Tajik: whatever it
    # is asked, this espeak-ng lists the voices it has, and fa-latn is not one.
    listing = tmp_path / "voices.txt"
    listing.write_text(
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 5  uz              --/M      Uzbek              trk/uz\n"
        " 5  ru              --/M      Russian            zle/ru\n"
        " 5  ky              --/M      Kyrgyz             trk/ky\n"
        " 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)\n"
        " 5  fa              --/M      Persian            ira/fa\n", encoding="utf-8")
    partial = script(tmp_path / "espeak-ng", f'cat "{listing}"\n')
    result = check("speech", make_settings(tmp_path), which=which_with("espeak-ng", partial))
    assert result.status is Status.FAIL
    assert result.detail == "espeak-ng has no voice for tg (voice 'fa-latn')"


def test_speech_switched_off_is_not_checked(tmp_path: Path) -> None:
    result = check("speech", make_settings(tmp_path, KIOSK_SPEECH_ENABLED="false"),
                   which=which_without("espeak-ng"))
    assert result.status is Status.OK
    assert result.detail == "read-aloud is switched off (speech.enabled = false)"


# printer


def test_missing_cups_client_fails_naming_the_package(settings: config.Config) -> None:
    result = check("printer", settings, which=which_without("lpstat"))
    assert result.status is Status.FAIL
    assert result.fix == "apt-get install cups-client"


def test_unreachable_scheduler_fails_saying_to_start_cups(tmp_path: Path) -> None:
    nowhere = tmp_path / "no-cupsd-here.sock"
    result = check("printer", make_settings(tmp_path), environ={**MACHINE, "CUPS_SERVER": str(nowhere)})
    assert result.status is Status.FAIL
    assert "scheduler is not running" in result.detail and str(nowhere) in result.detail
    assert "systemctl start cups" in result.fix


CUPSD = Path("/usr/sbin/cupsd")


@pytest.fixture(scope="module")
def cups_server() -> Iterator[str]:
    """A private CUPS scheduler on a Unix socket, so queues can be made and broken freely."""
    if not CUPSD.exists():
        pytest.skip("cupsd is not installed (apt-get install cups-daemon)")
    root = Path(tempfile.mkdtemp(prefix="cups-"))  # short: socket paths are limited to 108 bytes
    socket = root / "cups.sock"
    for folder in ("conf", "spool", "cache", "state", "log"):
        (root / folder).mkdir()
    (root / "conf" / "cupsd.conf").write_text(
        f"Listen {socket}\nWebInterface No\nBrowsing No\nLogLevel warn\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n", encoding="utf-8")
    (root / "conf" / "cups-files.conf").write_text(
        f"ServerRoot {root}/conf\nRequestRoot {root}/spool\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nTempDir {root}/spool\nErrorLog {root}/log/error_log\n"
        f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\nFileDevice Yes\n", encoding="utf-8")
    daemon = subprocess.Popen([str(CUPSD), "-f", "-c", str(root / "conf" / "cupsd.conf"),
                               "-s", str(root / "conf" / "cups-files.conf")])
    try:
        deadline = time.monotonic() + 15
        while not lpstat_says_running(str(socket)):
            if daemon.poll() is not None or time.monotonic() > deadline:
                log = root / "log" / "error_log"
                pytest.fail("private cupsd did not start: " + (log.read_text() if log.exists() else ""))
            time.sleep(0.1)
        yield str(socket)
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def lpstat_says_running(server: str) -> bool:
    answer = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=5,
                            env={**MACHINE, "CUPS_SERVER": server, "LC_ALL": "C"})
    return answer.stdout.strip() == "scheduler is running"


def cups(server: str, *command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=10,
                   env={**MACHINE, "CUPS_SERVER": server, "LC_ALL": "C"})


def test_queue_that_does_not_exist_fails_saying_how_to_add_it(tmp_path: Path, cups_server: str) -> None:
    settings = make_settings(tmp_path, KIOSK_PRINTER_QUEUE="no-such-receipt-printer")
    result = check("printer", settings, environ={**MACHINE, "CUPS_SERVER": cups_server})
    assert result.status is Status.FAIL
    assert result.detail == "print queue 'no-such-receipt-printer' does not exist"
    assert result.fix.startswith("lpadmin -p no-such-receipt-printer -E -v <device-uri> -m <driver>")


def test_disabled_queue_fails_saying_to_enable_it(tmp_path: Path, cups_server: str) -> None:
    cups(cups_server, "lpadmin", "-p", "paused-receipts", "-E", "-v", "file:///dev/null", "-m", "raw")
    cups(cups_server, "cupsdisable", "-r", "paper jam", "paused-receipts")
    settings = make_settings(tmp_path, KIOSK_PRINTER_QUEUE="paused-receipts")
    result = check("printer", settings, environ={**MACHINE, "CUPS_SERVER": cups_server})
    assert result.status is Status.FAIL
    assert result.detail == "print queue 'paused-receipts' is disabled (paper jam)"
    assert result.fix == "cupsenable paused-receipts"


def test_queue_added_without_enabling_fails_saying_to_enable_and_accept(
        tmp_path: Path, cups_server: str) -> None:
    cups(cups_server, "lpadmin", "-p", "new-receipts", "-v", "file:///dev/null", "-m", "raw")  # no -E
    settings = make_settings(tmp_path, KIOSK_PRINTER_QUEUE="new-receipts")
    result = check("printer", settings, environ={**MACHINE, "CUPS_SERVER": cups_server})
    assert result.status is Status.FAIL
    assert "is disabled and rejecting jobs" in result.detail
    assert result.fix == "cupsenable new-receipts && cupsaccept new-receipts"


def test_ready_queue_passes(tmp_path: Path, cups_server: str) -> None:
    cups(cups_server, "lpadmin", "-p", "kiosk-receipts", "-E", "-v", "file:///dev/null", "-m", "raw")
    result = check("printer", make_settings(tmp_path), environ={**MACHINE, "CUPS_SERVER": cups_server})
    assert result == CheckResult("printer", Status.OK, "queue 'kiosk-receipts' is idle, accepting jobs", "")


# database


def bundled_topic_count() -> int:
    with (paths.BUNDLED_CONTENT_DIR / "topics.toml").open("rb") as handle:
        return len(tomllib.load(handle)["topic"])


def test_fresh_data_dir_gets_a_database_with_the_bundled_topics(settings: config.Config) -> None:
    assert not settings.data_paths.database.exists()
    result = check("database", settings)
    assert result.status is Status.OK, result
    assert bundled_topic_count() == 8
    assert result.detail == f"{settings.data_paths.database}: schema version {LATEST_VERSION}, 8 topics, writable"


def test_database_from_a_newer_kiosk_fails_and_is_left_alone(settings: config.Config) -> None:
    settings.data_paths.ensure()
    with sqlite3.connect(settings.data_paths.database) as connection:
        connection.execute("PRAGMA user_version = 999")
    before = settings.data_paths.database.read_bytes()
    result = check("database", settings)
    assert result.status is Status.FAIL
    assert "has schema version 999" in result.detail
    assert "install the kiosk version that wrote it" in result.fix
    assert settings.data_paths.database.read_bytes() == before


def test_corrupt_database_is_rebuilt_and_reported_as_a_warning(settings: config.Config) -> None:
    settings.data_paths.ensure()
    settings.data_paths.database.write_bytes(b"this is not a database, it is garbage\x00\xff" * 100)
    result = check("database", settings)
    assert result.status is Status.WARN
    assert "8 topics, writable; rebuilt once in the last 30 days" in result.detail
    assert "moved to" in result.detail
    assert str(settings.data_paths.quarantine) in result.fix
    assert len(list(settings.data_paths.quarantine.iterdir())) == 1


def test_a_rebuild_stops_warning_after_thirty_days(settings: config.Config) -> None:
    settings.data_paths.ensure()
    settings.data_paths.database.write_bytes(b"garbage" * 1000)
    assert check("database", settings).status is Status.WARN
    later = datetime.now(UTC) + timedelta(days=31)
    assert check("database", settings, now=lambda: later).status is Status.OK


def test_data_dir_that_cannot_be_created_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    result = check("database", make_settings(tmp_path, data_dir=blocker / "data"))
    assert result.status is Status.FAIL
    assert "could not create the data folder" in result.detail
    assert "cannot be made a folder (Not a directory)" in result.detail
    assert "remove what is in the way" in result.fix


# disk


def test_disk_reports_free_space_on_the_nearest_existing_folder(tmp_path: Path) -> None:
    result = doctor.check_disk(make_settings(tmp_path, data_dir=tmp_path / "not" / "made" / "yet"))
    free = shutil.disk_usage(tmp_path).free
    if free >= doctor.DISK_WARN_BYTES:
        assert result.status is Status.OK
    assert re.fullmatch(rf"\d+(\.\d)? (GiB|MiB) free on the filesystem holding {re.escape(str(tmp_path))}",
                        result.detail), result.detail


# clock


def test_clock_in_1999_fails(settings: config.Config) -> None:
    result = check("clock", settings, now=lambda: datetime(1999, 12, 31, 23, 59))
    assert result.status is Status.FAIL
    assert "clock is wrong; receipts and licence expiry checks depend on it" in result.detail
    assert "1999-12-31" in result.detail
    assert "timedatectl set-time" in result.fix and "NTP" in result.fix


def test_clock_more_than_two_years_after_the_build_fails(settings: config.Config) -> None:
    far = datetime(2029, 1, 1, tzinfo=UTC)
    assert check("clock", settings, now=lambda: far).status is Status.FAIL


def test_clock_on_the_build_day_is_plausible(settings: config.Config) -> None:
    build_day = datetime.combine(doctor.EARLIEST_PLAUSIBLE, datetime.min.time(), UTC)
    assert check("clock", settings, now=lambda: build_day).status is not Status.FAIL


def test_clock_not_synchronised_by_ntp_warns(tmp_path: Path) -> None:
    unsynced = script(tmp_path / "timedatectl", 'echo no\n')
    result = check("clock", make_settings(tmp_path), which=which_with("timedatectl", unsynced))
    assert result.status is Status.WARN
    assert "not synchronised with NTP" in result.detail
    assert "timedatectl set-ntp true" in result.fix


def test_timedatectl_failing_in_a_container_is_not_a_problem(tmp_path: Path) -> None:
    no_systemd = script(tmp_path / "timedatectl",
                        'echo "System has not been booted with systemd as init system (PID 1)." >&2\n'
                        "exit 1\n")
    result = check("clock", make_settings(tmp_path), which=which_with("timedatectl", no_systemd))
    assert result.status is Status.OK
    assert "NTP not checked (System has not been booted with systemd" in result.detail


# staff PIN


def test_demo_pin_warns_and_says_how_to_set_one(settings: config.Config) -> None:
    result = check("staff PIN", settings)
    assert result.status is Status.WARN
    assert result.detail == f"staff menu opens with the demo PIN {staff.DEMO_PIN}"
    assert result.fix.startswith("kiosk staff-pin, then put the line in the config file")


def test_configured_pin_passes(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, KIOSK_STAFF_PIN_HASH=staff.hash_pin("2468"))
    assert check("staff PIN", settings).status is Status.OK


# the report


def test_report_marks_each_check_and_puts_fixes_under_problems() -> None:
    report = doctor.format_report([
        CheckResult("display", Status.FAIL, "no DISPLAY", "run under cage/X"),
        CheckResult("fonts", Status.OK, "all there", ""),
        CheckResult("printer", Status.FAIL, "queue missing", "lpadmin -p q"),
        CheckResult("staff PIN", Status.WARN, "demo PIN", "kiosk staff-pin"),
    ])
    assert report.splitlines() == [
        "[FAIL] display: no DISPLAY",
        "       fix: run under cage/X",
        "[ OK ] fonts: all there",
        "[FAIL] printer: queue missing",
        "       fix: lpadmin -p q",
        "[WARN] staff PIN: demo PIN",
        "       fix: kiosk staff-pin",
        "2 problems, 1 warning",
    ]
    assert report.isascii()


@pytest.mark.parametrize(
    ("statuses", "summary"),
    [
        ([Status.OK, Status.OK], "all checks passed"),
        ([Status.FAIL, Status.OK], "1 problem"),
        ([Status.WARN, Status.WARN], "no problems, 2 warnings"),
        ([Status.FAIL, Status.FAIL, Status.WARN, Status.WARN], "2 problems, 2 warnings"),
    ],
)
def test_report_summary_counts_problems_and_warnings(statuses: list[Status], summary: str) -> None:
    results = [CheckResult(f"check {i}", s, "detail", "" if s is Status.OK else "fix it")
               for i, s in enumerate(statuses)]
    assert doctor.format_report(results).splitlines()[-1] == summary


# the command


def kiosk_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text("", encoding="utf-8")
    return {"PATH": MACHINE["PATH"], "HOME": str(tmp_path), "PYTHONPATH": str(paths.PROJECT_ROOT),
            "KIOSK_CONFIG": str(config_file), **extra}


def test_kiosk_doctor_exits_1_and_prints_the_fix_when_a_check_fails(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "doctor", "--data-dir", str(tmp_path / "data")],
        env=kiosk_env(tmp_path), cwd=paths.PROJECT_ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    display = lines.index("[FAIL] display: no DISPLAY or WAYLAND_DISPLAY, so the kiosk has nowhere to draw")
    assert lines[display + 1] == "       fix: run under cage/X, or xvfb-run -a kiosk run --windowed"
    assert "[ OK ] database: " in done.stdout
    assert re.fullmatch(r"\d+ problems?(, \d+ warnings?)?", lines[-1]), lines[-1]


def test_kiosk_doctor_never_loads_qt(tmp_path: Path) -> None:
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk import config, doctor\n"
        f"settings = config.load(None, environ={{'KIOSK_CONFIG': {str(tmp_path / 'kiosk.toml')!r}}},"
        f" data_dir=Path({str(tmp_path / 'data')!r}))\n"
        "doctor.run_checks(settings)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], env=kiosk_env(tmp_path),
                          cwd=paths.PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# -- the device key ---------------------------------------------------------------------------


def test_no_device_key_yet_is_fine_it_is_made_on_first_start(settings: config.Config) -> None:
    result = doctor.check_device_key(settings)
    assert result.status is Status.OK
    assert "makes one on its first start" in result.detail
    assert not settings.data_paths.device_key.exists(), "doctor does not make the key itself"


def test_a_device_key_is_checked_and_its_kiosk_id_shown(settings: config.Config) -> None:
    from kiosk.receipts.device_key import load_or_create_device_key

    key = load_or_create_device_key(settings.data_paths.ensure().device_key)
    result = doctor.check_device_key(settings)
    assert result.status is Status.OK
    assert f"kiosk id {key.kiosk_id}" in result.detail


def test_a_device_key_others_can_read_fails(settings: config.Config) -> None:
    from kiosk.receipts.device_key import load_or_create_device_key

    path = settings.data_paths.ensure().device_key
    load_or_create_device_key(path)
    path.chmod(0o644)
    result = doctor.check_device_key(settings)
    assert result.status is Status.FAIL
    assert "other users can read it" in result.detail and "no receipt can be issued" in result.detail
    assert f"chmod 600 {path}" in result.fix


def test_a_damaged_device_key_fails(settings: config.Config) -> None:
    path = settings.data_paths.ensure().device_key
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n")
    path.chmod(0o600)
    result = doctor.check_device_key(settings)
    assert result.status is Status.FAIL
    assert "not a readable device key" in result.detail
    assert f"move {path} aside" in result.fix


def test_the_database_check_commits_a_write_as_a_booking_does(settings: config.Config) -> None:
    from kiosk.store import open_store
    from kiosk.store.database import META_WRITE_CHECKED

    assert check("database", settings).status is Status.OK
    store = open_store(settings.data_paths)
    assert store.get_meta(META_WRITE_CHECKED), "the check's write is on disk"
    store.close()

"""A real, private CUPS scheduler for tests, with a PDF printer and printers that fail on purpose.

:func:`running_cups_server` starts ``/usr/sbin/cupsd`` from Debian's ``cups`` package on a free port
on 127.0.0.1 and on a Unix socket, with every file it writes under one temporary folder, and stops it
(and removes the folder) when the block ends. The fixtures in ``tests/kiosk/printing/cups_fixtures.py`` wrap it:
``cups_server`` (one for the session), ``pdf_queue`` (a fresh cups-pdf queue on it) and
``own_cups_server`` (one for a test that stops the scheduler). A test module asks for them with
``pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]`` and imports :class:`CupsServer` from here. A test
gets the address from ``cups_server.address`` (``"127.0.0.1:PORT"``, what ``lp -h`` takes) or
``cups_server.socket``, and makes more queues with :meth:`CupsServer.add_pdf_queue` and
:meth:`CupsServer.add_faulty_queue`; :meth:`CupsServer.printed_pdfs` finds what cups-pdf wrote for a job.

Nothing here touches a system CUPS: the configuration, spool, state, cache, logs and printcap live in
the temporary folder, and the scheduler listens on its own port and socket. It cannot outlive the tests:
the kernel stops it when the test process dies, even by ``kill -9``, and the next run deletes what such a
run left (files named after its process id, once that process is gone).

Where cups-pdf writes
    The cups-pdf backend reads its settings from a path compiled into it, ``/etc/cups``. Since 3.0 it
    supports several instances: a queue whose device URI is ``cups-pdf:/NAME`` reads
    ``/etc/cups/cups-pdf-NAME.conf`` instead of ``cups-pdf.conf``. Each server makes one such file with
    a name of its own (``kiosk-test-<pid>-<random>``) that points the output, spool and log at its
    temporary folder, and deletes it when it stops; a file left by a killed run is deleted by the next
    run once its process is gone. The system's own ``cups-pdf.conf`` and queues are never touched.

Printers that fail on purpose
    The scheduler's ``ServerBin`` is a folder of links to Debian's filters and backends plus one backend
    of ours, ``faulty``. It does what real backends do when a printer fails, through CUPS's backend
    interface (``STATE:`` and ``ERROR:`` lines, exit codes), chosen by the device URI:

    - ``faulty:/paper-out``: reports ``media-empty-error`` and "ERROR: Out of paper", and exits 4
      (``CUPS_BACKEND_STOP``: the printer cannot go on until someone acts). CUPS stops the queue, keeps
      the job, and the queue's printer-state-reasons say ``media-empty-error``.
    - ``faulty:/fail``: says "ERROR: the printer said no" and exits 1 (``CUPS_BACKEND_FAILED``).
    - ``faulty:/offline``: reports ``offline-report`` and waits, as a backend waiting for a printer that
      is switched off; the job stays "processing" until it is cancelled.
    - ``faulty:/paper-low``: prints (reads the job), reports ``media-low-warning`` and exits 0.

cupsd needs root here: cups-pdf runs only as root, and so does writing the per-instance file. Without
cupsd or cups-pdf the tests skip saying what to install; in CI (``CI`` set) they fail instead.
"""

from __future__ import annotations

import ctypes
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CUPSD = Path("/usr/sbin/cupsd")
CUPS_LIB = Path("/usr/lib/cups")  # Debian's ServerBin: filters, backends, daemons
CUPS_PDF_BACKEND = CUPS_LIB / "backend" / "cups-pdf"
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")  # compiled into the cups-pdf backend
INSTANCE_PREFIX = "kiosk-test-"
TEMP_PREFIX = "kiosk-cups-"
PR_SET_PDEATHSIG = 1  # linux/prctl.h

START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0
TOOL_TIMEOUT = 15.0

FAULTY_BACKEND = """#!/bin/sh
# A CUPS backend that fails like a printer, chosen by its device URI (see tests/kiosk/printing/cups_server.py).
if [ $# -eq 0 ]; then
    echo 'direct faulty "Unknown" "Fault-injecting test printer"'
    exit 0
fi
case "$DEVICE_URI" in
    faulty:/paper-out)
        echo "STATE: +media-empty-error" >&2
        echo "ERROR: Out of paper" >&2
        exit 4 ;;
    faulty:/fail)
        echo "ERROR: the printer said no" >&2
        exit 1 ;;
    faulty:/offline)
        echo "STATE: +offline-report" >&2
        echo "INFO: Waiting for printer to become available." >&2
        exec sleep 300 ;;
    faulty:/paper-low)
        cat > /dev/null
        echo "STATE: +media-low-warning" >&2
        exit 0 ;;
esac
cat > /dev/null
exit 0
"""
FAULTS = ("paper-out", "fail", "offline", "paper-low")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _tool_env(address: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "LANGUAGE"}
    env.update(CUPS_SERVER=address, LANG="C", LC_ALL="C")
    return env


def missing_prerequisite() -> str | None:
    """Why a private cupsd with cups-pdf cannot run here, or None."""
    if not CUPSD.exists():
        return "cupsd is not installed (apt-get install cups; packaging/debian-packages-test.txt lists it)"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "the cups-pdf backend runs only as root, and its per-queue settings live in /etc/cups"
    return None


def _die_with_parent() -> None:
    """In the child before exec: have the kernel stop cupsd if the test process dies (kill -9 included)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _remove_leftovers() -> None:
    """Delete what test runs that were killed left behind: cups-pdf instance files and temporary folders.

    Both are named after the test process's id; they are deleted only once that process is gone.
    """
    for leftover in CUPS_PDF_CONFIG_DIR.glob(f"cups-pdf-{INSTANCE_PREFIX}*.conf"):
        match = re.fullmatch(rf"cups-pdf-{INSTANCE_PREFIX}(\d+)-[0-9a-f]+\.conf", leftover.name)
        if match and not Path(f"/proc/{match[1]}").exists():
            leftover.unlink(missing_ok=True)
    for leftover in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        match = re.match(rf"{TEMP_PREFIX}(\d+)-", leftover.name)
        if match and not Path(f"/proc/{match[1]}").exists():
            shutil.rmtree(leftover, ignore_errors=True)


class CupsServer:
    """A running private cupsd. Use :func:`running_cups_server` or the ``cups_server`` fixture."""

    def __init__(self, root: Path, port: int) -> None:
        self.root = root
        self.port = port
        self.address = f"127.0.0.1:{port}"
        self.socket = str(root / "cups.sock")
        self.output_dir = root / "cups-pdf-out"  # where cups-pdf writes what it "printed"
        self.instance = f"{INSTANCE_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        self.instance_config = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{self.instance}.conf"
        self.process: subprocess.Popen[bytes] | None = None
        self._queues = 0

    # setting up

    def _write_configuration(self) -> None:
        root = self.root
        for folder in ("conf/ppd", "spool/tmp", "cache", "state", "log", "bin/backend", "cups-pdf-out",
                       "cups-pdf-spool", "gs-tmp", "ssl"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        # cupsd runs filters as the lp user: it must be able to reach the spool inside this folder.
        for folder in (root, root / "bin", root / "bin" / "backend"):
            folder.chmod(0o755)
        for part in ("filter", "daemon", "cgi-bin", "monitor", "notifier", "driver"):
            (root / "bin" / part).symlink_to(CUPS_LIB / part)
        (root / "bin" / "backend" / "cups-pdf").symlink_to(CUPS_PDF_BACKEND)
        faulty = root / "bin" / "backend" / "faulty"
        faulty.write_text(FAULTY_BACKEND, encoding="utf-8")
        faulty.chmod(0o755)  # cupsd refuses programs that others can write to
        (root / "conf" / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nListen {self.socket}\n"
            "WebInterface No\nBrowsing No\nLogLevel info\nMaxLogSize 0\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            # Anyone may do anything: this scheduler listens only on loopback and in a private folder.
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
            encoding="utf-8")
        (root / "conf" / "cups-files.conf").write_text(
            f"ServerRoot {root}/conf\nServerBin {root}/bin\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
            f"CacheDir {root}/cache\nStateDir {root}/state\nErrorLog {root}/log/error_log\n"
            f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
            # Not the defaults, which are the system's: /run/cups/printcap and /etc/cups/ssl.
            f"Printcap {root}/printcap\nServerKeychain {root}/ssl\n",
            encoding="utf-8")
        self.instance_config.write_text(
            "# Written by the kiosk's tests (tests/kiosk/printing/cups_server.py) for a private test cupsd;\n"
            "# deleted when that scheduler stops.\n"
            f"Out {self.output_dir}\nAnonDirName {self.output_dir}\nSpool {root}/cups-pdf-spool\n"
            f"Log {root}/log\nLogType 3\nGrp root\nGSTmp {root}/gs-tmp\n",
            encoding="utf-8")

    def _start(self) -> None:
        self.process = subprocess.Popen(
            [str(CUPSD), "-f", "-c", str(self.root / "conf" / "cupsd.conf"),
             "-s", str(self.root / "conf" / "cups-files.conf")],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so stop() can end what it started
            preexec_fn=_die_with_parent)
        deadline = time.monotonic() + START_TIMEOUT
        while not self.scheduler_running():
            if self.process.poll() is not None:
                raise RuntimeError(f"private cupsd exited with status {self.process.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"private cupsd did not answer within {START_TIMEOUT:g} s:\n{self.log()}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the scheduler and whatever it started (filters, backends). Safe to call twice."""
        process, self.process = self.process, None
        if process is not None:
            # The process group was made for this cupsd (start_new_session). Signal it while cupsd is
            # not yet reaped, so its id cannot have been given to anyone else.
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(timeout=STOP_TIMEOUT)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.instance_config.unlink(missing_ok=True)

    # using it

    def run(self, *command: str, check: bool = True, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
        """Run a CUPS tool (``lpadmin``, ``cupsdisable``, ``lp``, ``lpstat`` ...) against this scheduler."""
        done = subprocess.run(command, input=stdin, capture_output=True, timeout=TOOL_TIMEOUT,
                              env=_tool_env(self.address))
        result = subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(errors="replace"),
                                             done.stderr.decode(errors="replace"))
        if check:
            result.check_returncode()
        return result

    def scheduler_running(self) -> bool:
        try:
            answer = self.run("lpstat", "-r", check=False)
        except subprocess.TimeoutExpired:
            return False
        return answer.stdout.strip() == "scheduler is running"

    def _queue_name(self, kind: str) -> str:
        self._queues += 1
        return f"{kind}-{self._queues}"

    def add_pdf_queue(self, name: str | None = None) -> str:
        """An enabled queue that "prints" through cups-pdf into :attr:`output_dir`."""
        queue = name or self._queue_name("pdf")
        self.run("lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{self.instance}", "-P", str(CUPS_PDF_PPD))
        return queue

    def add_faulty_queue(self, fault: str, *options: str) -> str:
        """An enabled queue on the ``faulty`` backend (see the module docstring); ``options`` go to lpadmin."""
        assert fault in FAULTS, fault
        queue = self._queue_name(fault)
        # A raw queue: the backend gets the PDF as it was sent, with no filter that could fail first.
        self.run("lpadmin", "-p", queue, "-E", "-v", f"faulty:/{fault}", "-m", "raw", *options)
        return queue

    def jobs(self, queue: str, which: str = "not-completed") -> list[str]:
        """Job names (``queue-7``) in ``queue``: ``which`` is ``not-completed``, ``completed`` or ``all``."""
        listing = self.run("lpstat", "-W", which, "-o", queue, check=False).stdout
        return [line.split()[0] for line in listing.splitlines() if line.strip()]

    def printed_pdfs(self, job_id: int) -> list[Path]:
        """What cups-pdf wrote for job ``job_id``: its file names end in ``job_<id>`` (the PPD's Label 2)."""
        return sorted(path for path in self.output_dir.glob("*.pdf")
                      if re.search(rf"(^|[-_])job_{job_id}(\.pdf$|-)", path.name))

    def log(self) -> str:
        error_log = self.root / "log" / "error_log"
        return error_log.read_text(encoding="utf-8", errors="replace")[-4000:] if error_log.exists() else "(no log)"


@contextmanager
def running_cups_server() -> Iterator[CupsServer]:
    """Start a private cupsd; stop it and delete its files on the way out, however the block ends."""
    _remove_leftovers()
    # Short, under /tmp: a Unix socket path must fit in 108 bytes.
    root = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
    root.chmod(0o755)  # mkdtemp makes it 0700; the lp user that runs filters must get through it
    server = None
    try:
        for attempt in range(3):  # another program may take the free port before cupsd binds it
            server = CupsServer(root / f"try{attempt}", _free_port())
            server._write_configuration()
            try:
                server._start()
                break
            except RuntimeError:
                server.stop()
                if attempt == 2:
                    raise
        assert server is not None
        yield server
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(root, ignore_errors=True)


def require_cups() -> None:
    """Skip the test when a private cupsd with cups-pdf cannot run here; in CI, fail it instead."""
    reason = missing_prerequisite()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the printing tests, but {reason}")
    pytest.skip(reason)

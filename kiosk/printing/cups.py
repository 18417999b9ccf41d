"""Talking to the print server: running the CUPS tools, and finding the scheduler they would ask.

``lp`` and ``cancel`` (package cups-client) submit and cancel, so authentication, ``client.conf`` and
``CUPS_SERVER`` work as for any CUPS program. Tools run with ``LC_ALL=C`` so their messages can be
matched. State is read over IPP (:mod:`kiosk.printing.ipp`) at the address :func:`find_server` gives.

``server`` is what ``lp -h`` takes: ``host:port`` or a Unix socket path; ``None`` means the machine's
default print server (``CUPS_SERVER``, ``client.conf``, else the local scheduler; ``lpstat -H`` says which).
"""

from __future__ import annotations

import getpass
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.printing import ipp

# One CUPS tool run or IPP request. A local scheduler answers in milliseconds; this bounds a hung one.
DEFAULT_TIMEOUT = 10.0


class ToolMissing(Exception):
    """A CUPS command-line tool is not installed."""


class NoAddress(Exception):
    """The CUPS client cannot say which print server to use."""


@dataclass(frozen=True)
class Target:
    server: ipp.Server
    shown: str  # for messages


def _tool_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "LANGUAGE"}
    env.update(LANG="C", LC_ALL="C")
    return env


def run_tool(command: Sequence[str], *, timeout: float,
             stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run a CUPS tool in the C locale. Raises TimeoutExpired, or ToolMissing when it is not installed."""
    try:
        done = subprocess.run(list(command), input=stdin, capture_output=True, timeout=timeout, env=_tool_env(),
                              check=False)
    except FileNotFoundError:
        raise ToolMissing(f"{command[0]} is not installed (apt-get install cups-client)") from None
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def find_server(server: str | None, timeout: float) -> Target:
    """The scheduler's address; for ``None``, the one the CUPS tools would use (``lpstat -H``)."""
    if server is not None:
        return Target(ipp.Server.parse(server), server)
    try:
        done = run_tool(["lpstat", "-H"], timeout=timeout)  # reads the configuration; asks no server
    except subprocess.TimeoutExpired:
        raise NoAddress(f"lpstat -H did not answer within {timeout:g} s") from None
    except ToolMissing as error:
        raise NoAddress(str(error)) from None
    address = first_line(done.stdout)
    if done.returncode != 0 or not address:
        raise NoAddress(f"lpstat -H said {first_line(done.stderr)!r}")
    return Target(ipp.Server.parse(address), f"the default print server ({address})")


def user_name() -> str:
    """The ``requesting-user-name`` a job query carries."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name and no passwd entry, as in some containers
        return "kiosk"

"""A real PostgreSQL for tests: the one ``KIOSK_TEST_PG_DSN`` names, or a throwaway cluster of our own.

:func:`postgres_for_tests` gives a :class:`PostgresServer`, a server on which the tests may create and drop
databases; :meth:`PostgresServer.create_database` makes an empty database and returns its SQLAlchemy URL
(``postgresql+psycopg://...``). The fixtures in ``tests/sync/postgres_fixtures.py`` wrap it:
``postgres_server`` (one for the session), ``postgres_url`` (one database for the session, dropped at the
end) and ``fresh_postgres_url`` (a database of the test's own). A test module asks for them with
``pytest_plugins = ["tests.sync.postgres_fixtures"]``.

Which server
    ``KIOSK_TEST_PG_DSN`` (a libpq URI or ``key=value`` string; its user must be allowed to create
    databases) points the tests at a server someone runs already. Without it, :func:`running_postgres`
    makes a cluster with Debian's ``initdb`` (``/usr/lib/postgresql/<version>/bin``, from the ``postgresql``
    package) in a temporary folder, and runs ``postgres`` on a free port on 127.0.0.1, with trust
    authentication, no Unix socket outside that folder, and durability off (``fsync``): a test database
    that a power cut destroys is a test database like any other.

Running as root
    PostgreSQL refuses to run as root. Under root (as in CI), the cluster's folder is given to the
    unprivileged ``nobody`` and ``initdb`` and ``postgres`` run as that user (``subprocess``'s ``user=``),
    so nothing needs a login shell or ``sudo``.

It cannot outlive the tests: the kernel sends the server SIGQUIT (immediate shutdown) when the test
process dies, even by ``kill -9``, and the next run deletes folders such a run left behind (named after
its process id, once that process is gone).

When there is no PostgreSQL
    The tests that need it skip, saying why; in CI (``CI`` set, as ``.ci/run`` does) they fail instead,
    so a CI run cannot pass without having exercised PostgreSQL.
"""

from __future__ import annotations

import ctypes
import os
import pwd
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

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlalchemy.engine import URL

DSN_VARIABLE = "KIOSK_TEST_PG_DSN"
PG_LIB = Path("/usr/lib/postgresql")
TEMP_PREFIX = "kiosk-pg-"
UNPRIVILEGED_USER = "nobody"
PR_SET_PDEATHSIG = 1  # linux/prctl.h

START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
INITDB_TIMEOUT = 120.0


class PostgresUnavailable(Exception):
    """No PostgreSQL can be started or reached here; the message says what to do about it."""


class PostgresServer:
    """A PostgreSQL server on which the tests may create databases."""

    def __init__(self, conninfo: str, description: str) -> None:
        #: libpq connection string for the server's maintenance database.
        self.conninfo = conninfo
        self.description = description

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        # CREATE/DROP DATABASE cannot run inside a transaction.
        return psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5)

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` on this server."""
        parts = conninfo_to_dict(self.conninfo)
        port = parts.get("port")
        return URL.create(
            "postgresql+psycopg",
            username=str(parts["user"]) if parts.get("user") else None,
            password=str(parts["password"]) if parts.get("password") else None,
            host=str(parts.get("host") or "127.0.0.1"),
            port=int(str(port)) if port else None,
            database=database,
        ).render_as_string(hide_password=False)

    def create_database(self, prefix: str = "kiosk_test") -> str:
        """A new, empty database (named ``<prefix>_<pid>_<random>``); its SQLAlchemy URL."""
        name = f"{prefix}_{os.getpid()}_{secrets.token_hex(4)}"
        with self._admin() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by :meth:`create_database`, closing whatever sessions are still in it."""
        name = url.rsplit("/", 1)[1].split("?", 1)[0]
        with self._admin() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def reachable(self) -> bool:
        try:
            with self._admin() as connection:
                connection.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def postgres_bin() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` that has ``initdb`` and ``postgres``."""
    found = [path.parent for path in PG_LIB.glob("*/bin/initdb") if (path.parent / "postgres").exists()]
    return max(found, key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0, default=None)


def _die_with_parent() -> None:
    """In the child before exec: have the kernel stop it if the test process dies (kill -9 included).

    It runs after ``user=`` changed the child's user, which would have cleared an earlier setting.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGQUIT)


def _remove_leftovers() -> None:
    for leftover in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        match = re.match(rf"{TEMP_PREFIX}(\d+)-", leftover.name)
        if match and not Path(f"/proc/{match[1]}").exists():
            shutil.rmtree(leftover, ignore_errors=True)


class _Cluster:
    """A cluster in ``root``, run by ``user`` (None: the test process's own user)."""

    def __init__(self, bin_dir: Path, root: Path, user: str | None) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.user = user
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def conninfo(self) -> str:
        return make_conninfo(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")

    def log(self) -> str:
        log = self.root / "postgres.log"
        return log.read_text(encoding="utf-8", errors="replace")[-4000:] if log.exists() else "(no log)"

    def init(self) -> None:
        done = subprocess.run(
            [str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
             "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"],
            user=self.user, cwd=self.root, capture_output=True, timeout=INITDB_TIMEOUT, env=_tool_env())
        if done.returncode != 0:
            raise PostgresUnavailable(
                f"initdb failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")

    def start(self) -> None:
        self.port = _free_port()
        log = (self.root / "postgres.log").open("ab")
        try:
            self.process = subprocess.Popen(
                [str(self.bin_dir / "postgres"), "-D", str(self.data), "-p", str(self.port),
                 "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.root}",
                 # A throwaway cluster: speed over durability.
                 "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                 "-c", "max_connections=200"],
                user=self.user, cwd=self.root, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True, preexec_fn=_die_with_parent, env=_tool_env())
        finally:
            log.close()
        server = PostgresServer(self.conninfo, f"a private cluster on 127.0.0.1:{self.port}")
        deadline = time.monotonic() + START_TIMEOUT
        while not server.reachable():
            if self.process.poll() is not None:
                raise PostgresUnavailable(
                    f"postgres exited with status {self.process.returncode}:\n{self.log()}")
            if time.monotonic() > deadline:
                raise PostgresUnavailable(f"postgres did not answer within {START_TIMEOUT:g} s:\n{self.log()}")
            time.sleep(0.1)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        # SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, nothing waits for clients.
        for sig in (signal.SIGINT, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=STOP_TIMEOUT)
                break
            except subprocess.TimeoutExpired:
                continue


def _tool_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return env


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """A throwaway cluster on 127.0.0.1; stopped and deleted on the way out, however the block ends."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise PostgresUnavailable(
            f"PostgreSQL is not installed ({PG_LIB}/*/bin/initdb is missing): apt-get install postgresql "
            f"(packaging/debian-packages-test.txt lists it), or set {DSN_VARIABLE} to a server's DSN")
    user = None
    if os.geteuid() == 0:
        user = UNPRIVILEGED_USER
        try:
            owner = pwd.getpwnam(user)
        except KeyError as error:
            raise PostgresUnavailable(f"running as root, and there is no {user!r} user to run PostgreSQL as") \
                from error
    _remove_leftovers()
    root = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
    if user is not None:
        # In /tmp itself (not under pytest's 0700 folders), so that user can reach it.
        os.chown(root, owner.pw_uid, owner.pw_gid)
    cluster = _Cluster(bin_dir, root, user)
    try:
        cluster.init()
        for attempt in range(3):  # another program may take the free port before postgres binds it
            try:
                cluster.start()
                break
            except PostgresUnavailable:
                cluster.stop()
                if attempt == 2:
                    raise
        yield PostgresServer(cluster.conninfo, f"a private cluster on 127.0.0.1:{cluster.port}")
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def postgres_for_tests() -> Iterator[PostgresServer]:
    """The server ``KIOSK_TEST_PG_DSN`` names, or else a throwaway cluster; PostgresUnavailable if neither."""
    dsn = os.environ.get(DSN_VARIABLE)
    if dsn:
        try:
            # Normalised to key=value form, so a URI and a keyword string are used alike.
            server = PostgresServer(make_conninfo(dsn), f"{DSN_VARIABLE}'s server")
        except psycopg.ProgrammingError as error:
            raise PostgresUnavailable(f"{DSN_VARIABLE} is not a PostgreSQL DSN: {error}") from error
        try:
            with server._admin() as connection:
                connection.execute("SELECT 1")
        except psycopg.Error as error:
            raise PostgresUnavailable(f"cannot reach the server {DSN_VARIABLE} names: {error}") from error
        yield server
        return
    with running_postgres() as server:
        yield server


def postgres_unavailable(reason: str) -> None:
    """Skip the test for ``reason``; in CI (``CI`` set), fail it: CI must exercise PostgreSQL."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
    pytest.skip(reason)

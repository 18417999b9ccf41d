"""``kiosk enroll`` and ``kiosk sync``, called by ``kiosk.cli`` (which loads this module only when they run)."""

from __future__ import annotations

import threading
from typing import TextIO

import requests

from kiosk import __version__
from kiosk.config import Config
from kiosk.store import Store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import enroll
from sync.agent.files import AgentPaths

EXIT_OK, EXIT_FAILED = 0, 1


def new_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = f"migrant-kiosk/{__version__}"
    session.trust_env = False  # a kiosk speaks to its centre directly, whatever the environment says
    return session


def agent_settings(config: Config) -> AgentSettings:
    return AgentSettings(interval_s=config.sync_interval_s, jitter=config.sync_jitter,
                         outbox_interval_s=config.sync_outbox_interval_s, central_url=config.sync_central_url,
                         files_url=config.sync_files_url)


def agent_for(config: Config, store: Store, session: requests.Session | None = None) -> SyncAgent:
    """The agent for this kiosk, as configured. Give it a store of its own thread's."""
    return SyncAgent(store, config.data_dir, session or new_session(), settings=agent_settings(config))


def main_enroll(config: Config, url: str, code: str, out: TextIO) -> int:
    config.data_paths.ensure()
    with new_session() as session:
        enrollment = enroll(session, url, code, AgentPaths(config.data_dir), files_url=config.sync_files_url)
    out.write(f"enrolled as kiosk {enrollment.kiosk_id} at {enrollment.central_url}; "
              f"the root key is pinned and the device token kept in {AgentPaths(config.data_dir).enrollment}\n")
    return EXIT_OK


def main_sync(config: Config, out: TextIO, *, once: bool, status: bool) -> int:
    from kiosk.bootstrap import open_local_cache

    store = open_local_cache(config)
    try:
        with new_session() as session:
            agent = agent_for(config, store, session)
            if status:
                out.write("\n".join(agent.status().lines()) + "\n")
                return EXIT_OK
            if once:
                report = agent.sync_once()
                out.write(_report_text(report.release_before, report.release_after, report.release_summary,
                                       report.outbox.delivered, report.outbox.parked, report.error))
                return EXIT_OK if report.ok else EXIT_FAILED
            stop = threading.Event()
            try:
                agent.run_forever(stop)
            finally:
                stop.set()
            return EXIT_OK
    finally:
        store.close()


def _report_text(before: int | None, after: int | None, summary: str, delivered: int, parked: int,
                 error: str) -> str:
    lines = [summary or f"release {after}", f"outbox: {delivered} delivered, {parked} parked"]
    if before != after:
        lines[0] = f"{summary} (was {before})" if summary else f"release {after} (was {before})"
    if error:
        lines.append(f"error: {error}")
    return "\n".join(lines) + "\n"

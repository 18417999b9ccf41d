"""The kiosk's sync agent: enrollment, signed releases in, the outbox out, a heartbeat (docs/protocol.md).

Qt-free and HTTP-client-injected (a ``requests.Session``). It changes the local
cache only through ``kiosk`` functions: ``kiosk.release.apply_release`` for
releases, ``kiosk.outbox`` for the outbox's lifecycle.

- :func:`~sync.agent.enrollment.enroll` — ``kiosk enroll URL CODE``;
- :class:`~sync.agent.agent.SyncAgent` — ``sync_once``, ``send_outbox_once``,
  ``status``, ``run_forever`` (on a worker thread);
- errors in :mod:`sync.agent.errors`.
"""

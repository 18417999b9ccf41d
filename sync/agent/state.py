"""What the agent remembers between rounds: the release it saw, the keys it trusts, how the last round went.

Kept in ``<data>/sync/state.json``, apart from the cache: it is the agent's own
bookkeeping (an ETag, the newest keys document it accepted, the last error for
the staff menu), and losing it costs one full check, never data.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sync.agent.files import AgentPaths, read_json, write_private_json

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgentState:
    etag: str = ""
    keys_document: dict[str, Any] = field(default_factory=dict)  # the newest signed keys document accepted
    last_attempt_at: str = ""
    last_success_at: str = ""  # the last round that reached the centre and finished its work
    last_error: str = ""  # "" after a good round
    last_error_at: str = ""
    online: bool = False  # whether the last round reached the centre
    clock_skew_s: int = 0  # the kiosk's clock minus the centre's, at the last answer that said

    def but(self, **changes: Any) -> AgentState:
        return replace(self, **changes)


def load_state(paths: AgentPaths) -> AgentState:
    raw = read_json(paths.state) or {}
    known = {f.name for f in fields(AgentState)}
    try:
        return AgentState(**{key: value for key, value in raw.items() if key in known})
    except TypeError:
        log.warning("sync: %s is not the agent's state; starting afresh", paths.state)
        return AgentState()


def save_state(paths: AgentPaths, state: AgentState) -> None:
    """Write the state; a disk that cannot take it is logged, never fatal (the next round rebuilds it)."""
    try:
        write_private_json(paths.state, asdict(state))
    except OSError as error:
        log.error("sync: cannot save the agent's state in %s: %s", paths.state, error)

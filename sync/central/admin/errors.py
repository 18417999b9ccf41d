"""Why a ``kiosk-admin`` command did not do what was asked; each says so in a sentence for a person.

``exit_code`` is what the command exits with: 2 for a command that was given wrongly (as argparse
does), 1 for one that was given rightly but failed.
"""

from __future__ import annotations


class AdminError(Exception):
    """Base of every failure ``kiosk-admin`` reports; ``str()`` is the sentence it prints."""

    exit_code = 1


class UsageProblem(AdminError):
    """The command was given wrongly: a missing URL or token, a bad duration, a folder that is not one."""

    exit_code = 2


class CredentialProblem(AdminError):
    """A token file that is unreadable, empty, or readable by others."""


class RootKeyProblem(AdminError):
    """The root key file is missing, unreadable, readable by others, or not an Ed25519 key."""


class Unreachable(AdminError):
    """No HTTP answer from the central service (connection refused, DNS, timeout, TLS)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"cannot reach the central service at {url}: {reason}")
        self.url = url


class Refused(AdminError):
    """The centre answered with its ``{"error": {"code", "message"}}``."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, object] | None = None) -> None:
        text = message.rstrip(".") if message else "no reason given"
        super().__init__(f"the central service refused: {text} ({code}, HTTP {status})")
        self.status, self.code, self.message = status, code, message
        self.details = details or {}


class UnexpectedAnswer(AdminError):
    """An answer that is not the protocol's (a proxy's HTML page, a 5xx, JSON of another shape)."""

    def __init__(self, url: str, what: str) -> None:
        super().__init__(f"unexpected answer from {url}: {what}")
        self.url = url


class KeysMismatch(AdminError):
    """The centre's keys were made with another root key than the one given, or it has none yet."""

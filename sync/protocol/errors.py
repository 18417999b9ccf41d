"""Why a document, file or answer is refused.

Every refusal carries a short ``reason`` code, so the agent can log it and the
fleet view can count it without parsing messages. One class per failure a caller
acts on differently.
"""

from __future__ import annotations


class ProtocolError(Exception):
    """Base of everything this package raises on bad input."""


class Refusal(ProtocolError):
    """A document, file or answer that must not be accepted."""

    reason = "refused"


class MalformedDocument(Refusal, ValueError):
    """Not the shape the protocol says (bad JSON, bad gzip, a field missing or of the wrong type).

    Also a ValueError, as any parser's complaint about a bad value is.
    """

    reason = "malformed"


class BadSignature(Refusal):
    """A key we trust is named, but its signature does not verify."""

    reason = "bad_signature"


class UnknownKey(Refusal):
    """No signature is by a key we trust for this document's type."""

    reason = "unknown_key"


class NotSignedByRoot(Refusal):
    """A keys document without a valid signature by the pinned root key."""

    reason = "not_signed_by_root"


class KeysExpired(Refusal):
    """The keys document's ``expires`` has passed."""

    reason = "keys_expired"


class KeysRollback(Refusal):
    """A keys document older than the one already held."""

    reason = "keys_rollback"


class Rollback(Refusal):
    """A manifest whose release number is not above the installed one.

    ``offered == installed`` is the ordinary "nothing new" case; below is a replay.
    """

    reason = "rollback"

    def __init__(self, message: str, offered: int = 0, installed: int = 0) -> None:
        super().__init__(message)
        self.offered = offered
        self.installed = installed


class ManifestExpired(Refusal):
    """The manifest's ``expires`` has passed (a freeze attack, or a centre that stopped publishing)."""

    reason = "manifest_expired"


class FileMismatch(Refusal):
    """A data file whose SHA-256 is not the one the manifest names."""

    reason = "file_mismatch"


class WrongSize(Refusal):
    """A data file whose length is not the one the manifest names."""

    reason = "wrong_size"


class TooLarge(Refusal):
    """More bytes than announced or allowed (an endless download, a gzip bomb)."""

    reason = "too_large"


class UnexpectedResponse(Refusal):
    """An HTTP answer that is not what was asked for (a captive portal's page, say)."""

    reason = "unexpected_response"

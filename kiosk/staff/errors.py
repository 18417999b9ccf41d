"""What can go wrong in staff mode, one class per thing a caller does differently."""

from __future__ import annotations


class StaffError(Exception):
    """Base class of staff-mode failures."""


class StaffDocumentInvalid(ValueError):
    """The centre's list of staff accounts is not what the contract says; the message names the field."""


class DayListInvalid(ValueError):
    """The centre's day list is not what the contract says; the message names the field."""


class NotSignedIn(StaffError):
    """An action was asked for with no staff member signed in, or after the session timed out."""


class NotPermitted(StaffError):
    """The signed-in member's role or places do not allow this action."""


class UnknownBooking(StaffError):
    """No booking with this reference is on the day list (nor among this device's visits)."""

    def __init__(self, reference: str) -> None:
        self.reference = reference
        super().__init__(f"no booking {reference} on the day list")


class IllegalTransition(StaffError):
    """Base class: a visit cannot go from its state to the one asked for."""

    def __init__(self, reference: str, state: str, wanted: str) -> None:
        self.reference = reference
        self.state = state
        self.wanted = wanted
        super().__init__(f"booking {reference} is {state}: it cannot become {wanted}")


class BookingCancelled(IllegalTransition):
    """The booking was cancelled: there is no visit to record."""


class NotCheckedIn(IllegalTransition):
    """Served or no-show asked for a person who has not been checked in (served) or was (no-show)."""


class AlreadyFinished(IllegalTransition):
    """The visit is already served or a no-show: undo that first."""


class AlreadyCheckedIn(IllegalTransition):
    """A second check-in of the same booking; ``check_in`` reports this as an outcome instead."""


class NothingToUndo(StaffError):
    """No action of this device on the booking can be undone."""


class UndoExpired(StaffError):
    """The action is older than the undo window (``staff.undo_seconds``)."""

    def __init__(self, seq: int, seconds: int) -> None:
        self.seq = seq
        self.seconds = seconds
        super().__init__(f"action {seq} is older than the {seconds} s undo window")


class NotThisDesk(StaffError):
    """A walk-in asked for a slot at another place or on another day than the desk's."""


class CannotReprint(StaffError):
    """The booking's receipt cannot be made here: not on the list, or the list does not have the name."""

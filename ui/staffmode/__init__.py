"""Staff mode's screens, for QML: sign-in, the staff desk (the day's list, check-in, visits, reprints),
walk-ins and the day's summary.

The rules are ``kiosk.staff``'s; these controllers only call it on the task
runner's lanes and say what came back. :class:`ui.staffmode.mode.StaffMode`
holds the signed-in member and the desk (place and day) the others work at.
See docs/architecture.md, "Staff mode".
"""

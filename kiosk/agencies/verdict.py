"""The answer a traveller gets about an agency, decided in one place.

Four kinds, each shown with a big word, an icon and a colour (never the colour
alone), and always with the registry's "data as of" date:

- LICENSED: may recruit, for these countries, until these dates;
- NOT_LICENSED: suspended, revoked, expired (also when an "active" licence's date
  has passed) or rejected, since a date;
- NOT_FOR_COUNTRY: licensed, but not for the country the person is going to;
- NOT_FOUND: not in the registry as of its date. Do not pay. Report it.

A registry older than the configured age is flagged as stale, so the screen can
say plainly that the answer may be out of date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from kiosk.agencies.registry import Agency, effective_status, permitted_destinations


class VerdictKind(Enum):
    LICENSED = "licensed"
    NOT_LICENSED = "not_licensed"
    NOT_FOR_COUNTRY = "not_for_country"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Verdict:
    kind: VerdictKind
    status: str  # the effective status: active, suspended, revoked, expired, rejected; "" when not found
    since: date | None  # when a not-licensed status began
    countries: tuple[tuple[str, date | None], ...]  # where it may recruit now, with each permit's end
    country: str | None  # the destination asked about
    as_of: date | None  # the registry's "data as of" date
    stale: bool  # the registry is older than the configured age


def decide(agency: Agency | None, *, today: date, as_of: date | None, max_age_days: int,
           country: str | None = None) -> Verdict:
    stale = as_of is None or (today - as_of).days > max_age_days
    if agency is None:
        return Verdict(VerdictKind.NOT_FOUND, "", None, (), country, as_of, stale)

    status = effective_status(agency, today)
    if status != "active":
        # An "active" licence past its date shows as expired since that date: the
        # registry may not have caught up, the date on the licence decides.
        since = agency.expires if status != agency.status else agency.status_since
        return Verdict(VerdictKind.NOT_LICENSED, status, since, (), country, as_of, stale)

    permitted = tuple(
        (d.country, _earliest(d.valid_until, agency.expires)) for d in permitted_destinations(agency, today)
    )
    if country is not None and country.upper() not in {code for code, _ in permitted}:
        return Verdict(VerdictKind.NOT_FOR_COUNTRY, status, None, permitted, country, as_of, stale)
    return Verdict(VerdictKind.LICENSED, status, None, permitted, country, as_of, stale)


def _earliest(first: date | None, second: date | None) -> date | None:
    """A country permit cannot outlast the licence it belongs to."""
    dates = [d for d in (first, second) if d is not None]
    return min(dates) if dates else None

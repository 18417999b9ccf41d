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

import json
from dataclasses import asdict, dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, TextIO

from kiosk.agencies.countries import country_name
from kiosk.agencies.lookup import lookup
from kiosk.agencies.registry import Agency, effective_status, get_agencies, permitted_destinations, registry_as_of
from kiosk.text import dates

if TYPE_CHECKING:
    from kiosk.store import Store


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


# -- in words, for the command line (the screens word verdicts in every language) -----------------


def describe(verdict: Verdict, expires: date | None = None) -> str:
    """The verdict as one English sentence or three, with the registry's date, as staff read it.

    Dates are written as the English screens write them (:mod:`kiosk.text.dates`).
    """
    def on(day: date | None) -> str:
        return dates.date_text(day, "en") if day else "an unknown date"

    def places(countries: tuple[tuple[str, date | None], ...]) -> str:
        return ", ".join(
            country_name(code, "en") + (f" (until {on(until)})" if until and until != expires else "")
            for code, until in countries
        ) or "no country listed"

    if verdict.kind is VerdictKind.LICENSED:
        text = f"Licensed — may recruit for: {places(verdict.countries)}."
        if expires is not None:
            text += f" The licence is valid until {on(expires)}."
    elif verdict.kind is VerdictKind.NOT_LICENSED:
        text = f"NOT licensed — {verdict.status} since {on(verdict.since)}."
    elif verdict.kind is VerdictKind.NOT_FOR_COUNTRY:
        assert verdict.country is not None
        text = (f"Not licensed for {country_name(verdict.country, 'en', in_sentence=True)}."
                f" May recruit only for: {places(verdict.countries)}.")
    else:
        return f"Not found in the registry as of {on(verdict.as_of)}. Do not pay. Report it." \
            + (" The registry data may be out of date." if verdict.stale else "")
    text += f" Registry data as of {on(verdict.as_of)}."
    if verdict.stale:
        text += " The registry data may be out of date."
    return text


def main_check(store: Store, query: str, *, country: str | None, as_json: bool, out: TextIO, today: date,
               max_age_days: int) -> int:
    """``kiosk agencies lookup QUERY [--country CODE] [--json]``: each match with its verdict; 0 even for none."""
    as_of = registry_as_of(store)
    matches = lookup(store, query)
    agencies = {agency.id: agency for agency in get_agencies(store, [m.agency_id for m in matches])}
    checked = [(m, agencies[m.agency_id], decide(agencies[m.agency_id], today=today, as_of=as_of,
                                                 max_age_days=max_age_days, country=country))
               for m in matches if m.agency_id in agencies]
    if as_json:
        rows = [{**asdict(match), "verdict": verdict.kind.value, "status": verdict.status,
                 "since": verdict.since.isoformat() if verdict.since else None,
                 "countries": [{"country": code, "until": until.isoformat() if until else None}
                               for code, until in verdict.countries],
                 "fictional": agency.fictional, "as_of": as_of.isoformat() if as_of else None,
                 "stale": verdict.stale, "text": describe(verdict, agency.expires)}
                for match, agency, verdict in checked]
        print(json.dumps(rows, ensure_ascii=False, indent=1), file=out)
        return 0
    if not checked:
        verdict = decide(None, today=today, as_of=as_of, max_age_days=max_age_days, country=country)
        print(f"No agency in the registry matches {query!r}.", file=out)
        print(describe(verdict), file=out)
        return 0
    for number, (match, agency, verdict) in enumerate(checked, 1):
        fictional = "  [FICTIONAL sample]" if agency.fictional else ""
        print(f"{number}. {match.name}  [licence {match.licence_number}; matched by {match.matched}]{fictional}",
              file=out)
        print(f"   {verdict.kind.value.upper().replace('_', ' ')}: {describe(verdict, agency.expires)}", file=out)
    return 0

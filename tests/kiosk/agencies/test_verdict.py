from datetime import date

import pytest

from kiosk.agencies.registry import Agency, AgencyName, Destination
from kiosk.agencies.verdict import VerdictKind, decide

TODAY = date(2026, 11, 22)


def Permit(country: str, valid_until: date | None = None) -> Destination:
    return Destination(country, valid_until)


def Licence(status: str = "active", status_since: date = date(2025, 5, 1),
            expires: date | None = date(2027, 5, 1),
            destinations: tuple[Destination, ...] = (Destination("KR", None), Destination("DE", date(2027, 1, 31))),
            ) -> Agency:
    return Agency(id="a1", names=(AgencyName("Fictional Example MChJ", "official"),), licence_number="UZ-1",
                  authority="[[FILL: licensing authority]]", status=status, status_since=status_since,
                  issued=date(2025, 5, 1), expires=expires, destinations=destinations, address="", phone="",
                  website="", branches=(), fictional=True, changed_at="2026-11-01", history=())


def verdict(licence: Agency | None, country: str | None = None, as_of: date | None = date(2026, 11, 20)):
    return decide(licence, today=TODAY, as_of=as_of, max_age_days=30, country=country)


def test_an_active_licence_may_recruit_for_its_countries_until_their_dates() -> None:
    result = verdict(Licence())
    assert result.kind is VerdictKind.LICENSED
    assert result.countries == (("KR", date(2027, 5, 1)), ("DE", date(2027, 1, 31)))
    assert result.as_of == date(2026, 11, 20)
    assert not result.stale


@pytest.mark.parametrize("status", ["suspended", "revoked", "expired", "rejected"])
def test_any_other_status_is_not_licensed_since_its_date(status: str) -> None:
    result = verdict(Licence(status=status, status_since=date(2026, 3, 2)))
    assert result.kind is VerdictKind.NOT_LICENSED
    assert (result.status, result.since) == (status, date(2026, 3, 2))
    assert result.countries == ()


def test_an_active_licence_past_its_expiry_date_shows_as_expired() -> None:
    result = verdict(Licence(expires=date(2026, 10, 1)))
    assert result.kind is VerdictKind.NOT_LICENSED
    assert (result.status, result.since) == ("expired", date(2026, 10, 1))


def test_a_country_not_on_the_licence_is_not_permitted() -> None:
    assert verdict(Licence(), country="GB").kind is VerdictKind.NOT_FOR_COUNTRY
    assert verdict(Licence(), country="KR").kind is VerdictKind.LICENSED


def test_a_country_permit_that_has_run_out_no_longer_counts() -> None:
    licence = Licence(destinations=(Permit("KR"), Permit("DE", date(2026, 6, 30))))
    assert verdict(licence, country="DE").kind is VerdictKind.NOT_FOR_COUNTRY
    assert [code for code, _ in verdict(licence).countries] == ["KR"]


def test_an_agency_not_in_the_registry_gets_the_registry_date() -> None:
    result = verdict(None)
    assert result.kind is VerdictKind.NOT_FOUND
    assert result.as_of == date(2026, 11, 20)


@pytest.mark.parametrize(("as_of", "stale"), [(date(2026, 11, 20), False), (date(2026, 9, 1), True), (None, True)])
def test_an_old_registry_is_flagged(as_of: date | None, stale: bool) -> None:
    assert verdict(Licence(), as_of=as_of).stale is stale
    assert verdict(None, as_of=as_of).stale is stale


# -- in words, for the command line --------------------------------------------------------------


def test_the_four_verdicts_in_words() -> None:
    from kiosk.agencies.verdict import describe

    assert describe(verdict(Licence()), date(2027, 5, 1)) == (
        "Licensed — may recruit for: South Korea, Germany (until 31 January 2027). The licence is valid until "
        "1 May 2027. Registry data as of 20 November 2026.")
    assert describe(verdict(Licence(status="suspended", status_since=date(2026, 3, 2)))) == \
        "NOT licensed — suspended since 2 March 2026. Registry data as of 20 November 2026."
    assert describe(verdict(Licence(), country="GB"), date(2027, 5, 1)).startswith(
        "Not licensed for the United Kingdom. May recruit only for: South Korea, Germany (until 31 January 2027).")
    assert describe(verdict(None)) == "Not found in the registry as of 20 November 2026. Do not pay. Report it."


def test_a_stale_registry_is_said_in_words() -> None:
    from kiosk.agencies.verdict import describe

    assert describe(verdict(None, as_of=date(2026, 1, 1))).endswith("The registry data may be out of date.")

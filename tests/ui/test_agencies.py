"""Check an agency, through the real screens, on the bundled fictional registry.

The registry's dates are fixed, so the kiosk's clock is fixed too: 2026-11-22,
two days after the registry's "data as of" date.
"""

from datetime import date

from kiosk import outbox, reference
from kiosk.agencies.reports import OUTBOX_KIND
from tests.ui.kiosk_driver import KioskDriver

TODAY = date(2026, 11, 22)
LICENSED = "sample-000311"  # active until 2027-08-10, for RU, DE, JP and AE
SUSPENDED = "sample-000012"  # suspended since 2026-04-29


def start(kiosk, qtbot, language: str = "en", today: date = TODAY) -> KioskDriver:  # type: ignore[no-untyped-def]
    driver: KioskDriver = kiosk(language=language, today=today)
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    driver.tap(f"start_{language}")
    driver.wait_for_screen("home")
    driver.tap("tile_agency")
    driver.wait_for_screen("agency")
    return driver


def search(driver: KioskDriver, qtbot, text: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    driver.find("agencySearchField").setProperty("text", text)
    results = driver.app.agencies.results
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=10000)
    return results.rows()


def open_verdict(driver: KioskDriver, qtbot, agency_id: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    driver.tap(f"agency_{agency_id}")
    driver.wait_for_screen("agency_verdict")
    qtbot.waitUntil(lambda: driver.app.agencies.verdict.get("agencyId") == agency_id, timeout=10000)
    return dict(driver.app.agencies.verdict)


def test_typing_a_few_letters_in_the_other_script_finds_the_agency(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    driver.settled("agencySearchField")
    driver.type_text("Қохзомн")  # Uzbek Cyrillic for a name registered as "Qoxzomnum Mehnat Xalqaro MChJ"
    results = driver.app.agencies.results
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=10000)
    first = results.rows()[0]
    assert first["agencyId"] == LICENSED
    assert first["kind"] == "licensed"
    assert driver.visible(f"agency_{LICENSED}")


def test_a_licensed_agency_says_so_with_its_countries_and_the_data_date(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    search(driver, qtbot, "Qoxzomnum")
    verdict = open_verdict(driver, qtbot, LICENSED)
    assert verdict["kind"] == "licensed"
    assert driver.find("verdictWord").property("text") == "LICENSED"
    meaning = str(driver.find("verdictMeaning").property("text"))
    assert meaning.startswith("Licensed: may recruit for Russia, Germany, Japan, United Arab Emirates.")
    assert "valid until 10 August 2027" in meaning
    assert driver.find("verdictAsOf").property("text") == "Registry data as of 20 November 2026."
    assert driver.visible("verdictFictional")  # demo data is marked on screen
    assert not driver.visible("verdictStale")
    # The authority is a placeholder in the sample registry: shown as the operator's, never raw.
    assert verdict["authority"] == "[to be filled in by the kiosk operator]"


def test_a_suspended_agency_is_not_licensed_since_its_date(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot, language="ky")
    search(driver, qtbot, "Timlelo")
    verdict = open_verdict(driver, qtbot, SUSPENDED)
    # Dates, the authority and the reason are in Kyrgyz, as every screen writes them.
    assert (verdict["kind"], verdict["status"], verdict["since"]) == ("not_licensed", "suspended",
                                                                      "2026-ж., 29-апрель")
    assert "2026-ж., 29-апрель" in str(driver.find("verdictMeaning").property("text"))
    assert driver.find("verdictWord").property("text") != "NOT LICENSED"  # it is in Kyrgyz
    assert verdict["authority"] == "[киосктун оператору толтурат]"
    assert verdict["history"][0] == {"status": "suspended", "since": "2026-ж., 29-апрель",
                                     "reason": "текшерүү жүрүп жатат"}
    assert verdict["address"].endswith("(toʻqima manzil)")  # as the (Uzbek) registry writes it
    assert "[[" not in str(verdict) and "2026-04-29" not in str(verdict)


def test_choosing_a_country_the_licence_does_not_cover_changes_the_verdict(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    search(driver, qtbot, "Qoxzomnum")
    open_verdict(driver, qtbot, LICENSED)
    driver.tap("verdictCountryButton")
    qtbot.waitUntil(lambda: driver.visible("country_GB"), timeout=5000)
    driver.tap("country_GB")
    agencies = driver.app.agencies
    qtbot.waitUntil(lambda: agencies.verdict.get("kind") == "not_for_country", timeout=10000)
    assert driver.find("verdictWord").property("text") == "NOT LICENSED for the United Kingdom"
    assert str(driver.find("verdictMeaning").property("text")).startswith("Not licensed for the United Kingdom.")

    driver.tap("verdictCountryButton")
    driver.tap("country_DE")
    qtbot.waitUntil(lambda: agencies.verdict.get("kind") == "licensed", timeout=10000)


def test_an_agency_that_is_not_in_the_list_gets_the_not_found_verdict(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    driver.find("agencySearchField").setProperty("text", "Golden Visa Star Abroad")
    qtbot.waitUntil(lambda: driver.visible("agencyNotListed"), timeout=5000)
    driver.tap("agencyNotListed")
    driver.wait_for_screen("agency_verdict")
    agencies = driver.app.agencies
    qtbot.waitUntil(lambda: agencies.verdict.get("kind") == "not_found", timeout=10000)
    assert driver.find("verdictMeaning").property("text") == \
        "Not found in the registry as of 20 November 2026. Do not pay. Report it."
    assert agencies.verdict["name"] == "Golden Visa Star Abroad"
    # Where the person is going changes nothing about an agency the registry does not have.
    assert not driver.visible("verdictCountryButton")
    assert driver.visible("verdictReportButton")


def test_an_old_registry_is_flagged_as_possibly_out_of_date(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot, today=date(2027, 3, 1))  # 101 days after the data date; the limit is 30
    qtbot.waitUntil(lambda: driver.app.agencies.asOf == "20 November 2026", timeout=10000)
    assert driver.visible("agencyStaleWarning")
    search(driver, qtbot, "Qoxzomnum")
    open_verdict(driver, qtbot, LICENSED)
    assert driver.visible("verdictStale")
    assert "101 days old" in driver.window.property("currentScreen").property("readAloudText")


def test_the_verdict_can_be_read_aloud(kiosk, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    driver = start(kiosk, qtbot)
    search(driver, qtbot, "Timlelo")
    open_verdict(driver, qtbot, SUSPENDED)
    spoken = driver.window.property("currentScreen").property("readAloudText")
    assert spoken.startswith("NOT LICENSED Timlelo Mehnat XK NOT licensed: suspended since 29 April 2026.")
    assert "Registry data as of 20 November 2026." in spoken
    driver.tap("readAloudButton")
    qtbot.waitUntil(lambda: any((tmp_path / "speech").glob("*.wav")), timeout=30000)


def report_about(driver: KioskDriver, qtbot, agency_id: str) -> None:  # type: ignore[no-untyped-def]
    driver.tap("verdictReportButton")
    driver.wait_for_screen("agency_report")
    assert driver.find("reportNameField").property("text") == driver.app.agencies.verdict["name"]
    driver.tap("reportNext1")
    driver.tap("reportKind_fee_before_job")
    driver.tap("reportKind_kept_documents")
    driver.tap("reportNext2")
    driver.find("reportContactField").setProperty("text", "+000 00 000 00 00")


def test_a_report_is_stored_in_the_outbox_before_its_reference_is_shown(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    search(driver, qtbot, "Timlelo")
    open_verdict(driver, qtbot, SUSPENDED)
    report_about(driver, qtbot, SUSPENDED)
    driver.tap("reportSend")
    qtbot.waitUntil(lambda: driver.app.agencies.report["state"] == "sent", timeout=10000)
    shown = str(driver.find("reportReference").property("text"))
    code = reference.parse_reference(shown)

    store = driver.app.store
    assert store is not None
    (item,) = driver.app.runner.call_in_lane("db", lambda: outbox.items(store, OUTBOX_KIND))
    assert item.body["reference"] == code
    assert item.body["agency_id"] == SUSPENDED
    assert item.body["what_happened"] == ["fee_before_job", "kept_documents"]
    assert item.body["contact"] == "+000 00 000 00 00"
    assert item.body["language"] == "en"


def test_going_back_a_step_keeps_what_was_chosen(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    search(driver, qtbot, "Timlelo")
    open_verdict(driver, qtbot, SUSPENDED)
    report_about(driver, qtbot, SUSPENDED)
    driver.tap("reportPrevious3")
    page = driver.window.property("currentScreen")
    assert page.property("step") == 1
    assert page.property("chosen").toVariant() == ["fee_before_job", "kept_documents"]


def test_the_idle_wipe_never_loses_a_submitted_report(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    search(driver, qtbot, "Timlelo")
    open_verdict(driver, qtbot, SUSPENDED)
    report_about(driver, qtbot, SUSPENDED)
    driver.tap("reportSend")
    driver.app.session.wipe()  # the countdown ran out the moment Send was touched
    assert driver.screen == "welcome"
    assert driver.app.agencies.report["state"] == ""

    store = driver.app.store
    assert store is not None
    items = driver.app.runner.call_in_lane("db", lambda: outbox.items(store, OUTBOX_KIND))
    assert [item.body["agency_id"] for item in items] == [SUSPENDED]


def test_the_wipe_forgets_the_search_the_country_and_the_verdict(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    driver.app.agencies.setCountry("KR")
    search(driver, qtbot, "Qoxzomnum")
    open_verdict(driver, qtbot, LICENSED)
    driver.app.session.wipe()
    agencies = driver.app.agencies
    assert (agencies.query, agencies.country, agencies.verdict, agencies.results.rowCount()) == ("", "", {}, 0)


def test_hostile_input_shows_results_or_nothing(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    for text in ('"', "*", "NEAR(", "') OR 1=1 --", "\x00", "ʻʼ'`", "ООО", "№", "x" * 500):
        driver.find("agencySearchField").setProperty("text", text)
        qtbot.wait(50)
    driver.app.runner.call_in_lane("db", lambda: None)  # every lookup has run
    qtbot.wait(50)
    assert driver.screen == "agency"

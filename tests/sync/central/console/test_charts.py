"""The console's server-side SVG charts: well-formed XML, named for screen readers, numbers written on
the bars, and every label escaped (a label is only ever text)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from sync.central.console import charts
from sync.central.console.charts import BadChart, Point, Series, Share

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & “Oʻzbek” ]]>'


def parsed(markup: str) -> ElementTree.Element:
    return ElementTree.fromstring(markup)


def texts(chart: ElementTree.Element) -> list[str]:
    return ["".join(text.itertext()) for text in chart.iter(f"{SVG}text")]


def bars(chart: ElementTree.Element, klass: str = "bar") -> list[ElementTree.Element]:
    return [rect for rect in chart.iter(f"{SVG}rect") if klass in (rect.get("class") or "").split()]


def test_a_bar_chart_names_itself_and_writes_each_number_on_its_bar() -> None:
    chart = parsed(charts.bar_chart("Bookings per day", ["12-06", "12-07"],
                                    [Series("Visa centre", (0, 4)), Series("Office", (2, 1))], chart_id="per-day"))
    assert chart.get("role") == "img" and chart.get("aria-labelledby") == "per-day-title"
    title = chart.find(f"{SVG}title")
    assert title is not None and title.text == "Bookings per day" and title.get("id") == "per-day-title"
    assert sorted(texts(chart)) == sorted(["4", "2", "1", "12-06", "12-07", "Visa centre", "Office"])  # 0 unwritten
    drawn = bars(chart)[:4]  # then the legend's two swatches
    assert [rect.get("class") for rect in drawn] == ["bar s0", "bar s1", "bar s0", "bar s1"]
    heights = [float(rect.get("height") or 0) for rect in drawn]
    assert heights[0] == 0 and heights[2] == max(heights) and heights[1] == pytest.approx(heights[2] / 2)
    assert [rect.findtext(f"{SVG}title") for rect in drawn] == [
        "Visa centre, 12-06: 0", "Office, 12-06: 2", "Visa centre, 12-07: 4", "Office, 12-07: 1"]


def test_every_label_is_escaped_and_comes_back_as_the_same_text() -> None:
    markup = charts.bar_chart(HOSTILE, [HOSTILE], [Series(HOSTILE, (3,))], chart_id="hostile")
    assert "<script>" not in markup
    chart = parsed(markup)  # would not parse if anything slipped through
    assert chart.findtext(f"{SVG}title") == HOSTILE
    assert HOSTILE in texts(chart)
    shares = parsed(charts.share_chart(HOSTILE, [Share(HOSTILE, 1, 1)], chart_id="shares", yes_name=HOSTILE,
                                       no_name="no", share_text=lambda share: HOSTILE))
    assert texts(shares).count(HOSTILE) >= 2
    line = parsed(charts.line_chart(HOSTILE, [Point(0, 1, HOSTILE)], chart_id="line"))
    assert HOSTILE in texts(line)


def test_a_long_label_is_cut_in_the_picture_and_kept_whole_in_the_bars_title() -> None:
    name = "Sample Migration Agency, regional office for external labour migration (fictional)"
    chart = parsed(charts.bar_chart("t", ["d"], [Series(name, (1,))], chart_id="long"))
    assert any(text.endswith("…") and name.startswith(text[:-1]) for text in texts(chart))
    assert bars(chart)[0].findtext(f"{SVG}title") == f"{name}, d: 1"


def test_a_share_chart_shows_yes_and_no_counts_and_the_share() -> None:
    rows = [Share("Bank accounts", 3, 1), Share("Debts", 0, 2), Share("Nobody answered", 0, 0)]
    chart = parsed(charts.share_chart("Was this useful?", rows, chart_id="useful", yes_name="Yes", no_name="No",
                                      share_text=lambda share: f"{share.yes} of {share.total} useful"))
    said = texts(chart)
    assert {"Yes", "No", "Bank accounts", "3", "1", "2", "3 of 4 useful", "0 of 2 useful", "0 of 0 useful"} <= set(said)
    yes, no = bars(chart, "yes"), bars(chart, "no")
    assert float(yes[1].get("width") or 0) == pytest.approx(3 * float(no[1].get("width") or 0))  # 3 yes, 1 no
    assert Share("x", 1, 2).percent_yes == 33 and Share("x", 0, 0).percent_yes is None


def test_a_line_chart_writes_the_first_last_lowest_and_highest_values() -> None:
    points = [Point(0, 5, "09:00"), Point(60, 2, "09:01"), Point(120, 9, "09:02"), Point(180, 6, "09:03"),
              Point(240, 7, "09:04")]
    chart = parsed(charts.line_chart("Outbox depth", points, chart_id="depth"))
    assert sorted(texts(chart)) == sorted(["5", "2", "9", "7", "09:00", "09:04"])  # 6 is only in its dot's title
    dots = list(chart.iter(f"{SVG}circle"))
    assert [dot.findtext(f"{SVG}title") for dot in dots] == ["09:00: 5", "09:01: 2", "09:02: 9", "09:03: 6",
                                                              "09:04: 7"]
    assert float(dots[0].get("cx") or 0) < float(dots[-1].get("cx") or 0)
    polyline = chart.find(f"{SVG}polyline")
    assert polyline is not None and len((polyline.get("points") or "").split()) == 5


def test_charts_of_nothing_still_parse_and_say_what_they_are() -> None:
    for markup in (charts.bar_chart("Empty", [], [], chart_id="a"), charts.line_chart("Empty", [], chart_id="b"),
                   charts.share_chart("Empty", [], chart_id="c", yes_name="Yes", no_name="No",
                                      share_text=lambda share: "")):
        assert parsed(markup).findtext(f"{SVG}title") == "Empty"
    one = parsed(charts.line_chart("One", [Point(10, 0.5, "now")], chart_id="one"))
    assert texts(one) == ["0.5", "now"]


def test_figures_are_written_plainly() -> None:
    assert [charts.number(value) for value in (3, 3.0, 0.34, 12.04)] == ["3", "3", "0.3", "12.0"]


@pytest.mark.parametrize("chart_id", ["", "Has Capitals", 'x" onload="alert(1)', "1starts-with-a-digit"])
def test_a_chart_id_must_be_a_plain_name(chart_id: str) -> None:
    with pytest.raises(BadChart):
        charts.bar_chart("t", [], [], chart_id=chart_id)


def test_every_series_needs_a_value_per_category() -> None:
    with pytest.raises(BadChart):
        charts.bar_chart("t", ["a", "b"], [Series("s", (1,))], chart_id="uneven")

"""Charts drawn on the server as inline SVG: no chart library, no script, no inline styles.

Each function takes figures and words already in the viewer's language and gives SVG
markup (:class:`markupsafe.Markup`, so a template inserts it as it is). Every label is
escaped here, so a place or article named ``<script>`` is only text. A chart names
itself (``<title>``, ``aria-labelledby``) and writes its numbers on the bars; colours come
from classes in console.css (the CSP blocks ``style=``), and the page puts a table of the
same figures beside it, for people who do not see the picture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

#: Colour classes for series, in order (console.css); a seventh series reuses the first.
SERIES_CLASSES = ("s0", "s1", "s2", "s3", "s4", "s5")
_ID = re.compile(r"[a-z][a-z0-9-]{0,40}")
_LONGEST_LABEL = 48


class BadChart(ValueError):
    """Figures a chart cannot be drawn from: an id that is not a plain name, or series of unequal length."""


@dataclass(frozen=True)
class Series:
    """One named row of figures, one per category of the chart."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Share:
    """Yes and no answers about one thing (an article): how many of each."""

    label: str
    yes: int
    no: int

    @property
    def total(self) -> int:
        return self.yes + self.no

    @property
    def percent_yes(self) -> int | None:
        return None if self.total == 0 else round(100 * self.yes / self.total)


@dataclass(frozen=True)
class Point:
    """One reading of a line chart: where it lies along the x axis (seconds, say), its value, and its x label."""

    x: float
    value: float
    label: str


def number(value: float) -> str:
    """A figure as the charts write it: whole numbers plain, others with one decimal."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Series], *, chart_id: str,
              fmt: Callable[[float], str] = number) -> Markup:
    """Grouped vertical bars: one group per category, one bar per series, each with its number on it."""
    _check_id(chart_id)
    if any(len(one.values) != len(categories) for one in series):
        raise BadChart("every series needs one value per category")
    bar, gap = 16, 14
    group = max(1, len(series)) * bar + gap
    left, top, plot_height = 36, 30, 180
    width = left + max(1, len(categories)) * group + 10
    legend_top = top + plot_height + 40
    height = legend_top + 20 * len(series) + 6
    highest = max((value for one in series for value in one.values), default=0.0) or 1.0
    parts = [_open(chart_id, title, width, height)]
    baseline = top + plot_height
    parts.append(f'<line class="axis" x1="{left}" y1="{baseline}" x2="{width - 6}" y2="{baseline}"/>')
    for index, category in enumerate(categories):
        x0 = left + index * group + gap // 2
        for number_of_series, one in enumerate(series):
            value = one.values[index]
            tall = plot_height * value / highest
            x = x0 + number_of_series * bar
            y = baseline - tall
            klass = SERIES_CLASSES[number_of_series % len(SERIES_CLASSES)]
            parts.append(f'<rect class="bar {klass}" x="{x}" y="{y:.1f}" width="{bar - 2}" height="{tall:.1f}">'
                         f'<title>{escape(one.name)}, {escape(category)}: {escape(fmt(value))}</title></rect>')
            if value:
                parts.append(f'<text class="value" x="{x + (bar - 2) / 2:.1f}" y="{y - 3:.1f}" '
                             f'text-anchor="middle">{escape(fmt(value))}</text>')
        middle = x0 + len(series) * bar / 2
        parts.append(f'<text class="category" x="{middle:.1f}" y="{baseline + 16}" '
                     f'text-anchor="middle">{_short(category)}</text>')
    legend_room = max(_LONGEST_LABEL, (width - left - 24) // 7)  # characters of 12px text the width holds
    for number_of_series, one in enumerate(series):
        y = legend_top + 20 * number_of_series
        klass = SERIES_CLASSES[number_of_series % len(SERIES_CLASSES)]
        parts.append(f'<rect class="bar {klass}" x="{left}" y="{y - 11}" width="12" height="12"/>'
                     f'<text class="legend" x="{left + 18}" y="{y}">{_short(one.name, legend_room)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def share_chart(title: str, rows: Sequence[Share], *, chart_id: str, yes_name: str, no_name: str,
                share_text: Callable[[Share], str]) -> Markup:
    """One horizontal bar per row, its yes part and its no part with their counts, and ``share_text`` beside it."""
    _check_id(chart_id)
    label_width, bar_width, row_height, top = 260, 360, 30, 34
    width = label_width + bar_width + 190
    height = top + row_height * max(1, len(rows)) + 10
    most = max((row.total for row in rows), default=0) or 1
    parts = [_open(chart_id, title, width, height)]
    parts.append(f'<rect class="bar yes" x="{label_width}" y="6" width="12" height="12"/>'
                 f'<text class="legend" x="{label_width + 18}" y="17">{escape(yes_name)}</text>'
                 f'<rect class="bar no" x="{label_width + 150}" y="6" width="12" height="12"/>'
                 f'<text class="legend" x="{label_width + 168}" y="17">{escape(no_name)}</text>')
    for index, row in enumerate(rows):
        y = top + index * row_height
        parts.append(f'<text class="category" x="{label_width - 8}" y="{y + 17}" text-anchor="end">'
                     f'{_short(row.label, 36)}</text>')
        x = float(label_width)
        for klass, count, name in (("yes", row.yes, yes_name), ("no", row.no, no_name)):
            long = bar_width * count / most
            parts.append(f'<rect class="bar {klass}" x="{x:.1f}" y="{y + 3}" width="{long:.1f}" '
                         f'height="{row_height - 8}"><title>{escape(row.label)}: {escape(name)} {count}</title></rect>')
            if count:
                # The count sits inside a part wide enough for it, else just after it.
                inside = long >= 8 * len(str(count)) + 6
                text_x = x + long / 2 if inside else x + long + 3
                anchor = "middle" if inside else "start"
                parts.append(f'<text class="value{" on-bar" if inside else ""}" x="{text_x:.1f}" y="{y + 17}" '
                             f'text-anchor="{anchor}">{count}</text>')
            x += long
        parts.append(f'<text class="share" x="{label_width + bar_width + 16}" y="{y + 17}">'
                     f'{escape(share_text(row))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(title: str, points: Sequence[Point], *, chart_id: str, fmt: Callable[[float], str] = number
               ) -> Markup:
    """A line through ``points`` (in order of x), with the first, last, lowest and highest values written on it."""
    _check_id(chart_id)
    left, top, plot_width, plot_height = 16, 24, 520, 110
    width, height = left + plot_width + 60, top + plot_height + 36
    parts = [_open(chart_id, title, width, height)]
    baseline = top + plot_height
    parts.append(f'<line class="axis" x1="{left}" y1="{baseline}" x2="{left + plot_width}" y2="{baseline}"/>')
    if points:
        first_x, last_x = points[0].x, points[-1].x
        span = (last_x - first_x) or 1.0
        highest = max(point.value for point in points) or 1.0

        def place(point: Point) -> tuple[float, float]:
            x = left + plot_width * ((point.x - first_x) / span if len(points) > 1 else 0.5)
            return x, baseline - plot_height * point.value / highest

        spots = [place(point) for point in points]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in spots)
        parts.append(f'<polyline class="line" points="{path}"/>')
        lowest_at = min(range(len(points)), key=lambda i: points[i].value)
        highest_at = max(range(len(points)), key=lambda i: points[i].value)
        labelled = {0, len(points) - 1, lowest_at, highest_at}
        for index, (point, (x, y)) in enumerate(zip(points, spots, strict=True)):
            parts.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3">'
                         f'<title>{escape(point.label)}: {escape(fmt(point.value))}</title></circle>')
            if index in labelled:
                parts.append(f'<text class="value" x="{x:.1f}" y="{y - 6:.1f}" text-anchor="middle">'
                             f'{escape(fmt(point.value))}</text>')
        parts.append(f'<text class="category" x="{left}" y="{baseline + 16}">{_short(points[0].label)}</text>')
        if len(points) > 1:
            parts.append(f'<text class="category" x="{left + plot_width}" y="{baseline + 16}" text-anchor="end">'
                         f'{_short(points[-1].label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _open(chart_id: str, title: str, width: int, height: int) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{chart_id}" role="img" '
            f'aria-labelledby="{chart_id}-title" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f'<title id="{chart_id}-title">{escape(title)}</title>')


def _check_id(chart_id: str) -> None:
    if not _ID.fullmatch(chart_id):
        raise BadChart(f"a chart id is a short lower-case name, not {chart_id!r}")


def _short(text: str, longest: int = _LONGEST_LABEL) -> Markup:
    """A label cut to fit the picture (with … when cut); the whole text is in the table beside it."""
    return escape(text if len(text) <= longest else text[: longest - 1] + "…")


__all__ = ["SERIES_CLASSES", "BadChart", "Point", "Series", "Share", "bar_chart", "line_chart", "number",
           "share_chart"]

"""The fleet's health: which kiosks are heard from, which need a visit, and what travellers found useful.

``/console/fleet`` is one row per kiosk (where it stands, when it last beat, the release
it runs against the one it is offered, its outbox, printer, disk and clock), the kiosks
that need a visit first. A kiosk needs a visit when it is stale, was never heard from,
or its last heartbeat shows a problem (``sync.central.fleet.found_problems``): someone
has to go and look, since it will not heal itself. ``/console/fleet/{kiosk_id}`` adds
its problems in words and its last heartbeats, as a table and as charts; the owner sets
its place and canary group there (``sync.central.rollout.set_group``).

``/console/feedback`` counts the "Was this useful?" answers kiosks sent up
(``article_feedback`` outbox items), per article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from markupsafe import Markup
from sqlalchemy import Engine, select
from starlette.responses import Response

from kiosk import languages as kiosk_languages
from kiosk.release.model import CONTENT
from sync.central import fleet, rollout
from sync.central.console import audit, charts, web
from sync.central.console.words import N_
from sync.central.errors import ApiError
from sync.central.tables import heartbeats, kiosks, outbox_items

router = APIRouter()

STATES = ("fresh", "late", "stale", "never_seen")
STATE_WORDS = {"fresh": N_("fresh"), "late": N_("late"), "stale": N_("stale"), "never_seen": N_("never seen")}
#: The icon beside each state's word (the word is what counts; the icon is hidden from screen readers).
STATE_ICONS = {"fresh": "✓", "late": "⚠", "stale": "✕", "never_seen": "✕"}
STATE_CLASSES = {"fresh": "ok", "late": "warn", "stale": "bad", "never_seen": "bad"}
SORTS = {"visit": N_("needs a visit first"), "place": N_("place"), "heard": N_("longest unheard first")}
HISTORY = 50
LONGEST_PLACE = 100


@dataclass(frozen=True)
class KioskRow:
    """One kiosk as the fleet table shows it, read from its last heartbeat and the rollout."""

    kiosk_id: str
    place: str | None
    canary: bool
    staff_device: bool
    state: str
    interval_s: int
    enrolled_at: datetime
    last_seen_at: datetime | None
    offered: int | None
    running: int | None
    outbox_depth: int | None
    outbox_oldest_age_s: int | None
    printer: str | None
    free_disk_bytes: int | None
    skew_s: int | None
    app_version: str
    problems: list[fleet.Problem] = field(default_factory=list)

    @property
    def needs_visit(self) -> bool:
        """Someone has to go and look: unheard for long, never heard, or its heartbeat says something is wrong."""
        return self.state in ("stale", "never_seen") or bool(self.problems)

    @property
    def behind(self) -> bool:
        return self.offered is not None and (self.running is None or self.running < self.offered)


def fleet_rows(engine: Engine, now: datetime) -> list[KioskRow]:
    """Every kiosk, in kiosk id order."""
    takes = {take.kiosk_id: take for take in rollout.takes(engine, now)}
    with engine.connect() as connection:
        found = connection.execute(select(kiosks).order_by(kiosks.c.kiosk_id)).all()
    rows = []
    for row in found:
        beat: dict[str, Any] = json.loads(row.last_heartbeat) if row.last_heartbeat else {}
        take = takes.get(row.kiosk_id)
        rows.append(KioskRow(
            kiosk_id=row.kiosk_id, place=row.place, canary=bool(row.canary), staff_device=bool(row.staff_device),
            state=fleet.judge(row.last_seen_at, row.heartbeat_interval_s, now), interval_s=row.heartbeat_interval_s,
            enrolled_at=row.enrolled_at, last_seen_at=row.last_seen_at,
            offered=take.offered if take else None, running=take.installed if take else None,
            outbox_depth=_whole(beat, "outbox_depth"), outbox_oldest_age_s=_whole(beat, "outbox_oldest_age_s"),
            printer=_text(beat, "printer"), free_disk_bytes=_whole(beat, "free_disk_bytes"), skew_s=row.last_skew_s,
            app_version=_text(beat, "app_version") or row.app_version,
            problems=fleet.found_problems(beat, row.last_skew_s) if beat else []))
    return rows


def _whole(beat: dict[str, Any], name: str) -> int | None:
    value = beat.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(beat: dict[str, Any], name: str) -> str | None:
    value = beat.get(name)
    return value if isinstance(value, str) else None


# --- words ----------------------------------------------------------------------------------------


def duration(viewer: web.Viewer, seconds: int) -> str:
    """A length of time as an administrator reads it, in short units (no plural forms to get wrong)."""
    seconds = abs(int(seconds))
    if seconds < 60:
        return viewer._("{seconds} s", seconds=seconds)
    if seconds < 3600:
        return viewer._("{minutes} min", minutes=seconds // 60)
    if seconds < 2 * 86400:
        return viewer._("{hours} h {minutes} min", hours=seconds // 3600, minutes=seconds % 3600 // 60)
    return viewer._("{days} d {hours} h", days=seconds // 86400, hours=seconds % 86400 // 3600)


def ago(viewer: web.Viewer, moment: datetime | None) -> str:
    if moment is None:
        return viewer._("never")
    seconds = int((viewer.now - moment).total_seconds())
    if seconds < 60:
        return viewer._("just now")
    return viewer._("{duration} ago", duration=duration(viewer, seconds))


def size(viewer: web.Viewer, count: int | None) -> str:
    if count is None:
        return "—"
    if count >= 1024 ** 3:
        return viewer._("{size} GB", size=f"{count / 1024 ** 3:.1f}")
    return viewer._("{size} MB", size=count // (1024 * 1024))


def skew(viewer: web.Viewer, seconds: int | None) -> str:
    if seconds is None:
        return "—"
    if abs(seconds) < 60:
        return viewer._("on time")
    if seconds > 0:
        return viewer._("{duration} fast", duration=duration(viewer, seconds))
    return viewer._("{duration} slow", duration=duration(viewer, seconds))


def problem_words(viewer: web.Viewer, problem: fleet.Problem) -> str:
    """One problem of a kiosk in the viewer's language."""
    value = problem.value
    if problem.kind == "printer":
        return viewer._("Printer: {state}", state=value)
    if problem.kind == "low_disk":
        return viewer._("Disk nearly full: {size} MB free", size=value)
    if problem.kind == "parked":
        return viewer._("Outbox items parked: {count}. Staff must look at them.", count=value)
    if problem.kind == "old_outbox":
        return viewer._("The oldest unsent outbox item is {duration} old", duration=duration(viewer, int(value)))
    if problem.kind == "clock_fast":
        return viewer._("The clock is {duration} fast", duration=duration(viewer, int(value)))
    if problem.kind == "clock_slow":
        return viewer._("The clock is {duration} slow", duration=duration(viewer, int(value)))
    return viewer._("The last sync failed: {error}", error=value)


def visit_reasons(viewer: web.Viewer, row: KioskRow) -> list[str]:
    """Why a kiosk needs a visit, in words: how long it has been silent, then its problems."""
    reasons = []
    if row.state == "never_seen":
        reasons.append(viewer._("Never heard from since it was enrolled ({when}).", when=viewer.when(row.enrolled_at)))
    elif row.state == "stale" and row.last_seen_at is not None:
        reasons.append(viewer._("Not heard from for {duration}; it should send a heartbeat every {interval}.",
                                duration=duration(viewer, int((viewer.now - row.last_seen_at).total_seconds())),
                                interval=duration(viewer, row.interval_s)))
    return reasons + [problem_words(viewer, problem) for problem in row.problems]


# --- the fleet table ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    state: str = ""
    needs_visit: bool = False
    place: str = ""
    canary: str = ""
    sort: str = "visit"

    @property
    def active(self) -> bool:
        return bool(self.state or self.needs_visit or self.place or self.canary)

    def keep(self, row: KioskRow) -> bool:
        return ((not self.state or row.state == self.state) and (not self.needs_visit or row.needs_visit)
                and (not self.place or self.place.casefold() in (row.place or "").casefold())
                and (not self.canary or row.canary == (self.canary == "yes")))


def _filters(viewer: web.Viewer, state: str, needs_visit: str, place: str, canary: str, sort: str) -> Filters:
    """The table's filters, or a 422 page saying which one is not one of its choices."""
    if state not in ("", *STATES):
        raise web.ConsoleError(422, viewer._("There is no such state. Choose fresh, late, stale or never seen."))
    if needs_visit not in ("", "yes") or canary not in ("", "yes", "no"):
        raise web.ConsoleError(422, viewer._("Choose yes or no."))
    if sort not in ("", *SORTS):
        raise web.ConsoleError(422, viewer._("There is no such order."))
    return Filters(state, needs_visit == "yes", place.strip(), canary, sort or "visit")


_STATE_ORDER = {"never_seen": 0, "stale": 1, "late": 2, "fresh": 3}


def ordered(rows: Sequence[KioskRow], sort: str) -> list[KioskRow]:
    if sort == "place":
        return sorted(rows, key=lambda row: ((row.place or "").casefold(), row.place is None, row.kiosk_id))
    if sort == "heard":
        return sorted(rows, key=lambda row: (row.last_seen_at is not None,
                                             row.last_seen_at or row.enrolled_at, row.kiosk_id))
    return sorted(rows, key=lambda row: (not row.needs_visit, _STATE_ORDER[row.state], -len(row.problems),
                                         (row.place or "").casefold(), row.kiosk_id))


@router.get("/fleet")
def fleet_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_fleet"))],
               state: Annotated[str, Query(max_length=100)] = "",
               needs_visit: Annotated[str, Query(max_length=100)] = "",
               place: Annotated[str, Query(max_length=LONGEST_PLACE)] = "",
               canary: Annotated[str, Query(max_length=100)] = "",
               sort: Annotated[str, Query(max_length=100)] = "") -> Response:
    chosen = _filters(viewer, state, needs_visit, place, canary, sort)
    rows = fleet_rows(web.engine_of(request), viewer.now)
    shown = ordered([row for row in rows if chosen.keep(row)], chosen.sort)
    context: dict[str, Any] = {"rows": shown, "total": len(rows), "needing": sum(row.needs_visit for row in rows),
               "filters": chosen, "words": _Words(viewer)}
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "fleet-results":
        return web.page(request, "fleet/results.html", **context)  # only the part the filters change
    return web.page(request, "fleet/fleet.html", states=STATES, sorts=SORTS, **context)


@dataclass(frozen=True)
class _Words:
    """What the templates call to say a kiosk's figures in the viewer's language."""

    viewer: web.Viewer

    def state(self, state: str) -> str:
        return self.viewer._(STATE_WORDS[state])

    def state_icon(self, state: str) -> str:
        return STATE_ICONS[state]

    def state_class(self, state: str) -> str:
        return STATE_CLASSES[state]

    def klass(self, row: KioskRow) -> str:
        """How a kiosk that needs a visit is marked: bad when silent, a warning when it only has problems."""
        return "bad" if row.state in ("stale", "never_seen") else "warn"

    def visit_icon(self, row: KioskRow) -> str:
        return "✕" if row.state in ("stale", "never_seen") else "⚠"

    def ago(self, moment: datetime | None) -> str:
        return ago(self.viewer, moment)

    def duration(self, seconds: int | None) -> str:
        return "—" if seconds is None else duration(self.viewer, seconds)

    def size(self, count: int | None) -> str:
        return size(self.viewer, count)

    def skew(self, seconds: int | None) -> str:
        return skew(self.viewer, seconds)

    def reasons(self, row: KioskRow) -> list[str]:
        return visit_reasons(self.viewer, row)

    def printer_ok(self, row: KioskRow) -> bool:
        return not any(problem.kind == "printer" for problem in row.problems)

    def skew_ok(self, seconds: int | None) -> bool:
        return seconds is None or abs(seconds) <= fleet.SKEW_LIMIT.total_seconds()

    def disk_ok(self, count: int | None) -> bool:
        return count is None or count >= fleet.LOW_DISK_BYTES


# --- one kiosk --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Beat:
    """One heartbeat as the kiosk's history shows it."""

    received_at: datetime
    skew_s: int | None
    release: int | None
    outbox_depth: int | None
    free_disk_bytes: int | None
    printer: str | None
    app_version: str | None
    last_error: str | None


def history(engine: Engine, kiosk_id: str, limit: int = HISTORY) -> list[Beat]:
    """The kiosk's last ``limit`` heartbeats, oldest first."""
    with engine.connect() as connection:
        found = connection.execute(select(heartbeats).where(heartbeats.c.kiosk_id == kiosk_id)
                                   .order_by(heartbeats.c.received_at.desc(), heartbeats.c.id.desc())
                                   .limit(limit)).all()
    beats = []
    for row in reversed(found):
        try:
            beat = json.loads(row.body)
        except ValueError:
            beat = {}
        beat = beat if isinstance(beat, dict) else {}
        beats.append(Beat(row.received_at, row.skew_s, _whole(beat, "release"), _whole(beat, "outbox_depth"),
                          _whole(beat, "free_disk_bytes"), _text(beat, "printer"), _text(beat, "app_version"),
                          _text(beat, "last_error")))
    return beats


def history_charts(viewer: web.Viewer, beats: Sequence[Beat]) -> list[tuple[str, Markup]]:
    """Outbox depth and free disk (GB) over the kiosk's last heartbeats: each chart's title, and the chart."""
    depth = [charts.Point(beat.received_at.timestamp(), beat.outbox_depth, viewer.when(beat.received_at))
             for beat in beats if beat.outbox_depth is not None]
    disk = [charts.Point(beat.received_at.timestamp(), round(beat.free_disk_bytes / 1024 ** 3, 1),
                         viewer.when(beat.received_at))
            for beat in beats if beat.free_disk_bytes is not None]
    made = []
    for title, points, chart_id in ((viewer._("Outbox depth over the last heartbeats"), depth, "outbox-depth"),
                                    (viewer._("Free disk (GB) over the last heartbeats"), disk, "free-disk")):
        made.append((title, charts.line_chart(title, points, chart_id=chart_id)))
    return made


def _kiosk(viewer: web.Viewer, engine: Engine, kiosk_id: str) -> KioskRow:
    for row in fleet_rows(engine, viewer.now):
        if row.kiosk_id == kiosk_id:
            return row
    raise web.ConsoleError(404, viewer._("There is no kiosk {kiosk_id}.", kiosk_id=kiosk_id))


@router.get("/fleet/{kiosk_id}")
def kiosk_page(request: Request, kiosk_id: Annotated[str, Path(max_length=64)],
               viewer: Annotated[web.Viewer, Depends(web.allowed("see_fleet"))],
               saved: Annotated[str, Query(max_length=5)] = "") -> Response:
    engine = web.engine_of(request)
    row = _kiosk(viewer, engine, kiosk_id)
    beats = history(engine, kiosk_id)
    return web.page(request, "fleet/kiosk.html", row=row, beats=list(reversed(beats)), words=_Words(viewer),
                    charts=history_charts(viewer, beats), longest_place=LONGEST_PLACE,
                    saved=saved == "1")


@router.post("/fleet/{kiosk_id}/group")
def set_group(request: Request, kiosk_id: Annotated[str, Path(max_length=64)],
              posted: Annotated[web.Posted, Depends(web.posted("manage_fleet"))]) -> Response:
    viewer, engine = posted.viewer, web.engine_of(request)
    place = web.text_field(posted, "place", LONGEST_PLACE, required=False)
    canary = posted.form.get("canary") == "yes"
    before = _kiosk(viewer, engine, kiosk_id)
    try:
        rollout.set_group(engine, kiosk_id, canary, place or None)
    except ApiError as error:
        raise web.ConsoleError(404, viewer._("There is no kiosk {kiosk_id}.", kiosk_id=kiosk_id)) from error
    audit.write(engine, viewer.account, "kiosk_group_set", kiosk_id, viewer.now, place=place or None, canary=canary,
                place_before=before.place, canary_before=before.canary)
    return web.redirect(f"{web.PREFIX}/fleet/{kiosk_id}?saved=1")


# --- was it useful? ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Usefulness:
    """The answers about one article: how many said yes and no."""

    article_id: str
    title: str
    yes: int
    no: int

    @property
    def total(self) -> int:
        return self.yes + self.no

    @property
    def percent_yes(self) -> int:
        return round(100 * self.yes / self.total) if self.total else 0


def usefulness(engine: Engine, language: str | None) -> list[Usefulness]:
    """Yes and no answers per article (in ``language``, or all), the most answered first.

    Items come from kiosks, so a body that is not as the kiosk writes it is left out, not trusted.
    """
    with engine.connect() as connection:
        bodies = connection.execute(select(outbox_items.c.body)
                                    .where(outbox_items.c.kind == "article_feedback")).scalars().all()
    counts: dict[str, list[int]] = {}
    for text in bodies:
        try:
            body = json.loads(text)
        except ValueError:
            continue
        if not isinstance(body, dict):
            continue
        article, said, useful = body.get("article_id"), body.get("language"), body.get("useful")
        if not isinstance(article, str) or not article or not isinstance(useful, bool):
            continue
        if language is not None and said != language:
            continue
        counts.setdefault(article, [0, 0])[0 if useful else 1] += 1
    return sorted((Usefulness(article, article, yes, no) for article, (yes, no) in counts.items()),
                  key=lambda found: (-found.total, found.article_id))


def article_titles(request: Request, language: str) -> dict[str, str]:
    """Article id → its title in ``language`` (else English, else any), from the latest release; empty if none."""
    try:
        records = request.app.state.publisher().latest_records(CONTENT) or []
    except ApiError:
        return {}  # the release's files are missing: the ids will do
    titles: dict[str, dict[str, str]] = {}
    for record in records:
        if isinstance(record.get("title"), str) and isinstance(record.get("id"), str):
            titles.setdefault(record["id"], {})[str(record.get("language"))] = record["title"]
    return {article: by_language.get(language) or by_language.get("en") or next(iter(by_language.values()))
            for article, by_language in titles.items()}


@router.get("/feedback")
def feedback_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_feedback"))],
                  language: Annotated[str, Query(max_length=16)] = "") -> Response:
    if language and language not in kiosk_languages.TAGS:
        raise web.ConsoleError(422, viewer._("There is no such language."))
    found = usefulness(web.engine_of(request), language or None)
    titles = article_titles(request, language or ("uz-Latn" if viewer.language == "uz-Cyrl" else viewer.language))
    rows = [Usefulness(row.article_id, titles.get(row.article_id, row.article_id), row.yes, row.no) for row in found]
    chart = charts.share_chart(
        viewer._("Was this useful? Answers per article"),
        [charts.Share(row.title, row.yes, row.no) for row in rows], chart_id="usefulness",
        yes_name=viewer._("Yes"), no_name=viewer._("No"),
        share_text=lambda share: viewer._("{percent}% useful ({yes} of {total})", percent=share.percent_yes or 0,
                                          yes=share.yes, total=share.total))
    return web.page(request, "fleet/feedback.html", rows=rows, chart=chart, language=language,
                    languages=kiosk_languages.LANGUAGES)

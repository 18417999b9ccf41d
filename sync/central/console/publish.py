"""Publishing from the console: articles edited as fields, content trees uploaded, a preview before every
release, the releases and their rollout, promoting a canary release and publishing older content again.

Every change becomes a draft (:mod:`.previews`) whose preview page names what the release would add,
change and remove, shows each changed article's text as a word-level diff, and lists what
``kiosk content check`` finds, with file and line. Only a draft without errors, previewed against the
latest release, can be published, to the canary group or to every kiosk.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import Response

from kiosk import languages
from kiosk.release.model import BOOKING, CONTENT, FLEET_KEYS, REGISTRY
from kiosk.release.records import split_key
from sync.central import rollout
from sync.central.console import audit, drafts, history, previews, web
from sync.central.console.content_source import ArticleFields, parse_date
from sync.central.console.drafts import Draft
from sync.central.console.words import N_
from sync.central.errors import ApiError
from sync.central.storable import unstorable

router = APIRouter()
EDIT = "publish_content"

LONGEST_TITLE = 300
LONGEST_BODY = 200_000
LONGEST_SOURCES = 20_000

DATASET_NAMES = {CONTENT: N_("Articles and topics"), REGISTRY: N_("Agency registry"),
                 BOOKING: N_("Booking: places, services and hours"), FLEET_KEYS: N_("Kiosks' receipt keys")}
KIND_NAMES = {"article": N_("Article"), "topic": N_("Topic"), "agency": N_("Agency"), "location": N_("Place"),
              "service": N_("Service"), "schedule": N_("Opening hours"), "closure": N_("Closure"),
              "receipt-key": N_("Kiosk receipt key"), "about": N_("Registry date and source")}
FIELD_NAMES = {"topic": N_("topic"), "order": N_("order"), "updated": N_("updated"), "sources": N_("sources"),
               "url": N_("web address")}


# -- what the pages share --------------------------------------------------------------------------



def _today(viewer: web.Viewer) -> date:
    return viewer.now.astimezone(viewer.zone).date()


def _desk(request: Request, viewer: web.Viewer) -> previews.Desk:
    return previews.Desk(web.publisher_of(request), web.draft_files_of(request),
                         web.settings_of(request).max_unpacked_bytes, _today(viewer))


def _language_name(tag: str | None) -> str:
    if not tag:
        return ""
    try:
        return languages.get(tag).native_name
    except languages.UnknownLanguage:
        return tag


def _label(viewer: web.Viewer, item: dict[str, Any]) -> str:
    """A record's name as the viewer reads it: in their language if it has one, else English, else any."""
    names: dict[str, str] = item.get("names") or {}
    kind, rest = split_key(item["key"])
    if kind in ("schedule", "closure"):
        return viewer._("number {number}", number=int(rest) + 1 if rest.isdigit() else rest)
    for tag in (viewer.language, "en", ""):
        if names.get(tag):
            return names[tag]
    return next((name for name in names.values() if name), rest or item["key"])


def _draft_title(viewer: web.Viewer, draft: Draft) -> str:
    if draft.kind == drafts.EDIT:
        return viewer._("Edit of “{title}”", title=draft.title)
    if draft.kind == drafts.UPLOAD:
        return viewer._("Upload of {file}", file=draft.title)
    return viewer._("The content of release {number}, again", number=draft.title)


def _latest_or_refuse(viewer: web.Viewer, desk: previews.Desk) -> tuple[int, list[dict[str, Any]]]:
    try:
        return previews.latest_content(desk)
    except previews.NothingPublished:
        raise web.ConsoleError(409, viewer._("Nothing has been published yet: upload a content tree first.")
                               ) from None
    except ApiError as error:
        raise web.ConsoleError(409, viewer._("The published release cannot be read: {detail}",
                                             detail=error.message)) from error


def _write_audit(request: Request, viewer: web.Viewer, action: str, target: str, **detail: Any) -> None:
    audit.write(web.engine_of(request), viewer.account, action, target, viewer.now, **detail)


# -- articles --------------------------------------------------------------------------------------


@router.get("/articles")
def articles_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed(EDIT))]) -> Response:
    desk = _desk(request, viewer)
    try:
        number, records = previews.latest_content(desk)
    except previews.NothingPublished:
        number, records = None, []
    topics = sorted((r for r in records if split_key(r["key"])[0] == "topic"), key=lambda r: r["position"])
    by_topic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        if split_key(record["key"])[0] == "article":
            by_topic[record["topic"]].append(record)
    order = {tag: index for index, tag in enumerate(languages.TAGS)}
    sections = [{"id": topic["id"], "name": _label(viewer, {"key": topic["key"], "names": topic["names"]}),
                 "articles": sorted(by_topic.get(topic["id"], []),
                                    key=lambda r: (r["order"], r["id"], order.get(r["language"], 99)))}
                for topic in topics]
    return web.page(request, "publish/articles.html", release=number, topics=sections,
                    language_name=_language_name, drafts=drafts.open_drafts(web.engine_of(request)),
                    draft_title=lambda d: _draft_title(viewer, d),
                    largest_mb=max(web.settings_of(request).max_upload_bytes // (1024 * 1024), 1))


def _edit_page(request: Request, fields: ArticleFields, updated: str, release: int) -> Response:
    return web.page(request, "publish/edit.html", fields=fields, updated=updated, release=release,
                    sources="\n".join(fields.sources), language_name=_language_name)


@router.get("/articles/{article_id}/{language}/edit")
def edit_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed(EDIT))],
              article_id: Annotated[str, Path(max_length=100)], language: Annotated[str, Path(max_length=16)],
              draft: Annotated[str | None, Query(max_length=32, description="a draft's fields to start from")] = None
              ) -> Response:
    desk = _desk(request, viewer)
    number, records = _latest_or_refuse(viewer, desk)
    try:
        record = previews.article_of(records, article_id, language)
    except previews.UnknownArticle:
        raise web.ConsoleError(404, viewer._("The latest release has no article {article} in {language}.",
                                             article=article_id, language=language)) from None
    if record.get("generated"):
        return web.page(request, "publish/generated.html", status=409, article_id=article_id, title=record["title"])
    fields = ArticleFields.of(record)
    # A correction is made today: the date it shows on the kiosk moves with it, unless the editor says otherwise.
    updated = _today(viewer).isoformat()
    if draft:
        try:
            earlier = drafts.load(web.engine_of(request), draft)
        except drafts.DraftNotFound:
            earlier = None
        edited = (earlier.preview.get("edit") or {}) if earlier is not None else {}
        if edited.get("id") == article_id and edited.get("language") == language:
            fields = ArticleFields.from_json(edited)
            updated = str(edited.get("updated", updated))
    return _edit_page(request, fields, updated, number)


def _edited(posted: web.Posted, record: dict[str, Any]) -> ArticleFields:
    viewer = posted.viewer
    title = web.text_field(posted, "title", LONGEST_TITLE, required=False)
    if "\n" in title or "\r" in title:
        raise web.ConsoleError(422, viewer._("A title is one line."))
    raw = posted.form.get("body")
    body = raw.replace("\r\n", "\n").replace("\r", "\n") if isinstance(raw, str) else ""
    if len(body) > LONGEST_BODY:
        raise web.ConsoleError(422, viewer._("The field {name} is longer than {longest} characters.",
                                             name="body", longest=LONGEST_BODY))
    sources = web.text_field(posted, "sources", LONGEST_SOURCES, required=False)
    updated = web.text_field(posted, "updated", 40, required=False) or _today(viewer).isoformat()
    base = ArticleFields.of(record)
    return ArticleFields(id=base.id, topic=base.topic, language=base.language, order=base.order,
                         updated=parse_date(updated),
                         sources=tuple(line.strip() for line in sources.splitlines() if line.strip()),
                         url=base.url, title=title, body=body.strip("\n"))


@router.post("/articles/{article_id}/{language}/edit")
def edit_article(request: Request, posted: Annotated[web.Posted, Depends(web.posted(EDIT))],
                 article_id: Annotated[str, Path(max_length=100)], language: Annotated[str, Path(max_length=16)]
                 ) -> Response:
    viewer = posted.viewer
    desk = _desk(request, viewer)
    _number, records = _latest_or_refuse(viewer, desk)
    try:
        record = previews.article_of(records, article_id, language)
    except previews.UnknownArticle:
        raise web.ConsoleError(404, viewer._("The latest release has no article {article} in {language}.",
                                             article=article_id, language=language)) from None
    if record.get("generated"):
        return web.page(request, "publish/generated.html", status=409, article_id=article_id, title=record["title"])
    fields = _edited(posted, record)
    try:
        opened = int(str(posted.form.get("release", "")))
    except ValueError:
        opened = None
    try:
        draft = previews.edit(desk, fields, viewer.account, viewer.now, opened_release=opened)
    except previews.UnknownArticle:
        raise web.ConsoleError(404, viewer._("The latest release has no article {article} in {language}.",
                                             article=article_id, language=language)) from None
    _write_audit(request, viewer, "draft_created", draft.id, kind=draft.kind, article=record["key"],
                 base_release=draft.base_release)
    return web.redirect(f"{web.PREFIX}/drafts/{draft.id}")


# -- uploads ---------------------------------------------------------------------------------------


def _file_name(upload: UploadFile) -> str:
    name = (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()[:200]
    return name if name and unstorable(name) is None else "content.tar.gz"


@router.post("/upload/content")
async def upload_content(request: Request, posted: Annotated[web.Posted, Depends(web.posted(EDIT))]) -> Response:
    viewer = posted.viewer
    upload = posted.form.get("file")
    if not isinstance(upload, UploadFile):
        raise web.ConsoleError(422, viewer._("Choose a content tree (a .tar.gz file) to upload."))
    data = await upload.read()
    name = _file_name(upload)
    if not data:
        raise web.ConsoleError(422, viewer._("The file {file} is empty.", file=name))
    desk = _desk(request, viewer)

    def work() -> Response:
        try:
            draft = previews.upload(desk, data, name, viewer.account, viewer.now)
        except previews.UploadRefused as error:
            raise web.ConsoleError(422, viewer._("The file {file} is not a content tree: {problem}",
                                                 file=name, problem=str(error))) from error
        _write_audit(request, viewer, "draft_created", draft.id, kind=draft.kind, file=name,
                     base_release=draft.base_release)
        return web.redirect(f"{web.PREFIX}/drafts/{draft.id}")

    return await run_in_threadpool(work)


# -- drafts ----------------------------------------------------------------------------------------


def _load(request: Request, viewer: web.Viewer, draft_id: str) -> Draft:
    try:
        return drafts.load(web.engine_of(request), draft_id)
    except drafts.DraftNotFound:
        raise web.ConsoleError(404, viewer._("There is no draft {draft}.", draft=draft_id)) from None


def _change_rows(viewer: web.Viewer, entry: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for change in ("added", "changed", "removed"):
        for item in entry[change]:
            rows.append({"change": change, "kind": viewer._(KIND_NAMES.get(item["kind"], item["kind"])),
                         "name": _label(viewer, item), "language": _language_name(item.get("language")),
                         "generated": item.get("generated"), "key": item["key"]})
    return rows


def _preview_page(request: Request, viewer: web.Viewer, draft: Draft, status: int | None = None,
                  problem: str | None = None) -> Response:
    engine = web.engine_of(request)
    with engine.connect() as connection:
        latest = rollout.newest(connection)
        canary = rollout.pending_canary(connection)
    canary_kiosks = sum(1 for take in rollout.takes(engine, viewer.now) if take.canary)
    stale = draft.state == drafts.OPEN and latest != draft.base_release
    problems = draft.preview.get("problems", [])
    errors = [p for p in problems if p["severity"] == "error"]
    composed = draft.preview.get("composed")
    # An edited article's own warnings come first; the rest of the tree's (placeholders to fill) are folded.
    own = [p for p in problems if p["severity"] != "error" and composed and p["file"] == composed["path"]]
    others = [p for p in problems if p["severity"] != "error" and p not in own]
    broken = not draft.preview.get("readable") or bool(errors)
    datasets = [{"name": viewer._(DATASET_NAMES.get(entry["dataset"], entry["dataset"])), **entry,
                 "rows": _change_rows(viewer, entry)} for entry in draft.preview.get("datasets", [])]
    diffs = [{**diff, "label": _label(viewer, diff), "language_name": _language_name(diff.get("language")),
              "fields": [{**field, "name": viewer._(FIELD_NAMES.get(field["field"], field["field"]))}
                         for field in diff["fields"]]} for diff in draft.preview.get("diffs", [])]
    lines = composed["text"].split("\n")[:-1] if composed else []
    if status is None:
        status = 422 if broken and draft.state == drafts.OPEN else 200
    return web.page(request, "publish/preview.html", status=status, draft=draft, title=_draft_title(viewer, draft),
                    stale=stale, latest=latest, canary=canary, canary_kiosks=canary_kiosks, errors=errors,
                    own_warnings=own, other_warnings=others, broken=broken, datasets=datasets, diffs=diffs,
                    composed=composed, lines=lines, problem=problem, may_roll_back=viewer.may("roll_back"),
                    mass_removal=draft.preview.get("mass_removal"),
                    changed_since_opened=draft.preview.get("changed_since_opened"))


@router.get("/drafts/{draft_id}")
def draft_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed(EDIT))],
               draft_id: Annotated[str, Path(max_length=32)]) -> Response:
    return _preview_page(request, viewer, _load(request, viewer, draft_id))


def _refused(request: Request, viewer: web.Viewer, draft: Draft, status: int, message: str) -> Response:
    return web.page(request, "publish/refused.html", status=status, draft=draft, message=message,
                    title=_draft_title(viewer, draft))


@router.post("/drafts/{draft_id}/publish")
def publish_draft(request: Request, posted: Annotated[web.Posted, Depends(web.posted(EDIT))],
                  draft_id: Annotated[str, Path(max_length=32)]) -> Response:
    viewer = posted.viewer
    draft = _load(request, viewer, draft_id)
    audience = posted.form.get("audience")
    if audience not in rollout.AUDIENCES:
        raise web.ConsoleError(422, viewer._("Choose whom to publish to: the canary group or all kiosks."))
    assert isinstance(audience, str)
    if draft.kind == drafts.AGAIN and not viewer.may("roll_back"):
        raise web.ConsoleError(403, viewer._("Your role ({role}) may not open this page or do this.",
                                             role=viewer.role_name(viewer.account.role)))
    if draft.state == drafts.PUBLISHED:
        return _refused(request, viewer, draft, 409, viewer._("This draft was already published as release "
                                                              "{number}.", number=draft.release))
    if draft.state != drafts.OPEN:
        return _refused(request, viewer, draft, 409, viewer._("This draft was dropped: it cannot be published."))
    if not draft.publishable:
        return _refused(request, viewer, draft, 422, viewer._("This content has errors and cannot be published. "
                                                              "Correct them, then preview again."))
    try:
        published = previews.publish(_desk(request, viewer), draft, viewer.account, audience,
                                     allow_removals=posted.form.get("allow_removals") == "yes")
    except previews.ReleaseChanged as error:
        again = drafts.load(web.engine_of(request), draft.id)
        if again.state == drafts.PUBLISHED:
            return _refused(request, viewer, again, 409, viewer._("This draft was already published as release "
                                                                  "{number}.", number=again.release))
        return _refused(request, viewer, draft, 409, viewer._(
            "Release {latest} was published after this preview was made (against release {base}). Nothing was "
            "published: preview again, to see what your change does on top of it.",
            latest=error.latest, base=error.base))
    except previews.RoleMayNotChange as error:
        raise web.ConsoleError(403, viewer._("Your role ({role}) may not change: {datasets}.",
                                             role=viewer.role_name(viewer.account.role),
                                             datasets=", ".join(viewer._(DATASET_NAMES.get(n, n))
                                                                for n in error.datasets))) from error
    except previews.RemovalsUnconfirmed:
        return _refused(request, viewer, draft, 409, viewer._(
            "This removes many agencies from the registry. Nothing was published: tick the box that says you "
            "mean to remove them, then publish again."))
    except drafts.DatasetsMissing:
        return _refused(request, viewer, draft, 409, viewer._(
            "This draft's files are no longer kept. Nothing was published: make the change again."))
    except ApiError as error:
        return _refused(request, viewer, draft, 409, viewer._("Nothing was published: {detail}",
                                                              detail=error.message))
    changed = {name: f"+{len(change.added)} ~{len(change.changed)} -{len(change.removed)}"
               for name, change in published.changes.items() if not change.empty}
    _write_audit(request, viewer, "release_published", f"release {published.release}", draft=draft.id,
                 kind=draft.kind, title=draft.title, audience=audience, changed=changed)
    return web.redirect(f"{web.PREFIX}/releases?published={published.release}")


@router.post("/drafts/{draft_id}/drop")
def drop_draft(request: Request, posted: Annotated[web.Posted, Depends(web.posted(EDIT))],
               draft_id: Annotated[str, Path(max_length=32)]) -> Response:
    viewer = posted.viewer
    draft = _load(request, viewer, draft_id)
    try:
        drafts.drop(web.engine_of(request), draft.id)
    except drafts.DraftClosed:
        return _refused(request, viewer, draft, 409, viewer._("This draft is no longer open: nothing was changed."))
    _write_audit(request, viewer, "draft_dropped", draft.id, kind=draft.kind, title=draft.title)
    return web.redirect(f"{web.PREFIX}/articles")


@router.post("/drafts/{draft_id}/again")
def preview_again(request: Request, posted: Annotated[web.Posted, Depends(web.posted(EDIT))],
                  draft_id: Annotated[str, Path(max_length=32)]) -> Response:
    viewer = posted.viewer
    draft = _load(request, viewer, draft_id)
    if draft.kind == drafts.AGAIN and not viewer.may("roll_back"):
        raise web.ConsoleError(403, viewer._("Your role ({role}) may not open this page or do this.",
                                             role=viewer.role_name(viewer.account.role)))
    desk = _desk(request, viewer)
    try:
        made = previews.remake(desk, draft, viewer.account, viewer.now)
    except previews.UnknownArticle:
        return _refused(request, viewer, draft, 409, viewer._("The latest release no longer has this article."))
    except (drafts.DatasetsMissing, history.UnknownRelease, history.ReleaseFilesMissing, previews.NothingPublished):
        return _refused(request, viewer, draft, 409, viewer._(
            "This draft's files are no longer kept. Nothing was published: make the change again."))
    _write_audit(request, viewer, "draft_created", made.id, kind=made.kind, title=made.title,
                 base_release=made.base_release, replaces=draft.id)
    try:
        drafts.drop(web.engine_of(request), draft.id)
        _write_audit(request, viewer, "draft_dropped", draft.id, kind=draft.kind, title=draft.title,
                     replaced_by=made.id)
    except drafts.DraftClosed:
        pass  # already published or dropped: the new preview stands on its own
    return web.redirect(f"{web.PREFIX}/drafts/{made.id}")


# -- releases --------------------------------------------------------------------------------------


def _take_state(take: rollout.Take) -> str:
    if take.taken:
        return "taken"
    if take.state in ("stale", "never_seen"):
        return "unheard"
    return "waiting"


def _rollout(request: Request, viewer: web.Viewer) -> dict[str, Any]:
    engine = web.engine_of(request)
    with engine.connect() as connection:
        newest = rollout.newest(connection)
        pending = rollout.pending_canary(connection)
    takes = [{"take": take, "state": _take_state(take)} for take in rollout.takes(engine, viewer.now)]
    return {"newest": newest, "pending": pending, "takes": takes, "may_promote": viewer.may("promote")}


@router.get("/releases")
def releases_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_releases"))],
                  published: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None) -> Response:
    listed = history.recent(web.engine_of(request), request.app.state.files)
    rows = [{"release": release, "changes": [
        {"name": viewer._(DATASET_NAMES.get(name, name)), "counts": counts}
        for name, counts in sorted(release.changes.items(),
                                   key=lambda pair: list(DATASET_NAMES).index(pair[0])
                                   if pair[0] in DATASET_NAMES else 99)
        if counts is None or not counts.empty]} for release in listed]
    return web.page(request, "publish/releases.html", rows=rows, published=published,
                    may_roll_back=viewer.may("roll_back"), **_rollout(request, viewer))


@router.get("/releases/rollout")
def rollout_panel(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_releases"))]
                  ) -> Response:
    # htmx asks for the panel alone every few seconds; a browser without JavaScript gets it as a page.
    template = "publish/rollout_panel.html" if request.headers.get("hx-request") else "publish/rollout.html"
    return web.page(request, template, **_rollout(request, viewer))


@router.post("/releases/{number}/promote")
def promote(request: Request, posted: Annotated[web.Posted, Depends(web.posted("promote"))],
            number: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> Response:
    viewer = posted.viewer
    try:
        rollout.promote(web.engine_of(request), number)
    except ApiError as error:
        if error.status == 404:
            raise web.ConsoleError(404, viewer._("There is no release {number}.", number=number)) from error
        raise web.ConsoleError(409, viewer._("Release {number} is already offered to every kiosk.", number=number)
                               ) from error
    _write_audit(request, viewer, "release_promoted", f"release {number}")
    return web.redirect(f"{web.PREFIX}/releases")


@router.post("/releases/{number}/again")
def publish_again(request: Request, posted: Annotated[web.Posted, Depends(web.posted("roll_back"))],
                  number: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> Response:
    viewer = posted.viewer
    try:
        draft = previews.again(_desk(request, viewer), number, viewer.account, viewer.now)
    except history.UnknownRelease:
        raise web.ConsoleError(404, viewer._("There is no release {number}.", number=number)) from None
    except history.ReleaseFilesMissing:
        raise web.ConsoleError(409, viewer._("Release {number}'s files are no longer kept: it cannot be published "
                                             "again.", number=number)) from None
    _write_audit(request, viewer, "draft_created", draft.id, kind=draft.kind, source_release=number,
                 base_release=draft.base_release)
    return web.redirect(f"{web.PREFIX}/drafts/{draft.id}")

"""Registry uploads: the agency registry a licensing body gives, checked, summarised, then published.

The file (CSV or JSON) is read with the kiosk's own parser (:func:`sync.central.trees.judge_registry`,
which ``kiosk agencies import`` and ``kiosk-admin registry import`` share), so its bad rows are the
ones a kiosk would find, by line. A good file changes nothing yet: it becomes a draft
(:mod:`.drafts`, kind ``registry``) whose summary (:mod:`.registry_summary`) names the agencies
added, changed and removed, and says when the mass-removal guard tripped. Publishing it, to the
canary group or to all, is a second, explicit step, refused (409) when another release was published
since the summary was made: the publisher itself refuses it (``based_on``), so no release slips in
between that check and the signing.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import Response

from kiosk.release.model import REGISTRY
from kiosk.release.records import REGISTRY_ABOUT
from sync.central import rollout
from sync.central.console import audit, drafts, registry_summary, web
from sync.central.console.drafts import Draft
from sync.central.console.registry_summary import summary_of
from sync.central.console.words import N_
from sync.central.errors import ApiError
from sync.central.publishing import Publisher
from sync.central.storable import unstorable
from sync.central.trees import guard_registry_removals, judge_registry

router = APIRouter()
ABILITY = "publish_registry"
#: The drafts this page makes and sees.
KINDS = (drafts.REGISTRY,)
#: Problems listed on the page; the count is always whole.
SHOWN_PROBLEMS = 1000
LONGEST_SOURCE = 200

#: How each agency status is named on the pages (kiosk.agencies.registry.STATUSES).
STATUS_NAMES = {"active": N_("licence in force"), "suspended": N_("licence suspended"),
                "revoked": N_("licence revoked"), "expired": N_("licence expired"), "rejected": N_("licence refused")}
#: How each field of an agency record is named when a summary says what changed.
FIELD_NAMES = {"names": N_("name"), "licence_number": N_("licence number"), "authority": N_("licensing authority"),
               "status": N_("status"), "status_since": N_("status date"), "issued": N_("issue date"),
               "expires": N_("expiry date"), "destinations": N_("countries"), "address": N_("address"),
               "phone": N_("phone"), "website": N_("website"), "branches": N_("branches"),
               "fictional": N_("sample data"), "history": N_("status history"), "id": N_("id")}



def _current(publisher: Publisher) -> dict[str, Any] | None:
    """The published registry: its release, how many agencies, as of when, from where; None before any."""
    number = publisher.latest_number()
    if number is None:
        return None
    try:
        records = publisher.latest_records(REGISTRY)
    except ApiError:  # the release's files are missing: say what is known
        records = None
    if records is None:
        return {"release": number, "agencies": None, "as_of": None, "source": None}
    about = next((record for record in records if record.get("key") == REGISTRY_ABOUT), {})
    return {"release": number, "agencies": registry_summary.agency_count(records), "as_of": about.get("as_of"),
            "source": about.get("source")}


@router.get("/registry")
def registry_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed(ABILITY))]) -> Response:
    publisher = web.publisher_of(request)
    waiting = drafts.open_drafts(web.engine_of(request), limit=20, kinds=KINDS)
    return web.page(request, "registry/index.html", current=_current(publisher),
                    drafts=[(draft, summary_of(draft)) for draft in waiting],
                    today=viewer.now.astimezone(viewer.zone).date().isoformat(),
                    largest_mb=max(web.settings_of(request).max_upload_bytes // (1024 * 1024), 1))


def _file_name(upload: UploadFile) -> str:
    name = (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()[:200]
    return name if name and unstorable(name) is None else "registry"


def _valid_on(posted: web.Posted) -> date:
    text = web.text_field(posted, "valid_on", 10, required=False)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise web.ConsoleError(422, posted.viewer._("Give the date the registry was valid on, as 2026-12-01."
                                                    )) from None


@router.post("/upload/registry")
async def upload_registry(request: Request, posted: Annotated[web.Posted, Depends(web.posted(ABILITY))]) -> Response:
    viewer = posted.viewer
    upload = posted.form.get("file")
    if not isinstance(upload, UploadFile):
        raise web.ConsoleError(422, viewer._("Choose a registry file (CSV or JSON) to upload."))
    data = await upload.read()
    if not data.strip():
        raise web.ConsoleError(422, viewer._("The file {file} is empty.", file=_file_name(upload)))
    file = _file_name(upload)
    valid_on = _valid_on(posted)
    source = web.text_field(posted, "source", LONGEST_SOURCE, required=False) or file

    def work() -> Response:
        try:
            records = judge_registry(data, valid_on, source)
        except ApiError as error:
            if error.status != 422:
                raise
            problems = error.details.get("problems") or []
            # A JSON file's items are told by number as well as line: several may share a line.
            items = any(str(problem.get("where", "")).startswith("item") for problem in problems)
            return web.page(request, "registry/problems.html", status=422, file=file, total=len(problems),
                            problems=problems[:SHOWN_PROBLEMS], items=items,
                            message=None if problems else error.message)
        draft = _make_draft(request, posted, records, file, valid_on, source)
        return web.redirect(f"{web.PREFIX}/registry/drafts/{draft.id}")

    return await run_in_threadpool(work)


def _make_draft(request: Request, posted: web.Posted, records: list[dict[str, Any]], file: str, valid_on: date,
                source: str) -> Draft:
    viewer, engine = posted.viewer, web.engine_of(request)
    publisher = web.publisher_of(request)
    # Read before the plan: a release published in between makes the draft look stale, never fresh.
    base = publisher.latest_number()
    try:
        change = publisher.plan({REGISTRY: records})[REGISTRY]
        current = publisher.latest_records(REGISTRY) or []
    except ApiError as error:
        raise web.ConsoleError(error.status, viewer._("The published release cannot be read: {detail}",
                                                      detail=error.message)) from error
    try:
        guard_registry_removals(change, allow_removals=False)
        mass_removal = False
    except ApiError as error:
        if error.code != "mass_removal":
            raise
        mass_removal = True
    summary = registry_summary.summarise(current, records, change, file, valid_on, source, mass_removal)
    draft = drafts.save(engine, web.draft_files_of(request), kind=drafts.REGISTRY, title=file,
                        created_by=viewer.account.username, now=viewer.now, base_release=base,
                        datasets={REGISTRY: records}, preview=summary.to_json())
    audit.write(engine, viewer.account, "registry_uploaded", draft.id, viewer.now, file=file,
                valid_on=valid_on.isoformat(), source=source, agencies=summary.agencies, added=summary.added,
                changed=summary.changed, removed=summary.removed, mass_removal=mass_removal)
    return draft


def _draft(engine: Engine, viewer: web.Viewer, draft_id: str) -> Draft:
    try:
        return drafts.load(engine, draft_id, kinds=KINDS)
    except drafts.DraftNotFound:
        raise web.ConsoleError(404, viewer._("There is no such registry upload.")) from None


def _closed(viewer: web.Viewer) -> web.ConsoleError:
    return web.ConsoleError(409, viewer._("This upload was already published or dropped."))


def _open_draft(engine: Engine, viewer: web.Viewer, draft_id: str) -> Draft:
    draft = _draft(engine, viewer, draft_id)
    if draft.state != drafts.OPEN:
        raise _closed(viewer)
    return draft


def _release_changed(viewer: web.Viewer, latest: int | None) -> web.ConsoleError:
    return web.ConsoleError(409, viewer._(
        "Release {release} was published after this summary was made, so it may no longer say what publishing "
        "would change. Nothing was published: upload the file again to see a new summary.", release=latest))


@router.get("/registry/drafts/{draft_id}")
def draft_page(request: Request, draft_id: Annotated[str, Path(max_length=32)],
               viewer: Annotated[web.Viewer, Depends(web.allowed(ABILITY))]) -> Response:
    engine = web.engine_of(request)
    draft = _draft(engine, viewer, draft_id)
    latest = web.publisher_of(request).latest_number()
    with engine.connect() as connection:
        canary = rollout.pending_canary(connection)
    return web.page(request, "registry/draft.html", draft=draft, summary=summary_of(draft), latest=latest,
                    stale=draft.state == drafts.OPEN and latest != draft.base_release, canary=canary,
                    status_names=STATUS_NAMES, field_names=FIELD_NAMES, audiences=rollout.AUDIENCES)


@router.post("/registry/drafts/{draft_id}/publish")
def publish_draft(request: Request, draft_id: Annotated[str, Path(max_length=32)],
                  posted: Annotated[web.Posted, Depends(web.posted(ABILITY))]) -> Response:
    viewer, engine = posted.viewer, web.engine_of(request)
    draft = _open_draft(engine, viewer, draft_id)
    audience = posted.form.get("audience")
    if audience not in rollout.AUDIENCES:
        raise web.ConsoleError(422, viewer._("Choose whom to offer the release to: the canary group or every kiosk."))
    summary = summary_of(draft)
    publisher = web.publisher_of(request)
    latest = publisher.latest_number()
    if latest != draft.base_release:
        raise _release_changed(viewer, latest)
    if summary.mass_removal and posted.form.get("confirm_removals") != "yes":
        raise web.ConsoleError(422, viewer._(
            "This upload removes {removed} of the {stored} agencies. Nothing was published: tick \"Yes, remove "
            "them\" to publish it anyway.", removed=summary.removed, stored=summary.stored))
    try:
        records = drafts.datasets_of(web.draft_files_of(request), draft)[REGISTRY]
        # based_on: a release that comes in after the check above is refused here, inside the publish.
        published = publisher.publish({REGISTRY: records}, f"console:{viewer.account.username}", audience,
                                      based_on=draft.base_release)
    except drafts.DatasetsMissing as error:
        raise web.ConsoleError(409, viewer._("The uploaded file is no longer kept. Upload it again.")) from error
    except ApiError as error:
        if error.code == "release_changed":
            # The release that came in may be this very draft's (Publish clicked twice): say so instead.
            if drafts.load(engine, draft.id, kinds=KINDS).state != drafts.OPEN:
                raise _closed(viewer) from error
            raise _release_changed(viewer, publisher.latest_number()) from error
        if error.code == "no_keys":
            raise web.ConsoleError(409, viewer._("The centre has no release key yet: the owner must give it its "
                                                 "keys before anything can be published.")) from error
        raise web.ConsoleError(error.status, viewer._("Nothing was published: {detail}",
                                                      detail=error.message)) from error
    # Only now that the release exists: a crash before this line leaves the draft open, never published
    # without a release, and the publisher refuses it a second time (the latest moved past its base).
    drafts.mark_published(engine, draft.id, published.release)
    audit.write(engine, viewer.account, "registry_published", draft.id, viewer.now, release=published.release,
                audience=audience, file=summary.file, added=summary.added, changed=summary.changed,
                removed=summary.removed)
    return web.redirect(f"{web.PREFIX}/registry/drafts/{draft.id}")


@router.post("/registry/drafts/{draft_id}/drop")
def drop_draft(request: Request, draft_id: Annotated[str, Path(max_length=32)],
               posted: Annotated[web.Posted, Depends(web.posted(ABILITY))]) -> Response:
    viewer, engine = posted.viewer, web.engine_of(request)
    draft = _open_draft(engine, viewer, draft_id)
    try:
        drafts.drop(engine, draft.id, kinds=KINDS)
    except drafts.DraftClosed:
        raise _closed(viewer) from None
    audit.write(engine, viewer.account, "registry_draft_dropped", draft.id, viewer.now, file=summary_of(draft).file)
    return web.redirect(f"{web.PREFIX}/registry")

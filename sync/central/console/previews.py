"""Making a draft and its preview, and publishing it: the console's path from a change to a release.

Every change goes through a tree the kiosk's own parsers read (:mod:`kiosk.release.records`) and
``kiosk content check`` judges (:mod:`kiosk.content.check`), whether it is one article edited in a
form, a whole tree uploaded, or an older release's content published again. A tree with an error is
never published. Publishing signs the draft's datasets as previewed, and only on top of the release
the preview was made against.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kiosk.agencies.importer import AgencyImportError
from kiosk.booking.authoring import CatalogueError
from kiosk.content.check import check_tree
from kiosk.content.errors import ContentError
from kiosk.release.model import BOOKING, CONTENT, FLEET_KEYS, REGISTRY, ReleaseError
from kiosk.release.records import read_datasets
from sync.central import rollout, seats
from sync.central.app import _MAY_CHANGE as MAY_CHANGE
from sync.central.console import changes, drafts, history
from sync.central.console.accounts import Account
from sync.central.console.content_source import ArticleFields, article_file, write_tree
from sync.central.console.drafts import Draft
from sync.central.errors import ApiError
from sync.central.filestore import FileStore
from sync.central.publishing import Published, Publisher, diff, fleet_records
from sync.central.trees import guard_registry_removals, judge_tree
from sync.central.uploads import content_root
from sync.protocol.canonical import canonical_bytes

Record = dict[str, Any]
#: What publishing an older release's content again brings back: what an administrator authors.
AUTHORED = (CONTENT, REGISTRY, BOOKING)


class NothingPublished(LookupError):
    """There is no release yet, so no content to edit or publish again."""


class UnknownArticle(LookupError):
    """The latest release has no such authored article."""


class UploadRefused(ValueError):
    """The upload is not a content tree at all (not a gzip tar, too large, ...): there is nothing to preview."""


class NotPublishable(RuntimeError):
    """The draft's tree has errors, or it was published or dropped already."""


class ReleaseChanged(RuntimeError):
    """Another release was published after the one the draft was previewed against."""

    def __init__(self, base: int | None, latest: int | None) -> None:
        super().__init__(f"previewed against release {base}, the latest is {latest}")
        self.base, self.latest = base, latest


class RoleMayNotChange(PermissionError):
    """The publisher's role may not change one of the draft's datasets."""

    def __init__(self, datasets: list[str]) -> None:
        super().__init__(", ".join(datasets))
        self.datasets = datasets


class RemovalsUnconfirmed(RuntimeError):
    """The draft removes many agencies, and the publisher did not confirm it means to."""


@dataclass(frozen=True)
class Desk:
    """What making and publishing drafts works with."""

    publisher: Publisher
    draft_files: FileStore  # drafts' datasets: never the release files folder, which is served to anyone
    max_unpacked: int
    today: date  # in the offices' time zone: booking schedules are checked against it

    @property
    def engine(self) -> Engine:
        return self.publisher.engine

    @property
    def files(self) -> FileStore:
        """The release files folder: published releases' snapshots, read to publish older content again."""
        return self.publisher.files


@dataclass(frozen=True)
class _Latest:
    number: int | None
    datasets: dict[str, list[Record]]
    fleet: list[Record]


def _latest(desk: Desk) -> _Latest:
    with desk.engine.connect() as connection:
        number = rollout.newest(connection)
        datasets = desk.publisher.current_datasets(connection)
        fleet = fleet_records(connection)
    return _Latest(number, datasets, fleet)


def latest_content(desk: Desk) -> tuple[int, list[Record]]:
    latest = _latest(desk)
    if latest.number is None or CONTENT not in latest.datasets:
        raise NothingPublished()
    return latest.number, latest.datasets[CONTENT]


def article_of(records: list[Record], article_id: str, language: str) -> Record:
    found = next((record for record in records if record.get("key") == f"article:{article_id}:{language}"), None)
    if found is None:
        raise UnknownArticle(f"{article_id}.{language}")
    return found


# -- judging a tree ------------------------------------------------------------------------------


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def _problems(root: Path) -> list[dict[str, Any]]:
    """What ``kiosk content check`` says of the tree at ``root``, every file relative to it."""
    return [{"file": _relative(problem.path, root), "line": problem.line, "severity": problem.severity,
             "message": problem.message} for problem in check_tree(root).problems]


def _merge(first: list[dict[str, Any]], then: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen = {(p["file"], p["line"], p["message"]) for p in first}
    return first + [p for p in then if (p["file"], p["line"], p["message"]) not in seen]


def _sorted(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(problems, key=lambda p: (p["severity"] != "error", p["file"], p["line"], p["message"]))


def _read(root: Path, today: date) -> tuple[dict[str, list[Record]] | None, list[dict[str, Any]]]:
    """The tree's datasets, or None and the first problem the parsers stopped at."""
    try:
        return read_datasets(root, today=today), []
    except ContentError as error:
        return None, [{"file": _relative(error.path, root), "line": error.line, "severity": "error",
                       "message": error.message}]
    except (AgencyImportError, CatalogueError, ReleaseError) as error:
        return None, [{"file": "", "line": 0, "severity": "error", "message": str(error).replace(f"{root}/", "")}]


# -- the preview ---------------------------------------------------------------------------------


def _preview(latest: _Latest, given: Mapping[str, list[Record]], **extra: Any) -> dict[str, Any]:
    following = {**latest.datasets, **given, FLEET_KEYS: latest.fleet}
    current = dict(latest.datasets)
    preview = {**extra, **changes.describe(current, following), "mass_removal": None}
    if REGISTRY in given:
        change = diff({str(r["key"]): canonical_bytes(r) for r in current.get(REGISTRY, [])},
                      {str(r["key"]): canonical_bytes(r) for r in given[REGISTRY]})
        try:
            guard_registry_removals(change, allow_removals=False)
        except ApiError:
            preview["mass_removal"] = {"removed": len(change.removed), "before": max(change.before - 1, 0)}
    return preview


def _save(desk: Desk, latest: _Latest, kind: str, title: str, who: Account, now: datetime,
          given: dict[str, list[Record]], **extra: Any) -> Draft:
    preview = _preview(latest, given, kind=kind, title=title, **extra)
    return drafts.save(desk.engine, desk.draft_files, kind=kind, title=title, created_by=who.username, now=now,
                       base_release=latest.number, datasets=given, preview=preview)


def _changed_since(desk: Desk, opened: int | None, latest: _Latest, key: str) -> bool:
    """Whether the article ``key`` changed in a release published after the form was opened at ``opened``."""
    if opened is None or opened == latest.number:
        return False
    try:
        then = history.datasets(desk.engine, desk.files, opened, (CONTENT,)).get(CONTENT, [])
    except (history.UnknownRelease, history.ReleaseFilesMissing):
        return False
    before = next((record for record in then if record.get("key") == key), None)
    now = next((record for record in latest.datasets.get(CONTENT, []) if record.get("key") == key), None)
    return before is None or now is None or canonical_bytes(before) != canonical_bytes(now)


def edit(desk: Desk, edited: ArticleFields, who: Account, now: datetime, opened_release: int | None = None
         ) -> Draft:
    """A draft of the latest content with one article's file composed from ``edited``; ``opened_release`` is
    the release the form was filled in from, so the preview can say when the article changed since."""
    latest = _latest(desk)
    if latest.number is None or CONTENT not in latest.datasets:
        raise NothingPublished()
    records = latest.datasets[CONTENT]
    key = str(article_of(records, edited.id, edited.language)["key"])  # it must still be there
    composed = article_file(edited)
    with tempfile.TemporaryDirectory(prefix="kiosk-console-") as folder:
        root = Path(folder) / "content"
        write_tree(records, root, {edited.path: composed})
        found, stopped = _read(root, desk.today)
        problems = _merge(_problems(root), stopped)
    given = {} if found is None else {CONTENT: found[CONTENT]}
    return _save(desk, latest, drafts.EDIT, edited.title, who, now, given, readable=found is not None,
                 problems=_sorted(problems), composed={"path": edited.path, "text": composed},
                 edit=edited.to_json(), changed_since_opened=_changed_since(desk, opened_release, latest, key))


def upload(desk: Desk, archive: bytes, name: str, who: Account, now: datetime) -> Draft:
    """A draft of an uploaded content tree (a gzip tar), judged as ``POST /v1/admin/releases`` judges it."""
    latest = _latest(desk)
    with tempfile.TemporaryDirectory(prefix="kiosk-console-") as folder:
        path = Path(folder) / "upload.tar.gz"
        path.write_bytes(archive)
        target = Path(folder) / "tree"
        given: dict[str, list[Record]] | None
        try:
            given = judge_tree(path, target, desk.max_unpacked, desk.today)
            stopped: list[dict[str, Any]] = []
        except ApiError as error:
            if error.code == "invalid_archive" or not target.is_dir():
                raise UploadRefused(error.message) from error
            given = None
            stopped = [{"file": str(p.get("file", "")), "line": int(p.get("line") or 0), "severity": "error",
                        "message": str(p.get("message", ""))} for p in error.details.get("problems", [])]
            stopped = stopped or [{"file": "", "line": 0, "severity": "error", "message": error.message}]
        root = content_root(target)
        problems = _merge(stopped, _problems(root)) if (root / "topics.toml").exists() or (root / "articles").is_dir() \
            else stopped
    readable = given is not None
    return _save(desk, latest, drafts.UPLOAD, name, who, now, given or {}, readable=readable,
                 problems=_sorted(problems), composed=None, edit=None)


def again(desk: Desk, number: int, who: Account, now: datetime) -> Draft:
    """A draft publishing release ``number``'s content, registry and booking again, as a new release."""
    latest = _latest(desk)
    given = history.datasets(desk.engine, desk.files, number, AUTHORED)
    problems: list[dict[str, Any]] = []
    if CONTENT in given:
        with tempfile.TemporaryDirectory(prefix="kiosk-console-") as folder:
            root = Path(folder) / "content"
            write_tree(given[CONTENT], root)
            problems = _problems(root)
    return _save(desk, latest, drafts.AGAIN, str(number), who, now, given, readable=True,
                 problems=_sorted(problems), composed=None, edit=None, source_release=number)


def remake(desk: Desk, draft: Draft, who: Account, now: datetime) -> Draft:
    """The same change previewed again against the latest release (after another was published)."""
    if draft.kind == drafts.EDIT:
        return edit(desk, ArticleFields.from_json(draft.preview["edit"]), who, now)
    if draft.kind == drafts.AGAIN:
        return again(desk, int(draft.preview["source_release"]), who, now)
    # An upload is the whole tree: the same datasets and problems, compared with the new latest release.
    latest = _latest(desk)
    kept = {key: draft.preview.get(key) for key in ("readable", "problems", "composed", "edit")}
    return _save(desk, latest, draft.kind, draft.title, who, now, drafts.datasets_of(desk.draft_files, draft), **kept)


# -- publishing ----------------------------------------------------------------------------------


def publish(desk: Desk, draft: Draft, who: Account, audience: str, allow_removals: bool) -> Published:
    """Sign the draft's datasets as a new release for ``audience``; raises what stops it."""
    if not draft.publishable:
        raise NotPublishable(draft.state)
    given = drafts.datasets_of(desk.draft_files, draft)
    allowed = MAY_CHANGE.get(who.role, set())
    refused = sorted(name for name in given if name not in allowed and any(
        entry["dataset"] == name for entry in draft.preview.get("datasets", [])))
    if refused:
        raise RoleMayNotChange(refused)
    if draft.preview.get("mass_removal") and not allow_removals:
        raise RemovalsUnconfirmed()
    latest = desk.publisher.latest_number()
    if latest != draft.base_release:
        raise ReleaseChanged(draft.base_release, latest)
    try:
        published = desk.publisher.publish(given, f"console:{who.username}", audience, based_on=draft.base_release)
    except ApiError as error:
        if error.code == "release_changed":
            raise ReleaseChanged(draft.base_release, desk.publisher.latest_number()) from error
        raise
    drafts.mark_published(desk.engine, draft.id, published.release)
    if BOOKING in given and not published.changes[BOOKING].empty:
        seats.refresh(desk.engine, given[BOOKING], desk.today)
    return published

"""Drafts: what a console user edited, uploaded or asked to publish again, previewed and waiting.

A draft keeps the datasets it would publish (gzip canonical JSON in the drafts' own files folder,
named by their hash) and the preview as it was shown (JSON in ``console_drafts``), with the release
it was previewed against: publishing signs exactly what was seen, and is refused once another release
was published since (docs/architecture.md, "The console"). The drafts' folder is not the release
files folder that ``GET /files/{sha256}`` serves to anyone: what a draft holds is not public until
it is published.

The publishing pages (:mod:`.previews`) and the registry page (:mod:`.registry`) keep their drafts
here, told apart by kind; each page sees only its own kinds.

A draft is ``open``, then ``published`` (with its release) or ``dropped``.
"""

from __future__ import annotations

import gzip
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from sync.central.filestore import FileStore
from sync.central.tables import console_drafts
from sync.protocol.canonical import canonical_bytes

Record = dict[str, Any]

EDIT = "edit"  # one article's fields, changed in the form
UPLOAD = "upload"  # a whole content tree, uploaded
AGAIN = "again"  # an older release's content, published again (a rollback)
REGISTRY = "registry"  # an agency registry file, uploaded on the registry page
#: The publishing pages' kinds: what :func:`load`, :func:`open_drafts` and :func:`drop` see unless told.
PUBLISHING = (EDIT, UPLOAD, AGAIN)
KINDS = (*PUBLISHING, REGISTRY)

OPEN, PUBLISHED, DROPPED = "open", "published", "dropped"


class DraftNotFound(LookupError):
    """No draft has this id."""


class DraftClosed(RuntimeError):
    """The draft was already published or dropped: it cannot be published or dropped again."""

    def __init__(self, state: str, release: int | None) -> None:
        super().__init__(f"the draft is {state}")
        self.state, self.release = state, release


class DatasetsMissing(RuntimeError):
    """The draft's datasets are no longer in the drafts' files folder: it must be made again."""


@dataclass(frozen=True)
class Draft:
    id: str
    kind: str
    title: str
    created_by: str
    created_at: datetime
    base_release: int | None
    datasets_sha256: str
    preview: dict[str, Any]
    state: str
    release: int | None

    @property
    def publishable(self) -> bool:
        """Whether a publishing page's preview found nothing that stops publishing (an error in the tree)."""
        return self.state == OPEN and bool(self.preview.get("readable")) and not any(
            problem["severity"] == "error" for problem in self.preview.get("problems", []))


def _encode(datasets: dict[str, list[Record]]) -> bytes:
    # mtime=0: the same datasets make the same bytes, so the same file.
    return gzip.compress(canonical_bytes(datasets), mtime=0)


def save(engine: Engine, files: FileStore, *, kind: str, title: str, created_by: str, now: datetime,
         base_release: int | None, datasets: dict[str, list[Record]], preview: dict[str, Any]) -> Draft:
    assert kind in KINDS
    ref = files.put(_encode(datasets))
    draft = Draft(secrets.token_hex(12), kind, title, created_by, now, base_release, ref.sha256, preview, OPEN, None)
    with engine.begin() as connection:
        connection.execute(insert(console_drafts).values(
            id=draft.id, kind=kind, title=title, created_by=created_by, created_at=now, base_release=base_release,
            datasets_sha256=ref.sha256, preview=json.dumps(preview, ensure_ascii=False), state=OPEN, release=None))
    return draft


def _draft(row: Any) -> Draft:
    return Draft(row.id, row.kind, row.title, row.created_by, row.created_at, row.base_release,
                 row.datasets_sha256, json.loads(row.preview), row.state, row.release)


def load(engine: Engine, draft_id: str, kinds: tuple[str, ...] = PUBLISHING) -> Draft:
    """The draft ``draft_id`` if it is of one of ``kinds``: a page never opens another page's drafts."""
    with engine.connect() as connection:
        row = connection.execute(select(console_drafts).where(console_drafts.c.id == draft_id,
                                                              console_drafts.c.kind.in_(kinds))).first()
    if row is None:
        raise DraftNotFound(draft_id)
    return _draft(row)


def datasets_of(files: FileStore, draft: Draft) -> dict[str, list[Record]]:
    data = files.read(draft.datasets_sha256)
    if data is None:
        raise DatasetsMissing(draft.id)
    found: dict[str, list[Record]] = json.loads(gzip.decompress(data))
    return found


def open_drafts(engine: Engine, limit: int = 50, kinds: tuple[str, ...] = PUBLISHING) -> list[Draft]:
    """The open drafts of ``kinds``, newest first."""
    with engine.connect() as connection:
        rows = connection.execute(select(console_drafts).where(console_drafts.c.state == OPEN,
                                                               console_drafts.c.kind.in_(kinds))
                                  .order_by(console_drafts.c.created_at.desc()).limit(limit)).all()
    return [_draft(row) for row in rows]


def drop(engine: Engine, draft_id: str, kinds: tuple[str, ...] = PUBLISHING) -> None:
    """Set a draft aside for good; raises :class:`DraftClosed` if it was published or dropped already."""
    with engine.begin() as connection:
        done = connection.execute(update(console_drafts)
                                  .where(console_drafts.c.id == draft_id, console_drafts.c.kind.in_(kinds),
                                         console_drafts.c.state == OPEN)
                                  .values(state=DROPPED))
        if done.rowcount == 0:
            row = connection.execute(select(console_drafts.c.state, console_drafts.c.release)
                                     .where(console_drafts.c.id == draft_id, console_drafts.c.kind.in_(kinds))
                                     ).first()
            if row is None:
                raise DraftNotFound(draft_id)
            raise DraftClosed(row.state, row.release)


def mark_published(engine: Engine, draft_id: str, release: int) -> None:
    """Say which release the draft became; once signed, that holds even if it was dropped meanwhile.

    Called only once ``release`` exists: a draft is never marked published ahead of its release, so a
    crash in between leaves it open. It cannot then be published twice: the release it became moved the
    latest past the draft's ``base_release``, and the publisher refuses it (``based_on``).
    """
    with engine.begin() as connection:
        connection.execute(update(console_drafts).where(console_drafts.c.id == draft_id)
                           .values(state=PUBLISHED, release=release))


""""Was this useful?": anonymous answers about an article, counted here and sent to the centre.

One row per answer (which article, which language, yes or no, when) and an outbox
item for the centre, in one transaction. Nothing about the person is asked or kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk import outbox
from kiosk.store.database import utc_now

if TYPE_CHECKING:
    from kiosk.store import Store

OUTBOX_KIND = "article_feedback"


def record_feedback(store: Store, article_id: str, language: str, useful: bool) -> str:
    """Store one answer; return the outbox item's id. Raises ``StoreUnavailable`` when nothing can be saved."""
    at = utc_now()
    with store.transaction("save feedback on an article") as db:
        db.table("article_feedback").insert(
            {"article_id": article_id, "language": language, "useful": int(useful), "at": at})
        return outbox.enqueue(db, OUTBOX_KIND,
                              {"article_id": article_id, "language": language, "useful": useful, "at": at})

"""Every table of the central database (SQLAlchemy Core). Alembic's migrations create them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, stored naive in UTC: SQLite keeps no zone, so no row ever relies on one."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: say which zone they are in")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


metadata = MetaData()

#: Administrators' tokens, by the SHA-256 of the token: a leaked database gives no working token.
admin_tokens = Table(
    "admin_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("role", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

#: One-time enrollment codes, by hash; ``used_at`` is set once, by a conditional UPDATE.
enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("used_by", String(64), nullable=True),
)

kiosks = Table(
    "kiosks",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("receipt_public_key", Text, nullable=False),
    Column("app_version", Text, nullable=False),
    Column("enrolled_at", UtcDateTime, nullable=False),
    Column("heartbeat_interval_s", Integer, nullable=False),
    # The last heartbeat, kept beside the kiosk so the fleet view is one query.
    Column("last_seen_at", UtcDateTime, nullable=True),
    Column("last_heartbeat", Text, nullable=True),
    Column("last_skew_s", BigInteger, nullable=True),
    #: Whether the kiosk gets the day lists (names and phones, ``GET /v1/staff/day``): only one an
    #: administrator marks, never a public kiosk by default (``sync.central.staff.set_staff_device``).
    Column("staff_device", Boolean, nullable=False, default=False),
    #: Where the kiosk stands, in an administrator's words (the console's fleet table shows it).
    Column("place", Text, nullable=True),
    #: Whether the kiosk is in the canary group, which takes a release before the rest of the fleet.
    Column("canary", Boolean, nullable=False, default=False),
)

heartbeats = Table(
    "heartbeats",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kiosk_id", String(64), ForeignKey("kiosks.kiosk_id"), nullable=False, index=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("skew_s", BigInteger, nullable=True),
    Column("body", Text, nullable=False),
)

#: The first answer for each outbox item id; the primary key makes "first" hold across replicas.
outbox_items = Table(
    "outbox_items",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False, index=True),
    Column("digest", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("answer", Text, nullable=False),
)

#: Every 409 answered: the same item id sent again with another kind or body.
outbox_conflicts = Table(
    "outbox_conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", String(200), nullable=False, index=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
)

#: The pinned root public key (one row, name "root").
trust = Table(
    "trust",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("public_key", Text, nullable=False),
)

#: Signed keys documents by version; the highest is current.
keys_documents = Table(
    "keys_documents",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("document", Text, nullable=False),
    Column("stored_at", UtcDateTime, nullable=False),
)

#: The online release keys' private halves, by the keys version that names them.
release_keys = Table(
    "release_keys",
    metadata,
    Column("keyid", String(64), primary_key=True),
    Column("keys_version", Integer, ForeignKey("keys_documents.version"), nullable=False),
    Column("private_key", Text, nullable=False),
)

#: Published releases; the primary key on the number is what keeps two replicas from both publishing N.
releases = Table(
    "releases",
    metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("keys_version", Integer, nullable=False),
    Column("manifest", Text, nullable=False),
    Column("published_by", Text, nullable=False),
    #: ``all``, or ``canary`` while the release is offered to the canary group only: a kiosk outside it
    #: is offered the newest release whose audience is ``all`` (docs/architecture.md, "Canary releases").
    Column("audience", String(16), nullable=False, default="all"),
)

#: Every slot the centre sells, made from the published booking catalogue. Times are the
#: location's wall-clock time (``YYYY-MM-DDTHH:MM``), as the catalogue writes them. The centre
#: owns ``booked`` (every live booking) and ``held`` (seats granted to kiosks' allowances and not
#: yet accounted for): a live seat is taken only by ``UPDATE ... SET booked = booked + 1 WHERE
#: booked + held < capacity``, which no two transactions can both pass for the last seat, on
#: SQLite or PostgreSQL. A slot a new catalogue no longer makes is ``withdrawn``, never deleted:
#: bookings may hold it.
slots = Table(
    "slots",
    metadata,
    Column("slot_id", String(200), primary_key=True),
    Column("location_id", String(100), nullable=False),
    Column("service_id", String(100), nullable=False),
    Column("start_at", String(16), nullable=False),
    Column("end_at", String(16), nullable=False),
    #: The service's lead time before ``start_at``: booked only before then (time to get there).
    Column("bookable_until", String(16), nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("booked", Integer, nullable=False, default=0),
    Column("withdrawn", Boolean, nullable=False, default=False),
    Column("held", Integer, nullable=False, default=0),
    CheckConstraint("booked >= 0", name="slots_booked_not_negative"),
    CheckConstraint("held >= 0", name="slots_held_not_negative"),
    Index("slots_by_place_and_time", "service_id", "location_id", "start_at"),
)

#: Bookings the centre made. No name, phone or passport digits are kept: only keyed hashes
#: (HMAC with the ``person`` secret) that can say "the same person" and "these words are in
#: the booked name", which is all cancelling and the same-person rule need.
bookings = Table(
    "bookings",
    metadata,
    Column("reference", String(16), primary_key=True),
    #: The kiosk's Idempotency-Key; the first request with it is the one kept.
    Column("idempotency_key", String(100), nullable=False, unique=True),
    Column("request_digest", String(64), nullable=False),
    Column("slot_id", String(200), ForeignKey("slots.slot_id"), nullable=False, index=True),
    Column("service_id", String(100), nullable=False),
    Column("day", String(10), nullable=False),
    Column("person_hash", String(64), nullable=False),
    Column("last4_hash", String(64), nullable=True),
    Column("name_word_hashes", Text, nullable=False),
    Column("language", String(16), nullable=False),
    Column("kiosk_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("changed_at", UtcDateTime, nullable=False),
    #: The grant a kiosk sold it from while offline (only a grant the centre made for that kiosk).
    Column("grant_id", String(40), nullable=True),
    #: ``live`` (the kiosk asked the centre first) or ``allowance`` (sold offline, reported later).
    Column("origin", String(16), nullable=False, default="live"),
    Index("bookings_by_person", "service_id", "day", "person_hash"),
)

#: Seats a kiosk may sell offline, per slot, until its lease ends (counted on the kiosk's own
#: clock). ``seats - used`` of an open grant is part of its slot's ``held``; the grant closes,
#: and those seats go back, only when the kiosk settles it, the slot begins, or an
#: administrator writes it off: never when time alone has passed (``reclaim_after`` is a note).
allowances = Table(
    "allowances",
    metadata,
    Column("grant_id", String(40), primary_key=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("slot_id", String(200), ForeignKey("slots.slot_id"), nullable=False),
    Column("seats", Integer, nullable=False),
    #: Seats sold from it that reached the centre through the outbox.
    Column("used", Integer, nullable=False, default=0),
    Column("lease_s", Integer, nullable=False),
    Column("granted_at", UtcDateTime, nullable=False),
    #: The lease and a margin after the grant: past it, staff may ask why the kiosk has not settled.
    Column("reclaim_after", UtcDateTime, nullable=False),
    #: ``open`` or ``closed``; ``closed_why`` is ``settled``, ``slot_begun`` or ``written_off``.
    Column("status", String(16), nullable=False),
    Column("closed_at", UtcDateTime, nullable=True),
    Column("closed_why", String(16), nullable=True),
    CheckConstraint("used >= 0 AND used <= seats", name="allowances_used_within_seats"),
    Index("allowances_by_kiosk", "kiosk_id", "status"),
)

#: Which references a kiosk reported selling from which grant (booking or reschedule items that
#: named it): settling a grant waits until every reference the kiosk lists is here.
allowance_sales = Table(
    "allowance_sales",
    metadata,
    Column("grant_id", String(40), ForeignKey("allowances.grant_id"), primary_key=True),
    Column("reference", String(16), primary_key=True),
    Column("recorded_at", UtcDateTime, nullable=False),
)

#: What staff must look at about bookings that arrived after the fact: a person booked twice
#: offline (``duplicate``), a slot sold beyond its seats (``oversold``), a grant that could not
#: pay for a seat (``unknown_grant``), a reference another booking has (``reference_clash``), a
#: cancellation or move of a booking (or into a slot) the centre does not know (``unknown_booking``).
booking_findings = Table(
    "booking_findings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("reference", String(20), nullable=False),
    Column("other_reference", String(20), nullable=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("slot_id", String(200), nullable=True),
    Column("grant_id", String(40), nullable=True),
    Column("found_at", UtcDateTime, nullable=False),
    Column("detail", Text, nullable=False),
)

#: Idempotency-Keys of live booking requests a kiosk gave up on (their answer was lost, and it
#: told the person so): a late copy of such a request must not make the booking after all.
withdrawn_keys = Table(
    "withdrawn_keys",
    metadata,
    Column("idempotency_key", String(100), primary_key=True),
    Column("reference", String(16), nullable=False),
    Column("kiosk_id", String(64), nullable=False),
    Column("withdrawn_at", UtcDateTime, nullable=False),
)

#: Secrets the centre makes for itself at migration (the ``person`` HMAC key).
secrets = Table(
    "secrets",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", String(128), nullable=False),
)

#: Staff members who may sign in on staff devices (docs/architecture.md, "Staff mode at the centre"), provisioned
#: by an administrator. Only scrypt hashes of a PIN and of a badge's secret are kept, in the
#: kiosk's own format (``kiosk.staff.hash_pin``, ``hash_secret``): a copy of the database signs
#: nobody in. An account is revoked, never deleted, so the audit log's staff ids keep a name.
staff_accounts = Table(
    "staff_accounts",
    metadata,
    Column("staff_id", String(40), primary_key=True),
    Column("display_name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    #: A JSON list of location ids; empty: every place.
    Column("places", Text, nullable=False),
    Column("pin_hash", Text, nullable=True),
    Column("badge_hash", Text, nullable=True),
    Column("created_by", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("changed_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
    Column("revoked_by", Text, nullable=True),
)

#: The name and phone of a booking, kept apart from it only so staff can find a person who comes
#: without a receipt, and deleted ``people_days`` after the booking's day (``sync.central.people``).
#: Passport digits are never stored.
booking_people = Table(
    "booking_people",
    metadata,
    Column("reference", String(16), ForeignKey("bookings.reference"), primary_key=True),
    Column("name", Text, nullable=False),
    Column("phone", String(40), nullable=False),
    Column("stored_at", UtcDateTime, nullable=False),
)

#: What staff devices' actions made of each booking's visit (``sync.central.staff``): the current
#: state and the action that set it, and the first check-in, which a check-in by another device
#: never overwrites (that is a conflict). No foreign key to ``bookings``: a walk-in's check-in may
#: arrive before its booking.
visits = Table(
    "visits",
    metadata,
    Column("reference", String(20), primary_key=True),
    Column("location_id", String(100), nullable=False),
    Column("day", String(10), nullable=False),
    #: ``checked_in``, ``served`` or ``no_show``.
    Column("state", String(16), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("staff_id", String(40), nullable=False),
    Column("device", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("item_id", String(200), nullable=False),
    Column("checked_in_device", String(64), nullable=True),
    Column("checked_in_staff", String(40), nullable=True),
    Column("checked_in_at", UtcDateTime, nullable=True),
    Column("checked_in_item", String(200), nullable=True),
    Column("changed_at", UtcDateTime, nullable=False),
    Index("visits_by_day", "location_id", "day"),
)

#: Every staff device's audit log as it arrived, one hash-chained entry per (device, seq). ``entry``
#: is the whole entry as the device sent it; ``visit_before`` is the visit as it was before this entry
#: changed it (JSON, ``null`` for none), NULL when the entry changed no visit: undo restores it.
staff_audit = Table(
    "staff_audit",
    metadata,
    Column("device", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("prev", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("reference", String(20), nullable=False),
    Column("location_id", String(100), nullable=False),
    Column("day", String(10), nullable=False),
    Column("entry", Text, nullable=False),
    Column("item_id", String(200), nullable=False),
    Column("visit_before", Text, nullable=True),
    Column("received_at", UtcDateTime, nullable=False),
    Index("staff_audit_by_reference", "reference"),
)

#: Two devices that checked the same booking in: both records (JSON: device, staff_id, at, item_id),
#: the first still the visit's, until an administrator resolves it with a note.
staff_conflicts = Table(
    "staff_conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(20), nullable=False),
    Column("location_id", String(100), nullable=False),
    Column("day", String(10), nullable=False),
    Column("first_record", Text, nullable=False),
    Column("second_record", Text, nullable=False),
    Column("found_at", UtcDateTime, nullable=False),
    Column("resolved_at", UtcDateTime, nullable=True),
    Column("resolved_by", Text, nullable=True),
    Column("resolution", Text, nullable=True),
)


# -- the administrators' console (sync.central.console) ------------------------------------

#: People who sign in to the console. Only an argon2id hash of the password is kept; an account is
#: disabled, never deleted, so the audit log's names keep meaning something.
console_accounts = Table(
    "console_accounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", String(32), nullable=False),
    Column("password_hash", Text, nullable=False),
    #: Wrong passwords in a row; reaching the limit locks the account until ``locked_until``.
    Column("failures", Integer, nullable=False, default=0),
    Column("locked_until", UtcDateTime, nullable=True),
    Column("disabled_at", UtcDateTime, nullable=True),
    Column("created_by", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_sign_in_at", UtcDateTime, nullable=True),
)

#: Signed-in browsers, by the SHA-256 of the cookie's secret: a copy of the database signs nobody in.
console_sessions = Table(
    "console_sessions",
    metadata,
    Column("secret_hash", String(64), primary_key=True),
    Column("account_id", Integer, ForeignKey("console_accounts.id"), nullable=False, index=True),
    #: The token every form of this session must send back (CSRF).
    Column("csrf", String(64), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
)

#: Every change made through the console: who, when, what, and on what.
console_audit = Table(
    "console_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    Column("username", String(64), nullable=False),
    Column("role", String(32), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", Text, nullable=False),
    #: JSON: what the action changed, in a few words and numbers (never a password).
    Column("detail", Text, nullable=False),
)

#: What a console user uploaded or edited and previewed, waiting to be published or dropped: the
#: datasets it would publish (gzip JSON in the files folder) and the release it was previewed against.
console_drafts = Table(
    "console_drafts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("base_release", Integer, nullable=True),
    Column("datasets_sha256", String(64), nullable=False),
    #: JSON: the preview (changes, text diffs, problems) as shown, so publishing signs what was seen.
    Column("preview", Text, nullable=False),
    #: ``open``, ``published`` (with the release number) or ``dropped``.
    Column("state", String(16), nullable=False),
    Column("release", Integer, nullable=True),
)

#: What administrators made of each agency report (an ``agency_report`` outbox item).
report_triage = Table(
    "report_triage",
    metadata,
    Column("item_id", String(200), primary_key=True),
    #: ``new``, ``reviewed`` or ``forwarded`` (to the licensing body).
    Column("status", String(16), nullable=False),
    Column("note", Text, nullable=False),
    Column("changed_by", String(64), nullable=False),
    Column("changed_at", UtcDateTime, nullable=False),
)

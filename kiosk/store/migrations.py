"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Append new migrations; never edit one that has shipped. Each runs in its own
transaction together with the row that records it, so a kill mid-migration
leaves the database at the previous version.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "meta, events and topics",
        (
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            # Things staff should know happened to this kiosk: rebuilt database,
            # refused release, printer trouble. Shown in the staff status screen.
            """CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL
            )""",
            """CREATE TABLE topics (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                icon TEXT NOT NULL
            )""",
            """CREATE TABLE topic_names (
                topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                language TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (topic_id, language)
            )""",
        ),
    ),
    Migration(
        2,
        "articles and feedback",
        (
            # One row per article per language. The body is the Markdown as authored
            # (subset checked by `kiosk content check`); the title is its first heading.
            """CREATE TABLE articles (
                id TEXT NOT NULL,
                language TEXT NOT NULL,
                topic_id TEXT NOT NULL REFERENCES topics(id),
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                updated TEXT NOT NULL,
                sources TEXT NOT NULL,
                url TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (id, language)
            )""",
            "CREATE INDEX articles_by_topic ON articles(topic_id, language, position)",
            # "Was this useful?": anonymous, counted here, sent up by the sync agent.
            """CREATE TABLE article_feedback (
                id INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL,
                language TEXT NOT NULL,
                useful INTEGER NOT NULL CHECK (useful IN (0, 1)),
                at TEXT NOT NULL,
                sent INTEGER NOT NULL DEFAULT 0
            )""",
        ),
    ),
    Migration(
        3,
        "article search index",
        (
            # Filled by kiosk.content.search.rebuild_index, never by triggers: the indexed
            # text is the normalised form (kiosk.text.normalise), which SQL cannot make.
            # title, body: normalised; display: the body as the reader sees it, cut
            # into words for snippets (kiosk.content.search.display_text).
            # Rowids come in one block per language, so a language is a rowid range.
            # Prefix indexes for 2 and 3 letters: words are searched as prefixes, and
            # the first letters typed match the most terms (tests/benchmarks/search.py).
            """CREATE VIRTUAL TABLE article_search USING fts5(
                title,
                body,
                article_id UNINDEXED,
                language UNINDEXED,
                display UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3'
            )""",
            # ORDER BY rank then means what search means: a title hit is worth ten.
            "INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
        ),
    ),
    Migration(
        4,
        "agency registry and outbox",
        (
            # One row per licence holder. `status` is what the registry says; whether an
            # "active" licence has expired is computed from `expires` when it is shown.
            """CREATE TABLE agencies (
                id TEXT PRIMARY KEY,
                licence_number TEXT NOT NULL,
                licence_key TEXT NOT NULL,
                authority TEXT NOT NULL,
                status TEXT NOT NULL
                    CHECK (status IN ('active', 'suspended', 'revoked', 'expired', 'rejected')),
                status_since TEXT NOT NULL,
                issued TEXT,
                expires TEXT,
                address TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                website TEXT NOT NULL DEFAULT '',
                fictional INTEGER NOT NULL DEFAULT 0,
                changed_at TEXT NOT NULL
            )""",
            "CREATE INDEX agencies_by_licence ON agencies(licence_key)",
            # Names in several languages and scripts; kind 'aka' for also-known-as names.
            """CREATE TABLE agency_names (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('official', 'aka')),
                PRIMARY KEY (agency_id, name)
            )""",
            # Destination countries (ISO 3166-1 alpha-2), each with its own expiry.
            """CREATE TABLE agency_destinations (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                country TEXT NOT NULL,
                valid_until TEXT,
                PRIMARY KEY (agency_id, country)
            )""",
            """CREATE TABLE agency_branches (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                address TEXT NOT NULL
            )""",
            """CREATE TABLE agency_status_history (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                since TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX agency_history_by_agency ON agency_status_history(agency_id, since)",
            # Things to send to the central service. The id is made on the kiosk and is
            # also the idempotency key; a 409 parks the item for staff (`parked`).
            """CREATE TABLE outbox (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                parked INTEGER NOT NULL DEFAULT 0
            )""",
        ),
    ),
    Migration(
        5,
        "agency lookup index",
        (
            # Filled by kiosk.agencies.lookup.rebuild_lookup_index after every registry
            # import, never by triggers: the keys are Latin sound keys (kiosk.text.normalise)
            # that SQL cannot make. Rowids are given shortest name first, so the first
            # rows a MATCH yields in rowid order are the likeliest answers.
            # name_key: the name's words' keys, legal forms removed, sorted: "same name
            # in any word order" is one indexed equality.
            """CREATE TABLE agency_lookup_names (
                id INTEGER PRIMARY KEY,
                agency_id TEXT NOT NULL,
                name TEXT NOT NULL,
                keys TEXT NOT NULL,
                name_key TEXT NOT NULL
            )""",
            "CREATE INDEX agency_lookup_by_name_key ON agency_lookup_names(name_key)",
            # Contentless: only rowids come back; the row is read from agency_lookup_names.
            """CREATE VIRTUAL TABLE agency_lookup_search USING fts5(
                keys,
                content = '',
                tokenize = 'unicode61 remove_diacritics 0',
                prefix = '1 2 3'
            )""",
            # Every distinct key, cut into trigrams (with ^ and $ at the ends), for
            # finding the keys one or two edits away from a mistyped word.
            """CREATE TABLE agency_lookup_grams (
                gram TEXT NOT NULL,
                length INTEGER NOT NULL,
                term TEXT NOT NULL,
                PRIMARY KEY (gram, length, term)
            ) WITHOUT ROWID""",
            # Licence numbers as kiosk.agencies.lookup normalises them.
            """CREATE TABLE agency_lookup_licences (
                licence_key TEXT NOT NULL,
                agency_id TEXT NOT NULL,
                PRIMARY KEY (licence_key, agency_id)
            ) WITHOUT ROWID""",
        ),
    ),
    Migration(
        6,
        "kiosk keys for receipt tokens",
        (
            # Public keys of the kiosks whose receipt tokens this device accepts
            # (kiosk.receipts.keyring). kiosk_id is derived from the key, never chosen;
            # public_key is the base64 of the 32 raw Ed25519 bytes. The sync agent will
            # fill it from the fleet keys each release carries.
            """CREATE TABLE kiosk_keys (
                kiosk_id TEXT PRIMARY KEY,
                public_key TEXT NOT NULL,
                source TEXT NOT NULL,
                added_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        7,
        "booking: catalogue, slots and bookings",
        (
            # The catalogue (kiosk.booking.catalogue) is reference data, replaced whole.
            # Texts are JSON objects {language tag: text}; documents {tag: [item, ...]}.
            """CREATE TABLE booking_locations (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('office', 'mobile')),
                fictional INTEGER NOT NULL DEFAULT 0 CHECK (fictional IN (0, 1)),
                names TEXT NOT NULL,
                address TEXT NOT NULL,
                town TEXT NOT NULL
            )""",
            """CREATE TABLE booking_services (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
                capacity INTEGER NOT NULL CHECK (capacity > 0),
                names TEXT NOT NULL,
                documents TEXT NOT NULL
            )""",
            # Opening hours, mobile visits and closures as JSON rules
            # (kiosk.booking.schedule), from which the slots are made.
            """CREATE TABLE booking_schedules (
                position INTEGER PRIMARY KEY,
                location_id TEXT NOT NULL REFERENCES booking_locations(id) ON DELETE CASCADE,
                rule TEXT NOT NULL
            )""",
            """CREATE TABLE booking_closures (
                position INTEGER PRIMARY KEY,
                rule TEXT NOT NULL
            )""",
            # Slots of the booking window, made from the schedules (kiosk.booking.slots).
            # No foreign key to the catalogue: a location or service may leave the
            # catalogue while people still hold bookings there. `booked` is kept by the
            # triggers below and the CHECK is the last word on capacity: an UPDATE
            # that would sell a seat that is not there fails, whoever makes it.
            # start_at/end_at: naive local wall-clock time, 'YYYY-MM-DDTHH:MM'.
            """CREATE TABLE booking_slots (
                id TEXT PRIMARY KEY,
                location_id TEXT NOT NULL,
                service_id TEXT NOT NULL,
                start_at TEXT NOT NULL,
                end_at TEXT NOT NULL,
                capacity INTEGER NOT NULL,
                booked INTEGER NOT NULL DEFAULT 0,
                withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
                CHECK (booked >= 0 AND booked <= capacity)
            )""",
            "CREATE INDEX booking_slots_by_service ON booking_slots(service_id, location_id, start_at)",
            "CREATE INDEX booking_slots_by_start ON booking_slots(start_at)",
            # One row per booking, kept when cancelled. person_key (kiosk.booking.person)
            # enforces "one booking per person, service and day"; day is start_at's date.
            # passport_last4 can hold nothing but four digits: never a passport number.
            """CREATE TABLE bookings (
                reference TEXT PRIMARY KEY,
                slot_id TEXT NOT NULL REFERENCES booking_slots(id),
                location_id TEXT NOT NULL,
                service_id TEXT NOT NULL,
                start_at TEXT NOT NULL,
                end_at TEXT NOT NULL,
                day TEXT NOT NULL,
                name TEXT NOT NULL CHECK (name <> ''),
                person_key TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                passport_last4 TEXT NOT NULL DEFAULT ''
                    CHECK (passport_last4 = '' OR (length(passport_last4) = 4
                                                   AND passport_last4 NOT GLOB '*[^0-9]*')),
                language TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
                created_at TEXT NOT NULL,
                changed_at TEXT NOT NULL,
                kiosk_id TEXT NOT NULL
            )""",
            "CREATE INDEX bookings_by_person ON bookings(service_id, day, person_key) WHERE status = 'booked'",
            "CREATE INDEX bookings_by_slot ON bookings(slot_id)",
            "CREATE INDEX bookings_by_created ON bookings(created_at)",
            """CREATE TRIGGER bookings_take_seat AFTER INSERT ON bookings WHEN NEW.status = 'booked'
            BEGIN
                UPDATE booking_slots SET booked = booked + 1 WHERE id = NEW.slot_id;
            END""",
            # A cancellation gives the seat back; a reschedule moves it. Giving back comes
            # first, so an update that leaves a booking in its (full) slot never trips the CHECK.
            """CREATE TRIGGER bookings_move_seat AFTER UPDATE OF slot_id, status ON bookings
            BEGIN
                UPDATE booking_slots SET booked = booked - 1 WHERE id = OLD.slot_id AND OLD.status = 'booked';
                UPDATE booking_slots SET booked = booked + 1 WHERE id = NEW.slot_id AND NEW.status = 'booked';
            END""",
            """CREATE TRIGGER bookings_free_seat AFTER DELETE ON bookings WHEN OLD.status = 'booked'
            BEGIN
                UPDATE booking_slots SET booked = booked - 1 WHERE id = OLD.slot_id;
            END""",
        ),
    ),
    Migration(
        8,
        "agency branches by agency",
        (
            # Without it every agency an import changes or removes reads the whole
            # branches table (the DELETE, and the ON DELETE CASCADE): quadratic.
            "CREATE INDEX agency_branches_by_agency ON agency_branches(agency_id)",
        ),
    ),
    Migration(
        9,
        "outbox lifecycle",
        (
            # What the centre confirmed: the id and its answer, never the body, so a
            # report's contact or a booking's name leaves the outbox with delivery.
            """CREATE TABLE outbox_delivered (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                delivered_at TEXT NOT NULL,
                answer TEXT NOT NULL
            )""",
            "CREATE INDEX outbox_due ON outbox(parked, next_attempt_at)",
        ),
    ),
    Migration(
        10,
        "service lead times",
        ("ALTER TABLE booking_services ADD COLUMN lead_minutes INTEGER NOT NULL DEFAULT 0",),
    ),
    Migration(
        11,
        "bookings the centre confirms, and offline allowances",
        (
            # The name may now be empty: once the centre confirms a booking the kiosk keeps only
            # what a reprint and an offline check-in need (kiosk.booking.privacy). SQLite cannot
            # drop a CHECK, so the table is made again with the same rows, indexes and triggers.
            """CREATE TABLE bookings_new (
                reference TEXT PRIMARY KEY,
                slot_id TEXT NOT NULL REFERENCES booking_slots(id),
                location_id TEXT NOT NULL,
                service_id TEXT NOT NULL,
                start_at TEXT NOT NULL,
                end_at TEXT NOT NULL,
                day TEXT NOT NULL,
                name TEXT NOT NULL,
                person_key TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                passport_last4 TEXT NOT NULL DEFAULT ''
                    CHECK (passport_last4 = '' OR (length(passport_last4) = 4
                                                   AND passport_last4 NOT GLOB '*[^0-9]*')),
                language TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
                created_at TEXT NOT NULL,
                changed_at TEXT NOT NULL,
                kiosk_id TEXT NOT NULL,
                -- The allowance grant an offline sale came from; NULL for a live or local booking.
                grant_id TEXT,
                -- When the centre confirmed it; from then on the details below stand in for the name.
                confirmed_at TEXT,
                receipt_name_hash TEXT NOT NULL DEFAULT '',
                word_hashes TEXT NOT NULL DEFAULT '',
                last4_hash TEXT NOT NULL DEFAULT '',
                CHECK (name <> '' OR confirmed_at IS NOT NULL)
            )""",
            """INSERT INTO bookings_new(reference, slot_id, location_id, service_id, start_at, end_at, day, name,
                   person_key, phone, passport_last4, language, status, created_at, changed_at, kiosk_id)
               SELECT reference, slot_id, location_id, service_id, start_at, end_at, day, name, person_key, phone,
                   passport_last4, language, status, created_at, changed_at, kiosk_id FROM bookings""",
            "DROP TABLE bookings",
            "ALTER TABLE bookings_new RENAME TO bookings",
            "CREATE INDEX bookings_by_person ON bookings(service_id, day, person_key) WHERE status = 'booked'",
            "CREATE INDEX bookings_by_slot ON bookings(slot_id)",
            "CREATE INDEX bookings_by_created ON bookings(created_at)",
            """CREATE TRIGGER bookings_take_seat AFTER INSERT ON bookings WHEN NEW.status = 'booked'
            BEGIN
                UPDATE booking_slots SET booked = booked + 1 WHERE id = NEW.slot_id;
            END""",
            """CREATE TRIGGER bookings_move_seat AFTER UPDATE OF slot_id, status ON bookings
            BEGIN
                UPDATE booking_slots SET booked = booked - 1 WHERE id = OLD.slot_id AND OLD.status = 'booked';
                UPDATE booking_slots SET booked = booked + 1 WHERE id = NEW.slot_id AND NEW.status = 'booked';
            END""",
            """CREATE TRIGGER bookings_free_seat AFTER DELETE ON bookings WHEN OLD.status = 'booked'
            BEGIN
                UPDATE booking_slots SET booked = booked - 1 WHERE id = OLD.slot_id;
            END""",
            # Seats the centre let this kiosk sell on its own (kiosk.booking.allowance). The lease
            # runs on the machine's boot clock from when the grant arrived: boot_id says which boot,
            # since that clock starts again at every boot.
            """CREATE TABLE booking_allowances (
                grant_id TEXT PRIMARY KEY,
                slot_id TEXT NOT NULL,
                seats INTEGER NOT NULL CHECK (seats >= 0),
                sold INTEGER NOT NULL DEFAULT 0,
                lease_s INTEGER NOT NULL,
                boot_id TEXT NOT NULL,
                received_clock REAL NOT NULL,
                received_at TEXT NOT NULL,
                settling INTEGER NOT NULL DEFAULT 0 CHECK (settling IN (0, 1)),
                CHECK (sold >= 0 AND sold <= seats)
            )""",
            "CREATE INDEX booking_allowances_by_slot ON booking_allowances(slot_id)",
            # Which bookings each grant's seats went to: what the kiosk lists when it settles.
            """CREATE TABLE allowance_sales (
                grant_id TEXT NOT NULL REFERENCES booking_allowances(grant_id) ON DELETE CASCADE,
                reference TEXT NOT NULL,
                PRIMARY KEY (grant_id, reference)
            )""",
        ),
    ),
    Migration(
        12,
        "staff accounts, day lists, visits and the staff audit log",
        (
            # Staff mode (kiosk.staff). The accounts the centre provisioned, replaced whole by each
            # fetch: hashes only, never a PIN or a badge code.
            """CREATE TABLE staff_accounts (
                staff_id TEXT PRIMARY KEY,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),
                places_json TEXT NOT NULL,
                pin_hash TEXT,
                badge_hash TEXT,
                revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
                as_of TEXT NOT NULL
            )""",
            # Wrong tries per account, kept here so a restart does not reset a lock.
            """CREATE TABLE staff_lockouts (
                staff_id TEXT PRIMARY KEY,
                wrong INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT
            )""",
            # The centre's list of one place's day, plus walk-ins booked on this device.
            """CREATE TABLE staff_day_bookings (
                location_id TEXT NOT NULL,
                day TEXT NOT NULL,
                reference TEXT NOT NULL,
                slot_id TEXT NOT NULL,
                service_id TEXT NOT NULL,
                start TEXT NOT NULL,
                "end" TEXT NOT NULL,
                name TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                language TEXT NOT NULL,
                kiosk_id TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
                visit_state TEXT,
                visit_at TEXT,
                visit_staff TEXT,
                visit_device TEXT,
                fetched_at TEXT NOT NULL,
                PRIMARY KEY (location_id, day, reference)
            )""",
            # Places and days staff chose on this device, fetched beside today's and tomorrow's.
            """CREATE TABLE staff_wanted_days (
                location_id TEXT NOT NULL,
                day TEXT NOT NULL,
                PRIMARY KEY (location_id, day)
            )""",
            # What this device's own actions made of each booking's visit.
            """CREATE TABLE staff_visits (
                reference TEXT PRIMARY KEY,
                location_id TEXT NOT NULL,
                day TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('booked', 'checked_in', 'served', 'no_show')),
                at TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                device TEXT NOT NULL,
                seq INTEGER NOT NULL
            )""",
            # Append-only and hash-chained (kiosk.staff.audit): the triggers stop an edit through
            # SQL; an edit of the file itself is found by verify_chain.
            """CREATE TABLE staff_audit (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                role TEXT NOT NULL,
                action TEXT NOT NULL,
                reference TEXT NOT NULL DEFAULT '',
                location_id TEXT NOT NULL,
                day TEXT NOT NULL,
                detail_json TEXT NOT NULL,
                prev TEXT NOT NULL,
                hash TEXT NOT NULL
            )""",
            "CREATE INDEX staff_audit_by_day ON staff_audit(location_id, day)",
            """CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit
            BEGIN
                SELECT RAISE(ABORT, 'staff_audit is append-only');
            END""",
            """CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
            BEGIN
                SELECT RAISE(ABORT, 'staff_audit is append-only');
            END""",
        ),
    ),
    Migration(
        13,
        "article search vocabulary for typos",
        (
            # Every word of the article search, per language, under the key typos are
            # compared by (kiosk.content.search): how it is shown, and in how many articles.
            """CREATE TABLE article_search_words (
                scope TEXT NOT NULL,
                term TEXT NOT NULL,
                display TEXT NOT NULL,
                articles INTEGER NOT NULL CHECK (articles > 0),
                PRIMARY KEY (scope, term)
            ) WITHOUT ROWID""",
            # Their trigrams, for kiosk.text.similar.similar_terms (scope: the language).
            """CREATE TABLE article_search_grams (
                scope TEXT NOT NULL,
                gram TEXT NOT NULL,
                length INTEGER NOT NULL,
                term TEXT NOT NULL,
                PRIMARY KEY (scope, gram, length, term)
            ) WITHOUT ROWID""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version

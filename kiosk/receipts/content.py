"""What a receipt says: :class:`ReceiptContent`, and the fictional sample booking.

The booking flow fills a ReceiptContent from the booking it has just committed
(names, address and documents in the person's language) and the token it signed.
``sample_content`` makes one for a demo booking that exists nowhere, for
``kiosk receipt sample`` and the staff menu's test print; it is marked fictional
on paper and needs nothing from the booking package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from kiosk import languages
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.labels import label
from kiosk.receipts.token import issue_token, unverified_claims
from kiosk.reference import check_character, display, parse_reference
from kiosk.text.uzbek import latin_to_cyrillic


@dataclass(frozen=True)
class ReceiptContent:
    """One receipt, every text already in ``language``. ``start`` and ``end`` are naive local times."""

    language: str
    reference: str  # as printed: "7KQ4-XP9M"
    service_name: str
    location_name: str
    address: str
    start: datetime
    end: datetime
    documents: tuple[str, ...]
    how_to_cancel: str
    token: str  # what the QR code carries (kiosk.receipts.token)
    fictional: bool

    def __post_init__(self) -> None:
        languages.get(self.language)
        # Printed dashed whatever was passed, and a code with a typo never reaches paper.
        object.__setattr__(self, "reference", display(parse_reference(self.reference)))
        object.__setattr__(self, "documents", tuple(self.documents))
        if self.end <= self.start:
            raise ValueError("an appointment ends after it starts")
        # The QR code must say what the paper says: a mismatch is a bug, never something to print.
        claims = unverified_claims(self.token)
        if claims.reference_display != self.reference:
            raise ValueError(f"the token is for booking {claims.reference_display}, not {self.reference}")
        if claims.start != self.start.replace(second=0, microsecond=0):
            raise ValueError(f"the token is for a slot at {claims.start}, not {self.start}")


# -- the sample ------------------------------------------------------------------------

SAMPLE_REFERENCE = "SAMPLE2" + check_character("SAMPLE2")  # printed SAMP-LE2?: recognisably not a real one
SAMPLE_SERVICE_ID = "sample-visa-submission"
SAMPLE_LOCATION_ID = "sample-visa-centre"
SAMPLE_NAME = "Sample Person"
SAMPLE_LENGTH = timedelta(minutes=20)

# Authored in Uzbek Latin, Russian, Kyrgyz, Tajik and English; Uzbek Cyrillic is generated.
_SAMPLE: dict[str, dict[str, str | tuple[str, ...]]] = {
    "uz-Latn": {
        "service": "Viza hujjatlarini topshirish",
        "location": "Namuna viza markazi (toʻqima)",
        "address": "Namuna koʻchasi 1, Namunaobod shahri (toʻqima manzil)",
        "documents": (
            "Pasport (asli)",
            "Pasportning fotonusxasi",
            "Ikkita rangli surat, 3×4 sm",
            "Toʻldirilgan viza arizasi",
            "Shu talon",
        ),
    },
    "ru": {
        "service": "Подача документов на визу",
        "location": "Визовый центр «Образец» (вымышленный)",
        "address": "ул. Примерная, 1, г. Примерск (вымышленный адрес)",
        "documents": (
            "Паспорт (оригинал)",
            "Копия паспорта",
            "Две цветные фотографии 3×4 см",
            "Заполненная визовая анкета",
            "Этот талон",
        ),
    },
    "ky": {
        "service": "Визага документтерди тапшыруу",
        "location": "Үлгү виза борбору (ойдон чыгарылган)",
        "address": "Үлгү көчөсү 1, Үлгү шаары (ойдон чыгарылган дарек)",
        "documents": (
            "Паспорт (түп нускасы)",
            "Паспорттун көчүрмөсү",
            "Эки түстүү сүрөт, 3×4 см",
            "Толтурулган виза анкетасы",
            "Ушул талон",
        ),
    },
    "tg": {
        "service": "Супоридани ҳуҷҷатҳо барои раводид",
        "location": "Маркази раводиди намунавӣ (тахайюлӣ)",
        "address": "кӯчаи Намуна 1, шаҳри Намунаобод (суроғаи тахайюлӣ)",
        "documents": (
            "Шиноснома (асл)",
            "Нусхаи шиноснома",
            "Ду акси ранга, 3×4 см",
            "Анкетаи пуркардашудаи раводид",
            "Ҳамин талон",
        ),
    },
    "en": {
        "service": "Visa document submission",
        "location": "Sample Visa Centre (fictional)",
        "address": "1 Sample Street, Sampletown (fictional address)",
        "documents": (
            "Passport (the original)",
            "A copy of your passport",
            "Two colour photos, 3×4 cm",
            "The completed visa application form",
            "This receipt",
        ),
    },
}


def _sample_text(language: str, key: str) -> str | tuple[str, ...]:
    if language != "uz-Cyrl":
        return _SAMPLE[language][key]
    value = _SAMPLE["uz-Latn"][key]
    return latin_to_cyrillic(value) if isinstance(value, str) else tuple(latin_to_cyrillic(v) for v in value)


def sample_content(language: str, key: DeviceKey | None = None, *, day: date | None = None,
                   issued_at: datetime | None = None) -> ReceiptContent:
    """A receipt for a fictional booking at 10:00 on ``day`` (default: the first weekday a week or more ahead).

    Its token is signed by ``key`` (this kiosk's device key, so `kiosk receipt
    verify` accepts it on this kiosk) or, without one, by a throwaway key.
    """
    languages.get(language)
    if day is None:
        day = date.today() + timedelta(days=7)
        if day.weekday() >= 5:  # Saturday or Sunday: the Monday after, as an office would be open
            day += timedelta(days=7 - day.weekday())
    start = datetime.combine(day, time(10, 0))
    service, location, address, documents = (_sample_text(language, k)
                                              for k in ("service", "location", "address", "documents"))
    assert isinstance(service, str) and isinstance(location, str) and isinstance(address, str)
    assert isinstance(documents, tuple)
    token = issue_token(key or DeviceKey.generate(), reference=SAMPLE_REFERENCE, service_id=SAMPLE_SERVICE_ID,
                        location_id=SAMPLE_LOCATION_ID, start=start, name=SAMPLE_NAME,
                        issued_at=issued_at or datetime.now(UTC))
    return ReceiptContent(
        language=language,
        reference=display(SAMPLE_REFERENCE),
        service_name=service,
        location_name=location,
        address=address,
        start=start,
        end=start + SAMPLE_LENGTH,
        documents=documents,
        how_to_cancel=label(language, "how_to_cancel"),
        token=token,
        fictional=True,
    )

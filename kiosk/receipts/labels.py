"""Everything printed on a receipt that is not the booking itself, in the six languages.

Labels are authored in Uzbek Latin, Russian, Kyrgyz, Tajik and English; Uzbek
Cyrillic is generated from Uzbek Latin (kiosk.text.uzbek), as everywhere else.
The wording follows the kiosk's screens ("talon" for a receipt, as the staff
menu says; "Book an appointment" as on the home tile).

Dates and times are written as on every screen (:mod:`kiosk.text.dates`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from kiosk import languages
from kiosk.text import dates
from kiosk.text.uzbek import latin_to_cyrillic

# Keys: what each text is for.
#   title        the receipt's heading
#   reference    the label above the big reference code
#   service, date, time, place, address    labels of the booking's details
#   documents    heading of the documents checklist
#   cancel       heading of the how-to-cancel text
#   how_to_cancel  the standard how-to-cancel text (ReceiptContent may carry another)
#   show_code    under the QR code
#   fictional    the banner on a sample or demo booking
#   kiosk        the small "kiosk <id>" line under the code
#   booked       the first sentence read aloud
#   time_span    a time range read aloud: {start} and {end}
_AUTHORED: dict[str, dict[str, str]] = {
    "uz-Latn": {
        "title": "Qabulga yozilish taloni",
        "reference": "Yozilish raqami",
        "service": "Xizmat",
        "date": "Sana",
        "time": "Vaqt",
        "place": "Joy",
        "address": "Manzil",
        "documents": "Oʻzingiz bilan olib keling",
        "cancel": "Bekor qilish yoki oʻzgartirish",
        "how_to_cancel": "Kioskda «Qabulga yozilish» boʻlimida shu raqamni va ismingizni yoki pasportingizning "
                         "oxirgi 4 raqamini kiriting.",
        "show_code": "Kelganingizda bu kodni xodimga koʻrsating.",
        "fictional": "NAMUNA: toʻqima yozilish, haqiqiy qabul emas",
        "kiosk": "Kiosk",
        "booked": "Siz qabulga yozildingiz.",
        "time_span": "{start} dan {end} gacha",
    },
    "ru": {
        "title": "Талон записи на приём",
        "reference": "Номер записи",
        "service": "Услуга",
        "date": "Дата",
        "time": "Время",
        "place": "Место",
        "address": "Адрес",
        "documents": "Возьмите с собой",
        "cancel": "Как отменить или перенести",
        "how_to_cancel": "На киоске в разделе «Записаться на приём» введите этот номер и своё имя или последние "
                         "4 цифры паспорта.",
        "show_code": "Когда придёте, покажите этот код сотруднику.",
        "fictional": "ОБРАЗЕЦ: вымышленная запись, не настоящий приём",
        "kiosk": "Киоск",
        "booked": "Вы записаны на приём.",
        "time_span": "с {start} до {end}",
    },
    "ky": {
        "title": "Кабыл алууга жазылуу талону",
        "reference": "Жазылуу номери",
        "service": "Кызмат",
        "date": "Күнү",
        "time": "Убактысы",
        "place": "Жери",
        "address": "Дареги",
        "documents": "Өзүңүз менен алып келиңиз",
        "cancel": "Жокко чыгаруу же өзгөртүү",
        "how_to_cancel": "Киоскто «Кабыл алууга жазылуу» бөлүмүндө ушул номерди жана атыңызды же паспортуңуздун "
                         "акыркы 4 санын жазыңыз.",
        "show_code": "Келгениңизде бул кодду кызматкерге көрсөтүңүз.",
        "fictional": "ҮЛГҮ: ойдон чыгарылган жазылуу, чыныгы кабыл алуу эмес",
        "kiosk": "Киоск",
        "booked": "Сиз кабыл алууга жазылдыңыз.",
        # The case endings of "from ... to ..." follow how the number is read; a dash does not.
        "time_span": "{start} – {end}",
    },
    "tg": {
        "title": "Талони навбат ба қабул",
        "reference": "Рақами навбат",
        "service": "Хизмат",
        "date": "Сана",
        "time": "Вақт",
        "place": "Ҷой",
        "address": "Суроға",
        "documents": "Бо худ биёред",
        "cancel": "Бекор кардан ё тағйир додан",
        "how_to_cancel": "Дар киоск, дар бахши «Ба қабул навбат гиред», ин рақам ва номи худ ё 4 рақами охири "
                         "шиносномаи худро ворид кунед.",
        "show_code": "Вақте ки меоед, ин кодро ба корманд нишон диҳед.",
        "fictional": "НАМУНА: навбати тахайюлӣ, қабули воқеӣ нест",
        "kiosk": "Киоск",
        "booked": "Шумо ба қабул навбат гирифтед.",
        "time_span": "аз {start} то {end}",
    },
    "en": {
        "title": "Appointment receipt",
        "reference": "Reference",
        "service": "Service",
        "date": "Date",
        "time": "Time",
        "place": "Place",
        "address": "Address",
        "documents": "Bring these documents",
        "cancel": "To cancel or change",
        "how_to_cancel": "At the kiosk, under “Book an appointment”, type this reference and your name or the "
                         "last 4 digits of your passport.",
        "show_code": "Show this code to staff when you arrive.",
        "fictional": "SAMPLE: a fictional booking, not a real appointment",
        "kiosk": "Kiosk",
        "booked": "Your appointment is booked.",
        "time_span": "from {start} to {end}",
    },
}
_PLACEHOLDER = re.compile(r"(\{\w+\})")
KEYS = frozenset(_AUTHORED["en"])
assert all(set(texts) == KEYS for texts in _AUTHORED.values()), "every language needs every label"
assert set(_AUTHORED) | {"uz-Cyrl"} == set(languages.TAGS), "labels are authored for every language but uz-Cyrl"


@cache
def labels(language: str) -> dict[str, str]:
    """Every label in ``language`` (a copy is not made: do not change it)."""
    languages.get(language)  # UnknownLanguage for anything else
    if language == "uz-Cyrl":
        return {key: _to_cyrillic(text) for key, text in _AUTHORED["uz-Latn"].items()}
    return _AUTHORED[language]


def _to_cyrillic(text: str) -> str:
    """Uzbek Latin to Cyrillic, leaving ``{placeholders}`` as they are."""
    return "".join(part if _PLACEHOLDER.fullmatch(part) else latin_to_cyrillic(part)
                   for part in _PLACEHOLDER.split(text))


def label(language: str, key: str) -> str:
    return labels(language)[key]


def format_date(day: date, language: str) -> str:
    """The long date in ``language``, as on every screen: ``Пятница, 15 января 2027 года``."""
    return dates.long_date(day, language)


def format_time(moment: datetime) -> str:
    return dates.time_text(moment)


def format_time_range(start: datetime, end: datetime) -> str:
    """``09:30–09:50``, as printed (an en dash, no spaces, in every language)."""
    return f"{format_time(start)}–{format_time(end)}"


def spoken_time_range(start: datetime, end: datetime, language: str) -> str:
    return label(language, "time_span").format(start=format_time(start), end=format_time(end))


def all_label_text() -> str:
    """Every word any receipt prints or reads out besides the booking's own (for glyph and letter checks)."""
    parts: list[str] = []
    for tag in languages.TAGS:
        parts.extend(labels(tag).values())
    parts.append(dates.all_words())
    return "\n".join(parts)

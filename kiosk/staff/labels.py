"""What the day's summary prints and exports, in the six languages.

Authored in Uzbek Latin, Russian, Kyrgyz, Tajik and English; Uzbek Cyrillic is
made from Uzbek Latin (kiosk.text.uzbek), as for the receipt's labels. The words
follow the glossary (ui/i18n/glossary.toml: "staff", "booking", "reference"),
which ``python -m ui.i18n.build --check`` holds this table to.
"""

from __future__ import annotations

from functools import cache

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic

# Keys: what each text is for.
#   title       the summary's heading
#   place, date, service        labels, as on the receipt
#   booked .. walk_ins          the counts' column headings
#   total       the row of all services together
#   staff       who made the summary
#   kiosk       the device it was made on
#   made_at     when it was made
#   audit       how many audit entries the day has
#   chain_ok, chain_broken      whether the audit chain is intact
_AUTHORED: dict[str, dict[str, str]] = {
    "uz-Latn": {
        "title": "Kun yakuni",
        "place": "Joy",
        "date": "Sana",
        "service": "Xizmat",
        "booked": "Yozilganlar",
        "checked_in": "Keldi",
        "served": "Xizmat koʻrsatildi",
        "no_show": "Kelmadi",
        "cancelled": "Bekor qilindi",
        "walk_ins": "Joyida yozilganlar",
        "total": "Jami",
        "staff": "Xodim",
        "kiosk": "Kiosk",
        "made_at": "Tuzilgan vaqt",
        "audit": "Jurnal yozuvlari",
        "chain_ok": "Jurnal butun",
        "chain_broken": "Jurnal buzilgan",
    },
    "ru": {
        "title": "Итоги дня",
        "place": "Место",
        "date": "Дата",
        "service": "Услуга",
        "booked": "Записано",
        "checked_in": "Пришли",
        "served": "Обслужены",
        "no_show": "Не пришли",
        "cancelled": "Отменены",
        "walk_ins": "Записаны на месте",
        "total": "Всего",
        "staff": "Сотрудник",
        "kiosk": "Киоск",
        "made_at": "Составлено",
        "audit": "Записи журнала",
        "chain_ok": "Журнал цел",
        "chain_broken": "Журнал нарушен",
    },
    "ky": {
        "title": "Күндүн жыйынтыгы",
        "place": "Жери",
        "date": "Күнү",
        "service": "Кызмат",
        "booked": "Жазылгандар",
        "checked_in": "Келишти",
        "served": "Кызмат көрсөтүлдү",
        "no_show": "Келишкен жок",
        "cancelled": "Жокко чыгарылды",
        "walk_ins": "Ордунда жазылгандар",
        "total": "Баары",
        "staff": "Кызматкер",
        "kiosk": "Киоск",
        "made_at": "Түзүлгөн убакыт",
        "audit": "Журналдагы жазуулар",
        "chain_ok": "Журнал бүтүн",
        "chain_broken": "Журнал бузулган",
    },
    "tg": {
        "title": "Ҷамъбасти рӯз",
        "place": "Ҷой",
        "date": "Сана",
        "service": "Хизмат",
        "booked": "Навбат гирифтаанд",
        "checked_in": "Омаданд",
        "served": "Хизмат расонида шуд",
        "no_show": "Наомаданд",
        "cancelled": "Бекор карда шуд",
        "walk_ins": "Навбат дар ҷой",
        "total": "Ҳамагӣ",
        "staff": "Корманд",
        "kiosk": "Киоск",
        "made_at": "Вақти тартиб додан",
        "audit": "Сабтҳои журнал",
        "chain_ok": "Журнал бутун аст",
        "chain_broken": "Журнал вайрон шудааст",
    },
    "en": {
        "title": "Day summary",
        "place": "Place",
        "date": "Date",
        "service": "Service",
        "booked": "Booked",
        "checked_in": "Checked in",
        "served": "Served",
        "no_show": "No-shows",
        "cancelled": "Cancelled",
        "walk_ins": "Walk-ins",
        "total": "Total",
        "staff": "Staff",
        "kiosk": "Kiosk",
        "made_at": "Made at",
        "audit": "Audit entries",
        "chain_ok": "Audit log intact",
        "chain_broken": "Audit log BROKEN",
    },
}
KEYS = frozenset(_AUTHORED["en"])
assert all(set(texts) == KEYS for texts in _AUTHORED.values()), "every language needs every label"
assert set(_AUTHORED) | {"uz-Cyrl"} == set(languages.TAGS), "labels are authored for every language but uz-Cyrl"


@cache
def labels(language: str) -> dict[str, str]:
    """Every summary label in ``language`` (shared: do not change it)."""
    languages.get(language)  # UnknownLanguage for anything else
    if language == "uz-Cyrl":
        return {key: latin_to_cyrillic(text) for key, text in _AUTHORED["uz-Latn"].items()}
    return _AUTHORED[language]


def all_label_text() -> str:
    """Every word the summary prints in any language (for the font coverage check)."""
    return "\n".join(text for tag in languages.TAGS for text in labels(tag).values())

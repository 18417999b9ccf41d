"""Why a licence's status changed, said in the traveller's language.

A registry is kept in one language, and a traveller reads another. So the
``reason`` column of a registry holds one of a few standard reason codes, which
the kiosk says in each of its languages, optionally followed by the registry's
own words after a colon; anything else is the registry's own words alone, shown
as written (like a name or an address):

=========================  =============================================
``inspection-pending``     suspended while an inspection is carried out
``fees-from-job-seekers``  took fees from the people it recruited
``not-renewed``            the licence was not renewed
``application-incomplete`` the application lacked documents
``false-information``      the agency gave false information
``licence-terms-broken``   the agency broke the terms of its licence
``own-request``            at the agency's own request
``court-decision``         by a court decision
=========================  =============================================

``not-renewed: late application`` shows as "not renewed: late application".
On import (:func:`normalise`) a reason written as a code, or as any of its
wordings here in any language, is stored as the code, so a registry in Russian
that writes "не продлена" is read the same in Kyrgyz.
"""

from __future__ import annotations

from functools import cache, lru_cache

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic

_AUTHORED: dict[str, dict[str, str]] = {
    "inspection-pending": {
        "uz-Latn": "tekshiruv oʻtkazilmoqda",
        "ru": "идёт проверка",
        "ky": "текшерүү жүрүп жатат",
        "tg": "санҷиш идома дорад",
        "en": "inspection in progress",
    },
    "fees-from-job-seekers": {
        "uz-Latn": "ish izlovchilardan pul olgan",
        "ru": "брало плату с соискателей",
        "ky": "жумуш издөөчүлөрдөн акы алган",
        "tg": "аз ҷӯяндагони кор пул гирифтааст",
        "en": "charged fees to job seekers",
    },
    "not-renewed": {
        "uz-Latn": "litsenziya uzaytirilmagan",
        "ru": "лицензия не продлена",
        "ky": "лицензия узартылган эмес",
        "tg": "иҷозатнома тамдид нашудааст",
        "en": "licence not renewed",
    },
    "application-incomplete": {
        "uz-Latn": "ariza hujjatlari toʻliq emas",
        "ru": "неполный пакет документов",
        "ky": "арыздын документтери толук эмес",
        "tg": "ҳуҷҷатҳои ариза пурра нестанд",
        "en": "application incomplete",
    },
    "false-information": {
        "uz-Latn": "notoʻgʻri maʼlumot berilgan",
        "ru": "представлены ложные сведения",
        "ky": "жалган маалымат берилген",
        "tg": "маълумоти нодуруст пешниҳод шудааст",
        "en": "false information given",
    },
    "licence-terms-broken": {
        "uz-Latn": "litsenziya shartlari buzilgan",
        "ru": "нарушены условия лицензии",
        "ky": "лицензиянын шарттары бузулган",
        "tg": "шартҳои иҷозатнома вайрон шудаанд",
        "en": "licence terms broken",
    },
    "own-request": {
        "uz-Latn": "agentlikning oʻz arizasiga koʻra",
        "ru": "по заявлению самого агентства",
        "ky": "агенттиктин өз арызы боюнча",
        "tg": "бо аризаи худи агентӣ",
        "en": "at the agency's own request",
    },
    "court-decision": {
        "uz-Latn": "sud qaroriga koʻra",
        "ru": "по решению суда",
        "ky": "соттун чечими боюнча",
        "tg": "бо қарори суд",
        "en": "by a court decision",
    },
}
CODES: tuple[str, ...] = tuple(_AUTHORED)
assert all(set(texts) | {"uz-Cyrl"} == set(languages.TAGS) for texts in _AUTHORED.values())


def _key(written: str) -> str:
    return " ".join(written.replace("ё", "е").casefold().split())


@cache
def _wordings() -> dict[str, str]:
    """Every way of writing each code (the code itself, each language's words) -> the code."""
    table: dict[str, str] = {}
    for code in CODES:
        table[_key(code)] = code
        for tag in languages.TAGS:
            table[_key(text(code, tag))] = code
    return table


@lru_cache(maxsize=1024)  # a registry repeats a few reasons over thousands of rows
def normalise(reason: str) -> str:
    """A registry's reason as the kiosk stores it: a code (and the registry's words) where one fits."""
    reason = " ".join(reason.split())
    if not reason:
        return ""
    code = _wordings().get(_key(reason))
    if code is not None:
        return code
    head, colon, rest = reason.partition(":")
    code = _wordings().get(_key(head)) if colon else None
    if code is not None and rest.strip():
        return f"{code}: {rest.strip()}"
    return reason


def text(reason: str, language: str) -> str:
    """A stored reason in ``language``: a code's words, then the registry's own words if any."""
    languages.get(language)
    head, colon, rest = reason.partition(":")
    code = head.strip()
    if code not in _AUTHORED:
        return reason
    words = _AUTHORED[code]
    said = latin_to_cyrillic(words["uz-Latn"]) if language == "uz-Cyrl" else words[language]
    return f"{said}: {rest.strip()}" if colon and rest.strip() else said

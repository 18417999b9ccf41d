"""Uzbek Latin <-> Cyrillic transliteration.

The rules are those of the Latin alphabet law ("Lotin yozuviga asoslangan oʻzbek
alifbosini joriy etish toʻgʻrisida", 2 September 1993, as amended 6 May 1995) and of
"Oʻzbek tilining asosiy imlo qoidalari", the spelling rules approved by Cabinet of
Ministers resolution No. 339 of 24 August 1995, including its appendix on how
Cyrillic letters are written in Latin:

- sh, ch, oʻ, gʻ are single letters (ш ч ў ғ); ng is two letters, н + г.
- Cyrillic е is "ye" at the start of a word, after a vowel and after ъ/ь, "e"
  elsewhere; э is "e". Latin "e" at the start of a word or after a vowel is э.
- ё ю я are "yo yu ya"; ъ is the tutuq belgisi ʼ in Arabic loans (маъно - maʼno)
  and is dropped before е ё ю я after a consonant in Russian loans (объект -
  obyekt); ь is dropped, or written "y" before о and и (павильон - pavilyon).
- ц is "s" at the start or end of a word and after a consonant, "ts" after a
  vowel inside a word (цирк - sirk, концерт - konsert, лицей - litsey).
- с + ҳ is written sʼh so that it is not read as sh (Исҳоқ - Isʼhoq).
- щ is "sh" and ы is "i" (община - obshina, вымпел - vimpel).
- Capitals: a digraph is "Sh" before a lowercase letter and "SH" in a word
  written in capitals (Шаҳар - Shahar, ШАҲАР - SHAHAR).

Our text writes oʻ gʻ with U+02BB (ʻ) and the tutuq belgisi with U+02BC (ʼ); both
functions accept the apostrophes people actually type (see
:func:`unify_apostrophes`).

Known limits. The Latin alphabet has less information than the Cyrillic one, so
a round trip is not always exact:

- ь cannot be recovered from Latin (aprel - апрель); a small table of loanwords
  restores it, and a word not in the table comes back without it.
- Latin "s" may have been ц (sement - цемент) and Latin "ts" may be т + с in a
  native word (oʻtsa - ўтса). Latin -> Cyrillic writes ц only for the loanwords in
  the table and for the systematic -tsiya / -ksiya loans (migratsiya - миграция,
  aksiya - акция); everything else is с and тс.
- Latin "ye" after a consonant needs a ъ or ь in Cyrillic; we write ъ after b d z
  s (the Russian prefixes об- под- раз- с- суб-: obyekt - объект) and ь after any
  other consonant (kuryer - курьер).
- Russian loans in which ё ю я only soften a consonant are spelt word by word in
  the spelling dictionary (бюджет - budjet but бюро - byuro). We write yo yu ya
  unless the word is in the table, and a few Latin spellings with "yo" come from
  йо, not ё (mayor - майор), and are in the table too.
- In Cyrillic, мўъжиза is moʻjiza in Latin: ъ after ў is not written, and Latin ->
  Cyrillic does not put it back.
- A Latin word that contains a letter Uzbek does not use (c outside ch, w, any
  accented letter) is taken to be foreign and left alone; so is a Cyrillic word
  with a letter that is neither Uzbek nor Russian (Kyrgyz ө, Tajik ҷ); words
  joined by hyphens are judged together (Wi-Fi). An English word spelt only with
  Uzbek letters cannot be told apart and is transliterated.
- ц after a Russian prefix is "s" by the rules (антициклон - antisiklon); we
  cannot see prefixes and write "ts" after the vowel.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["cyrillic_to_latin", "latin_to_cyrillic", "unify_apostrophes"]

# Our text uses U+02BB (MODIFIER LETTER TURNED COMMA) for the mark in oʻ and gʻ,
# as the 1995 alphabet shows it, and U+02BC (MODIFIER LETTER APOSTROPHE) for the
# tutuq belgisi (maʼno, sanʼat). Both are letters to Unicode, so words keep
# together in search and line breaking, unlike the quotation marks people type.
OKINA = "\u02bb"
TUTUQ = "\u02bc"
APOSTROPHES = frozenset("\u02bb\u2018\u2019'`\u02bc\u00b4")

# Every letter an Uzbek Latin word can contain; "c" only as part of "ch".
_UZBEK_LATIN = frozenset("abcdefghijklmnopqrstuvxyz")
_LATIN_SINGLE = {
    "a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р",
    "s": "с", "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з",
}  # fmt: skip
_LATIN_VOWELS = frozenset("aeiou")
_Y_VOWELS = {"a": "я", "e": "е", "o": "ё", "u": "ю"}

_CYRILLIC_SINGLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ч": "ch", "ш": "sh",
    "э": "e", "ё": "yo", "ю": "yu", "я": "ya", "ў": "o" + OKINA, "қ": "q",
    "ғ": "g" + OKINA, "ҳ": "h",
    # Not Uzbek letters, but Russian loans in Uzbek Cyrillic text carry them; the
    # appendix to the 1995 rules writes them sh and i.
    "щ": "sh", "ы": "i",
}  # fmt: skip
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяў")
_CYRILLIC_IOTATED = frozenset("еёюя")
_CYRILLIC_SIGNS = frozenset("ъь")
_UZBEK_CYRILLIC = frozenset(_CYRILLIC_SINGLE) | {"е", "ц", "ъ", "ь"}

# Loanwords whose Cyrillic spelling the Latin rules cannot recover: a lost ь, a ц
# written "s" or "ts", and "yo" that is йо. Keys are Latin stems; a stem matches
# alone or followed by ordinary suffixes (litseyda - лицейда). A final ь is
# dropped before a suffix, as Uzbek Cyrillic writes it (1 апрелдан, 28 октябрдаги).
_LATIN_LOANWORDS = {
    # ь
    "yanvar": "январь", "fevral": "февраль", "aprel": "апрель", "iyun": "июнь",
    "iyul": "июль", "sentabr": "сентябрь", "oktabr": "октябрь", "noyabr": "ноябрь",
    "dekabr": "декабрь",
    # The rules spell these sentabr and oktabr; people also type them with "ya".
    "sentyabr": "сентябрь", "oktyabr": "октябрь",
    "rubl": "рубль", "avtomobil": "автомобиль", "mebel": "мебель",
    "model": "модель", "medal": "медаль", "film": "фильм", "albom": "альбом",
    "alkogol": "алкоголь", "rol": "роль", "polsha": "польша",
    "kompyuter": "компьютер", "intervyu": "интервью",
    "konsultatsiya": "консультация",
    # ю that is only a soft consonant, written u in Latin
    "budjet": "бюджет",
    # ц
    "litsey": "лицей", "litsenziya": "лицензия", "retsept": "рецепт",
    "protsent": "процент", "ofitsiant": "официант", "spetsialist": "специалист",
    "konsert": "концерт", "sement": "цемент", "sirk": "цирк", "sex": "цех",
    "sentr": "центр", "stansiya": "станция", "kvitansiya": "квитанция",
    "konferensiya": "конференция", "vaksina": "вакцина", "abzas": "абзац",
    "shpris": "шприц",
    # й + о
    "mayor": "майор", "rayon": "район",
}  # fmt: skip

# The same problem the other way: ё ю я that the rules write as a plain vowel.
_CYRILLIC_LOANWORDS = {"сентябр": "sentabr", "октябр": "oktabr", "бюджет": "budjet"}

# Plural, possessive and case endings, in that order; enough to recognise the
# inflected loanwords above without mistaking a native word for one (sirka,
# vinegar, is not sirk + a).
_SUFFIX_PARTS = (
    ("lar",),
    ("imiz", "ingiz", "im", "ing", "i", "si", "miz", "ngiz", "m", "ng"),
    ("ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi", "gacha", "dek", "day",
     "cha", "dir", "mi", "lik", "li", "siz", "chi"),
)  # fmt: skip


def _suffix_pattern(parts: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    groups = ("(?:" + "|".join(sorted(part, key=len, reverse=True)) + ")?" for part in parts)
    return re.compile("".join(groups))


_LATIN_SUFFIX = _suffix_pattern(_SUFFIX_PARTS)


def unify_apostrophes(text: str) -> str:
    """Write every apostrophe variant the way our text does.

    After o or g the mark belongs to the letter oʻ or gʻ and becomes U+02BB (ʻ);
    anywhere else it is the tutuq belgisi and becomes U+02BC (ʼ). The variants
    are ʻ ‘ ’ ' ` ʼ ´.
    """
    out: list[str] = []
    previous = ""
    for char in text:
        if char in APOSTROPHES:
            out.append(OKINA if previous in ("o", "O", "g", "G") else TUTUQ)
        else:
            out.append(char)
        previous = char
    return "".join(out)


def latin_to_cyrillic(text: str) -> str:
    """Transliterate Uzbek Latin to Uzbek Cyrillic, leaving everything else alone."""
    pieces = _split(text, _is_latin_letter, _latin_apostrophe_joins)
    return _convert(pieces, _is_uzbek_latin, _latin_word_to_cyrillic)


def cyrillic_to_latin(text: str) -> str:
    """Transliterate Uzbek Cyrillic to Uzbek Latin, leaving everything else alone."""
    pieces = _split(text, _is_cyrillic_letter, _cyrillic_apostrophe_joins)
    return _convert(pieces, _is_uzbek_cyrillic, _cyrillic_word_to_latin)


def _convert(
    pieces: list[tuple[str, bool]],
    is_uzbek: Callable[[str], bool],
    convert_word: Callable[[str], str],
) -> str:
    """Convert the words among ``pieces``, keeping foreign compounds whole.

    Words joined by hyphens stand or fall together, so Wi-Fi is not half Cyrillic.
    """
    out: list[str] = []
    compound: list[str] = []  # alternating word, "-", word, ...

    def flush() -> None:
        words = compound[::2]
        if all(is_uzbek(word) for word in words):
            out.append("-".join(convert_word(word) for word in words))
        else:
            out.append("".join(compound))
        compound.clear()

    for index, (piece, is_word) in enumerate(pieces):
        if is_word:
            compound.append(piece)
            continue
        joins = piece == "-" and bool(compound) and index + 1 < len(pieces) and pieces[index + 1][1]
        if joins:
            compound.append(piece)
            continue
        if compound:
            flush()
        out.append(piece)
    if compound:
        flush()
    return "".join(out)


# -- splitting text into words ---------------------------------------------------


@lru_cache(maxsize=4096)
def _is_latin_letter(char: str) -> bool:
    return char not in APOSTROPHES and char.isalpha() and "LATIN" in unicodedata.name(char, "")


@lru_cache(maxsize=4096)
def _is_cyrillic_letter(char: str) -> bool:
    return char.isalpha() and "CYRILLIC" in unicodedata.name(char, "")


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _latin_apostrophe_joins(text: str, start: int, at: int) -> bool:
    """Whether the apostrophe at ``at`` belongs to the Latin word begun at ``start``."""
    previous = text[at - 1]
    if not _is_latin_letter(previous):
        return False
    following = text[at + 1] if at + 1 < len(text) else ""
    if following and _is_latin_letter(following):
        return True
    if text[at] in (OKINA, TUTUQ):
        return True  # the letter-apostrophes are never quotation marks
    # tog', bog': a final gʻ, unless the word was opened with a quote ('ming').
    wrapped = start > 0 and text[start - 1] in APOSTROPHES
    return previous in ("g", "G") and not wrapped


def _cyrillic_apostrophe_joins(text: str, start: int, at: int) -> bool:
    # Someone typing Cyrillic with an apostrophe for ъ (ма'но).
    following = text[at + 1] if at + 1 < len(text) else ""
    return _is_cyrillic_letter(text[at - 1]) and bool(following) and _is_cyrillic_letter(following)


def _split(
    text: str,
    is_letter: Callable[[str], bool],
    apostrophe_joins: Callable[[str, int, int], bool],
) -> list[tuple[str, bool]]:
    """Cut ``text`` into runs that are words of one script and runs that are not."""
    pieces: list[tuple[str, bool]] = []
    n = len(text)
    i = 0
    gap_start = 0
    while i < n:
        if not is_letter(text[i]):
            i += 1
            continue
        if gap_start < i:
            pieces.append((text[gap_start:i], False))
        j = i + 1
        while j < n:
            char = text[j]
            if is_letter(char) or _is_mark(char):
                j += 1
            elif char in APOSTROPHES and apostrophe_joins(text, i, j):
                j += 1
            else:
                break
        pieces.append((text[i:j], True))
        i = gap_start = j
    if gap_start < n:
        pieces.append((text[gap_start:], False))
    return pieces


# -- case ------------------------------------------------------------------------


def _case_of(word: str) -> str:
    cased = [char for char in word if char.isupper() or char.islower()]
    if not cased or all(char.islower() for char in cased):
        return "lower"
    if len(cased) > 1 and all(char.isupper() for char in cased):
        return "upper"
    if cased[0].isupper() and all(char.islower() for char in cased[1:]):
        return "title"
    return "mixed"


def _recase(word: str, case: str) -> str:
    if case == "upper":
        return word.upper()
    if case == "title":
        return word[:1].upper() + word[1:]
    return word


def _case_unit(original: str, start: int, end: int, chunk: str) -> str:
    """Give ``chunk``, written for ``original[start:end]``, the case of its source.

    A chunk of more letters than its source (ш - sh) is all capitals when the
    word around it is in capitals, and only its first letter is otherwise.
    """
    if not original[start].isupper():
        return chunk
    if sum(1 for char in chunk if char.isalpha() and char.lower() != char.upper()) <= 1:
        return chunk.upper()
    following = next((c for c in original[end:] if c.isupper() or c.islower()), None)
    preceding = next((c for c in reversed(original[:start]) if c.isupper() or c.islower()), None)
    if following is not None:
        shout = following.isupper()
    else:
        shout = preceding is not None and preceding.isupper()
    source_letters = [c for c in original[start:end] if c.isupper() or c.islower()]
    if len(source_letters) > 1 and all(c.isupper() for c in source_letters):
        shout = True
    return chunk.upper() if shout else chunk[0].upper() + chunk[1:]


# -- Latin -> Cyrillic -------------------------------------------------------------


def _latin_word_to_cyrillic(word: str) -> str:
    word = unicodedata.normalize("NFC", word)
    unified = unify_apostrophes(word)
    lower = unified.lower()
    case = _case_of(unified)
    if case != "mixed":
        known = _lookup_latin_loanword(lower)
        if known is not None:
            return _recase(known, case)
    return "".join(_case_unit(unified, start, end, chunk) for start, end, chunk in _latin_units(lower))


def _is_uzbek_latin(word: str) -> bool:
    lower = unicodedata.normalize("NFC", word).lower()
    for i, char in enumerate(lower):
        if char in APOSTROPHES:
            continue
        if char not in _UZBEK_LATIN:
            return False
        if char == "c" and lower[i + 1 : i + 2] != "h":
            return False
    return True


def _lookup_latin_loanword(lower: str) -> str | None:
    known = _LATIN_LOANWORDS.get(lower)
    if known is not None:
        return known
    for stem in sorted(_LATIN_LOANWORDS, key=len, reverse=True):
        rest = lower[len(stem) :]
        if lower.startswith(stem) and rest and _LATIN_SUFFIX.fullmatch(rest):
            suffix = "".join(chunk for _, _, chunk in _latin_units(rest))
            return _LATIN_LOANWORDS[stem].removesuffix("ь") + suffix
    return None


def _latin_units(w: str) -> list[tuple[int, int, str]]:
    """Read a lowercase Latin word (apostrophes unified) as (start, end, Cyrillic)."""
    units: list[tuple[int, int, str]] = []
    previous = "start"  # what the last unit was: start, vowel, consonant or sign
    i = 0
    while i < len(w):
        char = w[i]
        after = w[i + 1 : i + 2]
        size = 1
        kind = "consonant"
        if char in ("o", "g") and after == OKINA:
            chunk, size = ("ў", 2) if char == "o" else ("ғ", 2)
            kind = "vowel" if char == "o" else "consonant"
        elif char in (TUTUQ, OKINA):
            # In Isʼhoq the apostrophe only keeps s and h apart: с + ҳ, no ъ.
            chunk = "" if w[i - 1 : i] == "s" and after == "h" else "ъ"
            kind = "sign"
        elif char == "s" and after == "h":
            chunk, size = "ш", 2
        elif char == "c" and after == "h":
            chunk, size = "ч", 2
        elif char == "t" and after == "s" and previous == "vowel" and w[i + 2 : i + 4] == "iy":
            # -tsiya after a vowel is the Russian -ция (migratsiya, politsiya);
            # other ts is т + с, as in the native oʻtsa, ketsa.
            chunk, size = "ц", 2
        elif char == "s" and w[i - 1 : i] == "k" and w[i + 1 : i + 3] == "iy":
            chunk = "ц"  # -ksiya is the Russian -кция (aksiya, funksiya, infeksiya)
        elif char == "y" and after in _Y_VOWELS and not (after == "o" and w[i + 2 : i + 3] == OKINA):
            chunk, size, kind = _Y_VOWELS[after], 2, "vowel"
            if after == "e" and previous == "consonant":
                # Only Russian loans have a consonant before "ye": ъ after the
                # prefixes об- под- раз- с- суб- (obyekt), ь elsewhere (kuryer).
                chunk = ("ъ" if w[i - 1] in "bdzs" else "ь") + chunk
        elif char == "e":
            chunk = "э" if previous in ("start", "vowel", "sign") else "е"
            kind = "vowel"
        else:
            chunk = _LATIN_SINGLE[char]
            if char in _LATIN_VOWELS:
                kind = "vowel"
        units.append((i, i + size, chunk))
        previous = kind
        i += size
    return units


# -- Cyrillic -> Latin -------------------------------------------------------------


def _cyrillic_word_to_latin(word: str) -> str:
    word = unicodedata.normalize("NFC", word)  # и + breve is й
    lower = "".join("ъ" if char in APOSTROPHES else char for char in word.lower())
    case = _case_of(word)
    if case != "mixed":
        known = _lookup_cyrillic_loanword(lower)
        if known is not None:
            return _recase(known, case)
    return "".join(_case_unit(word, i, i + 1, chunk) for i, chunk in enumerate(_cyrillic_units(lower)))


def _is_uzbek_cyrillic(word: str) -> bool:
    lower = unicodedata.normalize("NFC", word).lower()
    return all(char in _UZBEK_CYRILLIC or char in APOSTROPHES for char in lower)


def _lookup_cyrillic_loanword(lower: str) -> str | None:
    for stem, latin in _CYRILLIC_LOANWORDS.items():
        if not lower.startswith(stem):
            continue
        rest = lower[len(stem) :].removeprefix("ь")
        if not rest:
            return latin
        if _LATIN_SUFFIX.fullmatch("".join(_cyrillic_units(rest))):
            return latin + "".join(_cyrillic_units(rest))
    return None


def _cyrillic_units(w: str) -> list[str]:
    """The Latin for each letter of a lowercase Cyrillic word, in order."""
    chunks: list[str] = []
    for i, char in enumerate(w):
        before = w[i - 1] if i > 0 else ""
        after = w[i + 1] if i + 1 < len(w) else ""
        if char == "е":
            yotated = not before or before in _CYRILLIC_VOWELS or before in _CYRILLIC_SIGNS
            chunk = "ye" if yotated else "e"
        elif char == "ц":
            between_vowels = before in _CYRILLIC_VOWELS and after in _CYRILLIC_VOWELS
            chunk = "ts" if between_vowels else "s"
        elif char == "ъ":
            after_consonant = bool(before) and before not in _CYRILLIC_VOWELS
            if (after_consonant and after in _CYRILLIC_IOTATED) or before == "ў":
                chunk = ""  # объект - obyekt; мўъжиза - moʻjiza
            else:
                chunk = TUTUQ
        elif char == "ь":
            chunk = "y" if after in ("о", "и") else ""
        elif char == "с" and after == "ҳ":
            chunk = "s" + TUTUQ
        else:
            chunk = _CYRILLIC_SINGLE[char]
        chunks.append(chunk)
    return chunks

"""The numbers a clock's time is told in, in words or figures: an hour up to 24 and minutes
up to 59 ("fifteen", "twenty-five", "fünfundzwanzig", "двадцати пяти"), as pieces of the time
patterns of :mod:`.times` and read back to their values (:func:`clock_count`).

A time told with its minutes in words or with unit words ("2 Uhr 15 Minuten", "в 2 часа 15
минут дня", "ten minutes past two", "без двадцати три") was read as two numbers, 2 and 15,
against "2.15 p.m." read as one, 2.25: a true rendering had a changed number. Its minutes are
a number of the language's own words, which these patterns accept and :func:`clock_count`
reads (a form that reads no count is no time: the pattern's match is dropped).
"""

from __future__ import annotations

import re

from ..normalize import fold
from .numbers import WORD_VALUES
from .numberwords import NUMBER_WORDS, german_number

_EN_UNITS = "one two three four five six seven eight nine"
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_EN_TENS = "twenty thirty forty fifty"


def _alternation(words: list[str]) -> str:
    """The words as a regex alternation, longest first (a Russian "е" also matching "ё")."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("е", "[её]") for w in forms)


def _russian(low: int, high: int) -> list[str]:
    """The folded forms of the Russian numerals of a value from ``low`` to ``high``."""
    return [w for w, v in NUMBER_WORDS["ru"].items() if low <= v <= high and v == int(v)]


_RU_TENS = _alternation(_russian(20, 50))
_RU_UNITS = _alternation(_russian(1, 19))

COUNT = {
    "en": (
        rf"(?:(?:{_EN_TENS.replace(' ', '|')})(?:-|\s+)(?:{_EN_UNITS.replace(' ', '|')})"
        rf"|{_EN_TENS.replace(' ', '|')}|{_EN_TEENS.replace(' ', '|')}"
        rf"|{_EN_UNITS.replace(' ', '|')}|\d{{1,2}})(?![\w.,:]\d|-)"
    ),
    "de": r"(?:\d{1,2}|[^\W\d_]+)(?!\w)",
    "ru": rf"(?:(?:{_RU_TENS})(?:\s+(?:{_RU_UNITS}))?|{_RU_UNITS}|\d{{1,2}})(?![\w.,:]\d)",
}
"""A count of hours or minutes in digits or in the language's words (a German one is one word,
"fünfundzwanzig"; what :func:`clock_count` cannot read is dropped), before a regex's ``\\b``."""


def clock_count(raw: str, language: str) -> int | None:
    """The whole number ``raw`` (digits or number words of ``language``) says, 0 to 59, or
    None.

    >>> clock_count("twenty-five", "en"), clock_count("Fünfundzwanzig", "de")
    (25, 25)
    >>> clock_count("двадцати пяти", "ru"), clock_count("15", "ru"), clock_count("Bett", "de")
    (25, 15, None)
    """
    if raw.isdigit():
        value: float | None = int(raw)
    else:
        parts = [fold(part) for part in re.split(r"[-\s]+", raw) if part]
        if language == "en":
            value = WORD_VALUES.get("".join(parts))
        elif language == "de":  # "ein", "eine": an article far more often ("2 Uhr ein paar")
            one = parts[0].startswith("ein") and parts[0] != "eins"
            value = german_number(parts[0]) if len(parts) == 1 and not one else None
        else:
            values = [NUMBER_WORDS.get(language, {}).get(p) for p in parts]
            ordered = all(v is not None for v in values) and (
                len(values) == 1 or (values[0] or 0) >= 20 > (values[1] or 0)
            )
            value = sum(v or 0 for v in values) if ordered else None
    if value is None or value != int(value) or not 0 <= value <= 59:
        return None
    return int(value)

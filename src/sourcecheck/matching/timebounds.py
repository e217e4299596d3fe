"""A time as a bound: "only in 1925" = "not until 1925" = "erst 1925" = "не раньше 1925 года";
"before 1925" / "vor 1925" / "до 1925 года" its opposite (task modal112).

"The bridge was built only in 1925" and "Die Brücke wurde erst 1925 gebaut" say when it was
built, no earlier; "not until 1925" and "nicht vor 1925", "не раньше 1925 года" say the same
with a negation that denies nothing the others affirm. "before 1925" says it stood earlier:
the opposite, though the year is the same on both sides and the sentence vectors, the number
check and the word matcher's score all see one statement.

A *bound* (:func:`time_bounds`) is a word of limit before a time within a few words: a year,
a day of a month, a time of day or a month, never a span of time ("vor drei Jahren" is "three
years ago") nor another figure ("до 64 килобайт": up to 64 kilobytes). Its reading is
``from`` ("only in/on/at/by/from/after", "erst", "frühestens", "только/лишь в", a negation
before "until", "before", "bis", "vor", "до", "раньше" in its sentence) or ``before``
("before", "prior to", "vor", "до", "раньше", "прежде", "перед" with no negation before
it). Two sides bound one time (the same figure, or the same month across languages)
:func:`opposed_bounds` when one reads ``from`` and the other ``before``; the negation of a
``from`` bound (:func:`bound_negations`) is compared with a side that bounds the same time no
more (:mod:`.untilnot`): the flag is the opposite, or nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..facts.dates import MONTHS as ENGLISH_MONTHS
from ..facts.monthdates import MONTHS
from ..normalize import WORD_RE, fold
from .timephrases import time_phrase

FROM, BEFORE = "from", "before"
_NEGATION = {"en": r"not|never|\w+n[’']t", "de": r"nicht|nie|niemals", "ru": r"не"}
_LIMIT = {"en": r"until|till|before", "de": r"vor|bis", "ru": r"до|раньше|ранее|прежде"}
_ONLY = {
    "en": r"only\s+(?:in|on|at|by|from|after|since)|no\s+earlier\s+than|not\s+earlier\s+than",
    "de": r"erst(?:\s+(?:im|am|um|ab|seit|nach|in|zum|an))?|frühestens(?:\s+(?:im|am|um|ab))?",
    "ru": r"(?:только|лишь)(?:\s+(?:в|во|с|со|к|после))?",
}
_BEFORE = {
    "en": r"before|prior\s+to|earlier\s+than",
    "de": r"vor|bevor|früher\s+als",
    "ru": r"до|раньше|ранее|прежде|перед",
}
_DURATION = {
    "en": "second seconds minute minutes hour hours day days week weeks month months year years",
    "de": "sekunden minuten stunden tagen wochen monaten jahren jahrzehnten",
    "ru": "секунд минут минуты часов часа дней дня недель недели месяцев месяца лет года назад",
}
"""Words that make the time a span ("vor drei Jahren": three years ago): no bound. Russian
"года" after a figure is the year's genitive ("до 1925 года"), read below."""
_CLOCK = frozenset("oclock am pm uhr h".split())
"""Words after a figure that make it a time of day ("before 10 o'clock", "vor 10 Uhr")."""
_TIME_WORDS = 3
"""Words read after the word of limit for its time ("before the 3rd of May")."""


class Bound(NamedTuple):
    """A bound of a time: its reading (:data:`FROM` or :data:`BEFORE`), the words that say it
    (start, end), the time's key (its first figure, or its month) and, for a negated limit,
    the negation's offset (-1: none)."""

    reading: str
    start: int
    end: int
    key: str
    negation: int = -1


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    negated = (
        rf"(?i)(?<!\w)({_NEGATION[language]})(?!\w)[^.;:!?]{{0,60}}?"
        rf"(?<!\w)(?:{_LIMIT[language]})(?!\w)"
    )
    only = rf"(?i)(?<!\w)(?:{_ONLY[language]})(?!\w)"
    before = rf"(?i)(?<!\w)(?:{_BEFORE[language]})(?!\w)"
    return re.compile(negated), re.compile(only), re.compile(before)


def _time_key(text: str, at: int, language: str) -> str | None:
    """The key of the time the few words after ``at`` tell (see the module), or None."""
    words = [fold(w).casefold() for w in WORD_RE.findall(text[at : at + 60])][:_TIME_WORDS]
    durations = _DURATION[language].split()
    months = ENGLISH_MONTHS if language == "en" else MONTHS.get(language, {})
    for k, word in enumerate(words):
        digits = re.fullmatch(r"\d+", word)
        if digits:  # a figure first: "May 3" / "3. Mai"
            nxt = words[k + 1] if k + 1 < len(words) else ""
            year = len(word) == 4 and 1000 <= int(word) < 2100
            if nxt in durations and not (year and language == "ru"):  # "до 1925 года"
                return None  # "vor 3 Jahren", "before 3 days"
            dated = year or nxt in _CLOCK or any(w in months for w in words)
            return word if dated else None  # not "до 64 килобайт", "before section 3"
    for word in words:
        if word in months:
            return f"month {months[word]}"
        if word in durations or time_phrase({word}, language):
            return None  # "before the next day", "vor Jahren": no time of the calendar
    return None


def time_bounds(text: str, language: str) -> list[Bound]:
    """The bounds of times ``text`` (in ``language``) says (see the module).

    >>> [(b.reading, b.key) for b in time_bounds("It was not built until 1925.", "en")]
    [('from', '1925')]
    >>> text = "Sie wurde vor 1925 gebaut, vor drei Jahren."
    >>> [(b.reading, b.key) for b in time_bounds(text, "de")]
    [('before', '1925')]
    >>> [(b.reading, b.key) for b in time_bounds("Мост построили лишь в 1925 году.", "ru")]
    [('from', '1925')]
    """
    if language not in _NEGATION:
        return []
    negated, only, before = _patterns(language)
    bounds: list[Bound] = []
    for m in negated.finditer(text):
        key = _time_key(text, m.end(), language)
        if key is not None:
            bounds.append(Bound(FROM, m.start(), m.end(), key, m.start(1)))
    taken = [(b.start, b.end) for b in bounds]
    for reading, pattern in ((FROM, only), (BEFORE, before)):
        for m in pattern.finditer(text):
            key = _time_key(text, m.end(), language)
            if key is not None and not any(a <= m.start() < b for a, b in taken):
                bounds.append(Bound(reading, m.start(), m.end(), key))
    return bounds


def opposed_bounds(
    quote: str, quote_language: str, passage: str, passage_language: str
) -> tuple[str, str] | None:
    """The words (quote's, passage's) of a time bounded ``from`` on one side and ``before``
    on the other (see the module), each side bounding it one way only, or None.

    >>> opposed_bounds("It was built before 1925.", "en", "Sie wurde erst 1925 gebaut.", "de")
    ('before 1925', 'erst 1925')
    >>> print(opposed_bounds("It was built only in 1925.", "en",
    ...                      "Её построили не раньше 1925 года.", "ru"))
    None
    """
    mine, theirs = time_bounds(quote, quote_language), time_bounds(passage, passage_language)
    if not mine or not theirs:
        return None
    for here in mine:
        for there in theirs:
            if here.key != there.key or here.reading == there.reading:
                continue
            if {b.reading for b in mine if b.key == here.key} != {here.reading}:
                continue  # the quote bounds it both ways
            if {b.reading for b in theirs if b.key == there.key} != {there.reading}:
                continue
            return _said(quote, here), _said(passage, there)
    return None


def _said(text: str, bound: Bound) -> str:
    """The words of a bound with its time's first word ("before 1925", "not built until 1925")."""
    after = WORD_RE.search(text, bound.end)
    end = after.end() if after is not None else bound.end
    return " ".join(text[bound.start : end].split())


def bound_negations(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """The negations of ``text`` that bound a time ("not until 1925": "only in 1925"), each
    with its time's key."""
    return tuple((b.negation, b.key) for b in time_bounds(text, language) if b.negation >= 0)


def bounded_keys(text: str, language: str) -> frozenset[str]:
    """The keys of the times ``text`` bounds either way."""
    return frozenset(b.key for b in time_bounds(text, language))

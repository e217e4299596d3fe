"""Dates in text, read to ISO, and compared across the Julian and Gregorian calendars.

Russia kept the Julian calendar (Old Style) until 31 January 1918, followed by 14 February
(New Style); its sources of the period mix both, often printing both as "8 (21) January". A
claim's date that differs from the source's by the Old Style/New Style offset of its era is
not a mismatch where the source may print the Old Style (:func:`may_be_old_style`: a double
date, or a Russian text's date before the switch): :func:`compare_date` says
``agrees_old_style`` and both dates are kept. A German, Austrian or English source prints the
Gregorian calendar: a claim whose date is the Old Style of the source's ("February 11" against
Czernin's diary entry of February 24) *differs* there, and :func:`old_style_note` says so (the
claim may give a Russian-dated fact). Calendar arithmetic is convertdate's, not ours.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from convertdate import julian

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
ORDINAL_WORDS = {
    **_ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{w}": 20 + n for w, n in _ORDINAL_UNITS.items()},
    **{f"twenty {w}": 20 + n for w, n in _ORDINAL_UNITS.items()},
    "thirty-first": 31, "thirty first": 31,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ALT = r"(?:\s*\((?P<alt>[0-3]?\d)(?:st|nd|rd|th)?\))?"
# A range of days, read as its first ("the night of February 8-9", "8-9 February"): its other
# day is no number of its own
_THROUGH = r"(?:\s?[-–]\s?[0-3]?\d(?:st|nd|rd|th)?\b)?"
_FROM = r"(?:(?P<first>[0-3]?\d)\s?[-–]\s?)?"
_YEAR = r"(?:,?\s+(?P<year>1[0-9]{3}|20[0-9]{2}))?"
_ORD_WORDS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_ORD = rf"(?P<ordinal>{_ORD_WORDS})"
_B = r"(?<![^\W_])"  # a word boundary that also holds after "_" (Gutenberg italics: _May 1_)
_ALT_ORD = rf"(?:\s*\((?:the\s+)?(?:(?P<altord>{_ORD_WORDS})|(?P<alt>[0-3]?\d)(?:st|nd|rd|th)?)\))?"
"""The New Style day after an Old Style one in words: "the eighth (twenty-first) of January"."""
_CLOSE = r"(?=\s*[,.;:)]|\s*$|,?\s+1\d{3}|,?\s+20\d{2})"
"""What follows "January the eighth" for it to be a date: a year or punctuation ("In March
the second attack" is none)."""
PATTERNS = [
    re.compile(r"(?<![^\W_])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(rf"{_B}{_MONTH}\s+{_DAY}\b{_THROUGH}{_ALT}{_YEAR}", re.I),
    re.compile(rf"{_B}{_FROM}{_DAY}{_ALT}\s+(?:of\s+)?{_MONTH}{_YEAR}", re.I),
    re.compile(rf"{_B}(?:the\s+)?{_ORD}{_ALT_ORD}\s+of\s+{_MONTH}{_YEAR}", re.I),
    re.compile(rf"{_B}{_MONTH}\s+(?:the\s+)?{_ORD}{_ALT_ORD}{_CLOSE}{_YEAR}", re.I),
    re.compile(rf"{_B}{_MONTH},?\s+(?:of\s+)?(?P<year>1[0-9]{{3}}|20[0-9]{{2}})\b", re.I),
    re.compile(r"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.I),
    # a month alone after a preposition ("Early in May", "by March"): the mention is the month
    re.compile(
        rf"{_B}(?P<prep>in|early in|late in|since|until|by|of|during)\s+{_MONTH}(?![ \t]+\d)",
        re.I,
    ),
    re.compile(r"(?<![\w\-])(?P<year>1[5-9]\d\d)(?![\w\-])"),  # a year alone
]


Precision = Literal["month", "year"]
"""How far :meth:`DateMention.iso` cuts a date."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date read from text: ``text[start:end]``; unknown parts are None.

    ``alt_day`` is the second day of a dual date, "8 (21) January": day 8 Old Style, 21 New.
    """

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    alt_day: int | None = None

    @property
    def bare_year(self) -> bool:
        """Only a year ("in 1916"): a number that may also be a figure."""
        return self.month is None

    def iso(self, precision: Precision | None = None) -> str:
        """As precise an ISO date as the text gives ("1918-02-11", "1918-03", "1918"), or cut
        to ``"month"`` or ``"year"``; an unknown year is "????".

        >>> d = DateMention(0, 17, 1918, 2, 11)
        >>> d.iso(), d.iso("month"), d.iso("year"), DateMention(0, 6, None, 2, 11).iso()
        ('1918-02-11', '1918-02', '1918', '????-02-11')
        """
        parts = [f"{self.year:04d}" if self.year else "????"]
        if self.month and precision != "year":
            parts.append(f"{self.month:02d}")
            if self.day and precision is None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


YEAR_REACH = 4_000
"""How far (in characters) a printed year reaches the dates after it that print none: a
diary's entries, a narration's "On February 24". Further on, the text may have moved to
another year without printing it (Czernin quotes a letter of "February 27, 1916", then tells
1918's "On February 24" six thousand characters later): the year is left unknown, and the
claim's date is compared by month and day."""


def parse_dates(
    text: str,
    *,
    default_year: int | None = None,
    context: bool = True,
    years: range = range(1000, 2100),
) -> list[DateMention]:
    """Every date in ``text``, in order. With ``context``, a missing year or month is taken
    from the previous date (or ``default_year``); without it, parts not printed stay None.
    A year outside ``years`` is not read as one (a modern release date in a historical text).

    >>> [d.iso() for d in parse_dates("On February 11, 1918, and on the 14th; 8 (21) January")]
    ['1918-02-11', '1918-02-14', '1918-01-08']
    >>> parse_dates("11 (24) Jan 1918")[0].alt_day
    24
    >>> [(d.iso(), d.end) for d in parse_dates("the night of February 8-9, 1918, and 8–9 May")]
    [('1918-02-08', 31), ('1918-05-08', 44)]
    """
    mentions: list[DateMention] = []
    year, month = default_year, None  # the date the text has reached, for "the 14th"
    year_at = None if default_year is None else 0  # where that year was printed
    for m in _date_matches(text):
        printed = _printed(m, years)
        if printed is None:
            continue
        if not context:
            year, month = None, None
        if printed.year is not None:
            year, year_at = printed.year, printed.start
        elif year_at is not None and printed.start - year_at > YEAR_REACH:
            year = year_at = None  # printed too far back to be this date's year
        if printed.month:
            month = printed.month
        elif printed.day is not None and month is None:
            continue  # "the 14th" with no month known yet says nothing
        elif printed.day is None:
            month = None  # a year alone
        if printed.day is not None and not _real_day(year, month, printed.day):
            continue  # "February 30": a misprint or not a date
        mentions.append(replace(printed, year=year, month=month))
    return mentions


def _date_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`PATTERNS` in text order, each pattern's only where an earlier
    pattern's does not overlap it."""
    found: list[re.Match[str]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if not any(f.start() < m.end() and m.start() < f.end() for f in found):
                found.append(m)
    return sorted(found, key=lambda f: f.start())


def _printed(m: re.Match[str], years: range) -> DateMention | None:
    """The parts of a date a match prints (None where not printed), or None when the match is
    not a date: the verb "may", a lone number outside ``years``."""
    groups = m.groupdict()
    raw_month = groups.get("month")
    lone = not (groups.get("day") or groups.get("ordinal") or groups.get("year"))
    if (
        raw_month
        and raw_month.lower() == "may"
        and (raw_month == "may" or (lone and not groups.get("prep")))
    ):
        return None  # "may", and "May" with no day, year or preposition, are the verb
    start = m.start("month") if groups.get("prep") else m.start()  # "in March": the month
    if raw_month and raw_month.isdigit():
        month: int | None = int(raw_month)
    else:
        month = MONTHS.get((raw_month or "").lower())
    if groups.get("ordinal"):
        day: int | None = ORDINAL_WORDS[" ".join(groups["ordinal"].lower().split())]
    else:
        day = int(groups.get("first") or groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if year is not None and year not in years:
        if not (month or day):
            return None  # a number, not a year
        year = None
    alt = int(groups["alt"]) if groups.get("alt") else None
    if groups.get("altord"):
        alt = ORDINAL_WORDS[" ".join(groups["altord"].lower().split())]
    return DateMention(start, m.end(), year, month, day, alt)


def _real_day(year: int | None, month: int | None, day: int) -> bool:
    try:
        dt.date(year or 2000, month or 1, day)  # 2000: a leap year, when the year is unknown
    except ValueError:
        return False
    return True


def _date(iso: str) -> tuple[int, int | None, int | None]:
    parts = [int(p) for p in iso.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def to_new_style(year: int, month: int, day: int) -> dt.date:
    """The Gregorian (New Style) date of a Julian (Old Style) date.

    >>> to_new_style(1918, 1, 31)  # the last day of the Julian calendar in Soviet Russia
    datetime.date(1918, 2, 13)
    """
    return dt.date(*julian.to_gregorian(year, month, day))


JULIAN_LANGUAGES = frozenset({"ru"})
"""Languages whose texts print Julian (Old Style) dates up to :data:`LAST_JULIAN_DAY`."""
LAST_JULIAN_DAY = (1918, 1, 31)
"""Soviet Russia's last Julian day: 31 January (13 February) 1918 was followed by 14 February."""


def may_be_old_style(mention: DateMention, language: str | None, year: int | None = None) -> bool:
    """Whether a printed date may be Old Style: a double date ("8 (21) января", in any
    language), or a date of a Russian text (:data:`JULIAN_LANGUAGES`) up to the switch (its
    year, if not printed, is ``year``). A text of unknown language (None) may print either.

    >>> jan = parse_dates("January 11, 1918")[0]
    >>> may_be_old_style(jan, "ru"), may_be_old_style(jan, "de"), may_be_old_style(jan, None)
    (True, False, True)
    >>> may_be_old_style(DateMention(0, 16, 1918, 2, 24), "ru")  # after the switch
    False
    """
    if mention.alt_day is not None or language is None:
        return True
    if language not in JULIAN_LANGUAGES:
        return False
    m_year = mention.year or year
    if m_year is None or mention.month is None:
        return True
    return (m_year, mention.month, mention.day or 1) <= LAST_JULIAN_DAY


def years_differ(quote: Sequence[DateMention], passage: Sequence[DateMention]) -> bool:
    """Whether a dated month of the quote is printed in the passage only in other years: "с
    апреля 2001 до апреля 2004" against "from April 2001 until April 2002" (April 2004 is
    not there). A date in both calendars stays in its month but for the year's last days,
    so only the same month is compared; a passage that prints no year for it says nothing.

    >>> years_differ(parse_dates("April 2001 until April 2004"), parse_dates("April 2002"))
    True
    >>> years_differ(parse_dates("April 2001"), parse_dates("April 2001 and May 2003"))
    False
    """
    for mine in quote:
        if mine.year is None or mine.month is None:
            continue
        years = {d.year for d in passage if d.month == mine.month and d.year is not None}
        if years and mine.year not in years:
            return True
    return False


def compare_date(claim_iso: str, mention: DateMention, *, language: str | None = None) -> str:
    """``agrees``, ``agrees_old_style`` or ``differs``, at the precision both sides give.

    ``language``: the source text's; the Old Style offset agrees only where the source may
    print Old Style dates (:func:`may_be_old_style`; unknown language: both calendars).

    >>> compare_date("1918-02-11", parse_dates("February 11, 1918")[0])
    'agrees'
    >>> compare_date("1918-01-21", parse_dates("8 (21) January 1918")[0])
    'agrees'
    >>> compare_date("1918-01-24", parse_dates("January 11, 1918")[0])
    'agrees_old_style'
    >>> compare_date("1918-02-22", parse_dates("February 23, 1918")[0])
    'differs'
    >>> compare_date("1918-02-11", parse_dates("February 24, 1918")[0], language="de")
    'differs'
    """
    year, month, day = _date(claim_iso)
    m_year = mention.year or year
    full = bool(day and mention.day and mention.month)
    if not full and (m_year != year or (month and mention.month and month != mention.month)):
        return "differs"
    if not (day and mention.day and mention.month and month):
        same = (m_year == year) and (not month or not mention.month or month == mention.month)
        return "agrees" if same else "differs"
    claim = dt.date(year, month, day)
    printed = dt.date(m_year, mention.month, mention.day)
    if mention.alt_day:
        new = to_new_style(m_year, mention.month, mention.day)
        if claim == new and new.day == mention.alt_day:
            return "agrees"
        if claim == printed:
            return "agrees_old_style"
        return "differs"
    if claim == printed:
        return "agrees"
    if not may_be_old_style(mention, language, year):
        return "differs"  # a Gregorian source's date is New Style (see old_style_note)
    if claim == to_new_style(printed.year, printed.month, printed.day) or printed == to_new_style(
        claim.year, claim.month, claim.day
    ):
        return "agrees_old_style"
    return "differs"


def old_style_note(claim_iso: str, mention: DateMention, *, language: str | None) -> str | None:
    """Why a claim's date that differs from a Gregorian source's date is worth a look: one of
    the two is the other read as Old Style (the claim may give a Russian-dated fact, or the
    source, a translation, print one); None otherwise (and wherever the source may print Old
    Style dates: they agree there).

    >>> note = old_style_note("1918-02-11", parse_dates("February 24, 1918")[0], language="de")
    >>> note.split(";")[0]
    '1918-02-11 Old Style (Julian) is 1918-02-24, the date printed'
    >>> old_style_note("1918-01-24", parse_dates("January 11, 1918")[0], language="en")[:44]
    'the date printed, read as Old Style (Julian)'
    """
    year, month, day = _date(claim_iso)
    if not (month and day and mention.month and mention.day) or mention.alt_day is not None:
        return None
    if may_be_old_style(mention, language, year):
        return None
    claim = dt.date(year, month, day)
    printed = dt.date(mention.year or year, mention.month, mention.day)
    if to_new_style(year, month, day) == printed:
        return (
            f"{claim_iso} Old Style (Julian) is {printed.isoformat()}, the date printed; this "
            "source prints New Style (Gregorian) dates: the claim may give a Russian Old Style date"
        )
    if to_new_style(printed.year, printed.month, printed.day) == claim:
        return (
            f"the date printed, read as Old Style (Julian), is {claim_iso}; this source is taken "
            "to print New Style (Gregorian) dates: if it gives a Russian Old Style date, they agree"
        )
    return None

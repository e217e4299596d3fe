"""Whether the dates a quote prints agree with a passage's, in either calendar.

A passage renders a quote's date when it prints the same day in its own calendar: a double
date ("8 (21) января"), a Russian text's Old Style day up to the switch of February 1918, or a
Russian quotation's Old Style day against a Gregorian source ("8 января 1918" / "21. Januar
1918"); a quote that dates by months only is compared by month. Split from :mod:`.anchors`,
which calls :func:`days_agree` for its `date` flag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..facts.dates import DateMention, compare_date

if TYPE_CHECKING:
    from .anchors import Anchors


def days_agree(quote: Anchors, passage: Anchors) -> bool | None:
    """False when no date of the passage agrees with a date of the quote (either calendar).
    A quote that dates by months only ("until the end of March") is compared by month."""
    quote_days = [d for d in quote.dates if d.day is not None]
    if not passage.dates:
        return None
    if not quote_days:
        return _months_agree(quote.dates, passage.dates)
    for mine in quote_days:
        iso = mine.iso() if mine.year else None
        for theirs in passage.dates:
            if iso is None:
                if theirs.month == mine.month and theirs.day in (mine.day, mine.alt_day):
                    return True
                if theirs.alt_day == mine.day or (mine.alt_day and mine.alt_day == theirs.day):
                    return True
                continue
            if compare_date(iso, theirs, language=passage.language) != "differs":
                return True
            if theirs.alt_day and not theirs.year and theirs.alt_day == mine.day:
                return True
            if _quote_old_style(mine, theirs, quote.language):
                return True
    return False


def _quote_old_style(mine: DateMention, theirs: DateMention, language: str) -> bool:
    """Whether the quote's date is the passage's day in Old Style, the quote being in a
    language that printed Old Style dates then ("8 января 1918" / "21. Januar 1918"): a
    Russian quotation of a Russian-dated day rendered in a Gregorian source."""
    if not (theirs.day and theirs.month and (theirs.year or mine.year)):
        return False
    iso = f"{theirs.year or mine.year:04d}-{theirs.month:02d}-{theirs.day:02d}"
    return compare_date(iso, mine, language=language) == "agrees_old_style"


def _months_agree(quote: tuple[DateMention, ...], passage: tuple[DateMention, ...]) -> bool | None:
    """Months without a day: False when the passage names none of the quote's months, in its
    year where both print one (a dual date, "31 January (13 February)", may fall in the next
    or previous month in the other calendar: those agree). None: the quote names no month."""
    if not quote:
        return None
    for mine in quote:
        for theirs in passage:
            if mine.month is None or theirs.month is None:
                continue  # read_anchors keeps only dates with a month
            if mine.year and theirs.year and mine.year != theirs.year:
                continue
            if theirs.month == mine.month:
                return True
            if theirs.alt_day is not None and abs(theirs.month - mine.month) in (1, 11):
                return True
    return False

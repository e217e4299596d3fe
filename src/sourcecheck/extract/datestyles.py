"""Dates a text marks as Old Style: "January 29, 1918 (Old Style)", "11 March 1917 O.S.".

A claim's date is an ISO date, and ISO dates are Gregorian: a date the text itself marks as
Julian (Old Style) is read as its Gregorian (New Style) day, January 29, 1918 (Old Style) as
1918-02-11, and the claim's notes say so. Unmarked dates are left as printed: whether a
source prints Old Style is verify's question (:func:`sourcecheck.facts.dates.may_be_old_style`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..facts.dates import DateMention, to_new_style

_MARK = re.compile(r"\s*[(\[,]?\s*(?:Old Style|old style|O\.\s?S\.|OS\b|o\.\s?s\.|\(O\.S\.\))")


def new_style(text: str, found: list[DateMention]) -> tuple[list[DateMention], dict[int, str]]:
    """``found`` with each full date marked Old Style right after it read as New Style, and
    the note for each such date by its start ("Old Style: 1918-01-29")."""
    read, notes = [], {}
    for d in found:
        if d.year and d.month and d.day and _MARK.match(text, d.end):
            try:
                day = to_new_style(d.year, d.month, d.day)
            except ValueError:  # not a day of the Julian calendar ("February 30")
                read.append(d)
                continue
            notes[d.start] = f"Old Style, {d.iso()}; New Style {day.isoformat()}"
            d = replace(d, year=day.year, month=day.month, day=day.day, alt_day=None)
        read.append(d)
    return read, notes

"""Dates a verb gives to an event: "the papers dated the refusal to January 29, 1918", "the
session was postponed to March 3".

Such a date is not the narration's (the narrative clock leaves out a date after "to": a
range's end, a deadline), but it is the date the sentence claims for the event: the
sentence is a date claim.
"""

from __future__ import annotations

import re

from ..facts.dates import DateMention

ASSIGNING_VERBS = re.compile(
    r"\b(?:(?:re)?dat(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?|"
    r"defer(?:s|red|ring)?|mov(?:e|es|ed|ing)|assign(?:s|ed|ing)?|ascrib(?:e|es|ed|ing)|"
    r"brought forward|put off|set)\b",
    re.IGNORECASE,
)
"""Verbs that give an event its date or move it to another ("dated ... to", "postponed to")."""
_TO = re.compile(r"\bto\s*$", re.IGNORECASE)
_RANGE = re.compile(r"\b(?:from|between)\b", re.IGNORECASE)
MAX_WORDS = 8
"""Words between the verb and "to": "dated the same refusal of the Soviet delegation to"."""


def assigned_dates(text: str, start: int, end: int, found: list[DateMention]) -> list[DateMention]:
    """The full dates of ``found`` in the sentence ``text[start:end]`` that a verb gives to an
    event with "to" (not the end of a range: no "from" or "between" before it).

    >>> from sourcecheck.facts.dates import parse_dates
    >>> t = "The papers dated the refusal to January 29, 1918. It ran from May 1 to May 9, 1918."
    >>> [d.iso() for d in assigned_dates(t, 0, len(t), parse_dates(t))]
    ['1918-01-29']
    """
    assigned = []
    for d in found:
        if not (start <= d.start < end and d.year and d.month and d.day):
            continue
        before = text[start : d.start]
        if not _TO.search(before) or _RANGE.search(before):
            continue
        verbs = list(ASSIGNING_VERBS.finditer(before))
        if verbs and len(before[verbs[-1].end() :].split()) <= MAX_WORDS + 1:
            assigned.append(d)
    return assigned

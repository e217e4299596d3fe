"""The changed facts a comparison of values misses, flagged at a rendering (figures112).

:func:`.anchors.compare_anchors` compares the numbers of a claim and a passage as values and
their dates by day and month: a vote told the other way round ("21 votes to 9" / "9 votes to
21": the same two values, :mod:`..facts.tallies`) and another weekday, season or time of day
("On Wednesday" / "on Tuesday": no date, :mod:`.othertimes`) passed as a true rendering. Each
is flagged here, ``number`` and ``date``, with a CHECK that names what differs; so is another
unit, span of time, currency or material in the claim's one's place ("9 Zentimetern" / "9
inches", "einmal im Jahr" / "once a month": ``number``; "Kupfer" / "lead": ``name``;
:mod:`.unitsets`).
"""

from __future__ import annotations

from dataclasses import replace

from ..facts.tallies import reversed_tally
from .anchors import AnchorComparison
from .othertimes import other_time
from .unitsets import NAME_SETS, other_unit


def fact_flags(
    comparison: AnchorComparison, quote: str, quote_language: str, passage: str, language: str
) -> AnchorComparison:
    """``comparison`` with a ``number`` flag for a tally of the quote reversed in the passage
    and a ``date`` flag for another member of a closed set of times in its place.

    >>> from sourcecheck.matching.anchors import compare_anchors, read_anchors
    >>> q, p = "Carried by 21 votes to 9 on Monday.", "Mit 9 gegen 21 Stimmen am Montag."
    >>> c = fact_flags(compare_anchors(read_anchors(q, "en"), read_anchors(p, "de")),
    ...                q, "en", p, "de")
    >>> c.flags, c.checks[0][1]
    (('number',), 'CHECK: the tally is reversed (21 to 9 in the quote, 9 to 21 there)')
    """
    flags, checks = list(comparison.flags), list(comparison.checks)
    tally = reversed_tally(quote, quote_language, passage, language)
    if tally is not None and "number" not in flags:
        flags.append("number")
        mine, theirs = tally
        checks.append(
            ("number", f"CHECK: the tally is reversed ({mine} in the quote, {theirs} there)")
        )
    time = other_time(quote, quote_language, passage, language)
    if time is not None and "date" not in flags:
        flags.append("date")
        checks.append(
            ("date", f"CHECK: another time (“{time[0]}” in the quote, “{time[1]}” there)")
        )
    unit = other_unit(quote, quote_language, passage, language)
    flag = "name" if unit is not None and unit[0] in NAME_SETS else "number"
    if unit is not None and flag not in flags:
        flags.append(flag)
        kind, word, other = unit
        checks.append(
            (flag, f"CHECK: another of the {kind} (“{word}” in the quote, “{other}” there)")
        )
    if len(flags) == len(comparison.flags):
        return comparison
    agree = False if tally is not None else comparison.numbers_agree  # a unit: figures agree
    return replace(comparison, flags=tuple(flags), checks=tuple(checks), numbers_agree=agree)

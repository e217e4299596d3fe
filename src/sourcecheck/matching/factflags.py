"""The changed facts a comparison of values misses, flagged at a rendering (figures112).

:func:`.anchors.compare_anchors` compares the numbers of a claim and a passage as values and
their dates by day and month: a vote told the other way round ("21 votes to 9" / "9 votes to
21": the same two values, :mod:`..facts.tallies`) and another weekday, season or time of day
("On Wednesday" / "on Tuesday": no date, :mod:`.othertimes`) passed as a true rendering, and so
did another office across languages ("The chairwoman opened" / "Die Schriftführerin
eröffnete", "mayor" / "губернатор": :mod:`.offices`), a vote carried otherwise ("by a
narrow majority" / "einstimmig": :mod:`.voteshares`), a provision of another code under the
same number ("§ 573 StGB" / "section 573 of the Civil Code": :mod:`.citations`), a multiple
or fraction in words for another ("die Hälfte" / "ein Viertel", "triple" / "двойного":
:func:`..facts.multiples.other_multiples`) and another unit, span of time, currency or
material in the claim's one's place ("9 Zentimetern" / "9 inches", "einmal im Jahr" / "once a
month": ``number``; "Kupfer" / "lead": ``name``; :mod:`.unitsets`) and a time of day in the
other half of the day ("2 a.m." / "2 Uhr nachmittags", "6 p.m." / "6 часов утра": the same
figure on a 12-hour dial, ``date``; :func:`..facts.times.other_day_hour`). Each is flagged here,
``number``, ``date``, ``roles`` and ``name``, with a CHECK that names what differs. So are
two parallel members exchanging their values, negation or choice (:mod:`.parallelvalues`).
"""

from __future__ import annotations

from dataclasses import replace

from ..facts.languages import read_numbers_in
from ..facts.multiples import multiples_in, other_multiples
from ..facts.tallies import reversed_tally
from ..facts.times import other_day_hour
from .anchors import AnchorComparison
from .citations import other_code
from .offices import other_office_named
from .othertimes import other_time
from .parallelvalues import exchanged_attachments, kept_negation
from .unitsets import NAME_SETS, other_unit
from .voteshares import other_vote_share
from .wordpairs import Alignment


def fact_flags(
    comparison: AnchorComparison,
    quote: str,
    quote_language: str,
    passage: str,
    language: str,
    alignment: Alignment | None = None,
) -> AnchorComparison:
    """``comparison`` with a ``number`` flag for a tally of the quote reversed in the passage
    and a ``date`` flag for another member of a closed set of times in its place, a
    ``roles`` flag for another office, a ``number`` flag for a vote carried otherwise (read at
    the sentence rendering the quote, given the ``alignment``), a ``name`` flag for a
    provision of another code, and, given the ``alignment``, the flag of two parallel members
    exchanging a value, a negation or the side of a choice (:mod:`.parallelvalues`), and no
    ``negation`` flag for a negation read "in another place" that stays with its member, the
    members said in another order.

    >>> from sourcecheck.matching.anchors import compare_anchors, read_anchors
    >>> q, p = "Carried by 21 votes to 9 on Monday.", "Mit 9 gegen 21 Stimmen am Montag."
    >>> c = fact_flags(compare_anchors(read_anchors(q, "en"), read_anchors(p, "de")),
    ...                q, "en", p, "de")
    >>> c.flags, c.checks[0][1]
    (('number',), 'CHECK: the tally is reversed (21 to 9 in the quote, 9 to 21 there)')
    """
    flags, checks = list(comparison.flags), list(comparison.checks)
    tally = reversed_tally(quote, quote_language, passage, language)
    offsets = alignment.offsets if alignment is not None else ()
    share = other_vote_share(quote, quote_language, passage, language, offsets)
    time = other_time(quote, quote_language, passage, language) or other_day_hour(
        quote, quote_language, passage, language
    )  # "Tuesday" / "Montag"; "2 a.m." / "2 Uhr nachmittags"
    unit = other_unit(quote, quote_language, passage, language)
    tallies = tally and (str(tally[0]), str(tally[1]))  # "21 to 9": printed as it reads
    closed_sets = (  # (flag, (the quote's, the passage's), what differs): one shape
        ("number", tallies, "the tally is reversed"),
        ("number", share, "the vote is told otherwise"),
        ("date", time, "another time"),
        ("roles", other_office_named(quote, quote_language, passage, language), "another office"),
        ("name", other_code(quote, passage), "another code"),
        ("number", _other_multiples(quote, quote_language, passage, language),
         "the number differs"),  # "die Hälfte" / "ein Viertel"
        ("name" if unit and unit[0] in NAME_SETS else "number", unit and unit[1:],
         f"another of the {unit[0]}" if unit else ""),
    )  # fmt: skip
    for flag, differ, what in closed_sets:
        if differ is not None and flag not in flags:
            flags.append(flag)
            mine, theirs = differ if differ is tallies else (f"“{w}”" for w in differ)
            checks.append((flag, f"CHECK: {what} ({mine} in the quote, {theirs} there)"))
    if (  # a negation "in another place" that stays with its member (.parallelvalues)
        alignment
        and "negation" in flags
        and not any(f == "negation" for f, _ in checks)
        and kept_negation(quote, quote_language, passage, language, alignment)
    ):
        flags.remove("negation")
    exchange = alignment and exchanged_attachments(quote, quote_language, passage, language,
                                                   alignment)  # fmt: skip
    if exchange and exchange.flag not in flags:  # parallel members exchanging (.parallelvalues)
        flags.append(exchange.flag)
        checks.append((exchange.flag, exchange.note))
    if flags == list(comparison.flags):
        return comparison
    # a unit or a multiple leaves the figures agreeing; a tally or a vote's share does not
    exchanged = bool(exchange) and exchange.flag in ("number", "date")  # type: ignore[union-attr]
    agree = False if tally or share or exchanged else comparison.numbers_agree
    return replace(comparison, flags=tuple(flags), checks=tuple(checks), numbers_agree=agree)


def _other_multiples(
    quote: str, quote_language: str, passage: str, language: str
) -> tuple[str, str] | None:
    """:func:`..facts.multiples.other_multiples` of the two, each side's figures read only
    when the quote says a multiple (most do not)."""
    if not multiples_in(quote, quote_language):
        return None
    mine, theirs = ([n.value for n in read_numbers_in(t, lang)]
                    for t, lang in ((quote, quote_language), (passage, language)))  # fmt: skip
    return other_multiples(quote, quote_language, passage, language, (mine, theirs))

"""The facts of a claim checked at a passage that says it in other words (a ``reworded``
result): numbers by value and dates in both calendars, each side read in its own language.

A rendering shares no words with the claim to align numbers by, so the claim's numbers are
compared as values with those the passage prints ("zweiundzwanzig" / 22, "1.500" / "1,500")
(a passage that prints none, nor a vague quantity, "many", does not state them: ``not_found``,
a translator's "the three gentlemen" where the original says "die Zimmerherren"), and the
claim's date with the date the word path would compare it with at that passage
(:func:`~.check.date_at`: printed in the passage with its month, else the last one printed
before it, a diary's or a protocol's heading: "8 (21) января 1918", "11. Februar 1918"). Numbers
that are part of a date are the date's, not figures.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..models import Span
from .check import DATE_CONTEXT_CHARS, FactCheck, date_at, date_fact
from .dates import DateMention, compare_date
from .languages import figures_in, says_quantity
from .monthdates import read_dates, text_dates
from .tallies import reversed_tally
from .times import other_day_hour


def rendering_facts(
    quote: str,
    text: str,
    span: Span,
    *,
    quote_language: str,
    language: str,
    claim_date: str | None = None,
) -> list[FactCheck]:
    """The number and date checks of a claim at the passage ``span`` of ``text``.

    ``claim_date``: the claim's ISO date; without one, a full date the quote prints is
    checked (when it gives its year).

    >>> text = "Протокол.\\n\\nНа собрании 8 (21) января 1918 г. было 63 человека."
    >>> checks = rendering_facts(
    ...     "At the meeting of January 21 there were 63 people.", text,
    ...     Span(text.index("На"), len(text)), quote_language="en", language="ru",
    ...     claim_date="1918-01-21")
    >>> [(c.kind, c.verdict, c.source) for c in checks]
    [('number', 'agrees', '63'), ('date', 'agrees', '8 (21) января 1918')]
    """
    checks = []
    numbers = _number_check(quote, quote_language, text, span, language)
    if numbers is not None:
        checks.append(numbers)
    wanted = claim_date or printed_date(quote, quote_language)
    if wanted:
        checks.append(date_check(wanted, text, span, language))
    return checks


def _numbers(text: str, language: str) -> Counter[float]:
    """The values of the figures ``text`` states (not its dates, not "one")."""
    return Counter(n.value for n in figures_in(text, language))


def _values(counter: Counter[float]) -> str:
    return ", ".join(f"{v:g}" for v in sorted(counter.elements()))


def _number_check(
    quote: str, quote_language: str, text: str, span: Span, language: str
) -> FactCheck | None:
    wanted = _numbers(quote, quote_language)
    if not wanted:
        return None
    there = _numbers(span.slice(text), language)
    if not there and not says_quantity(span.slice(text), language):  # "three gentlemen" for "der
        # mittlere Zimmerherr": not there; a vague quantity ("many legs") differs
        return FactCheck(
            "number", _values(wanted), None, "not_found", None,
            f"the passage states no number: {_values(wanted)} not in it",
        )  # fmt: skip
    # a value the passage states is no missing one, however often each side says it: a
    # rendering counts its words otherwise ("the two drafts ... the second" / "die beiden
    # Entwürfe ... der zweite": "beiden" is no figure)
    missing = Counter({v: n for v, n in wanted.items() if v not in there})
    tally = reversed_tally(quote, quote_language, span.slice(text), language)  # "21 to 9"
    half = other_day_hour(quote, quote_language, span.slice(text), language)  # "2 a.m." / "14 Uhr"
    verdict = "differs" if missing or tally or half else "agrees"
    detail = f"the passage says {_values(there) or 'no figure'}"  # a vague quantity, "many"
    if missing:
        detail += f"; not {_values(missing)}"
    if tally:
        detail += f"; the tally reversed: {tally[0]} claimed, {tally[1]} there"
    if half:
        detail += f"; another time of day: {half[0]} claimed, {half[1]} there"
    return FactCheck("number", _values(wanted), _values(there) or None, verdict, span, detail)


def printed_date(quote: str, language: str) -> str | None:
    """The first full date (day, month and year) the quote prints, as ISO: checked where the
    claim gives no date of its own (here and at a passage found by words, :mod:`..workers`).

    >>> printed_date("On 15 March 1921 the garrison rose.", "en")
    '1921-03-15'
    """
    for d in read_dates(quote, language):
        if d.year and d.month and d.day:
            return d.iso()
    return None


def date_check(
    claim_date: str, text: str, span: Span, language: str, *, entry_heads: bool = True
) -> FactCheck:
    """The claim's date (ISO) checked at the passage ``span``: the date :func:`~.check.date_at`
    chooses there (the same rule as for a passage found by words), of the dates printed from
    :data:`~.check.DATE_CONTEXT_CHARS` before it to its end, read as the word path reads a
    text (:func:`~.monthdates.text_dates`: a year printed earlier in that stretch carries);
    else the heading of the diary entry it is in, unless not ``entry_heads``."""
    start = max(0, span.start - DATE_CONTEXT_CHARS)
    dates = [
        DateMention(d.start + start, d.end + start, d.year, d.month, d.day, d.alt_day)
        for d in text_dates(text[start : span.end], language)
    ]
    mention = date_at(dates, text, span, language=language, entry_heads=entry_heads)
    if mention is None:
        return FactCheck(
            "date", claim_date, None, "not_found", None, "no date is printed at the passage"
        )
    where = "in the passage" if mention.start >= span.start else "before the passage"
    where = where if mention.start >= start else "under its entry's heading"
    return date_fact(claim_date, text, mention, language, where)


def rendered_dates(
    quote: str, quote_language: str, passage: str, language: str
) -> list[tuple[int, int]]:
    """Where ``quote`` prints a date of a day that ``passage`` prints too, in either calendar
    ("7 September 1812" / "26 августа (7 сентября)", "August 26, 1812" / "7 сентября"): the
    same date, however each calendar and language writes it (its month is no other month:
    :mod:`..matching.othertimes`); a year printed on both sides must be the same.

    >>> q = "The battle was fought on 7 September 1812."
    >>> [q[s:e] for s, e in rendered_dates(q, "en", "26 августа (7 сентября) было сражение.", "ru")]
    ['7 September 1812']
    >>> rendered_dates("26 августа 1812 года было сражение.", "ru", "on 7 September 1812", "en")
    [(0, 15)]
    >>> rendered_dates(q, "en", "5 сентября было сражение.", "ru")
    []
    """
    mine = _day_dates(quote, quote_language)
    if not mine:  # the quote first: most print no date of a day
        return []
    theirs = _day_dates(passage, language)
    found = []
    for d in mine:
        if any(_same_day(d, t, (quote_language, language)) for t in theirs):
            found.append((d.start, d.end))
    return found


@lru_cache(maxsize=4096)
def _day_dates(text: str, language: str) -> tuple[DateMention, ...]:
    """The dates of a day ``text`` prints (read once: each candidate passage may ask)."""
    return tuple(d for d in read_dates(text, language) if d.day and d.month)


_CENTURIES = (1750, 1850, 1910)
"""Years tried for a date printed without one on either side: the Old Style calendar ran 11,
12 and 13 days behind in the 18th, 19th and 20th centuries."""


def _same_day(mine: DateMention, theirs: DateMention, languages: tuple[str, str]) -> bool:
    """Whether two dates of a day are the same day, in either calendar, whichever side prints
    the Old Style one (a year printed on both sides must be the same)."""
    if mine.year and theirs.year and mine.year != theirs.year:
        return False
    years = [mine.year or theirs.year] if mine.year or theirs.year else _CENTURIES
    return any(
        compare_date(_iso(year, one), other, language=language) != "differs"
        for year in years
        for one, other, language in ((mine, theirs, languages[1]), (theirs, mine, languages[0]))
    )


def _iso(year: int | None, date: DateMention) -> str:
    return f"{year or 0:04d}-{date.month or 1:02d}-{date.day or 1:02d}"

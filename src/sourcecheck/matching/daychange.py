"""A changed day of the month is a changed date: "On 15 March 1921" where the source says "On 14
March 1921" (a fresh-clone finding, task quantity112).

The word matcher types a changed figure ``number`` (:mod:`.differences`), and the fact check
reads no figure in a date's day (:mod:`..facts.check`): the claim came out flagged ``number``
with no date fact shown. A number difference whose two sides are each the day of a date printed
with its month (:func:`..facts.monthdates.read_dates`: "15 March 1921", "15. März", "15 марта")
is a date that differs: flagged ``date``, the two dates in its CHECK; verify's fact check then
shows the quote's printed date against the passage's (:mod:`..workers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.dates import DateMention
from ..facts.monthdates import read_dates
from ..models import Difference, Span

_AROUND = 40
"""Characters read around a source's number for the date it is the day of."""


def _date_of(text: str, span: Span, language: str) -> DateMention | None:
    """The date with a day and a month printed in ``text`` whose day is at ``span``."""
    start = max(0, span.start - _AROUND)
    for d in read_dates(text[start : span.end + _AROUND], language):
        if (
            d.day is not None
            and d.month is not None
            and d.start + start <= span.start < d.end + start
        ):
            return DateMention(d.start + start, d.end + start, d.year, d.month, d.day, d.alt_day)
    return None


def changed_day(
    differences: Sequence[Difference], quote: str, text: str, language: str
) -> tuple[str, str] | None:
    """The quote's date and the source's, as printed, when every ``number`` difference is the
    day of a date on both sides (see the module), or None.

    >>> text = "On 14 March 1921 the garrison elected a committee."
    >>> quote = "On 15 March 1921 the garrison elected a committee."
    >>> d = Difference("number", "15", "14", Span(3, 5), Span(3, 5))
    >>> changed_day([d], quote, text, "en")
    ('15 March 1921', '14 March 1921')
    >>> print(changed_day([Difference("number", "15", "14", Span(3, 5), Span(3, 5))],
    ...                   "We had 15 men.", "We had 14 men.", "en"))
    None
    """
    numbers = [d for d in differences if d.kind == "number"]
    found: tuple[str, str] | None = None
    for d in numbers:
        if d.quote_span is None or d.source_span is None:
            return None
        mine, theirs = (
            _date_of(quote, d.quote_span, language),
            _date_of(text, d.source_span, language),
        )
        if mine is None or theirs is None or mine.month != theirs.month:
            return None  # a figure, or the month changed too (the dates check reads that)
        found = found or (quote[mine.start : mine.end], text[theirs.start : theirs.end])
    return found


def day_note(dates: tuple[str, str]) -> str:
    """A reason's words for a changed day: what to check."""
    return f"CHECK: the date differs (“{dates[0]}” in the quote, “{dates[1]}” there)"

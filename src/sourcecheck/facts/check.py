"""Facts checked as facts: the numbers and dates of a claim against its source's text.

A vote count or a date is not a quotation: "thirty-two votes, Lenin fifteen, and I sixteen"
is confirmed by minutes saying "the first standpoint received 15 votes, the second 32 and the
third 16", though the words share almost nothing. So a claim's numbers are looked for as
values (words or digits) near its key terms, and its date is compared with the dates the
source prints near the passage, across the Old Style/New Style calendars.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..models import Span, excerpt, word_edges
from ..normalize import Tokens, tokenize
from .dates import DateMention, compare_date, old_style_note
from .entries import entry_head_before
from .languages import read_word_numbers, says_quantity
from .monthdates import text_dates
from .numbers import NumberMention, is_number_word
from .times import as_numbers

WINDOW_WORDS = 30  # words either side of a number that count as "near" it
DATE_CONTEXT_CHARS = 600  # how far before a passage its date may be printed (a diary heading)
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is was were be been are it its
    this that these those he she they we i you his her their our my your him them us me who
    which what when where how all any some no not only also than then there here so such one
    into over under after before about against between through during without within upon
    had has have do did does would should could will shall may might must can""".split()
)


@dataclass(frozen=True, slots=True)
class FactCheck:
    """One number or date of a claim compared with its source."""

    kind: str  # "number" | "date"
    claim: str  # the claim's value(s), as numbers or an ISO date
    source: str | None  # what the source says there, as printed
    verdict: str  # "agrees" | "agrees_old_style" | "differs" | "not_found"
    span: Span | None  # where the source says it
    detail: str


class TextFacts:
    """The words, numbers and dates of one text, read once and reused for every claim."""

    def __init__(
        self,
        text: str,
        *,
        language: str | None = None,
        start: int = 0,
        end: int | None = None,
    ) -> None:
        """Read ``text[start:end]`` (offsets stay those of ``text``): the stretch around a
        found passage is enough to check its numbers and date. A date whose year or month is
        only given by an earlier date ("the 14th") takes it from within the stretch."""
        self.text = text
        self.language = language  # how its numbers are written: "30.000" is 30000 in German
        if start or end is not None:  # a window: its edges on whole words ("30,000", not "0,000")
            start, end = word_edges(text, start, len(text) if end is None else end)
        self.tokens: Tokens = tokenize(text, start, end)
        # a year alone ("in 1916") stays a number too: it may be a figure ("1500 delegates")
        self.dates: list[DateMention] = [
            replace(d, start=d.start + start, end=d.end + start)
            for d in text_dates(text[start:end] if start or end is not None else text, language)
        ]
        self._date_starts = [d.start for d in self.dates]
        # the day and year of "January 8, 1918" are a date, not figures; a time of day is one
        # figure ("half past six" is 6.5, as "halb sieben" is: times.py)
        numbers = [
            n
            for n in read_word_numbers(self.tokens.words, language)
            if not self._in_date(self.tokens.starts[n.first])
        ]
        window = (start, len(text) if end is None else end)
        self.numbers: list[NumberMention] = as_numbers(
            numbers, self.tokens.starts, text, window, language
        )

    def _in_date(self, offset: int) -> bool:
        i = bisect.bisect_right(self._date_starts, offset) - 1
        return i >= 0 and self.dates[i].start <= offset < self.dates[i].end

    def word_at(self, offset: int) -> int:
        """The index of the word at (or last before) ``offset``."""
        return max(0, bisect.bisect_right(self.tokens.starts, offset) - 1)

    def dates_between(self, start: int, end: int) -> list[DateMention]:
        """The dates (not bare years) that begin in ``[start, end)``, in order."""
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end)
        return self.dates[lo:hi]


def key_terms(quote: str) -> set[str]:
    """The content words of a claim: not stopwords, not numbers, not shorter than 3 letters.

    >>> sorted(key_terms("thirty-two votes went to the second standpoint"))
    ['second', 'standpoint', 'votes', 'went']
    """
    return {
        w
        for w in tokenize(quote).words
        if w not in STOPWORDS and not is_number_word(w) and len(w) > 2
    }


def check_numbers(
    quote: str, facts: TextFacts, *, passage: Span | None = None, figure: bool = False
) -> FactCheck | None:
    """Compare the numbers of ``quote`` with the source.

    With a ``passage`` (a quotation found in the text) its numbers are compared with the
    passage's. A ``figure`` claim is looked for by value: the place in the text holding most of
    its numbers near its key terms, unless its passage states them all. None when the quote
    states no number.

    >>> facts = TextFacts("The first standpoint received 15 votes, the second 32 and the third 16.")
    >>> check = check_numbers("thirty-two votes, Lenin fifteen, and I sixteen", facts, figure=True)
    >>> check.verdict, check.source
    ('agrees', '15, 16, 32')
    """
    # read as the text is: the day and year of a date in the quote are the date's, not figures
    wanted = Counter(n.value for n in TextFacts(quote, language=facts.language).numbers)
    if not wanted:
        return None
    claimed = _values(wanted)
    if passage is not None:
        first, last = facts.word_at(passage.start), facts.word_at(passage.end - 1)
        found = Counter(n.value for n in facts.numbers if first <= n.first <= last)
        if figure and not wanted <= found:  # looked for by value, near its key terms
            return _find_figure(wanted, key_terms(quote), facts)
        if not found and not says_quantity(passage.slice(facts.text), facts.language):
            return FactCheck(  # "the three gentlemen" for "the gentlemen": not stated there
                "number", claimed, None, "not_found", None,
                f"the passage states no number: {claimed} not in it",
            )  # fmt: skip
        # a figure's passage stating all its figures is where they are (however far apart:
        # "a hundred thousand men [...] thirty-five thousand men", elided)
        verdict = "agrees" if found == wanted or figure else "differs"
        return FactCheck(
            "number", claimed, _values(found) or None, verdict, passage,
            f"the passage says {_values(found) or 'no number'}",
        )  # fmt: skip
    return _find_figure(wanted, key_terms(quote), facts)


def _find_figure(wanted: Counter[float], terms: set[str], facts: TextFacts) -> FactCheck:
    claimed = _values(wanted)
    words = facts.tokens.words
    best: tuple[int, int, int, int] | None = None  # (matched, terms, first, last)
    for mention in facts.numbers:
        first = max(0, mention.first - WINDOW_WORDS)
        last = min(len(words) - 1, mention.last + WINDOW_WORDS)
        window_terms = len(terms & set(words[first : last + 1]))
        if not window_terms:
            continue
        here = Counter(
            n.value for n in _numbers_in(facts.numbers, first, last) if n.value in wanted
        )
        matched = sum((here & wanted).values())
        key = (matched, window_terms, -first, last)
        if best is None or key > best:
            best = key
    if best is None or best[0] == 0:
        return FactCheck(
            "number", claimed, None, "not_found", None,
            f"no passage states {claimed} near the claim's key terms",
        )  # fmt: skip
    matched, n_terms, neg_first, last = best
    hits = [n for n in _numbers_in(facts.numbers, -neg_first, last) if n.value in wanted]
    # the statement itself: from a little before the first matching number to the last one,
    # widened to the numbers right around them (which a "differs" verdict reports)
    first = max(0, min(n.first for n in hits) - 8)
    last = min(len(words) - 1, max(n.last for n in hits) + 6)
    span = Span(facts.tokens.starts[first], facts.tokens.ends[last])
    present = Counter(n.value for n in _numbers_in(facts.numbers, first, last))
    stated = excerpt(facts.text, 160, span.start, span.end)
    if matched == sum(wanted.values()):
        return FactCheck(
            "number", claimed, _values(present & wanted), "agrees", span,
            f"all of {claimed} stated near {n_terms} key term(s): “{stated}”",
        )  # fmt: skip
    missing = wanted - present
    return FactCheck(
        "number", claimed, _values(present), "differs", span,
        f"the nearest passage states {_values(present)}; not {_values(missing)}: “{stated}”",
    )  # fmt: skip


def _numbers_in(numbers: list[NumberMention], first: int, last: int) -> list[NumberMention]:
    starts = [n.first for n in numbers]  # small lists per call are fine: numbers are sparse
    lo, hi = bisect.bisect_left(starts, first), bisect.bisect_right(starts, last)
    return numbers[lo:hi]


def _values(counter: Counter[float]) -> str:
    return ", ".join(str(v) for v in sorted(counter.elements()))


def check_date(
    claim_date: str, quote: str, facts: TextFacts, *, passage: Span | None = None
) -> FactCheck:
    """Compare a claim's ISO date with the date the source prints at the passage (or, with no
    passage, near the claim's key terms).

    >>> facts = TextFacts("January 7, 1918. We waited.\\n\\nJanuary 8, 1918. The vote was taken.")
    >>> passage = Span(facts.text.index("The vote"), len(facts.text))
    >>> check_date("1918-01-21", "", facts, passage=passage).verdict
    'agrees_old_style'
    """
    if passage is not None:
        lo = max(0, passage.start - DATE_CONTEXT_CHARS)
        mention = date_at(
            facts.dates_between(lo, passage.end), facts.text, passage, language=facts.language
        )
        if mention is not None:
            where = "at the passage" if mention.start >= lo else "under its entry's heading"
            return _date_check(claim_date, mention, facts, where)
        return FactCheck(
            "date", claim_date, None, "not_found", None, "no date is printed at the passage"
        )
    terms = key_terms(quote)
    near: list[tuple[int, DateMention]] = []  # (key terms around it, date)
    for mention in facts.dates:
        if not mention.day:
            continue
        i = facts.word_at(mention.start)
        window = set(facts.tokens.words[max(0, i - WINDOW_WORDS) : i + WINDOW_WORDS])
        score = len(terms & window)
        if score >= 2:
            near.append((score, mention))
    # A date that agrees near the claim's key terms is evidence; one that differs only counts
    # when the words around it say clearly that it is the same event.
    agreeing = [
        (n, m) for n, m in near if compare_date(claim_date, m, language=facts.language) != "differs"
    ]
    if agreeing:
        n, mention = max(agreeing, key=lambda nm: nm[0])
        return _date_check(claim_date, mention, facts, f"near {n} key terms")
    strong = [(n, m) for n, m in near if n >= max(3, (len(terms) + 1) // 2)]
    if strong:
        n, mention = max(strong, key=lambda nm: nm[0])
        return _date_check(
            claim_date, mention, facts, f"near {n} of the claim's {len(terms)} key terms"
        )
    detail = "no date near the claim's key terms"
    if near:
        n, mention = max(near, key=lambda nm: nm[0])
        printed = facts.text[mention.start : mention.end]
        detail += (
            f" agrees; the nearest (“{printed}”, near only {n} key terms) is too weak a sign "
            "to say it differs"
        )
    return FactCheck("date", claim_date, None, "not_found", None, detail)


def date_at(
    dates: Sequence[DateMention],
    text: str,
    passage: Span,
    *,
    language: str | None = None,
    entry_heads: bool = True,
) -> DateMention | None:
    """The date a claim is compared with at ``passage`` of ``text``, of ``dates`` (the dates
    printed there, in order, offsets into ``text``): of those with a day (else all), the first
    in the passage that prints its month ("Совещание открылось 15 января"), else the last one
    before it, at most :data:`DATE_CONTEXT_CHARS` before (a diary entry's or a protocol's
    heading), else the first in it ("the next session is on the 10th" under "January 8" is
    another day's), else the dated heading of the entry it is in, however long the entry
    (:func:`~.entries.entry_head_before`; a text in ``language``; not with ``entry_heads``
    False: the meaning stage's dated contenders weigh only a date printed near). The one
    rule of both paths: a passage found by words (:func:`check_date`) and one found by
    meaning (:func:`.rendering.date_check`).

    >>> from sourcecheck.facts.dates import parse_dates
    >>> text = "January 8, 1918.\\n\\nWe met on the 10th. On January 9 they left."
    >>> passage = Span(text.index("We"), len(text))
    >>> [text[d.start : d.end] for d in [date_at(parse_dates(text), text, passage)]]
    ['January 9']
    """
    lo = max(0, passage.start - DATE_CONTEXT_CHARS)
    printed = [d for d in dates if lo <= d.start < passage.end]
    candidates = [d for d in printed if d.day] or printed
    inside = [d for d in candidates if d.start >= passage.start]
    named = [d for d in inside if _prints_month(text[d.start : d.end])]
    before = [d for d in candidates if d.start < passage.start]
    if named:
        return named[0]
    if before:
        return before[-1]
    if inside:
        return inside[0]
    return entry_head_before(text, passage.start, language) if entry_heads else None


def _prints_month(printed: str) -> bool:
    """Whether a printed date names its month or gives it in digits, not only a day ("the
    10th", whose month is the text's)."""
    words = [w for w in re.findall(r"[^\W\d_]+", printed.lower()) if w not in ("the", "of")]
    return any(len(w) >= 3 for w in words) or bool(re.search(r"\d[-./]\d", printed))


def _date_check(claim_date: str, mention: DateMention, facts: TextFacts, where: str) -> FactCheck:
    return date_fact(claim_date, facts.text, mention, facts.language, where)


def date_fact(
    claim_date: str, text: str, mention: DateMention, language: str | None, where: str
) -> FactCheck:
    """The claim's date compared with ``mention``, a date printed in ``text`` (a text in
    ``language``: its calendar, :func:`~.dates.may_be_old_style`), explained."""
    verdict = compare_date(claim_date, mention, language=language)
    printed = text[mention.start : mention.end]
    read = mention.iso() if mention.year else "no year printed near it: compared without one"
    detail = f"the source prints “{printed}” ({read}) {where}"
    if verdict == "agrees_old_style":
        detail += "; the two dates are the same day in the Old and New Style calendars"
    elif verdict == "agrees" and mention.alt_day:
        detail += "; its second day is the New Style date"
    elif verdict == "differs":
        note = old_style_note(claim_date, mention, language=language)
        detail += f"; {note}" if note else ""
    return FactCheck("date", claim_date, printed, verdict, Span(mention.start, mention.end), detail)

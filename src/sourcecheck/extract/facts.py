"""Dates, sentences, figures and events for :mod:`sourcecheck.extract.claims`.

Dates are read by :func:`sourcecheck.facts.dates.parse_dates` ("February 11, 1918", "the
twenty-second of February", "March, 1918", "Early in May", "1916"), without filling missing
parts from context: extraction fills them from the narrative clock instead.

The **narrative clock** is the date the narration has reached: set by dates that place events
("On February 14, ...", "at the session of January 22"), not by deadlines ("by November 1"),
ranges ("between February 1 and 15"), quotations or citations in a parenthesized sentence
("(The speech of March 18, 1919.)"). Dates without a year take the clock's year, else the
text's most common year.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..facts.dates import DateMention, parse_dates
from ..facts.languages import counting_words, read_word_numbers
from ..facts.monthdates import MONTHS, read_dates
from ..models import Span
from ..normalize import fold, tokenize
from . import verbs
from .datestyles import new_style
from .relativedates import relative_dates, time_shifts
from .verbs import language

# The texts' years: a history's and a modern article's alike ("March 3, 2026" keeps its year);
# a release date in a Gutenberg header is kept off the clock by its label (_LABEL).
HISTORY_YEARS = range(1500, 2100)
# A label opening the date's line ("Release Date: ", "Last updated: "): the record's metadata.
_LABEL = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w ]{0,30}:[ \t]*$")
NOT_CLOCK_WORDS = frozenset("by until till before between and to".split())


@dataclass(frozen=True, slots=True)
class TextDates:
    """The dates of a text as extraction reads them, in text order: every ``mention`` (years
    filled in), and among them the ``clock``, those that place the narration in time."""

    mentions: list[DateMention]
    clock: list[DateMention]
    relative: dict[int, str] = field(default_factory=dict)
    """The relative dates ("next day") by start, with what they are relative to."""
    shifts: list[int] = field(default_factory=list)
    """Where the narration leaves its running date for another time ("Four centuries
    earlier"): :func:`~sourcecheck.extract.relativedates.time_shifts`."""
    old_style: dict[int, str] = field(default_factory=dict)
    """The dates the text marks as Old Style, read as New Style, by start: what was printed."""

    def carried(self, at: int) -> list[DateMention]:
        """The clock's dates (with a year) before offset ``at`` that still hold there: none
        from before the last time shift before it."""
        shift = max((s for s in self.shifts if s < at), default=-1)
        return [d for d in self.clock if d.year and shift < d.start < at]

    def said(self, text: str, d: DateMention) -> str:
        """How a note quotes date ``d``: "'February 10'", "'next day' after February 10"."""
        said = self.relative.get(d.start) or repr(text[d.start : d.end])
        return f"{said} ({self.old_style[d.start]})" if d.start in self.old_style else said

    def entry_head(self, text: str, span: Span) -> DateMention | None:
        """The date heading the diary entry that words at ``span`` belong to: a full date
        opening a line ("“_December 19, 1917._--Departure from Vienna"), or the dateline
        opening a quoted paragraph ("“Brest-Litovsk, January 9, 1918.", "“On the Western
        front, 1917. We drove"), in the words or before them, with no date of the narration
        and no paragraph of the narration in between (the quoted document ended there).

        >>> t = "“_December 19, 1917._--Departure.\\n\\n“We talked of tactics."
        >>> find_dates(t).entry_head(t, Span(40, 58)).iso()
        '1917-12-19'
        >>> t = "“Brest, January 9, 1918.\\n\\n“We talked.”\\n\\nThen Hoffmann wrote: “No.”"
        >>> dates = find_dates(t)
        >>> dates.entry_head(t, Span(29, 39)).iso(), dates.entry_head(t, Span(62, 65))
        ('1918-01-09', None)
        >>> t = "“The agreement of\\nApril 23, 1918, was signed.\\n\\n“It was late."
        >>> find_dates(t).entry_head(t, Span(48, 59)) is None  # a wrapped line, no heading
        True
        """
        heads = [
            d
            for d in self.mentions
            if d.year
            and d.start < span.end
            and d.start not in self.relative  # "The next day I voted": the narration's
            and _dateline(text, d, day=d.day is not None)
        ]
        if not heads:
            return None
        head = heads[-1]
        later_clock = any(head.start < d.start < span.start for d in self.clock)
        if later_clock or _narration_between(text, head.end, span.start):
            return None
        return head


def find_dates(text: str, quoted: list[tuple[int, int]] | None = None) -> TextDates:
    """Every date in ``text`` with years filled in and clock dates marked.

    >>> t = "At the congress in March, 1918, he spoke. On the twenty-second of February we met."
    >>> dates = find_dates(t)
    >>> [d.iso() for d in dates.mentions], [d.iso() for d in dates.clock]
    (['1918-03', '1918-02-22'], ['1918-03', '1918-02-22'])
    """
    found = sorted(parse_dates(text, context=False, years=HISTORY_YEARS), key=lambda d: d.start)
    if language() != "en":  # "Am 11. Februar 1918", "8 (21) января 1918": the text's months
        own = read_dates(text, language(), years=HISTORY_YEARS)
        years = [d for d in found if d.bare_year and not any(_overlap(d, o) for o in own)]
        found = sorted(own + years, key=lambda d: d.start)
    found, old_style = new_style(text, found)  # "January 29, 1918 (Old Style)": 1918-02-11
    quoted = quoted or []
    clock = [d.month is not None and _places_narration(text, d, quoted) for d in found]
    filled = _fill_years(found, clock)
    on_clock = [d for d, on in zip(filled, clock, strict=True) if on]
    relative = relative_dates(text, on_clock, quoted)
    return TextDates(
        sorted(filled + [r.date for r in relative], key=lambda d: d.start),
        sorted(on_clock + [r.date for r in relative], key=lambda d: d.start),
        {r.date.start: r.note for r in relative},
        time_shifts(text, quoted),
        old_style,
    )


def _opens_line(text: str, offset: int) -> bool:
    """Whether only quotation marks, underscores and spaces precede ``offset`` on its line."""
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    return not line.strip(" \t“”„«_‘'(\"")


_QUOTED_START = re.compile(r"[ \t]+\S|[“”„«‘'\"_]")
# A dateline's place before its date: a few capitalized words and a comma ("Brest-Litovsk, ",
# "On the Western front, "), after the quotation mark opening the paragraph.
_PLACE = re.compile(r"[ \t]*[“”„«‘'\"_]+[ \t]*(?:[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4},[ \t]*)?$")
_AFTER_DATELINE = re.compile(r"[._]*(?:[ \t]*(?:\n|$)|--|—|[ \t]+[A-Z])")


def _dateline(text: str, d: DateMention, *, day: bool) -> bool:
    """Whether ``d`` heads a paragraph as an entry's date: first on the paragraph's first line
    after its marks ("“_January 10._", "“_December 19, 1917._--Departure"; a day's date), or
    after a place there when a quotation mark opens it ("“Brest-Litovsk, January 9, 1918.",
    "“On the Western front, 1917. We drove"); then a stop and the line's end or the entry's
    first sentence (not "April 23, 1918, was signed", a sentence's words at a line's start)."""
    line = text.rfind("\n", 0, d.start) + 1
    if line > 1 and text[line - 2] != "\n":
        return False  # not the paragraph's first line
    first = day and _opens_line(text, d.start)
    return (first or _PLACE.match(text, line, d.start) is not None) and _AFTER_DATELINE.match(
        text, d.end
    ) is not None


def _narration_between(text: str, start: int, end: int) -> bool:
    """Whether a paragraph of the narration (one opening with neither a quotation mark nor
    an indent) begins between ``start`` and ``end``: a quoted document has ended there."""
    for blank in re.finditer(r"\n[ \t]*\n\s*", text[start:end]):
        at = start + blank.end()
        if at < end and _QUOTED_START.match(text, at - (text[at - 1] in " \t")) is None:
            return True
    return False


def _places_narration(text: str, d: DateMention, quoted: list[tuple[int, int]]) -> bool:
    if any(s <= d.start < e for s, e in quoted):
        return False
    if _LABEL.search(text, max(0, d.start - 40), d.start):
        return False  # "Release Date: April 12, 2006": a record's date, not the narration's
    before = text[max(0, d.start - 20) : d.start].split()
    if before and before[-1].lower().strip("(,") in NOT_CLOCK_WORDS:
        return False
    opened = text.rfind("(", max(0, d.start - 300), d.start)
    closed = text.rfind(")", max(0, d.start - 300), d.start)
    if opened > closed:
        close = text.find(")", d.end)
        if close != -1 and text[close - 1] == ".":
            return False  # a parenthesized sentence: a citation, not the narration
    return True


def _overlap(a: DateMention, b: DateMention) -> bool:
    return a.start < b.end and b.start < a.end


def _fill_years(found: list[DateMention], clock: list[bool]) -> list[DateMention]:
    """The dates with a year: the clock's year (the year of the last clock date that prints
    one), else the text's most common year."""
    years = Counter(d.year for d in found if d.year is not None and d.month is not None)
    dominant = years.most_common(1)[0][0] if years else None
    current = None
    filled = []
    for d, on_clock in zip(found, clock, strict=True):
        if d.year is not None and d.month is not None and on_clock:
            current = d.year
        elif d.year is None:
            d = replace(d, year=current if current is not None else dominant)
        filled.append(d)
    return filled


# -- sentences -----------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs dr st gen col capt prof vol no p pp cf ibid etc vs jr sr lt sgt rev hon ch".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[”\"’“)\]»«]*\s+(?=[“\"‘(\[„«»]?[A-Z0-9À-ÖØ-ÞА-ЯЁ])")
"""A sentence's end: its stop, closing marks, then the capital (Latin, Cyrillic) or digit of
the next one, perhaps after an opening mark (English, German, Russian marks)."""


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (a paragraph), as spans.

    >>> t = "Gen. Hoffmann spoke. H.H. Fisher wrote it. Then we left."
    >>> [t[s:e] for s, e in sentence_spans(t, 0, len(t))]
    ['Gen. Hoffmann spoke.', 'H.H. Fisher wrote it.', 'Then we left.']
    >>> t = "“Treasure or no.” The inspector shook his head."
    >>> len(sentence_spans(t, 0, len(t)))
    2
    """
    spans, cur = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        word = re.search(
            r"([\w.]+)[.!?…]+[”\"’)\]]*\s+$", text[max(start, m.start() - 12) : m.end()]
        )
        if (
            word
            and m.group()[0] == "."
            and not re.search(r"[”\"’)\]]", m.group())  # 'or no."': a quotation closed
            and (
                word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.group(1))
            )
        ):
            continue
        if word and _ordinal_date(word.group(1), text, m.end()):
            continue
        stop = m.start() + len(m.group().rstrip())
        spans.append((cur, stop))
        cur = m.end()
    if cur < end:
        spans.append((cur, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _ordinal_date(word: str, text: str, after: int) -> bool:
    """Whether "11." before a month name is a German ordinal day ("Am 11. Februar 1918")."""
    following = re.match(r"[^\W\d_]+", text[after : after + 12])
    months = MONTHS.get(language(), {})
    return word.isdigit() and following is not None and fold(following.group()) in months


# -- figures, events, paraphrases -----------------------------------------------------------

EVENT_RE = re.compile(
    r"\b(vot(?:ed|ing|es)|abstain\w*|oppos(?:ed|es)|adopt(?:ed|s)|signed|ratifi\w*|approv(?:ed|al)|"
    r"reject(?:ed|s)|resign(?:ed|s)|elected|appointed|arrested|declared war|broke off|seized|"
    r"occupied|landed|launched|captured|surrendered|capitulated|executed|dissolved)\b"
)
PARAPHRASE_RE = re.compile(
    r"\b(?:wrote|said|declared|stated|reported|announced|informed \w+|told \w+|"
    r"attributed to \w+ the (?:idea|view|opinion))\s+that\b|\baccording to [A-Z]"
)

_SAID_THAT = re.compile(r"\b([a-z]+)(?=\s+(?:\w+ly,?\s+)?that\b)")
NOT_REPORTING = frozenset("thought wondered".split())
"""Verbs in the list of saying whose "that" clause is a belief, no source's words reported
("he thought that")."""


def reports_words(sentence: str) -> bool:
    """Whether a sentence reports what someone said or wrote without quoting it: "wrote
    that", "according to Lenin", or any verb of saying in the past before "that"
    (:func:`said_that`).

    >>> reports_words("Machiavelli also argued that a prince must be a fox.")
    True
    >>> reports_words("He thought that it would rain."), reports_words("So that was it.")
    (False, False)
    """
    return PARAPHRASE_RE.search(sentence) is not None or said_that(sentence) is not None


def said_that(sentence: str) -> int | None:
    """Where a verb of saying in the past before "that" opens the words a sentence reports
    ("Machiavelli also argued that a prince ...", "Hoffmann insisted angrily that"), or None.

    >>> said_that("Machiavelli also argued that a prince must be a fox.")
    17
    """
    for m in _SAID_THAT.finditer(sentence):
        word = m.group(1)
        if word in NOT_REPORTING or word not in verbs.SPEECH_VERBS:
            continue
        if word.endswith("ed") or word in verbs.PAST:
            return m.start(1)
    return None


SUBJECT_BEFORE_VERB = 3
"""Words at most between a paraphrase's speaker and its verb of saying ("Machiavelli also
argued that", "Sassonoff had intimated that")."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A number stated at ``[start, end)`` and the word after it (what it counts)."""

    start: int
    end: int
    value: float  # a number read by facts.numbers: whole, or "1.5"
    counts: str


def figures(
    text: str, start: int, end: int, dates: list[DateMention], *, language: str | None = None
) -> list[Figure]:
    """Numbers in words or digits, not dates or durations; ``counts`` is what a number counts
    (the word after it, or "against" in "six against five"), "" when the text does not say
    ("Lenin fifteen"). Read in ``language`` (default: the language of the text being read,
    :func:`~sourcecheck.extract.verbs.language`), its number words and what it counts with
    them (:func:`~sourcecheck.facts.languages.counting_words`).

    >>> t = "It got thirty-two votes, Lenin fifteen; ten minutes later, six votes against five."
    >>> [(f.value, f.counts) for f in figures(t, 0, len(t), [])]
    [(32, 'votes'), (15, ''), (6, 'votes'), (5, 'against')]
    >>> t = "Zweiunddreißig Abgeordnete stimmten dagegen, vier Tage später sechs gegen fünf."
    >>> [(f.value, f.counts) for f in figures(t, 0, len(t), [], language="de")]
    [(32, 'abgeordnete'), (6, 'against'), (5, 'against')]
    """
    language = language or verbs.language()
    words = counting_words(language)
    tokens = tokenize(text, start, end)
    out = []
    for n in read_word_numbers(tokens.words, language):
        s, e = tokens.span(n.first, n.last)
        if any(d.start <= s < d.end for d in dates):
            continue
        before = tokens.words[n.first - 1] if n.first else ""
        if before in words.against:
            out.append(Figure(s, e, n.value, "against"))
            continue
        k = n.last + 1
        while k < len(tokens) and (tokens.words[k] in words.between or tokens.words[k].isdigit()):
            k += 1
        counted = tokens.words[k] if k < len(tokens) else ""
        counted = "against" if counted in words.against else counted  # "sechs gegen fünf"
        original = text[tokens.starts[k] : tokens.ends[k]] if counted else ""
        if counted and re.search(r"[.,;:!?()–—]", text[e : tokens.starts[k]]):
            counted = ""  # "Lenin fifteen; ten minutes": what follows the stop is not counted
        if counted in words.durations:
            continue  # "ten minutes later": a duration
        if not (counted.isalpha() and (original[0].islower() or language == "de")):
            counted = ""  # (German nouns are capitalized: "zwei Abgeordnete")
        votes = counted in ("vote", "votes")
        if n.value < 2 and not votes:
            continue
        if before in words.known and not votes and not text[s].isdigit():
            # "the two men", "his three sons": a number in the name of a group the text
            # has introduced refers to it; the sentence states no count (digits, "the 40,000
            # men", and votes are figures however they are introduced)
            continue
        out.append(Figure(s, e, n.value, counted))
    return out

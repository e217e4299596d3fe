"""Plain dataclasses for the things sourcecheck stores and computes. No I/O here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from .linebreaks import unbroken


def now_iso() -> str:
    """The current UTC time in the one format of every timestamp sourcecheck stores or writes
    (``retrieved_at``, ``started_at``, ``verified_at``, a report's ``generated_at``...):
    ISO 8601 to the second, with ``+00:00``.
    """
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, plural unless n is 1: the one place every message counts things.

    >>> counted(1, "claim"), counted(3, "claim"), counted(0, "text index", "text indexes")
    ('1 claim', '3 claims', '0 text indexes')
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def with_article(word: str) -> str:
    """``word`` after its indefinite article: "an event", "a figure"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved out of any word they fall inside, to its first and past its
    last character: a stretch of text read or shown begins and ends on whole words ("Deutsche
    Reich", never "sche Reich"; "30,000", never "0,000").

    >>> t = "Das Deutsche Reich zahlte 30,000 Mark."
    >>> s, e = word_edges(t, t.index("sche"), t.index(",000") + 2); t[s:e]
    'Deutsche Reich zahlte 30,000'
    """
    while 0 < start < len(text) and _in_word(text, start):
        start -= 1
    while 0 < end < len(text) and _in_word(text, end):
        end += 1
    return start, end


def _in_word(text: str, at: int) -> bool:
    """Whether ``at`` falls between two characters of one word (or one number: "30,000")."""
    before, after = text[at - 1], text[at]
    if before.isdigit() and after in ",." and text[at + 1 : at + 2].isdigit():
        return True
    if before in ",." and after.isdigit() and text[at - 2 : at - 1].isdigit():
        return True
    return _wordy(before) and _wordy(after)


def _wordy(char: str) -> bool:
    return char.isalnum() or char in "\u00ad\u0301"  # a soft hyphen, a stress mark


def excerpt(text: str, width: int = 60, start: int = 0, end: int | None = None) -> str:
    """``text`` (or ``text[start:end]``, widened to whole words: :func:`word_edges`) on one
    line in at most ``width`` characters: the one place every message, note and reason
    shortens a quote or a passage. A word hyphenated across a line break is joined again
    (:func:`~sourcecheck.linebreaks.unbroken`). A text too long is cut after its last whole
    word that fits, and "…" says so (a single word longer than the width is cut).

    >>> excerpt("On February 10, the delegations\\nof Germany", 30)
    'On February 10, the…'
    >>> excerpt("War is over.", 30), excerpt("Peace,\\tbread, land", 15)
    ('War is over.', 'Peace, bread…')
    >>> t = "Das Deutsche Reich zahlte."; excerpt(t, 30, t.index("sche"), t.index("hlte"))
    'Deutsche Reich zahlte'
    """
    if start or end is not None:
        start, end = word_edges(text, start, len(text) if end is None else end)
        text = text[start:end]
    flat = " ".join(unbroken(text).split())
    if len(flat) <= width:
        return flat
    cut = flat[: max(width - 1, 1)]
    if flat[len(cut)] != " " and " " in cut:  # not inside the last word
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


CLAIM_KINDS = ("quotation", "paraphrase", "figure", "date", "event", "oral")
"""``oral``: words spoken in conversation that no document records; not verifiable."""

SOURCE_KINDS = (
    "diary",
    "minutes",
    "speech",
    "letter",
    "telegram",
    "book",
    "article",
    "newspaper",
    "memoir",
    "report",
    "pamphlet",
    "other",
)


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into an exact stored text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Proposal:
    """A claim ``extract`` proposed into a claims file, as its ``proposed:`` list remembers
    it: where it was (``span``) and, since files remember words, a digest of its words
    (``words``) and of the words around it (``context``), so that a claim a person removed is
    recognised after an edit of the text moved it. ``start-end words.context`` in the file."""

    span: Span
    words: str | None = None
    context: str | None = None

    def entry(self) -> str:
        """The entry in the file: ``start-end`` then, if known, ``words.context``."""
        place = f"{self.span.start}-{self.span.end}"
        if self.words is None:
            return place
        return f"{place} {self.words}" + (f".{self.context}" if self.context else "")


@dataclass(slots=True)
class Document:
    """A text that makes claims, such as a memoir chapter."""

    id: str
    title: str | None = None
    author: str | None = None
    issued: str | None = None
    url: str | None = None
    sha256: str | None = None
    note: str | None = None


@dataclass(slots=True)
class TextEntry:
    """A text of a source as listed in a sources file: a local path or a URL to fetch."""

    path: str | None = None
    url: str | None = None
    label: str | None = None
    language: str | None = None
    encoding: str | None = None


@dataclass(slots=True)
class Source:
    """A cited work. Bibliographic field names follow CSL-JSON where one exists."""

    id: str
    title: str
    author: str | None = None
    issued: str | None = None
    kind: str = "other"
    language: str | None = None
    translator: str | None = None
    edition: str | None = None
    publisher: str | None = None
    container_title: str | None = None
    url: str | None = None
    note: str | None = None
    texts: list[TextEntry] = field(default_factory=list)


@dataclass(slots=True)
class SourceText:
    """One supplied text of a source, keyed by the sha256 of its raw bytes."""

    source_id: str
    text: str
    sha256: str
    origin: str
    label: str | None = None
    language: str | None = None
    retrieved_at: str | None = None
    encoding: str | None = None
    encoding_source: str | None = None
    extraction: str = "plain"
    language_detected: bool = False
    """``language`` was detected from the text, not given (migration m010)."""
    id: int | None = None

    @property
    def length(self) -> int:
        return len(self.text)


SPEAKER_BANDS = ((0.8, 95), (0.6, 85), (0.4, 58), (0.0, 35))
"""How often a speaker shown at each confidence band (from its lower bound) was right on the
six PDNC novels (``bench/bench_pdnc.py``, bench/RESULTS.md, 2026-11-27): what the notes to a
reviewer quote, in one place."""


def speaker_bands_said(under: float = 1.0) -> str:
    """The measured bands under ``under``, in words.

    >>> speaker_bands_said(0.6)
    'right 58% of the time from 0.4, 35% below'
    """
    parts = [
        f"{right}% from {bound:g}" if bound else f"{right}% below"
        for bound, right in SPEAKER_BANDS
        if bound < under
    ]
    return (
        "right " + parts[0].replace("%", "% of the time", 1) + "".join(f", {p}" for p in parts[1:])
    )


@dataclass(slots=True)
class Claim:
    """A factual assertion of a document, linked to the source it cites."""

    id: str
    quote: str
    kind: str = "quotation"
    source_id: str | None = None
    document_id: str | None = None
    speaker: str | None = None
    date: str | None = None
    locator: str | None = None
    start: int | None = None
    end: int | None = None
    paragraph: int | None = None
    notes: str | None = None
    speaker_confidence: float | None = None
    """How sure ``extract`` was of ``speaker`` (0-1: how often each band was right on novels
    is :data:`SPEAKER_BANDS`); None for a speaker a person
    gave or confirmed."""


class Status(StrEnum):
    """Verification statuses, best first. Definitions are in the README."""

    VERBATIM = "verbatim"
    CLOSE = "close"
    REWORDED = "reworded"
    PARTIAL = "partial"
    NOT_FOUND = "not_found"
    NO_TEXT = "no_text"


STATUSES = tuple(status.value for status in Status)
"""The statuses as plain strings, best first (what the database and reports hold)."""


class ReviewVerdict(StrEnum):
    """A person's verdict on a claim, recorded with ``sourcecheck review`` (see the README)."""

    ACCURATE = "accurate"
    MINOR_DIFFERENCES = "minor_differences"
    PARTLY_SUPPORTED = "partly_supported"
    MISQUOTED = "misquoted"
    MISATTRIBUTED = "misattributed"
    UNSUPPORTED = "unsupported"
    UNVERIFIABLE = "unverifiable"


REVIEW_VERDICTS = tuple(verdict.value for verdict in ReviewVerdict)
"""The verdicts a reviewer can give, as plain strings, from the most to the least supported."""


class ExportFormat(StrEnum):
    """What ``records.catalog.export`` writes: ``yaml`` (documents, sources and claims, in the
    import format) or ``csl-json`` (the sources, for citation managers). ``import`` reads both."""

    YAML = "yaml"
    CSL_JSON = "csl-json"


CLUSTER_TIMEOUT_S = 60.0
"""How long a verify run on a cluster waits for a worker when the cluster has none (here, not
in :mod:`sourcecheck.workers`, so that ``verify --help`` shows it without loading the matcher)."""


@dataclass(slots=True)
class Review:
    """A person's verdict on a claim, bound to what they reviewed: the claim's quote and the
    result of the run they looked at (its status, text and span). ``stale`` when the claim's
    quote or its latest result changed since (``stale_reason`` says how)."""

    claim_id: str
    verdict: str
    by: str
    at: str
    note: str | None = None
    stale: bool = False
    stale_reason: str | None = None
    id: int | None = None


DIFFERENCE_KINDS = ("changed", "missing", "extra", "spelling", "number", "negation")


@dataclass(frozen=True, slots=True)
class Difference:
    """One typed difference between the quote and the passage.

    ``quote``/``source`` are the differing words as printed on each side ("" when absent);
    the spans locate them in the quote and in the stored text.
    """

    kind: str
    quote: str
    source: str
    quote_span: Span | None = None
    source_span: Span | None = None


@dataclass(slots=True)
class MatchResult:
    """Where a quote was found in one text, how well, and what differs."""

    status: str
    score: float
    text_id: int | None = None
    span: Span | None = None
    segments: list[Span] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    reason: str = ""
    alternatives: list[Span] = field(default_factory=list)

    @property
    def scored(self) -> bool:
        """Whether a passage was compared, so that the score means something: not for a
        text never searched (``no_text``) nor for a ``not_found`` that compared nothing
        (no two consecutive words of the quote occur in the text, no rendering was weighed)."""
        if self.status == "no_text":
            return False
        return not (self.status == "not_found" and self.span is None and self.score == 0)


def status_rank(result: MatchResult) -> tuple[int, float]:
    """Sort key of a result, most supportive first: its status in :data:`STATUSES` order,
    then the higher score.

    >>> ranked = [MatchResult("partial", 90), MatchResult("close", 80), MatchResult("close", 85)]
    >>> [(r.status, r.score) for r in sorted(ranked, key=status_rank)]
    [('close', 85), ('close', 80), ('partial', 90)]
    """
    return STATUSES.index(result.status), -result.score

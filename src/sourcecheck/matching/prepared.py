"""A quote as the meaning stage uses it (:class:`PreparedQuote`: its vectors, content stems
and anchors, read once), its language, and a candidate passage's anchors."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from ..facts.check import DATE_CONTEXT_CHARS
from ..facts.dates import DateMention
from ..facts.entries import closing_heading, entry_head_before
from ..facts.monthdates import read_dates
from ..models import Span
from ..texts.language import detect_language, script
from .anchors import Anchors, german_common_nouns, read_anchors
from .embed import Embedder
from .openers import source_names
from .readings import reading_texts
from .stems import content_stems
from .vectors import raw_words


@dataclass(frozen=True, slots=True)
class PreparedQuote:
    """A quote as the stage uses it: its text, language, sentence vector, number of words,
    content stems in the text's language (same language only) and anchors; ``readings``: the
    vectors a passage is compared with (the quote's, and :func:`undated` when it has a date),
    a passage's similarity being the highest."""

    text: str
    language: str
    vector: np.ndarray
    words: int
    stems: frozenset[str]
    anchors: Anchors
    readings: np.ndarray  # (k, d), the first row ``vector``
    quoted: bool = True  # a quotation's words (held to the short-quotation rule), or an event's


def prepare_quote(
    quote: str, language: str, text_language: str, embedder: Embedder, *, quoted: bool = True
) -> PreparedQuote:
    """A quote with its vectors, content stems (in the text's language) and anchors;
    ``quoted``: a quotation's (or an oral claim's) words, not an event's (its writer's)."""
    words = raw_words(quote)
    stems = (
        frozenset(content_stems(words, text_language))
        if language == text_language
        else (frozenset())
    )
    anchors = _quote_anchors(quote, language)
    readings = embedder(reading_texts(quote, anchors))
    return PreparedQuote(quote, language, readings[0], len(words), stems, anchors, readings, quoted)


@lru_cache(maxsize=1024)
def _quote_anchors(quote: str, language: str) -> Anchors:
    """A quote's anchors, read once per process: ``verify`` looks for a claim in several
    texts (or places) of its source, and reading them costs about 3 ms."""
    return read_anchors(quote, language)


def passage_anchors(text: str, span: Span, language: str, quote: Anchors) -> Anchors:
    """The passage's anchors; when the quote has a date and the passage none, the date printed
    before it (a diary entry's heading, within DATE_CONTEXT_CHARS) stands for its date."""
    common = german_common_nouns(text) if language == "de" else frozenset()
    known = source_names(text, language)  # a name opening the passage is named elsewhere
    if (heading := closing_heading(text, span.start, span.end, language)) is not None:
        span = Span(span.start, heading)  # the next entry's heading: its date is no date here
    anchors = read_anchors(span.slice(text), language, common_nouns=common, known_names=known)
    if quote.dates and not anchors.dates:
        start = max(0, span.start - DATE_CONTEXT_CHARS)
        before = [d for d in read_dates(text[start : span.start], language) if d.day]
        if before:
            d = before[-1]
            printed = text[start + d.start : start + d.end]
            anchors = replace(anchors, dates=(d,), date_texts=(f"{printed} (before it)",))
        elif (head := _entry_heading(text, span, language)) is not None:
            printed = f"{text[head.start : head.end]} (its entry's heading)"
            anchors = replace(anchors, dates=(head,), date_texts=(printed,))
    return anchors


ENTRY_REACH = 20_000
"""How far before a passage its diary entry's heading is looked for, past the dates printed
near it (a long entry: "January 21st." two pages up); further, the passage is undated."""


def _entry_heading(text: str, span: Span, language: str) -> DateMention | None:
    """The dated heading of the diary entry (or the protocol's session) the passage is in,
    within :data:`ENTRY_REACH` before it (:func:`~sourcecheck.facts.entries.entry_head_before`)."""
    start = max(0, span.start - ENTRY_REACH)
    if start:  # from a paragraph's start: a heading opens one
        found = text.find("\n\n", start, span.start)
        start = span.start if found < 0 else found
    head = entry_head_before(text[start : span.start], span.start - start, language)
    if head is None:
        return None
    return replace(head, start=head.start + start, end=head.end + start)


@lru_cache(maxsize=256)
def quote_language(quote: str, text_language: str) -> str:
    """A plain quote's language, searched in a text of ``text_language``: detected; when
    unsure, Russian for Cyrillic, else the text's language."""
    found = detect_language(quote)
    if found is not None:
        return found.code
    return "ru" if script(quote) == "cyrillic" else text_language

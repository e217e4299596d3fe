"""A rendering whose sentence boundaries are not the source's: the best passages grown by
the clause or the sentence next to them.

Translators split, merge and move clauses. The candidates of the meaning stage are units
(sentences), stored runs of a long unit's clauses (the best runs, no two overlapping) and
clause runs of long windows; so when the nearest clause is the head of what renders the
quote, the run with the next clause loses its place to it. Marriott's "it is necessary for
a prince to have the people friendly" is 0.57 from Ricci's "it is necessary for a prince to
possess the friendship of the people; otherwise he has no resource in times of adversity",
its sentence of 48 words 0.61, both topic matches; with the next clause, "otherwise he has
no security in adversity", it is 0.71. And a claim that renders two sentences ("Der hellere
Klang ... erweckte Gregor förmlich. Aufatmend sagte er sich: ...") is nearer both than
either alone.

So each of the :data:`GROWN` best passages with fewer than :data:`.gapped.SHORT_SHARE` of
the quote's words, and nearly as similar as the best passage (:data:`NEAR`), is tried with
the clause before it and the clause after it (of its sentence: :func:`.gapped.unit_sentence`)
or, when it is whole units, with the unit before and the unit after; a grown passage has no
more than :data:`LONGEST` times the quote's words (plus 4). They are embedded in one call
(with :mod:`.gapped`'s joins), and one :data:`GAIN` nearer the quote than the passage it
grew from takes that one's place among the candidates (so that it crowds out no other),
to be weighed as the others are.

Measured (bench_meaning --detect, task bounds106): growing every passage under 3/4 of the
quote's words by any gain made 2 absent claims ``reworded`` (a doctor added to "Gregor ist
krank."; a clause "and used them to drive Gregor back" grown without its doer) and put a
grown passage among the contenders in place of a true rendering.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..models import Span
from .embed import Embedder, RememberingEmbedder
from .gapped import SHORT_SHARE, gapped_passages, unit_sentence
from .passages import Passage, clause_cuts, nearest_reading
from .vectors import TextUnits, flat_text, raw_words

GROWN = 2
"""The most passages grown: the best (by similarity) of those too short for the quote
(:data:`.gapped.SHORT_SHARE` of its words)..."""
NEAR = 0.08
"""...and at most this much less similar (cosine) than the best passage (the contenders of
:func:`.meaning.choose` are as near, ``rerank_gap``)."""
LONGEST = 1.5
"""A grown passage has at most this many times the quote's words (plus 4)."""
GAIN = 0.05
"""A grown passage takes the place of the one it grew from when at least this much more
similar (cosine): a neighbour that renders more of the quote, not one that only adds words
of its topic ("Gregor ist krank." with "Rasch um den Arzt.", +0.04 from an invented claim
that the doctor came and found a cold)."""


@dataclass(frozen=True, slots=True)
class _Growth:
    """A passage grown from ``origin``."""

    passage: Passage
    origin: Passage


def rebounded(
    text: str,
    units: TextUnits,
    passages: list[Passage],
    quote_words: int,
    readings: np.ndarray,
    embedder: Embedder,
    *,
    sentences: int = 1,
) -> list[Passage]:
    """``passages`` (best first) with the best one joined past what interrupts it when it is
    a clause too short for the quote (:mod:`.gapped`: the joins take its place), and the
    best ones too short for it grown by the clause or the unit next to them on either side
    where that is :data:`GAIN` nearer the quote (the nearest of its ``readings``; a grown
    passage takes the place of the one it grew from); best first. ``sentences``: the quote's
    (a passage of fewer whole units is too short too: :func:`_fewer_sentences`). What both
    embed goes to the model in one call when ``embedder`` remembers.

    >>> from sourcecheck.matching.vectors import text_units
    >>> t = "The duke was loved by all, and yet he had no friends in Rome. He left."
    >>> class Words:  # a toy embedder: the words each text holds
    ...     model_id = "toy"
    ...     def __call__(self, texts):
    ...         v = np.array([[w in s.split() for w in ("duke", "loved", "friends", "left.")]
    ...                       for s in texts], dtype=float) + 0.01
    ...         return v / np.linalg.norm(v, axis=1, keepdims=True)
    >>> q = Words()(["duke loved friends"])
    >>> best = Passage(Span(0, 25), 0.8, (0, 0), clause=True)
    >>> [(t[p.span.start : p.span.end], round(p.similarity, 2))
    ...  for p in rebounded(t, text_units(t, "en"), [best], 14, q, Words())]
    [('The duke was loved by all, and yet he had no friends in Rome.', 1.0)]
    """
    if not passages:
        return passages
    growths = _growths(text, units, passages, quote_words, sentences)
    if isinstance(embedder, RememberingEmbedder):
        embedder.defer([flat_text(text, g.passage.span.start, g.passage.span.end)
                        for g in growths])  # fmt: skip
    joined = gapped_passages(text, units, passages[0], quote_words, readings, embedder)
    if joined:
        passages = passages[1:] + joined
    better = _better(_embedded(text, growths, readings, embedder))
    kept = [p for p in passages if p not in {g.origin for g in better}]
    return sorted(kept + [g.passage for g in better], key=lambda p: -p.similarity)


def _growths(
    text: str, units: TextUnits, passages: list[Passage], quote_words: int, sentences: int
) -> list[_Growth]:
    """The grown passages, not yet embedded (similarity 0), with their origins."""
    seen = {p.span for p in passages}
    top = passages[0].similarity if passages else 0.0
    short = [
        p
        for p in passages
        if p.similarity >= top - NEAR
        and (
            _words(text, p.span) < SHORT_SHARE * quote_words
            or _fewer_sentences(p, passages, sentences)
        )
    ]
    growths: list[_Growth] = []
    for p in short[:GROWN]:
        for span, window, clause in _neighbours(text, units, p):
            if span not in seen and _words(text, span) <= LONGEST * quote_words + 4:
                seen.add(span)
                growths.append(_Growth(Passage(span, 0.0, window, clause=clause), p))
    return growths


def _fewer_sentences(p: Passage, passages: list[Passage], sentences: int) -> bool:
    """Whether ``p`` is fewer whole units than the quote has ``sentences``, and no other of
    the ``passages`` holds it (its neighbours are weighed there already). A translation keeps
    most sentence ends: a quote of two sentences whose first one is short and general ("The
    sponsor could not find any remaining problem.") is nearest the unit of its second one by
    the units' vectors, and the two units that render it were never embedded together
    (walk114, xc-en-ru-06: 0.54 for the one, 0.67 for both, the best of the text)."""
    if p.clause or p.window[1] - p.window[0] + 1 >= sentences:
        return False
    return not any(o.span != p.span and o.span.start <= p.span.start and p.span.end <= o.span.end
                   for o in passages)  # fmt: skip


def _embedded(
    text: str, growths: list[_Growth], readings: np.ndarray, embedder: Embedder
) -> list[_Growth]:
    """The grown passages with their similarity (the nearest of the quote's ``readings``)."""
    if not growths:
        return []
    texts = [flat_text(text, g.passage.span.start, g.passage.span.end) for g in growths]
    sims = nearest_reading(embedder(texts), readings)
    return [
        _Growth(Passage(g.passage.span, float(s), g.passage.window, g.passage.clause), g.origin)
        for g, s in zip(growths, sims, strict=True)
    ]


def _better(growths: list[_Growth]) -> list[_Growth]:
    """The growths :data:`GAIN` more similar than their origins."""
    return [g for g in growths if g.passage.similarity >= g.origin.similarity + GAIN]


def _neighbours(
    text: str, units: TextUnits, p: Passage
) -> list[tuple[Span, tuple[int, int], bool]]:
    """``p`` with the clause before and the clause after it in its sentence, when it is part
    of one; else (whole units) with the unit before and the unit after."""
    a, b = p.window
    first_start, last_end = int(units.spans[a, 0]), int(units.spans[b, 1])
    whole = p.span.start <= first_start and p.span.end >= last_end
    if not whole:
        start, end = unit_sentence(text, units, a)
        clauses = clause_cuts(text, start, end)
        inside = [i for i, (s, e) in enumerate(clauses) if s < p.span.end and e > p.span.start]
        if not inside:
            return []
        i, j = inside[0], inside[-1]
        spans = [Span(clauses[i - 1][0], p.span.end)] if i > 0 else []
        spans += [Span(p.span.start, clauses[j + 1][1])] if j + 1 < len(clauses) else []
        return [(s, _window(units, s), True) for s in spans]
    out: list[tuple[Span, tuple[int, int], bool]] = []
    if a > 0:
        out.append((Span(int(units.spans[a - 1, 0]), p.span.end), (a - 1, b), False))
    if b + 1 < len(units.spans):
        out.append((Span(p.span.start, int(units.spans[b + 1, 1])), (a, b + 1), False))
    return out


def _window(units: TextUnits, span: Span) -> tuple[int, int]:
    """The units ``span`` lies in (a clause grown across the units a long sentence was cut
    into spans them)."""
    starts = units.spans[:, 0]
    first = int(np.searchsorted(starts, span.start, side="right")) - 1
    last = int(np.searchsorted(starts, span.end - 1, side="right")) - 1
    return max(first, 0), max(last, first, 0)


def _words(text: str, span: Span) -> int:
    return len(raw_words(span.slice(text)))

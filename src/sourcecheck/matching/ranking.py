"""The candidate passages of a text for a prepared quote, best first, with their margins.

Taken out of :mod:`.meaning` (its module had passed the project's 500 lines): the windows the
stored vectors and the quote's stems propose (:mod:`.candidates`), the clause runs inside long
units, the nearest single units, embedded and compared with the quote (:mod:`.passages`), each
with its margin over the text's other passages. A text's passages written in the quote's
language while the text is stored in another (an untranslated paragraph) may be left out
(``skip``: :mod:`.untranslated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Span
from ..texts.sentences import unit_spans
from .bounds import rebounded
from .candidates import hint_windows, window_scores, windows_to_embed
from .embed import Embedder, remembering
from .meaning_params import MeaningParams
from .passages import (
    ClauseRun,
    Neighbours,
    Passage,
    clause_passages,
    clause_runs,
    could_pass,
    embed_passages,
    margin,
    nearest_reading,
    run_texts,
    unit_passages,
    window_size,
    without_headings,
)
from .prepared import PreparedQuote
from .quoted import with_quoted
from .repeated import unit_words
from .untranslated import in_skipped
from .vectors import UNIT_WORDS, TextVectors, text_units
from .verdict import SLACK, best_possible


@dataclass(frozen=True, slots=True)
class Candidate:
    """A passage with its margin over the rest of the text (0-1 cosines)."""

    passage: Passage
    margin: float


def rank_passages(
    quote: PreparedQuote,
    text: str,
    text_language: str,
    vectors: TextVectors | None,
    embedder: Embedder,
    params: MeaningParams = MeaningParams(),
    *,
    hints: Sequence[tuple[int, int]] = (),
    sims: np.ndarray | None = None,
    skip: np.ndarray | None = None,
) -> list[Candidate]:
    """Candidate passages of ``text`` for a prepared quote, best first, with their margins
    (what :func:`match_meaning` weighs, and bench/fit_meaning.py calibrates on). ``sims``:
    the quote's similarity with each unit of ``vectors``, if already computed. ``skip``: the
    units (a boolean each) that are neither candidates nor neighbours (:mod:`.untranslated`)."""
    units = text_units(text, text_language)
    if sims is None and vectors is not None:
        sims = nearest_reading(vectors.dense(), quote.readings)
    if skip is not None and sims is not None:
        sims = np.where(skip, -1.0, sims).astype(sims.dtype)
    size = window_size(quote.text)
    windows = windows_to_embed(
        text, units, vectors, sims, quote.stems, quote.anchors, size,
        candidates=params.candidates, embed=params.embed_windows,
    )  # fmt: skip
    hinted = hint_windows(units, hints, size, quote.stems)[:1]
    windows += [w for w in hinted if w not in windows]  # tried beside the best found
    windows = [w for w in windows if skip is None or not in_skipped(skip, w)]
    if not windows:
        return []
    cross = quote.language != text_language
    runs: list[ClauseRun] = []
    words = unit_words(text, units.spans)  # a passage's repetitions: not neighbours (.repeated)
    near = fine = Neighbours(sims, words) if sims is not None else None  # fine: clauses too
    if vectors is not None and sims is not None:
        nearer, runs = clause_runs(vectors, quote.readings, sims, params.clause_runs)
        if skip is not None:
            nearer = np.where(skip, -1.0, nearer).astype(nearer.dtype)
            runs = [r for r in runs if not skip[r.unit]]
        fine = Neighbours(nearer, words) if runs else near  # each unit's, or its nearest clause's
        runs = [r for r in runs if could_pass(r.score, (r.unit, r.unit), fine, cross)]
        first = windows[0]  # the best by summed unit vectors: hopeless, nothing is embedded
        span = Span(int(units.spans[first[0], 0]), int(units.spans[first[1], 1]))
        unembedded = Passage(span, window_scores(vectors, sims, [first])[0], first)
        above = margin(unembedded, [unembedded], near)
        if best_possible(unembedded.similarity, above, cross, slack=SLACK) < 0 and not runs:
            return [Candidate(unembedded, above)]
        embedder = memo = remembering(embedder)  # the runs go to the model with the windows
        memo.defer(run_texts(text, vectors, runs, params.embed_runs))
    passages = embed_passages(
        text, units, windows, quote.readings, quote.words, embedder, sims=sims,
        refine=params.refine, longer=params.longer,
        worth=lambda p: could_pass(p.similarity, p.window, near, cross),
    )  # fmt: skip
    if vectors is not None and sims is not None:
        extra = clause_passages(text, vectors, runs, quote.readings, embedder,
                                embed=params.embed_runs)  # fmt: skip
        extra += unit_passages(text, units, sims, params.near_units, set(windows))
        seen = {p.span for p in passages}
        for p in extra:
            if p.span not in seen:
                seen.add(p.span)
                passages.append(p)
        passages.sort(key=lambda p: -p.similarity)
        # too short for the quote: joined past what interrupts it, or grown (.bounds)
        sentences = len(unit_spans(quote.text, max_words=UNIT_WORDS))
        passages = rebounded(text, units, passages, quote.words, quote.readings, embedder,
                             sentences=sentences)  # fmt: skip
    passages = with_quoted(text, passages, quote.readings, embedder)  # a speech in its tag
    passages = without_headings(text, text_language, passages, quote.readings, embedder)
    passages = [p for p in passages if skip is None or not in_skipped(skip, p.window)]
    return [Candidate(p, margin(p, passages, fine if p.clause else near)) for p in passages]

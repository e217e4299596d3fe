"""The meaning stage of a verify run (issue 10): claims the words did not find, looked for as
renderings (another translation, a paraphrase, the original in another language) in the texts
of their cited source, with :func:`~sourcecheck.matching.meaning.match_meaning`.

It runs in the driver, after the word matcher (whose tasks may run on workers or a cluster),
on the claims of every kind whose best result is ``not_found``, or ``partial`` because its
words are reworded (:func:`wants_meaning`): a ``reworded`` result ranks above ``partial``, so
a passage that says the whole claim in other words is a better answer than some of its words;
when the stage finds nothing, the word result stays (a ``not_found`` gains the best candidate
and why it was rejected; a ``partial`` is judged where the words put it: :mod:`.matching.placed`).
A claim found by words (``verbatim``, ``close``) costs nothing; run in the driver, it gives the
same results whatever the number of workers. The facts of a claim found ``reworded`` are checked
at its passage, each side read in its own language (:mod:`sourcecheck.facts.rendering`).

Which texts and how (``MeaningParams``):

- a text with stored sentence vectors of the model (:mod:`sourcecheck.store.vectors`) is
  searched whole through them (its words read as stored with them: :mod:`.store.textwords`);
  the texts a run needs that have none get them first (stored) when together at most
  :data:`~sourcecheck.store.vectors.EMBED_CHARS` (4 MB);
- a source's other texts are searched whole by content stems and anchors (names, numbers,
  dates) when together at most ``scan_chars``; beyond (a library of 100 MB), only
  ``excerpt_chars`` around each place the word search found, so that verify stays fast;
- a text searched whole also tries the place where the word search put most of the quote's
  words (a rewording often keeps a few of them: "Trotski declines to sign").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .facts.rendering import rendering_facts
from .matching.anchors import read_anchors
from .matching.candidates import anchor_scores, nearest_windows, stem_scores
from .matching.embed import Embedder, RememberingEmbedder, default_embedder, one_blas_thread
from .matching.frames import statement
from .matching.lookalike import LOOKALIKE, quoted_kind
from .matching.match import _where
from .matching.meaning import (
    REWORDED,
    MeaningParams,
    MeaningResult,
    match_meaning,
    quote_language,
)
from .matching.passages import window_size, without_chapter_heading
from .matching.placed import word_place
from .matching.quote import ParsedQuote, parse_quote
from .matching.readings import plain_quote, reading_texts
from .matching.replaced import judge_replacement
from .matching.stems import content_stems
from .matching.vectors import TextUnits, TextVectors, raw_words, text_units
from .models import Claim, MatchResult, Span
from .store import vectors as stored_vectors
from .store.db import Database
from .store.indexes import TextPlace, load_texts
from .store.textwords import supply_words
from .store.vectors import VectorProgress, embed_texts, load_vectors, without_vectors
from .texts.language import language_of
from .unembedded import note_unembedded
from .workers import SELECTOR_CONTEXT, JobOutcome

SURVEY_BATCH = 256
"""Claims whose similarities with one text's units are computed at once (a 3 MB text has
about 33,000 units: 34 MB of float32 per batch)."""
MAX_EXCERPTS = 2
"""Excerpts searched per claim in the texts searched around the words (about 25 ms each)."""

Progress = Callable[[int, int], None]
"""progress(claims done, claims to do) of the meaning stage."""


@dataclass(frozen=True, slots=True)
class Request:
    """A claim to look for by meaning: its number in the run, the texts of its source, and
    per text the windows where the word search found some of its words."""

    n: int
    claim: Claim
    texts: tuple[int, ...]
    windows: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)  # the word score in each text
    words: MatchResult | None = None  # the word result (a lookalike's replaced words)


@dataclass(slots=True)
class Rendering:
    """The stage's best answer for one claim over its source's texts: ``reworded`` with the
    passage, its context and the facts checked there, or ``not_found`` and why."""

    result: MeaningResult
    outcome: JobOutcome | None = None


def wants_meaning(result: MatchResult, parsed: ParsedQuote | None, kind: str | None = None) -> bool:
    """Whether the meaning stage looks for a claim of ``kind`` whose word result is
    ``result``: when it is ``not_found`` (a short lookalike, its passage found with a content
    word changed, only when the claim is not a quotation, :func:`.lookalike.quoted_kind`: an
    event's words are its writer's, and the word replaced is judged at the rendering,
    :func:`.replaced.judge_replacement`; a quotation's stays ``not_found``, the word shown),
    or ``partial`` as a reworded passage (every elided segment placed, close together, but
    too different to be ``close``). A partial with a segment not found, or
    with its segments too far apart, stays: part of the quote is not in the source, and no
    rendering of the whole can be."""
    if result.status == "not_found":
        return LOOKALIKE not in result.flags or not quoted_kind(kind)  # a word changed
    if result.status != "partial" or parsed is None or "gap_too_long" in result.flags:
        return False
    return len(result.segments) == len(parsed.segments)


def explain_not_found(words: MatchResult, meaning: MeaningResult) -> None:
    """A claim neither stage found: its reason and score say the same. The reason leads with
    the meaning stage's best candidate and why it was rejected, when it has one (the word
    stage's best, under a partial match's score, is where a few of the quote's words occur,
    "General Hoffmann, with", rarely the passage to look at), then the word stage's score in a
    few words; the row's score (and text) are then that candidate's: its similarity, the
    number the reason gives, not the word stage's. Else the word stage's reason and score."""
    if meaning.candidate is None:
        words.reason = f"{words.reason}; by meaning: {meaning.reason}"
        return
    if not words.scored:
        words.reason = f"{meaning.reason}; by words, nothing comparable"
    else:
        words.reason = (
            f"{meaning.reason}; by words, the nearest passage scores only {words.score:g}"
        )
    words.score, words.text_id = meaning.score, meaning.text_id


def find_renderings(
    db: Database,
    requests: Sequence[Request],
    places: dict[int, TextPlace],
    *,
    params: MeaningParams = MeaningParams(),  # noqa: B008 - frozen
    embedder: Embedder | None = None,
    vector_progress: VectorProgress | None = None,
    progress: Progress | None = None,
) -> dict[int, Rendering]:
    """The meaning stage's answer for each request, by claim number. ``vector_progress``
    follows the sentence vectors built first; ``progress`` the claims done."""
    if not requests:
        return {}
    memo = RememberingEmbedder(embedder or default_embedder())
    with one_blas_thread():
        memo.prime([plain_quote(parse_quote(r.claim.quote)) for r in requests])
        missing = _first_use(db, requests, places, memo, vector_progress)
        whole = _whole_texts(db, requests, places, missing, memo, params)
        work = _work(requests, places, missing, whole, params)
        return _searched(db, requests, places, work, missing, memo, params, progress)


def _searched(
    db: Database,
    requests: Sequence[Request],
    places: dict[int, TextPlace],
    work: dict[int, list[tuple[Request, list[Span] | None]]],
    missing: dict[int, int],
    memo: RememberingEmbedder,
    params: MeaningParams,
    progress: Progress | None,
) -> dict[int, Rendering]:
    """Each text of ``work`` read once, its claims searched there; each claim's answer once
    all its texts are done."""
    left = Counter(request.n for items in work.values() for request, _ in items)
    best: dict[int, tuple[MeaningResult, str]] = {}  # per claim: the best so far, its text
    renderings = {r.n: _best(r, None, memo) for r in requests if not left[r.n]}
    for text_id in sorted(work):  # each text read once, its units built once
        text = load_texts(db, [text_id])[text_id]
        vectors = load_vectors(db, text_id, memo.model_id) if text_id not in missing else None
        language = language_of(text, places[text_id].text_language)
        supply_words(db, text_id, text, language, vectors)  # stored with its vectors
        for request, regions in work[text_id]:
            for result in _search(request, text_id, text, language, vectors, regions, memo, params):
                held = best.get(request.n)
                if held is None or _rank(result) < _rank(held[0]):
                    best[request.n] = (result, text)
            left[request.n] -= 1
            if not left[request.n]:
                renderings[request.n] = _best(request, best.pop(request.n, None), memo)
                whole = {
                    t for t, its in work.items() if any(r is request and not g for r, g in its)
                }
                note_unembedded(renderings[request.n].result, request.texts, missing, whole)
                if progress is not None:
                    progress(len(renderings), len(requests))
    return renderings


def _first_use(
    db: Database,
    requests: Sequence[Request],
    places: dict[int, TextPlace],
    embedder: RememberingEmbedder,
    progress: VectorProgress | None,
) -> dict[int, int]:
    """Build the vectors of the texts the run needs that have none, source by source (the
    smallest first) while they add up to at most ``EMBED_CHARS``; return the texts still
    without, with their lengths."""
    needed = sorted({t for r in requests for t in r.texts})
    missing = without_vectors(db, embedder.model_id, needed)
    by_source: dict[str, list[int]] = {}
    for text_id in missing:
        by_source.setdefault(places[text_id].source_id, []).append(text_id)
    chosen: list[int] = []
    budget = stored_vectors.EMBED_CHARS
    for texts in sorted(by_source.values(), key=lambda ts: sum(missing[t] for t in ts)):
        size = sum(missing[t] for t in texts)
        if size <= budget:
            chosen += texts
            budget -= size
    if chosen:
        embed_texts(db, sorted(chosen), embedder=embedder.inner, progress=progress)
    return {t: n for t, n in missing.items() if t not in chosen}


def _work(
    requests: Sequence[Request],
    places: dict[int, TextPlace],
    missing: dict[int, int],
    whole: dict[int, _Whole],
    params: MeaningParams,
) -> dict[int, list[tuple[Request, list[Span] | None]]]:
    """What to search, by text: each claim in the texts of its source chosen to be searched
    whole (``None``: see :func:`_whole_texts`); in the texts searched only around the words,
    the stretches around the word search's best places, at most :data:`MAX_EXCERPTS` a
    claim, in the texts where the words scored best first."""
    work: dict[int, list[tuple[Request, list[Span] | None]]] = {}
    for request in requests:
        for text_id in whole[request.n].chosen:
            work.setdefault(text_id, []).append((request, None))
        rest = [t for t in request.texts if t in missing and t not in whole[request.n].all]
        rest = [t for t in rest if request.windows.get(t)]
        left = MAX_EXCERPTS
        for text_id in sorted(rest, key=lambda t: -request.scores.get(t, 0.0)):
            regions = _regions(request.windows[text_id], places[text_id].length, params)[:left]
            if regions:
                work.setdefault(text_id, []).append((request, regions))
                left -= len(regions)
            if not left:
                break
    return work


@dataclass(slots=True)
class _Whole:
    """A claim's texts that may be searched whole (``all``), and those that will be."""

    all: frozenset[int]
    chosen: tuple[int, ...]


def _whole_texts(
    db: Database,
    requests: Sequence[Request],
    places: dict[int, TextPlace],
    missing: dict[int, int],
    memo: RememberingEmbedder,
    params: MeaningParams,
) -> dict[int, _Whole]:
    """Per claim, the texts of its source searched whole: those with vectors, and those
    without whose source's texts without vectors are few (:func:`_scanned_whole`). When they
    are more than ``params.texts``, one survey of them all ranks them for every claim
    (:func:`_survey`) and only the best are searched, so that a claim costs about the same
    whether its source is one text or thousands."""
    scans = _scanned_whole(requests, places, missing, params)
    whole: dict[int, _Whole] = {}
    for r in requests:
        texts = tuple(t for t in r.texts if t not in missing or t in scans)
        whole[r.n] = _Whole(frozenset(texts), texts)
    many = [r for r in requests if len(whole[r.n].chosen) > params.texts]
    if many:
        near, plain = _survey(db, many, whole, places, missing, memo)
        for r in many:
            best = _top(near[r.n], params.texts) + _top(plain[r.n], params.texts)
            best += _top({t: r.scores.get(t, 0.0) for t in whole[r.n].all}, 1)
            whole[r.n].chosen = tuple(sorted(set(best)))
    return whole


def _top(scores: dict[int, float], k: int) -> list[int]:
    """The ``k`` texts of highest positive score (the first text on a tie)."""
    return sorted((t for t, s in scores.items() if s > 0), key=lambda t: (-scores[t], t))[:k]


def _survey(
    db: Database,
    requests: Sequence[Request],
    whole: dict[int, _Whole],
    places: dict[int, TextPlace],
    missing: dict[int, int],
    memo: RememberingEmbedder,
) -> tuple[dict[int, dict[int, float]], dict[int, dict[int, float]]]:
    """Per claim, a score for each of its texts searched whole, each text read once: with
    vectors, the best window by summed sentence vectors (one matrix product for all the
    claims, :func:`~.matching.candidates.nearest_windows`); without, the idf weight of the
    quote's content stems in its best window (same language) or of its names, numbers and
    dates (another). The two kinds of score rank separately."""
    plains = {r.n: plain_quote(parse_quote(r.claim.quote)) for r in requests}
    readings = _Readings(plains, memo)
    by_text: dict[int, list[Request]] = {}
    for r in requests:
        for t in whole[r.n].all:
            by_text.setdefault(t, []).append(r)
    near: dict[int, dict[int, float]] = {r.n: {} for r in requests}
    plain: dict[int, dict[int, float]] = {r.n: {} for r in requests}
    for text_id, rs in sorted(by_text.items()):
        vectors = load_vectors(db, text_id, memo.model_id) if text_id not in missing else None
        if vectors is not None:
            language = places[text_id].text_language
            for first in range(0, len(rs), SURVEY_BATCH):
                chunk = rs[first : first + SURVEY_BATCH]
                for r, score in zip(chunk, readings.nearest(vectors, chunk, language), strict=True):
                    near[r.n][text_id] = score
            continue
        text = load_texts(db, [text_id])[text_id]
        language = language_of(text, places[text_id].text_language)
        units = text_units(text, language)
        for r in rs:
            plain[r.n][text_id] = _plain_score(plains[r.n], text, units, language)
    return near, plain


class _Readings:
    """The claims' quotes as the passage ranking compares them (:func:`.reading_texts`: as
    written and, with a date of a day, undated), for the survey: a text ranks by the nearer
    reading, as its passages do. A dated quote ranked as written alone put another diary's
    day above the entry that renders it (the date only the quote prints pulled it away)."""

    def __init__(self, plains: dict[int, str], memo: RememberingEmbedder) -> None:
        self.plains, self.memo = plains, memo
        self._texts: dict[tuple[int, str | None], list[str]] = {}

    def of(self, n: int, text_language: str | None) -> list[str]:
        key = (n, text_language)
        if key not in self._texts:
            quote = self.plains[n]
            language = quote_language(quote, text_language or "en")
            found = [
                reading_texts(q, read_anchors(q, language))
                for q in dict.fromkeys([quote, statement(quote, language)])
            ]  # frames.py
            self._texts[key] = list(dict.fromkeys(r for rs in found for r in rs))  # fmt: skip
        return self._texts[key]

    def nearest(
        self, vectors: TextVectors, requests: Sequence[Request], text_language: str | None
    ) -> list[float]:
        """Each claim's best window score in the text (of its nearer reading)."""
        texts = [self.of(r.n, text_language) for r in requests]
        owner = np.repeat(np.arange(len(requests)), [len(t) for t in texts])
        quotes = self.memo([s for t in texts for s in t])
        sizes = np.array([window_size(self.plains[r.n]) for r in requests])[owner]
        scores = nearest_windows(vectors, quotes, sizes)
        best = np.full(len(requests), -np.inf)
        np.maximum.at(best, owner, scores)
        return best.tolist()


def _plain_score(quote: str, text: str, units: TextUnits, language: str) -> float:
    """The best window's weight of the quote's content stems (same language) or anchors."""
    size, q_lang = window_size(quote), quote_language(quote, language)
    if q_lang == language:
        stems = set(content_stems(raw_words(quote), language))
        scored = stem_scores(units, stems, size, 6)
    else:
        scored = anchor_scores(text, units, read_anchors(quote, q_lang), size)
    return max(scored.values(), default=0.0)


def _scanned_whole(
    requests: Sequence[Request],
    places: dict[int, TextPlace],
    missing: dict[int, int],
    params: MeaningParams,
) -> set[int]:
    """The texts without vectors searched whole: those of sources whose texts without
    vectors are together at most ``params.scan_chars`` characters."""
    by_source: dict[str, set[int]] = {}
    for request in requests:
        for t in request.texts:
            if t in missing:
                by_source.setdefault(places[t].source_id, set()).add(t)
    return {
        t
        for texts in by_source.values()
        if sum(missing[t] for t in texts) <= params.scan_chars
        for t in texts
    }


def _search(
    request: Request,
    text_id: int,
    text: str,
    language: str,
    vectors: TextVectors | None,
    regions: list[Span] | None,
    embedder: Embedder,
    params: MeaningParams,
) -> list[MeaningResult]:
    """The claim looked for in one text: whole, or in each region (offsets into ``text``)."""
    unbuilt = replace(params, whole_text_chars=0)  # never embed a whole text here
    label = f"in text {text_id} " if len(request.texts) > 1 else ""  # which of the source's
    if regions is None:
        return [
            match_meaning(
                request.claim.quote, text, text_language=language, vectors=vectors,
                embedder=embedder, text_id=text_id, params=unbuilt, where=_placer(text, 0, label),
                hints=request.windows.get(text_id, []), claim_date=request.claim.date,
                kind=request.claim.kind, placed=word_place(request.words, text_id),
            )
        ]  # fmt: skip
    results = []
    for region in regions:
        result = match_meaning(
            request.claim.quote, region.slice(text), text_language=language, embedder=embedder,
            text_id=text_id, params=unbuilt, where=_placer(text, region.start, label),
            kind=request.claim.kind,
        )  # fmt: skip
        if result.span is not None:
            result.span = _shifted(result.span, region.start)
            result.segments = [_shifted(s, region.start) for s in result.segments]
        results.append(result)
    return results


def _shifted(span: Span, base: int) -> Span:
    return Span(span.start + base, span.end + base)


def _placer(text: str, base: int, label: str = "") -> Callable[[Span], str]:
    """How a reason names a place of the excerpt starting at ``base``: in the whole text,
    after ``label`` (which of the source's texts, when it has several)."""
    return lambda span: label + _where(text, _shifted(span, base))


def _regions(windows: list[tuple[int, int]], length: int, params: MeaningParams) -> list[Span]:
    """Stretches around the word windows, best first, overlaps merged, at most MAX_EXCERPTS."""
    pad = params.excerpt_chars
    regions: list[Span] = []
    for a, b in windows:
        span = Span(max(0, a - pad), min(length, b + pad))
        for i, region in enumerate(regions):
            if span.start <= region.end and region.start <= span.end:
                regions[i] = Span(min(region.start, span.start), max(region.end, span.end))
                break
        else:
            if len(regions) < MAX_EXCERPTS:
                regions.append(span)
    return regions


def _best(
    request: Request, found: tuple[MeaningResult, str] | None, embedder: Embedder
) -> Rendering:
    """A claim's answer from its best result over its texts (with that text): the reworded
    passage with its context and facts (a lookalike's replaced words judged there), else the
    rejected candidate that came nearest (its reason), else why nothing was a candidate."""
    if found is None:
        why = (
            "no text of the source holds the quote's words, names, numbers or dates, and "
            "none has sentence vectors (sourcecheck index --meaning)"
        )
        return Rendering(MeaningResult("not_found", 0.0, reason=why))
    result, text = found
    if result.status == REWORDED and result.span is not None:  # "wrecked" for "destroyed"?
        result = judge_replacement(request.words, result, result.span.slice(text),
                                   result.language or "en", embedder)  # fmt: skip
    if result.status != REWORDED or result.span is None:
        return Rendering(result)
    span = without_chapter_heading(text, result.span)  # "I." before the chapter's first words
    if span != result.span:
        result.reason = result.reason.replace(_where(text, result.span), _where(text, span))
        result.segments = [span if s == result.span else s for s in result.segments]
        result.span = span
    outcome = JobOutcome(
        result,
        prefix=text[max(0, span.start - SELECTOR_CONTEXT) : span.start],
        passage=span.slice(text),
        suffix=text[span.end : span.end + SELECTOR_CONTEXT],
        facts=rendering_facts(
            request.claim.quote, text, span,
            quote_language=result.evidence.quote_language if result.evidence else "en",
            language=result.language or "en", claim_date=request.claim.date,
        ),
    )  # fmt: skip
    return Rendering(result, outcome)


def _rank(result: MeaningResult) -> tuple[int, float, int]:
    """Reworded first, then the higher decision score (a candidate without one last), then
    the first text."""
    score = result.signals.score if result.signals is not None else float("-inf")
    return (result.status != REWORDED, -score, result.text_id or 0)

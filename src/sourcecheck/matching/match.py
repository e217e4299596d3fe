"""Locate a quote in a text, classify the result and explain it.

Pipeline for one quote and one text: ``parse_quote`` (elisions, interpolations) ->
``find_candidates`` (the index picks a few windows for the longest segment) -> ``align``
(word alignment inside each window; the other segments are then looked for in order, close to
it) -> differences typed from the alignment steps (:mod:`.differences`) -> a status with its
reason.

Statuses (0-100 scores, thresholds in :class:`MatchParams`):

- ``verbatim``: every segment found in order, close together, with no difference at all
  after normalization (see :mod:`sourcecheck.normalize`);
- ``close``: every segment found, score >= ``close_min``; every difference listed;
- ``partial``: some segments found and not others, or one passage found with too many words
  changed (``partial_min`` <= score < ``close_min``);
- ``not_found``: nothing in the text supports the quote; the reason gives the best candidate.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..models import Difference, MatchResult, Span, counted, excerpt, status_rank
from ..normalize import Tokens, WordSpans, tokenize
from .align import Alignment, align
from .changedsense import judge_changed_words
from .contractions import contractions_costed
from .differences import quote_differences, summary
from .edges import reach_edges
from .index import TextIndex, find_candidates
from .lookalike import guard_short_quote
from .params import MatchParams
from .quote import ParsedQuote, parse_quote
from .regnaltokens import regnal_quote, regnal_tokens
from .reversal import word_checks
from .stems import content_words
from .uncomparable import NOTHING_RESEMBLES, nothing_comparable

AVERAGE_WORD_CHARS = 7  # generous: English words plus the space and punctuation after them


@dataclass(slots=True)
class _Placed:
    """A segment placed in the text: the window's tokens and the alignment inside it."""

    window: Tokens
    alignment: Alignment
    words: int

    @property
    def start(self) -> int:
        return self.window.starts[self.alignment.first]

    @property
    def end(self) -> int:
        return self.window.ends[self.alignment.last]

    @property
    def score(self) -> float:
        return _score(self.alignment.cost, self.words)


@dataclass(slots=True)
class _Placement:
    """All segments of a quote placed around one candidate (None: segment not found)."""

    placed: list[_Placed | None]
    words: list[int]
    gaps: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, n_words)
    anchored: bool = False  # the anchor segment counts as found

    @property
    def found(self) -> list[_Placed]:
        return [p for p in self.placed if p is not None]

    @property
    def score(self) -> float:
        cost = sum(
            p.alignment.cost if p is not None else 1.01 * n
            for p, n in zip(self.placed, self.words, strict=True)
        )
        return _score(cost, sum(self.words))

    def complete(self, params: MatchParams) -> bool:
        """Every segment found, in order, each close enough to the previous one."""
        return (
            self.anchored
            and all(p is not None for p in self.placed)
            and all(g[2] <= params.max_gap_words for g in self.gaps)
        )

    @property
    def equal_words(self) -> int:
        """Quote words found unchanged."""
        return sum(
            1 for p in self.found for op in p.alignment.ops if op.q is not None and op.cost == 0.0
        )

    @property
    def span(self) -> Span | None:
        found = self.found
        if not found:
            return None
        return Span(min(p.start for p in found), max(p.end for p in found))


def _score(cost: float, words: int) -> float:
    return round(max(0.0, 100.0 * (1.0 - cost / max(words, 1))), 1)


def match_quote(
    quote: str | ParsedQuote,
    text: str,
    *,
    index: TextIndex | None = None,
    text_id: int | None = None,
    params: MatchParams = MatchParams(),
    language: str | None = None,
) -> MatchResult:
    """Find ``quote`` in ``text`` (written in ``language``: its negations and number words
    are read in it, English when None); classify and explain the best place.

    >>> source = "_Feb. 11._--Trotski declines to sign. The war is over, but there is no peace."
    >>> r = match_quote("Trotsky declines to sign. War is over, but there is no peace.", source)
    >>> r.status, r.span, [(d.kind, d.quote, d.source) for d in r.differences]
    ('close', Span(start=12, end=76), [('spelling', 'Trotsky', 'Trotski'), ('missing', '', 'The')])
    """
    parsed = quote if isinstance(quote, ParsedQuote) else parse_quote(quote)

    def windows(k: int) -> list[tuple[int, int]]:
        return _windows(parsed.segments[k], text, index, params)

    spans = index.spans if index is not None else None
    return match_in_text(
        parsed, text, windows, text_id=text_id, params=params, spans=spans, language=language
    )


Windows = Callable[[int], Sequence[tuple[int, int]]]
"""The character windows of a text where segment ``k`` of a quote may be, best first."""


def match_in_text(
    parsed: ParsedQuote,
    text: str,
    windows: Windows,
    *,
    text_id: int | None = None,
    params: MatchParams = MatchParams(),
    spans: WordSpans | None = None,
    language: str | None = None,
) -> MatchResult:
    """Place ``parsed`` in ``text`` around the candidate ``windows`` of its segments (from
    :func:`sourcecheck.matching.index.find_candidates`, or from the search of a shard),
    classify the best placement and explain it. With the ``spans`` of the text's words, the
    windows' words are sliced from them rather than scanned again (the same words). The
    text's ``language`` says which words are negations and numbers (English when None).

    Each segment in turn, the longest first, anchors placements in its windows; the others are
    placed in order around it. The first anchor with a complete placement ends the search. A
    short quote (under 8 words) that differs in a content word is not found
    (:func:`~.lookalike.guard_short_quote`); a ``close`` one where a content word is replaced
    by another is flagged ``word_changed``, and a changed word that is another name, an
    opposite or a preposition of absence is flagged as such (:mod:`.changedsense`).
    """
    flags = _quote_flags(parsed)
    parsed = regnal_quote(parsed, language)  # "the Second" one token, as "II" (.regnaltokens)
    if not parsed.segments:
        return MatchResult("not_found", 0.0, text_id, flags=flags, reason="the quote has no words")
    placements: list[_Placement] = []
    for anchor in sorted(range(len(parsed.segments)), key=lambda i: -len(parsed.segments[i])):
        placements += [
            _place_all(parsed, _Text(text, spans, language), anchor, w, params)
            for w in windows(anchor)
        ]
        if any(p.complete(params) for p in placements):
            break  # every segment placed, close together: other anchors cannot do better
    placements = [p for p in placements if p.found]
    if not placements:
        return MatchResult("not_found", 0.0, text_id, flags=flags, reason=NOTHING_RESEMBLES)
    placements.sort(
        key=lambda p: (
            -p.complete(params),
            -p.anchored,
            -p.score,
            sum(g[2] for g in p.gaps),
            p.span.start if p.span else 0,
        )
    )
    best = placements[0]
    result = _classify(parsed, text, best, placements[1:], text_id, flags, params, language)
    result = word_checks(result, parsed, text, best.placed, language, params)  # reversed?
    result = judge_changed_words(result, parsed, text, language)  # a name, an opposite?
    return guard_short_quote(result, len(parsed.words))  # a short lookalike is no match


def _shared_words(parsed: ParsedQuote, best: _Placement) -> list[str]:
    """The quote's words the placement matched, unchanged or as spelling variants, in order."""
    found = {
        (k, op.q)
        for k, p in enumerate(best.placed)
        if p is not None
        for op in p.alignment.ops
        if op.q is not None and op.t is not None and op.cost < 1.0
    }
    return [parsed.segments[k].words[q] for k, q in sorted(found)]


# -- locating ------------------------------------------------------------------------------


def _windows(
    segment: Tokens, text: str, index: TextIndex | None, params: MatchParams
) -> list[tuple[int, int]]:
    """Character windows where ``segment`` may be, best candidates first."""
    if index is not None:
        found = find_candidates(index, segment, top=params.candidates)
        if found:
            return [candidate_window(segment, c.start) for c in found]
    if index is None or index.n_words <= params.whole_text_words:
        return [(0, len(text))]
    return []


def candidate_window(segment: Tokens, start: int) -> tuple[int, int]:
    """The window aligned for a candidate start of ``segment``: the segment's length and some
    slack on either side (the start is only known to a bucket)."""
    length = segment.ends[-1] - segment.starts[0]
    slack = 100 + length // 2
    return (start - slack, start + length + slack)


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a window so that it does not cut a word."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


@dataclass(frozen=True, slots=True)
class _Text:
    """The text a quote is placed in, and where its words are when that is known."""

    text: str
    spans: WordSpans | None
    language: str | None = None

    def tokens(self, start: int, end: int) -> Tokens:
        words = tokenize(self.text, start, end, spans=self.spans)
        return regnal_tokens(words, self.text, self.language)


def _align_in(
    segment: Tokens, where: _Text, start: int, end: int, *, prefer_last: bool = False
) -> _Placed | None:
    start, end = _word_bounds(where.text, start, end)
    window = where.tokens(start, end)
    alignment = align(segment.words, window.words, prefer_last=prefer_last)
    if alignment is None or alignment.last < alignment.first:
        return None
    if (where.language or "en") == "en":  # "do not" / "don't": a spelling (.contractions)
        alignment = contractions_costed(alignment, segment.words, window.words)
    return _Placed(window, alignment, len(segment))


def _place_all(
    parsed: ParsedQuote, text: _Text, anchor: int, window: tuple[int, int], params: MatchParams
) -> _Placement:
    """Place the anchor segment in ``window``, then the others in order around it.

    When the anchor is not good enough to count as found, it stays placed (so a single
    segment can still be partial, or explain a not_found) but nothing is placed around it.
    """
    segments = parsed.segments
    placed: list[_Placed | None] = [None] * len(segments)
    first = _align_in(segments[anchor], text, *window)
    placement = _Placement(placed, [len(s) for s in segments])
    if first is None:
        return placement
    placed[anchor] = first
    placement.anchored = _is_found(first, params)
    if not placement.anchored:
        return placement
    reach = params.max_gap_words * AVERAGE_WORD_CHARS
    edge = first.end
    for k in range(anchor + 1, len(segments)):  # forward, each after the previous
        length = segments[k].ends[-1] - segments[k].starts[0]
        candidate = _align_in(segments[k], text, edge, edge + reach + 2 * length + 50)
        if candidate is not None and _is_found(candidate, params):
            placed[k] = candidate
            edge = candidate.end
    edge = first.start
    for k in range(anchor - 1, -1, -1):  # backward, each before the next
        length = segments[k].ends[-1] - segments[k].starts[0]
        candidate = _align_in(
            segments[k], text, edge - reach - 2 * length - 50, edge, prefer_last=True
        )  # of equally good places before the next segment, the nearest
        if candidate is not None and _is_found(candidate, params) and candidate.end <= edge:
            placed[k] = candidate
            edge = candidate.start
    found = placement.found
    for before, after in itertools.pairwise(found):
        between = text.tokens(before.end, after.start)
        placement.gaps.append((before.end, after.start, len(between)))
    return placement


def _is_found(placed: _Placed, params: MatchParams) -> bool:
    return placed.score >= params.close_min


# -- classifying ---------------------------------------------------------------------------


def _quote_flags(parsed: ParsedQuote) -> list[str]:
    flags = []
    if parsed.elided:
        flags.append("elided")
    if parsed.interpolations:
        flags.append("interpolated")
    return flags


def _classify(
    parsed: ParsedQuote,
    text: str,
    best: _Placement,
    others: list[_Placement],
    text_id: int | None,
    flags: list[str],
    params: MatchParams,
    language: str | None,
) -> MatchResult:
    """The result for the best placement: status, reason, differences, flags, alternatives."""
    _reach_edges(best, parsed, text, language)
    score = best.score
    span = best.span
    assert span is not None
    placed = [(p.window, p.alignment) if p is not None else None for p in best.placed]
    differences = quote_differences(
        parsed, text, placed, best.gaps, hidden_negation_words=params.hidden_negation_words,
        language=language,
    )  # fmt: skip
    far = [g for g in best.gaps if g[2] > params.max_gap_words]
    flags = list(flags)
    if far:
        flags.append("gap_too_long")
    for kind in ("negation", "number"):
        if any(d.kind == kind for d in differences):
            flags.append(kind)
    status, reason = _status(parsed, text, best, differences, far, params)
    if status == "not_found":
        # a candidate that is not the passage has no differences worth flagging
        quiet = [f for f in flags if f not in ("negation", "number", "gap_too_long")]
        shared = _shared_words(parsed, best)
        if not content_words(shared, language or "en") or best.equal_words == 0:
            # "upon the", "Trotzki in": no candidate, and its score would mean nothing
            return MatchResult(
                status, 0.0, text_id, flags=quiet,
                reason=nothing_comparable(shared, best.equal_words),
            )  # fmt: skip
        return MatchResult(status, score, text_id, flags=quiet, reason=reason)
    alternatives = [
        p.span
        for p in others
        if p.span is not None
        and (p.span.end <= span.start or p.span.start >= span.end)
        and score - p.score <= params.ambiguity_margin
        and p.score >= params.close_min
    ]
    if alternatives:
        flags.append("ambiguous")
        reason += f"; equally good elsewhere: {', '.join(_where(text, s) for s in alternatives)}"
    return MatchResult(
        status=status,
        score=score,
        text_id=text_id,
        span=span,
        segments=[Span(p.start, p.end) for p in best.found],
        differences=differences,
        flags=flags,
        reason=reason,
        alternatives=alternatives,
    )


def _reach_edges(best: _Placement, parsed: ParsedQuote, text: str, language: str | None) -> None:
    """The quote's first and last words that the passage lacks, set against the source's
    words beside it where those stand in their place (:mod:`.edges`)."""
    last = len(best.placed) - 1
    for i in {0, last}:
        p = best.placed[i]
        if p is not None:
            p.window, p.alignment = reach_edges(
                p.alignment, parsed.segments[i], parsed.quote, p.window, text, language,
                leading=i == 0, trailing=i == last,
            )  # fmt: skip


def _status(
    parsed: ParsedQuote,
    text: str,
    best: _Placement,
    differences: list[Difference],
    far: list[tuple[int, int, int]],
    params: MatchParams,
) -> tuple[str, str]:
    """The status of the best placement and the reason that explains it."""
    score = best.score
    span = best.span
    assert span is not None
    all_found = best.anchored and all(p is not None for p in best.placed)
    where = _where(text, span)
    n_seg = len(parsed.segments)
    if all_found and not far and not differences:
        reason = f"found word for word {where}"
        if n_seg > 1:
            reason += f"; its {n_seg} elided segments occur in order, close together"
        return "verbatim", reason
    if all_found and not far and score >= params.close_min:
        count = counted(len(differences), "difference")
        return "close", f"found {where} with {count}: " + summary(differences)
    if best.equal_words >= params.min_partial_words and (
        score >= params.partial_min or (n_seg > 1 and best.anchored)
    ):
        return "partial", _partial_reason(best, differences, far, where, n_seg, params)
    return "not_found", (
        f"no passage supports the quote; the best candidate ({where}, score {score:g}) "
        f"reads “{excerpt(text, 80, span.start, span.end)}”: {_rejected(best, n_seg, params)}"
    )


def _rejected(best: _Placement, n_seg: int, params: MatchParams) -> str:
    """The rules of :func:`_status` that refused the best candidate even a ``partial``."""
    rules = []
    if best.equal_words < params.min_partial_words:
        rules.append(
            f"only {counted(best.equal_words, 'word')} of the quote found unchanged there "
            f"(a partial match needs {params.min_partial_words})"
        )
    if best.score < params.partial_min and not (n_seg > 1 and best.anchored):
        rules.append(f"its score is below {params.partial_min:g}, the lowest of a partial match")
    return "; ".join(rules)


def _partial_reason(
    best: _Placement,
    differences: list[Difference],
    far: list[tuple[int, int, int]],
    where: str,
    n_seg: int,
    params: MatchParams,
) -> str:
    """Why a placement is only partial: segments missing, too far apart, or too different."""
    missing = [i + 1 for i, p in enumerate(best.placed) if p is None]
    if missing:
        return (
            f"only {n_seg - len(missing)} of {n_seg} elided segments found {where}; "
            f"not found within {params.max_gap_words} words: segment "
            + ", ".join(map(str, missing))
        )
    if far:
        return f"its segments are found {where} but more than {params.max_gap_words} words apart"
    # not "reworded": that is the meaning stage's status, and this passage was found by words
    return (
        f"found {where}, but with too many differences to be close (score {best.score:g}): "
        + summary(differences)
    )


@lru_cache(maxsize=16)
def _line_starts(text: str) -> np.ndarray:
    """Offsets of the newlines of a text (cached: the same text object recurs per run)."""
    return np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), dtype="<u4") == 10)


def _where(text: str, span: Span) -> str:
    line = int(np.searchsorted(_line_starts(text), span.start)) + 1
    return f"at line {line} (characters {span.start}-{span.end})"


def best_of(results: list[MatchResult]) -> MatchResult | None:
    """The most supportive of several results (status first, then score)."""
    return min(results, key=status_rank) if results else None

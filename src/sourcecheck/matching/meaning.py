"""The meaning stage: a quote the words did not find, looked for as a rendering.

A retranslation, a paraphrase or the original in another language says the same thing in
other words. For one quote and one text: candidate windows (:mod:`.candidates`: stems in the
same language, sentence vectors or anchors across languages) -> each window and the clause
runs inside it embedded and compared with the quote (cosine, shown 0-100 as *similarity*)
-> the best passage is ``reworded`` only when the evidence says more than "same topic":

- same language: similarity >= ``same_min`` and the passage shares at least
  ``min_shared`` of the quote's content stems and ``min_coverage`` % of them; a quote under
  ``short_words`` words must share every content stem (a lookalike with one word changed
  says something else);
- across languages: similarity >= ``cross_min``, or >= ``cross_anchored_min`` when a name,
  number or date of the quote is found in the passage.

Its names, numbers, dates and negations are compared (:mod:`.anchors`) and a difference
flagged (``negation``, ``number``, ``date``, ``name``). Otherwise the result is ``not_found``
and the reason names the best candidate and why it was rejected. The word matcher's statuses
(``verbatim``, ``close``, ``partial``) never come from here.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..models import MatchResult, Span
from ..texts.language import detect_language, script
from .anchors import AnchorComparison, Anchors, compare_anchors, read_anchors
from .candidates import Window, anchor_windows, stem_windows, vector_windows
from .embed import Embedder, default_embedder
from .match import _where
from .quote import ParsedQuote, parse_quote
from .stems import content_stems, content_words
from .vectors import TextUnits, TextVectors, cached_vectors, raw_words, text_units

REWORDED = "reworded"
"""The status of this stage: between ``close`` and ``partial``."""
_CLAUSE = re.compile(r"[,;:.!?…]+[”\"’»)\]]*\s+|\s+(?:—|--|–)\s*")


@dataclass(frozen=True, slots=True)
class MeaningParams:
    """Thresholds (0-100) and limits of the meaning stage. Calibrated on the labelled set
    of bench/data/meaning.yaml (bench/RESULTS.md)."""

    same_min: float = 70.0
    """Same language: the lowest similarity of a ``reworded`` passage."""
    min_shared: int = 3
    """Same language: content stems the passage must share with the quote (fewer if the
    quote has fewer)."""
    min_coverage: float = 40.0
    """Same language: the share (%) of the quote's content stems found in the passage."""
    cross_min: float = 62.0
    """Across languages: the lowest similarity of a ``reworded`` passage."""
    cross_anchored_min: float = 56.0
    """Across languages, when the passage holds a name, number or date of the quote."""
    short_words: int = 8
    """A quote with fewer words must share every content stem with its passage."""
    candidates: int = 6
    """Windows examined per way of finding them (stems, vectors, anchors)."""
    refine: int = 3
    """Best windows in which clause runs are tried too (a quote of part of a sentence)."""
    cross_coverage: float = 30.0
    """Across languages: the share (%) of the quote's content words with a translation in
    the passage (a word of the passage whose vector is at least ``word_min`` similar)."""
    word_min: float = 65.0
    """Across languages: two single words this similar (0-100) translate each other."""
    whole_text_chars: int = 4_000_000
    """Texts up to this size are embedded whole when no vectors are given (across
    languages); larger ones are searched by anchors only."""

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a person needs to judge a ``reworded`` passage (or a rejected candidate)."""

    quote_language: str
    language: str  # the passage's
    shared_words: tuple[str, ...] = ()  # the passage's words whose stems the quote has
    shared_names: tuple[str, ...] = ()
    missing_names: tuple[str, ...] = ()  # the quote's names the passage does not have
    quote_numbers: tuple[str, ...] = ()
    passage_numbers: tuple[str, ...] = ()
    quote_dates: tuple[str, ...] = ()
    passage_dates: tuple[str, ...] = ()
    quote_negations: tuple[str, ...] = ()
    passage_negations: tuple[str, ...] = ()


@dataclass(slots=True)
class MeaningResult(MatchResult):
    """A :class:`MatchResult` with the passage's language and the evidence."""

    language: str | None = None
    evidence: Evidence | None = None
    model_id: str | None = None
    alternatives_scores: list[float] = field(default_factory=list)


@dataclass(slots=True)
class _Passage:
    span: Span
    similarity: float
    shared: list[str]
    quote_stems: int


def match_meaning(
    quote: str | ParsedQuote,
    text: str,
    *,
    language: str | None = None,
    text_language: str | None = None,
    vectors: TextVectors | None = None,
    embedder: Embedder | None = None,
    text_id: int | None = None,
    params: MeaningParams = MeaningParams(),
) -> MeaningResult:
    """Find a rendering of ``quote`` in ``text``: ``reworded`` or ``not_found``, explained.

    ``language``/``text_language``: ISO 639-1 codes, detected when None. ``vectors``: the
    text's stored sentence vectors (built whole for a text up to ``whole_text_chars`` when
    needed and absent). ``embedder``: any :class:`~.embed.Embedder` (default: multilingual USE).

    >>> src = "Because this is to be asserted in general of men, that they are ungrateful, fickle."
    >>> r = match_meaning("For it may be said of men in general that they are ungrateful.", src)
    >>> r.status, r.span.slice(src)[:40]
    ('reworded', 'Because this is to be asserted in genera')
    """
    parsed = quote if isinstance(quote, ParsedQuote) else parse_quote(quote)
    embedder = embedder or default_embedder()
    plain = " ".join(parsed.quote[s.starts[0] : s.ends[-1]] for s in parsed.segments)
    t_lang = text_language or _text_language(text)
    q_lang = language or _quote_language(plain, t_lang)
    result = MeaningResult("not_found", 0.0, text_id, language=t_lang, model_id=embedder.model_id)
    if not parsed.segments or not text.strip():
        result.reason = "the quote has no words" if not parsed.segments else "the text is empty"
        return result
    if vectors is not None and vectors.model_id != embedder.model_id:
        raise ValueError(f"vectors of {vectors.model_id!r}, embedder {embedder.model_id!r}")
    units = text_units(text, t_lang)
    same = q_lang == t_lang
    if vectors is None and not same and len(text) <= params.whole_text_chars:
        vectors = cached_vectors(text, embedder)  # type: ignore[arg-type]  # hashable in practice
    query = embedder([plain])[0]
    q_words = len(raw_words(plain))
    q_stems = set(content_stems(raw_words(plain), t_lang)) if same else set()
    q_anchors = read_anchors(plain, q_lang)
    size = min(4, len(re.findall(r"[.!?…]+(?:\s|$)", plain.strip())) + 1)
    windows = _windows(text, units, vectors, query, q_stems, q_anchors, size, params)
    if not windows:
        result.reason = _nothing_reason(same, t_lang, q_anchors)
        return result
    passages = _score(text, units, windows, query, q_words, q_stems, embedder, params)
    if not same:
        for p in passages:
            p.shared, p.quote_stems = _word_pairs(
                plain, q_lang, p.span.slice(text), t_lang, embedder, params.word_min / 100
            )
    best = max(passages, key=lambda p: p.similarity)
    p_anchors = read_anchors(best.span.slice(text), t_lang)
    comparison = compare_anchors(q_anchors, p_anchors)
    evidence = _evidence(q_lang, t_lang, best, q_anchors, p_anchors, comparison)
    verdict = _judge(best, same, q_words, comparison, params)
    result.score, result.evidence = best.similarity, evidence
    where = _where(text, best.span)
    if verdict is not None:
        excerpt = " ".join(best.span.slice(text).split())[:80]
        result.reason = (
            f"no passage says this in other words; the best candidate ({where}, similarity "
            f"{best.similarity:g}) reads “{excerpt}” and {verdict}"
        )
        return result
    result.status, result.span, result.segments = REWORDED, best.span, [best.span]
    result.flags = list(comparison.flags)
    result.reason = _found_reason(where, best, evidence, comparison, same)
    return result


@lru_cache(maxsize=8)
def _text_language(text: str) -> str:
    found = detect_language(text)
    return found.code if found else "en"


def _quote_language(quote: str, text_language: str) -> str:
    """Detected; when unsure, the text's if the scripts agree (a short quote of a name)."""
    found = detect_language(quote)
    if found is not None:
        return found.code
    if script(quote) == "cyrillic":
        return "ru"
    return text_language if script(quote) != "cyrillic" else "en"


def _windows(
    text: str,
    units: TextUnits,
    vectors: TextVectors | None,
    query: np.ndarray,
    q_stems: set[str],
    q_anchors: Anchors,
    size: int,
    params: MeaningParams,
) -> list[Window]:
    found: list[Window] = []
    if q_stems:
        found += stem_windows(units, q_stems, size, params.candidates)
    if vectors is not None:
        found += vector_windows(vectors, query, size, params.candidates)[0]
    elif not q_stems:
        found += anchor_windows(text, units, q_anchors, size, params.candidates)
    return list(dict.fromkeys(found))


def _score(
    text: str,
    units: TextUnits,
    windows: list[Window],
    query: np.ndarray,
    q_words: int,
    q_stems: set[str],
    embedder: Embedder,
    params: MeaningParams,
) -> list[_Passage]:
    """Passages inside the windows, as long as the quote, embedded and compared.

    The clauses of every window are embedded once; a run of clauses is first scored by its
    summed clause vectors, and only the best ``refine`` runs are embedded whole.
    """
    clauses: dict[tuple[int, int], int] = {}
    window_clauses = []
    for a, b in windows:
        cuts = _clause_cuts(text, int(units.spans[a, 0]), int(units.spans[b, 1]))
        window_clauses.append(cuts)
        for cut in cuts:
            clauses.setdefault(cut, len(clauses))
    vectors = embedder([" ".join(text[s:e].split()) for s, e in clauses])
    lo, hi = max(3.0, 0.6 * q_words), 1.5 * q_words + 4
    approx: dict[tuple[int, int], float] = {}
    for cuts in window_clauses:
        sizes = [len(raw_words(text[s:e])) for s, e in cuts]
        for i in range(len(cuts)):
            total, n = np.zeros_like(query), 0
            for j in range(i, len(cuts)):
                total, n = total + vectors[clauses[cuts[j]]], n + sizes[j]
                if n > hi and j > i:
                    break
                if n >= lo or (i == 0 and j == len(cuts) - 1):
                    norm = float(np.linalg.norm(total)) or 1.0
                    approx[(cuts[i][0], cuts[j][1])] = float(total @ query) / norm
    best = sorted(approx, key=lambda r: -approx[r])[: params.refine]
    sims = embedder([" ".join(text[s:e].split()) for s, e in best]) @ query
    return [
        _passage(text, Span(s, e), float(sim), q_stems, units.language)
        for (s, e), sim in zip(best, sims.tolist(), strict=True)
    ]


def _clause_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``: cut at punctuation, none under 3 words."""
    cuts = [start] + [m.end() for m in _CLAUSE.finditer(text, start, end)] + [end]
    spans: list[tuple[int, int]] = []
    for s, e in itertools.pairwise(cuts):
        if spans and len(raw_words(text[spans[-1][0] : spans[-1][1]])) < 3:
            spans[-1] = (spans[-1][0], e)
        elif e > s:
            spans.append((s, e))
    if len(spans) > 1 and len(raw_words(text[spans[-1][0] : spans[-1][1]])) < 3:
        last = spans.pop()
        spans[-1] = (spans[-1][0], last[1])
    return [_strip(text, s, e) for s, e in spans]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _passage(text: str, span: Span, sim: float, q_stems: set[str], language: str) -> _Passage:
    shared: list[str] = []
    if q_stems:
        for word in raw_words(span.slice(text)):
            stems = content_stems([word], language)
            if stems and stems[0] in q_stems and word not in shared:
                shared.append(word)
    return _Passage(span, round(100 * max(0.0, sim), 1), shared, len(q_stems))


def _word_pairs(
    quote: str, q_lang: str, passage: str, t_lang: str, embedder: Embedder, minimum: float
) -> tuple[list[str], int]:
    """Across languages: the quote's content words that have a translation in the passage
    (word vectors at least ``minimum`` similar), as "quote/passage" pairs; and how many
    content words the quote has."""
    mine = content_words(raw_words(quote), q_lang)
    theirs = content_words(raw_words(passage), t_lang)
    if not mine or not theirs:
        return [], len(mine)
    sims = _word_vectors(mine, embedder) @ _word_vectors(theirs, embedder).T
    best = sims.argmax(axis=1)
    pairs = [
        f"{w}/{theirs[j]}"
        for i, (w, j) in enumerate(zip(mine, best.tolist(), strict=True))
        if sims[i, j] >= minimum
    ]
    return pairs, len(mine)


_WORD_CACHE: dict[tuple[str, str], np.ndarray] = {}


def _word_vectors(words: list[str], embedder: Embedder) -> np.ndarray:
    """Vectors of single words, kept for the process (a run meets the same words often)."""
    todo = [w for w in words if (embedder.model_id, w) not in _WORD_CACHE]
    if todo:
        if len(_WORD_CACHE) > 200_000:
            _WORD_CACHE.clear()
        for w, v in zip(todo, embedder(todo), strict=True):
            _WORD_CACHE[(embedder.model_id, w)] = v
    return np.stack([_WORD_CACHE[(embedder.model_id, w)] for w in words])


def _judge(
    best: _Passage,
    same: bool,
    q_words: int,
    comparison: AnchorComparison,
    params: MeaningParams,
) -> str | None:
    """None when the passage is a rendering; else why it is not, in plain words."""
    sim = best.similarity
    if same:
        shared = len({w.casefold() for w in best.shared})
        needed = min(params.min_shared, best.quote_stems)
        coverage = 100 * shared / max(best.quote_stems, 1)
        listed = ", ".join(f"“{w}”" for w in best.shared[:4]) or "no content word"
        if q_words < params.short_words and shared < best.quote_stems:
            return f"shares only {listed}: a short quotation must share every content word"
        if shared < needed or coverage < params.min_coverage:
            return f"shares only {listed} of its {best.quote_stems} content words: a topic"
        if sim < params.same_min:
            return f"is not close enough in meaning (below {params.same_min:g})"
        return None
    coverage = 100 * len(best.shared) / max(best.quote_stems, 1)
    if coverage < params.cross_coverage:
        listed = ", ".join(f"“{w}”" for w in best.shared[:4]) or "no content word"
        return f"shares only {listed} of its {best.quote_stems} content words: a topic"
    anchored = bool(comparison.shared_names) or comparison.numbers_agree or comparison.dates_agree
    needed_sim = params.cross_anchored_min if anchored else params.cross_min
    if sim < needed_sim:
        sharing = f"shares {', '.join(comparison.shared_names)}" if comparison.shared_names else ""
        return (
            f"{sharing + ' but ' if sharing else ''}is not close enough in meaning "
            f"(below {needed_sim:g}{' with a shared name, number or date' if anchored else ''})"
        )
    return None


def _evidence(
    q_lang: str,
    t_lang: str,
    best: _Passage,
    q: Anchors,
    p: Anchors,
    comparison: AnchorComparison,
) -> Evidence:
    return Evidence(
        quote_language=q_lang,
        language=t_lang,
        shared_words=tuple(best.shared),
        shared_names=comparison.shared_names,
        missing_names=comparison.missing_names,
        quote_numbers=tuple(n for _, n in q.numbers),
        passage_numbers=tuple(n for _, n in p.numbers),
        quote_dates=q.date_texts,
        passage_dates=p.date_texts,
        quote_negations=q.negations,
        passage_negations=p.negations,
    )


def _found_reason(
    where: str, best: _Passage, ev: Evidence, comparison: AnchorComparison, same: bool
) -> str:
    kind = "in other words" if same else f"in {ev.language} (the quote is in {ev.quote_language})"
    parts = [f"the source says this {kind} {where} (similarity {best.similarity:g})"]
    if ev.shared_words:
        parts.append("shared words: " + ", ".join(f"“{w}”" for w in ev.shared_words[:8]))
    if ev.shared_names:
        parts.append("names: " + ", ".join(ev.shared_names))
    if ev.quote_numbers or ev.passage_numbers:
        parts.append(f"numbers {_both(ev.quote_numbers, ev.passage_numbers)}")
    if ev.quote_dates or ev.passage_dates:
        parts.append(f"dates {_both(ev.quote_dates, ev.passage_dates)}")
    for flag in comparison.flags:
        parts.append(_FLAG_TEXT[flag](ev, comparison))
    return "; ".join(parts)


def _both(quote: tuple[str, ...], passage: tuple[str, ...]) -> str:
    return f"{', '.join(quote) or 'none'} in the quote, {', '.join(passage) or 'none'} there"


_FLAG_TEXT = {
    "negation": lambda ev, c: (
        "CHECK: a negation on one side only ("
        + (", ".join(ev.quote_negations) or "none")
        + " / "
        + (", ".join(ev.passage_negations) or "none")
        + ")"
    ),
    "number": lambda ev, c: "CHECK: the numbers differ",
    "date": lambda ev, c: "CHECK: the dates differ",
    "name": lambda ev, c: (
        f"CHECK: names differ ({', '.join(c.missing_names)} not there; "
        f"it names {', '.join(c.other_names)})"
    ),
}


def _nothing_reason(same: bool, language: str, anchors: Anchors) -> str:
    if same:
        return "no passage shares the quote's content words"
    return (
        f"the text is in {language} and has no sentence vectors, and no name, number or date "
        "of the quote occurs in it"
    )

"""Passages inside candidate windows, embedded and compared with a quote.

A window is a run of whole units (sentences); the quote may render only part of one (a
clause of a long German sentence). The best windows are embedded whole; in the best of those
that are much longer than the quote, runs of clauses about the quote's length are tried: the
clauses are embedded once, a run is scored by its summed clause vectors, and only the best
runs are embedded whole. Everything embedded for one quote is a few hundred words.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ..facts.monthdates import read_dates
from ..models import Span
from .candidates import COMPILED_SCORES, Window, best_windows, largest
from .embed import Embedder
from .repeated import UnitWords, repetition
from .vectors import TextUnits, TextVectors, flat_text, raw_words, strip_span
from .verdict import NEIGHBOUR_FLOOR, NEIGHBOURS, SLACK, best_possible, neighbour_floor

_CLAUSE = re.compile(r"[,;:.!?…]+[”\"’»«)\]]*\s+|\s+(?:—|--|–)\s*")


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of the text, its similarity (0-1 cosine) with the quote, and its window;
    ``clause``: a run of the stored clauses of one unit (its margin is taken over the text's
    clauses as well as its units)."""

    span: Span
    similarity: float
    window: Window
    clause: bool = False


def embed_passages(
    text: str,
    units: TextUnits,
    windows: list[Window],
    query: np.ndarray,
    q_words: int,
    embedder: Embedder,
    *,
    sims: np.ndarray | None = None,
    refine: int = 2,
    longer: float = 1.6,
    worth: Callable[[Passage], bool] | None = None,
) -> list[Passage]:
    """The windows embedded whole, and clause runs of the best ``refine`` long ones; best
    first. ``query``: the quote's vector, or its readings (k, d): a passage's similarity is
    that of the nearest (:func:`nearest_reading`). ``windows`` should come best first (by a
    cheaper score) and be few. ``sims``: the quote's similarity with every unit (from the
    stored vectors), so that a window of one unit is not embedded again. A window more than
    ``longer`` times the quote's words (plus 4) is searched for shorter runs. ``worth``:
    whether a window is worth searching for clause runs (not when even a better run could
    not pass)."""
    spans = [strip_span(text, int(units.spans[a, 0]), int(units.spans[b, 1])) for a, b in windows]
    known = {i: float(sims[a]) for i, (a, b) in enumerate(windows) if sims is not None and a == b}
    todo = [i for i in range(len(windows)) if i not in known]
    if todo:
        vectors = embedder([flat_text(text, *spans[i]) for i in todo])
        known.update(zip(todo, nearest_reading(vectors, query).tolist(), strict=True))
    found = [Passage(Span(*spans[i]), known[i], w) for i, w in enumerate(windows)]
    if sims is not None:
        found = [_narrowest(text, units, p, sims) for p in found]
    long = [
        p
        for p in sorted(found, key=lambda p: -p.similarity)
        if len(raw_words(p.span.slice(text))) > longer * q_words + 4 and (worth is None or worth(p))
    ][:refine]
    if long:
        starts = units.spans[:, 0]
        found += _clause_runs(text, long, query, q_words, embedder, starts=starts)
    return sorted(found, key=lambda p: -p.similarity)


NARROWER = 0.02
"""A unit of a window at most this much less similar (cosine) than the whole window stands
for it: the rendering is that unit, and the window's other sentence would only blur the
comparison of names and numbers ("There is the example of the Spartans and the Romans."
before "The Spartans held Athens")."""


def _narrowest(text: str, units: TextUnits, p: Passage, sims: np.ndarray) -> Passage:
    """The window's best unit instead of the window when nearly as similar (its stored
    vector: nothing embedded)."""
    a, b = p.window
    if a == b:
        return p
    u = a + int(np.argmax(sims[a : b + 1]))
    if float(sims[u]) < p.similarity - NARROWER:
        return p
    return Passage(Span(*strip_span(text, int(units.spans[u, 0]), int(units.spans[u, 1]))),
                   float(sims[u]), (u, u))  # fmt: skip


def _clause_runs(
    text: str,
    windows: list[Passage],
    query: np.ndarray,
    q_words: int,
    embedder: Embedder,
    *,
    starts: np.ndarray,
) -> list[Passage]:
    """Runs of clauses about as long as the quote, the best two per window embedded whole.
    A run stays inside one unit (``starts``: the units' first characters), as the stored
    clause runs do: the tail of one sentence with the head of the next is no passage of the
    text, and such a fragment, short and made of the words the quote shares with it, said
    what an invented claim said ("Gregor never once tried to open the window." at "aus dem
    Fenster schaute. Es wäre für Gregor nicht unerwartet gewesen", invented-29). The window
    of whole sentences is a candidate of its own."""
    cuts = [clause_cuts(text, p.span.start, p.span.end) for p in windows]
    clauses = list(dict.fromkeys(c for cs in cuts for c in cs))
    index = {c: i for i, c in enumerate(clauses)}
    vectors = embedder([flat_text(text, s, e) for s, e in clauses])
    lo, hi = max(3.0, 0.6 * q_words), 1.5 * q_words + 4
    runs: list[tuple[float, tuple[int, int], Window]] = []
    for p, cs in zip(windows, cuts, strict=True):
        sizes = [len(raw_words(text[s:e])) for s, e in cs]
        scored = []
        for i in range(len(cs)):
            total, n = np.zeros(query.shape[-1], dtype=query.dtype), 0
            for j in range(i, len(cs)):
                total, n = total + vectors[index[cs[j]]], n + sizes[j]
                if n > hi and j > i:
                    break
                if _crosses(starts, cs[i][0], cs[j][1]):
                    break
                if n >= lo and (i, j) != (0, len(cs) - 1):
                    norm = float(np.linalg.norm(total)) or 1.0
                    near = float(nearest_reading(total[None, :], query)[0]) / norm
                    scored.append((near, (cs[i][0], cs[j][1]), p.window))
        runs += sorted(scored, key=lambda r: -r[0])[:2]
    if not runs:
        return []
    sims = nearest_reading(embedder([flat_text(text, s, e) for _, (s, e), _ in runs]), query)
    return [
        Passage(Span(s, e), float(sim), w)
        for (_, (s, e), w), sim in zip(runs, sims.tolist(), strict=True)
    ]


def _crosses(starts: np.ndarray, start: int, end: int) -> bool:
    """Whether a unit begins strictly inside ``start``..``end``."""
    k = int(np.searchsorted(starts, start, side="right"))
    return k < len(starts) and int(starts[k]) < end


RUN_CLAUSES = 3
"""A run of stored clauses takes at most this many (a rendering of two clauses of a long
sentence: "He must have tried it a hundred times, shut his eyes so that ...")."""


@dataclass(frozen=True, slots=True)
class ClauseRun:
    """Consecutive clauses ``first``..``last`` (indexes into the text's stored clauses) of
    the text's ``unit``, and the cosine of their summed vectors with the quote."""

    score: float
    first: int
    last: int
    unit: int


def clause_runs(
    vectors: TextVectors, query: np.ndarray, sims: np.ndarray, top: int
) -> tuple[np.ndarray, list[ClauseRun]]:
    """The quote's similarity with each unit or, when nearer, one of its clauses (from the
    units' ``sims``), and the ``top`` runs of 1..:data:`RUN_CLAUSES` consecutive clauses of a
    unit (never the whole unit: it has its own vector) nearest the quote by their summed
    stored vectors, no two overlapping, best first; ``query`` as for :func:`embed_passages`.
    One matrix-vector product over the clauses; the sums' lengths come from the cosines of
    neighbouring clauses (:meth:`~.vectors.TextVectors.clause_run_lengths`, once per text)."""
    dense, unit, _ = vectors.clauses()
    m = len(dense)
    if m == 0 or top <= 0:
        return sims, []
    clause_sims = nearest_reading(dense, query)
    fine = sims.copy()  # clauses come in text order: each unit's are a segment
    first = vectors.clause_openings()
    fine[unit[first]] = np.maximum(fine[unit[first]], np.maximum.reduceat(clause_sims, first))
    cum = np.concatenate([[0.0], np.cumsum(clause_sims, dtype=np.float64)])
    scored: dict[Window, float] = {}
    for k in range(1, min(RUN_CLAUSES, m) + 1):
        n = m - k + 1
        lengths, apart = vectors.clause_run_lengths(k)
        score = (cum[k:] - cum[:-k]) / lengths
        score[apart] = -np.inf
        for i in largest(score, min(3 * top, n)).tolist():
            if np.isfinite(score[i]):
                scored[(i, i + k - 1)] = float(score[i])
    runs = [ClauseRun(scored[w], *w, int(unit[w[0]])) for w in best_windows(scored, top)]
    return fine, runs


def clause_passages(
    text: str,
    vectors: TextVectors,
    runs: list[ClauseRun],
    query: np.ndarray,
    embedder: Embedder,
    *,
    embed: int,
) -> list[Passage]:
    """The runs as passages of their unit's window: a single clause with its stored vector's
    similarity, the best ``embed`` runs of several embedded whole (the others left out)."""
    spans = vectors.clause_spans
    single = [r for r in runs if r.first == r.last]
    several = [r for r in runs if r.first != r.last][:embed]
    sims = [r.score for r in single]  # one clause: the cosine of its stored vector
    if several:
        sims += nearest_reading(embedder(run_texts(text, vectors, runs, embed)), query).tolist()
    return [
        Passage(Span(int(spans[r.first, 0]), int(spans[r.last, 1])), sim, (r.unit, r.unit),
                clause=True)
        for r, sim in zip(single + several, sims, strict=True)
    ]  # fmt: skip


def run_texts(text: str, vectors: TextVectors, runs: list[ClauseRun], embed: int) -> list[str]:
    """What :func:`clause_passages` embeds: the best ``embed`` runs of several clauses."""
    spans = vectors.clause_spans
    several = [r for r in runs if r.first != r.last][:embed]
    return [flat_text(text, int(spans[r.first, 0]), int(spans[r.last, 1])) for r in several]


def unit_passages(
    text: str, units: TextUnits, sims: np.ndarray, top: int, skip: set[Window]
) -> list[Passage]:
    """The ``top`` units nearest the quote by their stored vectors, as passages (nothing to
    embed), but those of ``skip``: a unit may be the text's nearest and yet lose its window's
    place to a run of units whose summed vector is nearer."""
    count = min(top + len(skip), len(sims))
    if count == 0:
        return []
    chosen = sorted(
        (u for u in largest(sims, count).tolist() if (u, u) not in skip), key=lambda u: -sims[u]
    )
    return [
        Passage(Span(*strip_span(text, int(units.spans[u, 0]), int(units.spans[u, 1]))),
                float(sims[u]), (u, u))
        for u in chosen[:top]
    ]  # fmt: skip


class Neighbours:
    """The units nearest the quote (``sims``: its similarity with each), found once per quote
    and text: the margin of each candidate subtracts the mean of those away from it.
    ``words``: each unit's words, when known: a passage's repetitions elsewhere in the text
    are left out of its neighbours (:mod:`.repeated`)."""

    SPARE = 9
    """Units kept beyond :data:`~.verdict.NEIGHBOURS`: as many as a window of 4 units and 2
    on either side (a longer one falls back on the whole array)."""

    def __init__(self, sims: np.ndarray, words: UnitWords | None = None) -> None:
        self.sims = sims
        self.words = words
        k = min(len(sims), NEIGHBOURS + self.SPARE)
        top = largest(sims, k)
        self.top = top[np.argsort(-sims[top], kind="stable")].tolist()

    def away(self, a: int, b: int) -> float | None:
        """The mean similarity of the :data:`~.verdict.NEIGHBOURS` units nearest the quote
        outside units ``a - 2``..``b + 2`` (and not repeating one of ``a``..``b``); None when
        the text has fewer."""
        again = repetition(self.words, a, b) if self.words is not None else None

        def other(i: int) -> bool:
            return (i < a - 2 or i > b + 2) and not (again is not None and again(i))

        picked = [i for i in self.top if other(i)][:NEIGHBOURS]
        if len(picked) == NEIGHBOURS:
            return float(np.mean(self.sims[picked]))
        if again is not None:  # repetitions filled the nearest: on down the whole text
            order = np.argsort(-self.sims, kind="stable").tolist()
            picked = list(itertools.islice((i for i in order if other(i)), NEIGHBOURS))
            return float(np.mean(self.sims[picked])) if len(picked) == NEIGHBOURS else None
        others = np.concatenate([self.sims[: max(0, a - 2)], self.sims[b + 3 :]])
        if len(others) < NEIGHBOURS:
            return None
        return float(np.partition(others, len(others) - NEIGHBOURS)[-NEIGHBOURS:].mean())


def margin(p: Passage, passages: list[Passage], near: Neighbours | None) -> float:
    """The passage's similarity minus the mean similarity of the quote's nearest units away
    from it (``near``; or, without vectors, of the other ``passages`` embedded), at least
    the floor (:func:`.verdict.neighbour_floor`: lower in a long text)."""
    a, b = p.window
    mean = near.away(a, b) if near is not None else None
    floor = NEIGHBOUR_FLOOR if near is None else neighbour_floor(len(near.sims), clause=p.clause)
    if mean is None:
        rest = [o.similarity for o in passages if o.window[1] < a - 2 or o.window[0] > b + 2]
        mean = float(np.mean(rest)) if rest else floor
    return round(p.similarity - max(mean, floor), 4)


def could_pass(similarity: float, window: Window, near: Neighbours | None, cross: bool) -> bool:
    """Whether a passage could pass with some more similarity (:data:`.verdict.SLACK`: what
    embedding it whole may add) and every content word matched."""
    p = Passage(Span(0, 0), similarity, window)
    return best_possible(similarity, margin(p, [], near), cross, slack=SLACK) >= 0


def nearest_reading(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """The cosine of each of ``vectors`` (n, d) with the query: one vector (d,), or several
    readings of it (k, d), of which the nearest counts.

    >>> nearest_reading(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[1.0, 0.0], [0.6, 0.8]]))
    array([1. , 0.8])
    """
    cosines = _product(vectors, np.atleast_2d(query).T)
    # the readings' columns compared pairwise: .max(axis=1) over a few columns of a text's
    # rows was slower than the product of one reading (the same values)
    return functools.reduce(np.maximum, cosines.T) if cosines.shape[1] else cosines.max(axis=1)


PRODUCT_ROWS = 512
"""Rows of a text's vectors multiplied at a time with a quote's readings, when the product
is not compiled (a text of fewer units, or float64 vectors). OpenBLAS copies (packs) the rows
before it multiplies them by two or three columns, so a book's 33,000 rows (67 MB in float32)
went through memory twice; in blocks of this many (1 MB: they stay in a core's L2 cache) they
do not (33,000 rows by two readings: 11.5 ms of CPU unblocked, 6.7 in blocks of 512; measured
on this 2-core EPYC, busy). The last block takes the remainder rather than standing alone."""


def _product(rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """``rows @ columns``. Of at least :data:`~.candidates.COMPILED_SCORES` rows (a book's
    vectors: a quote's cosines with each unit, twice a claim), in float32: compiled
    (:func:`.kernel.cosines`), each row read once and its dot products summed in vector lanes:
    2.4-2.6 ms of CPU for a book's 33,000 units by two readings where OpenBLAS took 6-6.4 ms in
    blocks (bandwidth: it packs the rows before multiplying them by so few columns), on this
    2-core EPYC under load (cost111). A cosine may differ from OpenBLAS's in its last bits
    (1e-7); the statuses, spans, flags, scores and reasons of bench_meaning --detect and of
    its 3.4 MB book stayed the same. Else OpenBLAS, in blocks of :data:`PRODUCT_ROWS` rows
    (the last one takes the remainder: from one to two blocks' rows)."""
    n = len(rows)
    if n < 2 * PRODUCT_ROWS:
        return rows @ columns
    if n >= COMPILED_SCORES and rows.dtype == columns.dtype == np.float32:
        from .kernel import cosines  # numba: loaded by the first text this large

        return cosines(rows, columns.T)
    out = np.empty((n, columns.shape[1]), dtype=np.result_type(rows, columns))
    starts = list(range(0, n - PRODUCT_ROWS + 1, PRODUCT_ROWS))
    for start, end in zip(starts, [*starts[1:], n], strict=True):
        np.matmul(rows[start:end], columns, out=out[start:end])
    return out


def clause_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` tried as passages inside a window: cut at punctuation
    (sentence ends too, unlike the stored clauses of :func:`~.vectors.clause_spans`), none
    under 3 words.

    >>> t = "He came, he saw the town and its walls. Then he left."
    >>> [t[s:e] for s, e in clause_cuts(t, 0, len(t))]
    ['He came, he saw the town and its walls.', 'Then he left.']
    """
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
    return [strip_span(text, s, e) for s, e in spans]


HEADED = 4
"""The best passages looked at for a dated heading (:func:`without_headings`)."""
_HEADING_END = re.compile(
    r"(?:\s+(?:года|г\.))?[\s._]*?(?:--|—|–|[.:])[\s_—–-]*(?=[^\W\d_])", re.IGNORECASE
)
_LEAD = " \t\n\"'“‘„«»_"


def heading_end(text: str, start: int, end: int, language: str) -> int | None:
    """Where the entry proper begins when ``text[start:end]`` opens with a dated heading (a
    diary's "_January 7, 1918._--", minutes' "11 февраля 1918 года.", "20. Dezember 1917. —"),
    or None.

    >>> t = '"_January 7, 1918._--This forenoon, all the Russians arrived.'
    >>> t[heading_end(t, 0, len(t), "en"):]
    'This forenoon, all the Russians arrived.'
    >>> heading_end("On January 7, 1918, all the Russians arrived.", 0, 45, "en") is None
    True
    """
    head = text[start : min(end, start + 80)]
    lead = len(head) - len(head.lstrip(_LEAD))
    for d in read_dates(head, language):
        if d.start != lead:
            break
        found = _HEADING_END.match(head, d.end)
        if found is not None and len(raw_words(text[start + found.end() : end])) >= 3:
            return start + found.end()
    return None


def without_headings(
    text: str, language: str, passages: list[Passage], query: np.ndarray, embedder: Embedder
) -> list[Passage]:
    """The best :data:`HEADED` passages that open with a dated heading, embedded without it
    (their window kept), besides the passages as they are. A diary entry's date, printed as
    its first words, is no part of what it says, and it draws the sentence's vector away
    from a quote that does not give it: "Сегодня утром прибыли все русские во главе с
    Троцким." was 0.47 from '"_January 7, 1918._--This forenoon, all the Russians arrived,
    under the leadership of Trotski.' and 0.62 from the sentence without its heading
    (bench/RESULTS.md). A quote that gives the date keeps the passage with it."""
    cut = []
    for p in passages[:HEADED]:
        at = heading_end(text, p.span.start, p.span.end, language)
        if at is not None:
            cut.append(replace(p, span=Span(at, p.span.end)))
    if not cut:
        return passages
    sims = nearest_reading(embedder([flat_text(text, p.span.start, p.span.end) for p in cut]),
                           query)  # fmt: skip
    cut = [replace(p, similarity=float(s)) for p, s in zip(cut, sims.tolist(), strict=True)]
    seen = {p.span for p in passages}
    return sorted(passages + [p for p in cut if p.span not in seen], key=lambda p: -p.similarity)


_CHAPTER = re.compile(
    r"\s*(?:(?i:chapter|part|book|kapitel|teil|buch|глава|часть)\s+)?"
    r"(?:[IVXLCDM]+|\d{1,3})\.?[ \t]*\n[ \t]*\n\s*"
)


def without_chapter_heading(text: str, span: Span) -> Span:
    """``span`` without the chapter heading it opens with: a chapter's number ("I.",
    "Chapter 3", "Глава II") alone on its line before a blank line, which a sentence's
    vector reads as the first words of the chapter's first sentence but is no part of what
    it says (a walkthrough's Kafka passage began with "I.").

    >>> t = "I.\\n\\nAls Gregor Samsa eines Morgens erwachte."
    >>> t[without_chapter_heading(t, Span(0, len(t))).start :]
    'Als Gregor Samsa eines Morgens erwachte.'
    >>> without_chapter_heading("Did.\\n\\nNo.", Span(0, 9))  # a word is no numeral
    Span(start=0, end=9)
    """
    found = _CHAPTER.match(text, span.start, span.end)
    if found is None or found.end() >= span.end:
        return span
    return Span(found.end(), span.end)


def window_size(quote: str) -> int:
    """The most units a candidate window of ``quote`` takes: its sentences and one more (at
    most 4: a rendering may cut a sentence in two)."""
    return min(4, len(re.findall(r"[.!?…]+(?:\s|$)", quote.strip())) + 1)

"""Where in a text a rendering of a quote may be: a few windows of consecutive units.

Three ways, cheapest first:

- **stems** (same language): units holding the quote's content stems, weighted by rarity
  (idf), grouped into windows the size of the quote;
- **vectors** (any language, when the text's sentence vectors exist): the windows whose
  summed unit vectors are nearest the quote's vector;
- **anchors** (any language, no vectors: a large text): units holding the quote's names
  (transliterated), numbers (by value) or dates; only those windows are then embedded;
- **hints**: ranges a caller knows of (``verify`` gives the places where the word search put
  some of the quote's words).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from ..facts.languages import read_numbers_in
from ..facts.monthdates import read_dates
from .anchors import Anchors, name_key, same_name
from .persons import person_of
from .stems import content_stems
from .vectors import TextUnits, TextVectors, raw_words, text_units
from .wordpairs import Alignment, WordPair

Window = tuple[int, int]
"""First and last unit (inclusive)."""
COMMON_SHARE = 0.05
"""A stem in more units than this share (and than ``COMMON_UNITS``) only weighs windows found
by rarer ones; across languages, a counterpart that is such a word is the text's topic
(:func:`common_stem`, :data:`.verdict.TOPIC_COVERAGE`)."""
COMMON_UNITS = 50


COMPILED_SCORES = 16_384
"""A text of at least this many units (or clauses: a book of 1.5 MB or more) has its cosines
with a quote compiled (:func:`.passages._product`) and the largest of its scores found by
:func:`.kernel.largest`: loading numba (0.3-0.7 s of CPU, once a process) is repaid after a
few dozen claims against such a book (7-8 ms a claim at 33,000 units), not by a small run
against shorter texts, which never loads it (tests/test_scale.py). The size alone decides,
so that a text's cosines are the same whatever the run."""


def largest(values: np.ndarray, count: int) -> np.ndarray:
    """The indexes of the ``count`` largest of ``values`` (1-D, no NaN; all of them when
    ``count`` is not less than their number). A text's thousands of scores (a quote's
    cosine with each unit or clause, each window's) are read once, compiled, the largest
    first and ties to the earlier index: 0.5 ms a call with numpy's ``argpartition``, eight
    calls a claim against a 3 MB text (cost111); a short array by ``argpartition``, in its
    order."""
    n = len(values)
    if count >= n:
        return np.arange(n)
    if n < COMPILED_SCORES:
        return np.argpartition(-values, count - 1)[:count]
    from .kernel import largest as compiled  # numba: loaded by the text's products

    return compiled(values, count)


def common_stem(units: TextUnits, stem: str) -> bool:
    """Whether ``stem`` is common in the text: in more than ``COMMON_SHARE`` of its units and
    more than ``COMMON_UNITS`` ("Gregor", "Vater" in *Die Verwandlung*; in a short text, none)."""
    found = units.postings.get(stem)
    return found is not None and len(found) > max(COMMON_UNITS, COMMON_SHARE * len(units.spans))


def stem_windows(units: TextUnits, stems: set[str], size: int, top: int) -> list[Window]:
    """Windows of 1..``size`` units with the most idf weight of the quote's stems."""
    return best_windows(stem_scores(units, stems, size, top), top)


def stem_scores(units: TextUnits, stems: set[str], size: int, top: int) -> dict[Window, float]:
    """The idf weight of the quote's stems in the windows around the ``4 * top`` units
    richest in them."""
    n = len(units.spans)
    weight = {s: units.idf(s) for s in stems}
    hits, hit = np.zeros(n), np.zeros(n, dtype=bool)
    for stem in sorted(stems):  # sorted: the same sums, in the same order, in every process
        found = units.postings.get(stem)  # each unit once
        if found is None or common_stem(units, stem):
            continue
        hits[found] += weight[stem]
        hit[found] = True
    held = np.flatnonzero(hit)
    seeds = held[np.lexsort((held, -hits[held]))][: 4 * top].tolist()  # ties: the first unit
    scored: dict[Window, float] = {}
    for i in seeds:
        for k in range(1, size + 1):
            for a in range(max(0, i - k + 1), min(i, n - k) + 1):
                shared: set[str] = set()
                for j in range(a, a + k):
                    shared |= units.stems[j] & stems
                # a window pays a little for each unit so that a shorter one wins a tie
                scored[(a, a + k - 1)] = sum(weight[s] for s in sorted(shared)) - 0.01 * k
    return scored


def best_windows(scored: dict[Window, float], top: int) -> list[Window]:
    """The ``top`` best windows, no two overlapping."""
    chosen: list[Window] = []
    for w in sorted(scored, key=lambda w: (-scored[w], w)):  # ties: the earlier window
        if all(w[1] < c[0] or w[0] > c[1] for c in chosen):
            chosen.append(w)
            if len(chosen) == top:
                break
    return chosen


def vector_windows(
    vectors: TextVectors, sims: np.ndarray, size: int, top: int
) -> tuple[list[Window], dict[Window, float]]:
    """Windows of 1..``size`` units whose summed vectors are nearest the quote (``sims``: the
    cosine of each unit with the quote, one matrix-vector product). A window's score is the
    cosine of the quote with the sum of its unit vectors; the sum's length comes from the
    cosines of neighbouring units (:meth:`~.vectors.TextVectors.window_lengths`, once per
    text), so the cost is linear in the text."""
    n = len(sims)
    scored: dict[Window, float] = {}
    cum = np.concatenate([[0.0], np.cumsum(sims, dtype=np.float64)])
    for k in range(1, min(size, n) + 1):
        score = (cum[k:] - cum[:-k]) / vectors.window_lengths(k)
        for a in largest(score, min(top * 3, len(score))).tolist():
            scored[(int(a), int(a) + k - 1)] = float(score[a])
    return best_windows(scored, top), scored


def window_scores(vectors: TextVectors, sims: np.ndarray, windows: list[Window]) -> list[float]:
    """The summed-vector score of each window (as :func:`vector_windows` scores them)."""
    out = []
    for a, b in windows:
        k = b - a + 1
        norm2 = float(k)
        for gap in range(1, k):
            c = vectors.adjacent_cumsum(gap)
            norm2 += 2 * float(c[b - gap + 1] - c[a])
        out.append(float(sims[a : b + 1].sum()) / max(norm2, 1e-6) ** 0.5)
    return out


def nearest_windows(vectors: TextVectors, quotes: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """For each of m quotes (``quotes``: (m, d) unit vectors; ``sizes``: (m,) the largest
    window each takes), the best summed-vector score of a window of 1..size units of the
    text, as :func:`vector_windows` scores them: one matrix product for all the quotes.

    >>> v = TextVectors("t", np.array([[0, 1], [2, 3], [4, 5]]),
    ...                 np.array([[1, 0], [0, 1], [1, 0]], dtype=np.float32))
    >>> nearest_windows(v, np.array([[0.6, 0.8]], dtype=np.float32), np.array([2])).round(3)
    array([0.99])
    """
    m = len(quotes)
    best = np.full(m, -1.0)
    n = len(vectors.spans)
    if n == 0 or m == 0:
        return best
    sims = vectors.dense() @ quotes.T.astype(np.float32)  # (n, m)
    cum = np.concatenate([np.zeros((1, m)), np.cumsum(sims, axis=0, dtype=np.float64)])
    for k in range(1, min(int(sizes.max()), n) + 1):
        score = (cum[k:] - cum[:-k]) / vectors.window_lengths(k)[:, None]
        best = np.where(sizes >= k, np.maximum(best, score.max(axis=0)), best)
    return best


def anchor_windows(
    text: str, units: TextUnits, quote: Anchors, size: int, top: int
) -> list[Window]:
    """Windows around the units that hold the quote's names, numbers or dates."""
    return best_windows(anchor_scores(text, units, quote, size), top)


def anchor_scores(text: str, units: TextUnits, quote: Anchors, size: int) -> dict[Window, float]:
    """The windows around the units that hold the quote's names (1 each), numbers (1.5) or
    dates (2), scored by what they hold."""
    index = _anchor_index(text, units)
    hits: dict[int, float] = {}
    for name in sorted(set(quote.names)):
        key = name_key(name)
        for other, found in index.names.items():
            if same_name(key, other):
                for i in found:
                    hits[i] = hits.get(i, 0.0) + 1.0
    for value, _ in quote.numbers:
        for i in index.numbers.get(value, ()):
            hits[i] = hits.get(i, 0.0) + 1.5
    for d in quote.dates:
        for i in index.dates.get((d.month, d.day), []) + index.dates.get((d.month, d.alt_day), []):
            hits[i] = hits.get(i, 0.0) + 2.0
    scored: dict[Window, float] = {}
    n = len(units.spans)
    for i, weight in hits.items():
        for k in range(1, size + 1):
            for a in range(max(0, i - k + 1), min(i, n - k) + 1):
                w = (a, a + k - 1)
                total = sum(hits.get(j, 0.0) for j in range(a, a + k)) - 0.01 * k
                scored[w] = max(scored.get(w, 0.0), total, weight)
    return scored


class _AnchorIndex:
    """Units by name key, number value and (month, day) of a date."""

    def __init__(self, text: str, units: TextUnits) -> None:
        starts = units.spans[:, 0]
        lang = units.language
        self.names: dict[str, list[int]] = {}
        for i, (s, e) in enumerate(units.spans.tolist()):
            for word in set(raw_words(text[s:e])):
                if word[:1].isupper() and len(word) > 2:
                    self.names.setdefault(name_key(word), []).append(i)
        self.numbers: dict[float, list[int]] = {}
        for num in read_numbers_in(text, lang):
            if not (num.word and num.value == 1):
                unit = int(np.searchsorted(starts, num.start, side="right")) - 1
                self.numbers.setdefault(num.value, []).append(unit)
        self.dates: dict[tuple[int | None, int | None], list[int]] = {}
        for d in read_dates(text, lang):
            unit = int(np.searchsorted(starts, d.start, side="right")) - 1
            for day in (d.day, d.alt_day):
                if day is not None:
                    self.dates.setdefault((d.month, day), []).append(unit)


_INDEXES: dict[int, tuple[str, _AnchorIndex]] = {}


def _anchor_index(text: str, units: TextUnits) -> _AnchorIndex:
    """Built once per text and process (the last four texts are kept)."""
    key = id(units)
    cached = _INDEXES.get(key)
    if cached is None or cached[0] is not text:
        if len(_INDEXES) >= 4:
            _INDEXES.pop(next(iter(_INDEXES)))
        cached = (text, _AnchorIndex(text, units))
        _INDEXES[key] = cached
    return cached[1]


def hint_windows(
    units: TextUnits, hints: Sequence[tuple[int, int]], size: int, stems: frozenset[str]
) -> list[Window]:
    """For each character range given as a hint (where the word search placed some of the
    quote's words, with some slack around), the window of at most ``size`` units inside it
    that holds most of the quote's content ``stems``; in the hints' order, distinct.

    >>> import numpy as np
    >>> units = TextUnits("en", np.array([[0, 10], [11, 20], [21, 30], [31, 40]]),
    ...                   np.ones(4, dtype=np.int64),
    ...                   [frozenset(), frozenset({"war"}), frozenset({"peac"}), frozenset()], {})
    >>> hint_windows(units, [(5, 35), (0, 3), (12, 25)], 2, frozenset({"war", "peac"}))
    [(1, 2), (0, 0)]
    """
    found: list[Window] = []
    for start, end in hints:
        first = int(np.searchsorted(units.spans[:, 1], start, side="right"))
        last = int(np.searchsorted(units.spans[:, 0], end, side="left")) - 1
        if first >= len(units.spans) or last < first:
            continue
        options = [
            (a, min(last, a + size - 1)) for a in range(first, max(first, last - size + 1) + 1)
        ]
        window = max(
            options,
            key=lambda w: (len(stems & frozenset().union(*units.stems[w[0] : w[1] + 1])), -w[0]),
        )
        if window not in found:
            found.append(window)
    return found


def windows_to_embed(
    text: str,
    units: TextUnits,
    vectors: TextVectors | None,
    sims: np.ndarray | None,
    stems: Collection[str],
    anchors: Anchors,
    size: int,
    *,
    candidates: int,
    embed: int,
) -> list[Window]:
    """The ``embed`` windows of ``size`` units worth embedding: of the ``candidates`` nearest
    by summed unit vectors and best by ``stems`` (same language), the best by vectors, the
    stems' best always among them; without vectors, the best by stems or by ``anchors``."""
    by_stems = stem_windows(units, set(stems), size, candidates) if stems else []
    if vectors is None or sims is None:
        found = by_stems or anchor_windows(text, units, anchors, size, candidates)
        return found[:embed]
    near = vector_windows(vectors, sims, size, candidates)[0]
    found = list(dict.fromkeys(near + by_stems))
    scores = window_scores(vectors, sims, found)
    ranked = [w for _, w in sorted(zip(scores, found, strict=True), key=lambda x: -x[0])]
    chosen = ranked[:embed]
    if by_stems and by_stems[0] not in chosen:
        chosen[-1:] = [by_stems[0]]  # the stems' best window is always tried
    return chosen


def topic_pairs(
    alignment: Alignment, text: str, language: str, names: Collection[str] = ()
) -> list[WordPair]:
    """Counterparts whose passage word is common in the text (:func:`common_stem`); or all of
    them when they are only who the quote is about: some of the quote's ``names`` and some
    household's person noun (:mod:`.persons`: "father" / "Vater"). Who a text is about is its
    topic however short the text, where the words a book repeats are known only in a book:
    "Gregor" and "father" made a 5 KB excerpt's first sentence a rendering of any claim about
    the two, and not the whole book's (walkthrough walk99)."""
    units = text_units(text, language)
    people = [p for p in alignment.pairs if person_of(p.passage, language) is not None]
    named = [p for p in alignment.pairs if p.quote in names and p not in people]
    if people and named and len(people) + len(named) == len(alignment.pairs):
        return list(alignment.pairs)  # who the quote is about, nothing of what it says
    return [
        p
        for p in alignment.pairs
        if any(common_stem(units, s) for s in content_stems([p.passage], language))
    ]

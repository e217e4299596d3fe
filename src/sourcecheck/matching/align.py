"""Word-level alignment of a quote segment inside a window of text.

Semi-global: every word of the quote is aligned, the passage may start and end anywhere in
the window. A substitution costs ``1 - similarity`` of the two words (rapidfuzz's normalized
Indel similarity), so a spelling variant ("trotski"/"trotsky") is cheap and an unrelated word
costs nearly 1; an extra word in the text costs 1, a quote word missing from the text 1.01.
:func:`align_reference` computes the rows of the dynamic programme with numpy (the insertion
pass is a running minimum, so a row costs a few vector operations); :func:`align` runs the same
programme compiled (:mod:`.kernel`, about ten times faster on a quote's window, once there is
enough to align to repay loading it: :func:`use_compiled`) and places a quote present word for
word without it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .archaic import mark_forms

EXTRA = 1.0
"""Cost of a text word inside the passage that the quote does not have."""
MISSING = 1.01
"""Cost of a quote word the passage does not have; a hair above EXTRA so that, of two equal
alignments, the one that places more of the quote wins ("war is now over" for "war is over")."""
VARIANT_SIMILARITY = 0.6
"""Two words at least this similar are variants of each other (spelling, OCR damage); below
it a substitution costs slightly more than a gap, so an unrelated word is never preferred to
skipping an extra word."""
MISMATCH = 1.05


@dataclass(frozen=True, slots=True)
class Op:
    """One step of an alignment: quote word ``q`` against text word ``t`` (None for a gap)."""

    q: int | None
    t: int | None
    cost: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """The best placement of a quote segment: text words ``first..last`` and the steps."""

    first: int
    last: int
    cost: float
    ops: tuple[Op, ...]


def similarity_matrix(quote: tuple[str, ...], text: tuple[str, ...]) -> np.ndarray:
    """Word-by-word similarity in [0, 1] (1 = identical)."""
    return process.cdist(quote, text, scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0


def word_similarity(a: str, b: str) -> np.float32:
    """:func:`similarity_matrix` of one word with one other, the same float32 value without
    the matrix (a tenth of its cost: a claim compares hundreds of names pairwise)."""
    return np.float32(fuzz.ratio(a, b)) / np.float32(100.0)


def edit_share(a: str, b: str) -> float:
    """The share of the longer word's letters edited to make one word the other
    (Levenshtein's normalized distance: "colour" / "color" 0.17, "agreed" / "refused" 0.71)."""
    return float(Levenshtein.normalized_distance(a, b))


def substitution_costs(quote: tuple[str, ...], text: tuple[str, ...]) -> np.ndarray:
    """The cost of aligning each quote word with each text word (float32): ``1 - similarity``
    for variants, :data:`MISMATCH` for other words; an Early Modern English function word and
    its modern form ("thee" / "you") are variants (:func:`.archaic.mark_forms`)."""
    similar = similarity_matrix(quote, text)
    mark_forms(quote, text, similar)
    return np.where(similar >= VARIANT_SIMILARITY, 1.0 - similar, MISMATCH).astype(np.float32)


def align(
    quote: tuple[str, ...], text: tuple[str, ...], *, prefer_last: bool = False
) -> Alignment | None:
    """Best semi-global alignment of ``quote`` words within ``text`` words, or None if empty.

    Of equally good placements the first is taken, or the last with ``prefer_last``. A quote
    that occurs word for word is found without the dynamic programme: its first (or last)
    occurrence is the only alignment of cost 0, the one :func:`align_reference` returns.
    Otherwise the programme runs compiled (:mod:`.kernel`, see :func:`use_compiled`), with
    the reference's result.

    >>> a = align(("war", "is", "over"), ("the", "war", "is", "now", "over", "but"))
    >>> a.first, a.last, a.cost
    (1, 4, 1.0)
    """
    exact = _occurrence(quote, text, last=prefer_last)
    if exact is not None:
        n = len(quote)
        ops = tuple(Op(i, exact + i, 0.0) for i in range(n))
        return Alignment(first=exact, last=exact + n - 1, cost=0.0, ops=ops)
    if not quote or not text:
        return None
    if not use_compiled():
        return align_reference(quote, text, prefer_last=prefer_last)
    from .kernel import semi_global  # numba, imported on first use

    sub = substitution_costs(quote, text)
    cost, last, quote_steps, text_steps = semi_global(sub, prefer_last)
    steps = [
        Op(None, t, EXTRA) if q < 0 else Op(q, None, MISSING) if t < 0 else Op(q, t, sub.item(q, t))
        for q, t in zip(quote_steps.tolist(), text_steps.tolist(), strict=True)
    ]
    return _alignment(steps, cost, last)


COMPILED_AFTER = 2500
"""Dynamic programmes (and one-text searches) a process runs with numpy before it loads the
compiled code. Loading numba costs some 0.3 s of CPU and 140 MB of memory; in ``verify`` a
programme runs some 0.12 ms faster compiled, so about 2,500 repay the load (measured on
1,000 claims x 10 MB: 1,329 programmes without ``--anywhere``, 4,471 with). A process that has
run this many will likely run more; one that knows beforehand asks :func:`worth_compiling`."""
_runs_without = 0  # per process on purpose: the load it weighs against is paid per process


def use_compiled() -> bool:
    """Whether to run the compiled kernels: once they are loaded (:func:`warm_kernels`, or
    imported), or once this process has done without them :data:`COMPILED_AFTER` times."""
    global _runs_without
    if "sourcecheck.matching.kernel" in sys.modules:
        return True
    _runs_without += 1
    return _runs_without > COMPILED_AFTER


def worth_compiling(programmes: int) -> bool:
    """Whether about this many dynamic programmes to come repay loading the compiled code now
    (:func:`warm_kernels`) rather than running them with numpy."""
    return programmes >= COMPILED_AFTER


def warm_kernels() -> None:
    """Load the compiled code now (numba and its cache: a few tenths of a second), for example
    before worker processes are forked, which then inherit it."""
    from .kernel import warm

    warm()


def _occurrence(quote: tuple[str, ...], text: tuple[str, ...], *, last: bool) -> int | None:
    """Where ``quote`` occurs word for word in ``text`` (the first or last place), if it does."""
    n, m = len(quote), len(text)
    if n == 0 or n > m:
        return None
    head = quote[0]
    places = range(m - n, -1, -1) if last else range(m - n + 1)
    for j in places:
        if text[j] == head and text[j : j + n] == quote:
            return j
    return None


def align_reference(
    quote: tuple[str, ...], text: tuple[str, ...], *, prefer_last: bool = False
) -> Alignment | None:
    """The dynamic programme of :func:`align` (its reference: the two agree on every input)."""
    n, m = len(quote), len(text)
    if n == 0 or m == 0:
        return None
    sub = substitution_costs(quote, text)
    # float64: the running minimum adds and removes the column number, and in float32 a
    # column past 16,000 words loses the hundredths the trace back compares (a quote placed
    # in a whole book then spanned 14,000 words)
    table = np.empty((n + 1, m + 1), dtype=np.float64)
    table[0, :] = 0.0  # the passage may start anywhere
    steps = np.arange(m + 1, dtype=np.float64) * EXTRA
    for i in range(1, n + 1):
        prev = table[i - 1]
        row = prev + MISSING  # quote word i missing from the text
        np.minimum(row[1:], prev[:-1] + sub[i - 1], out=row[1:])
        row[0] = i * MISSING
        # an extra text word inside the passage: row[j] = min_k(row[k] + (j - k) * EXTRA)
        table[i] = np.minimum.accumulate(row - steps) + steps
    final = table[n, 1:]
    last = m - int(np.argmin(final[::-1])) if prefer_last else int(np.argmin(final)) + 1
    cost = float(table[n, last])
    ops: list[Op] = []
    i, j = n, last
    # Trace back on Python floats: numpy scalar comparisons cost microseconds each.
    rows = table[:, : last + 1].tolist()
    subs = sub[:, :last].tolist()
    while i > 0:
        here = rows[i][j]
        if j > 0 and abs(here - (rows[i - 1][j - 1] + subs[i - 1][j - 1])) < 1e-4:
            ops.append(Op(i - 1, j - 1, subs[i - 1][j - 1]))
            i, j = i - 1, j - 1
        elif abs(here - (rows[i - 1][j] + MISSING)) < 1e-4:
            ops.append(Op(i - 1, None, MISSING))
            i -= 1
        else:
            ops.append(Op(None, j - 1, EXTRA))
            j -= 1
    ops.reverse()
    return _alignment(ops, cost, last)


def _alignment(ops: list[Op], cost: float, last: int) -> Alignment:
    """The alignment of these steps (in order), ending at text column ``last`` (1-based)."""
    while ops and ops[0].q is None:  # leading extra text words are outside the passage
        ops.pop(0)
    text_steps = [op.t for op in ops if op.t is not None]
    if not text_steps:
        return Alignment(first=last, last=last - 1, cost=cost, ops=tuple(ops))
    return Alignment(first=text_steps[0], last=text_steps[-1], cost=cost, ops=tuple(ops))

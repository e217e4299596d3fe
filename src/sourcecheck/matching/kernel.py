"""The word alignment's dynamic programme in compiled code (numba), cell by cell.

:func:`sourcecheck.matching.align.align_reference` computes each row of the table with a few
numpy operations: a quote of 30 words costs some 200 numpy calls, about 0.3 ms, whatever the
window's size. This is the same recurrence compiled, with the same float64 arithmetic in the
same order (the costs of the substitutions are float32, added to float64 as numpy does), the
same choice of the last column (the first or last minimum) and the same trace back (with the
reference's tolerance and order of preference), so that both return the same alignment on
every input; the tests run the same assertions over both.

The candidate search of one segment in one text (:func:`text_votes`, for ``match_quote``) is
the vectorized search of :mod:`.votes` compiled, every hit voting: numpy's takes some hundred
calls a segment, about 0.5 ms.

This module (and numba with it) is imported on first use (see :func:`.align.align` and
:func:`.search.search_text`), and the compiled code is cached beside it, so a process pays the
import and a cache load (a few tenths of a second) once; worker processes forked from it pay
nothing. A process uses it only once that pays (:func:`.align.use_compiled`): a small run
never loads numba.
"""

from __future__ import annotations

import threading
from typing import Any

import numba
import numpy as np

from .votes import BUCKET_FLOOR

MISSING_64 = np.float64(1.01)  # align.MISSING

Trace = tuple[float, int, np.ndarray, np.ndarray]
"""The programme's result: cost, last text column (1-based), and the steps in order: quote
word (-1: none) and text word (-1: none) of each."""


def warm() -> None:
    """Load the compiled programme and search (from the cache, else compiling them)."""
    semi_global(np.zeros((1, 1), np.float32), False)
    none = np.zeros(0, np.int64)
    text_votes(np.zeros(0, np.uint64), np.zeros(0, np.uint32), (none, none, 64), (1, 1, 1, 1))


def semi_global(sub: np.ndarray, prefer_last: bool) -> Trace:
    """Cost, last column and steps of the best alignment of every row of ``sub`` (float32,
    quote words x text words: the cost of aligning each pair) within its columns."""
    cost, last, quote, text = _programme(np.ascontiguousarray(sub, np.float32), prefer_last)
    return float(cost), int(last), quote, text


@numba.njit(cache=True, nogil=True)
def _programme(sub: np.ndarray, prefer_last: bool) -> tuple[Any, int, np.ndarray, np.ndarray]:
    n, m = sub.shape
    table = np.empty((n + 1, m + 1), dtype=np.float64)
    table[0, :] = 0  # the passage may start anywhere
    row = np.empty(m + 1, dtype=np.float64)
    for i in range(1, n + 1):
        for j in range(m + 1):  # quote word i missing from the text
            row[j] = table[i - 1, j] + MISSING_64
        for j in range(1, m + 1):
            diagonal = table[i - 1, j - 1] + np.float64(sub[i - 1, j - 1])
            if diagonal < row[j]:
                row[j] = diagonal
        row[0] = np.float64(i * 1.01)
        best = row[0]
        table[i, 0] = best
        for j in range(1, m + 1):  # an extra text word: the running minimum of row - steps
            shifted = row[j] - np.float64(j)
            if shifted < best:
                best = shifted
            table[i, j] = best + np.float64(j)
    last = 1
    for j in range(2, m + 1):
        if table[n, j] < table[n, last] or (prefer_last and table[n, j] == table[n, last]):
            last = j
    quote = np.empty(n + m, dtype=np.int64)
    text = np.empty(n + m, dtype=np.int64)
    k, i, j = 0, n, last
    while i > 0:
        here = np.float64(table[i, j])
        step = np.float64(table[i - 1, j - 1]) + np.float64(sub[i - 1, j - 1]) if j > 0 else 0.0
        if j > 0 and abs(here - step) < 1e-4:
            quote[k], text[k] = i - 1, j - 1
            i, j = i - 1, j - 1
        elif abs(here - (np.float64(table[i - 1, j]) + 1.01)) < 1e-4:
            quote[k], text[k] = i - 1, -1
            i -= 1
        else:
            quote[k], text[k] = -1, j - 1
            j -= 1
        k += 1
    return table[n, last], last, quote[:k][::-1].copy(), text[:k][::-1].copy()


# -- the candidate search of one segment in one text ------------------------------------------

TextVotes = tuple[np.ndarray, np.ndarray]
"""The best buckets of both grids, grid 0's first: votes and start of each (int64)."""


def text_votes(
    keys: np.ndarray,
    positions: np.ndarray,
    query: tuple[np.ndarray, np.ndarray, int],
    limits: tuple[int, int, int, int],
) -> TextVotes:
    """The search of :mod:`sourcecheck.matching.votes` for one query in one text, every hit
    voting (its reference with ``prune=False``): ``query`` is the segment's pair keys, their
    offsets and its bucket; ``limits`` are max_seeds, max_occurrences, max_hits and top."""
    pair_keys, offsets, bucket = query
    scratch = getattr(_scratch, "votes", None) or (np.zeros(0, np.int32), np.zeros(0, np.int32))
    votes, starts, *scratch = _votes_of_text(
        keys, positions, pair_keys, offsets, bucket, *limits, *scratch
    )
    _scratch.votes = tuple(scratch)
    return votes, starts


_scratch = threading.local()
"""Per thread, the vote arrays of the last search (zero between searches): fresh ones would
cost a page fault for every page a search touches."""


@numba.njit(cache=True, nogil=True)
def _votes_of_text(
    keys: np.ndarray,
    positions: np.ndarray,
    pair_keys: np.ndarray,
    offsets: np.ndarray,
    bucket: int,
    max_seeds: int,
    max_occurrences: int,
    max_hits: int,
    top: int,
    votes: np.ndarray,
    voter: np.ndarray,
) -> tuple[np.ndarray, ...]:
    low = np.searchsorted(keys, pair_keys, side="left")
    high = np.searchsorted(keys, pair_keys, side="right")
    seeds = _seeds(high - low, max_seeds, max_occurrences, max_hits)
    highest = 0
    for seed in seeds:
        for h in range(low[seed], high[seed]):
            highest = max(highest, np.int64(positions[h]) - offsets[seed] + bucket)
    if highest // bucket + BUCKET_FLOOR >= len(votes):  # scratch arrays too short: larger ones
        votes = np.zeros(2 * (highest // bucket + BUCKET_FLOOR + 1), np.int32)
        voter = np.zeros(len(votes), np.int32)
    votes_out = np.empty(4 * top, np.int64)
    starts_out = np.empty(4 * top, np.int64)
    n_out = 0
    for grid in range(2):
        shift = grid * (bucket // 2)
        at = (low[seeds], high[seeds], offsets[seeds] - shift)
        cells = _grid_votes(positions, at[0], at[1], at[2], bucket, votes, voter)
        for cell in _best_cells(votes, cells, 2 * top):
            votes_out[n_out] = votes[cell]
            starts_out[n_out] = (cell - BUCKET_FLOOR) * bucket - shift
            n_out += 1
        votes[cells] = 0  # zero again for the next search
        voter[cells] = 0
    return votes_out[:n_out], starts_out[:n_out], votes, voter


@numba.njit(cache=True, nogil=True)
def _seeds(counts: np.ndarray, max_seeds: int, max_occurrences: int, max_hits: int) -> np.ndarray:
    """A query's seeds: its rarest usable pairs, ties in the segment's order, at most
    ``max_seeds``, no more once their hits pass ``max_hits`` (but at least one)."""
    usable = np.flatnonzero((counts > 0) & (counts <= max_occurrences))
    seeds = usable[np.argsort(counts[usable], kind="mergesort")][:max_seeds]  # stable
    kept, total = 0, 0
    for seed in seeds:
        total += counts[seed]
        if total > max_hits:
            break
        kept += 1
    return seeds[: max(1, kept)]


@numba.njit(cache=True, nogil=True)
def _grid_votes(
    positions: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    offsets: np.ndarray,
    bucket: int,
    votes: np.ndarray,
    voter: np.ndarray,
) -> np.ndarray:
    """The buckets voted for by the seeds whose hits are ``positions[low[r]:high[r]]``, each
    voting once per bucket for where the segment would start; their votes are added to
    ``votes`` (indexed by bucket, zero before)."""
    hits = 0
    for r in range(len(low)):
        hits += high[r] - low[r]
    cells = np.empty(hits, np.int64)
    n = 0
    for r in range(len(low)):
        for h in range(low[r], high[r]):
            cell = (np.int64(positions[h]) - offsets[r]) // bucket + BUCKET_FLOOR
            if voter[cell] != r + 1:  # the last seed that voted here (its rank + 1)
                if votes[cell] == 0:
                    cells[n] = cell
                    n += 1
                votes[cell] += 1
                voter[cell] = r + 1
    return cells[:n]


@numba.njit(cache=True, nogil=True)
def _best_cells(votes: np.ndarray, cells: np.ndarray, top: int) -> np.ndarray:
    """The ``top`` cells with the most votes, ties to the earlier cell, best first."""
    best = np.empty(top, np.int64)
    n = 0
    for cell in cells:
        at = n
        while at > 0 and (
            votes[best[at - 1]] < votes[cell]
            or (votes[best[at - 1]] == votes[cell] and best[at - 1] > cell)
        ):
            at -= 1
        if at >= top:
            continue
        for k in range(min(n, top - 1), at, -1):
            best[k] = best[k - 1]
        best[at] = cell
        n = min(n + 1, top)
    return best[:n]


# -- a quote's cosines with every unit of a text -----------------------------------------------


def cosines(rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """``rows @ columns.T`` (float32: a text's unit vectors (n, d), a quote's readings (k, d)),
    each row's dot products summed in SIMD lanes (:mod:`.passages`: ``_product``)."""
    out = np.empty((len(rows), len(columns)), dtype=np.float32)
    _cosines(np.ascontiguousarray(rows), np.ascontiguousarray(columns), out)
    return out


@numba.njit(cache=True, nogil=True, fastmath={"reassoc", "contract", "nsz"})
def _cosines(rows: np.ndarray, columns: np.ndarray, out: np.ndarray) -> None:
    n, d = rows.shape
    for i in range(n):
        for j in range(columns.shape[0]):
            total = np.float32(0.0)
            for t in range(d):  # reassociated: summed in vector lanes, then across them
                total += rows[i, t] * columns[j, t]
            out[i, j] = total


# -- the largest of a text's scores ---------------------------------------------------------


def largest(values: np.ndarray, count: int) -> np.ndarray:
    """The indexes of the ``count`` largest of ``values`` (1-D, float, no NaN), largest
    first, ties to the earlier index (:func:`.candidates.largest`)."""
    return _largest(np.ascontiguousarray(values), count)


@numba.njit(cache=True, nogil=True)
def _largest(values: np.ndarray, count: int) -> np.ndarray:
    best = np.empty(count, np.int64)
    n = 0
    for i in range(len(values)):
        value = values[i]
        if n == count and not value > values[best[n - 1]]:  # most values stop here
            continue
        at = min(n, count - 1)  # full: the last one makes way
        while at > 0 and values[best[at - 1]] < value:
            best[at] = best[at - 1]
            at -= 1
        best[at] = i
        n = min(n + 1, count)
    return best[:n]

"""The word alignment's dynamic programme in compiled code (numba), cell by cell.

:func:`sourcecheck.matching.align.align_reference` computes each row of the table with a few
numpy operations: a quote of 30 words costs some 200 numpy calls, about 0.3 ms, whatever the
window's size. This is the same recurrence compiled, with the same float32 arithmetic in the
same order (a Python float is rounded to float32 before it is added, as numpy 2 does), the same
choice of the last column (the first or last minimum) and the same trace back (in float64 on
the float32 values, with the reference's tolerance and order of preference), so that both
return the same alignment on every input; the tests run the same assertions over both.

numba is imported on the first alignment that needs the programme (a quote present word for
word never does), and the compiled code is cached beside this file, so a process pays the
import and a cache load (a few tenths of a second) once; worker processes forked from it pay
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import numpy as np

MISSING_32 = np.float32(1.01)  # align.MISSING, as numpy rounds it in a float32 row

Trace = tuple[float, int, np.ndarray, np.ndarray]
"""The programme's result: cost, last text column (1-based), and the steps in order: quote
word (-1: none) and text word (-1: none) of each."""


def semi_global(sub: np.ndarray, prefer_last: bool) -> Trace:
    """Cost, last column and steps of the best alignment of every row of ``sub`` (float32,
    quote words x text words: the cost of aligning each pair) within its columns."""
    cost, last, quote, text = _compiled()(np.ascontiguousarray(sub, np.float32), prefer_last)
    return float(cost), int(last), quote, text


@cache
def _compiled() -> Callable[..., Any]:
    import numba  # here only: see the module's docstring

    return numba.njit(cache=True, nogil=True)(_programme)


def _programme(sub: np.ndarray, prefer_last: bool) -> tuple[Any, int, np.ndarray, np.ndarray]:
    n, m = sub.shape
    table = np.empty((n + 1, m + 1), dtype=np.float32)
    table[0, :] = 0  # the passage may start anywhere
    row = np.empty(m + 1, dtype=np.float32)
    for i in range(1, n + 1):
        for j in range(m + 1):  # quote word i missing from the text
            row[j] = table[i - 1, j] + MISSING_32
        for j in range(1, m + 1):
            diagonal = table[i - 1, j - 1] + sub[i - 1, j - 1]
            if diagonal < row[j]:
                row[j] = diagonal
        row[0] = np.float32(i * 1.01)  # rounded from float64, as numpy assigns a Python float
        best = row[0]
        table[i, 0] = best
        for j in range(1, m + 1):  # an extra text word: the running minimum of row - steps
            shifted = row[j] - np.float32(j)
            if shifted < best:
                best = shifted
            table[i, j] = best + np.float32(j)
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

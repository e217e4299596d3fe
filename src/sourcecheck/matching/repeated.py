"""A passage printed again elsewhere in the text: its repetitions are not its competitors.

A candidate's margin (:func:`.passages.margin`) subtracts the mean similarity of the units
nearest the quote away from the passage: a rendering stands out from the text's other
passages, a topic match does not. A sentence the text prints more than once (a title page
repeated at the head of every chapter, a note repeated under each table, a paragraph quoted
again) stands as near the quote at each of its places, so the passage's own repetitions
filled the neighbours and its margin fell to nothing: the Debian New Maintainers' Guide prints
"The rewrite of this tutorial document ... is available as Guide for Debian Maintainers." on
eleven pages, and a rendering of it was rejected at 83.4 "+0.00 above the text's other
passages" (walkthrough walk111, rt-de-05). A unit with the same words as one of the
passage's units (their case and punctuation aside) says what the passage says: it is left
out of the neighbours, like the units next to the passage. Only a unit of at least
:data:`SAME_WORDS` words counts as a repetition: a short heading or "Yes." printed again is
too common to be the passage's own.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .vectors import raw_words

SAME_WORDS = 5
"""The fewest words of a unit whose repetitions are the passage's own (not neighbours)."""

UnitWords = Callable[[int], tuple[str, ...]]
"""A unit's words (casefolded) by its index."""


def unit_words(text: str, spans: np.ndarray) -> UnitWords:
    """The casefolded words of each unit of ``text`` (``spans``: (n, 2)), read when asked
    and kept (only the units nearest a quote are ever asked for).

    >>> words = unit_words("Read it. READ it!", np.array([[0, 8], [9, 17]]))
    >>> words(0) == words(1)
    True
    """
    memo: dict[int, tuple[str, ...]] = {}

    def words(u: int) -> tuple[str, ...]:
        if u not in memo:
            s, e = int(spans[u, 0]), int(spans[u, 1])
            memo[u] = tuple(w.casefold() for w in raw_words(text[s:e]))
        return memo[u]

    return words


def repetition(words: UnitWords, first: int, last: int) -> Callable[[int], bool]:
    """Whether a unit repeats one of the units ``first``..``last`` (of at least
    :data:`SAME_WORDS` words) word for word.

    >>> line = "The guide was rewritten with new examples."
    >>> text = f"{line} See it. {line}"
    >>> again = repetition(unit_words(text, np.array([[0, 42], [43, 50], [51, 93]])), 0, 0)
    >>> again(2), again(1)
    (True, False)
    """
    own = {w for u in range(first, last + 1) if len(w := words(u)) >= SAME_WORDS}
    return lambda u: bool(own) and words(u) in own

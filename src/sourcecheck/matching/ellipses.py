"""Elliptical negations on both sides: a contrast whose second conjunct keeps only its
negation ("one arrives at his good and not the other" / "one attains his object and the other
does not"; "und der andere nicht", "а другой нет").

Such a negation negates no word of its own: its verb is the first conjunct's, left out. Two
renderings place it differently ("and not the other" before its subject, "the other does not"
after it), and the aligner may pair the first conjunct's verb with another clause
("arrives" / "bring about"), so :func:`~.negation.negation_differs` compared each with a
clause that has none. When both sides have as many elliptical negations, they say the same
contrast: they are not compared. One on one side only ("and the other arrives at it too" /
"and the other does not") still differs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .cancelling import ABSENCE
from .conjuncts import without_negations

if TYPE_CHECKING:
    from .negation import Negations


def elliptical(one: Negations, content: Mapping[int, bool]) -> set[int]:
    """The explicit negations of ``one`` (offsets) that stand after a coordinating conjunction
    of their clause with no content word after them in it (``content``: ``one``'s content
    words, offset -> whether it has a counterpart): "and not the other", "and he did not"."""
    from .negation import clause_of  # it imports the modules this one imports

    found = set()
    for at, word in one.explicit:
        if word.casefold() in ABSENCE.get(one.language, ()):
            continue  # "without" has a noun of its own
        start, end = one.clauses[clause_of(one.clauses, at)]
        joined = any(start <= c < at for c in one.coordinators)
        if joined and not any(at < w < end for w in content):
            found.add(at)
    return found


def without_ellipses(
    quote: Negations, passage: Negations, rendered: tuple[Mapping[int, bool], Mapping[int, bool]]
) -> tuple[Negations, Negations]:
    """``quote`` and ``passage`` without their elliptical negations (:func:`elliptical`) when
    each side has as many (one or more); else both as they are."""
    mine, theirs = elliptical(quote, rendered[0]), elliptical(passage, rendered[1])
    if not mine or len(mine) != len(theirs):
        return quote, passage
    return without_negations(quote, mine), without_negations(passage, theirs)

"""Words that count two things: "both", "beide", "оба" (fresh109).

"The two reports" and "Both reports" say the same number: both is two, and no more. The
word matcher read "two" as a number and "both" as none, and flagged the rendering ``number``
("number “The two” (not in the source)"); a Russian "Два доклада" / "Оба доклада" came out a
changed name. :func:`duals_answer` tells when one side's duals stand for the other side's
twos: the numbers of a run agree once each dual is read as 2. A dual against no number at all
("both the king and the queen" / "the king and the queen") is no number either way: it is
counted only where the other side states a two.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..normalize import fold

DUALS: dict[str, frozenset[str]] = {
    "en": frozenset({"both"}),
    "de": frozenset({"beide", "beiden", "beider", "beides"}),
    "ru": frozenset(fold(w) for w in "оба обе обоих обеих обоим обеим обоими обеими".split()),
}
"""Folded words of two things, per language."""


def duals_answer(
    words: tuple[Sequence[str], Sequence[str]],
    numbers: tuple[Sequence[float], Sequence[float]],
    language: str | None,
) -> bool:
    """Whether two runs of words (a quote's and a source's, with the ``numbers`` each states)
    state the same numbers once each side's duals are read as 2, and differ without them.

    >>> duals_answer((["The", "two"], ["Both"]), ([2], []), "en")
    True
    >>> duals_answer((["both"], ["three"]), ([], [3]), "en")
    False
    >>> duals_answer((["Оба"], ["Два"]), ([], [2]), "ru"), duals_answer((["both"], []), ([], []),
    ...                                                               "en")
    (True, False)
    """
    duals = DUALS.get(language or "en", frozenset())
    counts = [sum(fold(w) in duals for w in side) for side in words]
    if not any(counts) or sorted(numbers[0]) == sorted(numbers[1]):
        return False
    mine = sorted([*numbers[0], *[2] * counts[0]])
    theirs = sorted([*numbers[1], *[2] * counts[1]])
    return mine == theirs


def shown_duals(
    words: Sequence[str], language: str, values: Sequence[float], other: Sequence[float]
) -> tuple[str, ...]:
    """The duals of one side (its ``words``, the number ``values`` it states) to show among
    its numbers: as many as the twos the ``other`` side states beyond this side's ("Beide
    Studien" / "The two studies": "Beide" in the quote, "two" there, not "none").

    >>> shown_duals(["Beide", "Studien"], "de", [], [2.0]), shown_duals(["both"], "en", [], [3])
    (('Beide',), ())
    """
    missing = list(other).count(2) - list(values).count(2)
    duals = DUALS.get(language, frozenset())
    return tuple(w for w in words if fold(w) in duals)[: max(missing, 0)]

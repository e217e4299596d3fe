"""Who usually answers whom in a text: the partners of its conversations, counted over the
turns whose speakers are named beside them ("said Emma" answered by "said Harriet"). A turn
of a conversation where only one speaker is known is the usual partner's when that person
answers this one far more often than anyone else does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .alternation import SaidLike, is_anchor

MIN_PAIRS = 3
"""How many named exchanges two people must have for one to be the other's usual partner."""
DOMINANCE = 2
"""How many times more often than the next person the usual partner must answer."""


def usual_partners(said: Sequence[SaidLike]) -> dict[str, str]:
    """Each speaker's usual partner: the person whose named turn comes right before or after
    theirs (two paragraphs that follow one another, each opened by a quotation) at least
    :data:`MIN_PAIRS` times and :data:`DOMINANCE` times as often as anyone else's."""
    pairs: dict[str, Counter[str]] = {}
    for a, b in pairwise(said):
        if not (a.starts_paragraph and b.starts_paragraph and b.paragraph == a.last_paragraph + 1):
            continue
        if not (is_anchor(a) and is_anchor(b)) or a.speaker == b.speaker:
            continue
        x, y = a.speaker or "", b.speaker or ""
        pairs.setdefault(x, Counter())[y] += 1
        pairs.setdefault(y, Counter())[x] += 1
    return {
        name: top
        for name, counts in pairs.items()
        if (top := dominant(counts, least=MIN_PAIRS, times=DOMINANCE)) is not None
    }


def dominant(counts: Counter[str], *, least: int, times: int) -> str | None:
    """The name counted most, when at least ``least`` times and ``times`` times as often as
    the next (None otherwise).

    >>> dominant(Counter({"Emma": 6, "Harriet": 2}), least=3, times=2)
    'Emma'
    >>> dominant(Counter({"Emma": 6, "Harriet": 4}), least=3, times=2)
    """
    top = counts.most_common(2)
    second = top[1][1] if len(top) > 1 else 0
    return top[0][0] if top and top[0][1] >= least and top[0][1] >= times * second else None

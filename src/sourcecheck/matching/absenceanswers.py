"""What a preposition of absence answers on the other side: the negation of its noun's
counterpart, or of a need of it ("You do not need the permission of the authors to
distribute them" says what "Вы можете распространять их без согласия авторов" and "ohne
Zustimmung der Autoren" say).

A preposition of absence ("without", "ohne", "без") answers a negation on the other side only
where it denies the same thing: the negation's word and the absence's noun render each other
("no grain" / "без зерна"); "Вена и без зерна из Украины переживёт эту зиму" does not answer
the "nicht" of "daß Wien ohne Getreide aus der Ukraine den Winter nicht überstehen werde". A
negated need puts a verb between the two ("do not need the permission"): the negation's first
content word ("need") has no counterpart, since the other side says the lack with its
preposition, and the next one ("permission") renders the absence's noun. Such a pair answers.
A negated verb that is rendered ("You may not distribute them without consent" against "без
согласия") is another negation, compared as before; so is "You need the permission" against
"без согласия", whose "без" nothing answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .negation import Negations


def absence_answers(
    one: Negations,
    other: Negations,
    i: int,
    at: int,
    counterparts: Mapping[int, int],
    content: tuple[Mapping[int, bool], Mapping[int, bool]],
) -> bool:
    """Whether the negation of ``other`` at ``at`` may answer ``one``'s ``i``-th when it is a
    preposition of absence (:data:`.cancelling.ABSENCE`): only another such preposition, or a
    negation of the counterpart of its noun or of a need of it (see the module); any other
    negation of ``other`` may. ``counterparts``: offset of a content word of ``one`` -> its
    counterpart's in ``other``; ``content``: each side's content words, offset -> whether the
    word has a counterpart."""
    if at not in other.absence or one.explicit[i][0] in one.absence:
        return True
    j = next(k for k, (a, _) in enumerate(other.explicit) if a == at)
    nouns = _phrase(other, _target(other, j), content[1])
    target = counterparts.get(_target(one, i))
    return (target is not None and target in nouns) or _need_answered(
        one, i, nouns, counterparts, content[0]
    )


def _phrase(other: Negations, target: int, content: Mapping[int, bool]) -> set[int]:
    """The word a preposition of absence negates (at ``target``), and, when that word has no
    counterpart ("без сетевого подключения": an adjective), the next content word of its
    clause ("подключения")."""
    if target < 0:
        return set()
    end = next((b for a, b in other.clauses if a <= target < b), target)
    after = sorted(w for w in content if target < w < end)[:1]
    return {target, *after} if after and not content.get(target, True) else {target}


def _target(one: Negations, i: int) -> int:
    """The word the ``i``-th negation of ``one`` negates (-1: none)."""
    return one.targets[i] if i < len(one.targets) else -1


def _need_answered(
    one: Negations,
    i: int,
    nouns: set[int],
    counterparts: Mapping[int, int],
    content: Mapping[int, bool],
) -> bool:
    """Whether ``one``'s ``i``-th explicit negation denies a need of what the other side's
    preposition of absence lacks, its noun among ``nouns`` (see the module): the first content
    word after the negation in its clause has no counterpart and the next one renders it."""
    at = one.explicit[i][0]
    end = next((b for a, b in one.clauses if a <= at < b), at)
    after = sorted(w for w in content if at < w < end)[:2]
    return len(after) == 2 and not content[after[0]] and counterparts.get(after[1], -1) in nouns

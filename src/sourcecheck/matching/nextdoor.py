"""Which negations of a rendering, next to the clauses aligned with a negated clause of the
quote, answer another clause of the quote (:mod:`.negation` asks whether a negation answered
only next door is answered at all).

A negation next door answers another clause when that clause is negated and aligned with it
(:func:`claimed`), or when it stands *in the place* of a clause of the quote that has no
counterparts (:func:`.clauseorder.clauses_in_order`): "disorders cannot be seen as they arise
..., but living at a distance, they are only heard of ..." against "disorders are seen as they
spring up, ...; but if one is not at hand, they are heard of only when ...": "not at hand"
renders "living at a distance", it does not answer "cannot be seen" (issue 10: a negation
added in one clause of a long, otherwise faithful sentence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauseorder import clauses_in_order

if TYPE_CHECKING:
    from .negation import Negations


def claimed(one: Negations, links: dict[int, set[int]], clause: int) -> set[int]:
    """The clauses of the other side aligned with ``one``'s negated clauses but ``clause``:
    a negation there answers those. A negation directly before a content word without any
    counterpart, answered only next door by negations that all answer another negated
    clause, is unanswered: "if he were to catch that he would not rush like mad, and the
    collection of samples was still not packed" against "um den einzuholen, hätte er sich
    unsinnig beeilen müssen, und die Kollektion war noch nicht eingepackt" ("nicht" answers
    "not packed"; "rush" has no counterpart). When the negated word has one, or is no
    content word ("nor in", "no more", "not his sister"), one negation may answer two: a
    rendering says "neither ... or" for "nor ..., nor", "least of all" for "certainly
    not"."""
    from .negation import clause_of  # it imports this module

    out: set[int] = set()
    for at, _ in one.explicit:
        if (c := clause_of(one.clauses, at)) != clause:
            # a negated clause without counterparts ("and did not move" / "und rührte sich
            # nicht") is rendered between its neighbours' counterparts: it claims those
            out |= links.get(c) or links.get(c - 1, set()) | links.get(c + 1, set())
    return out


def spoken_for(
    one: Negations,
    other: Negations,
    links: dict[int, set[int]],
    clause: int,
    aligned: set[int],
    worded: tuple[set[int], set[int]],
) -> bool:
    """Whether the negations next to a negation's ``aligned`` clauses answer something else:
    each is affixed (a word of its own, which renders a word or says more), or explicit in a
    clause aligned with another negated clause of ``one``, or in a clause standing where
    another clause of ``one`` without counterparts stands (``worded``: each side's clauses
    that hold a content word). Then a negation directly before a word whose counterpart
    stands in a clause without negation is unanswered: "He was not used to sleeping on his
    right side, but could not get into that position" against "aber das war undurchführbar,
    denn er war gewöhnt, auf der rechten Seite zu schlafen, konnte sich aber ... nicht in
    diese Lage bringen" ("gewöhnt" is affirmed; "nicht" answers "could not",
    "undurchführbar" renders nothing of the quote). An explicit negation next door that
    answers nothing else is this one where the rendering cut the clause ("that he had never
    felt before" / "почувствовал ... боль, какой никогда прежде не испытывал")."""
    from .negation import clause_of  # it imports this module

    near = {c + d for c in aligned for d in (-1, 1)} - aligned
    free = {clause_of(other.clauses, at) for at, _ in other.explicit} & near
    free -= claimed(one, links, clause)
    for own in worded[0] - {clause} - set(links):
        free -= clauses_in_order(own, links, *worded)
    return not free

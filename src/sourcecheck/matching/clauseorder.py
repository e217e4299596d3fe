"""A clause without counterparts, placed by the order of the clauses around it.

Negations are compared with the clauses that hold the counterparts of their clause's words
(:mod:`.negation`). A clause none of whose words pairs ("and came forward without any
self-assurance" at "und traten mit großem Selbstbewußtsein auf": "self-assurance" and
"Selbstbewußtsein" are too far apart as single words) had nothing to be compared with, and
its negation went unchecked: the rendering was ``reworded`` with nothing flagged (m24-neg-9).
Two renderings keep the order of what they say, clause for clause, more often than not: the
clauses of the other side between the counterparts of the clause's neighbours, themselves
without counterparts, are where it is rendered if anywhere. Only such a gap counts (a clause
of the other side that renders another clause of the quote is that clause's), and only a
narrow one: a passage that says much more than the quote after its last counterpart is not
the rendering of a quote's last clause.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

MAX_EXTRA = 1
"""Clauses the gap of the other side may have beyond the unpaired clauses of this side in the
same gap: a rendering cuts a clause in two now and then, rarely in three."""


def clauses_in_order(
    clause: int,
    links: Mapping[int, set[int]],
    own: Collection[int],
    others: Collection[int],
) -> set[int]:
    """The clauses of the other side placed where ``clause`` of this side stands, when it has
    no counterparts (``own``, ``others``: each side's clauses that hold content words; a
    clause of punctuation only stands nowhere): those between the counterparts of
    the nearest linked clauses before and after it (to the other side's end when none is
    after; none when no clause before or after it is linked), none of them linked; empty
    when there are more than :data:`MAX_EXTRA` more of them than this side's unlinked
    clauses in the same gap.

    >>> clauses_in_order(2, {0: {0}, 1: {1}}, own={0, 1, 2}, others={0, 1, 2})
    {2}
    >>> clauses_in_order(1, {0: {0}, 2: {3}}, own={0, 1, 2}, others={0, 1, 2, 3})
    {1, 2}
    >>> clauses_in_order(2, {0: {0}, 1: {1}}, own={0, 1, 2}, others=set(range(6)))  # says more
    set()
    >>> clauses_in_order(1, {0: {0}, 2: {1}}, own={0, 1, 2}, others={0, 1})  # no room
    set()
    """
    if clause in links or not links:
        return set()
    before = [c for c in links if c < clause]
    after = [c for c in links if c > clause]
    if not before and not after:
        return set()
    low = max(links[max(before)]) + 1 if before else 0
    high = min(links[min(after)]) if after else max(others, default=-1) + 1
    linked = set().union(*links.values())
    if any(c in linked for c in range(low, high)):  # one linked to another of ours: no order
        return set()
    gap = {c for c in range(low, high) if c in others}
    own_low = max(before) + 1 if before else 0
    own_high = min(after) if after else max(own, default=-1) + 1
    unlinked = sum(1 for c in range(own_low, own_high) if c not in links and c in own)
    return gap if 0 < len(gap) <= unlinked + MAX_EXTRA else set()


def next_to(clauses: set[int]) -> set[int]:
    """``clauses`` and those next to them: two languages cut a sentence at different places.

    >>> sorted(next_to({2, 5}))
    [1, 2, 3, 4, 5, 6]
    """
    return {c + d for c in clauses for d in (-1, 0, 1)}


def uncrossed(
    pairs: Collection[tuple[int, int]],
    clauses: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
) -> list[tuple[int, int]]:
    """``pairs`` (offsets of counterparts on each side) without those that cross the order of
    another pair while two pairs or more of the same clause link it in order elsewhere
    (``clauses``: each side's spans): a word the passage says again in a clause the quote does
    not render ("Millions of men perpetrated ... such crimes as are not recorded ..., but
    which those who committed them did not regard as crimes" for "Millions committed ...
    crimes as ... do not record"), paired there by its stem, linked that clause with the
    quote's first one, and its negation was read as one the quote left out. Clauses said in
    another order cross as a whole, and stay linked, as a clause's single pairs scattered
    over the other side (verse) do. Nor a single pair between two clauses each linked with
    another clause in order by two pairs or more (:func:`_stray`).

    >>> q, p = ((0, 10), (10, 20)), ((0, 10), (10, 20), (20, 30))
    >>> uncrossed([(1, 2), (3, 4), (5, 25), (12, 14)], (q, p))
    [(1, 2), (3, 4), (12, 14)]
    >>> uncrossed([(1, 2), (5, 25), (12, 14)], (q, p))
    [(1, 2), (5, 25), (12, 14)]
    >>> uncrossed([(1, 12), (5, 14), (12, 2)], (q, p))  # clauses in another order: kept
    [(1, 12), (5, 14), (12, 2)]
    >>> uncrossed([(1, 2), (3, 4), (5, 25), (7, 27), (12, 14)], (q, p))  # part of a clause moved
    [(1, 2), (3, 4), (5, 25), (7, 27), (12, 14)]
    >>> uncrossed([(1, 2), (3, 4), (5, 14), (12, 15), (14, 17)], (q, p))  # a stray pair
    [(1, 2), (3, 4), (12, 15), (14, 17)]
    """
    placed = [(_clause(clauses[0], a), _clause(clauses[1], b)) for a, b in pairs]
    crossing = [any((q - cq) * (p - cp) < 0 for q, p in placed) for cq, cp in placed]
    straight = Counter(link for link, crosses in zip(placed, crossing, strict=True) if not crosses)
    links = Counter(placed)
    kept = []
    for pair, (cq, cp), crosses in zip(pairs, placed, crossing, strict=True):
        # its clause rendered in order elsewhere, by two words or more: this one is said again;
        # not two words or more linking the same two clauses (part of a clause moved: "they
        # had much to fear from their captains" said after its reasons)
        again = any(n > 1 and (q == cq) != (p == cp) for (q, p), n in straight.items())
        if not ((crosses and again) or _stray(cq, cp, straight)) or links[cq, cp] > 1:
            kept.append(pair)
    return kept


def _stray(cq: int, cp: int, straight: Counter[tuple[int, int]]) -> bool:
    """Whether the quote's clause ``cq`` and the passage's clause ``cp`` are each linked in
    order with another clause by two words or more: a single pair between them is a chance
    of the vectors ("cannot be undone, purge should not be used" / "definitive nature of
    such data removals, a purge should not be taken": "undone" paired with "taken")."""
    return any(n > 1 and q == cq and p != cp for (q, p), n in straight.items()) and any(
        n > 1 and p == cp and q != cq for (q, p), n in straight.items()
    )


def _clause(spans: Sequence[tuple[int, int]], offset: int) -> int:
    """The index of the span holding ``offset`` (the last one past them all)."""
    index = bisect_right([a for a, _ in spans], offset) - 1
    return max(0, min(index, len(spans) - 1))

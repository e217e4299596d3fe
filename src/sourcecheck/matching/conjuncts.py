"""A negation in a conjunct past the words a rendering renders: the claim quotes part of a
sentence and says nothing about the rest.

"das Kind starrte auf die riesigen Sohlen seiner Stiefel" renders the first part of "das Kind
starrte auf die riesigen Stiefelsohlen des Mannes und wagte nicht, sich zu rühren": its
"nicht" stands in a conjunct ("und wagte nicht") that follows every word the claim renders and
holds none, while the claim stops where its last rendered word stands. That conjunct is not
compared: it is no negation on one side only, it is the part of the sentence the claim leaves
out. The same holds the other way (a claim's last conjunct that the passage does not go on
to). Only a trailing conjunct is read so: a negation in the first of two conjuncts may govern
both ("did not go and see them"); a conjunct whose words are rendered, or a rendering that goes
on past its last rendered word (an unrendered word after it), is compared as before, and a
negated clause in the middle of the rendered stretch is the clause left out (flagged).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..normalize import WORD_RE, fold

if TYPE_CHECKING:
    from .negation import Negations

_COORDINATORS = {
    "en": frozenset("and but or yet".split()),
    "de": frozenset("und aber oder sondern doch".split()),
    "ru": frozenset("и а но или да однако".split()),
}
"""Per language, the conjunctions that join two predicates of one clause ("and did not
dare", "und wagte nicht", "и не смел")."""


def joins_in(text: str, language: str) -> tuple[int, ...]:
    """Where ``text`` has a coordinating conjunction (start offsets), in ``language``.

    >>> joins_in("He sat and did not move, but wept.", "en")
    (7, 25)
    """
    words = _COORDINATORS.get(language, frozenset())
    return tuple(m.start() for m in WORD_RE.finditer(text) if fold(m.group()) in words)


def trailing(one: Negations, own: Mapping[int, bool], other: Mapping[int, bool]) -> set[int]:
    """The explicit negations of ``one`` (offsets) in a conjunct past its last word with a
    counterpart, holding no such word, while the other side renders nothing past its own last
    one. ``own``/``other``: each side's content words, offset -> whether it has a
    counterpart."""
    last, there = _last_paired(own), _last_paired(other)
    if last < 0 or there < 0 or any(w > there and not ok for w, ok in other.items()):
        return set()
    return {
        at for at, _ in one.explicit if at > last and any(last < c < at for c in one.coordinators)
    }


def _last_paired(words: Mapping[int, bool]) -> int:
    return max((w for w, ok in words.items() if ok), default=-1)


def without_negations(one: Negations, dropped: set[int]) -> Negations:
    """``one`` without the explicit negations at the offsets ``dropped``: every per-negation
    field kept in step."""
    if not dropped:
        return one
    keep = [i for i, (at, _) in enumerate(one.explicit) if at not in dropped]

    def pick(values: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(values[i] for i in keep if i < len(values))

    return dataclasses.replace(
        one,
        explicit=tuple(one.explicit[i] for i in keep),
        negated=pick(one.negated),
        reach=pick(one.reach),
        targets=pick(one.targets),
        doubled=pick(one.doubled),
        absence=one.absence - dropped,
    )

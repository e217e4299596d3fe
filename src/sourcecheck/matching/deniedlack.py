"""A word of lack or refusal negated in its turn by a word negated by an affix: "found it
impossible to refuse him", "was unable to refuse", "невозможно отказать" say he granted it,
as "could not refuse him" does.

:func:`.cancelling.cancelled` reads "could not refuse" as a double negation (an affirmation)
unless the counterpart of "refuse" on the other side is negated there: a word of lack counted
as negated by itself, so "impossible to refuse" was read as a refusal and the "not" stood
unanswered. Here a word of lack is negated in its turn when an affixed negation that is no word
of lack stands right before it, one short function word between at most ("impossible to",
"unable to", "unmöglich zu").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..normalize import fold
from .privative import lacking

if TYPE_CHECKING:
    from .negation import Negations

_GAP = 4
"""Characters between the affixed word and the word of lack: a space, a word of two letters
("to", "zu"), a space."""


def denied_lacks(one: Negations) -> set[int]:
    """The offsets of ``one``'s words of lack that a word negated by an affix negates in
    turn (see the module)."""
    from .negation import clause_of  # it imports this module's importers

    language = one.language or "en"
    lacks = [(a, w) for a, w in one.affixed if lacking(fold(w), language)]
    prefixed = [(a, w) for a, w in one.affixed if not lacking(fold(w), language)]
    return {
        at
        for at, _ in lacks
        for a, w in prefixed
        if 0 < at - (a + len(w)) <= _GAP and clause_of(one.clauses, a) == clause_of(one.clauses, at)
    }

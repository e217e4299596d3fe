"""The polarity of a negation: single ("did not go to the effort": he did not) or doubled, a
negation of a word of lack ("scheute nicht die Mühe", "did not shy away from the effort",
"не избегал труда": he went to the effort, litotes).

A negation answers a negation of the other side only when both deny, or both affirm: "did
not go to the effort" against "scheute nicht die Mühe" says the opposite, though each side
has its "not" (fresh107). A doubled negation still answers a doubled one ("did not spare
himself" / "scheute nicht"), and the other side's affirmation ("went to all the effort") is
read by :func:`.cancelling.cancelled`. The words of lack are :mod:`.privative`'s, kept
symmetric across English, German and Russian (a word of lack whose rendering is no word of
lack would break the parity of a true rendering: "would not avoid" / "не миновать").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .cancelling import doubles, lack_denied

if TYPE_CHECKING:
    from .negation import Negations


def parity_differs(one: Negations, other: Negations, i: int, at: int) -> bool:
    """Whether the explicit negation of ``other`` at ``at`` has the other polarity than the
    ``i``-th explicit negation of ``one``: one negates a word of lack in its turn and the
    other does not (then it answers it not). A word of lack of ``other`` negated in its turn
    ("scheute" of "scheute nicht") answers nothing itself: its negation answers or not."""
    if at in other.doubled:
        return True
    j = next((k for k, (a, _) in enumerate(other.explicit) if a == at), -1)
    return j >= 0 and doubles(one, i) != doubles(other, j)


def doubled_alike(one: Negations, other: Negations) -> bool:
    """Whether ``one`` and ``other`` negate a word of lack in their turn as often: two
    renderings that negate as often (:mod:`.twinnegations`) negate alike only then ("did not
    go to the effort" / "не избегал труда" each have one negation, of opposite polarity)."""
    return sum(map(_doubles_any, one.doubled)) == sum(map(_doubles_any, other.doubled))


def _doubles_any(word: int) -> bool:
    return word >= 0


_AFFIX_REACH = 16
"""Characters from a word negated by its affix to the word of lack it negates ("unwilling to
leave out")."""


def affixed_double(one: Negations, at: int) -> bool:
    """Whether ``one``'s affixed word at ``at`` negates a word of lack right after it in its
    clause ("unwilling to leave out": an affirmation, as "cannot omit" is): then it answers a
    double negation of the other side."""
    from .negation import affix_negated, clause_of  # it imports this module

    language = one.language or "en"
    clause = clause_of(one.clauses, at)
    return affix_negated(_word_at(one, at), language) and any(
        at < a <= at + _AFFIX_REACH
        and clause_of(one.clauses, a) == clause
        and not affix_negated(word, language)  # a word of lack (.boundabsence.lack_at)
        for a, word in one.affixed
    )


def _word_at(one: Negations, at: int) -> str:
    return next((w for a, w in one.affixed if a == at), "")


def turned_lack(
    one: Negations,
    other: Negations,
    rendered: tuple[Mapping[int, bool], Mapping[int, bool]],
) -> bool:
    """Whether ``one`` negates a word of lack in its turn where ``other`` says a word of lack
    alone, neither word rendered by a word of the other side (``rendered``: each side's
    content words, offset -> whether it has a counterpart): "I failed to show your letter" /
    "Ich habe nicht versäumt, Deinen Brief ... zu zeigen" (he did show it), where the "nicht"
    stands in a clause of its own that nothing renders, so that no clause of the other side
    is compared with it (:func:`.negation.negation_differs`). A word of lack that renders
    another ("lacked money" / "fehlte Geld") is no such pair: only unrendered ones are read.
    """
    from .negation import affix_negated  # it imports this module

    if not lack_denied(one, other):
        return False
    language = other.language or "en"
    mine = {w for w in one.doubled if w >= 0}
    theirs = {a for a, w in other.affixed if not affix_negated(w, language)}
    return any(rendered[0].get(a) is False for a in mine) and any(
        rendered[1].get(a) is False for a in theirs
    )

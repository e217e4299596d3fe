"""Negated conjuncts said once or twice: "not X or Y" says what "not X nor Y" says ("No one
shall be deprived of his house or of the right to sell it" / "... of his house nor denied the
right to sell it"; Russian "не ... X или Y" / "ни X, ни Y").

The word matcher compares a run's negation words by number (:mod:`.differences`): "or"
against "nor" counted one negation more on one side and raised ``negation``. A "nor" that
continues a negation both sides share before the run, against a plain "or" there, negates
nothing the other side affirms. A "nor" against "and" ("nor denied" / "and denied") still
differs, as does a run whose sides share no negation before it ("Any citizen ... or").
"""

from __future__ import annotations

from collections.abc import Sequence

_NOR = {"en": frozenset({"nor"}), "ru": frozenset({"ни"}), "fr": frozenset({"ni"})}
"""The negating coordinators: one negation with the one before them."""
_OR = {
    "en": frozenset({"or", "nor"}),
    "de": frozenset({"oder", "noch"}),
    "ru": frozenset({"или", "либо", "ни"}),
    "fr": frozenset({"ou", "ni"}),
}
"""The plain disjunctions that say it once ("not X or Y")."""


def elided_nor(
    runs: tuple[Sequence[str], Sequence[str]],
    before: tuple[Sequence[str], Sequence[str]],
    negations: frozenset[str],
    language: str,
) -> bool:
    """Whether a run's one more negation word is a "nor" against an "or" of the other side,
    both sides negating before the run (``runs``: the quote's and the source's words of the
    run; ``before``: each side's words before it).

    >>> neg = frozenset({"no", "nor", "not"})
    >>> elided_nor((["or", "of"], ["nor", "denied"]), (["no", "one"], ["no", "one"]), neg, "en")
    True
    >>> elided_nor((["and"], ["nor"]), (["no"], ["no"]), neg, "en")
    False
    """
    counts = [sum(w in negations for w in words) for words in runs]
    if abs(counts[0] - counts[1]) != 1:
        return False
    more, fewer = (runs[0], runs[1]) if counts[0] > counts[1] else (runs[1], runs[0])
    nor, disjunctions = _NOR.get(language, frozenset()), _OR.get(language, frozenset())
    return (
        any(w in nor for w in more)
        and any(w in disjunctions for w in fewer)
        and all(any(w in negations for w in words) for words in before)
    )

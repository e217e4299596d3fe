"""Where the scope of a negation ends inside its clause: at a complement clause's conjunction.

"There is no other way of guarding oneself against flattery than by letting men understand
that they will not offend you" is one clause to the negation check (English sets no comma
before "that"), and the "no" of "no other way" answered the "not" of "will not offend" (a
negation answers the rest of its clause, :func:`.negation._answers`): a claim that says "that
to tell you the truth offends you" passed unflagged (walk107 ch-06). A negation of the main
clause negates nothing in a complement clause: "no other way" says there is one way, it
does not deny what men are to understand. So a negation's scope stops at a complementizer
("that", "dass", "что", "чтобы") after it (:func:`in_scope`), and a negation of the other side
rendered only past that conjunction is none it answers (:func:`past_scope`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..normalize import WORD_RE, fold

if TYPE_CHECKING:
    from .negation import Negations

_COMPLEMENTIZERS = {
    "en": frozenset({"that"}),
    "de": frozenset({"dass", "daß"}),
    "ru": frozenset({"что", "чтобы"}),
}
"""Per language, the conjunctions that open a complement clause ("understand that ...")."""


_SUBJECTS = {
    "en": frozenset(
        """the a an this these those his her its their our my your some every each all no
        nothing nobody he she it they we you i there one to""".split()
    ),
}
"""Per language, the words that open a complement clause's subject after "that" ("that the
dam", "that they", "that to tell you the truth"): English "that" before anything else is a
demonstrative ("into that position") or a relative pronoun ("the man that saw it")."""


def complements_in(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` has a complementizer, in ``language``: (its start offset, that of the
    word before it, -1 when none).

    >>> complements_in("Let them understand that it will not get into that position.", "en")
    ((20, 9),)
    """
    words = _COMPLEMENTIZERS.get(language, frozenset())
    subjects = _SUBJECTS.get(language)
    found = [(m.start(), fold(m.group()).casefold()) for m in WORD_RE.finditer(text)]
    return tuple(
        (at, found[k - 1][0] if k else -1)
        for k, (at, word) in enumerate(found)
        if word in words
        and (subjects is None or (k + 1 < len(found) and found[k + 1][1] in subjects))
    )


def in_scope(complements: tuple[tuple[int, int], ...], at: int, word: int, verb: int = -1) -> bool:
    """Whether the word at ``word``, after the negation at ``at`` in its clause, is within
    that negation's scope: no complementizer (``complements``) stands between them, but one
    right after the verb the negation negates (``verb``, the word after it): "cannot see that
    they owed anything" says "see that they owed nothing" (a negation of a verb of thinking or
    seeing is read in its complement).

    >>> in_scope(((20, 9),), 5, 30), in_scope(((20, 9),), 5, 15), in_scope(((20, 9),), 5, 30, 9)
    (False, True, True)
    """
    return not any(at < c < word and head != verb for c, head in complements)


def past_scope(
    one: Negations, other: Negations, i: int, at: int, counterparts: Mapping[int, int]
) -> bool:
    """Whether the counterparts of the words of the clause of ``one``'s ``i``-th negation
    that stand in the clause of ``other``'s negation at ``at`` all stand past its scope: "no
    other way ... than letting them understand that the new dam would flood" against "что
    новая плотина не затопит" ("flood" without a counterpart), where "no" answers not."""
    from .negation import clause_of  # it imports this module

    clause = clause_of(one.clauses, one.explicit[i][0])
    mine = clause_of(other.clauses, at)
    words = [
        p
        for q, p in counterparts.items()
        if clause_of(one.clauses, q) == clause and clause_of(other.clauses, p) == mine
    ]
    verb = negated_after(other, at)
    return bool(words) and all(
        p > at and not in_scope(other.complements, at, p, verb) for p in words
    )


def negated_after(one: Negations, at: int) -> int:
    """The word right after ``one``'s explicit negation at ``at`` (past its verb's
    auxiliaries), -1: none or no explicit negation there."""
    index = next((k for k, (a, _) in enumerate(one.explicit) if a == at), -1)
    return one.negated[index] if 0 <= index < len(one.negated) else -1

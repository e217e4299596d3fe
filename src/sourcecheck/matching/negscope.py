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


def complements_in(text: str, language: str) -> tuple[int, ...]:
    """Where ``text`` has a complementizer (start offsets), in ``language``.

    >>> complements_in("Let them understand that it will not get into that position.", "en")
    (20,)
    """
    words = _COMPLEMENTIZERS.get(language, frozenset())
    subjects = _SUBJECTS.get(language)
    found = [(m.start(), fold(m.group()).casefold()) for m in WORD_RE.finditer(text)]
    return tuple(
        at
        for k, (at, word) in enumerate(found)
        if word in words
        and (subjects is None or (k + 1 < len(found) and found[k + 1][1] in subjects))
    )


def in_scope(complements: tuple[int, ...], at: int, word: int) -> bool:
    """Whether the word at ``word``, after the negation at ``at`` in its clause, is within
    that negation's scope: no complementizer (``complements``) stands between them.

    >>> in_scope((20,), 5, 30), in_scope((20,), 5, 15)
    (False, True)
    """
    return not any(at < c < word for c in complements)


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
    return bool(words) and all(p > at and not in_scope(other.complements, at, p) for p in words)

"""Negations that say one negation between them: Russian negative concord ("Никто не может
быть лишён", "Ни один горожанин не может"), and a negative determiner heading its clause's
subject ("No citizen shall be deprived", "Keinem Bürger darf ... entzogen werden").

A Russian negative pronoun or "ни один" takes a "не" before its verb: the two are one
negation, not a negation negated in its turn. So the "не" does not end the pronoun's scope,
and the two share its polarity (:func:`.cancelling.doubled`): "Никто не может быть лишён
гражданства" negates a word of lack as "No one shall be deprived of his nationality" and
"Niemandem darf seine Staatsangehörigkeit entzogen werden" do. A negative determiner that
opens its clause ("No citizen", "Keinem Bürger", "Ни один горожанин") negates its clause's
statement as a negative pronoun does ("Nobody"): its scope is the rest of its clause, not its
noun. The words of lack are :mod:`.privative`'s, kept symmetric across the three languages
("deprive", "entziehen", "лишить"; "deny", "verweigern", "отказать").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import fold

_DETERMINERS = {
    "en": frozenset({"no"}),
    "de": frozenset(fold(w) for w in "kein keine keinen keinem keiner keines".split()),
    "ru": frozenset(),
}
"""Negative determiners: they negate their clause when they open it ("No citizen shall")."""
_NOT_ONE = re.compile(r"(?i)ни\s+(?:один|одна|одно|одного|одной|одному|одним|одну)\b")
"""Russian "ни один" (not a single one): a negative pronoun, wherever it stands."""
_OPENING = re.compile(r"(?i)(?:^|[.;:!?,\n(—–]|\b(?:and|but|und|aber|denn|и|а|но))[\s\d.]*$")
"""What may stand before a word that opens its clause: punctuation or a coordinator, and
spaces or a paragraph's number ("2. No one")."""
_RU_CONCORD = frozenset({"не"})
_REACH = 60
"""Characters read back from a determiner for what opens its clause."""


def clause_wide(text: str, language: str, at: int, word: str) -> bool:
    """Whether the negation ``word`` at ``at`` negates the rest of its clause as a negative
    pronoun does: Russian "ни один", or a negative determiner opening its clause.

    >>> clause_wide("Article one. No citizen shall be deprived", "en", 13, "No")
    True
    >>> clause_wide("He paid no taxes", "en", 8, "no")
    False
    """
    if language == "ru":
        return _NOT_ONE.match(text, at) is not None
    if fold(word).casefold() not in _DETERMINERS.get(language, ()):
        return False
    return _OPENING.search(text[max(0, at - _REACH) : at]) is not None


def agreeing(
    language: str, explicit: Sequence[tuple[int, str]], clauses: Sequence[int], heads: set[int]
) -> dict[int, int]:
    """Russian negative concord: the index of each "не" that agrees with a negative pronoun
    before it in its clause (``heads``: the indices of the negations that negate their whole
    clause) -> that pronoun's index. The first "не" after one only ("Никто не мог не
    заметить": the second negates in its turn)."""
    if language != "ru":
        return {}
    found: dict[int, int] = {}
    for i in sorted(heads):
        j = next((k for k in range(i + 1, len(explicit)) if clauses[k] == clauses[i]), None)
        if j is not None and explicit[j][1].casefold() in _RU_CONCORD and j not in found:
            found[j] = i
    return found

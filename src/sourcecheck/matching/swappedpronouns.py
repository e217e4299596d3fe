"""Two personal pronouns the word matcher found changed into each other's person: "I told
him" where the source says "he told me" (changed "I" -> "he", "him" -> "me"). Each change
alone is a function word replaced, which no flag marks; together the two persons exchange their
places: who does what to whom differs (the `roles` flag, :data:`.changedfacts.ROLES`). The
persons come from the pronoun table of :mod:`.pronounroles` (thee/thou are "you"); the same
person in another form ("I"/"me") is no exchange."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Difference
from ..normalize import WORD_RE
from .pronounroles import pronoun_person


def _persons(d: Difference, language: str) -> tuple[str, str] | None:
    """The persons of a changed difference of one pronoun for one pronoun, or None."""
    if d.kind != "changed":
        return None
    mine, theirs = WORD_RE.findall(d.quote), WORD_RE.findall(d.source)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    persons = pronoun_person(mine[0], language), pronoun_person(theirs[0], language)
    if persons[0] is None or persons[1] is None or persons[0][0] == persons[1][0]:
        return None
    return persons[0], persons[1]


def swapped_pronouns(differences: Sequence[Difference], language: str) -> str | None:
    """The CHECK note when two changed pronouns exchange their persons, or None.

    >>> from sourcecheck.models import Difference
    >>> swapped_pronouns([Difference("changed", "I", "he"), Difference("changed", "him", "me")],
    ...                  "en")
    '“I … him” in the quote, “he … me” in the source: who does what to whom differs'
    >>> print(swapped_pronouns([Difference("changed", "I", "he")], "en"))
    None
    """
    changed = [(d, p) for d in differences if (p := _persons(d, language)) is not None]
    for i, (one, (q1, s1)) in enumerate(changed):
        for two, (q2, s2) in changed[i + 1 :]:
            if q1[0] == s2[0] and q2[0] == s1[0]:
                mine, theirs = f"{one.quote} … {two.quote}", f"{one.source} … {two.source}"
                said = f"“{mine}” in the quote, “{theirs}” in the source"
                return f"{said}: who does what to whom differs"
    return None

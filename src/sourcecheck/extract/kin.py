"""Who a relation names: "his wife", "her father", "his brother", "her ladyship". The
family names and titles of the people of the text say it; used by
:meth:`~sourcecheck.extract.resolve.Referents.description`.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from .descriptions import COUPLES, HONORIFIC_TITLES, KIN_GENDERS, KIN_TITLES
from .people import DOMINANT, People, Person

if TYPE_CHECKING:
    from .resolve import Referents, Turn

KIN_PARAGRAPHS = 12
"""How many paragraphs before a relation's own are searched for the one with its title."""
SCENE_PARAGRAPHS = 30
"""How far back a scene's persons are looked for when the last paragraphs have none."""


def kin_of(
    referents: Referents,
    words: str,
    offset: int,
    *,
    turns: Sequence[Turn],
    exclude: Set[str],
    answered: Turn | None = None,
) -> Person | None:
    """The person a relation names. "his wife", "her father": the one person of the owner's
    family name with the title the relation gives (Mr. Bennet's wife is Mrs. Bennet;
    Elizabeth Bennet's father, Mr. Bennet); when the owner shows no family name, the one
    person of the last paragraphs with that title ("her mother" is the Mrs. who is there).
    "her ladyship", "his lordship": the one Lady, the one Lord of the last paragraphs (or
    of the scene's, :data:`SCENE_PARAGRAPHS`), else the one the text names
    :data:`~sourcecheck.extract.people.DOMINANT` times as often as any other (in a long
    talk nobody names: Lady Catherine). "her uncle": the husband of "her aunt"
    (:func:`_spouse`)."""
    parts = words.lower().split()
    if len(parts) == 2 and parts[0] in ("his", "her") and parts[1] in COUPLES:
        return _spouse(referents, parts, offset, turns, exclude, answered)
    if len(parts) == 2 and parts[0] in ("his", "her") and parts[1] in KIN_GENDERS:
        sibling_of = _owner(referents, parts[0], offset, turns, answered)
        return _sibling(referents, sibling_of, parts[1], offset, turns, exclude)
    title = KIN_TITLES.get(parts[-1]) or HONORIFIC_TITLES.get(parts[-1])
    if len(parts) != 2 or parts[0] not in ("his", "her", "their") or title is None:
        return None
    person = None
    if parts[-1] in KIN_TITLES and parts[0] != "their":
        person = _owner(referents, parts[0], offset, turns, answered)
    family = titled_kin(referents.people, person, title, exclude) if person else []
    if len(family) > 1 and person is not None:  # Mr. Weston, once a Churchill: Mrs. Weston
        family = [p for p in family if p.titled(title, person.name.split()[-1])] or family
    if family:
        return family[0] if len(family) == 1 else None
    # The owner is a candidate too: who "her" is may have been read wrong.
    for back in (KIN_PARAGRAPHS, SCENE_PARAGRAPHS):
        recent = {
            id(p): p
            for _, p in referents.candidates(offset, back, turns)
            if p.name not in exclude and p.has_title(title)
        }
        if recent:
            return next(iter(recent.values())) if len(recent) == 1 else None
    if parts[-1] not in HONORIFIC_TITLES:
        return None
    titled = sorted(  # "her ladyship" in a long talk: the Lady the text names most
        (p for p in referents.people.persons if p.has_title(title) and p.name not in exclude),
        key=lambda p: -p.forms.total(),
    )
    if titled and (
        len(titled) == 1 or titled[0].forms.total() >= DOMINANT * titled[1].forms.total()
    ):
        return titled[0]
    return None


def titled_kin(people: People, person: Person, title: str, exclude: Set[str]) -> list[Person]:
    """The persons of ``people`` other than ``person`` (and not in ``exclude``) the text
    calls ``title`` and one of its family names: Mr. Bennet's wife is Mrs. Bennet."""
    return [
        p
        for p in people.persons
        if p is not person
        and p.name not in exclude
        and any(p.titled(title, surname) for surname in person.surnames)
    ]


def _owner(
    referents: Referents, word: str, offset: int, turns: Sequence[Turn], answered: Turn | None
) -> Person | None:
    """Who "his" or "her" of a description beside a quotation is: the speaker of the turn
    it answers, when of that gender ("“...,” said John Knightley. / “...,” said his
    brother"), else the pronoun's referent."""
    gender = "M" if word == "his" else "F"
    if answered is not None and answered.person and answered.person.gender == gender:
        return answered.person
    name, _ = referents.pronoun(offset, gender, turns=turns)
    return referents.people.resolve(name) if name else None


def _sibling(
    referents: Referents,
    person: Person | None,
    relation: str,
    offset: int,
    turns: Sequence[Turn],
    exclude: Set[str],
) -> Person | None:
    """ "his brother", "her sister": the one person of the relation's gender who shares a
    family name with ``person``, the one "his" or "her" is (John Knightley's brother is Mr.
    Knightley), or the one of them the last paragraphs name."""
    if person is None:
        return None
    family = {
        id(p): p
        for p in referents.people.persons
        if p is not person
        and p.name not in exclude
        and p.gender == KIN_GENDERS[relation]
        and p.surnames & person.surnames
    }
    if len(family) > 1:
        recent = {id(p) for _, p in referents.candidates(offset, KIN_PARAGRAPHS, turns)}
        family = {k: p for k, p in family.items() if k in recent}
    return next(iter(family.values())) if len(family) == 1 else None


_PAIRING: set[int] = set()
"""The texts (by id of their referents) whose couple is being resolved: "her aunt" for "her
uncle" is not resolved through "her uncle" again."""


def _spouse(
    referents: Referents,
    parts: list[str],
    offset: int,
    turns: Sequence[Turn],
    exclude: Set[str],
    answered: Turn | None,
) -> Person | None:
    """ "her uncle": the one person with the uncle's title ("Mr") and the family name of
    the one "her aunt" names there (Mrs. Gardiner's husband, Mr. Gardiner), as the text
    says "her uncle and aunt" of Mr. and Mrs. Gardiner; None when the aunt is not known."""
    other, title = COUPLES[parts[1]]
    if id(referents) in _PAIRING:
        return None
    _PAIRING.add(id(referents))
    try:
        partner = referents.description(
            f"{parts[0]} {other}", offset, turns=turns, exclude=frozenset(), answered=answered
        )
    finally:
        _PAIRING.discard(id(referents))
    family = titled_kin(referents.people, partner, title, exclude) if partner else []
    return family[0] if len(family) == 1 else None

"""A person named as an owner by a genitive other than "'s": "the voice of the LORD", "die
Stimme des Herrn", and a name's apposition "the LORD my God", "Yahweh my God's voice".

"The voice of the LORD my God" and "Yahweh my God's voice" say the same, the genitive turned
round. Read as a preposition's object, "the LORD" after "of" was one acted upon, and "Yahweh"
opening the other side's phrase its doer: a swap of roles that is none. A person after "of"
that follows a noun (a word a determiner opens: "the voice of", "the great voice of") is that
noun's owner, as "the LORD's voice" is; so is a German person after the genitive article
("des Herrn", "eines Bruders"). A person word after a possessive that follows a name ("the
LORD my God", "Martin my brother") is that name again, no second person: it is read as neither
doer nor undergoer; and a name whose apposition ends in "'s" ("Yahweh my God's voice") owns
what follows, as "Yahweh's voice" would.

A German name in "-s" is a genitive ("Gregors Vater", "der Tod Wallensteins") only beside the
noun it owns: before or after a capitalised word, or after a genitive determiner ("des
Vaters": :func:`german_s_owner`). "Im Frühling
schickt Boris die Briefe an Anna" has Boris send them: read as an owner for its "-s", Boris
was no doer, and the swap against "Anna sends the letters to Boris" went unflagged (fresh111).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..normalize import fold
from .morph_ru import cases

_NOUN_OPENERS = frozenset(
    "the a an his her its their my our your thy thine this that these those every each".split()
)
"""English determiners: the word after one (or after one and an adjective) is a noun."""
_POSSESSIVES = {
    "en": frozenset("my his her its our their your thy thine".split()),
    "de": frozenset("mein meines meinem meinen meiner sein seines seinem seinen seiner".split()),
    "ru": frozenset("мой моего моему моим моём свой своего своему своим своём его её их".split()),
}
Role = tuple[int | None, bool | None]
"""A person of a clause, as :mod:`.roles` reads it: (person index, doer)."""
_GENITIVE_ARTICLES = frozenset({"des", "eines"})
_APOSTROPHE = ("'s", "’s")


def genitive_owner(words: Sequence[tuple[int, str]], i: int, language: str) -> bool:
    """Whether the person word ``words[i]`` (a clause's words: offset, word) is named as an
    owner by "of" after a noun, a German genitive article, or an apposition (module
    docstring): neither the doer of its clause nor one acted upon."""
    before = [fold(w) for _, w in words[max(0, i - 4) : i]]
    if language == "en" and _of_a_noun(before):
        return True  # "the voice of the LORD"
    if language == "de" and before and before[-1] in _GENITIVE_ARTICLES:
        return True  # "die Stimme des Herrn"
    return _apposition(words, i, language)


def _of_a_noun(before: list[str]) -> bool:
    """``before`` (the folded words before a person, at most four) ends "DET NOUN of" or "DET
    ADJ NOUN of", determiners after "of" left out ("the voice of the LORD")."""
    rest = list(before)
    while rest and rest[-1] in _NOUN_OPENERS:
        rest.pop()
    if len(rest) < 3 or rest[-1] != "of":
        return False
    return rest[-3] in _NOUN_OPENERS or (len(rest) >= 4 and rest[-4] in _NOUN_OPENERS)


def _apposition(words: Sequence[tuple[int, str]], i: int, language: str) -> bool:
    """ "the LORD my God" (the person word after a possessive after a name: the name again),
    "Yahweh my God's voice" (a name whose apposition ends in "'s")."""
    possessives = _POSSESSIVES.get(language, frozenset())
    if i >= 3 and fold(words[i - 1][1]) in possessives and _name(words[i - 2][1]):
        return True  # not at the clause's start: "Yesterday my brother came"
    after = [w for _, w in words[i + 1 : i + 3]]
    return (
        language == "en"
        and _name(words[i][1])
        and len(after) == 2
        and fold(after[0]) in possessives
        and after[1].endswith(_APOSTROPHE)
    )


def owners_exchanged(mine: Sequence[Role], theirs: Sequence[Role]) -> bool:
    """Whether the quote clause's doer owns what the passage clause's doer does, and the
    reverse (each side's people: person index, or None for a pronoun, a negative index for one
    not named on both sides; and doer, None for an owner): "Anselm heard the cry of Martin" /
    "Martin heard Anselm's cry"."""
    doer, owner = _persons(mine)
    their_doer, their_owner = _persons(theirs)
    return bool(doer & their_owner) and bool(their_doer & owner)


def _persons(side: Sequence[Role]) -> tuple[set[int], set[int]]:
    named = [(w, d) for w, d in side if w is not None and w >= 0]
    return {w for w, d in named if d}, {w for w, d in named if d is None}


def _name(word: str) -> bool:
    return word[:1].isupper()


def german_s_owner(words: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether a capitalised German word in "-s" (``words[i]``, (offset, word) of a clause)
    is a genitive: a capitalised word (a noun) right before or after it (see the module).

    >>> w = list(enumerate("Dann rief Gregors Vater".split()))
    >>> german_s_owner(w, 2), german_s_owner(list(enumerate("Dann schickt Boris die Briefe"
    ...     .split())), 2)
    (True, False)
    """
    word = words[i][1]
    if not (word[:1].isupper() and word.endswith("s")):
        return False
    if i and fold(words[i - 1][1]) in _GENITIVE_DE:
        return True  # "die Hand des Vaters"
    beside = [words[j][1] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return any(w[:1].isupper() for w in beside)


_GENITIVE_DE = frozenset(
    "des eines seines ihres meines deines unseres eures dieses jenes jedes".split()
)
"""German determiners of the genitive (masculine and neuter): "des Vaters", "seines Bruders"."""


def russian_owner(word: str, previous: str) -> bool:
    """Whether a Russian person word is a genitive after a noun or an adjective, its owner
    ("силы Западной Европы", "границы России"): no reading of it a nominative (the subject's
    case), one a genitive, and ``previous`` a nominal word (:func:`.morph_ru.cases`).

    >>> russian_owner("Европы", "силы"), russian_owner("Грегора", "успокаивать")
    (True, False)
    """
    found = cases(word.lower())
    return "gent" in found and "nomn" not in found and bool(cases(previous.lower()))

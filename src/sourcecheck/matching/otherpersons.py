"""Another person named by a person noun in the claim's person's place: "Gregor could hear his
sister express her joy" of "Mit Ausrufen erregter Freude kam die Mutter auch heran".

Two nouns of kin ("sister"/"Mutter", "king"/"Папа"... :data:`.closedsets.KINDS`' "kin") are no
rendering of each other (:mod:`.contrary` drops such a pair across languages), so the claim's
person noun had no counterpart at all: the passage that says the claim of the mother lost a
content word, lost to an unrelated one, and the claim came out ``not_found`` with its passage
unnamed (walk106 ch-07). A claim's person noun is a role like a name: when one of its kin nouns
has no counterpart and the passage has kin nouns of exactly one other person with none either,
the two are paired (:func:`with_other_person`: the passage says the rest of the claim of that
person), and such a pair is the ``name`` flag, both nouns in the CHECK (:func:`persons_differ`).
"""

from __future__ import annotations

from dataclasses import replace

from ..normalize import WORD_RE
from .anchors import AnchorComparison
from .closedsets import kind_members, same_kind
from .wordpairs import Alignment, WordPair, content_positions

NAME = "name"
KIN = "kin"
OTHER_PERSON = 0.6
"""The similarity a pair of two persons' nouns is given: a counterpart (the word's role is
rendered), never a strong one."""


def person_noun(word: str) -> frozenset[int]:
    """The members of the kin set ``word`` is (empty: no person noun).

    >>> sorted(person_noun("Mutter")) == sorted(person_noun("mother")), person_noun("room")
    (True, frozenset())
    """
    return frozenset(i for kind, i in kind_members(word) if kind == KIN)


def other_person(quote_word: str, passage_word: str) -> bool:
    """Whether two person nouns name two persons ("sister"/"Mutter", not "mother"/"Mutter").

    >>> other_person("sister", "Mutter"), other_person("mother", "Mutter")
    (True, False)
    >>> other_person("king", "Papst"), other_person("king", "room")
    (True, False)
    """
    return same_kind(quote_word, passage_word) == KIN


def with_other_person(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with the quote's one person noun without a counterpart paired with the
    passage's one person noun of another person without one (see the module).

    >>> a = with_other_person(Alignment(3, ()), "his sister cried", "en",
    ...                       "die Mutter rief", "de")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('sister', 'Mutter')]
    """
    paired = {p.quote_at for p in alignment.pairs}
    taken = {p.passage_at for p in alignment.pairs}
    mine = [(at, w) for at, w in content_positions(quote, language)
            if at not in paired and person_noun(w)]  # fmt: skip
    theirs = {
        (m.start(), m.group()) for m in WORD_RE.finditer(passage)
        if m.start() not in taken and person_noun(m.group())
    }  # fmt: skip
    if len(mine) != 1 or len({person_noun(w) for _, w in theirs}) != 1:
        return alignment
    (at, word), (p_at, p_word) = mine[0], min(theirs)
    if not other_person(word, p_word):
        return alignment
    return alignment.with_pairs([WordPair(word, at, p_word, p_at, OTHER_PERSON)])


def persons_differ(comparison: AnchorComparison, alignment: Alignment) -> AnchorComparison:
    """``comparison`` with the ``name`` flag, and the pairs in its ``persons``, when the
    alignment pairs the nouns of two persons (:func:`other_person`)."""
    pairs = tuple((p.quote, p.passage) for p in alignment.pairs if other_person(p.quote, p.passage))
    if not pairs:
        return comparison
    flags = comparison.flags if NAME in comparison.flags else (*comparison.flags, NAME)
    return replace(comparison, flags=flags, persons=pairs)

"""Two nouns of two kinds of person: the word matcher's changed word "treasurer" where the
source prints "secretary" names another person (a fresh-clone finding of 2026-11-28).

:mod:`.changedfacts` flags a changed word that is another person (``roles``) when both are
offices before a name ("Secretary", "Chairman") or a household's people ("clerk" / "mother"):
"thanked the clerk" was flagged, "thanked the treasurer" / "the secretary" only
``word_changed``, a wording for a person to judge. Here two nouns name two persons when
WordNet files the first sense of each among the nouns of people
(:func:`.personnouns.person_noun`: in German through the dictionary's English) and they are
not two names of one kind of person: WordNet's synonyms and near senses
(:func:`.kindred.kindred`: "author" / "writer"), one a kind of the other (a hypernym of its
first senses, :func:`_above`: "guest" is a "visitor"; or a compound of the other: "blacksmith"
/ "smith", the labelled set's ro108-19), or a noun for anyone (:data:`GENERAL`:
"the man" may be the clerk). Read for one word replaced by another only: the meaning stage
does not read such nouns as people everywhere (:mod:`.personnouns` says why).
"""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold
from . import bilingual, wordnet
from .kindred import kindred
from .personnouns import person_noun

GENERAL = frozenset(
    "man men woman women person persons people individual human someone somebody one "
    "child children boy boys girl girls adult fellow guy lady ladies gentleman gentlemen "
    "member members stranger".split()
)
"""Nouns for anyone: "the man" may be the clerk, "a stranger" anyone not known."""
_CLIMB = 8
"""Hypernyms climbed from each of a noun's first senses when reading whether one noun is a
kind of the other (WordNet's chains of person nouns are 3 to 7 deep under "person")."""


def other_office(word: str, other: str, language: str) -> bool:
    """Whether ``word`` and ``other`` (one word each, in ``language``) name two different
    persons by what they do or are (see the module).

    >>> other_office("treasurer", "secretary", "en"), other_office("writer", "author", "en")
    (True, False)
    >>> other_office("guest", "visitor", "en"), other_office("man", "clerk", "en")
    (False, False)
    >>> other_office("smith", "blacksmith", "en"), other_office("metalworker", "blacksmith", "en")
    (False, False)
    """
    if fold(word) == fold(other):
        return False
    if not (person_noun(word, language) and person_noun(other, language)):
        return False
    mine, theirs = _english(word, language), _english(other, language)
    if not mine or not theirs or {mine, theirs} & GENERAL:
        return False
    if mine == theirs or kindred(mine, theirs) or mine.endswith(theirs) or theirs.endswith(mine):
        return False  # one kind of person, or a compound of the other ("blacksmith" / "smith")
    return not (_above(mine, theirs) or _above(theirs, mine))


def _english(word: str, language: str) -> str | None:
    """The English noun ``word`` is read as: its WordNet base form, or a German word's first
    translation that WordNet knows as a noun."""
    if language == "en":
        forms = wordnet.base_forms(fold(word), "n")
        return forms[0] if forms else None
    english = bilingual.entry_words(word, language, "en") or bilingual.translated_words(
        word, language, "en"
    )
    return next((wordnet.base_forms(w, "n")[0] for w in english if wordnet.base_forms(w, "n")),
                None)  # fmt: skip


@lru_cache(maxsize=1 << 12)
def _above(word: str, other: str) -> bool:
    """Whether a sense of ``word`` (any: "smith" lists people named Smith first) is a
    hypernym, up to :data:`_CLIMB` steps, of one of ``other``'s first senses (its synsets, as
    :mod:`.kindred` reads them)."""
    mine = set(wordnet.senses(word, "n"))
    level = [("n", o) for o in wordnet.senses(other, "n")[:3]]
    for _ in range(_CLIMB):
        found = [wordnet.synset(*s) for s in level]
        level = [t for f in found if f is not None for t in f.targets("@")]
        if any(o in mine for _, o in level):
            return True
    return False

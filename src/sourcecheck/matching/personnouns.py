"""Nouns that name a person by what they do or are, beyond a household's: "the sponsor", "the
maintainer", "der Betreuer", "the mayor" (fresh111).

:mod:`.roles` compares the roles of people: names, and the nouns of a family and its
household (a table, :mod:`.persons`). A swap of two people named by their office went unseen:
"the maintainer uploads the package for the sponsor" where the source has the sponsor upload
it for the maintainer ("lädt der Sponsor das Paket für den Betreuer hoch"). Here a noun names
a person (:func:`person_noun`) when WordNet files its first sense among the nouns of people
(the ``noun.person`` lexicographer file): in English the word itself (in any form: "sponsors"),
in German or Russian the first of its English translations that WordNet knows as a noun
(:mod:`.bilingual`: "Betreuer" is "counsellor"). A quote's such noun that has no counterpart in
the passage (the dictionary lacks "Betreuer" / "maintainer") is read as a person the passage
does not name (:func:`unpaired_persons`), as a quote's name without one is.
"""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold
from . import bilingual, wordnet
from .wordpairs import Alignment, content_positions

PERSON_FILE = 18
"""WordNet's lexicographer file of the nouns of people (``noun.person``, lexnames(5WN))."""


@lru_cache(maxsize=1 << 14)
def person_noun(word: str, language: str) -> bool:
    """Whether ``word`` names a person by what they do or are (see the module).

    >>> person_noun("sponsors", "en"), person_noun("package", "en"), person_noun("Mayor", "en")
    (True, False, True)
    """
    if not wordnet.available() or not word[:1].isalpha():
        return False
    if language == "en":
        return _first_sense_person(fold(word))
    if not bilingual.available():
        return False
    english = bilingual.entry_words(word, language, "en") or bilingual.translated_words(
        word, language, "en"
    )
    first = next((w for w in english if wordnet.base_forms(w, "n")), None)
    return first is not None and _first_sense_person(first)


def _first_sense_person(word: str) -> bool:
    for lemma in wordnet.base_forms(word, "n")[:1]:
        senses = wordnet.senses(lemma, "n")
        found = wordnet.synset("n", senses[0]) if senses else None
        return found is not None and found.lexfile == PERSON_FILE
    return False


def unpaired_persons(quote: str, language: str, alignment: Alignment) -> list[str]:
    """The quote's lower-case content words that name a person (:func:`person_noun`) and have
    no counterpart in ``alignment`` (names are the names reader's)."""
    rendered = alignment.rendered[0]
    return [
        word
        for at, word in content_positions(quote, language)
        if rendered.get(at) is False and word[:1].islower() and person_noun(word, language)
    ]


def office_pairs(alignment: Alignment, languages: tuple[str, str]) -> list[tuple[str, str]]:
    """The pairs of ``alignment`` (quote word, passage word) whose quote or passage word names
    a person (:func:`person_noun`): "sponsor" / "Sponsor", "mayor" / "мэр"."""
    return [
        (p.quote, p.passage)
        for p in alignment.pairs
        if person_noun(p.quote, languages[0]) or person_noun(p.passage, languages[1])
    ]

"""Opposites in one language other than English, read through the dictionary's English:
"länger" / "kürzer", "schneller" / "langsamer" (fresh109).

WordNet knows English opposites (:mod:`.antonyms`), and across languages a German or Russian
word is read against an English one through its translations (:mod:`.crossantonyms`). Two
German words were read only by the curated table (:mod:`.opposites`), which lists concepts
in their plain forms: "Der Weg durch den Wald ist kürzer als der Weg über den Berg" where the
source says "länger" was a changed word (``word_changed``), while the same change in English,
or across languages, was an ``opposite``. Here two words of one language (German, Russian)
are opposites (:func:`opposed_in`) when one of the first word's own English translations (its
dictionary entry's, or else all the dictionary gives) is the second word's opposite by
:func:`.crossantonyms.opposed` (WordNet through the second word's translations, at least a
fifth of them opposed, none saying the same), and no English word translates both (then some
sense of each says the same). :func:`translated_antonyms` finds such a pair between a quote
and a passage among the words one side has and the other lacks (by stem), lower-case words
only (German nouns and names have no opposites here), a negation before neither or both, and
not in a comparison told from the other side ("der Weg ist kürzer als die Straße" / "die
Straße ist länger als der Weg": :mod:`.converses`). The word matcher reads its changed
words here too (:func:`opposed_in`, from :mod:`.opposites`): "das Ende" where the German source
says "den Anfang", "в конце" / "в начале" (walk111 ch-opp-02).
"""

from __future__ import annotations

from functools import lru_cache

from . import bilingual, wordnet
from .antonyms import antonym_heads, scoped_words
from .converses import converse
from .crossantonyms import listed, opposed
from .idioms import figurative
from .stems import content_stems
from .wordpairs import content_positions

LANGUAGES = frozenset({"de", "ru"})
"""The languages read here: those the dictionary translates into English."""


@lru_cache(maxsize=1 << 14)
def opposed_in(word: str, other: str, language: str) -> bool:
    """Whether two words of ``language`` are opposites through their English translations
    (see the module).

    >>> opposed_in("länger", "kürzer", "de") if bilingual.available() else True
    True
    >>> opposed_in("länger", "größer", "de"), opposed_in("kürzer", "knapper", "de")
    (False, False)
    """
    if language not in LANGUAGES or word.casefold() == other.casefold():
        return False
    word, other = listed(word, language), listed(other, language)
    mine = _english(word, language)
    if not mine or set(mine) & set(_english(other, language)):
        return False  # no English, or a word translating both: a sense of each says the same
    return any(antonym_heads(t) and opposed(t, other, language) for t in mine)


def _english(word: str, language: str) -> tuple[str, ...]:
    """The English of ``word``: its own dictionary entry's words ("länger": "longer"), or
    else all the dictionary gives (through the headwords of its stem)."""
    return bilingual.entry_words(word, language, "en") or bilingual.translated_words(
        word, language, "en"
    )


def translated_antonyms(quote: str, passage: str, language: str) -> tuple[str, str] | None:
    """The first (quote word, passage word) of two texts in ``language`` that are opposites
    (:func:`opposed_in`) among the lower-case content words each has and the other lacks, a
    negation before neither or both, in no comparison told from the other side; None when
    there is none, or the dictionaries or WordNet are missing.

    >>> translated_antonyms("Der Pfad ist kürzer als die Straße.",
    ...     "Der Pfad ist länger als die Straße.", "de") if bilingual.available() else (
    ...     "kürzer", "länger")
    ('kürzer', 'länger')
    >>> print(translated_antonyms("Der Pfad ist kürzer als die Straße.",
    ...       "Die Straße ist länger als der Pfad.", "de"))
    None
    """
    if language not in LANGUAGES or not wordnet.available() or not bilingual.available():
        return None
    mine, theirs = _lacked(quote, passage, language), _lacked(passage, quote, language)
    if not mine or not theirs:
        return None
    scoped: tuple[set[int], set[int]] | None = None
    for here, word in mine:
        for there, other in theirs:
            if not opposed_in(word, other, language):
                continue
            if converse(quote, language, word, passage, language, other):
                continue  # the same comparison told from its other term
            if figurative(quote, language, here, passage, language, there):
                continue  # "Hals über Kopf": an image, no opposite (.idioms)
            scoped = scoped or (scoped_words(quote, language), scoped_words(passage, language))
            if (here in scoped[0]) == (there in scoped[1]):
                return word, other
    return None


def _lacked(text: str, other: str, language: str) -> list[tuple[int, str]]:
    """(offset, word) of the lower-case content words of ``text`` whose stem ``other`` lacks."""
    there = set(content_stems([w for _, w in content_positions(other, language)], language))
    return [
        (at, w)
        for at, w in content_positions(text, language)
        if w[:1].islower() and not set(content_stems([w], language)) & there
    ]

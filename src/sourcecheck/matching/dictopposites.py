"""Opposites in one language other than English, through the dictionary: a German quote that
says "das Ende" where its German source says "den Anfang" (walk111 ch-opp-02).

The word matcher reads a changed word in German or Russian against the curated table
(:mod:`.opposites`) only: WordNet's antonyms are English (:mod:`.antonyms`), and the
opposites across languages (:mod:`.crossantonyms`) read an English word against the other
language's. Two words of one language are read here through their English translations
(:mod:`.bilingual`; a Russian word by its dictionary form, :mod:`.morph_ru`): they are
opposites when a translation of one is the opposite of the other as
:func:`.crossantonyms.opposed` reads it (WordNet's antonym of the English word, for a share of
the other word's translations, no sense of them in common), and no English word translates
both ("Anfang" / "Beginn" share "beginning", "Ende" / "Schluss" share "end": one meaning).

Only a pair the word matcher found in each other's place is read: a changed word, one content
word on each side; a sentence's many words are the meaning stage's (:mod:`.crossantonyms`).
"""

from __future__ import annotations

from functools import lru_cache

from . import bilingual, wordnet
from .crossantonyms import opposed


def _headword(word: str, language: str) -> str:
    """``word``, or a Russian word the dictionary does not list by its dictionary form
    ("конце": "конец")."""
    if language != "ru" or bilingual.translated_words(word, language, "en"):
        return word
    from .morph_ru import lemma  # pymorphy3: loaded only for a Russian pair

    return lemma(word)


@lru_cache(maxsize=1 << 12)
def dictionary_opposites(word: str, other: str, language: str) -> bool:
    """Whether ``word`` and ``other``, two words of ``language`` (German, Russian), are
    opposites by their English translations (see the module). False for English (WordNet
    reads it directly), without the dictionaries or WordNet, or for a word the dictionary
    does not know.

    >>> dictionary_opposites("Ende", "Anfang", "de") if bilingual.available() else True
    True
    >>> dictionary_opposites("Ende", "Schluss", "de")
    False
    """
    if language == "en" or not bilingual.available() or not wordnet.available():
        return False
    word, other = _headword(word, language), _headword(other, language)
    mine = bilingual.translated_words(word, language, "en")
    theirs = bilingual.translated_words(other, language, "en")
    if not mine or not theirs or set(mine) & set(theirs):
        return False  # unknown, or one meaning said by both ("Anfang" / "Beginn")
    if word.casefold() == other.casefold():
        return False
    return any(opposed(e, other, language) for e in mine) or any(
        opposed(e, word, language) for e in theirs
    )

"""Whether two words a letter or two apart are two words: "включить" / "исключить" (include,
exclude), "affect" / "effect", "Ursache" / "Sache" (walk111 ch-opp-03).

The word matcher calls a changed word a spelling variant when few of its letters differ
(:data:`.align.VARIANT_SIMILARITY`), and :mod:`.changedsense` took every such pair sharing
half its letters or more for one word spelled otherwise: "включить" / "исключить" was printed
as a mere spelling difference, with no ``word_changed`` and no opposite read. A spelling
variant is a known variant: one word's inflection, an older or another spelling, a
transliteration, OCR damage. Two words that a dictionary of their language knows, each in its
own right, with no dictionary form and no meaning in common, are two words
(:func:`different_words`):

- English by WordNet (:mod:`.wordnet`): the lemmas each is a form of ("agreed" and "agrees"
  are "agree"), and their senses ("colour" / "color", "grey" / "gray" one synset);
- Russian by pymorphy3's dictionary (:mod:`.morph_ru`): known words with different
  dictionary forms ("включить" / "исключить"; "пишет" / "писал" one verb);
- German by the German-English dictionary (:mod:`.bilingual`): both listed as headwords (or
  forms of a listed verb) with no English translation in common ("Thür", "daß" are no
  headwords; "dass" / "das" share none and are two words).

A word the dictionary does not know (a name, an older spelling, a misprint, a form it does
not list) keeps the edit distance's reading: nothing is known against the variant.
"""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold
from . import bilingual, wordnet

_POS = "nvar"


def _english_lemmas(word: str) -> frozenset[str]:
    return frozenset(b for pos in _POS for b in wordnet.base_forms(word, pos))


def _english_senses(word: str) -> frozenset[tuple[str, int]]:
    return frozenset(
        (pos, offset)
        for pos in _POS
        for lemma in wordnet.base_forms(word, pos)
        for offset in wordnet.senses(lemma, pos)
    )


def _english(word: str, other: str) -> bool:
    mine, theirs = _english_lemmas(word), _english_lemmas(other)
    if not mine or not theirs or mine & theirs:
        return False
    return not _english_senses(word) & _english_senses(other)


def _russian(word: str, other: str) -> bool:
    from .morph_ru import dictionary_forms  # pymorphy3: loaded only for a Russian pair

    mine, theirs = dictionary_forms(word), dictionary_forms(other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _german(word: str, other: str) -> bool:
    if not (bilingual.listed(word, "de", "en") and bilingual.listed(other, "de", "en")):
        return False
    mine = bilingual.translated_words(word, "de", "en")
    theirs = bilingual.translated_words(other, "de", "en")
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs)


@lru_cache(maxsize=1 << 12)
def dictionary_word(word: str, language: str) -> bool:
    """Whether the dictionary of ``language`` knows ``word`` (WordNet for English, the
    German-English dictionary's headwords for German, pymorphy3's for Russian); False for a
    word it does not know ("contrib", "dupload") or without the dictionary."""
    if language == "en":
        return wordnet.available() and bool(_english_lemmas(word.casefold()))
    if language == "de":
        return bilingual.available() and bilingual.listed(word, "de", "en")
    if language == "ru":
        from .morph_ru import dictionary_forms  # pymorphy3: loaded only for a Russian word

        return bool(dictionary_forms(word))
    return False


@lru_cache(maxsize=1 << 12)
def different_words(word: str, other: str, language: str) -> bool:
    """Whether ``word`` and ``other`` (single words of ``language``) are two words that the
    language's dictionary knows, with no dictionary form and no meaning in common (see the
    module); False when a dictionary is missing or does not know one of them.

    >>> different_words("affect", "effect", "en") if wordnet.available() else True
    True
    >>> different_words("colour", "color", "en"), different_words("agreed", "agrees", "en")
    (False, False)
    """
    word, other = word.strip(), other.strip()
    if not word or not other or fold(word) == fold(other) or " " in word + other:
        return False
    if language == "en":
        return wordnet.available() and _english(word.casefold(), other.casefold())
    if language == "ru":
        return _russian(word, other)
    if language == "de":
        return bilingual.available() and _german(word, other)
    return False

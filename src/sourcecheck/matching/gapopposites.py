"""Opposites across languages where the dictionary does not know the other language's word:
the English word's WordNet opposites translated forwards, and found in the other word.

:func:`.crossantonyms.opposed` reads a German or Russian word into English through the
dictionary and asks WordNet whether a share of its translations oppose the English word. A
word the dictionary lacks has no translations, and no opposite was ever read: "we will
discourage users from buying" against "ermuntern wir die Benutzer dazu, ... zu kaufen"
("ermuntern" is no headword of the German-English dictionary, walk115 ch-opp-en-de-17), "added
automatically" against "добавить вручную" (an adverb Müller's dictionary does not list,
ch-opp-ru-en-15). The English-German and English-Russian dictionaries know the other
direction: "encourage" gives "ermuntert", "ermutigt"; "manual" gives "ручной". So here, for a
word without translations only, the lemmas of the English word's WordNet opposites (of its
adjective too, for an adverb in "-ly": "automatically" is "automatic", opposed to "manual")
are translated forwards, and a translation that is the other word in another form
(:func:`_same_word`) makes the two opposites. A Russian adverb written as a preposition and an
adjective is read as that adjective (:func:`.morph_ru.adverb_adjective`: "вручную" / "ручной").
"""

from __future__ import annotations

from functools import lru_cache

from . import bilingual, wordnet
from .antonyms import antonym_heads
from .morph_ru import adverb_adjective, lemma

_SHARED_MIN = 5
"""The least letters a German stem keeps once its ending is taken off."""


@lru_cache(maxsize=4096)
def _opposite_lemmas(english: str) -> frozenset[str]:
    """The lemmas of the WordNet opposites of ``english``, and of its adjective for an
    adverb in "-ly" ("automatically": "automatic")."""
    words = [english.casefold()]
    if words[0].endswith("ally"):
        words += [words[0][:-4], words[0][:-2]]  # "automatically": "automatic", "automatical"
    elif words[0].endswith("ly"):
        words.append(words[0][:-2])  # "quickly": "quick"
    return frozenset(
        lemma_name.replace("_", " ")
        for word in words
        for pos, offset in antonym_heads(word)
        for lemma_name in getattr(wordnet.synset(pos, offset), "lemmas", ())
    )


def gap_opposed(english: str, word: str, language: str) -> bool:
    """Whether ``word`` (in ``language``, a word the dictionary gives no English for) is the
    translation of one of ``english``'s WordNet opposites, in another form (see the module).

    >>> gap_opposed("discourage", "ermuntern", "de") if bilingual.available() else True
    True
    """
    if language not in ("de", "ru") or not wordnet.available() or not bilingual.available():
        return False
    forms = _forms(word, language)
    return any(
        _same_word(forms, translation, language)
        for opposite in _opposite_lemmas(english)
        for translation in bilingual.translated_words(opposite, "en", language)
    )


def _forms(word: str, language: str) -> frozenset[str]:
    """``word`` and, in Russian, its lemma and the adjective its adverb is written with."""
    low = word.casefold()
    if language != "ru":
        return frozenset({low})
    return frozenset(w for w in (low, lemma(low), adverb_adjective(low)) if w)


def _same_word(forms: frozenset[str], translation: str, language: str) -> bool:
    """Whether ``translation`` is one of ``forms`` in another inflection: the same Russian
    lemma, or the same German stem once an ending is taken off ("ermuntern", "ermuntert",
    "Ermunterung": "ermunter"; "schüttelte" is no "schütten")."""
    low = translation.casefold()
    if language == "ru":
        return low in forms or lemma(low) in forms
    return bool(_stems(low) & frozenset().union(*(_stems(f) for f in forms)))


_ENDINGS = ("ungen", "ung", "end", "ten", "tet", "te", "st", "en", "n", "t", "e")
"""German inflection and derivation endings taken off before two words are compared."""


def _stems(word: str) -> frozenset[str]:
    """``word`` without each German ending it has, leaving at least :data:`_SHARED_MIN`
    letters."""
    return frozenset(
        word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= _SHARED_MIN
    ) | {word}

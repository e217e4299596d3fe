"""Capitalised words that name no one: a unit named after a person, and a Russian adjective
opening a named phrase of common words.

A capitalised word inside a sentence is read as a name (:func:`~.anchors.read_anchors`), and
a name of the quote that the passage does not spell, with another name of the passage nearest
to it, is a substitution: the ``name`` flag. Two kinds of capitalised words made true
translations flagged so (task names114, a fresh-clone trial):

- a unit or a material named after its discoverer: "11 градусов по Цельсию" / "11 degrees
  Centigrade", "20 Grad Celsius" / "20 degrees": a measure's unit, compared as one by
  :mod:`.unitsets` (another scale is flagged there: "Fahrenheit" / "Centigrade");
- a capitalised common noun whose rendering the passage prints in lower case: "Doctor Lowe,
  an Englishman" / "доктор Лоу, англичанин" (English capitalises a nation's people, Russian
  does not; :func:`rendered_lower`, by the dictionaries of :mod:`.bilingual`);
- a Russian adjective that opens an institution's, a party's or a place's name written in
  common words ("в Высшей технической школе" / "an der Technischen Hochschule",
  "Лейбористская партия" / "the Labour Party", "Государственной думы"): Russian capitalises
  only the first word of such a name, and a translation renders the words, never the
  capital. Such an adjective agrees with the word after it (:func:`~.morph_ru.
  agreeing_adjective`) and the dictionary knows it as a common word only
  (:func:`~.morph_ru.common_word`): an adjective that is also a surname ("Толстой",
  "Горький"), or one standing before a verb ("Андрей Белый написал"), stays a name.

:func:`plain_capitals` gives where such words start; Russian words are read only in Russian.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from . import bilingual
from .morph_ru import agreeing_adjective, common_word
from .unitsets import unit_members


def plain_capitals(words: Sequence[tuple[str, int]], language: str) -> set[int]:
    """Where the capitalised words of ``words`` ((word, start), in order) that name no one
    start (see the module).

    >>> w = [("по", 0), ("Цельсию", 3), ("в", 11), ("Высшей", 13), ("технической", 20),
    ...      ("школе", 32), ("Белый", 38), ("написал", 44)]
    >>> sorted(plain_capitals(w, "ru"))
    [3, 13]
    >>> sorted(plain_capitals([("20", 0), ("Grad", 3), ("Celsius", 8), ("Schmidt", 16)], "de"))
    [8]
    """
    found = {at for word, at in words if word[:1].isupper() and unit_members(word)}
    if language == "ru":
        found |= {
            at
            for (word, at), (after, _) in itertools.pairwise(words)
            if word[:1].isupper() and after[:1].islower() and _phrase_adjective(word, after)
        }
    return found


def _phrase_adjective(word: str, after: str) -> bool:
    """A Russian adjective opening a phrase with the word ``after`` it, and no name in any
    reading of the dictionary."""
    return agreeing_adjective(word, after) and common_word(word)


def rendered_lower(word: str, language: str, passage: Sequence[str], passage_language: str) -> bool:
    """Whether the capitalised ``word`` (in ``language``) is translated by the dictionary
    into a word that ``passage`` (its words, in another language) prints in lower case: a
    common noun rendered, no name ("Englishman" / "англичанин", "Tuesday" / "вторник").

    >>> rendered_lower("Englishman", "en", ["доктор", "Лоу", "англичанин"], "ru") \
if bilingual.available() else True
    True
    >>> rendered_lower("Lowe", "en", ["доктор", "Лоу", "англичанин"], "ru")
    False
    """
    if language == passage_language or not word[:1].isupper():
        return False
    return any(
        w[:1].islower() and bilingual.translate_each_other(word, language, w, passage_language)
        for w in dict.fromkeys(passage)
    )

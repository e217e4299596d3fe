"""Whether a sentence's capitalised first word is a name, by the dictionary: every sentence
opens with a capital, so :func:`~.wordpairs.written_as` could not tell "Пьер повернул назад"
(Pierre) from "Услыхав крик" (a verb), and a claim's opening name was paired by its vector
with a common word of an unrelated passage ("Пьер/dog": a true Russian sentence placed at a
soldier and his dog, walk106 ru-12). Russian only: the likeliest reading of pymorphy3's
dictionary is a first name, surname, patronymic or place (:func:`.morph_ru.known_name`).
English by WordNet was tried: words it leaves out ("If", "Fra", "Pre") and names it knows as
instances ("Ludwig"/"Louis" one king) made ten true renderings of the labelled set flagged."""

from __future__ import annotations

from .morph_ru import known_name


def opening_name(word: str, language: str) -> bool:
    """Whether ``word``, capitalised at a sentence's start, is a name by the dictionary of
    ``language`` (see the module).

    >>> opening_name("Пьер", "ru"), opening_name("Услыхав", "ru"), opening_name("Pierre", "en")
    (True, False, False)
    """
    return language == "ru" and known_name(word)

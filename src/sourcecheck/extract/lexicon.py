"""Words of a text's language that are never names, though printed with a capital.

English keeps its own list (:data:`~sourcecheck.extract.attribution.STOP_CAPS`). German and
Russian texts open sentences and quotations with their own function words ("Aber", "Ja",
"Nein", "Так", "Да"): :func:`function_words` gives them from the ``stop-words`` package's lists
(BSD; the lists of the stop-words project), capitalized, with the interjections those lists
leave out. German also capitalizes every noun ("Mutter", "Zimmer", "Prokurist"):
:func:`common_nouns` tells the nouns a text uses from its names by the articles before them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from stop_words import get_stop_words

_LANGUAGES = {"de": "german", "ru": "russian"}
_EXTRA = {
    "de": "ach ah oh ei na nanu ha he hm hallo pfui huh o jawohl gut bitte danke herrgott",
    "ru": "ах ох эх ой ну эй увы ага нет да спасибо пожалуйста",
}
"""Interjections and answers that open quotations and are not in the stop-word lists."""
_DE_DETERMINERS = (
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "keines mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein "
    "seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren "
    "unserem unserer unseres euer eure euren eurem eurer eures dieser diese dieses diesen diesem "
    "jener jene jenes jenen jenem jeder jede jedes jeden jedem welcher welche welches welchen "
    "welchem im am zum zur vom beim ins ans aufs einige einigen manche paar viele vielen wenige "
    "alle allen beide beiden zwei drei vier fünf sechs sieben acht zehn"
)
"""Words before a German noun, adjectives allowed between ("die alte Bedienerin")."""
_DE_ARTICLES = " ".join(_DE_DETERMINERS.split()[: _DE_DETERMINERS.split().index("im")])
"""The German articles, possessives and demonstratives that open a description of a person
("sagte die Mutter", "rief der Prokurist"): not the contractions ("im Nebenzimmer")."""
_DE_BETWEEN = "nun dann da noch jetzt wieder leise laut schließlich endlich sich aber doch"
"""Words between a German verb of saying and its subject: "sagte nun der Vater", "klagte
leise die Schwester", the reflexive "sagte sich Gregor" (thoughts)."""
_DE_PREPOSITIONS = (
    "zu nach unter mit aus bei seit ohne durch für gegen um vor hinter über neben zwischen "
    "in an auf wider gegenüber trotz wegen während durchs fürs ums "
    "etwas nichts alles viel wenig mehr solches manches"
)
"""Prepositions and quantifiers right before a noun without its article ("zu Hause", "unter
Weinen", "in Eile", "wider Erwarten", "mit ausgebreiteten Armen", "etwas Ähnliches", "alles
Auffallende"); not "von", a particle of names."""
_AFTER_DETERMINER = re.compile(
    rf"(?<![\w-])(?:(?i:{'|'.join(_DE_DETERMINERS.split())})|{'|'.join(_DE_PREPOSITIONS.split())})"
    rf"\s+(?:[a-zäöüß][\w-]*e[mnrs]?\s+){{0,2}}([A-ZÄÖÜ][\w-]*)"
    rf"|(?<![\w-])[a-zäöüß][\w-]*(?<!t)e[mnrs]?,?\s+([A-ZÄÖÜ][\w-]*)"
)
"""A capitalized word after a determiner (and inflected adjectives: "-e", "-en", "-er"...)
or a preposition ("Im ganzen beurteilt Mérey" is not "im ... Mérey"), or after an inflected
adjective alone ("schmerzliches Piepsen", "langen Pausen"; not a past tense: "fragte Grete")."""
_CAPITALIZED = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)")
NOUN_SHARE = 1 / 3
"""A German word after an article at least this often is a noun: "der Vater", "den Augen";
a name takes one rarely ("der alte Fritz")."""


@lru_cache(maxsize=8)
def function_words(language: str) -> frozenset[str]:
    """The function words and interjections of ``language`` ("de", "ru") capitalized, as they
    open a sentence; empty for other languages.

    >>> {"Aber", "Nein", "Ja"} <= function_words("de"), "Так" in function_words("ru")
    (True, True)
    """
    if language not in _LANGUAGES:
        return frozenset()
    words = [*get_stop_words(_LANGUAGES[language]), *_EXTRA[language].split()]
    return frozenset(w.capitalize() for w in words)


@lru_cache(maxsize=8)
def words_of(language: str) -> frozenset[str]:
    """The stop words of ``language`` ("en", "de", "ru") in lower case ("nothing", "nichts"):
    words a sentence opens with that are never names.

    >>> "nothing" in words_of("en"), "nichts" in words_of("de")
    (True, True)
    """
    name = {"en": "english", **_LANGUAGES}.get(language)
    return frozenset(w.lower() for w in get_stop_words(name)) if name else frozenset()


@lru_cache(maxsize=4)  # (asked for each quotation of a German text; a str keeps its hash)
def common_nouns(text: str) -> frozenset[str]:
    """The capitalized words of a German ``text`` it writes after an article, a possessive, a
    quantifier or a preposition ("der Vater", "den Augen", "im Nebenzimmer", "die alte
    Bedienerin", "fünf Minuten", "zu Hause") at least :data:`NOUN_SHARE` of the times it
    writes them: its nouns, not its names.

    >>> sorted(common_nouns("Der Vater rief Gregor. Gregor sah den Vater und die Mutter."))
    ['Mutter', 'Vater']
    """
    after = Counter(m.group(1) or m.group(2) for m in _AFTER_DETERMINER.finditer(text))
    total = Counter(m.group(1) for m in _CAPITALIZED.finditer(text))
    return frozenset(w for w, n in after.items() if n >= NOUN_SHARE * total[w])


@lru_cache(maxsize=8)
def determiners(language: str) -> frozenset[str]:
    """The words of ``language`` that open a description of a person, lower case ("der",
    "die", "seine"); empty for English (the sieves keep their own) and other languages.

    >>> {"der", "die", "seine"} <= determiners("de"), "im" in determiners("de")
    (True, False)
    """
    return frozenset(_DE_ARTICLES.split()) if language == "de" else frozenset()


@lru_cache(maxsize=8)
def between_verb_and_subject(language: str) -> frozenset[str]:
    """Words a German verb of saying may have before its subject ("sagte nun der Vater",
    "sagte sich Gregor"); empty for other languages."""
    return frozenset(_DE_BETWEEN.split()) if language == "de" else frozenset()


EPITHETS = frozenset(
    "poor little old young dear good honest worthy unhappy wretched unfortunate".split()
)
"""Lower-case epithets between an English verb of saying and the name they go with ("inquired
poor Oliver", "said old Sikes"): not a description, the name follows."""

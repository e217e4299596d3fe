"""A preposition of absence bound into a verb, and "beyond" before a noun of remedy: phrases
that say a lack, read as words of lack (:mod:`.privative`), not as negations.

"Gregor could do without the chest" renders "den Kasten konnte Gregor entbehren": "do without"
(go without, dispense with; "обойтись без", "ohne ... auskommen") is one verb that means
*to spare*; its "without" negates no noun of the clause as "left without a word" does. And
"they get beyond remedy" renders "one can no longer remedy them", "beyond repair" renders "nicht
mehr zu retten": "beyond" before a noun of remedy, help or doubt says that it cannot be had.
Each *answers* an explicit negation on the other side, as "failed" or "unable" does, and never
raises a difference itself (:func:`lack_at`); a preposition of absence outside such a phrase
stays an explicit negation (:func:`absence_at`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cancelling import ABSENCE, telling_time
from .freeof import free_of_at
from .lackphrases import lack_phrase_at
from .privative import lacking

_DOING_WITHOUT = {
    "en": re.compile(r"do|does|did|doing|manage[sd]?|managing|cope[sd]?|coping"),
    "ru": re.compile(r"обойт[а-яё]*|обход[а-яё]*|обош[а-яё]*|обойд[а-яё]*"),
}
"""Per language, the verbs that make a preposition of absence right after them one verb with
them ("do without", "обойтись без"); not "done without delay" (done in a manner), nor "did
without asking" (a gerund after it: a manner again), nor "went without" (motion or lack)."""
_DE_DOING_WITHOUT = re.compile(r"auskomm\w*|auszukommen|ausgekommen|auskam\w*")
"""German puts the verb after the phrase: "ohne den Kasten auskommen"."""
_BEYOND = {
    "en": (
        frozenset({"beyond", "past"}),
        re.compile(
            r"remedy|repair|cure|help|hope|recall|recovery|redemption|saving|control|doubt"
            r"|question|dispute|belief|description|words|measure|comprehension|reach|mending"
        ),
    ),
}
"""Per language, "beyond" and the nouns after which it says a thing cannot be done ("beyond
remedy", "past cure")."""
_GERMAN_REACH = 6  # words from "ohne" to its verb, "ohne den alten Kasten noch auskommen"


def doing_without(word: str, language: str) -> bool:
    """Whether a folded verb makes a preposition of absence right after it one verb of lack
    with it ("do without", "обойтись без": :data:`_DOING_WITHOUT`)."""
    verbs = _DOING_WITHOUT.get(language)
    return verbs is not None and verbs.fullmatch(word) is not None


def absence_at(folded: Sequence[str], i: int, language: str) -> bool:
    """Whether the folded word at ``i`` is a preposition of absence that negates its noun (not
    a time told, "без четверти пять", nor a verb's part, "do without")."""
    if folded[i] not in ABSENCE.get(language, ()):
        return False
    return not telling_time(folded, i) and not _bound(folded, i, language)


def lack_at(folded: Sequence[str], i: int, language: str) -> bool:
    """Whether the folded word at ``i`` says a lack: a word of lack (:func:`.privative.lacking`,
    "failed"), a preposition of absence bound into its verb ("could do without", "обойтись
    без") or "beyond" before a noun of remedy ("beyond remedy", "past repair").

    >>> words = "gregor could do without the chest".split()
    >>> lack_at(words, 3, "en"), absence_at(words, 3, "en")
    (True, False)
    >>> words = "they left without a word".split()
    >>> lack_at(words, 2, "en"), absence_at(words, 2, "en")
    (False, True)
    >>> lack_at("they get beyond remedy".split(), 2, "en")
    True
    """
    if lacking(folded[i], language) or lack_phrase_at(folded, i, language):  # "for want of"
        return True
    if free_of_at(folded, i, language):  # "fuzz free", "frei von": .freeof
        return True
    if folded[i] in ABSENCE.get(language, ()):
        return _bound(folded, i, language)
    beyond = _BEYOND.get(language)
    return (
        beyond is not None
        and folded[i] in beyond[0]
        and i + 1 < len(folded)
        and beyond[1].fullmatch(folded[i + 1]) is not None
    )


def _bound(folded: Sequence[str], i: int, language: str) -> bool:
    if language == "de":
        return any(_DE_DOING_WITHOUT.fullmatch(w) for w in folded[i + 1 : i + 1 + _GERMAN_REACH])
    verbs = _DOING_WITHOUT.get(language)
    if verbs is None or i == 0 or verbs.fullmatch(folded[i - 1]) is None:
        return False
    return language != "en" or i + 1 == len(folded) or not folded[i + 1].endswith("ing")

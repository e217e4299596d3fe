"""Being "free" of something says its absence: "must be fuzz free" renders "without any fuzz".

A "-free" compound ("fuzz-free", "fehlerfrei", "kostenfrei"), "free of" or "free from" a noun
("free of charge", "frei von Fehlern", "свободный от ошибок") and English "free" right after
its noun ("must be fuzz free") say what "without X", "ohne X", "без X" say. Each *answers* an
explicit negation on the other side, as a word of lack does (:func:`.boundabsence.lack_at`),
and never raises a difference itself. Not "free" alone ("a free country", "is free", "set him
free", "feel free"): a liberty or no price, which answers no negation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .stems import STOPWORDS

_COMPOUND = {
    "en": re.compile(r"[a-z]{3,}[-‐‑]?free"),
    "de": re.compile(r"[a-zäöüß]{3,}[-‐‑]?frei(?:e[nmrs]?)?"),
}
"""Per language, the compounds of a noun and "free" ("fuzz-free", "fehlerfrei", "Fuzz-frei")."""
_FREE_OF = {
    "en": (re.compile(r"free"), frozenset({"of", "from"})),
    "de": (re.compile(r"frei(?:e[nmrs]?)?"), frozenset({"von", "vom"})),
    "ru": (re.compile(r"свобод(?:ен|на|но|ны|н[а-яё]{2,3})"), frozenset({"от"})),
}
"""Per language, "free" and the prepositions that bring what it is free of."""
_NOT_A_NOUN = frozenset(
    """feel feels felt set sets setting break breaks broke broken run runs ran go goes went get
    gets got keep keeps kept let lets stay stays stayed remain remains remained come comes came
    walk walks walked break cut cuts pull pulls pulled for totally completely entirely quite
    very so too more most less least almost nearly fully is are was were be been being am
    become becomes became make makes made leave leaves left""".split()
)
"""Words before English "free" that make it no "-free" of a noun ("broke free", "set free")."""
_RELEASING = frozenset(
    "set sets setting let lets letting break breaks broke broken cut cuts pull pulls pulled "
    "get gets got keep keeps kept".split()
)
"""Verbs that make their object "free" ("set the prisoners free"): a release, no absence."""


def free_of_at(folded: Sequence[str], i: int, language: str) -> bool:
    """Whether the folded word at ``i`` says the absence of a noun (see the module).

    >>> free_of_at("they must be fuzz free".split(), 4, "en")
    True
    >>> free_of_at("the patches must be fuzz-free".split(), 4, "en")
    True
    >>> free_of_at("he broke free".split(), 2, "en"), free_of_at("it is free".split(), 2, "en")
    (False, False)
    >>> free_of_at("sie müssen frei von fehlern sein".split(), 2, "de")
    True
    >>> free_of_at("они должны быть свободны от ошибок".split(), 3, "ru")
    True
    >>> free_of_at("they set the prisoners free".split(), 4, "en")
    False
    >>> free_of_at("ein freier mann".split(), 1, "de")
    False
    """
    word = folded[i]
    compound = _COMPOUND.get(language)
    if compound is not None and compound.fullmatch(word) is not None:
        return True
    free = _FREE_OF.get(language)
    if free is None or free[0].fullmatch(word) is None:
        return False
    if i + 1 < len(folded) and folded[i + 1] in free[1]:  # "free of charge", "frei von"
        return True
    if language != "en" or i == 0:
        return False
    before = folded[i - 1]  # "fuzz free": a noun before it
    if before in STOPWORDS or before in _NOT_A_NOUN or before.endswith("ly"):
        return False
    return not _RELEASING & set(folded[max(0, i - 4) : i - 1])  # "set the prisoners free"

"""A negation that sets a time's limit, against "only" at that time: no negation (words97).

"The minister did not return to the capital until March" says when he returned, as "only
returned ... in March" does; "not before March" too. The word matcher counted the "not" on
one side only and flagged ``negation`` (rated misquoted), though neither side says the return
did not happen. The idiom, in English, German and Russian: a negation followed in its sentence
by a word of limit ("until", "till", "before"; "vor", "bis"; "до", "раньше", "ранее") and, within
a few words, a word of time (a month, a weekday, a unit of time, a figure:
:func:`.timephrases.time_phrase`), where the other side's sentence says "only" ("erst";
"только", "лишь"). Without that "only" the negation stays one: "did not stay until March"
against "stayed until March" says that it did not, and "did not return until March" against
"returned in March" is left to a person.
"""

from __future__ import annotations

import re
from functools import cache

from ..normalize import WORD_RE, fold
from .timephrases import time_phrase

_NEGATIONS = {"en": r"\bnot\b|n't\b|\bnever\b", "de": r"\bnicht\b|\bnie\b", "ru": r"\bне\b"}
_LIMITS = {"en": r"until|till|before", "de": r"vor|bis", "ru": r"до|раньше|ранее"}
_ONLY = {"en": r"only", "de": r"erst", "ru": r"только|лишь"}
_TIME_WORDS = 4
"""Words read after the word of limit for the word of time ("until the end of March")."""


@cache
def _limit(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?:{_NEGATIONS[language]})[^.;:!?]{{0,60}}?\b(?:{_LIMITS[language]})\b"
    )


@cache
def _only(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_ONLY[language]})\b")


def time_limit(negated: str, other: str, language: str) -> bool:
    """Whether the sentence ``negated`` negates only a time's limit that the sentence
    ``other`` says with "only" (see the module).

    >>> time_limit("He did not return until March.", "He only returned in March.", "en")
    True
    >>> time_limit("He did not return until March.", "He returned in March.", "en")
    False
    >>> time_limit("He did not return before the vote.", "He only returned then.", "en")
    False
    """
    if language not in _NEGATIONS or not _only(language).search(other):
        return False
    for m in _limit(language).finditer(negated):
        after = [fold(w) for w in WORD_RE.findall(negated[m.end() : m.end() + 80])]
        if any(w.isdigit() or time_phrase({w}, language) for w in after[:_TIME_WORDS]):
            return True
    return False

"""A person the text names only once, at the head of a sentence of narration, that the next
words call "he" or "she": "Kühlmann was silent for a long time. Then he said:", "Kühlmann
schwieg lange. Dann meinte er:" (a one-word name opening a sentence is otherwise taken for a
capitalized common word: "Come", "Upon", "Nothing").
"""

from __future__ import annotations

import re

from . import lexicon
from .attribution import NameEvidence
from .gender import gender_after, german_next_gender
from .verbs import language, speech_verbs

_EN_FINITE = frozenset(
    "was is had has did could would should might must will shall sat stood came went took "
    "made saw said gave got kept left felt knew thought spoke rose began ran fell grew".split()
)
"""Common English verbs a subject's name is followed by ("Smith was", "Smith stood")."""


def named_again(
    text: str, start: int, end: int, words: tuple[str, ...] | None, evidence: NameEvidence
) -> bool:
    """Whether the one word ``words`` at ``start:end``, opening a sentence, is a person: the
    subject of a verb that the narration goes on calling "he"/"she" ("er"/"sie" as the
    subject of the next German sentence), a word the text never writes in lower case and not
    a function word of its language ("Nothing was said. Then he...").

    >>> t = "Smith was silent. Then he said: “No.”"
    >>> named_again(t, 0, 5, ("Smith",), NameEvidence(t))
    True
    >>> t = "Silence was kept. Then he said: “No.”"
    >>> named_again(t, 0, 7, ("Silence",), NameEvidence(t + " silence"))
    False
    """
    if words is None or len(words) != 1 or text.startswith(("’s", "'s"), end):
        return False
    word = words[0]
    if word.lower() in evidence.lowercase or word.lower() in lexicon.words_of(language()):
        return False
    verb = re.match(r"\s+([a-zäöüßа-яё]+)", text[end:])
    if verb is None or "ing" in word or not _finite(verb.group(1)):
        return False  # the subject of a verb ("Smith was", "Kühlmann schwieg"), not a heading
    if language() == "de":  # "Regentropfen hörte man ..., was ihn": nouns open sentences too
        return german_next_gender(text, end) is not None
    return gender_after(text, start, end) is not None


def _finite(word: str) -> bool:
    """Whether ``word`` may be the finite verb after a subject: in English a past in "-ed",
    a verb of saying or a common verb ("was", "stood"); in German or Russian any word."""
    if language() != "en":
        return True
    return word in _EN_FINITE or word.endswith("ed") or word in speech_verbs()

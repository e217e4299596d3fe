"""A comparison denied by a negation that opens its clause, and German comparatives of "less"
inflected: what :mod:`.comparisons` reads of a comparison's direction beyond the word before it.

"Nor shall a heavier penalty be imposed than the one applicable" says what "keine schwerere
Strafe als die angedrohte" says: the negation that opens the English clause denies the
comparison as "keine" right before "schwerere" does. Read only from the word before the
comparative, the German comparison went the other way (-1 against +1), and a faithful
rendering was flagged ``roles``. A negation earlier in the comparison's clause (back to the
nearest punctuation, "and", "but" or "that") turns its direction as one right before it does; more
than one (Russian "ни один ... не") is still one negation said twice.

A German comparative of a "less" word takes an adjective's ending ("ein niedrigeres Fährgeld",
"die geringeren Kosten"): read as the bare form is, "less", not as an unknown comparative
("more").
"""

from __future__ import annotations

import re

from ..normalize import fold
from .negation import explicit_negations

_BOUNDARY = re.compile(r"[,;:.!?…—–()\"«»„“”]")
_ENDS = {
    "en": "but and or that which who whom if when because",
    "de": "aber und oder sondern dass daß weil wenn ob",
    "ru": "но а и или что чтобы который которая которое которые когда если",
}
"""Words that open another clause: a negation before them is that clause's ("he did not say
that the toll was higher than ...")."""
_LESS_DE = frozenset("weniger minder schlechter kleiner niedriger schwächer geringer".split())
_ENDINGS = ("e", "en", "em", "er", "es")


def clause_negated(text: str, words: list[tuple[int, str]], start: int, language: str) -> bool:
    """Whether an explicit negation comes before word ``start`` (a comparison's first word) in
    its clause: back to the nearest punctuation, "and", "but" or "that" (``words``: offset,
    word)."""
    negations = explicit_negations(language)
    ends = frozenset(_ENDS.get(language, "").split())
    for i in range(start - 1, -1, -1):
        after = words[i][0] + len(words[i][1])
        if _BOUNDARY.search(text[after : words[i + 1][0]]):
            return False
        key = fold(words[i][1])
        if key in negations:
            return True
        if key in ends:
            return False
    return False


def lesser(word: str, language: str) -> bool:
    """Whether a folded comparative form is an inflected "less" word ("niedrigeres",
    "geringeren": German).

    >>> lesser("niedrigeres", "de"), lesser("höheres", "de")
    (True, False)
    """
    if language != "de":
        return False
    return any(word.startswith(w) and word[len(w) :] in _ENDINGS for w in _LESS_DE)

"""A number in words that stands for things already named, not a figure: "one of the two has to
be wanting", "when, of the two, either must be dispensed with", "одно из двух".

After "of the" (or "из", "von den") a number in words with no noun after it refers back to the
things the sentence has just named ("loved" and "feared": the two of them) the way a pronoun
does: a translation says "either", "both" or nothing in its place, and no count is stated
that could differ. A number followed by its noun ("of the two armies") stays a figure.
"""

from __future__ import annotations

import re

from ..normalize import fold

_BEFORE = {
    "en": r"\b(?:of|between)\s+(?:the|these|those)\s+$",
    "de": r"\b(?:von|unter|zwischen)\s+(?:den|diesen)\s+$",
    "ru": r"(?:^|\s)(?:из|между)\s+(?:этих\s+)?$",
}
"""What comes before a partitive number in words ("one of the | two")."""
_FUNCTION_AFTER = frozenset(
    fold(w)
    for w in "has have had is are was were must may might can could should would will shall "
    "either or and but to be hat haben ist sind war waren muss kann soll wird или и но либо "
    "был была было были должен должна должно".split()
)
"""Words after the number that show no noun follows it ("of the two has to be wanting")."""
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def partitive(text: str, start: int, end: int, language: str) -> bool:
    """Whether the number in words at ``text[start:end]`` refers back to things named, as a
    pronoun does (see the module), rather than stating a figure.

    >>> t = "it is much safer to be feared than loved, if one of the two has to be wanting"
    >>> partitive(t, t.index("two"), t.index("two") + 3, "en")
    True
    >>> t = "only the wings of the two armies became engaged"
    >>> partitive(t, t.index("two"), t.index("two") + 3, "en")
    False
    """
    before = _BEFORE.get(language)
    if before is None or re.search(before, text[max(0, start - 30) : start], re.I) is None:
        return False
    after = text[end : end + 30]
    if not after.strip() or after.lstrip()[:1] in ',;:.!?)—–-»“”"':
        return True
    word = _NEXT_WORD.match(after)
    return word is not None and fold(word.group(1)) in _FUNCTION_AFTER

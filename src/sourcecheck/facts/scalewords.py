"""Words that say a figure as a scale: "doubled", "tripled", "half as much", "a dozen",
"verdoppelte sich", "doppelt so breit", "ein Dutzend", "удвоилась", "втрое", "дюжина"
(units113).

A fresh-clone trial found "production tripled" at "verdoppelte sich die Produktion", "halb
so viel" at "twice as much", "three times as wide" at "doppelt so breit" and "about twenty
lamps" at "ein Dutzend Laternen" shown ``reworded`` with no flag: the evidence said "numbers
twice, twenty in the quote, none there" although the passage says "doppelt" and "Dutzend".
Each such word is read here as the figure it says (:func:`scale_figures`), so the numbers of
both sides are compared as values (:func:`.languages.figures_in`): "doubled" / "verdoppelte" /
"удвоилось" / "twice" agree, "tripled" / "verdoppelte" differ. "dozens" / "Dutzende" /
"дюжины" with no number is a vague quantity, not 12; "half" alone ("half the town") is a
share, read only in "half as ..." / "halb so ..." / "вдвое меньше". A multiple in one word
("tripled", "doppelt", "двойной") is read by :mod:`.multiples` (its one table, which the word
matcher's changed words use too); this module adds the scale words read in their context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .multiples import multiple_value
from .oneunit import one_unit_spans

_WORD = re.compile(r"(?<![\w-])\w+(?![\w-])")
"""A word standing alone: not a part of "double-click" or "dual-boot"."""

_SCALES: dict[str, tuple[tuple[str, float], ...]] = {
    "en": (
        (r"half(?=\s+as\s)", 0.5),
        (r"(?<=\ba\s)dozen|(?<=\bone\s)dozen", 12.0),
    ),
    "de": (
        (r"halb(?=\s+so\s)", 0.5),
        (r"(?<=\bein\s)dutzend|(?<=\beinem\s)dutzend", 12.0),
    ),
    "ru": (
        (r"вдвое(?=\s+(?:меньше|реже|ниже|дешевле|короче|уже|слабее|медленнее)\b)", 0.5),
        (r"дюжин[аеуы]|дюжиной", 12.0),
    ),
}  # fmt: skip
"""Per language: scale words read in their context (matched whole, case-blind) and the
figure each says; a multiple said in one word ("tripled", "doppelt", "двойной") is read by
:func:`.multiples.multiple_value`, the one table of them."""


def _pattern(language: str) -> re.Pattern[str] | None:
    scales = _SCALES.get(language)
    if not scales:
        return None
    alternatives = "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(scales))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_PATTERNS = {language: _pattern(language) for language in _SCALES}


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def word_figures(text: str, language: str, read: Sequence[_Span]) -> list[tuple[float, int, int]]:
    """(figure, start, end) of the figures ``text`` says in words that are no numbers, outside
    the numbers ``read`` already: one unit of time measured ("for over a month":
    :mod:`.oneunit`) and scale words (:func:`scale_figures`)."""
    ones = [(1.0, a, b) for a, b in one_unit_spans(text, language)]
    spans = [(n.start, n.end) for n in read]
    found = ones + scale_figures(text, language, spans + [(a, b) for _, a, b in ones])
    return [f for f in found if not any(a < f[2] and f[1] < b for a, b in spans)]


def scale_value(word: str, language: str) -> float | None:
    """The figure a single scale word says ("tripled" 3, "двойной" 2), else None.

    >>> scale_value("тройной", "ru"), scale_value("doubled", "en"), scale_value("утром", "ru")
    (3.0, 2.0, None)
    """
    found = scale_figures(word, language)
    return found[0][0] if len(found) == 1 and found[0][1:] == (0, len(word)) else None


def scale_figures(
    text: str, language: str, read: Sequence[tuple[int, int]] = ()
) -> list[tuple[float, int, int]]:
    """(figure, start, end) of each scale word of ``text`` outside the spans of the numbers
    ``read`` already ("twice" is a number word of English).

    >>> scale_figures("Production tripled; half as much; about a dozen lamps; dozens", "en")
    [(3.0, 11, 18), (0.5, 20, 24), (12.0, 42, 47)]
    >>> [v for v, _, _ in scale_figures("verdoppelte sich, doppelt so breit, ein Dutzend", "de")]
    [2.0, 2.0, 12.0]
    >>> [v for v, _, _ in scale_figures("удвоилось, втрое больше, вдвое меньше, утром", "ru")]
    [2.0, 3.0, 0.5]
    """
    language = language.split("-")[0].lower()
    pattern = _PATTERNS.get(language)
    found: list[tuple[float, int, int]] = []
    if pattern is not None:
        scales = _SCALES[language]
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in read):
                index = next(i for i in range(len(scales)) if m.group(f"s{i}") is not None)
                found.append((scales[index][1], m.start(), m.end()))
    taken = [*read, *((a, b) for _, a, b in found)]
    for m in _WORD.finditer(text):  # a multiple in one word: "tripled", "двойной"
        value = multiple_value(m.group(), language)
        if (
            value is not None
            and value >= 2
            and not any(a < m.end() and m.start() < b for a, b in taken)
        ):
            found.append((float(value), m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])

"""Multiples and fractions said in words: "twice", "double", "triple", "half"; "doppelt",
"dreifach", "Hälfte"; "двойной", "тройной", "вдвое", "половина" (walk113 ch-num-07-ru).

The number readers (:mod:`.numbers`, :mod:`.languages`) read cardinals ("two", "zwei",
"два") and a few words of how many times ("twice", "дважды", "dreimal"): what a figure
says. A multiple or a fraction in words says a number as well, and a quote that puts
"тройной дефис" where the source has "двойной дефис" (a triple hyphen for a double one) or
"half" where it has "a quarter" changes it, though the word matcher sees one word in forty
changed and the number check sees no number. :func:`multiple_value` reads such a word as its
number, in English, German and Russian, whatever its inflection ("doppelten", "двойного",
"тройной"); :mod:`..matching.changedfacts` compares the two sides of a changed word with it.

The words are read on their own, not as counts of anything: "einfach" is "simple" more often
than "single", "half" is also an adverb ("half asleep"). They are compared only with each
other and with cardinals, where the other side of a changed word is a number word too: a
quote that says "doppelt" for the source's "einfach" changed the number whichever sense
"einfach" had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import WORD_RE

_MULTIPLES: dict[str, tuple[tuple[float, str], ...]] = {
    "en": (
        (1, r"once|single|singly|onefold"),
        (2, r"twice|double|doubled|doubles|doubly|dual|twofold"),
        (3, r"thrice|triple|tripled|triples|triply|treble|trebled|threefold"),
        (4, r"quadruple|quadrupled|fourfold"),
        (0.5, r"half|halves|halved"),
        (0.25, r"quarter|quarters"),
    ),
    "de": (
        (1, r"einmal|einfach(?:e[mnrs]?)?"),
        (2, r"zweimal|doppelt(?:e[mnrs]?)?|zweifach(?:e[mnrs]?)?|verdoppel\w*|verdoppl\w*"),
        (3, r"dreimal|dreifach(?:e[mnrs]?)?|verdreifach\w*"),
        (4, r"viermal|vierfach(?:e[mnrs]?)?|vervierfach\w*"),
        (0.5, r"halb(?:e[mnrs]?)?|hälfte|halbier\w*"),
        (0.25, r"viertel"),
        (1 / 3, r"drittel"),
    ),
    "ru": (
        (1, r"одинарн\w*"),
        (2, r"дважды|двойн\w*|вдвое|двукратн\w*|удво\w*"),
        (3, r"трижды|тройн\w*|втрое|тр[её]хкратн\w*|утро[еи]\w*"),
        (4, r"четырежды|четверн\w*|вчетверо|четыр[её]хкратн\w*|учетвер\w*"),
        (0.5, r"половин\w*|вполовину"),
        (0.25, r"четверть|четверти|четвертью"),
        (1 / 3, r"треть|трети|третью"),
    ),
}
"""Per language, each value with its word forms (regular expressions matched whole on the
word case-blind, "ё" read as "е"). Ordinals are left out: "the third" / "третий" is a
place in a row, which the ordinal reader compares (:mod:`.ordinalwords`)."""

_PATTERNS = {
    language: tuple((value, re.compile(forms)) for value, forms in table)
    for language, table in _MULTIPLES.items()
}


def multiple_value(word: str, language: str | None) -> float | None:
    """The number a multiple or fraction ``word`` (one word as printed) says in
    ``language``, or None (see the module).

    >>> multiple_value("triple", "en"), multiple_value("doppelten", "de")
    (3, 2)
    >>> multiple_value("тройной", "ru"), multiple_value("двойного", "ru")
    (3, 2)
    >>> multiple_value("Hälfte", "de"), multiple_value("четверть", "ru")
    (0.5, 0.25)
    >>> print(multiple_value("third", "en"), multiple_value("третий", "ru"))
    None None
    """
    folded = word.strip().casefold().replace("ё", "е")
    for value, pattern in _PATTERNS.get((language or "en").split("-")[0], ()):
        if pattern.fullmatch(folded):
            return value
    return None


def multiples_in(text: str, language: str | None) -> list[tuple[float, str]]:
    """The (value, word) of each multiple or fraction in words of ``text``, words of one left
    out (see the module).

    >>> multiples_in("Lange Optionen beginnen mit einem doppelten, kurze mit einem einfachen "
    ...              "Bindestrich; die Hälfte bleibt frei.", "de")
    [(2, 'doppelten'), (0.5, 'Hälfte')]
    """
    found = []
    for m in WORD_RE.finditer(text):
        value = multiple_value(m.group(), language)
        if value is not None and value != 1:
            found.append((value, m.group()))
    return found


def other_multiples(
    quote: str, quote_language: str, passage: str, passage_language: str,
    figures: tuple[Sequence[float], Sequence[float]] = ((), ()),
) -> tuple[str, str] | None:  # fmt: skip
    """The first (quote's word, passage's word) where the quote says a multiple or fraction
    that the passage says neither as one nor among its ``figures`` (each side's numbers by
    value: the quote's, the passage's), and the passage one the quote does not say; else
    None.

    >>> other_multiples("Long options start with a triple hyphen.", "en",
    ...                 "Длинные параметры начинаются с двойного дефиса.", "ru")
    ('triple', 'двойного')
    >>> print(other_multiples("Long options start with a double hyphen.", "en",
    ...                       "Длинные параметры начинаются с двойного дефиса.", "ru"))
    None
    >>> print(other_multiples("Long options start with a double hyphen.", "en",
    ...                       "Lange Optionen beginnen mit zwei Bindestrichen.", "de", ((), (2,))))
    None
    >>> print(other_multiples("The tram would cut the travel time by half.", "en",
    ...                       "Новая линия сократит время в пути вдвое.", "ru"))
    None
    """
    mine, theirs = multiples_in(quote, quote_language), multiples_in(passage, passage_language)
    if not mine or not theirs:
        return None
    said = {v for v, _ in mine} | set(figures[0])
    there = {v for v, _ in theirs} | set(figures[1])
    missing = next((w for v, w in mine if not _among(v, there)), None)
    other = next((w for v, w in theirs if not _among(v, said)), None)
    return None if missing is None or other is None else (missing, other)


def _among(value: float, values: set[float]) -> bool:
    """Whether ``values`` say ``value``, or its reciprocal: "cut by half" is "сократить
    вдвое" (twofold), "halbieren" is "reduce twofold" (a multiple and its fraction say one
    change, read by the verb beside them; "doubled" / "halved" is the opposites' to read)."""
    return any(abs(value - v) < 1e-9 or abs(value * v - 1) < 1e-9 for v in values)

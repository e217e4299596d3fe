"""Times of day as the languages say them: "half past five", "halb sieben", "половина
седьмого", read as one figure, the hour on a 12-hour dial (5.5, 6.5, 6.5).

Word by word a time is misread: German "halb sieben" and Russian "половина седьмого" are half
past *six*, and English "quarter to seven" is a quarter *before* seven. Compared number by
number, "half past six" against "halb sieben" differs (6 / 7) when it agrees, and "half past
five" against "halb sieben" looked like a mere missing number. Read as times, a rendering that
keeps the time agrees and one that changes it differs (:func:`sourcecheck.facts.languages.
figures_in` counts each time as one figure in place of its number words, and the fact checks
of a passage found by its words read them the same way: :func:`as_numbers`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..normalize import fold
from .monthdates import base_language
from .numbers import NumberMention

_EN_HOURS = (
    "one two three four five six seven eight nine ten eleven twelve"
)  # fmt: skip
_DE_HOURS = "eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf"
_RU_HOURS = (
    "час два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать"
)  # fmt: skip
_RU_ORDINALS = (
    "первого второго третьего четвертого пятого шестого седьмого восьмого девятого "
    "десятого одиннадцатого двенадцатого"
)
"""Folded (ё is е); the genitive ordinal names the hour being entered: "половина седьмого"
is half way into the seventh hour, 6:30."""


def _table(words: str) -> dict[str, int]:
    return {w: i for i, w in enumerate(words.split(), start=1)}


_HOURS = {"en": _table(_EN_HOURS), "de": _table(_DE_HOURS), "ru": _table(_RU_HOURS)}
_ORDINALS = _table(_RU_ORDINALS)


def _spaced(pattern: str) -> re.Pattern[str]:
    """``pattern`` with each space standing for any run of white space: a time's words break
    across a text's lines ("Было половина\nседьмого" was read as no time at all)."""
    return re.compile(pattern.replace(" ", r"\s+"))


_H = r"(?P<h>\d{1,2}|[^\W\d_]+)"
_PATTERNS: dict[str, tuple[tuple[re.Pattern[str], float, bool], ...]] = {
    # (pattern, case ignored, hours added to the hour read, whether the hour is an ordinal)
    "en": (
        (_spaced(rf"(?i)\bhalf past {_H}\b"), 0.5, False),
        (_spaced(rf"(?i)\b(?:a )?quarter past {_H}\b"), 0.25, False),
        (_spaced(rf"(?i)\b(?:a )?quarter (?:to|of) {_H}\b"), -0.25, False),
        (_spaced(rf"(?i)\b{_H} o['’]?clock\b"), 0.0, False),
    ),
    "de": (
        (_spaced(rf"(?i)\bhalb {_H}\b"), -0.5, False),
        (_spaced(rf"(?i)\bviertel nach {_H}\b"), 0.25, False),
        (_spaced(rf"(?i)\b(?:viertel vor|dreiviertel) {_H}\b"), -0.25, False),
        (_spaced(rf"(?i)\b{_H} uhr\b"), 0.0, False),
    ),
    "ru": (
        (_spaced(rf"(?i)\bполовин[аеуы] {_H}\b"), -0.5, True),
        (_spaced(rf"(?i)\bчетверть {_H}\b"), -0.75, True),
        (_spaced(rf"(?i)\bбез четверти {_H}\b"), -0.25, False),
        (_spaced(rf"(?i)\b{_H} час(?:а|ов)?\b"), 0.0, False),
    ),
}


def read_times(text: str, language: str) -> list[tuple[float, int, int]]:
    """The times of day in ``text``: (hour on a 12-hour dial, start, end), in order.

    >>> [t[0] for t in read_times("It was half past five, soon a quarter to six.", "en")]
    [5.5, 5.75]
    >>> [t[0] for t in read_times("Es war halb sieben Uhr, dreiviertel sieben", "de")]
    [6.5, 6.75]
    >>> [t[0] for t in read_times("Было половина седьмого, без четверти семь.", "ru")]
    [6.5, 6.75]
    """
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return []
    found: list[tuple[float, int, int]] = []
    for pattern, shift, ordinal in patterns:
        for m in pattern.finditer(text):
            hour = _hour(fold(m.group("h")), language, ordinal=ordinal)
            if hour is None or any(s < m.end() and m.start() < e for _, s, e in found):
                continue
            found.append(((hour + shift - 1) % 12 + 1, m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def _hour(word: str, language: str, *, ordinal: bool) -> int | None:
    """The hour a word names (1-12), or None."""
    if word.isdigit():
        return int(word) if 0 <= int(word) <= 24 and not ordinal else None
    return (_ORDINALS if ordinal else _HOURS[language]).get(word)


def as_numbers(
    numbers: list[NumberMention],
    starts: Sequence[int],
    text: str,
    span: tuple[int, int],
    language: str | None,
) -> list[NumberMention]:
    """``numbers`` (read from word tokens starting at ``starts``) with each time of day of
    ``text[span]`` one number, its hour, in place of its words: "half past six" is 6.5,
    "halb sieben" too, and "six o'clock" 6 (word by word they were 6, 7 and 6).

    >>> from sourcecheck.facts.numbers import read_numbers
    >>> from sourcecheck.normalize import tokenize
    >>> text = "At half past six, 40 men."
    >>> t = tokenize(text)
    >>> [n.value for n in as_numbers(read_numbers(t.words), t.starts, text, (0, len(text)), "en")]
    [6.5, 40]
    """
    start, end = span
    times = []
    for hour, s, e in read_times(text[start:end], base_language(language)):
        first = bisect.bisect_left(starts, s + start)
        last = bisect.bisect_left(starts, e + start) - 1
        if first <= last:  # "six o'clock" says 6, as the number 6 does, not 6.0
            times.append(NumberMention(int(hour) if hour.is_integer() else hour, first, last))
    if not times:
        return numbers
    kept = [n for n in numbers if not any(t.first <= n.last and n.first <= t.last for t in times)]
    return sorted(kept + times, key=lambda n: n.first)

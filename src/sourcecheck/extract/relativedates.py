"""Dates the narration gives relative to its running date: "next day", "the following day",
"two days later", "that evening", "am nächsten Tag", "на следующий день".

Each moves the narrative clock (see :mod:`~sourcecheck.extract.facts`) from the last date of
the narration that names a day ("At their concluding conference next day" after "On February
10" is February 11), and a claim dated by one says so in its notes ("'next day' after
February 10"). Inside quotations they are the quoted speaker's, not the narration's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..facts.dates import DateMention

_COUNTS = {
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
}  # fmt: skip
_N = "|".join(sorted(_COUNTS, key=len, reverse=True))
_PART = r"(?:day|morning|afternoon|evening|night)"
_RELATIVE: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(rf"(?i)\b(?:the\s+)?(?:next|following)\s+{_PART}\b"), 1),
    (re.compile(rf"(?i)\b(?:that|the\s+same)\s+(?:same\s+)?{_PART}\b"), 0),
    (re.compile(rf"(?i)\b(?:{_N}|\d)\s+days?\s+(?:later|afterwards|after\s+that)\b"), None),
    (re.compile(r"(?i)\bam\s+(?:nächsten|folgenden|anderen)\s+(?:Tag|Morgen|Abend)e?\b"), 1),
    (re.compile(r"(?i)\b(?:am\s+selben|am\s+gleichen|an\s+diesem)\s+(?:Tag|Abend)e?\b"), 0),
    (re.compile(rf"(?i)\b(?:{_N}|\d)\s+Tage\s+(?:später|danach)\b"), None),
    (re.compile(r"(?i)(?<!\w)(?:на\s+следующий\s+день|на\s+другой\s+день|наутро)(?!\w)"), 1),
    (re.compile(r"(?i)(?<!\w)в\s+(?:тот\s+же|этот)\s+(?:день|вечер)(?!\w)"), 0),
    (re.compile(rf"(?i)(?<!\w)через\s+(?:{_N}|\d)\s+(?:дня|дней)(?!\w)"), None),
)


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative date read as ``date``; ``note`` says from what ("'next day' after
    February 10")."""

    date: DateMention
    note: str


def _days(match: re.Match[str], fixed: int | None) -> int:
    if fixed is not None:
        return fixed
    count = re.search(rf"(?i)\b(?:{_N}|\d)\b", match.group())
    word = count.group().lower() if count else "1"
    return int(word) if word.isdigit() else _COUNTS[word]


def relative_dates(
    text: str, clock: Sequence[DateMention], quoted: Sequence[tuple[int, int]]
) -> list[Relative]:
    """The relative dates of the narration, each from the running date before it (the last
    date of the ``clock``, or relative date, naming a day); none before the first one.

    >>> t = "On February 10, 1918, they met. Next day Kühlmann spoke. Two days later we left."
    >>> c = [DateMention(3, 20, 1918, 2, 10)]
    >>> [(t[r.date.start:r.date.end], r.date.iso()) for r in relative_dates(t, c, [])]
    [('Next day', '1918-02-11'), ('Two days later', '1918-02-13')]
    """
    found = []
    for pattern, fixed in _RELATIVE:
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in quoted):
                found.append((m, fixed))
    found.sort(key=lambda x: x[0].start())
    out: list[Relative] = []
    for m, fixed in found:
        dated = [(d, text[d.start : d.end]) for d in clock if d.end <= m.start()]
        dated += [(r.date, f"{text[r.date.start : r.date.end]!r} ({r.date.iso()})") for r in out]
        dated = [(d, t) for d, t in dated if d.day and d.month and d.year]
        if not dated or (out and out[-1].date.end > m.start()):
            continue
        base, said = max(dated, key=lambda x: x[0].start)
        if not (base.year and base.month and base.day):
            continue
        try:
            day = dt.date(base.year, base.month, base.day) + dt.timedelta(days=_days(m, fixed))
        except (ValueError, OverflowError):
            continue
        mention = DateMention(m.start(), m.end(), day.year, day.month, day.day)
        out.append(Relative(mention, f"{m.group()!r} after {said}"))
    return out


_SHIFT_UNITS = r"(?:years?|decades?|centur(?:y|ies)|generations?|millenni(?:um|a))"
_SHIFT_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|few|several"
    r"|many|some)"
)
_SHIFT_COUNT = rf"{_SHIFT_WORD}(?:[\s-]+{_SHIFT_WORD}){{0,2}}"
"""How many years: "four", "two thousand", "a few", "twenty-five" (not "of the year before")."""
_SHIFTS = (
    re.compile(
        rf"(?i)\b{_SHIFT_COUNT}\s+{_SHIFT_UNITS}\s+(?:earlier|later|before|afterwards|ago)\b"
    ),
    re.compile(
        r"(?i)\b\w+\s+(?:Jahre|Jahrzehnte|Jahrhunderte|Jahrtausende)\s+(?:früher|später|zuvor"
        r"|davor|danach|vorher)\b"
    ),
    re.compile(r"(?i)(?<!\w)\w+\s+(?:лет|веков|века|десятилетий)\s+(?:назад|раньше|спустя)(?!\w)"),
)


def time_shifts(text: str, quoted: Sequence[tuple[int, int]]) -> list[int]:
    """Where the narration leaves its running date for another time, years or more away
    ("Four centuries earlier, Machiavelli had asked", "Jahrhunderte zuvor", "четыре века
    назад"): no date carried from before such a shift holds after it. Inside quotations
    they are the quoted speaker's.

    >>> t = "On January 6, 1918, he met them. Four centuries earlier, Machiavelli wrote."
    >>> [t[s:s + 20] for s in time_shifts(t, [])]
    ['Four centuries earli']
    >>> time_shifts("Two days later we left.", [])
    []
    """
    found = {
        m.start()
        for pattern in _SHIFTS
        for m in pattern.finditer(text)
        if not any(s <= m.start() < e for s, e in quoted)
    }
    return sorted(found)

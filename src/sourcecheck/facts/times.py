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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from ..normalize import fold
from .clockwords import COUNT, clock_count
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
_HM = r"(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)"
"""A clock's hour and minutes, "14:30", "14.30" (a dot only before "Uhr", "a.m.", "p.m.")."""
_AMPM = r"\s*(?:(?P<am>a\.\s?m\.?|am\b)|(?P<pm>p\.\s?m\.?|pm\b))"
_AT = {"en": r"(?:at|by|until|till|from|after|before|around|about)", "de": r"(?:um|ab|bis|gegen)",
       "ru": r"(?:в|к|до|с|после|около)"}  # fmt: skip
"""What stands before a clock's "14:30" for it to be a time (not "John 3:16", not a tally):
the time is the pattern's group ``t``."""
_CONTEXT = {
    "en": re.compile(r"(?i)\b(?:at|by|until|till|around|about|since|before|after)\s+$"),
    "de": re.compile(r"(?i)\b(?:um|gegen|ab|bis|seit|kurz)\s+$"),
    "ru": re.compile(r"(?i)(?<![^\W\d_])(?:в|к|до|с|после|около)\s+$"),
}
"""A preposition of time just before a time: "ten to three" is a time after "at" ("from ten to
three" is a range), "2 часа 15 минут" after "в" ("летел 2 часа 15 минут": a duration)."""
_NO_AMOUNT = (
    r"(?!\w|[.,]\d|\s*%|\s+(?:per|pounds?|dollars?|francs?|marks?|shillings?|roubles?|rubles?)\b)"
)
"""After "at 2.15": no amount ("at 2.15 per cent", "at 2.15 dollars")."""
_CLOCK = r"(?P<t>(?P<h>\d{1,2}):(?P<m>[0-5]\d))\b"
_C = {lang: f"(?:{count})" for lang, count in COUNT.items()}  # minutes or hours, any words


@dataclass(frozen=True, slots=True)
class _Form:
    """A way a language tells a time: its ``pattern`` (groups ``h``, the hour; ``m`` and
    ``mb``, minutes after and before it; ``half``, German "halb" before the hour; ``u``,
    ``u2``, a unit word; ``t``, the time without the preposition before it), the hours added
    to the hour read (``shift``), whether the hour is an ``ordinal`` ("третьего"), may be a
    word up to 24 (``wide``: "vierzehn Uhr"), and whether only a unit word, a preposition of
    time before it or the half of the day after it make it a time (``context``: always, or
    only for an hour past 12, "24 часа" being a duration)."""

    pattern: re.Pattern[str]
    shift: float = 0.0
    ordinal: bool = False
    wide: bool = False
    context: Literal["always", "above12", None] = None
    needs: re.Pattern[str] | None = None  # a word the text must have first (a cheap search)


def _forms(language: str, *forms: tuple[str, float, dict[str, Any]]) -> tuple[_Form, ...]:
    """The forms of ``language``: each pattern with its counts (``{C}``) spelled out, and
    the word it ``needs`` searched first: a pattern that opens on a count tries every
    word of the text (a Russian count has some 150 forms), most texts say no time."""
    return tuple(
        _Form(
            _spaced(pattern.replace("{C}", _C[language])), shift,
            **{**rule, "needs": re.compile(f"(?i){rule['needs']}") if "needs" in rule else None},
        )
        for pattern, shift, rule in forms
    )  # fmt: skip


_EN_HOURS_ALT = _EN_HOURS.replace(" ", "|")
_EN_BEFORE_HOUR = rf"\b(?:to|of|before)\s+(?:\d|(?:{_EN_HOURS_ALT})\b)"
_DE_BEFORE_HOUR = (
    r"\b{}\s+(?:halb\s+)?(?:\d|(?:eins|zwei|drei|vier|f(?:ü|u)nf|sechs|sieben|acht|neun|zehn"
    r"|elf|zw(?:ö|o)lf|\w+zehn|zwanzig|\w+undzwanzig)\b)"
)
"""What the forms of minutes before or after an hour need first: an hour after "to",
"nach", "vor" (most texts say "to" and "nach", few before an hour)."""
_DE_NACH, _DE_VOR = _DE_BEFORE_HOUR.format("nach"), _DE_BEFORE_HOUR.format("vor")

_PATTERNS: dict[str, tuple[_Form, ...]] = {
    # (pattern, hours added to the hour read, the form's rule): the first to read a stretch wins
    "en": _forms(
        "en",
        (rf"(?i)\b{_HM}{_AMPM}", 0.0, {}),
        (rf"(?i)\b(?P<h>\d{{1,2}}){_AMPM}", 0.0, {}),
        (rf"(?i)\b{_AT['en']} {_CLOCK}", 0.0, {}),
        (rf"(?i)\b(?:at|by|until|till) (?P<t>(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d)){_NO_AMOUNT}",
         0.0, {}),
        (rf"(?i)\b(?P<m>{{C}}) (?P<u>minutes?) (?:past|after) {_H}(?: o['’]?clock)?\b", 0.0,
         {"needs": "minute"}),
        (rf"(?i)\b(?P<m>{{C}}) past {_H}(?: o['’]?clock)?\b", 0.0, {"needs": "past"}),
        (rf"(?i)\b(?P<mb>{{C}})(?: (?P<u>minutes?))? (?:to|of|before) {_H}(?: o['’]?clock)?\b",
         0.0, {"context": "always", "needs": _EN_BEFORE_HOUR}),
        (rf"(?i)\b{_H} (?P<m>{{C}})(?:{_AMPM}|(?= in the (?:morning|afternoon|evening)\b"
         r"| at night\b))", 0.0, {"needs": r"\b(?:[ap]\.?\s?m\b|in\s+the|at\s+night)"}),
        (rf"(?i)\bhalf past {_H}\b", 0.5, {}),
        (rf"(?i)\b(?:a )?quarter past {_H}\b", 0.25, {}),
        (rf"(?i)\b(?:a )?quarter (?:to|of) {_H}\b", -0.25, {}),
        (rf"(?i)\b{_H} o['’]?clock\b", 0.0, {}),
        (rf"(?i)\b{_H}(?= in the (?:morning|afternoon|evening)\b| at night\b)", 0.0, {}),
    ),
    "de": _forms(
        "de",
        (rf"(?i)\b{_HM} uhr\b", 0.0, {}),
        (rf"(?i)\b{_AT['de']} {_CLOCK}", 0.0, {}),
        (r"(?i)\b(?P<h>{C}) uhr (?P<m>{C})(?: (?P<u>minuten?\b|min\.)|(?! (?-i:[A-ZÄÖÜ])))",
         0.0, {"wide": True, "needs": "uhr"}),
        (r"(?i)\b(?P<m>{C})(?: (?P<u>minuten))? nach (?:(?P<half>halb) )?(?P<h>{C})"
         r"(?: (?P<u2>uhr))?\b", 0.0, {"wide": True, "context": "always", "needs": _DE_NACH}),
        (r"(?i)\b(?P<mb>{C})(?: (?P<u>minuten))? vor (?:(?P<half>halb) )?(?P<h>{C})"
         r"(?: (?P<u2>uhr))?\b", 0.0, {"wide": True, "context": "always", "needs": _DE_VOR}),
        (rf"(?i)\bhalb {_H}\b", -0.5, {}),
        (rf"(?i)\bviertel nach {_H}\b", 0.25, {}),
        (rf"(?i)\b(?:viertel vor|dreiviertel) {_H}\b", -0.25, {}),
        (rf"(?i)\b{_H} uhr\b", 0.0, {"wide": True}),
    ),
    "ru": _forms(
        "ru",
        (rf"(?i)\b{_AT['ru']} {_CLOCK}", 0.0, {}),
        (rf"(?i)(?<![^\W\d_]){_AT['ru']} (?P<t>(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d))(?![\d,]| раз)",
         0.0, {}),
        (r"(?i)\b(?P<h>{C}) час(?:а|ов)? (?P<m>{C}) минут[уы]?\b", 0.0,
         {"wide": True, "context": "always", "needs": "минут"}),
        (r"(?i)\b(?P<m>{C}) минут[уы]? (?P<h>[^\W\d_]+)\b", -1.0,
         {"ordinal": True, "needs": "минут"}),
        (r"(?i)(?<![^\W\d_])без (?P<mb>{C})(?: (?P<u>минут))? (?P<h>\d{1,2}|[^\W\d_]+)\b", 0.0,
         {"needs": "без"}),
        (rf"(?i)\bполовин[аеуы] {_H}\b", -0.5, {"ordinal": True}),
        (rf"(?i)\bчетверть {_H}\b", -0.75, {"ordinal": True}),
        (rf"(?i)\bбез четверти {_H}\b", -0.25, {}),
        (r"(?i)\b(?P<h>{C}) час(?:а|ов)?\b", 0.0,
         {"wide": True, "context": "above12", "needs": "час"}),
        (rf"(?i)\b{_H} час(?:а|ов)?\b", 0.0, {"context": "above12"}),
    ),
}  # fmt: skip

MORNING, AFTERNOON, NIGHT = "morning", "afternoon", "night"
_HALVES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    # the words after a time (or, "before", before it) that tell which half of the day it is in
    "en": (
        (_spaced(r"(?i)^,? in the morning\b"), MORNING),
        (_spaced(r"(?i)^,? in the (?:afternoon|evening)\b"), AFTERNOON),
        (_spaced(r"(?i)^,? at night\b"), NIGHT),
    ),
    "de": (
        (
            _spaced(r"(?i)^,? (?:morgens|früh|vormittags|in der früh|am (?:morgen|vormittag))\b"),
            MORNING,
        ),
        (_spaced(r"(?i)^,? (?:mittags|nachmittags|abends|am (?:nachmittag|abend))\b"), AFTERNOON),
        (_spaced(r"(?i)^,? (?:nachts|in der nacht)\b"), NIGHT),
        (_spaced(r"(?i)\b(?:morgens|früh|vormittags) (?:um|gegen) $"), MORNING),
        (_spaced(r"(?i)\b(?:mittags|nachmittags|abends) (?:um|gegen) $"), AFTERNOON),
        (_spaced(r"(?i)\bnachts (?:um|gegen) $"), NIGHT),
    ),
    "ru": (
        (_spaced(r"(?i)^,? (?:утра|пополуночи)\b"), MORNING),
        (_spaced(r"(?i)^,? (?:дня|вечера|пополудни)\b"), AFTERNOON),
        (_spaced(r"(?i)^,? ночи\b"), NIGHT),
    ),
}
"""Read on the text's 30 characters after the time (``^``) or before it (``$``)."""


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day as printed: ``hour`` on a 12-hour dial (1-12.x, what a figure compares),
    ``day_hour`` on a 24-hour clock (0-23.x) when the text tells the half of the day ("2
    p.m.", "2 Uhr nachmittags", "в 2 часа дня", "14 Uhr", "14:00"), else None ("um 2 Uhr")."""

    hour: float
    day_hour: float | None
    start: int
    end: int
    printed: str = ""  # the time with the words that tell its half of the day


def read_times(text: str, language: str) -> list[tuple[float, int, int]]:
    """The times of day in ``text``: (hour on a 12-hour dial, start, end), in order.

    >>> [t[0] for t in read_times("It was half past five, soon a quarter to six.", "en")]
    [5.5, 5.75]
    >>> [t[0] for t in read_times("Es war halb sieben Uhr, dreiviertel sieben", "de")]
    [6.5, 6.75]
    >>> [t[0] for t in read_times("Было половина седьмого, без четверти семь.", "ru")]
    [6.5, 6.75]
    >>> [t[0] for t in read_times("at 14:30, at 2 p.m., um 14 Uhr", "en")]
    [2.5, 2.0]
    """
    return [(t.hour, t.start, t.end) for t in read_clock(text, language)]


@lru_cache(maxsize=4096)
def read_clock(text: str, language: str) -> tuple[ClockTime, ...]:
    """The times of day in ``text``, in order, each with its hour on a 24-hour clock where
    the text tells it (read once per text: the figures and the flags ask).

    >>> [t.day_hour for t in read_clock("um 2 Uhr nachmittags, um 14.30 Uhr, um 2 Uhr", "de")]
    [14.0, 14.5, None]
    >>> [t.day_hour for t in read_clock("в 2 часа ночи, в 11 часов ночи, в 6 часов вечера", "ru")]
    [2.0, 23.0, 18.0]
    >>> [t.day_hour for t in read_clock("at 12 p.m., at 12 a.m., at six in the evening", "en")]
    [12.0, 0.0, 18.0]
    """
    forms = _PATTERNS.get(language)
    if forms is None:
        return ()
    found: list[ClockTime] = []
    durations: list[tuple[int, int]] = []  # read, and no time ("24 часа"): no part is one
    for form in forms:
        if form.needs is not None and form.needs.search(text) is None:
            continue
        for m in form.pattern.finditer(text):
            start, end = m.span("t") if m.groupdict().get("t") else m.span()
            if any(
                a < end and start < b for a, b in [*((t.start, t.end) for t in found), *durations]
            ):
                continue
            value = _value(m, language, form)
            if value is None:
                continue
            half, (first, last) = _half(m, text, (start, end), language)
            if _duration(form, value, half is not None, m, text, start, language):
                durations.append((start, end))
                continue
            dial = (value - 1) % 12 + 1
            printed = " ".join(text[first:last].split())
            found.append(ClockTime(dial, _day_hour(value, half), start, end, printed))
    return tuple(sorted(found, key=lambda t: t.start))


def _value(m: re.Match[str], language: str, form: _Form) -> float | None:
    """The time ``m`` tells as printed (2.25 for "2 Uhr 15", 14.5 for "14:30"), or None when
    its hour or minutes read as none."""
    groups = m.groupdict()
    hour = _hour(m.group("h"), language, ordinal=form.ordinal, wide=form.wide)
    after, before = groups.get("m"), groups.get("mb")
    minutes = [clock_count(raw, language) for raw in (after, before) if raw]
    if hour is None or None in minutes:
        return None
    value = hour + form.shift - (0.5 if groups.get("half") else 0.0)
    if after:
        value += (minutes[0] or 0) / 60
    if before:
        value -= (minutes[-1] or 0) / 60
    return value


def _duration(
    form: _Form, value: float, half: bool, m: re.Match[str], text: str, start: int, language: str
) -> bool:
    """Whether a form that needs its context to be a time (:class:`_Form`) lacks it: no half
    of the day told, no unit word, no preposition of time."""
    needed = form.context == "always" or (form.context == "above12" and value >= 13)
    return needed and not half and not _in_context(m, text, start, language)


def _in_context(m: re.Match[str], text: str, start: int, language: str) -> bool:
    """Whether the words of ``m`` or before it make it a time: a unit word ("minutes", "Uhr")
    or a preposition of time just before it (:data:`_CONTEXT`)."""
    groups = m.groupdict()
    if groups.get("u") or groups.get("u2") or groups.get("t"):
        return True
    context = _CONTEXT.get(language)
    return bool(context and context.search(text, max(0, start - 12), start))


def _half(
    m: re.Match[str], text: str, span: tuple[int, int], language: str
) -> tuple[str | None, tuple[int, int]]:
    """Which half of the day the words around the time ``m`` (at ``span``) tell, or None,
    and the span of the time with those words."""
    groups, (start, end) = m.groupdict(), span
    if groups.get("am") or groups.get("pm"):
        return (MORNING if groups.get("am") else AFTERNOON), span
    unit = _UNIT_AFTER.match(text, end)  # "Viertel nach zwei Uhr nachmittags"
    skip = unit.end() - end if unit else 0
    after, before = text[end + skip : end + skip + 30], text[max(0, start - 30) : start]
    for pattern, half in _HALVES.get(language, ()):
        if pattern.pattern.endswith("$") and (said := pattern.search(before)):
            return half, (start - len(before) + said.start(), end)
        if not pattern.pattern.endswith("$") and (said := pattern.search(after)):
            return half, (start, end + skip + said.end())
    return None, span


_UNIT_AFTER = re.compile(r"(?i)\s+(?:uhr|o['’]?clock|час(?:а|ов)?)\b")
"""A unit word after a time the pattern left out: the half of the day is told after it."""


def _day_hour(value: float, half: str | None) -> float | None:
    """``value`` (as printed: 2, 14, 6.5) on a 24-hour clock, given the ``half`` of the day;
    without one, only a figure no 12-hour dial shows (13-23, 0) tells it."""
    if half is None:
        return value % 24 if value >= 13 or value < 1 else None
    if value >= 13:  # "14 Uhr nachmittags": the figure says it
        return value % 24
    if half == MORNING or (half == NIGHT and value % 12 < 6):  # "2 часа ночи" is 2:00
        return value % 12
    return value % 12 + 12  # "2 p.m.", "11 часов ночи": 14:00, 23:00


def other_day_hour(
    quote: str, quote_language: str, passage: str, language: str
) -> tuple[str, str] | None:
    """A time of ``quote`` whose hour the passage says on the same dial in the other half of
    the day, and never in the quote's ("2 a.m." / "2 Uhr nachmittags", "6 p.m." / "6 часов
    утра", "2 a.m." / "14 Uhr"): (the quote's, the passage's, as printed), or None. A time
    whose half one side leaves untold ("um 2 Uhr") is no other time.

    >>> other_day_hour("He came at 2 a.m.", "en", "Er kam um 2 Uhr nachmittags.", "de")
    ('2 a.m.', '2 Uhr nachmittags')
    >>> print(other_day_hour("He came at 2 p.m.", "en", "Он пришёл в 14:00.", "ru"))
    None
    """
    mine = _told(quote, quote_language)
    if not mine:  # the quote first: most tell no time of day
        return None
    theirs = _told(passage, language)
    for t, hour in mine:
        same_dial = [(o, h) for o, h in theirs if abs(o.hour - t.hour) < 1e-6]
        if same_dial and all(abs(h - hour) > 1e-6 for _, h in same_dial):
            return t.printed, same_dial[0][0].printed
    return None


def _told(text: str, language: str) -> list[tuple[ClockTime, float]]:
    """The times of ``text`` whose hour on a 24-hour clock it tells, with that hour."""
    clock = read_clock(text, base_language(language))
    return [(t, t.day_hour) for t in clock if t.day_hour is not None]


def _hour(word: str, language: str, *, ordinal: bool, wide: bool = False) -> int | None:
    """The hour ``word`` names as printed (1-12, or 0-24 in figures and, ``wide``, in words:
    "vierzehn Uhr", "в двадцать три часа"), or None."""
    if word.isdigit():
        return int(word) if 0 <= int(word) <= 24 and not ordinal else None
    named = (_ORDINALS if ordinal else _HOURS[language]).get(fold(word))
    if named is None and wide and not ordinal:
        count = clock_count(word, language)  # "двадцать три": its words apart
        return count if count is not None and count <= 24 else None
    return named


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

"""One unit of time said with an article: "for over a month", "über einen Monat", "больше
месяца" are one month, a figure (issue 10, walk99 F12).

"one" in words is no figure (:func:`.languages.figures_in`: an article or a pronoun far more
often than a count), and "a", "einen" and a Russian noun alone are no number words at all, so
"for over three months" against "über einen Monat" read as "the passage says no number; not
3", and its rendering "больше трёх месяцев" was not flagged. An article (or "one", "один")
before a month or a year, after a word that measures a span ("for", "over", "über", "nach",
"больше", "через"...), is a count of one; in Russian the unit alone after such a word ("больше
месяца", "через год") is, as it is the noun a number would govern. Only there: "once a
month" is a rate, "ein Mann" an article, "в этом месяце" a date.
"""

from __future__ import annotations

import re

_UNITS = {
    "en": r"(?:month|year)",
    "de": r"(?:Monat(?:s)?|Jahr(?:es)?)",
    "ru": r"(?:месяц(?:а)?|год(?:а)?)",
}
"""The units read: a month and a year are said in other units rarely ("a week" is as often
"seven days", "a fortnight" "zwei Wochen", "an hour" "sixty minutes": against those a count of
one would be a changed number)."""
_MEASURING = {
    "en": r"for|over|about|after|within|in|than|nearly|almost|only|just|barely|some|another",
    "de": r"über|für|nach|vor|seit|etwa|fast|knapp|beinahe|binnen|innerhalb|als|nur|noch|gut"
    r"|rund|ungefähr|mehr|weniger",
    "ru": r"больше|более|меньше|менее|около|почти|через|спустя|свыше|целый|целую|целых|целого"
    r"|в\s+течение|на\s+протяжении",
}
"""Words before a span of time that measure it ("for a month", "über einen Monat")."""
_ONE = {
    "en": r"(?:a|an|one)\s+",
    "de": r"(?:ein|eine|einen|einem|einer|eines)\s+",
    "ru": r"(?:(?:один|одну|одного|одной)\s+)?",
}
"""The article or "one" before the unit (Russian: none needed)."""
_HALF = r"(?!\s+(?:and\s+a\s+half|und\s+ein\s+halb|с\s+половиной))"
"""Not "a month and a half": 1.5."""
_PATTERNS = {
    lang: re.compile(rf"(?i)\b(?:{_MEASURING[lang]})\s+({_ONE[lang]}{_UNITS[lang]})\b{_HALF}")
    for lang in _UNITS
}


def one_unit_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where ``text`` says a span of time of one unit ("a month", "einen Monat", "месяца"):
    the figure 1, in words (:func:`.languages.figures_in`).

    >>> t = "He lay there for over a month, once a month, for a month and a half."
    >>> [t[a:b] for a, b in one_unit_spans(t, "en")]
    ['a month']
    >>> t = "Er lag über einen Monat im Lazarett, ein Mann."
    >>> [t[a:b] for a, b in one_unit_spans(t, "de")]
    ['einen Monat']
    >>> t = "Он пролежал больше месяца, в этом месяце и через год."
    >>> [t[a:b] for a, b in one_unit_spans(t, "ru")]
    ['месяца', 'год']
    """
    pattern = _PATTERNS.get(language.split("-")[0].lower())
    if pattern is None:
        return []
    return [m.span(1) for m in pattern.finditer(text)]

"""Another day, month, season or time of day in the claim's one's place (figures112).

"On Wednesday the city council approved the bridge" at "... approved the bridge on Tuesday"
came out ``reworded`` with "Wednesday/Tuesday" among the shared words: single-word vectors
place two weekdays as near as a word and itself, and in one language a pair of contraries was
kept (:mod:`.contrary` dropped it only across languages), and "Am Mittwoch" or "В среду" at the
English "on Tuesday" was merely a word without a counterpart. Two different members of one of
these closed sets (:data:`TIMES`, from :data:`.closedsets.KINDS`) are never a rendering of each
other: :func:`other_time` finds the quote's member that the passage says otherwise (another
member of its set there, its own nowhere), a ``date`` flag.
"""

from __future__ import annotations

from ..facts.rendering import rendered_dates
from ..normalize import WORD_RE
from .closedsets import kind_members

TIMES = frozenset({"weekdays", "months", "seasons", "times of day"})
"""The closed sets of time: another member in the claim's one's place changes when it was."""
_LOWER_WORDS = {"en": frozenset({"may", "march", "fall"})}
"""Members that lowercase are far more often another word: "may" (a verb), "march", "fall"
(not "spring": the season, lowercase, far more often than the verb); read only capitalized."""


def time_words(text: str, language: str) -> list[tuple[str, str, int]]:
    """The words of ``text`` that are members of a closed set of :data:`TIMES`: (word, set,
    member).

    >>> time_words("You may come on Tuesday, in May.", "en")
    [('Tuesday', 'weekdays', 1), ('May', 'months', 4)]
    >>> time_words("Он утратил всё утром.", "ru")
    [('утром', 'times of day', 0)]
    """
    lower = _LOWER_WORDS.get(language, frozenset())
    found = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if word in lower:
            continue
        found += [(word, kind, i) for kind, i in sorted(kind_members(word)) if kind in TIMES]
    return found


def other_time(
    quote: str, quote_language: str, passage: str, language: str
) -> tuple[str, str] | None:
    """A time word of ``quote`` that the passage does not say, and the passage's member of
    its set that the quote does not say ("in spring and autumn" / "im Sommer und im Herbst":
    "spring" and "Sommer"), or None.

    >>> other_time("On Wednesday the council met.", "en", "The council met on Tuesday.", "en")
    ('Wednesday', 'Tuesday')
    >>> other_time("В среду совет собрался.", "ru", "Der Rat tagte am Dienstag.", "de")
    ('среду', 'Dienstag')
    >>> print(other_time("Am Mittwoch tagte der Rat.", "de", "The council met on Wednesday.", "en"))
    None

    A month of a date the passage prints in the other calendar is the same day's:

    >>> print(other_time("On 6 July 1812 he came.", "en", "24 июня он приехал.", "ru"))
    None
    """
    quoted = time_words(quote, quote_language)  # the quote first: most say no such time
    if any(kind == "months" for _, kind, _ in quoted):  # "6 July 1812" / "24 июня": Old Style
        dated = [quote[s:e] for s, e in rendered_dates(quote, quote_language, passage, language)]
        quoted = [q for q in quoted if q[1] != "months" or not any(q[0] in d for d in dated)]
    if not quoted:
        return None
    theirs = time_words(passage, language)
    if not theirs:
        return None
    for word, kind, member in quoted:
        mine = {i for _, k, i in quoted if k == kind}
        there = [(w, i) for w, k, i in theirs if k == kind]
        other = next((w for w, i in there if i not in mine), None)
        if other is not None and member not in {i for _, i in there}:
            return word, other
    return None

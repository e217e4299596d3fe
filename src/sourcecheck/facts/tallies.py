"""Tallies: two numbers that are an ordered pair, a vote's "for" and "against" (figures112).

"The motion was carried by 21 votes to 9" and "carried by 9 votes to 21" state the same two
numbers, so a comparison of values alone (:mod:`.rendering`, :mod:`..matching.anchors`) found
them agreeing, and a reversed vote, a memoir's core fact (a Central Committee's "7 to 4"), came
out a true rendering. A tally is read here in English, German and Russian: "21 votes to 9",
"by a vote of 27 to 12", "21:9", "21 for, 9 against", "21 in favour and 9 against", "mit 21
gegen 9 Stimmen", "27 zu 12", "21 Ja-Stimmen und 9 Nein-Stimmen", "21 dafür, 9 dagegen",
"21 голосом против 9", "21 «за», 9 «против»", and labelled before the numbers as division
lists print them ("Ayes, 348; Noes, 225", "Dafür: 21, dagegen: 9"); a pair told against
first ("9 against, 21 for") is read in its order of "for" and "against". :func:`reversed_tally`
finds a tally of one side that the other states the other way round (and never the same way):
a changed fact.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import figures_in

_VOTES = r"(?:votes?|stimmen|голос\w*)"
_TO = re.compile(rf"\s*(?:{_VOTES}\s+)?(?:to|gegen|zu|против|:)\s*", re.IGNORECASE)
"""What stands between the two numbers of a tally: "21 votes to 9", "21 gegen 9", "21:9"."""
_VOTES_AFTER = re.compile(rf"\s*{_VOTES}(?!\w)", re.IGNORECASE)
"""The votes a tally counts, after it: "mit 21 gegen 9 Stimmen"."""
_FOR = r"(?:for|in\s+favou?r|ja-?\s*stimmen|jastimmen|dafür|[«\"„“]?за[»\"“”]?)"
_AGAINST = r"(?:against|nein-?\s*stimmen|neinstimmen|gegenstimmen|dagegen|[«\"„“]?против[»\"“”]?)"
_SEPARATOR = r"\s*(?:,|;|and|und|и|with|bei|при)?\s*"


def _side(first: str, second: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Between the numbers: votes, ``first``'s word, a separator; after the second: its word."""
    between = re.compile(rf"\s*(?:{_VOTES}\s+)?{first}{_SEPARATOR}", re.IGNORECASE)
    after = re.compile(rf"\s*(?:{_VOTES}\s+)?{second}(?!\w)", re.IGNORECASE)
    return between, after


_FOR_FIRST = _side(_FOR, _AGAINST)
_AGAINST_FIRST = _side(_AGAINST, _FOR)

_AYES = r"(?:ayes|yeas|contents|for|in\s+favou?r|ja|dafür|за)"
_NOES = r"(?:noes|nays|not[\s-]+contents|against|nein|dagegen|против)"
_LABEL_END = r"[\"»“”]?\s*[,:=–—-]?\s*"


def _labelled(first: str, second: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Labels before each number, as a division list prints them ("Ayes, 348; Noes, 225",
    "Dafür: 21, dagegen: 9", "За — 21, против — 9"): ``first``'s label right before the first
    number, ``second``'s between the two."""
    before = re.compile(rf"(?<!\w)[«\"„“]?{first}{_LABEL_END}$", re.IGNORECASE)
    between = re.compile(
        rf"\s*[,;.]?\s*(?:and\s+|und\s+|и\s+)?[«\"„“]?{second}{_LABEL_END}", re.IGNORECASE
    )
    return before, between


_AYES_FIRST = _labelled(_AYES, _NOES)
_NOES_FIRST = _labelled(_NOES, _AYES)


@dataclass(frozen=True, slots=True)
class Tally:
    """An ordered pair of numbers (``first``: for, ``second``: against) as printed."""

    first: float
    second: float
    text: str
    start: int = 0  # where its words begin and end, labels and "votes" included
    end: int = 0

    def __str__(self) -> str:
        return f"{self.first:g} to {self.second:g}"


@lru_cache(maxsize=4096)
def read_tallies(text: str, language: str) -> tuple[Tally, ...]:
    """The tallies ``text`` states, in its order of "for" and "against".

    >>> [str(t) for t in read_tallies("It was carried by 21 votes to 9, with 4 abstentions.", "en")]
    ['21 to 9']
    >>> [str(t) for t in read_tallies("9 against, 21 for; mit 5 gegen 3 Stimmen", "de")]
    ['21 to 9', '5 to 3']
    >>> [str(t) for t in read_tallies("принято 21 голосом против 9", "ru")]
    ['21 to 9']
    >>> [str(t) for t in read_tallies("The House divided: Ayes, 348; Noes, 225.", "en")]
    ['348 to 225']
    >>> [str(t) for t in read_tallies("Dagegen: 9, dafür: 21. За — 5, против — 3", "de")]
    ['21 to 9', '5 to 3']
    >>> read_tallies("in 1917 and 1918", "en")
    ()
    """
    numbers = figures_in(text, language)
    found: list[Tally] = []
    for one, two in itertools.pairwise(numbers):
        gap, printed = text[one.end : two.start], text[one.start : two.end]
        label = text[max(0, one.start - 24) : one.start]
        start, end = one.start, two.end
        if (said := _AYES_FIRST[0].search(label)) and _AYES_FIRST[1].fullmatch(gap):
            pair = (one.value, two.value)
            start -= len(label) - said.start()
        elif (said := _NOES_FIRST[0].search(label)) and _NOES_FIRST[1].fullmatch(gap):
            pair = (two.value, one.value)
            start -= len(label) - said.start()
        elif _FOR_FIRST[0].fullmatch(gap) and (after := _FOR_FIRST[1].match(text, two.end)):
            pair, end = (one.value, two.value), after.end()
        elif _AGAINST_FIRST[0].fullmatch(gap) and (after := _AGAINST_FIRST[1].match(text, end)):
            pair, end = (two.value, one.value), after.end()
        elif _TO.fullmatch(gap):
            pair = (one.value, two.value)
            end = votes.end() if (votes := _VOTES_AFTER.match(text, end)) else end
        else:
            continue
        found.append(Tally(*pair, printed, start, end))
    return tuple(found)  # read once per text: the reversed tally and the vote's share ask


def reversed_tally(
    quote: str, quote_language: str, passage: str, language: str
) -> tuple[Tally, Tally] | None:
    """A tally of ``quote`` that ``passage`` states with its two numbers exchanged and never
    in the quote's order (the quote's, the passage's), or None.

    >>> q = "The motion was carried by 21 votes to 9."
    >>> p = "Der Antrag wurde mit 9 gegen 21 Stimmen angenommen."
    >>> [str(t) for t in reversed_tally(q, "en", p, "de")]
    ['21 to 9', '9 to 21']
    >>> print(reversed_tally(q, "en", "Предложение принято 21 голосом против 9.", "ru"))
    None
    """
    theirs = read_tallies(passage, language)
    if not theirs:
        return None
    for mine in read_tallies(quote, quote_language):
        if mine.first == mine.second:
            continue
        if any((t.first, t.second) == (mine.first, mine.second) for t in theirs):
            continue
        other = next((t for t in theirs if (t.second, t.first) == (mine.first, mine.second)), None)
        if other is not None:
            return mine, other
    return None


def rendered_tallies(
    quote: str, quote_language: str, passage: str, language: str
) -> list[tuple[int, int]]:
    """Where ``quote`` states a tally whose two numbers ``passage`` states as a tally too, in
    either order: its words ("mit 348 gegen 225 Stimmen", "348 голосами против 225") are
    rendered by the passage's ("Ayes, 348; Noes, 225"), however it words the vote, and a
    tally told the other way round is flagged (:func:`reversed_tally`), not rejected.

    >>> q = "Das Haus stimmte mit 348 gegen 225 Stimmen zu."
    >>> [q[s:e] for s, e in rendered_tallies(q, "de", "Ayes, 225; Noes, 348.", "en")]
    ['348 gegen 225 Stimmen']
    >>> rendered_tallies(q, "de", "Ayes, 348; Noes, 224.", "en")
    []
    """
    mine = read_tallies(quote, quote_language)  # the quote first: most state no tally
    if not mine:
        return []
    theirs = {frozenset((t.first, t.second)) for t in read_tallies(passage, language)}
    return [(t.start, t.end) for t in mine if frozenset((t.first, t.second)) in theirs]

"""A word one side says more often than the other says it: the occurrences left over, each
read on its own.

The alignment pairs a quote's content word once (:func:`.wordpairs.content_positions` keeps
its first occurrence), and the opposite readers leave out every word it pairs, by its
spelling. A word said twice on one side and once on the other then hides its second
occurrence: "Поместить опции ... в конце командной строки ... (по-умолчанию опции должны
быть помещены в начале)" against "Place the options ... at the beginning of the command line
... (the default is to place options at the beginning)" paired "начале" with the first
"beginning", and "конце" was never read against the "beginning" in its own place (walk111
ch-opp-04: ``reworded`` with no flag).

Here each occurrence is paired separately: the fewer side's occurrences are matched, in
order, with the other side's occurrences nearest their place in their text (a share of its
length); the occurrences left over are words no word of the other side renders, and the
opposite readers (:mod:`.antonyms` in one language, :mod:`.crossantonyms` across languages)
read them only against a word standing at about the same place (:data:`PLACE`): a repeated
word is the other side's only where it stands.
"""

from __future__ import annotations

import re

from .stems import content_stems
from .wordpairs import Alignment

PLACE = 0.25
"""How far apart (a share of their texts' lengths) a left-over occurrence and a word of the
other side may stand to be read against each other (as :data:`.crossantonyms.PLACE`)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word, a hyphenated word's parts each on its own: "woman-like" says "woman" once more
(prince-free-32: "fortune is a woman ... woman-like" renders "fortune is a woman ... like a
woman", whose second "woman" was left over and read against "young men")."""

Words = list[tuple[int, str]]


def occurrences(text: str, language: str, word: str) -> Words:
    """(offset, word) of each word of ``text`` with the content stem of ``word``.

    >>> occurrences("The default is to place options at the beginning; begin there.", "en",
    ...             "beginning")
    [(39, 'beginning'), (50, 'begin')]
    """
    stem = content_stems([word], language)
    if not stem:
        return []
    return [
        (m.start(), m.group())
        for m in _WORD.finditer(text)
        if content_stems([m.group()], language) == stem
    ]


def left_over(mine: Words, mine_length: int, theirs: Words, theirs_length: int) -> Words:
    """Of ``theirs`` (one word's occurrences in a text of ``theirs_length`` characters), those
    left when each of ``mine`` (its counterpart's, in a text of ``mine_length``) takes the one
    nearest its place; none when ``mine`` is as many or more.

    >>> left_over([(181, "начале")], 190, [(68, "beginning"), (199, "beginning")], 212)
    [(68, 'beginning')]
    """
    if not mine or len(theirs) <= len(mine):
        return []
    free = list(theirs)
    for at, _ in mine:
        place = at / max(mine_length, 1)
        nearest = min(free, key=lambda o: abs(o[0] / max(theirs_length, 1) - place))
        free.remove(nearest)
    return free


def same_place(at: int, length: int, there: int, other_length: int) -> bool:
    """Whether two words stand at about the same place of their texts (:data:`PLACE`)."""
    return abs(at / max(length, 1) - there / max(other_length, 1)) <= PLACE


def left_by_stem(quote: str, passage: str, language: str) -> tuple[Words, Words]:
    """In one language, the occurrences of each stem said on both sides that one side says
    more often than the other: (the quote's, the passage's) left over.

    >>> left_by_stem("Put them at the end; by default at the beginning.",
    ...              "Put them at the beginning; by default at the beginning.", "en")
    ([], [(16, 'beginning')])
    """
    mine = _by_stem(quote, language)
    theirs = _by_stem(passage, language)
    spare: tuple[Words, Words] = ([], [])
    for stem in mine.keys() & theirs.keys():
        spare[0].extend(left_over(theirs[stem], len(passage), mine[stem], len(quote)))
        spare[1].extend(left_over(mine[stem], len(quote), theirs[stem], len(passage)))
    return sorted(spare[0]), sorted(spare[1])


def left_by_pairs(
    alignment: Alignment, quote: str, quote_language: str, passage: str, passage_language: str
) -> tuple[Words, Words]:
    """Across languages, the occurrences of each paired word that one side says more often
    than the other says its counterpart: (the quote's, the passage's) left over."""
    spare: tuple[Words, Words] = ([], [])
    for pair in alignment.pairs:
        mine = occurrences(quote, quote_language, pair.quote)
        theirs = occurrences(passage, passage_language, pair.passage)
        spare[0].extend(left_over(theirs, len(passage), mine, len(quote)))
        spare[1].extend(left_over(mine, len(quote), theirs, len(passage)))
    return sorted(set(spare[0])), sorted(set(spare[1]))


def _by_stem(text: str, language: str) -> dict[str, Words]:
    found: dict[str, Words] = {}
    for m in _WORD.finditer(text):
        stem = content_stems([m.group()], language)
        if stem:
            found.setdefault(stem[0], []).append((m.start(), m.group()))
    return found

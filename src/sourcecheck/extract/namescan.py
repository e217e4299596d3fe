"""The names a stretch of narration prints, for resolving "he" and "she": every match of
:data:`~sourcecheck.extract.people.NAME_RE`, except that a capitalized word opening a sentence
that is no name is left out of the name it runs into ("When Mrs. Bennet was told", "But Emma
smiled": Mrs. Bennet, Emma; the pattern alone reads "When Mrs" and "Bennet", "But Emma", names
of nobody, and the pronoun after them then went to someone named earlier).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .attribution import STOP_CAPS
from .people import NAME_RE, People

_NEXT_WORD = re.compile(r"\S+\s+")


def names_in(text: str, start: int, end: int, people: People) -> Iterator[re.Match[str]]:
    """The name matches of ``text[start:end]`` in order, a match the people of the text do
    not know and that opens with a word no name begins with read from its next word.

    >>> from sourcecheck.extract.people import people_of
    >>> t = "Mrs. Bennet sat. Jane came. When Mrs. Bennet was told, she wept. But Jane smiled."
    >>> [m.group() for m in names_in(t, 0, len(t), people_of(t))]
    ['Mrs. Bennet', 'Jane', 'Mrs. Bennet', 'Jane']
    """
    at = start
    while (m := NAME_RE.search(text, at, end)) is not None:
        at = m.end()
        first = m.group().split()[0]
        if first in STOP_CAPS and people.resolve(m.group()) is None:
            skip = _NEXT_WORD.match(text, m.start(), end)
            inner = NAME_RE.match(text, skip.end(), end) if skip is not None else None
            if inner is not None and skip is not None and skip.end() < m.end():
                m, at = inner, inner.end()
        yield m

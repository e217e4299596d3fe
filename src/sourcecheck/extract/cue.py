"""What the sieves of attribution read and give: the tokens beside a quotation and the
:class:`Cue` (a verb of saying and who it says spoke) found among them
(:mod:`~sourcecheck.extract.sieves`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import TITLES
from .people import TITLE_WORDS

_TOKEN = re.compile(
    r"(?P<title>(?:" + "|".join(sorted(TITLE_WORDS | TITLES, key=len, reverse=True)) + r")\.?)"
    r"(?=\s+[A-ZА-ЯЁ])|(?P<w>[^\W\d_]+(?:[’'\-][^\W\d_]+)*)|(?P<p>[^\w\s])"
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A speaker named next to a quotation: ``words`` at ``[start, end)``, of ``kind`` name,
    pronoun, first (I/we) or description, by the verb ``verb`` of the clause ``clause``."""

    words: str
    kind: str
    start: int
    end: int
    verb: str
    clause: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Token:
    """A word, a title ("Mr.") or a punctuation mark of the words beside a quotation."""

    text: str
    start: int
    end: int
    kind: str  # title | w | p


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words, titles and punctuation of ``text[start:end]``."""
    return [
        Token(m.group(), m.start(), m.end(), m.lastgroup or "p")
        for m in _TOKEN.finditer(text, start, end)
    ]

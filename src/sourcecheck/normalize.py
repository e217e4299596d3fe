"""Normalization with an offset map back to the original: words and their spans.

Matching compares *folded words*: a text is split into word tokens, each remembered with its
``(start, end)`` offsets in the exact original string, and each folded for comparison:

- Unicode compatibility decomposition (the ligature "ﬁ" becomes "fi"), diacritics dropped
  ("Kühlmann" ~ "Kuhlmann"), case folded;
- apostrophes and hyphens inside a word dropped, so "shouldn’t" ~ "shouldn't" ~ "shouldnt"
  and "dung-heap" ~ "dungheap";
- a word hyphenated across a line break ("Bol-\\nsheviks") is one token, "bolsheviks";
- combining marks stay with their letter, so an NFD quote of an NFC text (or the reverse)
  folds to the same words ("ё" and "е" fold together, as all diacritics do);
- a number written with separators is one token: "30,000" (its value is read by
  :mod:`sourcecheck.facts.numbers`, which knows that "30.000" is 30000 in German);
- everything else (punctuation, quotation marks, dashes, whitespace, line breaks) only
  separates words.

Because every token keeps its original span, any stretch of matched tokens maps back to an
exact slice of the stored text, whatever normalization did.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Combining marks (a decomposed "й" is "и" + U+0306) belong to the word they follow: a quote
# and a text compare the same whether either is NFC or NFD.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTER = rf"(?:[^\W_]|[{_MARKS}])"
# Inside a word: an apostrophe, a hyphen (which may end a line); between digits, a comma, a
# dot or a no-break or thin space, so that "30,000", "1.5" and "30 000" are one number.
_JOINER = r"(?:['’ʼ]|[-‐‑\u00ad](?:[ \t]*\r?\n[ \t]*)?|(?<=\d)[.,\u00a0\u202f\u2009](?=\d))"
WORD_RE = re.compile(rf"[^\W_]{_LETTER}*(?:{_JOINER}{_LETTER}+)*")
_JOINERS = re.compile(r"['’ʼ\-‐‑\u00ad\s]")


@lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """The comparison form of one word token.

    >>> fold("Kühlmann"), fold("shouldn’t"), fold("Bol-\\nsheviks"), fold("ﬁrst")
    ('kuhlmann', 'shouldnt', 'bolsheviks', 'first')
    """
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _JOINERS.sub("", stripped).casefold()


@dataclass(frozen=True, slots=True)
class Tokens:
    """Folded words of a text with their spans in the original string."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets covering tokens ``first..last`` inclusive."""
        return self.starts[first], self.ends[last]


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Folded word tokens of ``text[start:end]``, with offsets into ``text``.

    >>> t = tokenize("“Trotski  declines—to sign.”")
    >>> t.words, t.span(0, 1)
    (('trotski', 'declines', 'to', 'sign'), (1, 18))
    """
    words, starts, ends = [], [], []
    for m in WORD_RE.finditer(text, start, len(text) if end is None else end):
        folded = fold(m.group())
        if folded:
            words.append(folded)
            starts.append(m.start())
            ends.append(m.end())
    return Tokens(tuple(words), tuple(starts), tuple(ends))


def normalize(text: str) -> str:
    """The folded words of ``text`` joined by single spaces (idempotent).

    >>> normalize("“War is over,” but there is no peace…")
    'war is over but there is no peace'
    """
    return " ".join(tokenize(text).words)


YO_FOLDS = str.maketrans({"ё": "е", "Ё": "Е"})
"""Russian prints "ё" as "е" more often than not: full-text search folds them together (its
index through the same replacement in SQL, migration m008; the words searched for here)."""


def search_form(text: str) -> str:
    """``text`` as the full-text index holds it: NFC, with "ё" read as "е".

    >>> search_form("ещё Ёлка")
    'еще Елка'
    """
    return unicodedata.normalize("NFC", text).translate(YO_FOLDS)

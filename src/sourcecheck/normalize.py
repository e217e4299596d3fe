"""Normalization with an offset map back to the original: words and their spans.

Matching compares *folded words*: a text is split into word tokens, each remembered with its
``(start, end)`` offsets in the exact original string, and each folded for comparison:

- Unicode compatibility decomposition (the ligature "ﬁ" becomes "fi"), diacritics dropped
  ("Kühlmann" ~ "Kuhlmann"), case folded;
- apostrophes and hyphens inside a word dropped, so "shouldn’t" ~ "shouldn't" ~ "shouldnt"
  and "dung-heap" ~ "dungheap";
- a word hyphenated across a line break ("Bol-\\nsheviks") is one token, "bolsheviks";
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

# A word: letters/digits, joined by apostrophes or hyphens (a hyphen may end a line).
WORD_RE = re.compile(r"[^\W_]+(?:(?:['’ʼ]|[-‐‑\u00ad](?:[ \t]*\r?\n[ \t]*)?)[^\W_]+)*")
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

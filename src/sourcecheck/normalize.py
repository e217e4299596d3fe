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

import numpy as np
from anyascii import anyascii  # transliteration of any script, for keys and ids

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


@dataclass(frozen=True, slots=True)
class WordSpans:
    """Every word token of a whole text (the matches of :data:`WORD_RE`, in order, including
    any that fold to nothing) with what each folds to: a window's tokens are then a slice
    instead of a scan with the regular expression (see :func:`tokenize`)."""

    starts: np.ndarray  # uint32 (int64 for texts over 4 GB), ascending
    ends: np.ndarray  # the same
    words: np.ndarray  # int32: each token's number in ``folds``
    folds: np.ndarray  # object: the distinct folded words
    empty: int  # the number of "" in ``folds`` (-1: no token folds to nothing)


def tokenize(
    text: str, start: int = 0, end: int | None = None, *, spans: WordSpans | None = None
) -> Tokens:
    """Folded word tokens of ``text[start:end]``, with offsets into ``text``.

    With the ``spans`` of the whole text, the tokens are taken from them, the same as a scan
    of the window, unless a token of the whole text crosses an edge of the window (there the
    scan, which sees only the window, is kept).

    >>> t = tokenize("“Trotski  declines—to sign.”")
    >>> t.words, t.span(0, 1)
    (('trotski', 'declines', 'to', 'sign'), (1, 18))
    """
    end = len(text) if end is None else end
    inside = _inside(spans, start, end) if spans is not None else None
    if spans is not None and inside is not None:
        return _sliced(spans, *inside)
    words, starts, ends = [], [], []
    for m in WORD_RE.finditer(text, start, end):
        folded = fold(m.group())
        if folded:
            words.append(folded)
            starts.append(m.start())
            ends.append(m.end())
    return Tokens(tuple(words), tuple(starts), tuple(ends))


def _sliced(spans: WordSpans, first: int, last: int) -> Tokens:
    """The tokens ``first..last - 1`` of the text, from its spans."""
    numbers = spans.words[first:last]
    starts, ends = spans.starts[first:last], spans.ends[first:last]
    if spans.empty >= 0:
        keep = numbers != spans.empty
        numbers, starts, ends = numbers[keep], starts[keep], ends[keep]
    words = spans.folds[numbers].tolist()
    return Tokens(tuple(words), tuple(starts.tolist()), tuple(ends.tolist()))


def _inside(spans: WordSpans, start: int, end: int) -> tuple[int, int] | None:
    """The tokens wholly inside ``start..end``, or None when one crosses an edge."""
    as_spans = spans.starts.dtype.type  # a Python int would make numpy convert the array
    first = int(np.searchsorted(spans.starts, as_spans(start)))
    last = int(np.searchsorted(spans.ends, as_spans(end), side="right"))
    if first > 0 and spans.ends[first - 1] > start:
        return None
    if last < len(spans.starts) and spans.starts[last] < end:
        return None
    return first, max(first, last)


def latin(text: str) -> str:
    """``text`` in Latin letters (Cyrillic and Greek transliterated, accents kept for
    :func:`fold`): the one transliteration of ids and name keys.

    >>> latin("Ленин сказал"), latin("Троцкий")
    ('Lenin skazal', 'Trotskiy')
    """
    return anyascii(text)


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

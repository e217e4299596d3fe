"""Whether a text prints a word between two spaces (as ``f" {word} " in text``), read once
per text: "is this capitalised word printed in lower case anywhere in the source?" was a
search of the whole text per word, a millisecond or more in a book of 3.4 MB, for several
words of every claim (:mod:`.pairednames`, :mod:`.leadin`)."""

from __future__ import annotations

from functools import lru_cache

LONG_TEXT = 20_000
"""Characters from which a text's words between spaces are read once and kept; a shorter
text (a passage, a test's) is searched as it is."""


def between_spaces(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` with a space each side: ``f" {word} " in text``.

    >>> between_spaces("now", "Now they said now and then."), between_spaces("Now", "Now they")
    (True, False)
    """
    if len(text) < LONG_TEXT or " " in word:
        return f" {word} " in text
    return word in _spaced(text)


@lru_cache(maxsize=4)
def _spaced(text: str) -> frozenset[str]:
    """The pieces of ``text`` between two spaces: a space each side of a piece is its
    neighbours' split (the first piece has none before it, the last none after it), so
    " w " is in the text exactly when a word without a space is one of them."""
    return frozenset(text.split(" ")[1:-1])

"""Adjectives of nations that English capitalizes ("the German delegates"): no one's name.

English writes a nation's adjective with a capital, where German, Russian and French do not
("die deutschen Delegierten", "русские делегаты", "les délégués allemands"). Read as a name,
"German" was a name of the quote that a German or Russian passage lacks, and evidence showed
"names: German". Such a word is recognised by its place and its shape: after a determiner
("the", "a", "their"...), before a lower-case word (the noun it qualifies), and with an
adjective-of-nation ending (German, Russian, Austrian; Turkish, Polish; Japanese; French,
Dutch; Baltic). A name in that place ("the Samsa family", "the Brest negotiations") has no
such ending; a people in the plural ("the Germans") is a noun and stays as it was read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DETERMINERS = frozenset(
    """the a an this that these those his her its their our your my no every each some any
    all both many several other""".split()
)
_ENDING = re.compile(r"[^\W\d_]{2,}(?:an|ish|ese|nch|tch|ech|ic)")
"""The endings of English adjectives of nations: German, Russian; British; Chinese; French,
Dutch, Czech (not "Church"); Baltic (a word of at least four letters)."""


def demonyms(words: Sequence[tuple[str, int]], language: str) -> set[int]:
    """Where the English adjectives of nations of ``words`` ((word, start), in order) start.

    >>> w = [(m.group(), m.start()) for m in re.finditer(r"\\w+", "The German delegates met "
    ...      "Herr Kühlmann and the Samsa family; the Germans left with their French allies.")]
    >>> sorted(word for word, at in w if at in demonyms(w, "en"))
    ['French', 'German']
    """
    if language != "en":
        return set()
    return {
        at
        for (before, _), (word, at), (after, _) in zip(words, words[1:], words[2:], strict=False)
        if before.casefold() in _DETERMINERS
        and word[:1].isupper()
        and after[:1].islower()
        and _ENDING.fullmatch(word)
    }

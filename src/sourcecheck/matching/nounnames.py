"""A quote's "names" that its counterparts show to be common nouns.

German capitalises every noun, so a German quote's capitalised word that no article or
adjective precedes is read as a name ("Es gab keine einzelne Ursache", "in die Lunge"). Across
languages its counterpart tells: a name keeps its capital in English and Russian
("Napoleon" / "Наполеон"), a common noun is rendered by a lower-case word ("Ursache" /
"cause"). Such a pair is a common word's counterpart, not a name's: the decision rules that
count names ("only 1 name and words paired under 0.70", :mod:`.verdict`) counted a German
noun as one and rejected a rendering of the whole book's sentence on it.
"""

from __future__ import annotations

from collections.abc import Collection

from .wordpairs import Alignment, WordPair


def named_pairs(alignment: Alignment, names: Collection[str]) -> list[WordPair]:
    """The counterparts whose quote word is one of ``names`` and whose passage word is not
    written in lower case (a name's rendering, not a common noun's).

    >>> from sourcecheck.matching.wordpairs import Alignment, WordPair
    >>> a = Alignment(3, (WordPair("Ursache", 0, "cause", 0, 0.8),
    ...                   WordPair("Napoleon", 9, "Наполеон", 9, 1.0)))
    >>> [p.quote for p in named_pairs(a, ("Ursache", "Napoleon"))]
    ['Napoleon']
    """
    return [p for p in alignment.pairs if p.quote in names and not p.passage[:1].islower()]

"""How much a passage's word pairs say that it renders the quote: each pair weighed by its
strength and by how rare its word is in the text.

A count of counterparts treats every pair alike, while a pair is evidence by how sure it is
and how specific its word is: a manual says "ключевое слово", "Dateien", "Paket" on every
page, and a vector's pair of two different words under :data:`~.verdict.STRONG_PAIR`
("escape" / "избежать" 0.62, "name" / "слово" 0.69) is a distant sense or a chance. Two
passages of one text that say nearly the same (apropos(1) and whatis(1) describe their
``-w``/``-r`` options in one sentence each) share most of the quote's words; the words only
one of them renders decide, each by its rarity: "name" / "название" and "contain" /
"содержаться" at apropos's sentence outweigh "interpreting" / "интерпретации" with two weak
pairs at whatis's (walkthrough walk113, xc-en-ru-02).

A pair's weight is its passage word's inverse unit frequency in the text (:meth:`.TextUnits.idf`,
the largest of its stems'), times 1 for a pair at :data:`~.verdict.STRONG_PAIR` or more (the
same stem, a cognate, a dictionary's translation, a near vector) and :data:`WEAK_SHARE` under
it or :func:`distant` (the word vectors' guess against the dictionaries'). Counted so, the two
weak pairs and the rare "интерпретации" weigh 5.3 at whatis's sentence, "название" and
"содержаться" 6.7 at apropos's (their other pairs alike); with weak pairs at half their word's
weight whatis's would win (9.4).
"""

from __future__ import annotations

from . import bilingual
from .stems import content_stems
from .vectors import TextUnits
from .verdict import STRONG_PAIR
from .wordpairs import Alignment, WordPair

WEAK_SHARE = 0.0
"""The share of its word's weight a pair under :data:`~.verdict.STRONG_PAIR` counts: none. A
weak pair may be the word's rendering in other words, or a chance neighbour of the topic
(word vectors put many words of a topic near 0.6): it tells no passage from its like."""


def known(word: str, language: str, other: str) -> bool:
    """Whether a dictionary from ``language`` into ``other`` knows ``word`` (Russian: the
    English-Russian dictionary read backwards, :mod:`.bilingual`)."""
    if language == "ru":
        return bool(bilingual.translated_words(word, "ru", other))
    return bilingual.listed(word, language, other)


def distant(pair: WordPair, languages: tuple[str, str]) -> bool:
    """Whether a pair across languages joins two words the dictionaries both know, neither
    giving the other as a translation ("granted" / "unerheblich", "name" / "слово"): a word a
    dictionary lacks is not judged. Not a rule of acceptance: true renderings pair so too
    ("transformed" / "verwandelt" at 0.7 and more), only the weight of a pair among like
    passages.

    >>> distant(WordPair("granted", 0, "unerheblich", 0, 0.72), ("en", "de")) or not (
    ...     bilingual.available())
    True
    >>> distant(WordPair("court", 0, "Gericht", 0, 0.74), ("en", "de"))
    False
    """
    mine, theirs = languages
    if mine == theirs or not bilingual.available():
        return False
    if not (known(pair.quote, mine, theirs) and known(pair.passage, theirs, mine)):
        return False
    return not bilingual.translate_each_other(pair.quote, mine, pair.passage, theirs)


def pair_weight(
    pair: WordPair, units: TextUnits, languages: tuple[str, str] | None = None
) -> float:
    """The weight of one pair (see the module): its passage word's rarity in the text
    ``units``, times its strength; ``languages`` (the quote's and the text's): a
    :func:`distant` pair is weak.

    >>> import numpy as np
    >>> units = TextUnits("en", np.zeros((4, 2)), np.ones(4), [frozenset()] * 4,
    ...                   {"file": np.arange(4), "wildcard": np.array([2])})
    >>> round(pair_weight(WordPair("files", 0, "files", 0, 1.0), units), 2)
    0.0
    >>> round(pair_weight(WordPair("wildcards", 0, "wildcards", 0, 1.0), units), 2)
    0.92
    >>> round(pair_weight(WordPair("jokers", 0, "wildcards", 0, 0.62), units), 2)
    0.0
    """
    stems = content_stems([pair.passage], units.language)
    rarity = max((units.idf(s) for s in stems), default=0.0)
    weak = pair.similarity < STRONG_PAIR or (languages is not None and distant(pair, languages))
    return rarity * (WEAK_SHARE if weak else 1.0)


def evidence_weight(
    alignment: Alignment, units: TextUnits, languages: tuple[str, str] | None = None
) -> float:
    """The summed weight of ``alignment``'s pairs in the text ``units`` (see the module)."""
    return sum(pair_weight(p, units, languages) for p in alignment.pairs)

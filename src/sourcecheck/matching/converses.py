"""A comparison told from the other side: "the path by the river is shorter than the northern
road" says what "the northern road is longer than the river path" says (issue 10).

WordNet's antonyms are read for comparatives and superlatives too (:mod:`.antonyms`: "shorter"
/ "longer", "schwerer" / "lighter" across languages, :mod:`.crossantonyms`): "Its measure is
shorter than the earth" where the source says "longer than the earth" is an opposite. But a
comparison whose terms are exchanged, its comparative turned into its antonym, is the same
fact told from the other term (a *converse*): no opposite, and no comparison reversed either
(:func:`.comparisons.reversed_comparison`, which reads a comparison by its direction word and
took an antonym for the same direction). The terms are read as the comparison check reads them
(:func:`.comparisons.comparisons`), and matched by the words themselves in one language, by the
alignment's pairs across languages.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..normalize import fold
from .comparisons import Comparison, comparisons, terms_exchanged
from .wordpairs import Alignment


def converse(
    quote: str,
    quote_language: str,
    word: str,
    passage: str,
    passage_language: str,
    other: str,
    alignment: Alignment | None = None,
) -> bool:
    """Whether the comparison headed by ``word`` in ``quote`` and the one headed by ``other``
    in ``passage`` have their terms exchanged (the quote's first term the passage's second and
    its second the passage's first); False when either word heads no comparison with a
    second term. ``alignment``: the two's word pairs, across languages.

    >>> converse("The path is shorter than the road.", "en", "shorter",
    ...          "The road is longer than the path.", "en", "longer")
    True
    >>> converse("The road is shorter than the path.", "en", "shorter",
    ...          "The road is longer than the path.", "en", "longer")
    False
    """
    mine = _headed(comparisons(quote, quote_language), word)
    theirs = _headed(comparisons(passage, passage_language), other)
    if mine is None or theirs is None:
        return False
    return terms_exchanged(mine, theirs, _counterparts(mine, alignment))


def _headed(found: list[Comparison], word: str) -> Comparison | None:
    key = fold(word)
    return next((c for c in found if key in c.heads), None)


def _counterparts(mine: Comparison, alignment: Alignment | None) -> Mapping[str, frozenset[str]]:
    """Each folded word of the quote's terms -> the passage's words rendering it: itself,
    and its alignment pairs."""
    table: dict[str, set[str]] = {w: {w} for w in mine.first | mine.second}
    for pair in alignment.pairs if alignment is not None else ():
        table.setdefault(fold(pair.quote), set()).add(fold(pair.passage))
    return {k: frozenset(v) for k, v in table.items()}


def opposed_heads(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether two compared words are antonyms (WordNet's, through a dictionary across
    languages): "shorter" / "longer", "leichter" / "heavier"."""
    from .antonyms import opposites  # (they read this module)
    from .crossantonyms import opposed

    if language == other_language:
        return language == "en" and opposites(word, other)
    if "en" not in (language, other_language):
        return False
    if language == "en":
        return opposed(word, other, other_language)
    return opposed(other, word, language)

"""Whether a passage says the quote's words in the quote's order: word salad is no rewording.

"The man bit the dog" has every word of "the dog bit the man" and says the other thing; a
sentence made of one sentence's own words in shuffled order was ``reworded`` there (its
sentence vector is nearly the source's, and every content word has a counterpart). A
rewording in the same language that keeps the passage's words moves *phrases* (a clause put
first, a fronted adverbial, a passive): the words inside each phrase keep their neighbours,
"the people", "to have been", "of the two". Shuffled words do not. So a quote made of the
passage's own words (most of them, :data:`SAME_WORDS`, every word counted, the small ones
too) that has hardly any of its pairs of neighbouring words (:data:`MIN_PAIRS`) is word
salad. A quote in other words is not judged so: its pairs are other pairs because its words
are other words.

The order of the content words alone was tried and dropped: real rewordings swap neighbours
as often as they move clauses ("happy to-day and ruined to-morrow" / "to-day fortunate and
to-morrow ruined"), and of their neighbouring counterparts as few stay neighbours in order as
of a shuffled sentence's (prince-44, frame-6, frame-9 were rejected with it; bench/RESULTS.md).

Same language only: across languages the order of words is the grammar's (a German verb
last), not the writer's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from .vectors import raw_words

SAME_WORDS = 0.8
"""The share of the quote's words (every word, folded, each as often as the passage has it)
the passage has, from which the quote is made of the passage's own words."""
MIN_PAIRS = 0.35
"""...and the least share of its pairs of neighbouring words the passage must have too. On
the labelled set (bench/data/meaning.yaml, the same-language cases at their passage): the
scrambled sentences keep at most 0.29 of their pairs; the true renderings with 0.8 of the
passage's words or more keep 0.42 or more (para-16, "To win a few towns in Lombardy, the
Venetians had made the French king master of two thirds of Italy.")."""
TOKENS = 8
"""Words below which a quote is not judged by its word pairs (a short quotation has its own
rule: every content word)."""


@dataclass(frozen=True, slots=True)
class WordOrder:
    """How much of the quote's wording a passage has: the share of its ``words`` there, and
    the share of its pairs of neighbouring words (0-1)."""

    same_words: float
    pairs: float
    words: int

    @property
    def scrambled(self) -> bool:
        """The passage's own words (:data:`SAME_WORDS`), hardly any of its word pairs."""
        return self.words >= TOKENS and self.same_words >= SAME_WORDS and self.pairs < MIN_PAIRS


def word_order(quote: str, passage: str) -> WordOrder:
    """The share of the quote's words, and of its pairs of neighbouring words, that the
    passage has (folded; each as often as the passage has it).

    A sentence of five words keeps most of its pairs whatever its order (hence :data:`TOKENS`):

    >>> word_order("the dog bit the man", "the man bit the dog").pairs
    0.75
    """
    said = [w.casefold() for w in raw_words(quote)]
    there = [w.casefold() for w in raw_words(passage)]
    return WordOrder(
        _contained(said, there), _contained(pairwise(said), pairwise(there)), len(said)
    )


def _contained(quote: Iterable[Hashable], passage: Iterable[Hashable]) -> float:
    """The share of the quote's items the passage has, each as often as it has it."""
    q, p = Counter(quote), Counter(passage)
    total = sum(q.values())
    return sum(min(n, p[x]) for x, n in q.items()) / total if total else 0.0


def scrambled_reason(order: WordOrder) -> str:
    """Why a passage whose words the quote shuffles is no rendering, in plain words."""
    return (
        f"has {order.same_words:.0%} of the quote's words but only {order.pairs:.0%} of its "
        "pairs of neighbouring words: the same words in another order (a rewording moves "
        "phrases and keeps their words together; shuffled words say something else, “the "
        "man bit the dog” is not “the dog bit the man”)"
    )

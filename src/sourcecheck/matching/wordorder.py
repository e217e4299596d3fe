"""Whether a passage says the quote's words in the quote's order: word salad is no rewording.

"The man bit the dog" has every content word of "the dog bit the man" and says the other
thing; a sentence made of one sentence's own words in shuffled order was ``reworded`` there
(its sentence vector is nearly the source's, and every word has a counterpart). A rewording in
the same language moves *phrases* (a clause put first, a fronted adverbial, the passive's
object before its verb): the words inside each phrase keep their neighbours. Shuffled words do
not: of the quote's neighbouring content words (consecutive among those with a counterpart),
hardly any are neighbours in the same order in the passage (counted among the passage's
counterparts only, so that words the passage adds do not part them).

A quote of few content words tells little by them (four words keep a neighbour by chance);
there every word tells, the small ones too: a quote that uses the passage's own words (most
of them, :data:`SAME_WORDS`) but hardly any of its word pairs ("the people", "to have been")
shuffled them (:data:`MIN_PAIRS`).

Same language only: across languages the order of words is the grammar's (a German verb
last), not the writer's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from .vectors import raw_words

MIN_LINKS = 5
"""Neighbouring pairs (six counterparts) below which the order is not judged: in a short
sentence a passive reverses every word ("the dog bit the man" / "the man was bitten by the
dog")."""
MIN_KEPT = 0.3
"""The least share of the quote's neighbouring counterparts that must stay neighbours, in the
same order, in the passage. A shuffled sentence of n content words keeps about 1 in n; a
rewording that moves k phrases keeps all but about k (bench/RESULTS.md, "word order")."""
SAME_WORDS = 0.8
"""The share of the quote's words (every word, folded, as often as the passage has it) the
passage has, from which the quote is made of the passage's own words."""
MIN_PAIRS = 0.35
"""...and the least share of its pairs of neighbouring words it must have too. On the
labelled set (bench/data/meaning.yaml, the same-language cases at their passage): the
scrambled sentences keep at most 0.29 of their pairs; the true renderings with 0.8 of the
passage's words or more keep 0.42 or more (para-16, "To win a few towns in Lombardy, the
Venetians had made the French king master of two thirds of Italy.")."""
TOKENS = 8
"""Words below which a quote is not judged by its word pairs (a short quotation has its own
rule: every content word)."""


@dataclass(frozen=True, slots=True)
class WordOrder:
    """Of the quote's ``links`` neighbouring counterparts, ``kept`` stay neighbours in the
    same order in the passage."""

    kept: int
    links: int
    same_words: float = 0.0  # share of the quote's words the passage has (0-1)
    pairs: float = 1.0  # share of the quote's pairs of neighbouring words the passage has
    words: int = 0  # the quote's words

    @property
    def share(self) -> float:
        return self.kept / self.links if self.links else 1.0

    @property
    def scrambled(self) -> bool:
        """Too few neighbours kept, over enough of them to tell (:data:`MIN_LINKS`), or
        the passage's own words with hardly any of its pairs (:data:`SAME_WORDS`)."""
        return (self.links >= MIN_LINKS and self.share < MIN_KEPT) or self.salad

    @property
    def salad(self) -> bool:
        """Most of the passage's words, hardly any of its pairs of neighbouring words."""
        return self.words >= TOKENS and self.same_words >= SAME_WORDS and self.pairs < MIN_PAIRS


def word_order(offsets: list[tuple[int, int]], quote: str = "", passage: str = "") -> WordOrder:
    """The order kept by counterparts given as (quote offset, passage offset), in any order:
    each quote word once (its first counterpart), each passage word once; and, given their
    texts, the share of the quote's words and pairs of words the passage has."""
    seen_quote: set[int] = set()
    seen_passage: set[int] = set()
    links: list[tuple[int, int]] = []
    for q, p in sorted(offsets):
        if q not in seen_quote and p not in seen_passage:
            seen_quote.add(q)
            seen_passage.add(p)
            links.append((q, p))
    rank = {p: i for i, p in enumerate(sorted(p for _, p in links))}
    ranks = [rank[p] for _, p in links]
    kept = sum(b == a + 1 for a, b in pairwise(ranks))
    said = [w.casefold() for w in raw_words(quote)]
    there = [w.casefold() for w in raw_words(passage)]
    return WordOrder(
        kept, max(0, len(ranks) - 1), _contained(said, there),
        _contained(pairwise(said), pairwise(there)), len(said),
    )  # fmt: skip


def _contained(quote: Iterable[Hashable], passage: Iterable[Hashable]) -> float:
    """The share of the quote's items the passage has, each as often as it has it."""
    q, p = Counter(quote), Counter(passage)
    total = sum(q.values())
    return sum(min(n, p[x]) for x, n in q.items()) / total if total else 0.0


def scrambled_reason(order: WordOrder) -> str:
    """Why a passage whose words the quote shuffles is no rendering, in plain words."""
    if order.salad and not (order.links >= MIN_LINKS and order.share < MIN_KEPT):
        return (
            f"has {order.same_words:.0%} of the quote's words but only {order.pairs:.0%} of "
            "its pairs of neighbouring words: the same words in another order (a rewording "
            "moves phrases and keeps their words together; shuffled words say something else, "
            "“the man bit the dog” is not “the dog bit the man”)"
        )
    return (
        f"has the quote's words in another order: of {order.links} neighbouring words of "
        f"the quote, only {order.kept} are neighbours in the same order there (a rewording "
        "moves phrases and keeps their words together; shuffled words say something else, "
        "“the man bit the dog” is not “the dog bit the man”)"
    )

"""Two sibling passages: the one that says the quote's word, not the one that says its opposite.

A manual describes like options in like sentences: aptitude's "ColExpand" gives the column
"extra horizontal space", "RowExpand" the row "extra vertical space". Their renderings are as
alike, and the sentence vectors cannot tell a word from its opposite, so "... extra vertical
space ..." came out ``reworded`` at the Russian ColExpand sentence ("горизонтальное
пространство", 12 of 13 words paired, 0.81), not at the RowExpand one ("место по вертикали",
0.74, which passes too; walkthrough walk111, xc-en-ru-07). The passage the decision rule
scores highest is the one to judge, unless it says the opposite of one of the quote's words
(:func:`.opposites.opposite_words`) and another contender that passes pairs that word with a
strong counterpart (:data:`~.verdict.STRONG_PAIR`) and says no opposite of the quote's: that
one says what the quote says where the first says otherwise. A contender that pairs the word
weakly or not at all is no sibling but another statement: the first keeps its flag.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from .evidence import Weighing
from .opposites import opposite_words
from .passages import Passage
from .prepared import PreparedQuote
from .verdict import STRONG_PAIR


class _Candidate(Protocol):
    @property
    def passage(self) -> Passage: ...


C = TypeVar("C", bound=_Candidate)


def preferred(
    quote: PreparedQuote, text: str, text_language: str, weighed: list[tuple[C, Weighing]]
) -> tuple[C, Weighing]:
    """The contender to judge of ``weighed`` (each with its weighing): the best scored, or its
    sibling that renders the word it says the opposite of (see the module)."""
    best = max(weighed, key=lambda cw: cw[1].signals.score)
    if len(weighed) < 2 or best[1].signals.score < 0:
        return best
    said = _opposed(quote, text, text_language, best)
    if said is None:
        return best
    others = sorted((cw for cw in weighed if cw is not best and cw[1].signals.score >= 0),
                    key=lambda cw: -cw[1].signals.score)  # fmt: skip
    for other in others:
        strong = any(p.quote == said and p.similarity >= STRONG_PAIR
                     for p in other[1].alignment.pairs)  # fmt: skip
        if strong and _opposed(quote, text, text_language, other) is None:
            return other
    return best


def _opposed(
    quote: PreparedQuote, text: str, text_language: str, contender: tuple[C, Weighing]
) -> str | None:
    return opposed_word((quote.text, quote.language), text, text_language, contender)


def opposed_word(
    quote: tuple[str, str], text: str, text_language: str, contender: tuple[C, Weighing]
) -> str | None:
    """The quote's word (``quote``: its text and language) a contender's passage says the
    opposite of, or None. :mod:`.elsewhere` takes no such passage for one that renders more
    of the quote's words: a sibling's opposite pairs as readily as the word."""
    passage = contender[0].passage.span.slice(text)
    found = opposite_words(*quote, passage, text_language, contender[1].alignment)
    return found[0] if found is not None else None

"""A negation that opens the source's clause just before the passage, where the quote says it
after the clause's first words: "Be not hasty to go out of his sight" against "Don’t be hasty
to go out of his presence".

The aligner places the passage at "be hasty ...": the quote's "not" has no source word there
and the source's "Don’t" stands outside the passage, so the word stage read a negation on the
quote's side only (walk108 bk-03). The older word order ("Be not", "Fear not", "stand not")
puts the negation after the verb, the newer before it ("Don’t be", "Do not fear"): the same
negation. Here, when the source word right before the passage is a negation that opens its
clause (a sentence's or a verse's first word) and the quote has a negation without a source
word among its first words, the passage starts at that negation and the quote's words up to
its negation are set against the source's: one changed run with a negation on each side.
"Be hasty to go out" quoted out of "Don’t be hasty to go out" leaves out the negation that
opens the clause: the passage starts at it too, and it differs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..facts.languages import negation_words
from ..normalize import Tokens
from .align import Alignment, Op, substitution_costs

_FIRST_WORDS = 3
"""The quote's negation stands among its first words this many ("Be not", "Let us not")."""
_OPENS = re.compile(r"[.!?;:\n]")
_LOOK_BACK = 12  # characters read before the source's negation for what stands before it


def reach_leading_negation(
    alignment: Alignment, segment: Tokens, window: Tokens, text: str, language: str | None
) -> Alignment:
    """``alignment`` started at the negation that opens the source's clause right before it,
    set against the quote's negation among its first words (see the module); unchanged
    otherwise."""
    first, ops = alignment.first, list(alignment.ops)
    negations = negation_words(language)
    if first < 1 or window.words[first - 1] not in negations or not _opens(window, first, text):
        return alignment
    k = next(
        (i for i, op in enumerate(ops[: _FIRST_WORDS + 1]) if op.t is None and op.q is not None),
        -1,
    )
    q = ops[k].q if k > 0 else None
    aligned = all(_equal(op, i, first + i) for i, op in enumerate(ops[:k]))
    if q is None or segment.words[q] not in negations or not aligned:
        if ops and _equal(ops[0], 0, first) and _next_to(window, first, text):
            # "Be hasty" quoted out of "Don’t be hasty": the negation left out is a change
            step = Op(None, first - 1, 1.0)
            return replace(alignment, first=first - 1, cost=alignment.cost + 1.0,
                           ops=(step, *ops))  # fmt: skip
        return alignment
    pairs = [(i, first - 1 + i) for i in range(k + 1)]
    costs = [substitution_costs((segment.words[q],), (window.words[t],))[0, 0] for q, t in pairs]
    new_ops = [Op(q, t, float(c)) for (q, t), c in zip(pairs, costs, strict=True)] + ops[k + 1 :]
    cost = alignment.cost - sum(op.cost for op in ops[: k + 1]) + sum(map(float, costs))
    return replace(alignment, first=first - 1, cost=cost, ops=tuple(new_ops))


def _opens(window: Tokens, first: int, text: str) -> bool:
    """Whether the source word before the passage's ``first`` word opens its clause: it
    follows a sentence's mark, a verse's number or the text's start."""
    before = text[max(0, window.starts[first - 1] - _LOOK_BACK) : window.starts[first - 1]]
    before = before.rstrip(" \t")
    return not before or bool(_OPENS.fullmatch(before[-1])) or before[-1].isdigit()


def _next_to(window: Tokens, first: int, text: str) -> bool:
    """Whether only spaces stand between the word before the passage and its first word
    ("No, be quick" is an answer and an order)."""
    return not text[window.ends[first - 1] : window.starts[first]].strip()


def _equal(op: Op, q: int, t: int) -> bool:
    return op.q == q and op.t == t and not op.cost

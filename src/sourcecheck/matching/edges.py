"""A quote word at the edge of its passage where the source has another word: "rejected the
proposal" against "... accepted the proposal" is a changed word, not an extra one.

The aligner places a passage where the quote's words are, and a quote word the passage lacks
costs less than an unrelated substitution, so a changed first or last word falls outside the
passage and reads as a harmless addition (`close`, "extra “rejected”"): a confident wrong
result. Here the quote's first (last) words that the passage lacks are set against the words
just before (after) it in the same sentence, when each pair is of one class (content words
both, or small words both: "much" → "Far", not "and" → "Meanwhile") and the quote and the
source agree on a mark between them and the rest ("Comrades, the war" is not "morning the
war"); the differences then say "changed", and the checks on a changed word (word_changed,
negation, number) see it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..normalize import Tokens
from .align import Alignment, Op, substitution_costs
from .stems import content_words

MAX_EDGE_WORDS = 2
"""More edge words than this that the passage lacks are the writer's addition, not a change."""
_BREAK = re.compile(r"[.!?;:]|\n\s*\n")  # the end of a sentence, or a lead-in's colon
_MARK = re.compile(r"[,;:.!?()\[\]—–]")


def reach_changed_edges(
    alignment: Alignment,
    segment: Tokens,
    quote: str,
    window: Tokens,
    text: str,
    language: str | None,
    *,
    leading: bool = True,
    trailing: bool = True,
) -> Alignment:
    """``alignment`` (of ``segment`` of ``quote`` in ``window`` of ``text``) with its leading
    (trailing) quote words that have no text word set against the text words before (after)
    the passage, where they stand in their place (see the module)."""
    ops = list(alignment.ops)
    first, last = alignment.first, alignment.last
    lang = language or "en"
    k = _gap_run(ops) if leading else 0
    if 0 < k <= MAX_EDGE_WORDS and first - k >= 0:
        pairs = [(_q(ops[i]), first - k + i) for i in range(k)]
        quote_gap = quote[segment.starts[pairs[0][0]] : segment.starts[_q(ops[k])]]
        text_gap = text[window.starts[first - k] : window.starts[first]]
        if _fits(pairs, segment, window, lang, quote_gap, text_gap):
            ops[:k], first = _substituted(pairs, segment, window), first - k
    k = _gap_run(ops[::-1]) if trailing else 0
    if 0 < k <= MAX_EDGE_WORDS and last + k < len(window):
        pairs = [(_q(ops[len(ops) - k + i]), last + 1 + i) for i in range(k)]
        quote_gap = quote[segment.ends[_q(ops[-k - 1])] : segment.ends[pairs[-1][0]]]
        text_gap = text[window.ends[last] : window.ends[last + k]]
        if _fits(pairs, segment, window, lang, quote_gap, text_gap):
            ops[-k:], last = _substituted(pairs, segment, window), last + k
    if first == alignment.first and last == alignment.last:
        return alignment
    cost = alignment.cost - sum(op.cost for op in alignment.ops) + sum(op.cost for op in ops)
    return replace(alignment, first=first, last=last, cost=cost, ops=tuple(ops))


def _q(op: Op) -> int:
    assert op.q is not None
    return op.q


def _gap_run(ops: list[Op]) -> int:
    """How many steps at the start of ``ops`` are quote words with no text word (none when
    the next step places no quote word either, or there is none)."""
    k = 0
    while k < len(ops) and ops[k].t is None and ops[k].q is not None:
        k += 1
    return k if k < len(ops) and ops[k].q is not None else 0


def _fits(
    pairs: list[tuple[int, int]],
    segment: Tokens,
    window: Tokens,
    language: str,
    quote_gap: str,
    text_gap: str,
) -> bool:
    if _BREAK.search(text_gap) or bool(_MARK.search(quote_gap)) != bool(_MARK.search(text_gap)):
        return False
    return all(
        bool(content_words([segment.words[q]], language))
        == bool(content_words([window.words[t]], language))
        for q, t in pairs
    )


def _substituted(pairs: list[tuple[int, int]], segment: Tokens, window: Tokens) -> list[Op]:
    costs = [substitution_costs((segment.words[q],), (window.words[t],))[0, 0] for q, t in pairs]
    return [Op(q, t, float(c)) for (q, t), c in zip(pairs, costs, strict=True)]

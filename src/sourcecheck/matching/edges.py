"""A quote word at the edge of its passage where the source has another word: "rejected the
proposal" against "... accepted the proposal" is a changed word, not an extra one.

The aligner places a passage where the quote's words are, and a quote word the passage lacks
costs less than an unrelated substitution, so a changed first or last word falls outside the
passage and reads as a harmless addition (`close`, "extra “rejected”"): a confident wrong
result. Here the quote's first (last) words that the passage lacks are set against the words
just before (after) it in the same sentence, when each pair is of one class (content words
both, or small words both: "much" → "Far", not "and" → "Meanwhile"; a number only with a
number: not "And" → "30", a verse's printed number) and the quote and the
source agree on a mark between them and the rest ("Comrades, the war" is not "morning the
war"); the differences then say "changed", and the checks on a changed word (word_changed,
negation, number) see it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..facts.duals import DUALS
from ..facts.languages import read_word_numbers
from ..facts.numbers import is_number_word
from ..normalize import Tokens, tokenize
from .align import Alignment, Op, substitution_costs
from .leadnegation import reach_leading_negation
from .stems import content_words

MAX_EDGE_WORDS = 2
"""More edge words than this that the passage lacks are the writer's addition, not a change."""
_BREAK = re.compile(r"[.!?;:]|\n\s*\n")  # the end of a sentence, or a lead-in's colon
_MARK = re.compile(r"[,;:.!?()\[\]—–]")
PRINTED_EDGE_WORDS = 4
"""At most this many first words of a quote are looked for before its passage."""
LEFT_OUT_WORDS = 25
"""At most this many source words between them and the rest of the passage: the quote's
unmarked omission (more is another sentence's matter, not an omission)."""
_CHARS_PER_WORD = 12  # generous: how far back in characters to read those words


def reach_edges(
    alignment: Alignment,
    segment: Tokens,
    quote: str,
    window: Tokens,
    text: str,
    language: str | None,
    *,
    leading: bool = True,
    trailing: bool = True,
) -> tuple[Tokens, Alignment]:
    """The window and alignment of ``segment`` with its edges reached: its first words found
    before the passage (:func:`reach_printed_start`, ``leading`` only), then a changed first
    or last word set against the source's word in its place (:func:`reach_changed_edges`),
    then a negation opening the source's clause before it (:mod:`.leadnegation`, ``leading``
    only), then last words left out of the passage found after it (:func:`reach_printed_end`,
    ``trailing`` only)."""
    if leading:
        window, alignment = reach_printed_start(window, alignment, segment, text, language)
        alignment = reach_leading_negation(alignment, segment, window, text, language)
    alignment = reach_changed_edges(
        alignment, segment, quote, window, text, language, leading=leading, trailing=trailing
    )
    if trailing:  # after: a word in the last word's place ("feared" for "loved") is its change
        window, alignment = reach_printed_end(window, alignment, segment, text, language)
    return window, alignment


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
    for j in range(k, 0, -1) if k <= MAX_EDGE_WORDS else ():  # "The two" / "Both": "two"
        if first - j < 0:
            continue
        pairs = [(_q(ops[k - j + i]), first - j + i) for i in range(j)]
        quote_gap = quote[segment.starts[pairs[0][0]] : segment.starts[_q(ops[k])]]
        text_gap = text[window.starts[first - j] : window.starts[first]]
        if _fits(pairs, segment, window, lang, quote_gap, text_gap):
            ops[k - j : k], first = _substituted(pairs, segment, window), first - j
            break
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
    return all(_fit(segment.words[q], window.words[t], language) for q, t in pairs)


def _fit(word: str, other: str, language: str) -> bool:
    """Whether two folded words are of one class: content words both, or small words both;
    a number only with a number (not "And" against a printed verse number "30"); a word of two
    things ("both", "оба": :mod:`~sourcecheck.facts.duals`) with another or a number from two
    ("The two reports" / "Both reports": a count against a count)."""
    duals = DUALS.get(language, frozenset())
    if word in duals or other in duals:
        return all(w in duals or _counts(w, language) for w in (word, other))
    return bool(content_words([word], language)) == bool(content_words([other], language)) and (
        is_number_word(word) == is_number_word(other)
    )


def _counts(word: str, language: str) -> bool:
    """Whether a folded word is a number of two or more in ``language`` ("two", "два")."""
    return any(n.value >= 2 for n in read_word_numbers([word], language))


def _substituted(pairs: list[tuple[int, int]], segment: Tokens, window: Tokens) -> list[Op]:
    costs = [substitution_costs((segment.words[q],), (window.words[t],))[0, 0] for q, t in pairs]
    return [Op(q, t, float(c)) for (q, t), c in zip(pairs, costs, strict=True)]


def reach_printed_start(
    window: Tokens, alignment: Alignment, segment: Tokens, text: str, language: str | None
) -> tuple[Tokens, Alignment]:
    """``window`` and ``alignment`` extended back to the quote's first words where the aligner
    set them against other words but the source prints them shortly before, in the same
    sentence (see the module); the source words between are left out by the quote (steps with
    no quote word), costing no more than the first words' steps did. Unchanged otherwise."""
    ops = alignment.ops
    anchor = next(
        (i for i, (a, b) in enumerate(itertools.pairwise(ops)) if _equal(a) and _equal(b)), None
    )
    if anchor is None or all(op.cost == 0.0 for op in ops[:anchor]):
        return window, alignment
    j, t_anchor = ops[anchor].q, ops[anchor].t
    assert j is not None and t_anchor is not None
    edge = segment.words[:j]
    if not 0 < j <= PRINTED_EDGE_WORDS or not content_words(list(edge), language or "en"):
        return window, alignment  # "the" alone is no evidence of a place
    anchor_start = window.starts[t_anchor]
    reach = (LEFT_OUT_WORDS + j) * _CHARS_PER_WORD
    before = tokenize(text, max(0, anchor_start - reach), anchor_start)
    found = [
        i for i in range(len(before) - j) if before.words[i : i + j] == edge
    ]  # ending at least one word before the anchor: something is left out
    if not found or len(before) - found[-1] - j > LEFT_OUT_WORDS:
        return window, alignment
    i = found[-1]
    if _BREAK.search(text[before.ends[i + j - 1] : anchor_start]):
        return window, alignment  # another sentence: not the quote's first words
    wider = tokenize(text, before.starts[i], window.ends[-1])
    shift = wider.starts.index(anchor_start) - t_anchor
    left_out = range(j, t_anchor + shift)
    cost = min(len(left_out), sum(op.cost for op in ops[:anchor])) / len(left_out)
    new_ops = [
        *(Op(q, q, 0.0) for q in range(j)),
        *(Op(None, t, cost) for t in left_out),
        *(replace(op, t=None if op.t is None else op.t + shift) for op in ops[anchor:]),
    ]
    total = sum(op.cost for op in new_ops)
    extended = Alignment(first=0, last=alignment.last + shift, cost=total, ops=tuple(new_ops))
    return wider, extended


def reach_printed_end(
    window: Tokens, alignment: Alignment, segment: Tokens, text: str, language: str | None
) -> tuple[Tokens, Alignment]:
    """``window`` and ``alignment`` extended on to the quote's last words where the aligner
    left them out of the passage (no text word set against them, not even the word in their
    place: "safer to be loved" is not "safer to be feared than loved" abridged) but the
    source prints them shortly after, in the same sentence: "The chairman read the letter
    aloud." against "The chairman read the letter from the Petrograd Soviet aloud" leaves out
    "from the Petrograd Soviet" (unmarked), it adds no "aloud" the source does not have. The
    mirror of :func:`reach_printed_start`; the source words between cost no more than the
    last words' steps did. Unchanged otherwise."""
    ops = alignment.ops
    anchor = next(
        (i for i in range(len(ops) - 1, 0, -1) if _equal(ops[i]) and _equal(ops[i - 1])), None
    )
    if anchor is None or any(op.t is not None for op in ops[anchor + 1 :]):
        return window, alignment
    j, t_anchor = ops[anchor].q, ops[anchor].t
    assert j is not None and t_anchor is not None
    edge = segment.words[j + 1 :]
    if not 0 < len(edge) <= PRINTED_EDGE_WORDS or not content_words(list(edge), language or "en"):
        return window, alignment  # "the" alone is no evidence of a place
    anchor_end = window.ends[t_anchor]
    reach = (LEFT_OUT_WORDS + len(edge)) * _CHARS_PER_WORD
    after = tokenize(text, anchor_end, min(len(text), anchor_end + reach))
    k = len(edge)
    found = next(
        (i for i in range(1, min(len(after) - k, LEFT_OUT_WORDS) + 1)
         if after.words[i : i + k] == edge),
        None,
    )  # fmt: skip  # starting at least one word after the anchor: something is left out
    if found is None or _BREAK.search(text[anchor_end : after.starts[found]]):
        return window, alignment  # not there, or in another sentence
    wider = tokenize(text, window.starts[0], after.ends[found + k - 1])
    if wider.starts[: t_anchor + 1] != window.starts[: t_anchor + 1]:
        return window, alignment  # the words are not read the same way from the window's start
    left_out = range(t_anchor + 1, t_anchor + 1 + found)
    cost = min(len(left_out), sum(op.cost for op in ops[anchor + 1 :])) / len(left_out)
    new_ops = (
        *ops[: anchor + 1],
        *(Op(None, t, cost) for t in left_out),
        *(Op(j + 1 + m, left_out.stop + m, 0.0) for m in range(k)),
    )
    total = sum(op.cost for op in new_ops)
    last = left_out.stop + k - 1
    return wider, Alignment(first=alignment.first, last=last, cost=total, ops=new_ops)


def _equal(op: Op) -> bool:
    return op.q is not None and op.t is not None and op.cost == 0.0

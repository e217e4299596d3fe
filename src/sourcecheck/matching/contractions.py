"""English contractions read as the words they contract: "don't" says "do not".

The aligner pairs "do not" with "don't" as two runs ("do" / "don't", "not" / nothing), and each
run alone has a negation on one side only; read together they say the same. A difference whose
two sides, contractions spelled out, are the same words is a ``spelling`` difference; two
neighbouring differences that are so together become one. Only contractions that cannot be
read as another word are spelled out ("its", "well", "id", "shed" are words of their own).
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Difference, Span
from ..normalize import tokenize
from .align import Alignment

CONTRACTION_COST = 0.05
"""What one step of a contraction against its words costs in the alignment (a spelling
variant's cost: the words are the same, only printed otherwise)."""

# The word as tokenize() prints it (apostrophe dropped, lower case) -> the words it contracts.
_CONTRACTED = {
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "couldnt": ("could", "not"),
    "wont": ("will", "not"),
    "wouldnt": ("would", "not"),
    "shant": ("shall", "not"),
    "shouldnt": ("should", "not"),
    "mustnt": ("must", "not"),
    "neednt": ("need", "not"),
    "mightnt": ("might", "not"),
    "oughtnt": ("ought", "not"),
    "darent": ("dare", "not"),
    "hasnt": ("has", "not"),
    "havent": ("have", "not"),
    "hadnt": ("had", "not"),
    "im": ("i", "am"),
    "youre": ("you", "are"),
    "theyre": ("they", "are"),
    "ive": ("i", "have"),
    "youve": ("you", "have"),
    "weve": ("we", "have"),
    "theyve": ("they", "have"),
    "youll": ("you", "will"),
    "theyll": ("they", "will"),
}


def spelled_out(words: list[str] | tuple[str, ...]) -> list[str]:
    """``words`` (as tokenize() prints them) with each contraction spelled out.

    >>> spelled_out(["you", "dont", "know"])
    ['you', 'do', 'not', 'know']
    """
    return [part for word in words for part in _CONTRACTED.get(word, (word,))]


def contractions_costed(
    alignment: Alignment, quote_words: tuple[str, ...], text_words: tuple[str, ...]
) -> Alignment:
    """``alignment`` with the steps that pair a contraction with its words (one step, "can't"
    / "cannot", or two next to each other, "do" / "don't" and "not" / nothing) costing
    :data:`CONTRACTION_COST` each: the score of "If you do not feel" against "If you don't
    feel" is that of a spelling variant, not of a changed and a missing word.

    >>> from sourcecheck.matching.align import Op
    >>> a = Alignment(0, 2, 2.06, (Op(0, 0, 0.0), Op(1, 1, 1.05), Op(2, None, 1.01)))
    >>> contractions_costed(a, ("you", "do", "not"), ("you", "dont")).cost
    0.1
    """
    ops = list(alignment.ops)
    k = 0
    while k < len(ops):
        for width in (1, 2):
            steps = ops[k : k + width]
            if len(steps) == width and all(op.cost > CONTRACTION_COST for op in steps):
                q = [quote_words[op.q] for op in steps if op.q is not None]
                t = [text_words[op.t] for op in steps if op.t is not None]
                if q and t and q != t and spelled_out(q) == spelled_out(t):
                    ops[k : k + width] = [replace(op, cost=CONTRACTION_COST) for op in steps]
                    k += width - 1
                    break
        k += 1
    if ops == list(alignment.ops):
        return alignment
    cost = alignment.cost - sum(op.cost for op in alignment.ops) + sum(op.cost for op in ops)
    return replace(alignment, cost=round(cost, 6), ops=tuple(ops))


def contractions_spelled(diffs: list[Difference], quote: str, text: str) -> list[Difference]:
    """``diffs`` (of an English quote and ``text``) where a contraction against the words it
    contracts is a ``spelling`` difference: one difference ("will not" / "won't") or two that
    stand next to each other on both sides ("do" / "don't" and "not" / nothing).

    >>> q, t = "you do not know", "you don't know"
    >>> d = [Difference("negation", "do", "don't", Span(4, 6), Span(4, 9)),
    ...      Difference("negation", "not", "", Span(7, 10), None)]
    >>> [(x.kind, x.quote, x.source) for x in contractions_spelled(d, q, t)]
    [('spelling', 'do not', "don't")]
    """
    out: list[Difference] = []
    i = 0
    while i < len(diffs):
        one = diffs[i]
        if one.kind != "spelling" and contracted_alike(one.quote, one.source):
            out.append(_spelling(one.quote, one.source, one.quote_span, one.source_span))
            i += 1
            continue
        two = diffs[i + 1] if i + 1 < len(diffs) else None
        if two is not None and _adjacent(one, two, quote, text):
            q_span, t_span = (
                _joined(one.quote_span, two.quote_span),
                _joined(one.source_span, two.source_span),
            )
            q_words = q_span.slice(quote) if q_span else ""
            t_words = t_span.slice(text) if t_span else ""
            if contracted_alike(q_words, t_words):
                out.append(_spelling(q_words, t_words, q_span, t_span))
                i += 2
                continue
        out.append(one)
        i += 1
    return out


def contracted_alike(quote: str, source: str) -> bool:
    """Whether two wordings differ only by contractions (and are not the same words).

    >>> contracted_alike("will not", "won't"), contracted_alike("will", "won't")
    (True, False)
    """
    q, t = tokenize(quote).words, tokenize(source).words
    return bool(q) and bool(t) and q != t and spelled_out(q) == spelled_out(t)


def _spelling(quote: str, source: str, q_span: Span | None, t_span: Span | None) -> Difference:
    return Difference("spelling", quote, source, quote_span=q_span, source_span=t_span)


def _joined(a: Span | None, b: Span | None) -> Span | None:
    return Span(a.start, b.end) if a is not None and b is not None else a or b


def _adjacent(one: Difference, two: Difference, quote: str, text: str) -> bool:
    """Whether nothing but spaces stands between the two differences on either side."""
    for a, b, printed in (
        (one.quote_span, two.quote_span, quote),
        (one.source_span, two.source_span, text),
    ):
        if a is None or b is None:
            continue
        if b.start < a.end or printed[a.end : b.start].strip():
            return False
    return True

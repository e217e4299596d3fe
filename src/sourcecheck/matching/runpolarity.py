"""The polarity of a run of changed words in the word matcher: a negation said by a prefix on
one side ("dissatisfied" / "not satisfied"), and a word of lack on one side only ("did not
go to the effort" / "did not shy away from the effort").

The word matcher types a run of unequal words as a ``negation`` when its two sides hold
different numbers of negation words (:func:`.differences.segment_differences`). "he was
dissatisfied" against "he was not satisfied" has one on one side only, yet the same
polarity: the prefix negates the word the other side negates (the same stem,
:func:`.negprefix.bare_word`). And "go to" against "shy away from", each under the same
"did not", hold no negation word, yet a word of lack ("shy", :mod:`.privative`) negated by
that "not" affirms (litotes): a word of lack on one side only turns the run's polarity
round. Where the two sides hold different numbers of negation words, a word of lack still
answers nothing here ("will not sign" / "declines to sign" stays a ``negation``: the word
matcher flags the rewording, the meaning stage reads it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Difference, Span
from .privative import lacking
from .stems import content_stems


def prefix_answers(fewer: Sequence[str], more: Sequence[str], language: str) -> bool:
    """Whether a word of ``fewer`` (the side with one negation word less) is negated by its
    prefix and, without it, is a word of ``more`` (same stem): "dissatisfied" / "not
    satisfied".

    >>> prefix_answers(["dissatisfied"], ["not", "satisfied"], "en")
    True
    >>> prefix_answers(["pleased"], ["not", "satisfied"], "en")
    False
    """
    from .negprefix import bare_word  # it imports .anchors, which imports the word matcher

    theirs = set(content_stems(list(more), language))
    for word in fewer:
        bare = bare_word(word, language)
        if bare is not None and set(content_stems([bare], language)) & theirs:
            return True
    return False


def lack_turned(quote: Sequence[str], source: Sequence[str], language: str) -> bool:
    """Whether one side of a run holds a word of lack (:func:`.privative.lacking`) and the
    other none: "go to" / "shy away from".

    >>> lack_turned(["go", "to"], ["shy", "away", "from"], "en")
    True
    >>> lack_turned(["shunned"], ["avoided"], "en")
    False
    """
    counts = [sum(lacking(w, language) for w in side) for side in (quote, source)]
    return (counts[0] == 0) != (counts[1] == 0)


_NEAR = 2
"""Characters at most between a lone negation word and the word after it ("not satisfied")."""


def prefix_cancelled(diffs: list[Difference], negations: frozenset[str]) -> list[Difference]:
    """``diffs`` with each lone negation word on one side ("not", the other side empty) that
    stands right before a word whose counterpart on the other side is that word negated by a
    prefix (a ``negation`` of two words: "satisfied" / "dissatisfied") read together with it
    as one ``changed`` rewording: "was not satisfied" / "was dissatisfied" say the same.

    >>> d = [Difference("negation", "", "not", None, Span(10, 13)),
    ...      Difference("negation", "dissatisfied", "satisfied", Span(7, 19), Span(14, 23))]
    >>> [(x.kind, x.quote, x.source) for x in prefix_cancelled(d, frozenset({"not"}))]
    [('changed', 'dissatisfied', 'not satisfied')]
    """
    out: list[Difference | None] = list(diffs)
    for i, lone in enumerate(diffs[:-1]):
        pair = diffs[i + 1]
        if lone.kind != "negation" or pair.kind != "negation" or not pair.quote or not pair.source:
            continue
        side = _lone_side(lone, negations)
        if side is None or not _next_to(lone, pair, side):
            continue
        negated = pair.quote if side == "source" else pair.source  # the prefixed word
        plain = pair.source if side == "source" else pair.quote
        if prefix_answers([negated], [plain], _language(negations)):
            out[i], out[i + 1] = None, _merged(lone, pair)
    return [d for d in out if d is not None]


def _merged(lone: Difference, pair: Difference) -> Difference:
    """One ``changed`` difference of a lone negation word and the pair after it."""

    def joined(a: str, b: str) -> str:
        return f"{a} {b}" if a else b

    def spans(a: Span | None, b: Span | None) -> Span | None:
        return Span(a.start, b.end) if a is not None and b is not None else a or b

    return Difference(
        "changed",
        joined(lone.quote, pair.quote),
        joined(lone.source, pair.source),
        quote_span=spans(lone.quote_span, pair.quote_span),
        source_span=spans(lone.source_span, pair.source_span),
    )


def _lone_side(d: Difference, negations: frozenset[str]) -> str | None:
    """Which side of ``d`` is a negation word alone, the other empty: "quote", "source"."""
    for side, words, other in (("quote", d.quote, d.source), ("source", d.source, d.quote)):
        if not other and words and all(w.casefold() in negations for w in words.split()):
            return side
    return None


def _next_to(lone: Difference, pair: Difference, side: str) -> bool:
    a = lone.source_span if side == "source" else lone.quote_span
    b = pair.source_span if side == "source" else pair.quote_span
    return a is not None and b is not None and 0 <= b.start - a.end <= _NEAR


def _language(negations: frozenset[str]) -> str:
    """The language of a negation table: its words say it ("nicht", "не")."""
    return "de" if "nicht" in negations else "ru" if "не" in negations else "en"

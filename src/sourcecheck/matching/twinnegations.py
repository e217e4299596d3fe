"""Two renderings that negate as often, each negation standing before words the other side
words otherwise: the same negations, not a negation on one side only.

"Which, as we saw, did not afterwards turn out as expected" renders "This, however, did not
avail them anything": both sides negate once, and neither negates a word whose counterpart
the other side states affirmed; "turn out as expected" and "avail" have no counterpart, so
the aligner linked the quote's clause with another clause of the passage (by "afterwards" /
"immediately") and :func:`~.negation.negation_differs` found its "not" unanswered there. A
time adverb between the negation and its verb ("did not afterwards turn", "nicht sofort")
is no word the negation denies. A negation whose word is rendered affirmed ("did not sign" /
"signed") still differs, as does a negation on one side only or a preposition of absence
("without").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..normalize import fold
from .conjuncts import trailing, without_negations
from .ellipses import without_ellipses
from .negatedopposite import without_negated_opposites
from .negation import Negations, clause_of, negation_differs
from .polarity import doubled_alike
from .prefixanswer import with_prefixed
from .untilnot import without_until
from .wordedotherwise import without_worded_otherwise

if TYPE_CHECKING:
    from .wordpairs import Alignment

_TIME_ADVERBS = frozenset(
    """afterwards afterward later then again ever yet still since soon once thereafter
    immediately danach spater dann wieder je noch sofort gleich nachher потом затем снова
    ещё еще уже сразу тогда""".split()
)
"""Adverbs of time a negation's verb may stand after ("did not afterwards turn"): the
negation denies the verb, not them."""


def negations_differ(quote: Negations, passage: Negations, alignment: Alignment | None) -> bool:
    """Whether one side negates what the other affirms (:func:`~.negation.negation_differs`,
    clause by clause along ``alignment``), unless both negate alike (see the module)."""
    pairs = alignment.offsets if alignment is not None else None
    rendered = alignment.rendered if alignment is not None else ({}, {})
    # a negation in a conjunct past what the other side renders is left out (.conjuncts)
    quote = without_negations(quote, trailing(quote, rendered[0], rendered[1]))
    passage = without_negations(passage, trailing(passage, rendered[1], rendered[0]))
    quote, passage = with_prefixed(quote, passage, alignment)  # "dissatisfied" / "nicht zufrieden"
    quote, passage = without_ellipses(quote, passage, rendered)  # "and not the other": .ellipses
    quote, passage = without_until(quote, passage)  # "solange ... nicht" / "until": .untilnot
    # "if none of" / "unless", "а не" / "rather than": .wordedotherwise
    quote, passage = without_worded_otherwise(quote, passage, pairs)
    # "not convenient" / "awkward": .negatedopposite
    quote, passage = without_negated_opposites(quote, passage, alignment)
    if not negation_differs(quote, passage, pairs, rendered=rendered):
        return False
    return alignment is None or not _alike(quote, passage, alignment)


def _alike(quote: Negations, passage: Negations, alignment: Alignment) -> bool:
    if not quote.explicit or len(quote.explicit) != len(passage.explicit):
        return False
    if quote.absence or passage.absence or not doubled_alike(quote, passage):
        return False  # "did not go" / "не избегал": .polarity
    words = (
        {p.quote_at: p.quote for p in alignment.pairs},
        {p.passage_at: p.passage for p in alignment.pairs},
    )
    there = {p.quote_at: p.passage_at for p in alignment.pairs}
    back = {p.passage_at: p.quote_at for p in alignment.pairs}
    rendered = alignment.rendered
    return _denies_unsaid(quote, passage, there, words[0], rendered[0]) and _denies_unsaid(
        passage, quote, back, words[1], rendered[1]
    )


def _denies_unsaid(
    one: Negations,
    other: Negations,
    counterparts: Mapping[int, int],
    words: Mapping[int, str],
    content: Mapping[int, bool],
) -> bool:
    """Whether each explicit negation of ``one`` denies words the other side words otherwise:
    the word it negates has no counterpart (a time adverb aside) or one the other side
    negates, and a content word of its clause after it has none."""
    denied = set(other.targets) | set(other.negated)
    for i, (at, _) in enumerate(one.explicit):
        target = one.targets[i] if i < len(one.targets) else -1
        adverb = fold(words.get(target, "")).casefold() in _TIME_ADVERBS
        if target in counterparts and not adverb and counterparts[target] not in denied:
            return False
        clause = clause_of(one.clauses, at)
        after = [w for w, paired in content.items() if w > at and not paired]
        if not any(clause_of(one.clauses, w) == clause for w in after):
            return False
    return True

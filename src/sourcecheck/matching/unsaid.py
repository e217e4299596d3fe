"""A brief claim whose word the passage says nothing for (issue 10).

A claim of a few words (under :data:`.verdict.BRIEF_WORDS`) may leave one content word
without a counterpart (:data:`.verdict.BRIEF_MISSING`): a rendering in other words renders a
word by another that single-word vectors place less near ("wrecked" / "tore" 0.58, "passed" /
"approved" 0.55, "contest" / "race" 0.59). But in a few words each word is much of what the
claim says, and a passage that has its names and its other words and nothing that could say
that one states something else: "The town was burned while the Prussians occupied it." at
"the Prussians had occupied the town; ... the Saxons held the bridge" (“burned”: nearest
“held”, 0.48), "Only Colonel Reinhardt supported the minister." at "were evidently supported
by Colonel Reinhardt" (“minister”: nothing) were ``reworded`` with 3 of 4 content words.

In the claim's own language (the word pairs are by stem there, and the vectors only stand in
for a word the writer changed), a brief claim's word without a counterpart must have a loose
one, a word of the passage left unpaired at least :data:`LOOSE_PAIR` near it
(:attr:`.wordpairs.Alignment.weak`), or the passage is no rendering (:func:`unsaid_reason`,
asked after :func:`.verdict.judge`, whose reasons come first: "needs more than its topic").
A word whose opposite the passage says is not asked: the opposite is flagged
(:mod:`.opposites`). Across languages single words pair badly, and the closed sets are asked
instead (:func:`.contrary.contrary_reason`).
"""

from __future__ import annotations

from .evidence import Weighing
from .opposites import opposite_words
from .verdict import BRIEF_WORDS
from .wordpairs import Alignment, content_positions

LOOSE_PAIR = 0.5
"""The least similarity of a brief claim's word without a counterpart and a word of the
passage for the passage to say it in other words (:func:`unsaid_reason`): single-word vectors
place a word and another of its kind about this near ("farm" / "house" 0.49, "baker" /
"miller" 0.47, "burned" / "held" 0.48) and a word and a looser rendering above it ("passed" /
"approved" 0.55, "wrecked" / "tore" 0.58)."""


def unsaid_reason(quote: str, language: str, passage: str, alignment: Alignment) -> str | None:
    """Why ``passage``, in the brief ``quote``'s ``language``, is no rendering of it: its
    content words without a counterpart there that no word of the passage comes
    :data:`LOOSE_PAIR` near (see the module); None when there are none, when the passage says
    the opposite of one, or when figures were counted as rendered (compared by value)."""
    if alignment.figures or opposite_words(quote, language, passage, language) is not None:
        return None
    said = {p.quote_at for p in alignment.pairs}
    said |= {p.quote_at for p in alignment.weak if p.similarity >= LOOSE_PAIR}
    mine = content_positions(quote, language)
    theirs = [w.casefold() for _, w in content_positions(passage, language)]
    lacking = [
        word
        for i, (at, word) in enumerate(mine)
        if at not in said and not _in_its_place(i, mine, theirs, alignment)
    ]
    if not lacking:
        return None
    listed = ", ".join(f"“{w}”" for w in lacking[:3])
    return (
        f"has nothing for {listed}: no word of it comes {LOOSE_PAIR:.2f} near, and a claim of a "
        "few words whose word the passage does not say states something else"
    )


def brief_unsaid(
    quote: str, words: int, language: str, passage: str, passage_language: str,
    weighed: Weighing,
) -> str | None:  # fmt: skip
    """Why ``passage`` is no rendering of a ``quote`` of ``words`` words under
    :data:`.verdict.BRIEF_WORDS` in its language (:func:`unsaid_reason`); None when there is
    nothing to say, the quote is longer or in another language (the closed sets are asked
    there, :func:`.contrary.contrary_reason`), or its words were not aligned (a candidate too
    far to align is judged on its similarity)."""
    if words >= BRIEF_WORDS or language != passage_language or weighed.signals.coverage is None:
        return None
    return unsaid_reason(quote, language, passage, weighed.alignment)


def _in_its_place(
    i: int, mine: list[tuple[int, str]], theirs: list[str], alignment: Alignment
) -> bool:
    """Whether the passage has a word of its own where the quote has its ``i``-th content
    word (``mine``), between the counterparts of the words either side of it (``theirs``:
    the passage's content words): "The teacher planted oaks along the lane." at "the teacher
    planted limes along the lane". Such a word replaced is the words' (:mod:`.replaced`),
    which judges it from the pair and says which word stands for which."""
    where = {p.quote_at: p.passage.casefold() for p in alignment.pairs}
    before = where.get(mine[i - 1][0]) if i > 0 else None
    after = where.get(mine[i + 1][0]) if i + 1 < len(mine) else None
    if (before is None and i > 0) or (after is None and i + 1 < len(mine)) or before == after:
        return False
    if any(w is not None and w not in theirs for w in (before, after)):
        return False
    if before is None:  # the quote's first content word: the passage's word before the next
        start = theirs.index(str(after)) - 1
        end = start + 1
    else:  # after the counterpart of the word before, up to the next's (or one word)
        start = theirs.index(before) + 1
        end = theirs.index(after) if after is not None else start + 1
    between = theirs[max(0, start) : end]
    return len(between) == 1 and between[0] not in where.values()

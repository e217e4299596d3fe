"""A word of a claim said by its contrary: an opposite, or another member of a closed set
(issue 10).

Across languages the meaning stage pairs the quote's content words with the passage's by
single-word vectors (:mod:`.wordpairs`), and those place a word and its contrary as near as a
word and its rendering: "early" / "поздно" 0.68, "morning" / "вечером" 0.66, "morning" /
"Abend", "fed" / "hungert". Such a pair was counted as a counterpart and shown as a shared
word, and "The meeting closed early in the morning." came out ``reworded`` at "Совещание
закрылось поздно вечером." with 4 of 4 content words rendered. Here a pair whose words are
opposites (:mod:`.opposites`) or different members of a closed set of words that exclude each
other (:data:`.closedsets.KINDS`: times of day, weekdays, kin...) is no counterpart
(:func:`without_contraries`); the opposite is flagged by the meaning stage as in one language.

And a claim of a few words (under :data:`.verdict.BRIEF_WORDS`) in another language than its
source's, whose content word belongs to such a set, at a passage that says another member of
it and not that one, says something else whatever the sentence vectors find
(:func:`contrary_reason`): "In the morning the delegates left." at "Am Abend reisten die
Delegierten ab." is not found, the word shown, as the same claim in one language is (there the
word matcher finds the word replaced, :mod:`.replaced`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .closedsets import kind_members, same_kind
from .opposites import OPPOSITE, opposite_note, opposite_words
from .othertimes import TIMES
from .prepared import PreparedQuote
from .unitsets import unit_kind
from .verdict import Signals, maybe_the_passage
from .wordpairs import Alignment, content_positions


@cache
def contrary(word: str, language: str, other: str, other_language: str) -> str | None:
    """Why ``word`` and ``other`` are no rendering of each other: "opposites", or the name of
    the closed set whose different members they are; None when neither.

    >>> contrary("early", "en", "поздно", "ru"), contrary("morning", "en", "Abend", "de")
    ('opposites', 'times of day')
    >>> print(contrary("evening", "en", "Abend", "de"))
    None
    """
    if opposite_words(word, language, other, other_language) is not None:
        return "opposites"
    if (unit := unit_kind(word, other)) is not None:
        return unit  # "Jahr" / "month", "Kupfer" / "lead" (.unitsets)
    if not _members(word) or not _members(other):
        return None  # most words: no member of any set

    return same_kind(word, other)


def without_contraries(alignment: Alignment, language: str, other_language: str) -> Alignment:
    """``alignment`` without its pairs whose words are contraries (:func:`contrary`), when
    its two languages differ: those words have no counterpart. In one language such a pair
    stays, the opposite flagged at the rendering (:mod:`.opposites`), and the word replaced
    judged (:mod:`.replaced`), but for another time ("Wednesday" / "Tuesday": never a shared
    word; flagged ``date`` by :mod:`.othertimes`) or another unit ("gallons" / "litres":
    :mod:`.unitsets`)."""
    if language == other_language:
        dropped = {
            i
            for i, p in enumerate(alignment.pairs)
            if same_kind(p.quote, p.passage) in TIMES or unit_kind(p.quote, p.passage)
        }
        return without_pairs(alignment, dropped)
    dropped = {
        i
        for i, p in enumerate(alignment.pairs)
        if contrary(p.quote, language, p.passage, other_language) is not None
    }
    if not dropped:
        return alignment
    return without_pairs(alignment, dropped)


def without_pairs(alignment: Alignment, dropped: set[int]) -> Alignment:
    """``alignment`` without its pairs at the indexes ``dropped``: their words have no
    counterpart (contraries here, technical names that differ in :mod:`.technames`, Latin
    words spelled otherwise in :mod:`.printednames`)."""
    if not dropped:
        return alignment
    kept = [i for i in range(len(alignment.pairs)) if i not in dropped]
    mine, theirs = dict(alignment.rendered[0]), dict(alignment.rendered[1])
    for i in dropped:
        pair = alignment.pairs[i]
        mine[pair.quote_at] = False
        theirs[pair.passage_at] = False
    return replace(
        alignment,
        pairs=tuple(alignment.pairs[i] for i in kept),
        rendered=(mine, theirs),
        repeated={
            new: alignment.repeated[old]
            for new, old in enumerate(kept)
            if old in alignment.repeated
        },
    )


def contrary_reason(quote: str, language: str, passage: str, passage_language: str) -> str | None:
    """Why a short quote is no rendering of ``passage``: a content word of it that belongs
    to a closed set (:data:`.closedsets.KINDS`) whose member the passage does not say, while it
    says another; None when there is none.

    >>> contrary_reason("In the morning they left.", "en", "Am Abend reisten sie ab.", "de")[:43]
    'says “Abend” where the quote says “morning”'
    >>> print(contrary_reason("In the evening they left.", "en", "Am Abend reisten sie ab.", "de"))
    None
    """

    if opposite_words(quote, language, passage, passage_language) is not None:
        return None  # "early" at "поздно вечером": flagged opposite (:mod:`.opposites`)
    theirs = [w for _, w in content_positions(passage, passage_language) if _members(w)]
    for _, word in content_positions(quote, language):
        if not theirs or not _members(word):
            continue
        others = [(w, kind) for w in theirs if (kind := same_kind(word, w)) is not None]
        if others and not any(_same_member(word, w, others[0][1]) for w in theirs):
            other, kind = others[0]
            return (
                f"says “{other}” where the quote says “{word}”: another of the {kind}, not a "
                "rendering of it"
            )
    return None


def _same_member(word: str, other: str, kind: str) -> bool:
    """Whether ``other`` says the member of the set ``kind`` that ``word`` says."""
    return any(k == kind and (k, i) in _members(other) for k, i in _members(word))


def _members(word: str) -> frozenset[tuple[str, int]]:
    """The sets of :data:`.closedsets.KINDS` ``word`` is a member of."""
    return kind_members(word)


def opposite_candidate(
    found: tuple[list[str], list[str]],
    signals: Signals,
    quote: PreparedQuote,
    passage: tuple[str, str],
) -> tuple[list[str], list[str]]:
    """A rejected candidate's flags and notes (``found``: :func:`.evidence.candidate_notes`)
    with :data:`.opposites.OPPOSITE` and its note when the candidate may be the passage
    quoted (:func:`.verdict.maybe_the_passage`) and says the opposite of a word of the
    quote: "The people of Graz are well fed." rejected at "das Volk in Graz hungert" (its
    word pairs too weak once "fed" / "hungert" is no counterpart) names the opposite.
    ``passage``: (text, language)."""
    flags, notes = found
    opposed = (
        opposite_words(quote.text, quote.language, *passage) if maybe_the_passage(signals) else None
    )
    if opposed is None or OPPOSITE in flags:
        return flags, notes
    return [*flags, OPPOSITE], [*notes, opposite_note(opposed)]

"""A negated word rendered by its opposite: "it is not convenient" / "it would be awkward",
"nicht leicht" / "schwierig", "не удобно" / "awkward" (litotes, and its undoing).

"However, since it is not convenient to manage individual services by editing this file" is
rendered "Managing separate services through a single file would be awkward" (walk112, by
way of Russian "неудобно"): WordNet reads "awkward" as an opposite of "convenient", so
"awkward" says what "not convenient" says, with a negation on one side only. The negation is
left out of the comparison when the word it negates (:attr:`.negation.Negations.targets`) has
no counterpart on the other side (or only that word) and a word of the other side, in a clause
aligned with the negation's or next to one, is its opposite: WordNet in English
(:func:`.antonyms.opposites`), through the dictionaries' English across languages
(:func:`.crossantonyms.opposed`) and within German or Russian
(:func:`.dictantonyms.opposed_in`). "not convenient" against "convenient" (the word itself,
affirmed) still differs, as does a negation whose word is rendered affirmed while an opposite
stands elsewhere. Where the other side negates in those clauses too, its negation answers
or not as before: "kein niedrigeres Fährgeld" against "Nor shall a higher toll" is no "not
lower" rendered by "higher".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..normalize import WORD_RE
from .conjuncts import without_negations
from .negation import Negations, clause_of
from .wordedotherwise import near_clauses

if TYPE_CHECKING:
    from .wordpairs import Alignment


def without_negated_opposites(
    quote: Negations, passage: Negations, alignment: Alignment | None
) -> tuple[Negations, Negations]:
    """``quote`` and ``passage`` without the negations whose word the other side renders by
    its opposite (see the module)."""
    if alignment is None:
        return quote, passage
    there = {p.quote_at: p.passage_at for p in alignment.pairs}
    back = {p.passage_at: p.quote_at for p in alignment.pairs}
    rendered = alignment.rendered
    return (
        without_negations(quote, _opposed(quote, passage, there, rendered[1])),
        without_negations(passage, _opposed(passage, quote, back, rendered[0])),
    )


def _opposed(
    one: Negations, other: Negations, counterparts: Mapping[int, int], content: Mapping[int, bool]
) -> set[int]:
    """The explicit negations of ``one`` (offsets) whose negated word ``other`` renders by its
    opposite. ``content``: ``other``'s content words, offset -> whether it has a counterpart."""
    found = set()
    taken = {p: q for q, p in counterparts.items()}
    pairs = list(counterparts.items())
    for i, (at, _) in enumerate(one.explicit):
        target = one.targets[i] if i < len(one.targets) else -1
        if target < 0 or (match := WORD_RE.match(one.text, target)) is None:
            continue
        places = near_clauses(one, other, at, pairs)
        if any(places is None or clause_of(other.clauses, a) in places for a, _ in other.explicit):
            continue  # a negation there answers or not, as before ("kein niedrigeres" / "Nor")
        for word_at in content:
            if taken.get(word_at, target) != target or counterparts.get(target, word_at) != word_at:
                continue  # the other word renders another, or the negated word is rendered
            if places is not None and clause_of(other.clauses, word_at) not in places:
                continue
            word = WORD_RE.match(other.text, word_at)
            if word is not None and opposite(match.group(), one.language, word.group(),
                                             other.language):  # fmt: skip
                found.add(at)
                break
    return found


def opposite(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether ``word`` (in ``language``) and ``other`` are opposites (see the module); lower
    case words only (a name has no opposite).

    >>> opposite("convenient", "en", "awkward", "en"), opposite("convenient", "en", "handy", "en")
    (True, False)
    """
    from . import wordnet
    from .antonyms import opposites  # they read negations (.negation)
    from .crossantonyms import opposed
    from .dictantonyms import opposed_in

    if not word.islower() or not other.islower() or not wordnet.available():
        return False
    if language == other_language:
        return opposites(word, other) if language == "en" else opposed_in(word, other, language)
    if language == "en":
        return opposed(word, other, other_language)
    if other_language == "en":
        return opposed(other, word, language)
    return False

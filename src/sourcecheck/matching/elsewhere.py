"""A quote's word that the chosen passage lacks and another passage of the text has.

The passage nearest by sentence vectors can win on a word paired by chance: "The father
pelted Gregor with apples, and one of them got stuck in his back." was ``reworded`` at
"Gregor zog den Kopf von der Tür zurück und hob ihn gegen den Vater." ("pelted"/"zog", 0.61),
where "apples" has no counterpart, while "Es war ein Apfel; gleich flog ihm ein zweiter nach"
has it ("apples"/"Apfel", 0.83); and "И вот уже Грегор постучал в одну из боковых дверей —
слабо, но кулаком." at "he took hold of the door handle and slammed the door"
("кулаком"/"slammed"), while "knocking at one of the side doors, gently, but with his fist"
pairs "кулаком" with "fist" (roles-13).

So, when the chosen passage passes and some of the quote's content words have no
counterpart there or only a weak one (under :data:`~.verdict.STRONG_PAIR`), the next
candidate passages elsewhere in the text (within :data:`GAP` of its similarity, at most
:data:`OTHERS`) are weighed too. One that pairs such a word strongly:

- is taken instead when it passes too and has more of the quote's words with a counterpart
  (the apples: 4 of 5 against 3 of 5), and its pairs weigh more by strength and rarity
  (:mod:`.pairweight`): a near-duplicate passage that pairs one word more through weak pairs
  and the text's everyday words is no better rendering (walk113 xc-en-ru-02: whatis's sentence
  for apropos's);
- else, when the chosen passage has a counterpart for at most :data:`HOLD` of the quote's
  content words, its weak counterparts of the words the other pairs strongly are not counted
  there (a word is rendered where it is rendered): when the passage then fails, it is
  rejected, and the reason names the word and where it is rendered. A passage holding more
  of the quote keeps them: a true rendering's weak pair ("slept"/"geschlafen", 0.65) is often
  met more strongly somewhere else in a book ("Schlaf", 0.76; kafka-en-2 at 0.8 of its
  words, prince-free-15 and time-2 at 0.67 and 0.6 were rejected without this limit).

A weak pair of two people's names (:func:`~.pairednames.name_pair`: "Соня"/"Natásha", 0.60)
is no word rendered weakly: it is another person named in the claim's person's place, and the
claim's name found elsewhere in the book ("Sónya") is no better rendering of what the passage
says. It stays counted, and the passage, when it passes, is flagged ``name``
(:mod:`.pairednames`; walk106 ch-14 was rejected for it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from ..models import Span
from .evidence import Weighing
from .namedrival import names_fewer
from .pairednames import name_pair
from .pairweight import evidence_weight
from .passages import Passage
from .siblings import opposed_word
from .vectors import text_units
from .verdict import STRONG_PAIR
from .wordpairs import WordPair, content_positions

GAP = 0.12
"""Candidates elsewhere whose similarity is within this (cosine) of the chosen passage's are
weighed for the words it lacks."""
OTHERS = 3
"""...at most this many."""
HOLD = 0.5
"""The most of the quote's content words with a counterpart at which a passage's weak
counterparts rendered elsewhere are not counted there (roles-13: 2 of 7)."""


class _Candidate(Protocol):
    @property
    def passage(self) -> Passage: ...

    @property
    def margin(self) -> float: ...


C = TypeVar("C", bound=_Candidate)


@dataclass(frozen=True, slots=True)
class RenderedElsewhere:
    """Quote words the chosen passage pairs weakly and another passage (``span``) strongly."""

    words: tuple[WordPair, ...]  # the chosen passage's weak pairs, not counted
    there: tuple[WordPair, ...]  # the other passage's strong pairs of the same words
    span: Span


def lacking(quote: str, language: str, weighed: Weighing) -> dict[int, WordPair | None]:
    """The quote's content words (offset) with no counterpart in the passage (None), or a
    weak one (under :data:`STRONG_PAIR`)."""
    pairs = {p.quote_at: p for p in weighed.alignment.pairs}
    out: dict[int, WordPair | None] = {}
    for at, _ in content_positions(quote, language):
        pair = pairs.get(at)
        if pair is None or pair.similarity < STRONG_PAIR:
            out[at] = pair
    return out


def look_elsewhere(
    quote: str,
    language: str,
    chosen: C,
    weighed: Weighing,
    candidates: list[C],
    weigh: Callable[[C], Weighing],
    text: str = "",
    *,
    ahead: Callable[[list[C]], None] | None = None,
) -> tuple[C, Weighing, RenderedElsewhere | None]:
    """The chosen candidate, another that renders more of the quote, or the chosen one with
    the words rendered elsewhere not counted (see the module's docstring). ``text``: the
    chosen passage's, for its names. ``ahead``: told the candidates about to be weighed,
    before the first is (their words go to the model in one call)."""
    signals = weighed.signals
    if signals.coverage is None or signals.score < 0:
        return chosen, weighed, None
    missing = lacking(quote, language, weighed)
    if text and weighed.anchors is not None:  # two people's names: no weak rendering
        languages = (language, weighed.anchors.language)
        missing = {at: p for at, p in missing.items()
                   if p is None or not name_pair(p.quote, p.passage, languages, text)}  # fmt: skip
    if not missing:
        return chosen, weighed, None
    top, span = chosen.passage.similarity, chosen.passage.span
    others = [
        c for c in candidates
        if top - c.passage.similarity <= GAP and not _overlap(c.passage.span, span)
    ][:OTHERS]  # fmt: skip
    found: list[tuple[C, Weighing, tuple[WordPair, ...]]] = []
    if ahead is not None and others:
        ahead(others)
    for other in others:
        w = weigh(other)
        strong = tuple(p for p in w.alignment.pairs
                       if p.quote_at in missing and p.similarity >= STRONG_PAIR)  # fmt: skip
        if strong:
            found.append((other, w, strong))
    outweighs = _outweighs(language, text, weighed)
    better = [f for f in found if f[1].signals.score >= 0 and
              f[1].signals.counterparts > signals.counterparts and outweighs(f[1])
              and not _opposite_there(quote, language, text, f[:2])
              and not names_fewer(f[1], weighed)]  # fmt: skip
    if better:
        best = max(better, key=lambda f: f[1].signals.score)
        return best[0], best[1], None
    if signals.coverage > HOLD:
        return chosen, weighed, None
    for other, _, strong in found:
        weak = tuple(p for p in (missing[s.quote_at] for s in strong) if p is not None)
        if weak:
            return (
                chosen,
                _discounted(weighed, weak),
                RenderedElsewhere(weak, strong, other.passage.span),
            )
    return chosen, weighed, None


def _outweighs(quote_language: str, text: str, weighed: Weighing) -> Callable[[Weighing], bool]:
    """Whether another passage's pairs weigh more than the chosen one's (``weighed``): by
    strength and by their words' rarity in ``text`` (:mod:`.pairweight`); without the text,
    every passage with more counterparts does."""
    if not text or weighed.anchors is None:
        return lambda other: True
    languages = (quote_language, weighed.anchors.language)
    units = text_units(text, languages[1])
    here = evidence_weight(weighed.alignment, units, languages)
    return lambda other: evidence_weight(other.alignment, units, languages) > here


def _opposite_there(quote: str, language: str, text: str, found: tuple[C, Weighing]) -> bool:
    """Whether the passage says the opposite of a word of the quote (.siblings: its sibling
    renders the word, and pairs more of the quote's words with the opposite's sentence)."""
    t_lang = found[1].anchors.language if found[1].anchors is not None else language
    return bool(text) and opposed_word((quote, language), text, t_lang, found) is not None


def _discounted(weighed: Weighing, weak: tuple[WordPair, ...]) -> Weighing:
    """``weighed`` without the counterparts ``weak``."""
    alignment = replace(
        weighed.alignment, pairs=tuple(p for p in weighed.alignment.pairs if p not in weak)
    )
    s = weighed.signals
    counterparts = s.counterparts - len(weak)
    signals = replace(
        s,
        counterparts=counterparts,
        coverage=counterparts / s.content_words if s.content_words else 0.0,
    )
    return replace(weighed, signals=signals, alignment=alignment)


def elsewhere_reason(found: RenderedElsewhere, place: str, score: float) -> str:
    """Why a passage whose weak counterparts are rendered elsewhere is rejected (``place``:
    where the other passage is; ``score``: the decision score without them)."""
    here = ", ".join(f"“{p.quote}”/“{p.passage}” ({p.similarity:.2f})" for p in found.words)
    there = ", ".join(f"“{p.passage}” ({p.similarity:.2f})" for p in found.there)
    return (
        f"pairs {here} only weakly, while another passage ({place}) has {there}: counted "
        f"where it is rendered, too few of the quote's words have a counterpart here "
        f"(decision score {score:+.1f}; reworded needs 0 or more)"
    )


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end

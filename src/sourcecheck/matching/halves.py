"""The two halves of a contrast with two of their words exchanged.

"If times favour a cautious man he will be ruined, but if times change he will be
successful" has every word of "if times favour a cautious man his administration is
successful; but if times change, he is ruined", "ruined" and "successful" too, and says the
other thing: what the quote says of the first case the passage says of the second.
:mod:`.contrasts` reads this for ordinals ("the second voice" / "the first"); here for any
two words, in sentences cut in two by a contrasting conjunction ("but", "aber", "но", "а"):
each half of the quote is rendered by the passage's half that holds most of its other
words' counterparts; when a word said once on each side stands in the half of the passage
that renders the quote's OTHER half, and a second word of that other half stands in the half
rendering the first, the two are exchanged (a ``roles`` flag, as a comparison turned round).

Limits: only words said once on each side, and paired at :data:`SURE` similarity, are read
(across languages an outcome is often rendered by a looser pair, "rewarded" / "belohnt": not
read); a word of both halves tells nothing of where it
belongs; halves whose other words have fewer than two counterparts each are not
linked; a contrast without a conjunction ("whereas", a semicolon alone) is not read.
"""

from __future__ import annotations

import re
from collections import Counter

from ..normalize import WORD_RE, fold
from .wordpairs import Alignment

_CONTRAST = {
    "en": "but",
    "de": "aber sondern doch jedoch",
    "ru": "но а однако",
}
SURE = 0.85
"""Similarity (0-1) of a word pair that is read as the same word moved: the word itself, or a
near-certain rendering. A looser pair is as often a word paired with a neighbour of its
counterpart ("disposed" / "towards", "kind" / "one's"), which moves nothing."""
_LINKS = 2
"""Counterparts a half must have in one half of the passage, besides the exchanged words."""


def exchanged_halves(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """The two words the passage says in each other's half of a contrast, in plain words
    ("“ruined” and “successful” change places: ..."), or None."""
    q_cuts, p_cuts = _cuts(quote, quote_language), _cuts(passage, passage_language)
    if not q_cuts or not p_cuts:
        return None  # most sentences contrast nothing: read no further
    mine, theirs = _said_once(quote), _said_once(passage)
    sure = {(w.quote_at, w.passage_at) for w in alignment.pairs if w.similarity >= SURE}
    pairs = [(q, p) for q, p in alignment.offsets if q in mine and p in theirs and (q, p) in sure]
    if len(pairs) < 2:
        return None
    links: dict[int, Counter[int]] = {}
    for q, p in alignment.offsets:
        links.setdefault(_half(q_cuts, q), Counter())[_half(p_cuts, p)] += 1
    for a, pa in pairs:
        for b, pb in pairs:
            qa, qb, ha, hb = (
                _half(q_cuts, a),
                _half(q_cuts, b),
                _half(p_cuts, pa),
                _half(p_cuts, pb),
            )
            if qa >= qb or ha == hb:
                continue
            if _rendering(links, qa, ha) == hb and _rendering(links, qb, hb) == ha:
                return (
                    f"the halves of the contrast are exchanged: “{_word(quote, a)}” and "
                    f"“{_word(quote, b)}” change places in the source"
                )
    return None


def _cuts(text: str, language: str) -> list[int]:
    """Where a contrasting conjunction opens a new half of ``text`` (after a comma, a
    semicolon or a dash: "..., but if times change")."""
    words = "|".join(_CONTRAST.get(language, "").split())
    if not words:
        return []
    pattern = re.compile(rf"[,;:—–-]\s*(?:{words})\b", re.IGNORECASE)
    return [m.start() for m in pattern.finditer(text)]


def _half(cuts: list[int], at: int) -> int:
    return sum(1 for c in cuts if c <= at)


def _rendering(links: dict[int, Counter[int]], half: int, left_out: int) -> int | None:
    """The passage's half that renders the quote's ``half``: the one holding most of its
    words' counterparts (at least :data:`_LINKS` and more than any other), the word read
    (``left_out``: its passage half) not counted."""
    counts = Counter(links.get(half, Counter()))
    counts[left_out] -= 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _LINKS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _said_once(text: str) -> set[int]:
    """Offsets of the words ``text`` says once."""
    counts = Counter(fold(m.group()) for m in WORD_RE.finditer(text))
    return {m.start() for m in WORD_RE.finditer(text) if counts[fold(m.group())] == 1}


def _word(text: str, at: int) -> str:
    m = WORD_RE.match(text, at)
    return m.group() if m else ""

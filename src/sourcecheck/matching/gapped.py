"""A statement a long sentence interrupts: the clauses that carry it, without what is between.

Czernin's "and if we had the power, besides securing a tolerable peace for ourselves, to force
other countries into a state of law and order, then it would be better to have nothing to do
with such people as these, but to march on Petersburg and arrange matters there." says what
a memoir renders as "if we had the power, we would march on Petrograd and put things in order
there"; but the sentence whole is about much else (similarity 0.40 with the rendering), and
of its clauses the nearest, "and if we had the power" (0.73), is too short to carry the
statement: 1 of its 4 content words has a counterpart there. The condition and its
consequence, with the three clauses between them left out, are 0.71 from the rendering, and
every content word has a counterpart.

So when the best passage is a run of clauses of a long unit and has fewer than half the
quote's words, :func:`gapped_passages` joins it with each other clause of the unit that is
not next to it (in the text's order, what lies between left out) and embeds the joined
clauses, and the joins take its place among the candidates (:mod:`.meaning`): each is a
passage spanning both (a span is the currency: it holds the interrupting
clauses too, and the words are counted over it), weighed as clause runs are (:mod:`.verdict`'s
``CLAUSE``). At most :data:`JOINED` are embedded for a quote.
"""

from __future__ import annotations

import numpy as np

from ..models import Span
from .embed import Embedder
from .passages import Passage, clause_cuts, nearest_reading
from .vectors import TextUnits, flat_text, raw_words

JOINED = 6
"""The most joined clauses embedded for one quote (the nearest to the passage first)."""
SENTENCE_UNITS = 2
"""The most units of one long sentence looked at on either side of the passage's."""
SHORT_SHARE = 0.5
"""A passage with fewer words than this share of the quote's is too short to carry it."""


def unit_sentence(text: str, units: TextUnits, unit: int) -> tuple[int, int]:
    """The unit's sentence: with the units before and after it that a long sentence was cut
    into (:mod:`.vectors` cuts one at clause marks), up to :data:`SENTENCE_UNITS` each way."""
    first = last = unit
    while first > 0 and unit - first < SENTENCE_UNITS and not _ends(text, units, first - 1):
        first -= 1
    while (
        last + 1 < len(units.spans)
        and last - unit < SENTENCE_UNITS
        and not _ends(text, units, last)
    ):
        last += 1
    return int(units.spans[first, 0]), int(units.spans[last, 1])


def _ends(text: str, units: TextUnits, unit: int) -> bool:
    """Whether the unit ends a sentence (or a paragraph)."""
    end = int(units.spans[unit, 1])
    tail = text[max(0, end - 3) : end].rstrip(" \"'”’»)]")
    return not tail or tail[-1] in ".!?…" or "\n\n" in text[end : end + 3]


def gapped_passages(
    text: str,
    units: TextUnits,
    best: Passage,
    quote_words: int,
    readings: np.ndarray,
    embedder: Embedder,
) -> list[Passage]:
    """Passages joining ``best`` (a clause run too short for the quote) with another clause
    of its unit past an interrupting one, each with its similarity (the nearest of the
    quote's ``readings``); ``[]`` when ``best`` is no such passage.

    >>> from sourcecheck.matching.vectors import text_units
    >>> t = "And if we had the power, besides peace, to force order, then we would march on."
    >>> class Words:  # a toy embedder: the words each text holds
    ...     model_id = "toy"
    ...     def __call__(self, texts):
    ...         v = np.array([[w in s.split() for w in ("if", "power", "march", "peace")]
    ...                       for s in texts], dtype=float)
    ...         return v / np.linalg.norm(v, axis=1, keepdims=True)
    >>> q = Words()(["if power march"])
    >>> best = Passage(Span(0, 23), 0.8, (0, 0), clause=True)
    >>> [t[p.span.start : p.span.end][-10:] for p in gapped_passages(
    ...     t, text_units(t, "en"), best, 14, q, Words())][:1]
    [' march on.']
    """
    if not best.clause or len(raw_words(best.span.slice(text))) >= SHORT_SHARE * quote_words:
        return []
    start, end = unit_sentence(text, units, best.window[0])
    clauses = clause_cuts(text, start, end)
    inside = [i for i, (s, e) in enumerate(clauses) if s < best.span.end and e > best.span.start]
    if not inside:
        return []
    first, last = inside[0], inside[-1]
    others = [j for j in range(len(clauses)) if j < first - 1 or j > last + 1]
    others.sort(key=lambda j: min(abs(j - first), abs(j - last)))
    joined: list[tuple[Span, str]] = []
    run = " ".join(flat_text(text, *clauses[i]) for i in range(first, last + 1))
    for j in others[:JOINED]:
        other = flat_text(text, *clauses[j])
        if j > last:
            joined.append((Span(clauses[first][0], clauses[j][1]), f"{run} {other}"))
        else:
            joined.append((Span(clauses[j][0], clauses[last][1]), f"{other} {run}"))
    if not joined:
        return []
    sims = nearest_reading(embedder([t for _, t in joined]), readings)
    return [
        Passage(span, float(s), best.window, clause=True)
        for (span, _), s in zip(joined, sims, strict=True)
    ]

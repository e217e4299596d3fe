"""A passage the word matcher placed the quote at, weighed as its rendering.

The word matcher calls a quote ``partial`` "with too many differences to be close" when it
placed every segment of the quote, close together, but changed too many of its words: an older
wording set in modern words ("Unto thee, O my strength, will I sing" / "To you, my strength, I
will sing praises"), a clause turned into a question ("from whence cometh my help" / "Where
does my help come from?"). The meaning stage then judges whether that passage says the quote
in other words (``reworded``) or not (the ``partial`` stays).

Its rule weighs the passage's margin over the text's other passages: a rendering stands out,
while a quote that shares only a book's topic is about as near many of its passages. In a book
of many like passages (the Psalms praise God's strength and mercy verse after verse) the right
passage stands out little, and "To you, my strength, I will sing praises. For God is my high
tower, the God of my mercy" (Ps 59:17, World English Bible) was rejected for the King James
"Unto thee, O my strength, will I sing: for God is my defence, and the God of my mercy" at
+0.06 above the text's other passages (score -0.3), with 5 of its 7 content words rendered
(walkthrough walk108, bk-00). There the words, not the margin, say which passage is quoted: at
the passage they placed the quote, the margin counts as at least the topic margin
(:data:`~.verdict.TOPIC_MARGIN`, :attr:`~.verdict.Signals.counted_margin`), and the rest of the
rule (similarity, the share of content words with a counterpart, names, negations) decides as
anywhere. A real partial (part of the quote not in the source) leaves its invented words
without counterparts there, and its similarity falls: it stays ``partial``.

The passage judged is the run of the text's units the placed span falls in (the question the
word matcher cut after "my help" is judged whole), only when the stage's own best candidate
fails: a rendering found elsewhere is judged as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ..models import MatchResult, Span
from .embed import Embedder
from .evidence import Weighing
from .passages import Neighbours, Passage, margin, nearest_reading
from .repeated import unit_words
from .vectors import flat_text, text_units


def word_place(words: MatchResult | None, text_id: int) -> Span | None:
    """Where the word matcher placed every part of a quote in text ``text_id``, too changed to
    be close (a ``partial`` the meaning stage looks at again), else None."""
    if words is None or words.status != "partial" or words.text_id != text_id:
        return None
    return words.span


def placed_passage(
    text: str,
    language: str,
    placed: Span,
    readings: np.ndarray,
    sims: np.ndarray | None,
    embedder: Embedder,
) -> tuple[Passage, float] | None:
    """The units of ``text`` the span ``placed`` falls in, as a passage with its similarity to
    the quote (its ``readings``, the nearest counting) and its margin over the text's other
    units (``sims``: the quote's similarity with each, from the stored vectors); None when no
    unit holds it."""
    units = text_units(text, language)
    spans = units.spans
    inside = np.flatnonzero((spans[:, 0] < placed.end) & (spans[:, 1] > placed.start))
    if not len(inside):
        return None
    first, last = int(inside[0]), int(inside[-1])
    span = Span(int(spans[first, 0]), int(spans[last, 1]))
    vector = embedder([flat_text(text, span.start, span.end)])
    passage = Passage(span, float(nearest_reading(vector, readings)[0]), (first, last))
    near = None
    if sims is not None and len(sims) == len(spans):  # its repetitions: not neighbours
        near = Neighbours(sims, unit_words(text, spans))
    return passage, margin(passage, [passage], near)


def at_placed(
    placed: tuple[Passage, float] | None, weigh: Callable[[Passage, float], Weighing]
) -> tuple[Passage, Weighing] | None:
    """The placed passage (with its margin) weighed, its margin counted as the word
    matcher's place (:attr:`~.verdict.Signals.counted_margin`), when it passes; else None."""
    if placed is None:
        return None
    passage, above = placed
    weighed = weigh(passage, above)
    weighed = replace(weighed, signals=replace(weighed.signals, placed=True))
    if weighed.signals.coverage is None or weighed.signals.score < 0:
        return None
    return passage, weighed

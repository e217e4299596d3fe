"""The words a passage quotes, compared without their marks: a speech in its own right.

Minutes, diaries and memoirs give a speech as a quotation inside a sentence that says who
spoke; the stored units cut it out of its sentence (:mod:`.speech`), marks included, and keep
it as a clause of the sentence. Two things still held a rendering of it back: the marks move
its vector (the quote itself is compared without its own, :func:`.readings.plain_quote`), and
a clause pays the clause penalty (:data:`.verdict.CLAUSE`), meant for the many clauses of long
sentences that come near a quote by chance. "We cannot wait for ever: the patience of the
Supreme Army Command is at an end." is 0.46 from the sentence „Wir können nicht ewig warten,
die Geduld der Obersten Heeresleitung ist zu Ende“, sagte er zu Trotzki, der ihm lächelnd
zuhörte.; 0.52 from its quotation with the marks (score -1.6 as a clause), 0.61 without them
(+1.2 as a passage of its own). So the quotations inside the best passages are embedded
without their marks and weighed as a sentence is (:func:`with_quoted`): a quotation is a unit
of meaning of the text.
"""

from __future__ import annotations

import re

import numpy as np

from ..models import Span
from .embed import Embedder
from .passages import Passage, nearest_reading
from .speech import quotations, strip_span
from .vectors import flat_text

LOOKED_AT = 3
"""The best passages whose quotations are embedded (each claim pays for these only)."""
_MARKS = "\"'“”„«»‹›‚‘’"
_OPENING = re.compile(f"^[\\s{_MARKS}]+")
_CLOSING = re.compile(f"[{_MARKS}]+(?=[.,;:!?…]*\\s*$)")


def unmarked(quoted: str) -> str:
    """A quotation without its marks, its sentence mark kept.

    >>> unmarked("«Армия не будет воевать, но и мира мы не подпишем».")
    'Армия не будет воевать, но и мира мы не подпишем.'
    >>> unmarked("„Die Russen werden nicht unterschreiben“,")
    'Die Russen werden nicht unterschreiben,'
    """
    return _CLOSING.sub("", _OPENING.sub("", quoted))


def with_quoted(
    text: str, passages: list[Passage], query: np.ndarray, embedder: Embedder
) -> list[Passage]:
    """``passages`` (best first) with the quotations inside the :data:`LOOKED_AT` best ones
    (:func:`.speech.quotations`), each a passage of its window, marks included but embedded
    without them, in place of the same span as a clause; best first. ``query``: the quote's
    readings (a passage's similarity is that of the nearest)."""
    spans: list[tuple[tuple[int, int], Passage]] = []
    for p in passages[:LOOKED_AT]:
        for s, e in quotations(text, p.span.start, p.span.end):
            found = strip_span(text, s, e)
            if found not in [x for x, _ in spans]:
                spans.append((found, p))
    if not spans:
        return passages
    flat = [unmarked(flat_text(text, s, e)) for (s, e), _ in spans]
    sims = nearest_reading(embedder(flat), query).tolist()
    quoted = {
        Span(s, e): Passage(Span(s, e), float(sim), p.window)
        for ((s, e), p), sim in zip(spans, sims, strict=True)
    }
    for p in passages:  # the same span found otherwise: the nearer of the two
        if p.span in quoted and p.similarity > quoted[p.span].similarity:
            quoted[p.span] = Passage(p.span, p.similarity, p.window)
    kept = [p for p in passages if p.span not in quoted]
    return sorted(kept + list(quoted.values()), key=lambda p: -p.similarity)

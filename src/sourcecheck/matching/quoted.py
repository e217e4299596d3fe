"""The words a passage quotes, compared without their marks and their attribution.

Minutes, diaries and memoirs give a speech as a quotation inside a sentence that says who
spoke: „Wir können nicht ewig warten, die Geduld der Obersten Heeresleitung ist zu Ende“,
sagte er zu Trotzki, der ihm lächelnd zuhörte. A claim quoting the speech renders only the
quoted words, and the sentence's vector is blurred by the rest: "We cannot wait for ever: the
patience of the Supreme Army Command is at an end." is 0.46 from the sentence and 0.52 from
its stored clause „Wir ... Ende“, whose marks move the vector too (the quote itself is
compared without its own marks, :func:`.readings.plain_quote`); from the quoted words alone it
is 0.61. So the quotations inside the best passages are embedded as passages of their own,
between their marks (:func:`with_quoted`), and weighed as a sentence is: a quotation is a
unit of meaning of the text, not one of the many clauses the clause penalty
(:data:`.verdict.CLAUSE`) is for.
"""

from __future__ import annotations

import re

import numpy as np

from ..models import Span
from .embed import Embedder
from .passages import Passage, nearest_reading
from .vectors import flat_text, raw_words

_QUOTED = re.compile(r"„([^„“”\n]+)[“”]|«([^«»\n]+)»|“([^“”\n]+)”|»([^»«\n]+)«|\"([^\"\n]+)\"")
"""A quotation between double marks on one line of a paragraph: German „…“ (or „…”), Russian
and French «…», English “…”, German »…«, and straight "…"."""
LEAST_WORDS = 3
"""A quotation of fewer words is a name or a term set in marks, not a speech."""
LOOKED_AT = 3
"""The best passages whose quotations are embedded (each claim pays for these only)."""


def quotations_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words quoted between double marks in ``text[start:end]``, marks left
    out, each of at least :data:`LEAST_WORDS` words.

    >>> t = "„Die Russen werden nicht unterschreiben“, sagte Graf Czernin."
    >>> [t[s:e] for s, e in quotations_in(t, 0, len(t))]
    ['Die Russen werden nicht unterschreiben']
    >>> t = "Он сказал: «Мир нужен нам», а про «Правду» молчал."
    >>> [t[s:e] for s, e in quotations_in(t, 0, len(t))]
    ['Мир нужен нам']
    """
    found = []
    for m in _QUOTED.finditer(text, start, end):
        group = next(i for i in range(1, 6) if m.group(i) is not None)
        s, e = m.span(group)
        if len(raw_words(text[s:e])) >= LEAST_WORDS:
            found.append((s, e))
    return found


def with_quoted(
    text: str, passages: list[Passage], query: np.ndarray, embedder: Embedder
) -> list[Passage]:
    """``passages`` (best first) with the quotations inside the :data:`LOOKED_AT` best ones,
    each a passage of its window, embedded without its marks, best first; ``query``: the
    quote's readings (a passage's similarity is that of the nearest)."""
    seen = {(p.span.start, p.span.end) for p in passages if not p.clause}
    spans: list[tuple[tuple[int, int], Passage]] = []
    for p in passages[:LOOKED_AT]:
        for found in quotations_in(text, p.span.start, p.span.end):
            if found not in seen:
                seen.add(found)
                spans.append((found, p))
    if not spans:
        return passages
    sims = nearest_reading(embedder([flat_text(text, s, e) for (s, e), _ in spans]), query)
    quoted = [
        Passage(Span(s, e), float(sim), p.window)
        for ((s, e), p), sim in zip(spans, sims.tolist(), strict=True)
    ]
    return sorted(passages + quoted, key=lambda p: -p.similarity)

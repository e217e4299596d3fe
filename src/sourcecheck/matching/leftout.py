"""A sentence of the quote that its passage leaves out, read against the text's sentence in
its place.

A quote of several sentences is often found at the one sentence that renders most of it; its
other sentences are then compared with nothing, and a negation there goes unchecked:
"Кюльман заметил только: «Украина даст нам хлеб, который так нужен Вене». Все ему
возражали." was ``reworded`` at "Kühlmann meinte nur: „Die Ukraine wird uns das Brot geben,
das Wien so dringend braucht.“" with nothing flagged, while the diary goes on "Niemand
widersprach ihm." (m24-neg-7). The passage-finding widens a passage over the next sentences
only when they give the left-out sentence counterparts (:mod:`.extend`); single words of a
short sentence often pair with nothing ("возражали" / "widersprach"). Here the order of the
sentences stands in for the words: a sentence of the quote before (after) all those with a
counterpart, that has none itself but names, is read against the text's sentence just
before (after) the passage, in the same paragraph; an explicit negation on one side only
(none, not even an affixed one, on the other) is flagged, and the passage shown is widened
over that sentence, so that a person sees what the text says in its place. A quote of one
sentence is read so clause by clause: "And no men shall fear, and shall declare the work of
God" found at "They shall declare the work of God" is read against "All mankind shall be
afraid." before it; in one language only, a clause of two content words or more, and only for
its own negation (a sentence of the text next door that negates is often one the quote leaves
out).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..models import Span, excerpt
from ..texts.sentences import sentence_spans
from .cancelling import lack_denied
from .negation import clause_spans, read_negations
from .vectors import TextUnits
from .wordpairs import Alignment, content_positions

_CLAUSE_WORDS = 2
"""Content words a clause of the quote needs to be read against the text's sentence."""


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A sentence of the quote the passage leaves out and the text's sentence in its place,
    whose negations differ; ``span``: the passage widened over that sentence."""

    quote: str
    text: str
    span: Span

    def note(self) -> str:
        """The CHECK a ``reworded`` reason gives."""
        return (
            f"CHECK: the quote's “{_short(self.quote)}” stands where the text goes on "
            f"“{_short(self.text)}”: a negation on one side only"
        )


def left_out_negation(
    quote: str,
    language: str,
    text: str,
    text_language: str,
    units: TextUnits,
    span: Span,
    alignment: Alignment,
    names: tuple[str, ...] = (),
) -> LeftOut | None:
    """The first sentence of ``quote`` left out by the passage at ``span`` whose place in
    the text (the unit next to the passage, in its paragraph) negates where it does not, or
    the other way round; None when there is none. ``names``: the quote's names (a name paired
    with the passage is no counterpart of a sentence: "Троцкий" also stands in the passage's
    first sentence)."""
    sentences = [Span(s, e) for s, e in sentence_spans(quote)]
    # one sentence: its clauses ("And no men shall fear, and"), in one language only (across
    # two, a short clause rendered otherwise often pairs nothing: "Es geht ihm nicht gut")
    clauses = len(sentences) < 2 and language == text_language
    if clauses:
        sentences = [Span(s, e) for s, e in clause_spans(quote)]
    if len(sentences) < 2:
        return None
    paired = {p.quote_at for p in alignment.pairs if p.quote not in names}
    content = [at for at, _ in content_positions(quote, language)]
    held = [any(s.start <= at < s.end for at in paired) for s in sentences]
    if not any(held):
        return None
    first, last = held.index(True), len(held) - 1 - held[::-1].index(True)
    least = _CLAUSE_WORDS if clauses else 1  # "or would not have happened at all": elided
    words = [sum(s.start <= at < s.end for at in content) >= least for s in sentences]
    before = [sentences[i] for i in range(first - 1, -1, -1) if words[i]]  # nearest first
    after = [sentences[i] for i in range(last + 1, len(sentences)) if words[i]]
    starts, ends = units.spans[:, 0], units.spans[:, 1]
    nxt = int(np.searchsorted(starts, span.end))
    prev = int(np.searchsorted(ends, span.start, side="right")) - 1
    places = [(s, nxt + k) for k, s in enumerate(after)]
    places += [(s, prev - k) for k, s in enumerate(before)]
    for sentence, unit in places:
        if not 0 <= unit < len(starts):
            continue
        there = Span(int(starts[unit]), int(ends[unit]))
        between = text[min(span.end, there.end) : max(span.start, there.start)]
        if "\n\n" in between or "\n\n" in text[there.start : there.end]:
            continue  # another paragraph: no longer the passage's place
        said = sentence.slice(quote)
        if _one_side_negates(said, language, there.slice(text), text_language, quoted=clauses):
            wider = Span(min(span.start, there.start), max(span.end, there.end))
            return LeftOut(said, there.slice(text), wider)
    return None


def _one_side_negates(
    one: str, one_language: str, other: str, other_language: str, *, quoted: bool = False
) -> bool:
    """An explicit negation on one side, no negation (explicit or affixed) on the other; or
    a negated word of lack against a word of lack (:func:`.cancelling.lack_denied`).
    ``quoted``: ``one`` is a clause of the quote, read only for a negation of its own (the
    text's sentence next door, which the quote's clause does not render, often negates)."""
    a, b = read_negations(one, one_language), read_negations(other, other_language)
    if quoted:
        return bool(a.explicit) and not (b.explicit or b.affixed)
    if lack_denied(a, b) or lack_denied(b, a):
        return True
    if a.explicit:
        return not (b.explicit or b.affixed)
    return bool(b.explicit) and not a.affixed


def _short(sentence: str) -> str:
    return excerpt(sentence, 120)

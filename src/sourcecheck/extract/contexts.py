"""The text around a quotation that may say who spoke, when and where: the lead-in of its
sentence, the sentence before a short lead-in, the clause after it, a parenthesized citation.

Spans into the text, so that the claim's notes and the fact sieves (which leave these spans
out) agree on what was read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Span
from ..texts.paragraphs import Paragraph
from .facts import sentence_spans
from .quotes import ATTRIBUTION_VERBS, Piece, Quotation, word_count

_OBJECTS = frozenset("them him her me us it of that".split())
_ANNOUNCES = re.compile(
    r"\b(?:thus\s+\w+(?:\s+\w+)?|began(?:\s+again)?|as follows)(?:[,:]?\s*-+)?(\.)$"
)
"""The end of a sentence that says the next paragraph's words follow: "thus began.",
"thus addressed her.", "began again.", "as follows." (its period is left out of the lead-in,
which then reads like one ending with a colon)."""


class Surroundings:
    """The contexts of the quotations of one text (``text`` cut into ``paras``)."""

    def __init__(self, text: str, paras: Sequence[Paragraph]) -> None:
        self.text, self.paras = text, paras

    def leadin(self, anchor: int, para: Paragraph) -> Span | None:
        """The words of the quote's sentence before it; for a quote opening a paragraph, the
        previous paragraph's last sentence when it ends with a colon, a comma or a dash
        ("Harriet, with a sigh, began--")."""
        text = self.text
        if anchor > para.start:
            # Up to the opening mark included, so that a boundary just before it is seen.
            spans = sentence_spans(text, para.start, min(para.end, anchor + 1))
            starts = [s for s, _ in spans if s < anchor]
            if starts and text[starts[-1] : anchor].strip():
                return Span(starts[-1], anchor)
            return None
        if para.number < 2:
            return None
        prev = self.paras[para.number - 2]
        spans = sentence_spans(text, prev.start, prev.end)
        last = text[spans[-1][0] : prev.end].rstrip() if spans else ""
        announces = _ANNOUNCES.search(last)
        if announces:  # "till Sir William thus began.": the sentence says words follow
            return Span(spans[-1][0], spans[-1][0] + announces.start(1))
        if not last.endswith((":", ",", "--", "—")):
            return None  # "He presently added, with a smile,\n\n“I do not ...”"
        return Span(spans[-1][0], prev.end)

    def before(self, span: Span) -> Span | None:
        """The sentence before a short lead-in: "... and wrote Lenin to that effect. His reply
        was:" (for the kind, date and source; the speaker is the lead-in's)."""
        para = next(p for p in reversed(self.paras) if p.start <= span.start)
        if word_count(span.slice(self.text)) >= 5:
            return None
        spans = [
            s for s in sentence_spans(self.text, para.start, span.start + 1) if s[0] < span.start
        ]
        return Span(*spans[-1]) if spans else None

    def direct(self, leadin: Span, first: Piece) -> bool:
        """Whether a lead-in attributes the quotation it introduces."""
        words = self.text[leadin.start : leadin.end].rstrip()
        if words.endswith(":") or re.search(r"\bthat,?$", words) or first.open is None:
            return True
        tail = re.findall(r"[\w’']+", words.lower())[-2:]
        verbs = ATTRIBUTION_VERBS
        if tail and tail[-1] in verbs:
            return True  # "the stenographic report notes “..."
        return len(tail) == 2 and tail[0] in verbs and tail[1] in _OBJECTS  # "called them “..."

    def trailing(self, quote: Quotation) -> Span | None:
        """The sentence after the quotation's last mark, in its paragraph, up to the next
        opening mark: where "he said" and "(The speech of ...)" are."""
        text = self.text
        start = quote.last_mark_end
        para = self.paras[quote.pieces[-1].paragraph - 1]
        if start >= para.end:
            return None
        stop = para.end
        nxt = re.search(r"[“„«\"(]", text[start:stop])
        if nxt:
            stop = start + nxt.start()
        spans = sentence_spans(text, start, stop)
        if not spans or not text[spans[0][0] : spans[0][1]].strip():
            return None
        return Span(start, spans[0][1])

    def sentence_before(
        self, anchor: int, quoted: Sequence[tuple[int, int]], para: Paragraph
    ) -> Span | None:
        """The narration's last sentence right before an opening mark, in its paragraph or
        at the end of the previous one; None when a quotation comes between."""
        floor = self.paras[max(0, para.number - 2)].start
        ends = [e for s, e in quoted if floor <= e <= anchor and s < anchor]
        start = max(floor, ends[-1] + 1 if ends else floor)
        spans = [
            (s, e) for s, e in sentence_spans(self.text, start, anchor) if self.text[s:e].strip()
        ]
        if not spans or (ends and spans[-1][0] == start):
            return None  # '” said Emma.': the clause of the quotation before
        s, e = spans[-1]
        while s < e and not self.text[s].isalnum():
            s += 1  # '”--Harriet' after a closing mark: the sentence starts at the word
        return Span(s, e) if s < e else None

    def citation(self, quote: Quotation, trailing: Span | None) -> Span | None:
        """A parenthesized sentence right after the quote: "(The speech of March 18, 1919.)"."""
        text = self.text
        for start in (quote.last_mark_end, trailing.end if trailing else None):
            if start is None:
                continue
            m = re.match(r"\s*(\([^()]{3,200}\.\))", text[start : start + 220])
            if m:
                return Span(start + m.start(1), start + m.end(1))
        return None

"""The verb of saying right beside a quotation: in its interruptions, in the clause after it,
or at the end of its lead-in (:mod:`~sourcecheck.extract.sieves` reads the verb and who it says
spoke); a cue inside a source's title printed in the text ("War and Peace opens with") is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Source, Span
from . import lexicon, sieves, verbs
from .cue import Cue
from .leadins import cue_in_leadin, cue_with_epithet
from .leadsubject import before_trailing_clause
from .quotes import Quotation
from .sentenceaway import cue_ending_with, cue_one_sentence_before, cue_words_noun

OPENING_PARAGRAPHS = 2
"""A speech of more paragraphs than this is attributed where it begins: a verb of saying in
its later paragraphs or after its end tells of the words its speaker reports ("“Take him to
the main guard,” said I" in a prisoner's story of twenty paragraphs), not who speaks it."""


@dataclass(frozen=True, slots=True)
class CueFinder:
    """Finds the cue beside each quotation of ``text``."""

    text: str
    quoted: list[tuple[int, int]]  # the spans of the quotations' pieces
    titles: list[tuple[int, int, Source]]  # where the text prints a source's title

    def adjacent(self, quote: Quotation, leadin: Span | None, trailing: Span | None) -> Cue | None:
        """The cue beside the quotation (:meth:`_beside`), unless it names a word of a
        source's title ("War and Peace opens with ...": "War" is no speaker)."""
        cue = self._beside(quote, leadin, trailing) or self._away(quote, leadin)
        if cue is not None and cue.kind == "first" and cue.verb.lower() in ("read", "reads"):
            return None  # "In Czernin's diary we read:": someone else's words
        if cue is not None and cue.kind == "name" and self._nouns().intersection(cue.words.split()):
            return None  # "bei diesen Umständen ... zu sagen:": a German noun, nobody
        return None if cue is not None and self.in_title(cue.start, cue.end) else cue

    def _nouns(self) -> frozenset[str]:
        """The German text's common nouns (:func:`lexicon.common_nouns`); none elsewhere."""
        return lexicon.common_nouns(self.text) if verbs.language() == "de" else frozenset()

    def in_title(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a source's title printed in the text."""
        return any(s < end and start < e for s, e, _ in self.titles)

    def _beside(self, quote: Quotation, leadin: Span | None, trailing: Span | None) -> Cue | None:
        """A verb of saying right beside the quotation: in its interruptions, after it, or
        at the end of its lead-in (:mod:`sourcecheck.extract.sieves`)."""
        first, last = quote.pieces[0].paragraph, quote.pieces[-1].paragraph
        opening = [p.span.start for p in quote.pieces if p.paragraph < first + OPENING_PARAGRAPHS]
        if last - first >= OPENING_PARAGRAPHS:
            trailing = None  # (the story's end: the narration goes on)
        for gap in quote.gaps:
            if gap.start > opening[-1]:
                break  # (gaps in text order: past the speech's opening paragraphs)
            cue = sieves.cue_after(self.text, gap.start, gap.end) or cue_with_epithet(
                self.text, gap.start, gap.end
            )
            if cue is not None:
                return cue
        before = self._before(quote, leadin)
        if before is not None and self.text[: quote.first_mark].rstrip().endswith(":"):
            # "Radek said: “...” I answered him that ...": the lead-in that introduces the
            # quotation names its speaker; the sentence after it is the narration going on.
            return before
        if trailing is not None and (
            not trailing.slice(self.text).rstrip().endswith(":")
            or self.text[trailing.start : trailing.end].lstrip()[:1].islower()
        ):
            # A clause ending with a colon introduces the next quotation ("Bukharin said:"),
            # unless it goes on the quotation's sentence ("!” said Mr. Fang: “don't ...").
            cue = sieves.cue_after(self.text, trailing.start, trailing.end) or cue_with_epithet(
                self.text, trailing.start, trailing.end
            )
            if cue is not None:
                return cue
        return before

    def _before(self, quote: Quotation, leadin: Span | None) -> Cue | None:
        """The verb of saying at the end of the lead-in right before the quotation."""
        if leadin is None or self.text[leadin.end : quote.first_mark].strip(" \n."):
            return None
        narration = self.narration(leadin)
        start, end = narration.start, narration.end
        cue = cue_in_leadin(self.text, start, end) or sieves.cue_before(self.text, start, end)
        cut = before_trailing_clause(self.text, start, end) if cue is None else None
        if cut is not None:  # "called out as she entered the library,": before the clause
            cue = cue_in_leadin(self.text, start, cut) or sieves.cue_before(self.text, start, cut)
        return cue

    def _away(self, quote: Quotation, leadin: Span | None) -> Cue | None:
        """When no verb stands beside the quotation: a lead-in ending with its owner's noun
        of saying ("and his next words were,"), else the narration's sentence right before
        it when it ended with a verb of saying ("She went on.")
        (:mod:`~sourcecheck.extract.sentenceaway`)."""
        if leadin is not None and not self.text[leadin.end : quote.first_mark].strip():
            narration = self.narration(leadin)
            end = len(self.text[: narration.end].rstrip())
            cue = cue_words_noun(self.text, narration.start, end) or cue_ending_with(
                self.text, narration.start, end
            )
            if cue is not None:
                return cue
        return cue_one_sentence_before(self.text, self.quoted, quote.first_mark)

    def narration(self, span: Span) -> Span:
        """The part of ``span`` after the last quotation ending inside it: the narration only,
        not the words of an earlier quotation ("“..., Work'us,” continued Noah, ...: “")."""
        start = span.start
        for _, e in self.quoted:
            if span.start <= e < span.end:
                start = max(start, e + 1)
        return Span(start, span.end)

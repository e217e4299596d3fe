"""The date a proposed claim cites: printed in its attribution, at the head of its diary
entry, set by the narration's clock within the same topic, or estimated from the next date;
each with a note saying where it comes from (see :mod:`~sourcecheck.extract.claims`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..facts.dates import DateMention
from ..models import Span
from ..normalize import WORD_RE, fold
from ..texts.paragraphs import Paragraph
from . import verbs
from .facts import TextDates

if TYPE_CHECKING:
    from .speakers import Said

# The notes of dates printed at the quotation: an entry's own date does not replace them (it
# replaces another entry's, the narration's clock, the source's publication year, estimates).
_PRINTED_AT_QUOTE = ("in the attribution", "in a citation")


class CitedDates:
    """The dates of a text's claims, from its dates (``dates``) and its author."""

    def __init__(
        self, text: str, paras: Sequence[Paragraph], dates: TextDates, *, author: str | None
    ) -> None:
        self.text, self.paras, self.dates, self.author = text, paras, dates, author
        self._printed_first = sorted(dates.mentions, key=lambda d: d.start in dates.relative)

    def cited(self, said: Said) -> tuple[str | None, str, DateMention | None]:
        """The date the text gives for the quotation: in its attribution or a citation after
        it; else the narrative clock (month only when set in an earlier paragraph)."""
        text = self.text
        # A date printed in the attribution beats a relative one beside it ("That night I
        # telegraphed to Lenin on January 31, 1918:").
        for context in said.contexts:
            for d in self._printed_first:
                if (
                    context.start <= d.start < context.end
                    and d.year
                    and (not d.bare_year or before_saying(text, d.end, context.end))
                ):
                    where = "a citation" if text[context.start] == "(" else "the attribution"
                    return d.iso(), f"{self.dates.said(text, d)} in {where}", d
        head = self.dates.entry_head(self.text, said.quote.pieces[0].span)
        if head is not None:
            quoted = repr(text[head.start : head.end])
            return head.iso(), f"{quoted} at the head of its diary entry", head
        anchor = said.quote.first_mark
        para = self.paras[said.quote.pieces[0].paragraph - 1]
        clock = self.dates.carried(anchor)
        if not clock:
            return None, "", None
        d = clock[-1]
        quoted = self.dates.said(text, d)
        if d.start >= para.start:
            return d.iso(), f"{quoted} earlier in the paragraph", d
        if not self.same_topic(said, d.start):
            return None, "", None
        return d.iso("month"), f"{quoted} in an earlier paragraph (month only)", d

    def entry_of(self, span: Span, date_note: str) -> tuple[str, str] | None:
        """The date at the head of the diary entry that a piece of a quotation at ``span``
        belongs to, with its note, when it wins over the quotation's date (``date_note`` says
        where that came from): over another entry's date, the source's publication year,
        the narration's clock or an estimate; never over a date printed in the attribution."""
        if any(w in date_note for w in _PRINTED_AT_QUOTE):
            return None
        entry = self.dates.entry_head(self.text, span)
        if entry is None:
            return None
        where = f"{self.text[entry.start : entry.end]!r} at the head of its diary entry"
        return entry.iso(), where

    def same_topic(self, said: Said, since: int) -> bool:
        """Whether a date set at ``since`` (an earlier paragraph) still holds for the
        quotation: its speaker (or the author) is named in the date's paragraph; a new person
        or work means a new subject ("in 1812" is not February 1918 because Czernin wrote then)."""
        if not said.speaker_key:
            return True
        para = next(p for p in reversed(self.paras) if p.start <= since)
        names = " ".join(fold(w) for w in WORD_RE.findall(self.text[para.start : para.end]))
        return said.speaker_key in names.split() or said.speaker == self.author

    def estimated(self, said: Said) -> tuple[str | None, str]:
        """With no date of its subject before it: the month of the narration's next date
        after it (the note says where that date is, and whether earlier dates were passed
        over as another subject's); else a bare year named in the attribution."""
        anchor = said.quote.first_mark
        later = [d for d in self.dates.clock if d.year and d.start > anchor]
        passed_over = any(e.year and e.start < anchor for e in self.dates.clock)
        if later and (not passed_over or self.same_topic(said, later[0].start)):
            # Past the text's first date, the next one only on the quotation's subject.
            d = later[0]
            para = next(p for p in reversed(self.paras) if p.start <= d.start)
            where = "in the same paragraph" if para.number == said.paragraph else "later"
            note = (
                f"estimated from {self.dates.said(self.text, d)}, the narration's next date "
                f"after the quotation ({where}, paragraph {para.number})"
            )
            if passed_over:
                note += "; the dates before it are another subject's"
            return d.iso("month"), note
        years = [
            d
            for c in said.contexts
            for d in self.dates.mentions
            if c.start <= d.start < c.end and d.year
        ]
        if years:
            return years[0].iso(), "a year named in the attribution"
        return None, ""

    def of_sentence(
        self, s: int, para: Paragraph, day_dates: list[DateMention]
    ) -> tuple[str | None, str]:
        """A sentence's date: its own, else the narrative clock's (the month only when the
        clock was set in an earlier paragraph), with a note."""
        if day_dates:
            d = min(day_dates, key=lambda d: (d.start in self.dates.relative, d.start))
            return d.iso(), self.dates.said(self.text, d)
        clock = self.dates.carried(s + 1)  # "Four centuries earlier, ..." shifts its own
        if not clock:
            return None, ""
        d = clock[-1]
        date = d.iso() if d.start >= para.start else d.iso("month")
        return date, f"{self.dates.said(self.text, d)} before it"


def before_saying(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying follows in ``text[start:end]``: "In 1812, Kutúzov said:" dates
    the words; "the description of Russia in 1916" (after "wrote") dates what they describe."""
    words = [w.lower() for w in WORD_RE.findall(text[start:end])]
    return any(w in verbs.SPEECH_VERBS and (w.endswith("ed") or w in verbs.PAST) for w in words)

"""A quotation as printed, and its pieces: the model :mod:`sourcecheck.extract.quotes` finds
and the rest of extraction reads (offsets into the exact text, marks excluded)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Span
from ..normalize import WORD_RE


@dataclass(slots=True)
class Piece:
    """One stretch of a quotation: ``span`` excludes the marks; ``open``/``close`` are the
    offsets of the marks (None where a mark is missing or the piece is a block quotation)."""

    span: Span
    paragraph: int
    open: int | None = None
    close: int | None = None
    open_len: int = 1
    continued: bool = False  # the quotation goes on into the next paragraph
    nested: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quotation:
    """A quotation as printed: one or more pieces, in text order."""

    pieces: list[Piece]
    style: str  # curly | straight | block | unmarked
    gaps: list[Span] = field(default_factory=list)  # text between pieces of one paragraph
    cuts: list[Span] = field(default_factory=list)  # inside it, not its speaker's words
    flags: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        """Where the quoted words begin (after the opening mark)."""
        return self.pieces[0].span.start

    @property
    def end(self) -> int:
        """Where the quoted words end (before the closing mark)."""
        return self.pieces[-1].span.end

    @property
    def first_mark(self) -> int:
        """The offset of the opening mark (of the words, where there is none)."""
        first = self.pieces[0]
        return first.open if first.open is not None else first.span.start

    @property
    def last_mark_end(self) -> int:
        """The offset just after the closing mark (after the words, where there is none)."""
        last = self.pieces[-1]
        return last.close + 1 if last.close is not None else last.span.end


def word_count(text: str) -> int:
    """The number of words in ``text`` (:data:`sourcecheck.normalize.WORD_RE`).

    >>> word_count("“Trotsky is right,” he said—“no one denies it.”")
    9
    """
    return len(WORD_RE.findall(text))

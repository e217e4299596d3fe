"""Find the direct quotations of a text: their exact spans, paragraph by paragraph.

The first step of :mod:`sourcecheck.extract.claims`. It knows typography, not meaning:

- curly (“ ”), low-high („ “), guillemet (« ») and straight (") double quotation marks, and the
  doubled single marks some texts print for them (’’, '', ``);
- nested quotations in single marks (‘...’ or '...') inside a double-quoted one, kept as part of
  the outer quotation and reported as nested; outside any, a quotation of its own (‘Yes,’ he
  said, in a text printing “...” elsewhere);
- quotations spanning paragraphs: by the English convention a quotation that goes on into the
  next paragraph does not close the first and reopens the next with an opening mark; each
  paragraph becomes one *piece* of the same quotation;
- block quotations: indented paragraphs (or lines starting with "> ") after a lead-in;
- a quotation whose opening mark is missing but whose continuation paragraph reopens it
  ("... I described my position: Had we ... \\n\\n“In these circumstances ..."): the text after
  the lead-in's colon is taken as its first piece, with a low confidence.

A quotation interrupted by a short attribution (“A,” he said, “B.”) is one :class:`Quotation`
with two pieces and the interruption kept as ``gaps`` (:mod:`.interruptions`). Spans exclude
the marks; trailing punctuation is trimmed later, when the attribution tells a fragment from a
sentence (:func:`trim_piece`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from ..models import Span, excerpt
from ..normalize import WORD_RE
from ..texts.paragraphs import Paragraph, paragraphs
from . import dashes
from . import quotemarks as qm
from .interruptions import ATTRIBUTION_VERBS as ATTRIBUTION_VERBS  # re-exported
from .interruptions import INTERRUPTION_MAX_WORDS as INTERRUPTION_MAX_WORDS
from .interruptions import group_interrupted, names_another
from .interruptions import is_attribution as is_attribution
from .quotation import Piece as Piece  # re-exported: where extraction looks for them
from .quotation import Quotation as Quotation
from .quotation import word_count as word_count

MAX_UNMARKED_PARAGRAPHS = 3
"""A quotation left open may close at most this many paragraphs later without reopening."""


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation of ``text``, in order.

    >>> t = "He said: “War is over.” Then: “Peace,” he said, “is not.”"
    >>> [[p.span.slice(t) for p in x.pieces] for x in find_quotations(t)]
    [['War is over.'], ['Peace,', 'is not.']]
    """
    paras = paragraphs(text)
    marks = qm.primary_style(text)
    raw = _MarkReader(text, paras, marks).read()
    raw += _outside_quotations(text, paras, marks, raw)
    raw += _dash_quotations(text, paras, raw)
    raw += _block_quotations(text, paras, raw)
    raw.sort(key=lambda q: q.start)
    _add_unmarked_starts(text, paras, raw)
    quotes = group_interrupted(text, raw)
    for quote in quotes:
        _cut_inner_gaps(text, quote)
        for piece in quote.pieces:
            piece.nested = qm.nested(marks, text, piece.span)
    return quotes


# -- marks ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _OpenPiece:
    """A piece whose opening was read and whose end is not known yet."""

    start: int  # offset after the opening mark
    para: Paragraph
    open_at: int  # offset of the opening mark (the paragraph's start where there is none)
    open_len: int  # length of the opening mark (0 where there is none)


class _MarkReader:
    """Reads the marks of a text in order, keeping the quotation being read and its open piece."""

    def __init__(self, text: str, paras: list[Paragraph], marks: qm.Marks) -> None:
        self.text, self.paras, self.marks = text, paras, marks
        self.quotes: list[Quotation] = []
        self.current: Quotation | None = None  # the quotation being read
        self.piece: _OpenPiece | None = None  # its piece whose closing mark is awaited

    def read(self) -> list[Quotation]:
        """The quotations of the text, in order."""
        for para in self.paras:
            if self.piece is not None and self.piece.para is not para:
                # The open piece ran to the end of its paragraph without a closing mark.
                self._end_piece(self.piece.para.end, close=None, continued=True)
            for m in self.marks.pattern.finditer(self.text, para.start, para.end):
                self._mark(m, para)
        if self.piece is not None:
            self._end_piece(self.piece.para.end, close=None)
            if self.current is not None:
                self.current.flags.append("unclosed at the end of the text")
        self._end_continued()
        self._finish()
        return self.quotes

    def _mark(self, m: re.Match[str], para: Paragraph) -> None:
        what = qm.role(self.marks, self.text, m, para.start, para.end)
        if what == "none":  # an apostrophe
            return
        if what == "either":
            what = "close" if self.piece is not None else "open"
        if what == "open":
            self._open(m, para)
        elif self.piece is not None:
            self._end_piece(m.start(), close=m.start())
            self._finish()
        elif self._continued_within(para):
            self._close_unreopened(m, para)

    def _open(self, m: re.Match[str], para: Paragraph) -> None:
        """An opening mark: a new quotation, or the one going on reopened in this paragraph."""
        reopens = (
            self.piece is None
            and self._continued_within(para, reopened=True)
            and m.start() == para.start
        )
        if self.piece is not None:  # an opening mark inside an open piece
            self._end_piece(m.start(), close=None)
            self._flag("unclosed: a new quotation opened before it closed")
        if not reopens:
            self._end_continued()
            self._finish()
            style = "straight" if self.marks.is_straight(m.group()) else "curly"
            self.current = Quotation(pieces=[], style=style)
        self.piece = _OpenPiece(m.end(), para, m.start(), len(m.group()))

    def _continued_within(self, para: Paragraph, *, reopened: bool = False) -> bool:
        """Whether the quotation being read goes on into ``para``: reopened in the paragraph
        right after its last piece, or closed at most :data:`MAX_UNMARKED_PARAGRAPHS` later."""
        quote = self.current
        if quote is None or not quote.pieces or not quote.pieces[-1].continued:
            return False
        after = para.number - quote.pieces[-1].paragraph
        return after == 1 if reopened else after <= MAX_UNMARKED_PARAGRAPHS

    def _close_unreopened(self, m: re.Match[str], para: Paragraph) -> None:
        """A closing mark in a later paragraph that did not reopen the quotation (no-reopen
        typography): the paragraphs between belong to it too."""
        quote = self.current
        assert quote is not None
        for between in self.paras[quote.pieces[-1].paragraph : para.number - 1]:
            span = _strip(self.text, between.start, between.end)
            quote.pieces.append(Piece(span, between.number, continued=True))
        self.piece = _OpenPiece(para.start, para, para.start, 0)
        self._end_piece(m.start(), close=m.start())
        quote.flags.append("continued into a paragraph without a new opening mark")
        self._finish()

    def _end_piece(self, end: int, *, close: int | None, continued: bool = False) -> None:
        piece, quote = self.piece, self.current
        assert piece is not None and quote is not None
        span = _strip(self.text, piece.start, end)
        if span.end > span.start:
            quote.pieces.append(
                Piece(span, piece.para.number, piece.open_at, close, piece.open_len, continued)
            )
        self.piece = None

    def _end_continued(self) -> None:
        """The quotation being read was to go on, but no paragraph reopened or closed it."""
        quote = self.current
        if quote is not None and quote.pieces and quote.pieces[-1].continued:
            quote.pieces[-1].continued = False
            quote.flags.append("unclosed: its paragraph ends without a mark")

    def _flag(self, flag: str) -> None:
        assert self.current is not None
        self.current.flags.append(flag)

    def _finish(self) -> None:
        if self.current is not None and self.current.pieces:
            self.quotes.append(self.current)
        self.current = None


def _outside_quotations(
    text: str, paras: list[Paragraph], marks: qm.Marks, quotes: list[Quotation]
) -> list[Quotation]:
    """The quotations in the marks a text nests with that stand outside its quotations: in a
    text quoting with “...”, ‘Yes,’ he said, ‘...’ is a quotation, while ‘...’ inside “...”
    stays nested. Only those opened and closed in one paragraph, without a flag (an
    apostrophe that reads as an opening mark leaves its quotation unclosed)."""
    inside = [(q.first_mark, q.last_mark_end) for q in quotes]
    out = []
    for q in _MarkReader(text, paras, marks.nesting).read():
        piece = q.pieces[0]
        if (
            q.flags
            or len(q.pieces) != 1
            or piece.open is None
            or piece.close is None
            or any(a <= q.first_mark < b or a < q.last_mark_end <= b for a, b in inside)
        ):
            continue
        out.append(q)
    return out


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _dash_quotations(text: str, paras: list[Paragraph], marked: list[Quotation]) -> list[Quotation]:
    """The speech of paragraphs where a dash opens it (:mod:`~sourcecheck.extract.dashes`),
    where no quotation mark already quotes in the paragraph."""
    if not any(c in text for c in dashes.DASHES):
        return []
    verbs = dashes.saying_verbs(text)
    convention = dashes.prints_dash_dialogue(text, [(p.start, p.end) for p in paras], verbs)
    in_marks = {p.paragraph for q in marked for p in q.pieces}
    out = []
    for para in paras:
        if para.number in in_marks:
            continue
        speech = dashes.paragraph_speech(
            text, para.start, para.end, verbs=verbs, convention=convention
        )
        if speech is None:
            continue
        another = partial(names_another, text)  # "— Да, — сказала Анна. — Нет, — ответил он."
        for part in dashes.by_speaker(text, speech, para.end, names_another=another):
            pieces = [
                Piece(span, para.number, open=o, close=c)
                for span, o, c in zip(part.pieces, part.opens, part.closes, strict=True)
            ]
            out.append(Quotation(pieces, style="dash", gaps=list(part.gaps)))
    return out


# -- block quotations and missing opening marks ---------------------------------------------

_BLOCK_LINE = re.compile(r"^(?:[ \t]{2,}|> ?)\S", re.MULTILINE)


def _is_block(text: str, para: Paragraph) -> bool:
    lines = text[para.start : para.end].split("\n")
    # paragraph_starts puts the start after the indentation: look at the whole first line.
    line_start = text.rfind("\n", 0, para.start) + 1
    first = text[line_start : para.end].split("\n")[0]
    indented = [first, *lines[1:]]
    return all(_BLOCK_LINE.match(line) for line in indented if line.strip())


def _block_quotations(
    text: str, paras: list[Paragraph], marked: list[Quotation]
) -> list[Quotation]:
    """Indented (or "> ") paragraphs after a lead-in ending with a colon, in a text whose
    ordinary paragraphs are not indented."""
    in_marks = {p.paragraph for q in marked for p in q.pieces}
    blocks = [p for p in paras if _is_block(text, p)]
    if not blocks or len(blocks) > len(paras) / 2:  # indentation is the text's norm, not a cue
        return []
    block_numbers = {p.number for p in blocks}
    out: list[Quotation] = []
    current: Quotation | None = None
    for para in paras:
        is_block = para.number in block_numbers and para.number not in in_marks
        if not is_block:
            current = None
            continue
        prev = paras[para.number - 2] if para.number > 1 else None
        if current is None:
            if prev is None or not text[prev.start : prev.end].rstrip().endswith(":"):
                continue
            current = Quotation(pieces=[], style="block")
            out.append(current)
        elif current.pieces:
            current.pieces[-1].continued = True
        span = _strip(text, para.start, para.end)
        if text.startswith(">", span.start):
            span = _strip(text, span.start + 1, span.end)
        current.pieces.append(Piece(span, para.number))
    return [q for q in out if q.pieces]


_LEADIN_COLON = re.compile(r":\s+(?=[A-Z])")
_STATEMENT_VERBS = re.compile(
    r"\b(said|say|says|wrote|write|writes|declared|described|stated|put it|explained|"
    r"argued|replied|answered|reported|spoke|told|remarked|insisted|added)\b"
)


def _add_unmarked_starts(text: str, paras: list[Paragraph], quotes: list[Quotation]) -> None:
    """Give a missing first piece to a quotation that reopens a paragraph after a paragraph
    whose colon introduces unmarked quoted words (see the module docstring)."""
    by_para: dict[int, list[Quotation]] = {}
    for q in quotes:
        for p in q.pieces:
            by_para.setdefault(p.paragraph, []).append(q)
    for q in quotes:
        first = q.pieces[0]
        if q.style == "block" or first.open is None or first.paragraph < 2:
            continue
        para = paras[first.paragraph - 1]
        prev = paras[first.paragraph - 2]
        if first.open != para.start or by_para.get(prev.number):
            continue
        body = text[prev.start : prev.end]
        m = _LEADIN_COLON.search(body)
        if not m or not _STATEMENT_VERBS.search(body[: m.start()].lower()):
            continue
        start = prev.start + m.end()
        if word_count(text[start : prev.end]) < 8:
            continue
        q.pieces.insert(0, Piece(Span(start, prev.end), prev.number, continued=True))
        q.flags.append("no opening mark: the quotation is taken to start after the colon")


# -- nesting and cuts ---------------------------------------------------------------------


_CUT_DASHES = "-–—―"
_CUT_PUNCT = ",;" + _CUT_DASHES
"""What sets a stage direction off inside a quotation, left out with it: "Yes--(smiling)--I
do", "Yes, (smiling) I do"."""


def _before_cut(text: str, start: int, cut: int) -> int:
    """Where the words before a cut end: before the dashes that set the cut off ("Yes--")."""
    while cut > start and (text[cut - 1].isspace() or text[cut - 1] in _CUT_DASHES):
        cut -= 1
    return cut


def _cut_inner_gaps(text: str, quote: Quotation) -> None:
    """Cut each piece at what it holds that is not the speaker's words (stage directions:
    :func:`~sourcecheck.extract.quotemarks.inner_gaps`): the words
    on either side become pieces of their own; the cuts are kept apart from the quotation's
    gaps, which attribute it."""
    pieces: list[Piece] = []
    for piece in quote.pieces:
        cuts = qm.inner_gaps(text, piece.span)
        if not cuts:
            pieces.append(piece)
            continue
        start, parts = piece.span.start, []
        for cut in cuts:
            parts.append(_strip(text, start, _before_cut(text, start, cut.start)))
            start = cut.end
            while start < piece.span.end and (text[start].isspace() or text[start] in _CUT_PUNCT):
                start += 1
        parts.append(_strip(text, start, piece.span.end))
        kept = [p for p in parts if WORD_RE.search(text, p.start, p.end)]
        for i, span in enumerate(kept):
            first, last = i == 0, i == len(kept) - 1
            pieces.append(
                Piece(
                    span,
                    piece.paragraph,
                    open=piece.open if first else None,
                    close=piece.close if last else None,
                    open_len=piece.open_len if first else 0,
                    continued=piece.continued and last,
                )
            )
        quote.cuts.extend(cuts)
        cut_at = ", ".join(repr(excerpt(text, 40, c.start, c.end)) for c in cuts)
        quote.flags.append(f"cut at {cut_at}: not its words")
    quote.pieces = pieces


# -- trimming ------------------------------------------------------------------------------


def trim_piece(text: str, span: Span, *, fragment: bool) -> Span:
    """The claimed words of a piece: without a comma, colon or semicolon left before the
    closing mark, and without the final stop of a *fragment* (words embedded in the quoting
    sentence, whose stop belongs to that sentence). "?" and "!" always stay.

    >>> t = "called them “mutinous slaves.” and “Peace,” he said"
    >>> trim_piece(t, Span(13, 29), fragment=True).slice(t)
    'mutinous slaves'
    >>> trim_piece(t, Span(36, 42), fragment=False).slice(t)
    'Peace'
    """
    start, end = span.start, span.end
    while end > start and text[end - 1] in ",;:":
        end -= 1
    if fragment and end > start and text[end - 1] == "." and text[end - 3 : end] != "...":
        end -= 1
    return _strip(text, start, end)

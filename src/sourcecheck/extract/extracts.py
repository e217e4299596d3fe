"""Quoted documents spanning paragraphs: a diary, journal or letter quoted under a heading
("_Extract from my Diary._" then paragraphs each reopening with a quotation mark).

The heading names whose document it is ("my Diary": the author, the "I" of the text; "the
diary of Colonel House", "Colonel House's diary": that person), and so who wrote every
paragraph of the quotation under it; the headings inside the quoted document ("_St. Mihiel._",
the places and days of a diary) are its divisions, not quotations of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from ..models import Span
from ..texts.paragraphs import Paragraph
from .alternation import SaidLike, set_speaker
from .facts import find_dates
from .quotation import Piece, Quotation, word_count

if TYPE_CHECKING:
    from .speakers import Said, Speakers

# A document one writes: the words a heading names it by.
_DOCUMENT = (
    r"(?i:diary|diaries|journal|journals|notes|note-book|notebook|letters?|memorandum|"
    r"memoranda|memoirs?|papers|reports?|minutes|dispatch|despatch|telegram)"
)
_PART = r"(?i:(?:an?\s+|the\s+)?(?:extracts?|excerpts?|entry|entries|passages?|pages?)\s+)"
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|von|de|of|the))*"
# "Extract from my Diary", "From my journal", "My diary", "Extracts from the diary of X",
# "From X's diary": the whole heading, italic marks and a final stop allowed.
_HEADING = re.compile(
    rf"_?\s*(?:{_PART}?(?i:from|of|out\s+of)\s+)?(?:"
    rf"(?P<my>(?i:my))\s+(?:\w+\s+)?{_DOCUMENT}"
    rf"|(?i:the)\s+(?:\w+\s+)?{_DOCUMENT}\s+of\s+(?P<of>{_NAME})"
    rf"|(?P<own>{_NAME})['’]s\s+(?:\w+\s+)?{_DOCUMENT}"
    rf")\s*[.:]?\s*_?\s*[.:]?",
)
# A heading inside the quoted document: a short italic line ("_St. Mihiel._", "_Sedan._"),
# or an entry's dateline alone on its line ("Brest-Litovsk, January 9, 1918.").
_INNER_HEADING = re.compile(r"_[^_\n]{1,60}_\.?")
# The place before a dateline's date: "Brest-Litovsk, ", "Vienna, ".
_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*(?:[ -][\w.'’-]+){0,3},\s*)?")
_MAX_HEADING_WORDS = 8
_SIEVE = "document heading"


def document_owner(
    text: str, paras: list[Paragraph], paragraph: int, *, author: str | None
) -> tuple[str, Span] | None:
    """Whose document a quotation opening paragraph ``paragraph`` (1-based) is, from a heading
    paragraph right before it: (the person, the heading's span), or None.

    >>> from sourcecheck.texts.paragraphs import paragraphs
    >>> t = "We met.\\n\\n_Extract from my Diary._\\n\\n\\"We drove to the front."
    >>> document_owner(t, paragraphs(t), 3, author="Ottokar Czernin")
    ('Ottokar Czernin', Span(start=9, end=33))
    >>> t = "We met.\\n\\nFrom the diary of Colonel House:\\n\\n\\"We drove on."
    >>> document_owner(t, paragraphs(t), 3, author=None)
    ('Colonel House', Span(start=9, end=41))
    >>> t = "I went to my diary and read it again.\\n\\n\\"We drove on."
    >>> document_owner(t, paragraphs(t), 2, author="A") is None  # a sentence, not a heading
    True
    """
    if paragraph < 2:
        return None
    before = paras[paragraph - 2]
    heading = text[before.start : before.end].strip()
    if len(heading.split()) > _MAX_HEADING_WORDS or '"' in heading or "“" in heading:
        return None
    match = _HEADING.fullmatch(heading)
    if match is None:
        return None
    if match.group("my"):
        return (author, Span(before.start, before.end)) if author else None
    name = match.group("of") or match.group("own")
    return (name, Span(before.start, before.end)) if name else None


def inner_heading(piece: str) -> bool:
    """Whether a paragraph of a quoted document is only a heading of it ("_St. Mihiel._"):
    a short italic line, a division of the document, not words of their own.

    >>> inner_heading("_St. Mihiel._"), inner_heading("_With the Crown Prince._")
    (True, True)
    >>> inner_heading("Brest-Litovsk, January 9, 1918."), inner_heading("January 9.")
    (True, True)
    >>> inner_heading("We drove on to _St. Mihiel._")
    False
    """
    piece = piece.strip()
    if len(piece.split()) > _MAX_HEADING_WORDS:
        return False
    return _INNER_HEADING.fullmatch(piece) is not None or _dateline(piece)


def _dateline(piece: str) -> bool:
    """Whether ``piece`` is only a place and a date ("Brest-Litovsk, January 9, 1918.",
    "Wien, 9. Januar 1918."): a diary entry's or a letter's dateline, in the text's language."""
    dates = find_dates(piece).mentions
    if len(dates) != 1 or dates[0].month is None:
        return False
    d = dates[0]
    return _PLACE.fullmatch(piece[: d.start]) is not None and not piece[d.end :].strip("._ ")


def without_inner_headings(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces of a quotation spanning paragraphs that are not headings of the quoted
    document (:func:`inner_heading`); all of them when that would leave none."""
    if len(pieces) < 2:
        return pieces
    return [p for p in pieces if not inner_heading(p.span.slice(text))] or pieces


class _Said(SaidLike, Protocol):
    """What :func:`from_document_heading` reads and writes of an attribution."""

    quote: Quotation
    contexts: list[Span]


def from_document_heading(
    said: _Said,
    text: str,
    paras: list[Paragraph],
    *,
    author: str | None,
    prev: _Said | None = None,
) -> None:
    """Attribute ``said`` (a quotation opening its paragraph) to the keeper of the document a
    heading right before it names (:func:`document_owner`); the heading is its context too
    (a diary: a written source, the kind ``quotation``). An entry of that document closed
    with its own quotation marks (``prev``, the quotation opening the paragraph before, is the
    document's and nothing of the narration follows it) is the document's too: under
    "_Extract from my Diary._" every entry is the diary's until the narration resumes.
    Nothing for a quotation already attributed or not opening its paragraph."""
    if said.attributed or not said.starts_paragraph:
        return
    owner = document_owner(text, paras, said.quote.pieces[0].paragraph, author=author)
    if owner is not None:
        heading = " ".join(owner[1].slice(text).split())
        set_speaker(said, owner[0], f"{_SIEVE}: {heading!r} before the quote", 0.85)
        span = owner[1]
    elif prev is not None and _next_entry(prev, said, text, paras):
        span = prev.contexts[-1]  # the heading, which the entry before had as its context
        heading = " ".join(span.slice(text).split())
        why = f"{_SIEVE}: an entry of the document {heading!r} heads, after the one before it"
        set_speaker(said, prev.speaker, why, 0.8)
    else:
        return
    said.attributed, said.contexts = True, [*said.contexts, span]


def is_document(said: _Said, text: str) -> bool:
    """Whether ``said`` is a quoted document: under a heading naming it, or after a colon
    lead-in naming one ("I find the following noted in my diary:", "In Czernin's diary for
    February 11, we read:"), whose entries closed with their own marks go on with it.

    >>> from sourcecheck.extract.speakers import Speakers, read_text
    >>> t = "I find this noted in my diary:\\n\\n“We drove on.”\\n\\n“We slept.”"
    >>> said = Speakers(read_text(t), author="A").attribute_all()
    >>> [(s.speaker, is_document(s, t)) for s in said]
    [('A', True), ('A', True)]
    """
    if said.sieve == _SIEVE:
        return True
    if not said.starts_paragraph or not said.contexts:
        return False
    leadin = said.contexts[0].slice(text).rstrip()
    return leadin.endswith(":") and _DOCUMENT_WORD.search(leadin) is not None


_DOCUMENT_WORD = re.compile(rf"\b{_DOCUMENT}\b")


def _next_entry(prev: _Said, said: _Said, text: str, paras: list[Paragraph]) -> bool:
    """Whether ``said`` goes on the quoted document ``prev`` is part of: ``prev`` was
    attributed to it, ends the paragraph right before ``said``'s, and is followed by nothing
    of the narration (no "he said" after its closing mark: the narration resumed)."""
    if not prev.speaker or not prev.contexts or not is_document(prev, text):
        return False
    last = prev.quote.pieces[-1]
    if last.paragraph != said.quote.pieces[0].paragraph - 1:
        return False
    para = paras[last.paragraph - 1]
    return not text[prev.quote.end : para.end].strip(" \t\n”“\"'’_.")


def with_nested(speakers: Speakers, *, min_words: int) -> list[Said]:
    """Every quotation of the text attributed (:meth:`Speakers.attribute_all`) with, after
    each quoted document (:func:`from_document_heading`), the quotations nested in
    it (of ``min_words`` or more) attributed as quotations of their own, by the words around
    them inside it ("Bethmann seemed to divine my thoughts. 'Yes,' he said, '...'")."""
    out: list[Said] = []
    for said in speakers.attribute_all():
        out.append(said)
        quote = said.quote
        if not is_document(said, speakers.text):
            continue  # in a novel's dialogue a nested quotation is the speaker's own report
        for piece in quote.pieces:
            for span in piece.nested:
                if word_count(span.slice(speakers.text)) < min_words:
                    continue  # "'Yes,' he said": the short piece of an interrupted one
                inner = Piece(span, piece.paragraph, open=span.start - 1, close=span.end)
                nested = speakers.attribute(Quotation([inner], style=quote.style), {})
                if nested.cue is not None:  # "he remarked:": spoken in the document's scene
                    nested.kind = "oral"
                out.append(nested)
    return out

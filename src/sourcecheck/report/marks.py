"""Text cut into pieces at every edge of a difference and of the passage, so that each
format can mark every differing word (the spans of the JSON contract do the work)."""

from __future__ import annotations

import itertools
from typing import Any

from ..store import db as dbm
from ..store.db import Database
from .data import CONTEXT_CHARS, LOUD_KINDS, Item, Piece


def cut(
    text: str,
    offset: int,
    marks: list[tuple[int, int, str]],
    passage: tuple[int, int] | None = None,
) -> list[Piece]:
    """Cut ``text`` (which starts at ``offset``) into pieces at every mark and passage edge.

    ``marks`` are ``(start, end, kind)`` in the same offsets as ``offset``; where marks
    overlap, the first one listed wins. Empty pieces are dropped, neighbours with the same
    look are merged.

    >>> [(p.text, p.kind) for p in cut("war is over", 0, [(0, 3, "changed")])]
    [('war', 'changed'), (' is over', None)]
    """
    end = offset + len(text)
    points = {offset, end}
    for start, stop, _ in marks:
        points.update(p for p in (start, stop) if offset <= p <= end)
    if passage:
        points.update(p for p in passage if offset <= p <= end)
    bounds = sorted(points)
    pieces: list[Piece] = []
    for a, b in itertools.pairwise(bounds):
        kind = next((k for s, e, k in marks if s <= a and b <= e and s < e), None)
        inside = passage is not None and passage[0] <= a and b <= passage[1]
        piece = Piece(text[a - offset : b - offset], kind, inside)
        if pieces and (pieces[-1].kind, pieces[-1].passage) == (kind, inside):
            pieces[-1] = Piece(pieces[-1].text + piece.text, kind, inside)
        elif piece.text:
            pieces.append(piece)
    return pieces


def quote_pieces(item: Item) -> list[Piece]:
    """The quote, with the words that differ from the source marked by difference kind."""
    marks = [
        (d["quote_span"]["start"], d["quote_span"]["end"], d["kind"])
        for d in _loud_first(item["differences"])
        if d.get("quote_span")
    ]
    return cut(item["quote"], 0, marks)


def source_pieces(db: Database, item: Item, *, context: int = CONTEXT_CHARS) -> list[Piece]:
    """The passage with ``context`` characters around it (cut at word boundaries), marked."""
    span = item["span"]
    if not span or item["text"] is None:
        return []
    start, end = span["start"], span["end"]
    lo = max(0, start - context)
    excerpt = dbm.text_excerpt(db, item["text"], lo, end + context)
    before, middle, after = (
        excerpt[: start - lo],
        excerpt[start - lo : end - lo],
        excerpt[end - lo :],
    )
    starts_text, ends_text = lo == 0, len(after) < context
    if not starts_text:  # begin and end on a word boundary, not inside a word
        first_space = next((i for i, ch in enumerate(before) if ch.isspace()), 0)
        before = before[first_space:]
    if not ends_text:
        last_space = max((i for i, ch in enumerate(after) if ch.isspace()), default=len(after))
        after = after[:last_space]
    marks = [
        (d["source_span"]["start"], d["source_span"]["end"], d["kind"])
        for d in _loud_first(item["differences"])
        if d.get("source_span")
    ]
    pieces = cut(before + middle + after, start - len(before), marks, passage=(start, end))
    if not starts_text:
        pieces.insert(0, Piece("…"))
    if not ends_text:
        pieces.append(Piece("…"))
    return pieces


def _loud_first(differences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Negation and number differences win where spans overlap: they must stay visible."""
    return sorted(differences, key=lambda d: d["kind"] not in LOUD_KINDS)

"""Text cut into pieces at every edge of a difference and of the passage, so that each
format can mark every differing word (the spans of the JSON contract do the work)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from ..store import db as dbm
from ..store.db import Database
from .alarms import SHOWN_LOUD, shown_differences
from .data import CONTEXT_CHARS, Item, Piece

_SPACE = re.compile(r"\s")  # \s is str.isspace()'s whitespace
_LAST_SPACE = re.compile(r"\s\S*\Z")
_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def paragraphs_kept(text: str) -> str:
    r"""Context as shown: a run of whitespace holding a blank line (a paragraph break: a
    title line and the paragraph after it) becomes one line break, any other one space (a
    hard-wrapped line runs on).

    >>> paragraphs_kept("Soviets, March 1918\n\nComrades, on\nJanuary 8")
    'Soviets, March 1918\nComrades, on January 8'
    """
    return _SPACES.sub(lambda m: "\n" if _BLANK_LINE.search(m[0]) else " ", text)


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
    runs: list[tuple[str | None, bool, list[str]]] = []  # (kind, inside, texts): one piece each
    for a, b in itertools.pairwise(sorted(points)):
        kind = None
        for s, e, k in marks:  # a loop, not next() over a generator: 37,000 calls a report
            if s <= a and b <= e and s < e:
                kind = k
                break
        inside = passage is not None and passage[0] <= a and b <= passage[1]
        if runs and runs[-1][0] == kind and runs[-1][1] == inside:
            runs[-1][2].append(text[a - offset : b - offset])
        elif a < b:
            runs.append((kind, inside, [text[a - offset : b - offset]]))
    return [Piece("".join(texts), kind, inside) for kind, inside, texts in runs]


def quote_pieces(item: Item) -> list[Piece]:
    """The quote, with the words that differ from the source marked by difference kind."""
    marks = [
        (d["quote_span"]["start"], d["quote_span"]["end"], d["kind"])
        for d in _loud_first(shown_differences(item))
        if d.get("quote_span")
    ]
    return cut(item["quote"], 0, marks)


def excerpt_window(item: Item, context: int = CONTEXT_CHARS) -> tuple[int, int, int] | None:
    """``(text id, start, end)`` of the stretch of text that :func:`source_pieces` shows."""
    span = item["span"]
    if not span or item["text"] is None:
        return None
    return item["text"], max(0, span["start"] - context), span["end"] + context


def whole_words(before: str, after: str, *, starts_text: bool, ends_text: bool) -> tuple[str, str]:
    """The context before and after a passage begun and ended on a word boundary, not inside
    a word (unless it is where the text starts or ends): the one place context is cut.

    >>> whole_words("ations of Germany ", " and the Cent", starts_text=False, ends_text=False)
    (' of Germany ', ' and the')
    """
    if not starts_text:
        first_space = _SPACE.search(before)
        before = before[first_space.start() if first_space else 0 :]
    if not ends_text:
        last_space = _LAST_SPACE.search(after)
        after = after[: last_space.start() if last_space else len(after)]
    return before, after


def source_pieces(
    db: Database,
    item: Item,
    *,
    context: int = CONTEXT_CHARS,
    excerpts: Mapping[tuple[int, int, int], str] | None = None,
) -> list[Piece]:
    """The passage with ``context`` characters around it (cut at word boundaries), marked.

    ``excerpts``: the stretches of text already read (by :func:`excerpt_window`), else each is
    read from the database."""
    window = excerpt_window(item, context)
    if window is None:
        return []
    start, end = item["span"]["start"], item["span"]["end"]
    lo = window[1]
    if excerpts is not None and window in excerpts:
        excerpt = excerpts[window]
    else:
        excerpt = dbm.text_excerpt(db, *window)
    before, middle, after = (
        excerpt[: start - lo],
        excerpt[start - lo : end - lo],
        excerpt[end - lo :],
    )
    starts_text, ends_text = lo == 0, len(after) < context
    before, after = whole_words(before, after, starts_text=starts_text, ends_text=ends_text)
    marks = [
        (d["source_span"]["start"], d["source_span"]["end"], d["kind"])
        for d in _loud_first(shown_differences(item))
        if d.get("source_span")
    ]
    pieces = [
        piece if piece.passage else Piece(paragraphs_kept(piece.text), piece.kind)
        for piece in cut(before + middle + after, start - len(before), marks, passage=(start, end))
    ]  # the context's paragraph breaks kept: "March 1918" is a title, not "March 1918 Comrades"
    if not starts_text:
        pieces.insert(0, Piece("…"))
    if not ends_text:
        pieces.append(Piece("…"))
    return pieces


def _loud_first(differences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Negation, number and name differences win where spans overlap: they must stay visible."""
    return sorted(differences, key=lambda d: d["kind"] not in SHOWN_LOUD)

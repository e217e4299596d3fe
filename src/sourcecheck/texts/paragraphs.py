"""Paragraphs: their numbers (how claims are located in a document alongside character
offsets) and their spans (the units extraction reads quotations in).

A paragraph is a maximal run of non-blank lines; paragraphs are numbered from 1 in order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_BLANK_RUN = re.compile(r"\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)*")


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph begins.

    >>> paragraph_starts("Title\\n\\nFirst line\\nsecond.\\n\\n\\nNext.")
    [0, 7, 28]
    """
    starts = [len(text) - len(text.lstrip())] if text.strip() else []
    starts += [m.end() for m in _BLANK_RUN.finditer(text) if m.end() < len(text)]
    return starts


def paragraph_at(text: str, offset: int, *, starts: list[int] | None = None) -> int:
    """The 1-based number of the paragraph holding ``offset``.

    >>> paragraph_at("Title\\n\\nFirst line\\nsecond.", 10)
    2
    """
    starts = starts if starts is not None else paragraph_starts(text)
    return max(1, bisect.bisect_right(starts, offset))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph's 1-based number and its span (trailing blank text excluded)."""

    number: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Every paragraph of ``text`` with its span.

    >>> [(p.number, p.start, p.end) for p in paragraphs("One.\\n\\nTwo\\nlines.\\n")]
    [(1, 0, 4), (2, 6, 16)]
    """
    starts = paragraph_starts(text)
    out = []
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        out.append(Paragraph(i + 1, start, start + len(text[start:stop].rstrip())))
    return out

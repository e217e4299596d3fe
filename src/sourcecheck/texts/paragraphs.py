"""Paragraph numbers: how claims are located in a document alongside character offsets.

A paragraph is a maximal run of non-blank lines; paragraphs are numbered from 1 in order.
"""

from __future__ import annotations

import re

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
    import bisect

    starts = starts if starts is not None else paragraph_starts(text)
    return max(1, bisect.bisect_right(starts, offset))

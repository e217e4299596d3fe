"""Heading lines of a text ("CHAPTER XVI", "Chapter 16", "BOOK II", "XI."): the capitalized
words of a chapter's number are never a person."""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"[ \t]*(?:(?:CHAPTER|Chapter|BOOK|Book|PART|Part|VOLUME|Volume|STAVE|Stave)[ \t]+"
    r"(?:[IVXLCDM]+|\d+|[A-Z][a-z]+|[A-Z]+)|[IVXLCDM]+)\.?[ \t]*$",
    re.MULTILINE,
)


def on_heading(text: str, offset: int) -> bool:
    """Whether ``offset`` is on a heading line ("CHAPTER XVI", "BOOK II", "XI."): no person.

    >>> on_heading("CHAPTER XVI\\n\\nEmma came.", 3), on_heading("CHAPTER XVI\\n\\nEmma came.", 13)
    (True, False)
    """
    line = text.rfind("\n", 0, offset) + 1
    heading = _HEADING.match(text, line)
    return heading is not None and offset < heading.end()


def heading_starts(text: str) -> list[int]:
    """The offsets of every heading line of ``text``, in order: where its chapters start (a
    whole line: not the "I" that ends "Come! I" at a line break).

    >>> heading_starts("Come! I\\nwould not.\\n\\nCHAPTER II\\n\\nXI.\\n")
    [20, 32]
    """
    return [m.start() for m in _LINE_START.finditer(text) if _HEADING.match(text, m.start())]


_LINE_START = re.compile(r"^", re.MULTILINE)

"""Footnote marks: a number in square brackets ("[56]") is a note's number, not a figure.

Books converted from HTML print a note's mark where the note is called ("a man page[56]",
"too. [56]") and again before the note itself ("[56] Note that help2man's placeholder man page
..."). A quote leaves the mark out, or brackets one of its own that is an editorial
interpolation (:mod:`sourcecheck.matching.quote`), so a mark read as a number stood on one
side only: "56" against nothing, the words' "number" difference, or a figure the meaning
stage compared (walkthrough walk111, xc-ru-en-04). Neither side's marks are facts: the
number readers skip them (:func:`.languages.read_numbers_in`), and the word matcher does not
type a run of them "number" (:mod:`sourcecheck.matching.differences`).

A mark is one to three digits alone between square brackets: "[1918]" (a year an editor
supplied) and "[3 men]" are not marks.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\[(\d{1,3})\]")


def footnote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the digits of each footnote mark of ``text``.

    >>> text = "a man page[56] out of it. [57] Note that [1918] is a year."
    >>> [text[a:b] for a, b in footnote_spans(text)]
    ['56', '57']
    """
    return [m.span(1) for m in _MARK.finditer(text)]


def is_footnote_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the number of a footnote mark.

    >>> text = "Заметим [56], что 56 — это число."
    >>> is_footnote_mark(text, 9, 11), is_footnote_mark(text, 18, 20)
    (True, False)
    """
    return (
        0 < start < end < len(text)
        and text[start - 1] == "["
        and text[end] == "]"
        and _MARK.fullmatch(text, start - 1, end + 1) is not None
    )

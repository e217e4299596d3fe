"""A speaker's name as a claim stores it: the words the text prints, on one line.

A name or a description printed across a line break ("Count\\nCzernin", "the\\nold clerk")
is one name: a reviewer sorts, filters and compares speakers, and a line break (or a run of
spaces) inside one would make "Count Czernin" two speakers. Only the stored name changes:
the claim's span and its quote still point at the exact text.
"""

from __future__ import annotations


def one_line(name: str | None) -> str | None:
    """``name`` with every run of whitespace made one space (None stays None).

    >>> one_line("Count\\nCzernin"), one_line("the  old\\n clerk "), one_line(None)
    ('Count Czernin', 'the old clerk', None)
    """
    return " ".join(name.split()) if name is not None else None

"""The note a ``close`` result's reason carries when a changed word is another name ("CHECK: it
names “Otto” where the source names “Karl”", :mod:`.changedsense`), written and read back in
one place: the reports mark that difference as a name's, in every format alike, from the
stored reason (the stored difference stays a ``changed`` word, as the word matcher found it)."""

from __future__ import annotations

import re

_NOTE = re.compile(r"CHECK: it names “([^”]*)” where the source names “([^”]*)”")


def names_note(quote: str, source: str) -> str:
    """The note of a changed word that puts the quote's name in the place of the source's.

    >>> names_note("Otto", "Karl")
    'CHECK: it names “Otto” where the source names “Karl”'
    """
    return f"CHECK: it names “{quote}” where the source names “{source}”"


def named_pair(reason: str | None) -> tuple[str, str] | None:
    """The quote's name and the source's that :func:`names_note` put in ``reason``, or None.

    >>> named_pair("found at line 3 ...; " + names_note("Otto", "Karl"))
    ('Otto', 'Karl')
    >>> named_pair("found word for word") is None
    True
    """
    found = _NOTE.search(reason or "")
    return (found[1], found[2]) if found else None

"""Names compared by surname: a speaker's key, the authors of a source, a surname resolved to
the one known full name it matches, allowing transliteration variants (Svyerdlov ~ Sverdlov)
with :mod:`difflib`."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from ..normalize import fold
from .attribution import TITLES

SURNAME_MIN_RATIO = 0.85
"""Lowest difflib ratio (0-1) at which two folded surnames are the same person."""


def surname(name: str) -> str:
    """The folded last word of a name, titles aside.

    >>> surname("Vladimir Lenin"), surname("General Hoffmann"), surname("Kühlmann")
    ('lenin', 'hoffmann', 'kuhlmann')
    """
    words = [w for w in re.findall(r"[^\W\d_][\w\-’']*", name) if w not in TITLES]
    return fold(words[-1]) if words else ""


def same_surname(a: str, b: str) -> bool:
    """Whether two folded surnames name the same person, allowing spelling variants.

    >>> same_surname("svyerdlov", "sverdlov"), same_surname("lenin", "liebknecht")
    (True, False)
    """
    if not a or not b:
        return False
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= (
        SURNAME_MIN_RATIO
    )


def split_authors(author: str | None) -> list[str]:
    """The people in a source's ``author`` field.

    >>> split_authors("Leon Trotsky; Vladimir Lenin"), split_authors(None)
    (['Leon Trotsky', 'Vladimir Lenin'], [])
    """
    if not author:
        return []
    return [a.strip() for a in re.split(r";| and ", author) if a.strip()]


def full_name(name: str, known: Iterable[str]) -> str | None:
    """The known full name whose surname matches ``name``'s, if exactly one does.

    >>> full_name("Svyerdlov", ["Yakov Sverdlov", "Leon Trotsky"])
    'Yakov Sverdlov'
    """
    key = surname(name)
    matches = {k for k in known if same_surname(key, surname(k))}
    return matches.pop() if len(matches) == 1 else None

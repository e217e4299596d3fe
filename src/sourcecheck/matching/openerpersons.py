"""A claim's sentence opener read as a person by the roles reader (:mod:`.roles`).

The names reader leaves a sentence's first word out (every sentence opens with a capital), so
"Lenin objected to Uritsky" / "Урицкий возразил ему" (Lenin is "him" there) had no doer named;
a capitalised opener with no counterpart in the passage is read as a person of its clause.
A word the dictionary knows only as a common word is no one (:func:`~.namewords.mere_word`):
"Setting set group ID on a directory enables the BSD-like file creation scheme" at "Das
Setzen ... aktiviert das BSD-ähnliche Dateierstellungs-Schema" read "Setting" as the doer and
"BSD-like" as acted upon, where the passage, whose doer is no person, has only "BSD-ähnliche"
to read as its doer: flagged ``roles`` (walk112 xc-en-de-08).
"""

from __future__ import annotations

import re

from ..normalize import WORD_RE
from .addressee import requests
from .namewords import mere_word
from .wordpairs import Alignment

_OPENS = re.compile(r"[.!?…][\s\"'“”„«»‘’]*$")


def opening_persons(quote: str, alignment: Alignment, language: str) -> list[int]:
    """Where a sentence of ``quote`` opens with a capitalized content word that has no
    counterpart, and no comma or "-ly" marks it an adverb ("Suddenly, ...") nor "'s" an
    owner, and that is no mere word (see the module): read as a person of its clause
    (:func:`~.roles.clause_people`): "Lenin answered Bukharin that" / "Бухарин ответил, что".

    >>> from .wordpairs import Alignment
    >>> unpaired = Alignment(3, (), rendered=({0: False, 6: False}, {}))
    >>> opening_persons("Lenin objected.", unpaired, "en")
    [0]
    >>> opening_persons("Setting it.", unpaired, "en") if mere_word("Setting", "en", "Setting")\
 else []
    []
    """
    rendered = alignment.rendered[0]
    return [
        m.start()
        for m in WORD_RE.finditer(quote)
        if m.group()[:1].isupper()
        and rendered.get(m.start()) is False
        and not m.group().endswith("ly")
        and not requests(m.group(), language)  # "Please make sure ...": .addressee
        and not re.search(r"['’]s$", m.group())  # "Gregor's mother": an owner
        and quote[m.end() : m.end() + 1] != ","
        and (not quote[: m.start()].strip(" \"'“”„«»‘’") or _OPENS.search(quote[: m.start()]))
        and not mere_word(m.group(), language, quote)
    ]

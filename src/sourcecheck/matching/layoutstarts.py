"""Where a text's layout capitalises a word: an option's description, a path's (a manual's
entry), a table's cell, an indented item, a sentence glued to the one before.

Every language capitalises the first word of a sentence, and :func:`~.openers.opening_starts`
reads sentences. A manual capitalises more first words: an option's description opens with a
capital after its synopsis ("-B NUM, --before-context=NUM\\n    Print NUM lines", flattened
in a quote to "--before-context=ZAHL Zeigt ZAHL Kontextzeilen"), a table's second column
does ("used   Used or unavailable memory"), and a translation sometimes glues two sentences
("... an.Gibt eine Zeile"). Read as names, those words were compared as people: "names differ
(Benutzter not there; it names Used)", "(Zeigt, Treffern not there; it names NUM, Print)",
"(Erzeugt, Gründen not there; it names Generate)" on true translations (walk113 xc-de-en-02,
-04, -06). A capitalised word at such a place (:func:`layout_starts`) opens something, like a
sentence's first word: a name there only on the evidence that a sentence's first word needs
(:func:`~.openers.opening_names`).

Prose is left as it is: a hard-wrapped line whose indentation does not grow, a justified
line's later gaps, a hyphen inside a word ("anti-Bolshevik Party") open nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_LINE = re.compile(r"^([ \t]*)(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+)?(?=\S)", re.MULTILINE)
"""A line's indentation, then its first word past a list's bullet or number."""
_BULLET = re.compile(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+\S")
_CELL = re.compile(r"^[ \t]*[^\s]{1,24}(?: {2,}|\t+)(?=\S(?:(?! {2}|\t).)*$)", re.MULTILINE)
"""A table's row: its first cell, one short token, then a column's gap, and no other gap
("used   Used or unavailable"; a justified line has gaps throughout: "Albert  Cahalan  schrieb")."""
_OPTION = re.compile(
    r"(?<!\S)-{1,2}[^\W\d_][\w-]*(?:\[?=[^\s\]]+\]?)?,?"
    r"(?:[ \t]+[^\W\d_a-zа-яё]{2,}(?:,|(?=[ \t])))?"
    r"[ \t]*\n?[ \t]*(?=[^\W\d_][a-zäöüßа-яё])(?![^\s,]+,?[ \t]+-)"
)
"""An option's synopsis ("-B", "--encoding=Kodierung", "-w COLS", "--color[=WHEN],")
and the space before its description's first word (a word in capitals is the placeholder)."""
_LABEL = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜА-ЯЁ][\w'’-]*\.?[ \t]+){0,3}[A-ZÄÖÜА-ЯЁ][\w'’-]*:[ \t]+"
    r"(?=[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё])",
    re.MULTILINE,
)
"""A speaker's label opening a line of minutes or a transcript, up to four capitalised words
and a colon ("Mr. Baker: Traffic on the canal", "Sir EDWARD GREY: Most of the owners"), and
the space before the first word of what was said."""
_PATH_ENTRY = re.compile(r"^[ \t]*~?/[\w./+-]*[ \t]+(?=[A-ZÄÖÜА-ЯЁ][a-zäöüßа-яё])", re.MULTILINE)
"""A manual's entry named by a path at a line's start, then its description ("/etc
Contains configuration files", flattened in a quote to "/etc Enthält lokale ...",
"/dev Содержит файлы"): the space before the description's first word."""
_GLUED = re.compile(r"(?<=[a-zäöüßа-яё]{2}[.!?])(?=[^\W\d_][a-zäöüßа-яё]+[ \t\n])")
"""A sentence's first word after the last one's stop with no space ("an.Gibt eine")."""


def layout_starts(text: str, words: Iterable[tuple[str, int]] = ()) -> set[int]:
    """Where the capitalised words of ``text`` that its layout opens start (see the module);
    ``words``: (word, start) to choose from (every capitalised word's start when empty).

    >>> t = "  -B NUM, --before-context=NUM\\n      Print NUM lines.\\n  used   Used or not"
    >>> sorted(t[at:at + 5] for at in layout_starts(t))
    ['Print', 'Used ']
    >>> t = "-B ZAHL, --before-context=ZAHL Zeigt ZAHL an.Gibt eine Zeile aus."
    >>> sorted(t[at:at + 5] for at in layout_starts(t))
    ['Gibt ', 'Zeigt']
    >>> layout_starts("said that the\\nPrince was there; the anti-Bolshevik Party")
    set()
    >>> t = "/etc Enthält lokale Dateien."
    >>> sorted(t[at:at + 5] for at in layout_starts(t))
    ['Enthä']
    >>> t = "Mr. Baker: Traffic has trebled.\\nSir EDWARD GREY: Most agreed: Grey too."
    >>> sorted(t[at:at + 5] for at in layout_starts(t))
    ['Most ', 'Traff']
    """
    capital = _capitals(text)
    chosen = {at for _, at in words}
    return set(capital & chosen if chosen else capital)


@lru_cache(maxsize=2048)
def _capitals(text: str) -> frozenset[int]:
    """Where the capitalised words of ``text`` that its layout opens start (read once per
    text: a passage's names are asked for by several readers)."""
    found = _lines(text) | _cells(text)
    found |= {m.end() for m in _OPTION.finditer(text)}
    found |= {m.start() for m in _GLUED.finditer(text)}
    found |= {m.end() for m in _LABEL.finditer(text)}
    found |= {m.end() for m in _PATH_ENTRY.finditer(text)}
    return frozenset(at for at in found if _capitalised(text[at : at + 2]))


def _capitalised(head: str) -> bool:
    """A word's first two letters of a capitalised word ("Us"), not one in capitals ("NU")."""
    return head[:1].isupper() and not head[1:2].isupper()


def _lines(text: str) -> set[int]:
    """The first words of lines indented deeper than an indented line before (an option's
    description under its synopsis, a tag's under the tag: "Puffer/Cache\n    Summe von")
    or opening a list's item. A section's heading is not indented: the first words under it
    are a paragraph's ("AUTOREN\n    Eric Shienbrood"), names as often as not."""
    found = set()
    previous: int | None = None  # the indentation of the last line with a word
    for m in _LINE.finditer(text):
        indent = len(m.group(1).expandtabs(8))
        bullet = _BULLET.match(text, m.start()) is not None
        if bullet or (previous and indent > previous):  # a heading at 0 opens a paragraph
            found.add(m.end())
        previous = indent
    return found


def _cells(text: str) -> set[int]:
    """The second cells' starts of a table's rows (see :data:`_CELL`)."""
    return {m.end() for m in _CELL.finditer(text)}

"""The dated heading of a diary entry (or a protocol's session) that a passage is under,
however far before it: "_January 7, 1918._--This forenoon ...", "Brest-Litovsk, January 9,
1918.", "11. Februar 1918." opening a paragraph.

A date printed near a passage dates it (:func:`~sourcecheck.facts.check.date_at`); when none
is, a long entry is still dated by its heading, which governs until the next heading. A
heading is a date with its day and month opening a paragraph (after quotation marks or
emphasis, or a place and a comma) and ending it or followed by a full stop, a colon or a
dash: a date in a sentence ("On January 7 we left") is none.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .monthdates import text_dates

HEAD_CHARS = 80
"""How much of a paragraph's opening is read for its heading."""

# A paragraph opening with a digit within its first 70 characters: the only places a heading
# may be (a cheap scan of the whole text before the passage; a day in words puts the year
# further: "Брест-Литовск, восьмого (двадцать первого) января 1918 г.").
_OPENING_WITH_DIGIT = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?=[^\n]{0,70}?\d)")
_CAPITAL = "A-ZÄÖÜА-ЯЁ"
_BEFORE = re.compile(
    rf"[\W_]*(?:[{_CAPITAL}][\w'’.-]*(?:[ -][{_CAPITAL}][\w'’.-]*){{0,3}},\s*)?[\W_]*"
    r"(?:(?i:den|am|le|the)\s+)?"
)
"""What may stand before a heading's date: a place and a comma ("Brest-Litowsk,",
"Петербург,"), then an article of the date ("Brest-Litowsk, den 21. Januar", "Am achten
Januar")."""
_AFTER = re.compile(r"(?:\s+(?:года|г\.))?[_*”\"’]*\s*(?:\.|:|--|—|–|\n|$)")


def entry_head_before(text: str, offset: int, language: str | None) -> DateMention | None:
    """The dated heading of the entry holding ``offset``: the last paragraph before it that
    opens with a heading date (see the module docstring), or None.

    >>> t = "_January 7, 1918._--This forenoon the Russians came.\\n\\n" + "We talked. " * 80
    >>> d = entry_head_before(t, len(t) - 5, "en")
    >>> (t[d.start : d.end], d.iso())
    ('January 7, 1918', '1918-01-07')
    >>> entry_head_before("On January 7, 1918, we left.\\n\\nWe talked for hours.", 40, "en")
    """
    for m in reversed(list(_OPENING_WITH_DIGIT.finditer(text, 0, offset))):
        head = _heading_at(text, m.end(), min(m.end() + HEAD_CHARS, offset), language)
        if head is not None:
            return head
    return None


def closing_heading(text: str, start: int, end: int, language: str | None) -> int | None:
    """Where the dated heading that closes ``text[start:end]`` begins, a paragraph of its
    own (the next entry's: "... no money left.\\n\\nSimla, the ninth of May 1911."), or None:
    it dates what follows it, not the passage.

    >>> t = "He said the road would wait.\\n\\nSimla, the ninth of May 1911.\\n\\nA quiet day."
    >>> t[closing_heading(t, 0, t.index("\\n\\nA quiet"), "en") :]
    'Simla, the ninth of May 1911.\\n\\nA quiet day.'
    >>> closing_heading(t, 0, 28, "en") is None
    True
    """
    cut = text.rfind("\n\n", start, end)
    if cut < 0:
        return None
    opening = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    if end - opening > HEAD_CHARS or _heading_at(text, opening, end, language) is None:
        return None
    return opening


def _heading_at(text: str, start: int, end: int, language: str | None) -> DateMention | None:
    """The date heading the paragraph that opens at ``start``, if it opens with one."""
    dates = text_dates(text[start:end], language)
    if not dates:
        return None
    first = dates[0]
    before = _BEFORE.fullmatch(text, start, start + first.start)
    after = _AFTER.match(text, start + first.end)
    if before is None or after is None or not (first.day and first.month):
        return None
    return DateMention(
        first.start + start, first.end + start, first.year, first.month, first.day,
        first.alt_day,
    )  # fmt: skip

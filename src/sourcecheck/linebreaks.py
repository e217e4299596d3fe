"""Words hyphenated across a line break, joined again as they are read.

Printed and scanned texts break words at a line's end ("Bol-\\nsheviks"; a man page's
"direc‐\\n   tory"). The word matcher's tokens join them (:mod:`sourcecheck.normalize`); the
meaning stage reads whole words too (its counterparts, stems and the text it embeds), and every
excerpt shows them whole. Kept apart from :mod:`sourcecheck.normalize` so that the models and
the command line's start load no numpy.
"""

from __future__ import annotations

import re

LINE_HYPHEN = r"[-‐‑\u00ad][ \t]*\r?\n[ \t]*"
"""A hyphen ending a line inside a word ("Bol-\\nsheviks", a man page's "direc‐\\n   tory")."""
_LINE_HYPHEN = re.compile(rf"(?<=[^\W\d_]){LINE_HYPHEN}(?=([^\W\d_]))")
"""A word's hyphen at a line's end: between letters ("1478-\\n1507" and a dash "--\\n" are not)."""


def unbroken(text: str) -> str:
    """``text`` with its words hyphenated across a line break joined again, as they are read
    (a dictionary knows "directory", not "direc‐\\n   tory"): the hyphen dropped before a
    small letter, kept before a capital ("anti-\\nBolshevik" is "anti-Bolshevik").

    >>> unbroken("this direc\u2010\\n      tory, the anti-\\nBolshevik Party")
    'this directory, the anti-Bolshevik Party'
    """
    if "\n" not in text:
        return text
    return _LINE_HYPHEN.sub(lambda m: "-" if m.group(1).isupper() else "", text)

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


_SLASH_BREAK = re.compile(r"(?<=[^\s/])[ \t]*\r?\n[ \t]*(?=/\w)|(?<=\w/)[ \t]*\r?\n[ \t]*(?=\w)")
"""A line break at a slash inside a token: before it ("Debian GNU\\n   /Linux", as groff
breaks) or after it ("GNU/\\nLinux")."""
_TOKEN_BEFORE = re.compile(r"\S+$")
_TOKEN_AFTER = re.compile(r"\S+")


def joined_at_slash(text: str, quote: str) -> str:
    """``text`` with each line break at a slash removed where the token it breaks, joined,
    is printed in ``quote`` (case aside): "Debian GNU\\n   /Linux system" read as the quote's
    "GNU/Linux"; a path after a word at a line's start ("stored in\\n   /usr/bin") stays
    apart, as no quote prints "in/usr/bin".

    >>> joined_at_slash("the Debian GNU\\n        /Linux system", "des GNU/Linux-Systems")
    'the Debian GNU/Linux system'
    >>> joined_at_slash("stored in\\n  /usr/bin", "stored in /usr/bin")
    'stored in\\n  /usr/bin'
    """
    if "\n" not in text or "/" not in quote:
        return text
    folded = quote.casefold()

    def join(m: re.Match[str]) -> str:
        before = _TOKEN_BEFORE.search(text, 0, m.start())
        after = _TOKEN_AFTER.match(text, m.end())
        token = (before.group() if before else "") + (after.group() if after else "")
        whole = token.strip(".,;:!?)(\"'«»“”„").casefold()
        return "" if whole and whole in folded else m.group()

    return _SLASH_BREAK.sub(join, text)

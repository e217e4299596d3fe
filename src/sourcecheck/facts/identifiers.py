"""Numbers that are no quantities: identifiers printed with digits ("2.6.32", "0.93R6",
"XFree86", "i386").

A version with two dots, or digits glued after letters, names a thing: it is no figure to
compare by value (read as a quantity, "0.93R6" was 0 in a Russian passage and 0.93 in an
English one, and "2.6.32" was 2 or 2.6). The number readers skip them
(:func:`.languages.read_numbers_in`); the meaning stage compares them as printed
(:func:`differing_identifiers`), and its evidence shows those both print
(:func:`shared_identifiers`: the numbers row shows what both state). Digits with letters
after them only ("12th", "1990s", "10km") are a number with its suffix; digits grouped in
thousands ("1.500.000") are a number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RUN = re.compile(r"(?<![\w.])[^\W_]+(?:\.[^\W_]+)*")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_]\.?\d")


def is_identifier(token: str) -> bool:
    """Whether ``token`` (word characters joined by dots) is an identifier (see the module).

    >>> [is_identifier(t) for t in ("2.6.32", "0.93R6", "XFree86", "i386", "2.1", "12th")]
    [True, True, True, True, False, False]
    >>> is_identifier("1.500.000"), is_identifier("Debian")
    (False, False)
    """
    if not any(c.isdigit() for c in token):
        return False
    if _LETTER_THEN_DIGIT.search(token):
        return True
    return token.count(".") >= 2 and not _THOUSANDS.fullmatch(token)


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each identifier of ``text``.

    >>> text = "Debian 0.93R6 mit XFree86 4.3 und Kernel 2.6.32."
    >>> [text[a:b] for a, b in identifier_spans(text)]
    ['0.93R6', 'XFree86', '2.6.32']
    """
    return [m.span() for m in _RUN.finditer(text) if is_identifier(m.group())]


def differing_identifiers(
    quote: Sequence[str], passage: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The identifiers of each side's printed words (tokens of
    :data:`~sourcecheck.normalize.WORD_RE`) that the other side does not print, when each
    side prints one the other lacks ("Kernel 2.4.20" / "kernel 2.6.32"); one side's alone is
    no difference (a translator may leave a code out).

    >>> differing_identifiers(["Kernel", "2.4.20", "XFree86"], ["kernel", "2.6.32", "xfree86"])
    (('2.4.20',), ('2.6.32',))
    >>> differing_identifiers(["0.93R6", "i386"], ["0.93r6"])
    ((), ())
    >>> differing_identifiers(["help2man", "i386"], ["help2man's", "amd64"])
    (('i386',), ('amd64',))
    """
    mine = {_key(w): w for w in quote if is_identifier(w)}
    theirs = {_key(w): w for w in passage if is_identifier(w)}
    if not (mine.keys() - theirs.keys() and theirs.keys() - mine.keys()):
        return (), ()
    return (
        tuple(w for k, w in mine.items() if k not in theirs),
        tuple(w for k, w in theirs.items() if k not in mine),
    )


_POSSESSIVE = re.compile(r"['’]s\Z", re.IGNORECASE)


def _key(word: str) -> str:
    """An identifier as compared: its case and an English possessive off ("help2man's" is
    help2man: walk111, xc-ru-en-04 flagged "help2man" / "help2man's" as differing)."""
    return _POSSESSIVE.sub("", word.casefold())


def shared_identifiers(
    quote: Sequence[str], passage: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The identifiers both sides' printed words print (case aside), each as its side prints
    it: a version both state agrees, and the evidence shows it ("kernel 2.6.32" / "Kernel
    2.6.32"), as it shows two equal figures.

    >>> shared_identifiers(["Kernel", "2.6.32", "XFree86"], ["kernel", "2.6.32", "xfree86"])
    (('2.6.32', 'XFree86'), ('2.6.32', 'xfree86'))
    >>> shared_identifiers(["2.4.20"], ["2.6.32"])
    ((), ())
    """
    mine = {_key(w): w for w in quote if is_identifier(w)}
    theirs = {_key(w): w for w in passage if is_identifier(w)}
    both = [k for k in mine if k in theirs]
    return tuple(mine[k] for k in both), tuple(theirs[k] for k in both)

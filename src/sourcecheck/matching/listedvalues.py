"""A negation word printed as a value, not as a negation of its clause: an option's value
("--indicator-style=none", "--color=never"), a quoted name (»none«, 'never'), an item of a
list ("sort by WORD: none (-U), size (-S), time (-t)").

Manuals name values with the words that elsewhere negate: "none" (no sorting), "never" (no
colour), German "keine", Russian "нет". Such a word says which value, it negates no statement
of its clause: "append indicator with style WORD: none (default), slash (-p)" renders
"Indikator des Stils WORT anhängen: »none« (Standardvorgabe), »slash« (-p)" though one side
holds "none" and the other, in German, no negation (walk112). Such a word is read as a word
negated by its affix is (:mod:`.negation`): it *answers* a negation of the other side ("none
(-U)" / "none (-U, не сортировать)": the Russian glosses the value), it never raises one.
A list item is a negation word alone between list marks (a colon, a comma, an opening
parenthesis before it; a comma, a parenthesis after it, past a gloss in parentheses) beside
items that are no negations: with a gloss, one of at most :data:`_ITEM_WORDS` words; without,
two of one word each ("none, size, time"). "No, never.", "No, he did not come.", "none, he
said, could stay" stay negations.
"""

from __future__ import annotations

import re
from collections.abc import Set

_QUOTES = {"»": "«", "«": "»", "'": "'", '"': '"', "‘": "’", "’": "’", "“": "”", "„": "“",
           "‚": "‘", "`": "`", "<": ">"}  # fmt: skip
"""Opening quotation marks and their closers, in English, German and Russian printing."""
_BEFORE = ":,(|/"
"""Marks before an item of a list (after the spaces)."""
_AFTER = ",)(|/;"
"""Marks after an item of a list (after the spaces)."""
_GLOSS = re.compile(r"\s*\([^()]*\)")
"""A gloss in parentheses after an item: "none (-U)", "none (default)"."""
_ITEM = re.compile(r"\s*,\s*((?:[^,;:().!?\n]|\.(?=\S))+?)\s*(?=[,;()\n]|[.!?](?:\s|$)|$)")
"""The next item of a list after an item (and its gloss), up to a sentence's end ("auto.")."""
_ITEM_WORDS = 2
"""At most this many words in a neighbouring item of an item with a gloss: "size",
"file-type", "по размеру"."""
_PLAIN_ITEMS = 2
"""Neighbouring items, one word each, that an item without a gloss needs ("none, size,
time"): prose ("none, he said, could stay"; "none, however, stayed") has fewer."""
_WORD = re.compile(r"\w[\w-]*")
_REACH = 200
"""Characters read on each side of a word: a list item and its gloss are short."""


def value_reading(text: str, start: int, end: int, negations: Set[str]) -> str | None:
    """How the negation word ``text[start:end]`` reads: "value" (no negation), "gloss" (in
    a value's gloss: it answers a negation, raises none) or None (a negation).

    >>> t = "КРИТЕРИЙ: none (-U, не сортировать), size (-S, по размеру)"
    >>> value_reading(t, 10, 14, {"none"}), value_reading(t, 20, 22, {"не"})
    ('value', 'gloss')
    """
    if listed_value(text, start, end, negations):
        return "value"
    return "gloss" if in_gloss(text, start, negations) else None


def listed_value(text: str, start: int, end: int, negations: Set[str]) -> bool:
    """Whether the negation word ``text[start:end]`` is printed as a value (see the module).
    ``negations``: the language's folded negation words (a neighbouring item that is one
    makes the word a negation still).

    >>> t = "sort by WORD instead of name: none (-U), size (-S), time (-t)"
    >>> listed_value(t, t.index("none"), t.index("none") + 4, frozenset({"none", "no"}))
    True
    >>> t = "Sort entries alphabetically if none of -cftuvSUX nor --sort is specified."
    >>> listed_value(t, t.index("none"), t.index("none") + 4, frozenset({"none", "nor"}))
    False
    >>> t = "--color=never"
    >>> listed_value(t, 8, 13, frozenset({"never"}))
    True
    """
    if text[start - 1 : start] == "=":  # an option's value: "--color=never"
        return True
    opener = text[start - 1] if start > 0 else ""
    if opener in _QUOTES and text[end : end + 1] == _QUOTES[opener]:
        return True  # a quoted name: »none«
    return _listed_item(text, start, end, negations)


def in_gloss(text: str, start: int, negations: Set[str]) -> bool:
    """Whether ``start`` is inside the gloss in parentheses of a listed item, which says
    what the value means ("none (-U, не сортировать)": do not sort).

    >>> t = "по КРИТЕРИЮ: none (-U, не сортировать), size (-S, по размеру)"
    >>> in_gloss(t, t.index("не "), frozenset({"не"})), in_gloss(t, 3, frozenset({"не"}))
    (True, False)
    """
    opening = text.rfind("(", max(0, start - _REACH), start)
    closing = text.find(")", start, start + _REACH)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[start:closing]:
        return False
    head = text[max(0, opening - _REACH) : opening]
    item = re.search(r"[^:,(|/]*$", head)
    words = _WORD.findall(item.group()) if item else []
    if item is None or not 0 < len(words) <= _ITEM_WORDS:
        return False
    first = _WORD.search(item.group())
    assert first is not None  # a word was found
    item_start = opening - len(head) + item.start() + first.start()
    return _listed_item(text, item_start, opening - (len(head) - len(head.rstrip())), negations)


def _listed_item(text: str, start: int, end: int, negations: Set[str]) -> bool:
    """Whether ``text[start:end]`` is alone between list marks, one of a list of values."""
    before = text[max(0, start - _REACH) : start].rstrip()
    if not before or before[-1] not in _BEFORE:
        return False  # "No, thanks." opens no list
    rest = text[end : end + _REACH]
    gloss = _GLOSS.match(rest)
    after = rest[gloss.end() :] if gloss else rest
    if after.strip() and after.lstrip()[0] not in _AFTER:
        return False
    items = _neighbours(before, after)
    if any(not words or {w.casefold() for w in words} & negations for words in items):
        return False  # "No, never.", "no, he did not come", a neighbour cut short
    if gloss is not None:  # "none (-U), size (-S)": one short neighbour will do
        return any(len(words) <= _ITEM_WORDS for words in items)
    return len(items) >= _PLAIN_ITEMS and all(len(words) == 1 for words in items)


def _neighbours(before: str, after: str) -> list[list[str]]:
    """The words of the items after an item (and its gloss), and of those before it
    ("size (-S), time, none"), up to :data:`_PLAIN_ITEMS` each way."""
    items: list[list[str]] = []
    at = 0
    while len(items) < _PLAIN_ITEMS and (following := _ITEM.match(after, at)):
        items.append(_WORD.findall(following.group(1)))
        gloss = _GLOSS.match(after, following.end())
        at = gloss.end() if gloss else following.end()
    if before.endswith(","):
        for previous in reversed(_GLOSS.sub("", before[:-1]).split(",")[-_PLAIN_ITEMS:]):
            items.append(_WORD.findall(re.split(r"[:(]", previous)[-1]))
            if re.search(r"[:(]", previous):
                break  # the list's first item
    return items

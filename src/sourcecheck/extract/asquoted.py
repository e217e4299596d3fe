"""Attributions that quote someone without a verb of saying beside the words: "As he put it in
the same book, “...”", "In Lenin's words, “...”", "To quote Czernin, “...”".

Journalism and history prose introduce a quotation so; the words are the named person's (a
pronoun: the person it was resolved to before the quotation), as surely as after "he said".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..normalize import fold
from . import attribution as attr

_NAME = r"[\w.’'\- ]{1,40}?"
_AS_QUOTED = re.compile(
    rf"\b(?:[Aa]s\s+(?P<put>{_NAME})\s+(?:put|puts|has\s+put|had\s+put)\s+it\b"
    rf"|[Ii]n\s+(?P<words>{_NAME})[’']s?\s+(?:own\s+)?words\b"
    rf"|[Tt]o\s+quote\s+(?P<quote>{_NAME})(?=\s*[,:]))"
    r"[^.!?;“”\"]{0,60}[,:]\s*$"
)
"""The lead-in's end: its phrase, the few words after it ("in the same book"), a comma or
colon right before the opening mark."""
_GROUPS = ("put", "words", "quote")
_DESCRIBED = re.compile(r"(?:the|a|an|one)\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}")
"""A person described, not named: "the county surveyor", "a soldier"."""


@dataclass(frozen=True, slots=True)
class AsQuoted:
    """A lead-in that names whose words follow: the mention of them and the phrase."""

    mention: attr.Mention
    phrase: str


def as_quoted(
    text: str, first_mark: int, evidence: attr.NameEvidence, *, floor: int = 0
) -> AsQuoted | None:
    """The person a lead-in ending right before the opening mark at ``first_mark`` quotes
    ("As he put it in the same book, “", "In Lenin's words: “", "To quote Czernin, “"), as
    the mention naming them (a name, "I", a pronoun or an unnamed person); None when it says nothing
    so. ``floor``: where the quotation's paragraph starts.

    >>> t = "Czernin also quoted older wisdom. As he put it in the same book, “Be a fox.”"
    >>> found = as_quoted(t, t.index("“"), attr.NameEvidence(t))
    >>> found.mention.text, found.phrase
    ('he', 'As he put it in the same book')
    >>> t = "In Lenin's words, “Peace now.”"
    >>> as_quoted(t, t.index("“"), attr.NameEvidence(t)).mention.text
    'Lenin'
    >>> t = "To quote the county surveyor, “the river rises.”"
    >>> as_quoted(t, t.index("“"), attr.NameEvidence(t)).mention.text
    'the county surveyor'
    >>> as_quoted("As it happens, “he came.”", 15, attr.NameEvidence("")) is None
    True
    """
    start = max(floor, first_mark - 160)
    m = _AS_QUOTED.search(text[start:first_mark])
    if m is None:
        return None
    group = next(g for g in _GROUPS if m.group(g) is not None)
    a, b = start + m.start(group), start + m.end(group)
    found = [
        x
        for x in attr.mentions(text, a, b, evidence, titled=True)
        if x.kind in ("name", "pronoun", "unnamed", "first") and x.end == b
    ]
    described = _DESCRIBED.fullmatch(text, a, b)
    if not found and described is not None:  # "To quote the county surveyor,": a description
        words = described.group()
        found = [attr.Mention(a, b, words, "unnamed", key=fold(words.split()[-1]))]
    if not found:
        return None
    return AsQuoted(found[-1], m.group().rstrip(" ,:\n"))

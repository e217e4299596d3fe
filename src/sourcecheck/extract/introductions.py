"""A description the narration has just introduced as someone new: "Some years ago a German
prince came to Vienna. ... The German prince said to him: “...”" (the prince, whom the text
never names, not the person the text names most around the word "prince").

"the X" after "a X" (the same noun, its adjectives among the introduction's) in the narration
of the last :data:`INTRODUCTION_PARAGRAPHS` paragraphs is that new person: the speaker as
written. Not a predicate or a comparison ("he was a man of few words", "like a man", "such a
man"): those describe someone already there. :func:`~sourcecheck.extract.anaphora.resolve_cue`
asks it for a trade or a rank ("the prince", "the doctor"), whom the text otherwise resolves
by the persons named around that noun anywhere; a person noun ("the man", "the gentleman")
is left to the conversation, which often tells who (measured: the six PDNC novels lose two
speakers when "the man" after "a man" stands as written), unless the narration told the
newcomer apart by more than the noun (:func:`newcomer`: "here they met a stout man with a
bunch of keys. ... said the man": the stout man, not whoever spoke before).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .descriptions import description_key, head_noun, is_group, is_role

INTRODUCTION_PARAGRAPHS = 2
"""How many paragraphs before a description's own its introduction may be."""
_PREDICATE = frozenset(
    "is was be been being are were seemed seems became become like as such than of what "
    "quite rather".split()
)
"""Words before "a man" that make it say what someone already there is."""


def introduced_as(
    text: str,
    words: str,
    start: int,
    floor: int,
    inside_quote: Callable[[int], bool],
) -> str | None:
    """The indefinite description ("a German prince") that introduced the person the definite
    description ``words`` ("the German prince", at ``start``) names, if the narration between
    ``floor`` and ``start`` has one, outside quotations.

    >>> t = "A tall man came in. Emma looked up. He was a man of few words. The man said"
    >>> introduced_as(t, "the man", t.rindex("The man"), 0, lambda at: False)
    'a tall man'
    >>> introduced_as(t, "the old man", t.rindex("The man"), 0, lambda at: False) is None
    True
    """
    head = head_noun(words)
    parts = words.lower().split()
    if head is None or parts[0] != "the" or is_group(words) or is_role(words):
        return None
    wanted = set(description_key(words).split()) - {head}
    pattern = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+((?:[\w-]+\s+){{0,3}}?){head}\b")
    found = None
    for m in pattern.finditer(text, floor, start):
        before = text[max(floor, m.start() - 20) : m.start()].split()
        if inside_quote(m.start()) or (before and before[-1].lower() in _PREDICATE):
            continue
        if wanted <= set(m.group(1).lower().split()):
            found = m.group()
    if found is None:
        return None
    found = " ".join(found.split())
    return found[0].lower() + found[1:]


def newcomer(
    text: str,
    words: str,
    start: int,
    floor: int,
    inside_quote: Callable[[int], bool],
) -> tuple[str, str] | None:
    """The speaker a person noun's description at ``start`` names when the narration since
    ``floor`` has just introduced someone new by more than that noun ("a stout man", "a
    little hump-backed man": an adjective, a trade), and the introduction: "the stout man"
    for "the man" (how the text tells them apart), the description as written when it says
    more than its noun ("the hump-backed man"). None for a bare introduction ("a man": the
    conversation often says who).

    >>> t = "They met a stout man with keys. “What now?” said the man"
    >>> newcomer(t, "the man", t.rindex("the man"), 0, lambda at: False)
    ('the stout man', 'a stout man')
    >>> t = "They met a man with keys. “What now?” said the man"
    >>> newcomer(t, "the man", t.rindex("the man"), 0, lambda at: False) is None
    True
    """
    intro = introduced_as(text, words, start, floor, inside_quote)
    if intro is None or len(intro.split()) < 3:  # "a man", "another man"
        return None
    return as_introduced(words, intro), intro


def as_introduced(words: str, intro: str) -> str:
    """The definite description ``words`` with the modifiers its introduction ``intro`` gave
    the noun, when it has none of its own: "the officer" introduced as "a police officer" is
    "the police officer" (how a reader tells them apart); "the hump-backed man" as written.

    >>> as_introduced("the officer", "a police officer"), as_introduced("the old man", "an old man")
    ('the police officer', 'the old man')
    """
    if len(description_key(words).split()) > 1:
        return words[0].lower() + words[1:]
    return " ".join(["the", *intro.split()[1:]])

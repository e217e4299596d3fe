"""The one spoken to: a request's "Please" is no person, the German polite "Sie" is a doer.

The roles reader (:mod:`.roles`) reads a capitalized word opening a quote's sentence without a
counterpart as a person the names reader left out ("Lenin objected to Uritsky"), and a
clause's doer by its subject pronouns. Manuals address their reader, and so:

- "Please make sure to read the Autotools Tutorial ..." had "Please" for its doer (no
  counterpart in "..., stellen Sie sicher, dass Sie das Autotools Tutorial ... lesen"), the
  tutorial acted upon; and
- the German polite "Sie", missing from the subject pronouns (lower case "sie" is "she",
  "they" or their object), left the clause "dass Sie das Autotools Tutorial ... lesen"
  without its doer, so the first name there became it: a swap, flagged ``roles`` on a
  faithful rendering whose German fronts the condition ("Falls Sie sie benötigen, stellen
  Sie sicher, ...": walkthrough walk111, xc-en-de-04).

A word of request (:data:`_REQUEST`) opening a sentence is no person; "Sie" written with its
capital inside a sentence is the one addressed, the doer of its clause unless a preposition
governs it ("für Sie", "mit Ihnen" are no doers: "Ihnen" is an object pronoun already).
"""

from __future__ import annotations

import re

from ..normalize import fold

_REQUEST = {
    "en": frozenset({"please", "kindly"}),
    "de": frozenset({"bitte"}),
    "ru": frozenset({"пожалуиста"}),  # folded: "пожалуйста"
}
"""Words of request opening an imperative sentence, folded."""

_SENTENCE_END = re.compile(r"(?:^|[.!?…:][\s\"'“”„«»‘’]*)\Z")

_GERMAN_PREPOSITIONS = frozenset(
    fold(w)
    for w in "für an auf über unter vor hinter neben zwischen durch gegen ohne um bei mit nach "
    "von zu aus".split()
)


def requests(word: str, language: str) -> bool:
    """Whether ``word`` is a word of request ("Please", "Bitte", "Пожалуйста"): no name.

    >>> requests("Please", "en"), requests("Пожалуйста", "ru"), requests("Lenin", "en")
    (True, True, False)
    """
    return fold(word) in _REQUEST.get(language, frozenset())


def formal_you(text: str, at: int, word: str, language: str) -> bool:
    """Whether ``word`` at ``at`` in ``text`` is the German polite "Sie" as a doer: written
    with its capital inside a sentence (at a sentence's start it may be "she" or "they"),
    no preposition before it.

    >>> text = "Falls Sie sie benötigen, stellen Sie sicher. Sie las es. Das ist für Sie."
    >>> [formal_you(text, m.start(), "Sie", "de") for m in re.finditer("Sie", text)]
    [True, True, False, False]
    """
    if language != "de" or word != "Sie":
        return False
    before = text[:at].rstrip()
    if _SENTENCE_END.search(before):
        return False
    previous = before.rsplit(None, 1)[-1] if before else ""
    return fold(previous) not in _GERMAN_PREPOSITIONS

"""How a speaker's sieve is said in a claim's notes: "the verb 'wrote' next to it", but for a
noun of an account ("in his words", "in Czernin's account") the phrase itself, which is no
verb ("the verb 'words'" read wrong)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .framewords import every_language

if TYPE_CHECKING:
    from .speakers import Said

_ACCOUNT_NOUNS = frozenset(noun.lower() for noun in every_language("accounts"))


def sieve_shown(said: Said, text: str) -> str:
    """The sieve of ``said`` as the notes give it.

    >>> from types import SimpleNamespace as S
    >>> t = "in his words, “the trenches are deserted.”"
    >>> cue = S(verb="words", clause=(0, 13))
    >>> sieve_shown(S(sieve="the verb 'words' next to it", cue=cue), t)
    "the words 'in his words' next to it"
    >>> sieve_shown(S(sieve="the verb 'wrote' next to it", cue=S(verb="wrote", clause=(0, 5))), t)
    "the verb 'wrote' next to it"
    """
    cue = said.cue
    if (
        cue is None
        or not said.sieve.startswith("the verb")
        or cue.verb.lower() not in (_ACCOUNT_NOUNS)
    ):
        return said.sieve
    clause = text[cue.clause[0] : cue.clause[1]]
    m = re.search(rf"\b\w+\s+(?:\S+\s+){{0,2}}{re.escape(cue.verb)}\b", clause)
    phrase = m.group() if m else cue.verb
    return f"the words {phrase!r} next to it"

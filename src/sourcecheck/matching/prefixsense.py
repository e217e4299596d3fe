"""Whether an English prefix that can negate ("dis-", "in-", "im-", "il-", "ir-") negates the
word it stands before: "dislike" is the opposite of "like", "disarm" of "arm", "impossible"
of "possible"; "dismiss" is no opposite of "miss", nor "discover" of "cover", "display" of
"play", "distinguish" of "tinguish", "inform" of "form".

The test is WordNet's, not a list of words: the two words are opposites
(:func:`.antonyms.opposites`), or a sense of the whole word's lemma has an antonym pointer to
the rest's lemma ("disarm" -> "arm", "dishonour" -> "honour", where the clusters of the
inflected forms overlap). Without WordNet, or when WordNet does not know the whole word, the
prefix is taken at its word (the callers' older reading): nothing is known against it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet

_PREFIX = re.compile(r"(dis|in|im|il|ir)-?([a-z]{4,})")
"""The English prefixes whose sense this module checks, and the rest of the word."""


@lru_cache(maxsize=1 << 12)
def prefix_negates(word: str) -> bool:
    """Whether ``word`` (English) begins with "dis-" or an "in-" prefix that negates the
    rest of it (see the module); True for any other word WordNet cannot check.

    >>> [prefix_negates(w) for w in ("dismissed", "disarmed", "disliked", "impossible",
    ...  "discovered", "informed")] if wordnet.available() else [False, True, True, True,
    ...  False, False]
    [False, True, True, True, False, False]
    """
    m = _PREFIX.fullmatch(word.casefold())
    if m is None or not wordnet.available() or not _known(m.group()):
        return True
    from .antonyms import opposites  # it reads negations (.negation), which read this module

    whole, rest = m.group(), m.group(2)
    return opposites(whole, rest) or _antonym_lemma(whole, rest)


def negated_by_dis(word: str) -> bool:
    """Whether ``word`` (English, folded) is negated by a "dis-" prefix ("disarmed",
    "disliked", "disobeyed"), as WordNet reads it: a word negated by an affix
    (:mod:`.negation`), which answers an explicit negation ("being totally disarmed" / "being
    entirely without arms"). False without WordNet (nothing shows it negated)."""
    return (
        word.startswith("dis")
        and len(word) >= 7
        and wordnet.available()
        and _known(word)
        and prefix_negates(word)
    )


def _known(word: str) -> bool:
    """Whether WordNet has ``word`` as a form of one of its lemmas, in any part of speech."""
    return any(wordnet.base_forms(word, pos) for pos in ("v", "n", "a", "r"))


def _antonym_lemma(whole: str, rest: str) -> bool:
    """Whether a sense of a lemma of ``whole`` has an antonym among the lemmas of ``rest``."""
    for pos in ("v", "n", "a", "r"):
        rests = set(wordnet.base_forms(rest, pos))
        if not rests:
            continue
        for lemma in wordnet.base_forms(whole, pos):
            for offset in wordnet.senses(lemma, pos):
                found = wordnet.synset(pos, offset)
                for p in found.pointers if found is not None else ():
                    target = wordnet.synset(p.pos, p.offset) if p.symbol == "!" else None
                    if target is not None and rests & set(target.lemmas):
                        return True
    return False

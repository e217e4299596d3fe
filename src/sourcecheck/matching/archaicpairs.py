"""Early Modern English words paired with the modern words a rendering puts for them.

An older English translation (the King James Bible, a 1900s rendering) quoted against a modern
one, or the other way round, says the same thing in an older grammar and vocabulary: "the
multitude must needs come together" is "the assembly must certainly meet". The function words
and verb endings are read in :mod:`.archaic` (stop words, stems); the content words the word
vectors do not place near their modern equivalents are paired here, each read as the modern
word it is before the vectors compare it (:func:`modern_readings`):

- the old forms and words of :data:`.archaic.OLD_FORMS` / :data:`.archaic.OLD_WORDS`
  ("spake", "shewed", "whilst", "haply") and the "-eth" / "-est" forms ("goeth", "knowest");
- "needs" in "must needs" / "needs must", the adverb of necessity, read as "necessarily":
  printed as the noun's plural, it paired with nothing, and the modern "certainly", "surely",
  "of necessity" (or, across languages, "unbedingt", "непременно") of a rendering was left
  without a counterpart (walk115, rt-web-kjv-04: 2 of 4 content words, rejected).

A quote's word without a counterpart is paired with the passage's free content word nearest
to it when either is such a word, both read as modern words, each the other's nearest, at least
as near as the alignment asks of any pair. English sides only; the other side may be in any
language.
"""

from __future__ import annotations

import re

import numpy as np

from ..normalize import fold
from .archaic import OLD_FORMS, OLD_WORDS, verb_lemma
from .embed import Embedder
from .wordpairs import Alignment, WordPair, content_positions, word_vectors

_NECESSITY = "necessarily"
"""What "needs" says beside "must"."""
_MUST_BEFORE = re.compile(r"\bmust\s+$", re.IGNORECASE)
_MUST_AFTER = re.compile(r"\s+must\b", re.IGNORECASE)
_ENDINGS = ("eth", "est", "st")
"""The endings :func:`.archaic.verb_lemma` reads (a word without one is not looked up)."""


def modern_reading(text: str, at: int, word: str) -> str | None:
    """The modern word an English ``word`` (at ``at`` in ``text``) stands for, when it is an
    older word or form (see the module), else None.

    >>> t = "the multitude must needs come together, whilst he spake"
    >>> [modern_reading(t, t.index(w), w) for w in ("needs", "whilst", "spake", "multitude")]
    ['necessarily', 'while', 'spoke', None]
    >>> modern_reading("he needs more time", 3, "needs") is None
    True
    """
    folded = fold(word)
    if folded == "needs":
        before = _MUST_BEFORE.search(text, max(0, at - 12), at)
        return _NECESSITY if before or _MUST_AFTER.match(text, at + len(word)) else None
    found = OLD_FORMS.get(folded) or OLD_WORDS.get(folded)
    if found is not None:
        return found
    return verb_lemma(folded) if folded.endswith(_ENDINGS) else None


def modern_readings(text: str, language: str) -> dict[int, str]:
    """offset -> modern reading of each content word of an English ``text`` that is an older
    word or form (:func:`modern_reading`); nothing in another language."""
    if language != "en":
        return {}
    found = {}
    for at, word in content_positions(text, language):
        read = modern_reading(text, at, word)
        if read is not None:
            found[at] = read
    return found


def with_archaic_words(
    alignment: Alignment,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    *,
    embedder: Embedder,
    minimum: float,
) -> Alignment:
    """``alignment`` with the quote's words without a counterpart paired with the passage's
    free words where either side is an older English word, read as its modern one (see the
    module): the same modern word pairs at 1, others at their word vectors' similarity when
    at least ``minimum`` (0-1) and each is the other's nearest."""
    mine_read = modern_readings(quote, language)
    theirs_read = modern_readings(passage, passage_language)
    if not mine_read and not theirs_read:
        return alignment  # most passages: no older word on either side
    paired = {p.quote_at for p in alignment.pairs}
    taken = {p.passage_at for p in alignment.pairs}
    mine = [(at, w) for at, w in content_positions(quote, language) if at not in paired]
    theirs = [(at, w) for at, w in content_positions(passage, passage_language) if at not in taken]
    if not mine or not theirs:
        return alignment
    q_read = [mine_read.get(at, w.lower()) for at, w in mine]
    p_read = [theirs_read.get(at, w.lower()) for at, w in theirs]
    sims = word_vectors(q_read, embedder) @ word_vectors(p_read, embedder).T
    for r, (at, _) in enumerate(mine):
        for c, (p_at, _) in enumerate(theirs):
            if at not in mine_read and p_at not in theirs_read:
                sims[r, c] = -1.0  # neither older: the alignment has read them
            elif fold(q_read[r]) == fold(p_read[c]):
                sims[r, c] = 1.0
    return alignment.with_pairs(_mutual(sims, mine, theirs, minimum)) if sims.size else alignment


def _mutual(
    sims: np.ndarray, mine: list[tuple[int, str]], theirs: list[tuple[int, str]], minimum: float
) -> list[WordPair]:
    """The (quote word, passage word) pairs each the other's nearest, at least ``minimum``."""
    back = sims.argmax(axis=0)
    added = []
    for r, row in enumerate(sims):
        c = int(row.argmax())
        if row[c] >= minimum and back[c] == r:
            (at, word), (p_at, p_word) = mine[r], theirs[c]
            added.append(WordPair(word, at, p_word, p_at, round(float(min(row[c], 1.0)), 3)))
    return added

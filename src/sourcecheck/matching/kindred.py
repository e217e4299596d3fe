"""English words of one sense by WordNet: a retranslation's "obliged" where the source says
"compelled", "killed" where it says "murdered", "affairs" for "matters" (issue 10).

Two translators of one sentence choose different words of the same meaning. Single-word
vectors place many such pairs under the word minimum of :mod:`.wordpairs` ("compelled" /
"obliged" 0.60, "enfeeble" / "weaken"), and the curated verbs of
:mod:`.synonyms` are those of a chronicle; WordNet (:mod:`.wordnet`) knows the rest. Two
words are *kindred* when, among the most frequent senses of each (:data:`SENSES`, WordNet
lists them first):

- a sense of one is a sense of the other (one synset: "compel, oblige, obligate", "agile,
  nimble");
- or an adjective sense of one is a satellite similar to an adjective sense of the other
  ("prudent" of "wise", "valiant" of "brave");
- or the most frequent verb sense of one is a manner of the most frequent verb sense of the
  other (its direct hypernym, one step: "murder" is a way to "kill").

Measured (bench_meaning --detect, task clause107): two adjectives similar to one head
(:func:`.antonyms.cluster`) paired "accepted" with "old", and a hypernym among any three
senses "open" with "turned" (both "change state"): two invented claims (invented-30, p85-33)
came out ``reworded``; so neither is read.

Nouns are not read by their hypernyms (a dog is an animal, and "animal" is no rendering of
"dog"), and opposites never pair (:func:`.antonyms.opposites`). :func:`with_kindred` pairs a
content word of the quote without a counterpart with the first kindred word of the passage
without one either, as :mod:`.synonyms` pairs its concepts: the words are then counted as
rendered, and the alignment reads them as counterparts for the flags.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .antonyms import opposites
from .persons import PAIRED
from .stems import content_stems
from .wordpairs import Alignment, WordPair, content_positions

SENSES = 3
"""How many of a word's senses per part of speech are read (WordNet lists the most frequent
first; as :data:`.antonyms.SENSES`)."""
_POS = ("n", "v", "a", "r")
Sense = tuple[str, int]  # (part of speech, offset)


@lru_cache(maxsize=1 << 14)
def _senses(word: str) -> frozenset[Sense]:
    """The synsets of ``word``'s most frequent senses, in every part of speech (satellites
    read as adjectives)."""
    out: set[Sense] = set()
    for pos in _POS:
        for lemma in wordnet.base_forms(word, pos):
            out.update(("a" if pos == "s" else pos, o) for o in wordnet.senses(lemma, pos)[:SENSES])
    return frozenset(out)


@lru_cache(maxsize=1 << 14)
def _first_verb(word: str) -> Sense | None:
    """The synset of ``word``'s most frequent verb sense."""
    for lemma in wordnet.base_forms(word, "v"):
        found = wordnet.senses(lemma, "v")
        if found:
            return ("v", found[0])
    return None


def _manner_of(word: str, other: str) -> bool:
    """``word``'s most frequent verb sense is a manner of ``other``'s (its direct hypernym:
    "murder" of "kill")."""
    mine, theirs = _first_verb(word), _first_verb(other)
    found = wordnet.synset(*mine) if mine is not None and theirs is not None else None
    return found is not None and theirs in found.targets("@")


def kindred(word: str, other: str) -> bool:
    """Whether two English words say one thing in a frequent sense of each (see the module).

    >>> [kindred(*pair) for pair in (("obliged", "compelled"), ("killed", "murder"),
    ...  ("happy", "sad"), ("dog", "animal"))] if wordnet.available() \
else [True, True, False, False]
    [True, True, False, False]
    """
    a, b = word.casefold(), other.casefold()
    if a == b or not wordnet.available():
        return a == b
    mine, theirs = _senses(a), _senses(b)
    if not mine or not theirs:
        return False
    if mine & theirs or _manner_of(a, b) or _manner_of(b, a) or _similar(mine, theirs):
        return not opposites(a, b)
    return False


def _similar(mine: frozenset[Sense], theirs: frozenset[Sense]) -> bool:
    """An adjective sense of one side is a satellite similar to an adjective sense of the
    other ("prudent" of "wise", "valiant" of "brave")."""
    for side, other in ((mine, theirs), (theirs, mine)):
        for pos, offset in side:
            found = wordnet.synset(pos, offset) if pos == "a" else None
            if found is not None and found.kind == "s" and set(found.targets("&")) & other:
                return True
    return False


def with_kindred(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` (English on both sides) with each lower-case content word of the quote
    that has no counterpart paired with the passage's first kindred word of another stem that
    has none either (see the module; the same stem is :mod:`.wordpairs`'s).

    >>> a = with_kindred(Alignment(3, ()), "They were obliged to leave", "en",
    ...                  "they were compelled to go", "en")
    >>> [(p.quote, p.passage) for p in a.pairs] if wordnet.available() \
else [("obliged", "compelled")]
    [('obliged', 'compelled')]
    """
    if language != "en" or passage_language != "en":
        return alignment
    paired = {p.quote_at for p in alignment.pairs}
    taken = {p.passage_at for p in alignment.pairs}
    words = [(at, w) for at, w in _plain_words(quote) if at not in paired]
    theirs = [(at, w) for at, w in _plain_words(passage) if at not in taken] if words else []
    added: list[WordPair] = []
    for at, word in words:
        stem = content_stems([word], "en")
        there = next(((p_at, w) for p_at, w in theirs if p_at not in taken
                      and content_stems([w], "en") != stem and kindred(word, w)), None)  # fmt: skip
        if there is not None:
            taken.add(there[0])
            added.append(WordPair(word, at, there[1], there[0], PAIRED))
    return alignment.with_pairs(added) if added else alignment


def _plain_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of the lower-case content words of an English ``text`` with a stem
    (names and hyphenated compounds left out)."""
    return [
        (at, w) for at, w in content_positions(text, "en")
        if w[:1].islower() and "-" not in w and content_stems([w], "en")
    ]  # fmt: skip

"""Are these two English words opposites? Read from WordNet's antonymy (:mod:`.wordnet`), for
the words no curated table can list (issue 10): "a happy ending" where the source says "a sad
end", "a defeated army" where it says "a victorious army".

WordNet links antonyms as words ("happy" / "unhappy", "glad" / "sad", "defeated" /
"undefeated"), and places the adjectives around them as *satellites* similar to one head
("victorious" and "triumphant" are similar to "undefeated"; "sad" is also seen with
"unhappy"). A word stands for its *cluster*: the heads of its senses and, for adjectives, the
heads they are "also seen" with ("happy" with "glad"). Two words are opposites when a head
of one has an antonym among the heads of the other, and no cluster of the two is the same
(then some sense of each says the same thing: "ungrateful" / "thankless", "sad" / "unhappy").
An adverb is read as the adjective it comes from ("easily" as "easy"). Only a word's most
frequent senses count (:data:`SENSES`): a rare sense of a common word is no claim's meaning.
Verbs are read too ("remember" / "forgotten", "weakened" / "strengthened", "advanced" /
"retreated"), except the antonyms WordNet files among the verbs of possession and of
competition (:data:`CONVERSES`): those are mostly converses, one event told from the other
side ("the cooperative bought the ferries" / "the shipyard sold them", "Pierre lent him
money" / "he borrowed money from Pierre", "the French attacked" / "the Russians defended"),
a matter of who does what (:mod:`.roles`), not of what is said. A comparative or superlative
is read as its adjective ("shorter" / "longer", "the heaviest" / "the lightest"), except in a
comparison told from the other side ("the path is shorter than the road" / "the road is longer
than the path": :mod:`.converses`).

:func:`antonym_words` finds such a pair between a quote and a passage in English, among the
words one side has and the other does not render (in any form, "defeated" / "defeat", or by
a word of one of their senses, "careful" / "cautious"), and that no negation before one of
them only may turn round ("how not to be good" / "how to do wrong"; "no lighter penalty" /
"no heavier penalty" are opposed all the same); the callers first check that only one side has
a negation (:mod:`.opposites`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet
from .converses import converse
from .idioms import figurative
from .leftover import left_by_stem, same_place
from .negation import read_negations
from .wordpairs import content_positions

SENSES = 3
"""How many of a word's senses per part of speech are read (WordNet lists the most frequent
first)."""

_POS = ("a", "n", "r", "v")
CONVERSES = frozenset({40, 33})
"""The lexicographer files (``lexnames(5WN)``) of the verbs whose antonyms are not read:
``verb.possession`` ("buy" / "sell", "lend" / "borrow", "give" / "take") and
``verb.competition`` ("attack" / "defend"): two sides of one transfer or one fight."""
_SCOPE = 4  # the words after a negation that it may turn round ("not to be good")
_WORD = re.compile(r"[^\W\d_]+")
Head = tuple[str, int]  # (part of speech, offset) of a head synset


def _heads(pos: str, offset: int) -> list[Head]:
    """The head synsets of a synset: itself, or the heads an adjective satellite is similar
    to, or for an adverb the adjectives it comes from."""
    s = wordnet.synset(pos, offset)
    if s is None:
        return []
    if s.kind == "s":
        return [("a", o) for _, o in s.targets("&")]
    if pos == "r":
        return [h for p, o in s.targets("\\") for h in _heads(p if p != "s" else "a", o)]
    return [(pos if pos != "s" else "a", offset)]


@lru_cache(maxsize=1 << 14)
def _readings(word: str) -> tuple[tuple[Head, str], ...]:
    """(head, lemma) of each of ``word``'s most frequent senses, in every part of speech. A
    comparative or superlative is read as its adjective ("shorter": "short") only when WordNet
    does not list it as an adjective of its own ("later", "greater": their own senses, "later"
    is no "late" of "the late king")."""
    out: list[tuple[Head, str]] = []
    for pos in _POS:
        lemmas = wordnet.base_forms(word, pos)
        for lemma in (word,) if pos == "a" and word in lemmas else lemmas:
            for offset in wordnet.senses(lemma, pos)[:SENSES]:
                out += [(h, lemma) for h in _heads(pos, offset)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1 << 14)
def cluster(word: str) -> frozenset[Head]:
    """The heads ``word``'s senses are, or are similar to, or (adjectives) also seen with."""
    heads = {h for h, _ in _readings(word)}
    for pos, offset in list(heads):
        s = wordnet.synset(pos, offset) if pos == "a" else None
        heads |= {("a", o) for _, o in s.targets("^")} if s is not None else set()
    return frozenset(heads)


@lru_cache(maxsize=1 << 14)
def _antonyms(word: str) -> tuple[frozenset[Head], frozenset[str]]:
    """The heads WordNet gives as antonyms of ``word``'s heads, and the lemmas of those
    antonyms that are nouns ("friend": "foe", "enemy"; the sense of "enemy" it names is not
    among :data:`SENSES` of "enemy": the word is named all the same). Not a verb's: its
    lemmas name rarer senses ("let" is the antonym of "prevent, keep": no "keep" of a claim's
    first senses)."""
    out: set[Head] = set()
    lemmas: set[str] = set()
    for (pos, offset), lemma in _readings(word):
        s = wordnet.synset(pos, offset)
        if s is None or (pos == "v" and s.lexfile in CONVERSES):
            continue  # a converse: the other side of the same event
        for p, o in s.targets("!", lemma):
            out.update(_heads(p, o) or [(p, o)])
            target = wordnet.synset(p, o) if p == "n" else None  # a verb's: "let" / "keep"
            lemmas.update(target.lemmas if target is not None else ())
    return frozenset(out), frozenset(lemmas)


def antonym_heads(word: str) -> frozenset[Head]:
    """The heads WordNet gives as antonyms of ``word``'s (English) heads."""
    return _antonyms(word.casefold())[0]


def opposites(word: str, other: str) -> bool:
    """Whether WordNet reads ``word`` and ``other`` (English) as opposites.

    >>> [opposites(*pair) for pair in (("happy", "sad"), ("victorious", "defeated"),
    ...  ("ungrateful", "thankless"))] if wordnet.available() else [True, True, False]
    [True, True, False]
    """
    mine, theirs = cluster(word.casefold()), cluster(other.casefold())
    if not mine or not theirs or mine & theirs:
        return False  # not in WordNet, or one sense of each says the same
    (heads, lemmas), (others, other_lemmas) = (
        _antonyms(word.casefold()),
        _antonyms(other.casefold()),
    )
    return bool(
        heads & theirs or others & mine or lemmas & _forms(other) or other_lemmas & _forms(word)
    )


@lru_cache(maxsize=1 << 14)
def _forms(word: str) -> frozenset[str]:
    """``word`` and the lemmas it is a form of ("defeated": "defeated", "defeat")."""
    w = word.casefold()
    return frozenset({w, *(b for pos in _POS for b in wordnet.base_forms(w, pos))})


def _words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of the lower-case content words of an English ``text``; names
    (capitalized) left out."""
    return [(at, w) for at, w in content_positions(text, "en") if w[:1].islower() and "-" not in w]


def _lower(word: str, rendered: frozenset[str]) -> bool:
    """A lower-case word as :func:`_words` reads them, not one the table reads as said on
    both sides."""
    return word[:1].islower() and "-" not in word and word.casefold() not in rendered


def scoped_words(text: str, language: str = "en") -> set[int]:
    """The offsets of the words of ``text`` that a negation before them may turn round ("good"
    in "how not to be good")."""
    negations = read_negations(text, language)
    starts = [m.start() for m in _WORD.finditer(text)]
    scoped: set[int] = set()
    for at, _ in negations.explicit:
        if at not in negations.absence and at in starts:
            i = starts.index(at)
            scoped.update(starts[i + 1 : i + 1 + _SCOPE])
            if _MANNER.get(language, _NO_MANNER).match(text, at + len(text[at:].split()[0])):
                scoped.update(a for a in starts[:i] if _clause_start(text, at) <= a)
    return scoped


_NO_MANNER = re.compile(r"(?!)")
_MANNER = {
    "de": re.compile(r"(?i)\s+(?:richtig|korrekt|ordnungsgemä(?:ß|ss)|einwandfrei|so\b|wie\b)"),
    "ru": re.compile(r"(?i)\s+(?:так|как\s+следует|правильно|должным\s+образом)(?!\w)"),
}
"""Per language, the manner words after a negation that negate the verb before it: German
"funktioniert nicht richtig", Russian "работает не так, как старая" (a malfunction: "works"
is no opposite of it there). English puts its "not" before the verb ("does not work
properly"), within the negation's plain scope."""


def _clause_start(text: str, at: int) -> int:
    """Where the clause of the word at ``at`` starts (after the last comma, semicolon, colon
    or sentence end before it)."""
    cut = max(text.rfind(mark, 0, at) for mark in ",;:.!?")
    return cut + 1


def _unrendered(
    words: list[tuple[int, str]], others: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The ``words`` that no word of ``others`` renders: in any form ("defeated" / "defeat")
    or by a word of one of their senses ("careful" / "cautious"), a word that ``words`` have
    themselves ("steeper" on both sides) rendering no other ("longer", where "steep" and
    "long" are each seen with "high")."""
    forms = frozenset().union(*(_forms(w) for _, w in others))
    own = frozenset().union(*(_forms(w) for _, w in words))
    near = frozenset().union(*(cluster(w.casefold()) for _, w in others if not _forms(w) & own))
    return [
        (at, w) for at, w in words if not _forms(w) & forms and not cluster(w.casefold()) & near
    ]


def antonym_words(
    quote: str, passage: str, rendered: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """The first (quote word, passage word) that WordNet reads as opposites among the words
    of an English quote that its English passage lacks and those of the passage that the
    quote lacks, a negation before neither or both (read only for such a pair: it costs), or
    None.
    ``rendered``: words (lower case) a curated table reads as said on both sides
    (:mod:`.opposites`: "rose" / "increased", which WordNet files apart).

    >>> antonym_words("They all had a happy ending.", "They all came to a sad end."
    ...               ) if wordnet.available() else ('happy', 'sad')
    ('happy', 'sad')
    """
    if not wordnet.available():
        return None
    quote_words, passage_words = _words(quote), _words(passage)
    if rendered:
        quote_words = [(at, w) for at, w in quote_words if w.casefold() not in rendered]
        passage_words = [(at, w) for at, w in passage_words if w.casefold() not in rendered]
    mine, theirs = _unrendered(quote_words, passage_words), _unrendered(passage_words, quote_words)
    again = left_by_stem(quote, passage, "en")  # a word said again: read where it stands
    mine += [o for o in again[0] if _lower(o[1], rendered) and o not in mine]
    theirs += [o for o in again[1] if _lower(o[1], rendered) and o not in theirs]
    placed = {o[0] for o in again[0]}, {o[0] for o in again[1]}
    scoped: tuple[set[int], set[int]] | None = None
    for here, word in mine:
        for there, other in theirs:
            if (here in placed[0] or there in placed[1]) and not same_place(
                here, len(quote), there, len(passage)
            ):
                continue
            if not opposites(word, other) or converse(quote, "en", word, passage, "en", other):
                continue
            if figurative(quote, "en", here, passage, "en", there):
                continue  # "head first" / "with both feet": images, no opposites (.idioms)
            scoped = scoped or (scoped_words(quote), scoped_words(passage))
            if (here in scoped[0]) == (there in scoped[1]):  # both denied: still opposed
                return word, other
    return None

"""A word inside a fixed expression means the expression: "head first", "head over heels",
"Hals über Kopf" say no head.

WordNet reads "head" and "foot" as opposites (the top and the bottom of a thing), and a
retranslation said "Before diving into this work head first" where the handbook says "Prior to
jumping into this exercise with both feet" (walk113): two images of one eagerness, flagged
`opposite`. A word that stands in a fixed expression of its language, a multiword adverb or
adjective of WordNet ("hand_in_hand", "head_over_heels", and written together, "headfirst") or
of the language's FreeDict dictionary ("Hals über Kopf <adv>"), says what the expression says,
not itself: a word of the other side is no opposite of it. Unless the other word stands in
the same frame, the expression's other words next to it ("head first" / "feet first"): that is
a word changed in its place, a real change. A word with only function words around it is the
word itself ("by heart", "at the head of the list" / "at the foot of the list": an opposite).
Across languages an expression on either side is an image (its words are seldom translated
one by one, so no frame is compared). Russian has no dictionary of its own expressions here
(Debian ships only English-Russian), so a Russian word is read as itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import WORD_RE, fold
from . import bilingual, wordnet
from .stems import STOPWORDS, content_stems

_LONGEST = 4  # words in an expression: "head over heels", "on the other hand"
_REACH = 3  # words on each side of the other word read as its frame
_MODIFIER = re.compile(r"adv|adj")
"""An entry's label marks an adverb or an adjective: a manner said by an image ("Hals
über Kopf <adv>"), not a thing named by a compound ("happy ending", "left hand": the word
keeps its sense there, and its opposite is one)."""
_OWN_DICTIONARY = {"en": ("en", "de"), "de": ("de", "en")}
"""Per language, the FreeDict database whose headwords are that language's expressions."""


def _words(text: str) -> list[tuple[int, str]]:
    """(offset, lower-case word) of ``text``'s words (as a dictionary lists them: "über")."""
    return [(m.start(), m.group().casefold()) for m in WORD_RE.finditer(text)]


@lru_cache(maxsize=1 << 12)
def _listed(words: tuple[str, ...], language: str) -> bool:
    """Whether ``words`` are a fixed expression of ``language`` (see the module)."""
    if language == "en" and wordnet.available():
        if any(wordnet.senses("_".join(words), pos) for pos in "ar"):
            return True
        if len(words) == 2 and any(wordnet.senses("".join(words), pos) for pos in "ar"):
            return True  # "head first": "headfirst"
    source = _OWN_DICTIONARY.get(language)
    heads = bilingual.headings(" ".join(words), *source) if source is not None else ()
    return any(_MODIFIER.fullmatch(label) for _, label, _ in heads)


def expression_words(text: str, at: int, language: str) -> frozenset[str]:
    """The other words (folded, lower case) of the fixed expression of ``text`` (in
    ``language``) that holds the word at offset ``at``, longest first; empty when the word
    stands in none. Only an expression with another content word counts: "by heart", "at the
    head of" are the word itself with its prepositions (as "the foot of" is), "hand in hand",
    "head first", "Hals über Kopf" are not.

    >>> sorted(expression_words("diving into it head first", 15, "en")
    ...        ) if wordnet.available() else ['first']
    ['first']
    >>> sorted(expression_words("the head of the list", 4, "en"))
    []
    """
    words = _words(text)
    where = [k for k, (start, _) in enumerate(words) if start == at]
    if not where:
        return frozenset()
    i = where[0]
    for n in range(_LONGEST, 1, -1):
        for first in range(max(0, i - n + 1), min(i, len(words) - n) + 1):
            phrase = tuple(w for _, w in words[first : first + n])
            if not _joined(text, words[first][0], words[first + n - 1][0]):
                continue
            others = [w for k, w in enumerate(phrase) if first + k != i]
            stop = STOPWORDS.get(language, frozenset())
            if all(fold(w) in stop for w in others) or not _listed(phrase, language):
                continue
            return frozenset(fold(w) for w in others)
    return frozenset()


def _joined(text: str, start: int, last: int) -> bool:
    """Whether the words from ``start`` to the word at ``last`` stand in one phrase (no
    punctuation but a hyphen or an apostrophe between)."""
    return all(c.isalnum() or c.isspace() or c in "-'’" for c in text[start:last])


def figurative(
    text: str, language: str, at: int, other_text: str, other_language: str, other_at: int
) -> bool:
    """Whether the word of ``text`` at ``at`` or the word of ``other_text`` at ``other_at``
    stands in a fixed expression whose other words do not frame the other word (see the
    module): an image, no opposite. Across languages any expression on either side is one.

    >>> figurative("we dive in head first", "en", 11, "we jump in with both feet", "en", 21
    ...            ) if wordnet.available() else True
    True
    >>> figurative("we dive in head first", "en", 11, "we dive in feet first", "en", 11)
    False
    """
    for (one, lang, a), (two, lang2, b) in (
        ((text, language, at), (other_text, other_language, other_at)),
        ((other_text, other_language, other_at), (text, language, at)),
    ):
        expression = expression_words(one, a, lang)
        if not expression:
            continue
        if lang != lang2:
            return True
        words = _words(two)
        k = next((k for k, (start, _) in enumerate(words) if start == b), None)
        near = [w for _, w in words[max(0, k - _REACH) : k + _REACH + 1]] if k is not None else []
        stems = set(content_stems(expression, lang2))
        if not (expression & {fold(w) for w in near} or stems & set(content_stems(near, lang2))):
            return True
    return False

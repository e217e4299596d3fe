"""A word negated by its prefix on one side only, across languages: "понятно" or
"verständlich" where the source says "incomprehensible" (issue 10, walk99 F1).

The word matcher reads "comprehensible" / "incomprehensible" as a changed word negated by a
prefix (:func:`~sourcecheck.facts.languages.negated_by_prefix`), but across languages the two
words never share letters: the alignment pairs "понятно" with "incomprehensible" by their
vectors (0.66: a word and its negation stand close), and the pair was shown as a shared word.
Here a pair of counterparts is read again when exactly one of its words begins with a
negating prefix (English "un-", "in-", "im-", "il-", "ir-", "dis-", "non-"; German "un-",
"nicht-"; Russian "не-", "без-", "бес-"): the word without its prefix ("comprehensible") is
embedded, and when it is clearly nearer the other word than the whole word is (by
:data:`NEARER`), the other side says the word without its negation. The vectors are the test
of the prefix, not a list of words: "discover" is no negation of "cover" ("entdecken" is 0.90
from "discover", 0.33 from "cover"), "Unterschied" none of "terschied", "unhappy" is nearer
"traurig" (0.68) than "happy" is (0.48).

Not when the other word is negated too, by a prefix or a suffix ("restless" / "unruhigen",
"unhappy" / "несчастный"), or when an explicit negation stands before either word in its
clause ("nicht verständlich" / "incomprehensible"; "No one ... disagreed" / "everyone
agreed"): those say the same.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from ..normalize import fold
from . import bilingual
from .anchors import AnchorComparison
from .embed import Embedder
from .negation import explicit_negations
from .negcompounds import compound_pair, negated_compound
from .prefixsense import prefix_negates
from .preventedwords import prevented_pair
from .wordpairs import Alignment, WordPair, content_positions, word_vectors


class Quoted(Protocol):
    """What is read of a quote here (:class:`~.prepared.PreparedQuote` has it)."""

    @property
    def text(self) -> str: ...

    @property
    def language(self) -> str: ...


NEGATION = "negation"
NEARER = 0.08
"""How much nearer the other word the word without its prefix must be than the whole word
("понятно" is 0.80 from "comprehensible", 0.66 from "incomprehensible")."""
_PREFIXES = {
    "en": re.compile(r"(?:(un|dis|non)-?(?=\w{4})|(in|im|il|ir)(?=\w{5}))(\w+)", re.I),
    "de": re.compile(r"(?:(un|nicht)-?(?=\w{4}))(\w+)", re.I),
    "ru": re.compile(r"(?:(не|без|бес)(?=\w{4}))(\w+)", re.I),
}
"""A word's negating prefix and the rest (the assimilated "in-" family before five letters:
"inform", "import" are no negations of anything)."""
_HYPHENATED = re.compile(r"^.*-(?=[^\W\d_]{4})")
"""The words before the last part of a hyphenated compound, whose last part says what it is:
"Backward-compatible" is read as "compatible" too ("несовместимых" / "Backward-compatible"
was shown as a shared word: the first part weighs in its vector, walk111 ch-neg-05)."""
SUFFIXED = re.compile(r"\w{3,}(?:less(?:ly|ness)?|los(?:e[nmrs]?|igkeit)?)", re.I)
"""Words negated by a suffix ("restless", "hilflos"): a negation on that side too."""


def bare_word(word: str, language: str) -> str | None:
    """``word`` without its negating prefix ("Unglück" -> "Glück"), or None without one."""
    if (rest := negated_compound(word, language)) is not None:
        return rest  # "non-Debian-specific": :mod:`.negcompounds`
    pattern = _PREFIXES.get(language)
    m = pattern.fullmatch(word) if pattern is not None else None
    if m is None or (language == "en" and not prefix_negates(word)):  # "dismiss": .prefixsense
        return None
    rest = m.group(m.lastindex or 0)
    return rest[:1].upper() + rest[1:] if word[:1].isupper() else rest


_PRIVATIVE = frozenset({"beyond", "without", "ohne", "без", "безо", "вне"})
"""Prepositions that deny the noun right after them as a prefix does: "beyond example" says
"unexampled", "ohne Beispiel" "beispiellos"."""


def _negated_before(text: str, at: int, language: str) -> bool:
    """Whether an explicit negation stands before ``at`` in its clause ("not quite
    comprehensible"; "No one ... disagreed" says everyone agreed), or a privative preposition
    right before it ("beyond example" / "unexampled")."""
    head = re.split(r"[,;:.!?()—–]", text[max(0, at - 60) : at])[-1]
    words = [fold(w) for w in re.findall(r"\w+", head)]
    return bool(set(words) & explicit_negations(language)) or (
        bool(words) and words[-1] in _PRIVATIVE
    )


def prefixed_pair(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    embedder: Embedder,
) -> WordPair | None:
    """The first pair of counterparts of which one word is negated by its prefix and the
    other says the word without it ("понятно" / "incomprehensible"), or None.

    >>> import numpy as np
    >>> class Toy:  # "понятно" is "comprehensible"; the negated word stands apart
    ...     model_id = "toy"
    ...     table = {"понятно": [1, 0], "comprehensible": [1, 0], "incomprehensible": [0.6, 0.8]}
    ...     def __call__(self, words):
    ...         return np.array([self.table.get(w, [0, 1]) for w in words], dtype=np.float32)
    >>> pair = WordPair("понятно", 0, "incomprehensible", 6, 0.6)
    >>> found = prefixed_pair("понятно", "ru", "it is incomprehensible", "en",
    ...                       Alignment(1, (pair,)), Toy())
    >>> found.quote, found.passage
    ('понятно', 'incomprehensible')
    >>> prefixed_pair("не понятно", "ru", "it is incomprehensible", "en",
    ...               Alignment(1, (replace(pair, quote_at=3),)), Toy()) is None
    True
    """
    for pair in alignment.pairs:
        if pair.similarity >= 1.0:
            continue  # the same stem: no prefix on one side only
        sides = (
            (pair.quote, pair.quote_at, quote, quote_language),
            (pair.passage, pair.passage_at, passage, passage_language),
        )
        bare = [bare_word(word, lang) for word, _, _, lang in sides]
        if (bare[0] is None) == (bare[1] is None):
            continue  # neither or both negated by a prefix
        if any(SUFFIXED.fullmatch(word) for word, _, _, _ in sides):
            continue
        if any(_negated_before(text, at, lang) for _, at, text, lang in sides):
            continue
        negated = 0 if bare[0] is not None else 1
        whole, plain, other = sides[negated][0], bare[negated] or "", sides[1 - negated][0]
        languages = sides[negated][3], sides[1 - negated][3]
        for said in dict.fromkeys((other, _HYPHENATED.sub("", other))):  # "Backward-compatible"
            if dictionary_negated(whole, languages[0], said, languages[1]):
                return pair  # "ungleich" / "equal": 0.72 by the vectors, "gleich" 0.78
            v = word_vectors([whole, plain, said], embedder)
            if float(v[1] @ v[2]) >= float(v[0] @ v[2]) + NEARER:
                return pair
    return (
        unpaired_prefixed(quote, quote_language, passage, passage_language, alignment)
        or unpaired_by_vectors(quote, quote_language, passage, passage_language, alignment,
                               embedder)
        or _lexical_pair(quote, quote_language, passage, passage_language, alignment,
                         embedder)
        or compound_pair(quote, quote_language, passage, passage_language, alignment)
        or prevented_pair(quote, quote_language, passage, passage_language, alignment)
    )  # fmt: skip


def _lexical_pair(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment,
    embedder: Embedder,
) -> WordPair | None:  # fmt: skip
    """The first pair of counterparts, or of words both left without one, of which one word
    says the lack of the other without a prefix ("rechtswidrig" / "lawful":
    :mod:`.lexprivative`), no negation before either."""
    from .lexprivative import lexically_negated  # it reads bare_word

    if quote_language == passage_language or not bilingual.available():
        return None
    unpaired = [
        [(at, w) for at, w in content_positions(text, language)
         if alignment.rendered[k].get(at) is not True]
        for k, (text, language) in enumerate(((quote, quote_language),
                                              (passage, passage_language)))
    ]  # fmt: skip
    pairs = [*alignment.pairs, *(WordPair(w, at, o, there, 0.0) for at, w in unpaired[0]
                                 for there, o in unpaired[1])]  # fmt: skip
    for pair in pairs:
        if not (
            lexically_negated(pair.quote, quote_language, pair.passage, passage_language, embedder)
            or lexically_negated(
                pair.passage, passage_language, pair.quote, quote_language, embedder
            )
        ):
            continue
        if not _negated_before(quote, pair.quote_at, quote_language) and not _negated_before(
            passage, pair.passage_at, passage_language
        ):
            return pair
    return None


def dictionary_negated(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether a bilingual dictionary reads ``word`` as ``other`` (in another language) negated
    by its prefix: the word without its prefix translates ``other`` ("gleich" / "equal"), the
    whole word does not, and the whole word's own translations are negated by a prefix too
    ("ungleich": "unequal", "dissimilar"): so "Unfall" ("accident") is no negation of "Fall",
    nor "Unmenge" ("lots") of "Menge". False without the dictionaries.

    >>> dictionary_negated("ungleich", "de", "equal", "en") if bilingual.available() else True
    True
    >>> dictionary_negated("ungleich", "de", "unequal", "en")
    False
    """
    bare = bare_word(word, language)
    if bare is None or language == other_language or not bilingual.available():
        return False
    if not bilingual.translate_each_other(bare, language, other, other_language):
        return False
    if bilingual.translate_each_other(word, language, other, other_language):
        return False
    translated = bilingual.translated_words(word, language, other_language)
    return any(bare_word(t, other_language) is not None for t in translated)


def unpaired_prefixed(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> WordPair | None:
    """The first content word of one side that the alignment left without a counterpart and
    that a dictionary reads as a word of the other side, also without one, negated by its
    prefix (:func:`dictionary_negated`: "unequal" / "gleich", neither paired), no negation
    before either; None in one language (the word matcher reads those) or when none."""
    if quote_language == passage_language or not bilingual.available():
        return None
    mine = [(at, w) for at, w in content_positions(quote, quote_language)
            if alignment.rendered[0].get(at) is False]  # fmt: skip
    prefixed = any(bare_word(w, quote_language) for _, w in mine)
    theirs = [(at, w) for at, w in content_positions(passage, passage_language)
              if alignment.rendered[1].get(at) is not True]  # fmt: skip
    if not prefixed and not any(bare_word(w, passage_language) for _, w in theirs):
        return None  # no word negated by a prefix on either side (most pairs)
    for here, word in mine:
        for there, other in theirs:
            texts = ((word, quote_language, other, passage_language),
                     (other, passage_language, word, quote_language))  # fmt: skip
            if not any(dictionary_negated(*t) for t in texts):
                continue
            if _said_whole(texts, quote, passage):
                continue
            if _negated_before(quote, here, quote_language) or _negated_before(
                passage, there, passage_language
            ):
                continue
            return WordPair(word, here, other, there, 0.0)
    return None


UNPAIRED_MIN = 0.75
"""How similar a word without its prefix and a word of the other side left without a
counterpart must be to read the two as one word, negated on one side ("коммерческий" /
"commercial" 0.84, where "некоммерческий" is 0.50: too far to be paired at all)."""


def unpaired_by_vectors(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment,
    embedder: Embedder,
) -> WordPair | None:  # fmt: skip
    """The first content word of one side left without a counterpart and negated by its
    prefix whose word without the prefix is, by the word vectors, a word of the other side
    also left without one (at least :data:`UNPAIRED_MIN`, and :data:`NEARER` nearer than the
    whole word): "некоммерческий" / "commercial", "nichtkommerzielle" / "commercial", where
    the dictionaries know neither the Russian word nor the German compound. No negation
    before either; across languages only."""
    if quote_language == passage_language:
        return None
    sides = [
        [(at, w) for at, w in content_positions(text, language)
         if alignment.rendered[k].get(at) is not True]
        for k, (text, language) in enumerate(((quote, quote_language),
                                              (passage, passage_language)))
    ]  # fmt: skip
    languages, texts = (quote_language, passage_language), (quote, passage)
    for k in (0, 1):
        for at, word in sides[k]:
            bare = bare_word(word, languages[k])
            if bare is None or SUFFIXED.fullmatch(word) or not sides[1 - k]:
                continue
            if _negated_before(texts[k], at, languages[k]):
                continue
            others = [w for _, w in sides[1 - k]]
            v = word_vectors([word, bare, *others], embedder)
            near = v[2:] @ v[1]
            best = int(near.argmax())
            there, other = sides[1 - k][best]
            if near[best] < UNPAIRED_MIN or near[best] < float(v[2 + best] @ v[0]) + NEARER:
                continue
            if bare_word(other, languages[1 - k]) is not None:
                continue  # negated there too
            if _negated_before(texts[1 - k], there, languages[1 - k]):
                continue
            pair = (word, at, other, there) if k == 0 else (other, there, word, at)
            return WordPair(*pair, similarity=0.0)
    return None


def _said_whole(texts: tuple[tuple[str, str, str, str], ...], quote: str, passage: str) -> bool:
    """Whether the other side renders the prefixed word itself somewhere: "unschuldig" against
    "presumed innocent until proved guilty" is read by "innocent", not negated by "guilty"."""
    for (word, language, other, other_language), text in zip(texts, (passage, quote), strict=True):
        if dictionary_negated(word, language, other, other_language):
            return any(
                bilingual.translate_each_other(word, language, w, other_language)
                for _, w in content_positions(text, other_language)
            )
    return False


def prefixed(
    comparison: AnchorComparison,
    quote: Quoted,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    embedder: Embedder,
) -> tuple[AnchorComparison, WordPair | None]:
    """``comparison`` flagged ``negation`` when a pair of counterparts has a negating prefix
    on one side only (:func:`prefixed_pair`), with that pair (shown as negations, not as a
    shared word: :func:`~.evidence.evidence`)."""
    pair = prefixed_pair(quote.text, quote.language, passage, passage_language, alignment,
                         embedder)  # fmt: skip
    if pair is None or NEGATION in comparison.flags:
        return comparison, pair
    return replace(comparison, flags=(*comparison.flags, NEGATION)), pair


def negated_words(
    pair: WordPair | None, quote_language: str, language: str = ""
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word of ``pair`` negated by its prefix, or saying a lack without one
    (:mod:`.lexprivative`, read when the passage's ``language`` is given), as a negation of
    its side: (the quote's, the passage's), one of them empty."""
    from .lexprivative import privative_readings

    if pair is None:
        return (), ()
    if bare_word(pair.quote, quote_language) is not None:
        return (pair.quote,), ()
    if (
        language
        and bare_word(pair.passage, language) is None
        and privative_readings(pair.quote, quote_language)
    ):
        return (pair.quote,), ()  # "rechtswidrig" / "lawful"
    return (), (pair.passage,)

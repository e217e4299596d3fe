""" "The same" against "different" across languages: "built with the same version number" /
"mit einer anderen Versionsnummer gebaut", "с другим номером версии" (walk110's changes).

:mod:`.opposites` compares identity words only in one language and before the same two
words ("the same X" / "a different X"): alone they occur everywhere ("the same rule holds for
different ports"). Across languages the words after them are not the same; here each side's
identity word is tied to the content words with a counterpart that follow it within
:data:`REACH` words of its clause (:attr:`.wordpairs.Alignment.offsets`), and a quote's word
of one concept and a passage's word of the other tied to counterparts of each other say the
contrary of the same thing. Not when the passage says the quote's concept too, nor when a
clause of either word has a negation ("nicht dieselbe" is "a different": the negation check
reads that). Two bare words (a pair of the alignment) are compared as they are.
"""

from __future__ import annotations

import re

from ..normalize import WORD_RE
from .negation import clause_of, clause_spans, read_negations
from .wordpairs import Alignment

REACH = 3
"""Words after an identity word where what it qualifies is looked for ("the same version
number", "одинаковым номером версии", "derselben Versionsnummer")."""

SAME = {
    "en": r"same|identical",
    "de": r"gleiche[mnrs]?|(?:der|die|das|den|dem|des)selbe[mnrs]?|identische[mnrs]?",
    "ru": r"одинаков\w*|идентичн\w*|т(?:от|а|о|е|ого|ому|ем|ой|у|ех|еми?)\s+же",
}
"""Identity words (a concept of :data:`.opposites.IDENTITY`, against :data:`DIFFERENT`)."""
DIFFERENT = {
    "en": r"different|differs?|distinct",
    "de": r"verschieden(?:e[mnrs]?)?|unterschiedlich(?:e[mnrs]?)?|andere[mnrs]?",
    "ru": r"разн(?:ый|ая|ое|ые|ых|ым|ыми|ого|ому|ую|ой)|различн\w*|"
    r"друг(?:ой|ая|ое|ие|их|им|ими|ого|ому|ую)|ин(?:ой|ая|ое|ые|ых|ым|ыми|ого|ому|ую)",
}
Concepts = tuple[dict[str, str], dict[str, str]]
"""The two concepts' word-form patterns per language (:class:`.opposites.Opposites`)."""


def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def _said(text: str, language: str, concepts: Concepts) -> list[tuple[int, int, str]]:
    """(offset, concept 0/1, word) of each identity word of ``text``."""
    found = []
    for side, concept in enumerate(concepts):
        words = concept.get(language)
        if words:
            found += [(m.start(), side, m.group()) for m in _pattern(words).finditer(text)]
    return sorted(found)


def crossed_identity(
    quote: str, language: str, passage: str, passage_language: str,
    alignment: Alignment | None, concepts: Concepts,
) -> tuple[str, str] | None:  # fmt: skip
    """The first (quote word, passage word) of the two ``concepts`` ("same" / "different")
    tied to counterparts of each other (see the module), or None.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> same = ({"en": "same", "de": "gleiche[mn]?"}, {"en": "different", "de": "andere[mn]?"})
    >>> q, p = "built with the same version", "mit einer anderen Version gebaut"
    >>> a = Alignment(2, (WordPair("built", 0, "gebaut", 26, 0.8),
    ...                   WordPair("version", 20, "Version", 18, 0.9)))
    >>> crossed_identity(q, "en", p, "de", a, same)
    ('same', 'anderen')
    >>> print(crossed_identity(q, "en", "mit der gleichen Version gebaut", "de", a, same))
    None
    >>> crossed_identity("same", "en", "andere", "de", None, same)
    ('same', 'andere')
    """
    mine, theirs = _said(quote, language, concepts), _said(passage, passage_language, concepts)
    if not mine or not theirs:
        return None
    if len(WORD_RE.findall(quote)) == 1 == len(WORD_RE.findall(passage)):
        side_q, side_p = mine[0][1], theirs[0][1]
        return (mine[0][2], theirs[0][2]) if side_q != side_p else None
    if alignment is None or language == passage_language:
        return None
    if {side for _, side, _ in mine} & {side for _, side, _ in theirs}:
        return None  # the passage says the quote's word too ("the same ... different")
    there = dict(alignment.offsets)
    p_ties = {at: _ties(passage, passage_language, at, set(there.values())) for at, _, _ in theirs}
    for at, _, word in mine:
        tied = {there[t] for t in _ties(quote, language, at, set(there))}
        for p_at, _, p_word in theirs:
            if tied & p_ties[p_at]:
                return word, p_word
    return None


def _ties(text: str, language: str, at: int, paired: set[int]) -> set[int]:
    """The offsets of the words among ``paired`` within :data:`REACH` words after ``at`` in
    its clause; none when the clause has a negation."""
    clauses = clause_spans(text)
    clause = clause_of(clauses, at)
    negated = {clause_of(clauses, n) for n, _ in read_negations(text, language).explicit}
    if clause in negated:
        return set()
    starts = [m.start() for m in WORD_RE.finditer(text)]
    if at not in starts:
        return set()
    i = starts.index(at)
    after = starts[i + 1 : i + 1 + REACH]
    return {s for s in after if s in paired and clause_of(clauses, s) == clause}

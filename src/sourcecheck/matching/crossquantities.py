"""Quantity words turned round across languages: "had much to fear from his neighbours" for
"hatte von seinen Nachbarn wenig zu fürchten", "мало чего бояться" (fresh107).

:mod:`.quantities` ties a quantity word to the stems of the words next to it, which two
languages do not share. Here each side's quantity words that say an amount
(:func:`.quantities.amounts`: not "a little", "ein wenig", nor one in a clause with a
negation, "nicht viel zu fürchten", which the negation check reads) are tied to the first
content word after them that has a counterpart (:attr:`.wordpairs.Alignment.offsets`), within
:data:`_REACH` words of their clause; a quote's word and a passage's word of the same pair
of opposites ("much" / "wenig", "many" / "мало") tied to counterparts of each other say
different amounts of the same thing.
"""

from __future__ import annotations

from ..normalize import WORD_RE
from .negation import clause_of, clause_spans
from .quantities import amounts
from .wordpairs import Alignment

_REACH = 4
"""Words from a quantity word to the word it is tied to ("wenig zu fürchten", "мало чего
бояться", "much cause for fear")."""
_PAIRED = {1: 1, 2: 1}
"""The pairs of :data:`.quantities._PAIRS` read here, keyed by pair: "much" / "little" and
"many" / "few" (a translation says one for the other: "wenig" for "few"), folded into one."""


def crossed_quantity(
    quote: str, language: str, passage: str, passage_language: str, alignment: Alignment | None
) -> tuple[str, str] | None:
    """The first (quote word, passage word) of opposite quantity words tied to counterparts
    of each other (see the module), or None.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q, p = "he had much to fear", "er hatte wenig zu fürchten"
    >>> a = Alignment(1, (WordPair("fear", 15, "fürchten", 18, 0.8),))
    >>> crossed_quantity(q, "en", p, "de", a)
    ('much', 'wenig')
    >>> print(crossed_quantity("he had little to fear", "en", p, "de", a))
    None
    >>> crossed_quantity("plenty", "en", "мало", "ru", None)
    ('plenty', 'мало')
    """
    if language == passage_language:
        return None
    if len(WORD_RE.findall(quote)) == 1 == len(WORD_RE.findall(passage)):
        return _bare(quote, language, passage, passage_language)  # a pair: "plenty" / "wenig"
    if alignment is None:
        return None
    there = dict(alignment.offsets)
    theirs = {
        tie: (at, side) for at, side, tie in _tied(passage, passage_language, set(there.values()))
    }
    for at, side, tie in _tied(quote, language, set(there)):
        other = theirs.get(there[tie])
        if other is not None and other[1] != side:
            return _word(quote, at), _word(passage, other[0])
    return None


def _bare(word: str, language: str, other: str, other_language: str) -> tuple[str, str] | None:
    """Two single words of opposite amounts ("plenty" / "wenig"): a pair of the alignment."""
    mine, theirs = amounts(word, language), amounts(other, other_language)
    if mine and theirs and mine[0][1] in _PAIRED and theirs[0][1] in _PAIRED:
        return (word, other) if mine[0][2] != theirs[0][2] else None
    return None


def _tied(text: str, language: str, paired: set[int]) -> list[tuple[int, int, int]]:
    """(offset, side, offset of the word it is tied to) per quantity word of ``text`` read
    here, the word tied to among ``paired`` (offsets of words with a counterpart)."""
    said = [(at, pair, side) for at, pair, side in amounts(text, language) if pair in _PAIRED]
    if not said:
        return []
    starts = [m.start() for m in WORD_RE.finditer(text)]
    clauses = clause_spans(text)
    out = []
    for at, _, side in said:
        i = starts.index(at)
        after = [s for s in starts[i + 1 : i + 1 + _REACH] if s in paired]
        if after and clause_of(clauses, after[0]) == clause_of(clauses, at):
            out.append((at, side, after[0]))
    return out


def _word(text: str, at: int) -> str:
    match = WORD_RE.match(text, at)
    return match.group() if match is not None else ""

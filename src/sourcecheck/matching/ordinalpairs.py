"""A regnal number in words paired with the same number in numerals across a rendering:
"Pope Clement the Fifth" / "Папа Климент V" (fresh106 F7).

The meaning stage pairs a quote's content words with the passage's by stem and by vector;
"Fifth" has neither with "V", so a faithful rendering listed "no counterpart: Fifth" beside
the numeral that renders it, and counted the word as unrendered. A regnal number names a ruler
by a name and an ordinal, printed in words or in Roman numerals as an edition prints it
(:mod:`.ordinals`): the quote's regnal ordinal without a counterpart is paired with the
passage's regnal number of the same value that has none either, the two sides' only one of
that value, as sure a pair as a table's (:data:`.persons.PAIRED`: shown as two words,
"Eighth/VIII", in one language too). Another value is no pair:
:func:`.ordinals.differing_ordinals` reads it as a changed number.
"""

from __future__ import annotations

from ..normalize import WORD_RE
from .ordinals import regnal_numbers
from .persons import PAIRED
from .wordpairs import Alignment, WordPair


def with_ordinals(
    alignment: Alignment, quote: str, quote_language: str, passage: str, language: str
) -> Alignment:
    """``alignment`` with the quote's regnal ordinals paired with the passage's of the same
    value (see the module)."""
    mine = _regnal(quote, quote_language)
    if not mine:
        return alignment
    theirs = _regnal(passage, language)
    q_rendered = alignment.rendered[0]
    paired = {p.passage_at for p in alignment.pairs}
    added = []
    for at, (word, value) in mine.items():
        if q_rendered.get(at) is not False:
            continue  # a counterpart already, or no content word
        same = [(b, w) for b, (w, v) in theirs.items() if v == value and b not in paired]
        if len(same) == 1 and sum(v == value for _, v in mine.values()) == 1:
            added.append(WordPair(word, at, same[0][1], same[0][0], PAIRED))  # a sure one
    return alignment.with_pairs(added) if added else alignment


def _regnal(text: str, language: str) -> dict[int, tuple[str, int]]:
    """offset -> (word, value) of each regnal number of ``text`` (its ordinal or numeral)."""
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    printed = dict((at, w) for w, at in words)
    return {at: (printed[at], value) for at, value, _ in regnal_numbers(words, language)}

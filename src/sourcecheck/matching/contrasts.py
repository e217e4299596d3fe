"""The two terms of a contrast exchanged: ordinals that stay and change places, and what is
preferred.

"Наедине с собой человек обычно слушается второго голоса, а на людях — первого" has every
word of "In solitude a man generally listens to the first voice, but in society to the
second", the ordinals too ("второго" / "second", "первого" / "first"), and says the other
thing: what the quote says of the second voice the passage says of the first. An ordinal of
the quote is read in its clause: the clause's other words with a counterpart show which
clause of the passage renders it; when that clause holds another ordinal of the quote, and
the quote's own ordinal stands elsewhere in the passage, the terms are exchanged (a flag:
:data:`.roles.ROLES`, as a comparison turned round is).

A preference ("better to lose consciousness than stay in bed") is rendered without its second
term as often as with it: "die Besinnung durfte er um keinen Preis verlieren; lieber wollte er
im Bett bleiben" prefers the bed. Where the passage's preference word ("lieber", "rather",
"скорее") has no "than" of its own, what it prefers is its clause: when that clause renders
the quote's second term and not its first, and the passage renders the first elsewhere, the
preference is turned.

Clauses are cut at punctuation and before "and", "und", "а"...: "The fourth KestrelConf took
place in Riga in 2006 and the seventh in Porto" is two, as its rendering "Четвёртая ... прошла в
Риге в 2006 году, а седьмая — в Порту" is. A clause of the quote that still holds two of its
ordinals ("a second attempt waits until the first is closed") says nothing of which clause
renders which: its ordinals are not read.

Limits: ordinals in words only (no Roman numerals: a regnal number is a name's); a clause
whose other words have no counterpart says nothing of where it is rendered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from ..normalize import WORD_RE, fold
from .caseroles import clauses as cut_clauses
from .comparisons import comparisons, mapped
from .negation import clause_of, clause_spans
from .ordinals import ordinal_value
from .wordpairs import Alignment


def exchanged_ordinals(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """What the passage says of the quote's ordinals the other way round, in plain words
    ("“второго” in the quote's clause, “first” in the source's that renders it"), or None."""
    mine = _ordinals(quote, quote_language)
    theirs = _ordinals(passage, passage_language)
    if len(set(mine.values())) < 2 or set(mine.values()) != set(theirs.values()):
        return None
    q_clauses = tuple(cut_clauses(quote, quote_language))  # cut before "and", "а" too
    p_clauses = tuple(cut_clauses(passage, passage_language))
    p_values: dict[int, set[int]] = {}
    for at, value in theirs.items():
        p_values.setdefault(clause_of(p_clauses, at), set()).add(value)
    q_values: dict[int, set[int]] = {}
    for at, value in mine.items():
        q_values.setdefault(clause_of(q_clauses, at), set()).add(value)
    for at, value in mine.items():
        clause = clause_of(q_clauses, at)
        if len(q_values[clause]) > 1:
            continue  # both terms in one clause of the quote: where each is rendered is unread
        rendering = Counter(
            clause_of(p_clauses, p)
            for q, p in alignment.offsets
            if q not in mine and p not in theirs and clause_of(q_clauses, q) == clause
        ).most_common(1)
        if not rendering or rendering[0][1] < 2:
            continue  # too little of the clause rendered to tell where
        there = p_values.get(rendering[0][0], set())
        if there and value not in there:
            other = next(p for p, v in theirs.items() if v in there)
            return (
                f"the terms are exchanged: “{_word(quote, at)}” in the quote, "
                f"“{_word(passage, other)}” in the source's clause that renders it"
            )
    return None


_PREFER = {
    "en": frozenset("rather better sooner".split()),
    "de": frozenset("lieber eher besser".split()),
    "ru": frozenset("лучше скорее охотнее".split()),
}


def turned_preference(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    counterparts: Mapping[str, frozenset[str]],
) -> str | None:
    """What the passage prefers against what the quote prefers, in plain words, where the
    passage's preference has no second term and prefers the quote's second ("better to lose
    consciousness than stay in bed" / "lieber wollte er im Bett bleiben"); else None
    (``counterparts``: each folded quote word -> the folded passage words rendering it)."""
    prefer = _PREFER.get(passage_language, frozenset())
    mine = [c for c in comparisons(quote, quote_language)
            if c.second and c.heads & _PREFER.get(quote_language, frozenset())]  # fmt: skip
    if not mine or not prefer:
        return None
    told = {c.heads for c in comparisons(passage, passage_language) if c.second}
    said = {fold(w) for w in WORD_RE.findall(passage)}
    clauses = clause_spans(passage)
    for m in WORD_RE.finditer(passage):
        if fold(m.group()) not in prefer or frozenset({fold(m.group())}) in told:
            continue
        a, b = clauses[clause_of(clauses, m.start())]
        words = {fold(w) for w in WORD_RE.findall(passage[a:b])}
        for c in mine:
            first, second = mapped(c.first, counterparts), mapped(c.second, counterparts)
            if words & second and not words & first and first & said:
                return (
                    f"the preference is turned: the quote prefers “{' '.join(sorted(c.first))}” "
                    f"to “{' '.join(sorted(c.second))}”, the source “{passage[a:b].strip(' ,;')}”"
                )
    return None


def _ordinals(text: str, language: str) -> dict[int, int]:
    """Offset -> value of each ordinal written as a word ("second", "zweite", "второго")."""
    return {
        m.start(): value
        for m in WORD_RE.finditer(text)
        if not m.group().isupper() and (value := ordinal_value(m.group(), language)) is not None
    }


def _word(text: str, at: int) -> str:
    m = WORD_RE.match(text, at)
    return m.group() if m else ""

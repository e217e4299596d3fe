"""Small words of the opposites table read across languages: "after it has partitioned the
disk" for "bevor es die Festplatte partitioniert", "came home after dark" for "возвращалась
домой до наступления темноты", "is optional" for "обязательна", "muss ... hochladen" for "may
upload" (scalar111).

In one language the table's *tied* words (:class:`.opposites.Opposites`: "before" / "after",
"must" / "may", "first" / "last") are compared only before the same two words ("before the
storm" / "after the storm"): alone they occur everywhere. Across languages there are no same
words; here each such word is tied to the words with a counterpart next to it
(:attr:`.wordpairs.Alignment.offsets`) in its clause: a preposition or conjunction of time to
its complement, the first :data:`_COMPLEMENT` of them after it ("bevor es die Festplatte
partitioniert"), an adverb, an adjective or a modal verb to the nearest before it and the
first two after it ("kam zuletzt", "muss jederzeit eine neue Version hochladen", "ist
optional"). A quote's word and the
passage's opposite tied to counterparts of each other are opposed, unless the other side
also says the first word's concept of that thing. A converse is no opposite: "the sun went
down after the keeper lit the lamp" for "zündete die Lampe an, bevor die Sonne unterging"
ties "after" to "keeper" and "bevor" to "Sonne".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..normalize import WORD_RE
from .negation import clause_of, clause_spans
from .wordpairs import Alignment

_COMPLEMENT = 2
"""Words with a counterpart after a preposition or conjunction read as its complement."""
_REACH = 4
"""Words from a tied word to the words it is tied to."""

Concept = dict[str, str]
Said = Callable[[Concept, str, str], list[re.Match[str]]]
"""Where a text (in a language) says a word of a concept: :func:`.opposites._said`."""
Entry = tuple[Concept, Concept, str]
"""Two opposed concepts and how their words are tied: "after" (a complement) or "near"."""


def crossed_tie(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    entries: Sequence[Entry],
    said: Said,
) -> tuple[str, str] | None:
    """The first (quote word, passage word) of ``entries`` said against each other across
    languages, each tied to counterparts of the other's (see the module), or None."""
    there = dict(alignment.offsets)
    back = {p: q for q, p in there.items()}
    for one, other, how in entries:
        for mine, theirs in ((one, other), (other, one)):
            here = _tied(said(mine, quote_language, quote), quote, set(there), how)
            if not here:
                continue
            against = _tied(said(theirs, passage_language, passage), passage, set(back), how)
            if not against:
                continue
            same_there = _tied(said(mine, passage_language, passage), passage, set(back), how)
            same_here = _tied(said(theirs, quote_language, quote), quote, set(there), how)
            for word, ties, scope in here:
                rendered = {there[t] for t in ties}
                for other_word, other_ties, other_scope in against:
                    if not rendered & other_ties:
                        continue
                    if how == "after" and not (
                        rendered <= other_scope and {back[t] for t in other_ties} <= scope
                    ):
                        continue  # a converse: "after the keeper lit" / "bevor die Sonne"
                    if any(rendered & t for _, t, _ in same_there) or any(
                        ties & t for _, t, _ in same_here
                    ):
                        continue  # the other side says this concept of it too
                    return word.group(), other_word.group()
    return None


def _tied(
    said: list[re.Match[str]], text: str, paired: set[int], how: str
) -> list[tuple[re.Match[str], frozenset[int], frozenset[int]]]:
    """Each of the words ``said`` with the offsets of the words it is tied to among ``paired``
    (offsets of words with a counterpart) in its clause (see the module), and its scope: for
    a preposition or conjunction, every such word of its clause after it."""
    if not said:
        return []
    starts = [m.start() for m in WORD_RE.finditer(text)]
    clauses = clause_spans(text)
    out = []
    for m in said:
        i = next((k for k, s in enumerate(starts) if s >= m.end()), len(starts))
        j = next((k for k, s in enumerate(starts) if s >= m.start()), len(starts))
        clause = clause_of(clauses, m.start())
        scope = [s for s in starts[i:] if s in paired and clause_of(clauses, s) == clause]
        near = set(starts[i : i + _REACH])  # the words within reach after it
        after = [s for s in scope if s in near]
        if how == "after":
            ties = set(after[:_COMPLEMENT])
        else:  # the nearest before, the first two after (a German modal's verb comes late)
            before = [s for s in reversed(starts[max(0, j - _REACH) : j]) if s in paired]
            before = [s for s in before if clause_of(clauses, s) == clause]
            ties = set(after[:_COMPLEMENT]) | set(before[:1])
        if ties:
            out.append((m, frozenset(ties), frozenset(scope if how == "after" else ties)))
    return out

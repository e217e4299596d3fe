"""A word negated by its prefix answers a negation of its counterpart: "he was dissatisfied"
renders "er war nicht zufrieden", "не был доволен", "was not satisfied" (fresh107).

The negation check reads the words negated by an affix of a fixed class ("unable",
"impossible", "nutzlos": :data:`.negation._AFFIXED`); "dissatisfied" is not among them (most
English words in "dis-" negate nothing: "dismissed", "discover"), so the "nicht" of "nicht
zufrieden" went unanswered and the true rendering was flagged ``negation``, its pair shown as
shared. Here a word with a negating prefix (:func:`.negprefix.bare_word`) answers the
negation of its counterpart when the word without its prefix renders that counterpart: the
same stem in one language ("satisfied"), a dictionary translation across two ("satisfied" /
"zufrieden", "доволен" read as "довольный"). The counterpart must be the word the negation
negates: "he was dissatisfied" against "er war zufrieden" is still flagged
(:mod:`.negprefix`), and a negation of another word is answered as before.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from . import bilingual
from .morph_ru import lemma
from .stems import content_stems

if TYPE_CHECKING:
    from .negation import Negations
    from .wordpairs import Alignment


def with_prefixed(
    quote: Negations, passage: Negations, alignment: Alignment | None
) -> tuple[Negations, Negations]:
    """``quote`` and ``passage`` with each word negated by its prefix whose counterpart the
    other side negates, and whose bare word renders that counterpart, read as affixed."""
    if alignment is None:
        return quote, passage
    sides = (
        [(p.quote_at, p.quote, p.passage_at, p.passage) for p in alignment.pairs],
        [(p.passage_at, p.passage, p.quote_at, p.quote) for p in alignment.pairs],
    )
    return _added(quote, passage, sides[0]), _added(passage, quote, sides[1])


def _added(one: Negations, other: Negations, pairs: list[tuple[int, str, int, str]]) -> Negations:
    """``one`` with its prefixed words that answer a negation of ``other`` (see the module)."""
    have = {at for at, _ in one.affixed}
    negated = set(other.targets)
    found = [
        (at, word)
        for at, word, there, theirs in pairs
        if at not in have and there in negated and _renders(word, one.language, theirs,
                                                            other.language)
    ]  # fmt: skip
    if not found:
        return one
    return dataclasses.replace(one, affixed=tuple(sorted((*one.affixed, *found))))


def _renders(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether ``word`` has a negating prefix and the word without it renders ``other``.

    >>> _renders("dissatisfied", "en", "satisfied", "en")
    True
    >>> _renders("satisfied", "en", "pleased", "en")
    False
    """
    from .negprefix import bare_word  # it imports .anchors, which imports this module

    bare = bare_word(word, language)
    if bare is None:
        return False
    if language == other_language:
        return content_stems([bare], language) == content_stems([other], other_language) != []
    if bilingual.translate_each_other(bare, language, other, other_language):
        return True
    # a Russian short adjective ("доволен") is listed under its full form ("довольный")
    return other_language == "ru" and bilingual.translate_each_other(
        bare, language, lemma(other), other_language
    )

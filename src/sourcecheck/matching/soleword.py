"""Words that say "one and no other" as one word: "single", "sole", "only", "one";
"einzige", "der eine"; "единственный", "один".

A translator writes "the single reading room", "the one reading room", "the only reading
room" or "the sole reading room" for one original: they are one word for the matcher. But
"only" and "one" are stop words (they say nothing alone, or a count the number check reads),
"single", "sole" and "einzige" are content words, so "The single reading room was full."
against "The one reading room was full." lacked "single" (a short quotation must share every
content stem) and was ``not_found`` (a fresh-clone trial), and across languages
"Единственный" had no counterpart in "The one reading room".

- :func:`with_sole_words`: a content word of the quote that says it, without a counterpart,
  is paired with the passage's first word that says it (in any of the three languages);
- :func:`missing_words`: the quote's content words a passage lacks, for the short
  quotation's rule (:func:`.verdict.judge`), a word that says it not lacking where the
  passage says it too (:func:`sole_said`).

German "ein" says it only after a definite article ("der eine Lesesaal"): alone it is the
article "a". "single" against "double" or "many" is no pair (neither says the concept).
"""

from __future__ import annotations

import re
from functools import cache

from .persons import PAIRED
from .stems import missing_stems
from .vectors import raw_words
from .wordpairs import Alignment, WordPair, content_positions

SOLE = {
    "en": r"single|sole|solely|only|one|lone",
    "de": r"einzig\w*|alleinig\w*|"
    r"(?:(?<=der )|(?<=die )|(?<=das )|(?<=den )|(?<=dem )|(?<=des ))ein(?:e|en|em|er|es)?",
    "ru": r"единственн\w*|один|одна|одно|одного|одной|одному|одним|одном|одну|только|лишь",
}  # fmt: skip
"""The words of the concept per language (matched whole and case-blind)."""


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = SOLE.get(language)
    if words is None:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def sole_words(text: str, language: str) -> list[tuple[int, str]]:
    """(offset, word) of each word of ``text`` that says "one and no other".

    >>> sole_words("Der eine Lesesaal, eine Bibliothek und der einzige Hof.", "de")
    [(4, 'eine'), (43, 'einzige')]
    """
    pattern = _pattern(language)
    if pattern is None:
        return []
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def says_sole(word: str, language: str) -> bool:
    """Whether ``word`` alone says "one and no other" ("einzige", not German "eine").

    >>> says_sole("Single", "en"), says_sole("единственный", "ru"), says_sole("eine", "de")
    (True, True, False)
    """
    pattern = _pattern(language)
    return pattern is not None and pattern.fullmatch(word) is not None


def sole_said(word: str, language: str, passage: str) -> bool:
    """Whether the quote's ``word`` says "one and no other" and ``passage`` (in the same
    ``language``) says it too, in any of the concept's words.

    >>> sole_said("single", "en", "The one reading room was full.")
    True
    >>> sole_said("single", "en", "Two reading rooms were full.")
    False
    """
    return says_sole(word, language) and bool(sole_words(passage, language))


def missing_words(quote: str, passage: str, language: str) -> list[str]:
    """The words of ``quote`` whose content stem ``passage`` lacks (:func:`.stems.missing_stems`;
    both in ``language``), but a word that says "one and no other" where the passage says it
    in another word.

    >>> missing_words("The single reading room was full.", "The one reading room was empty.",
    ...               "en")
    ['full']
    """
    missing = missing_stems(raw_words(quote), raw_words(passage), language)
    return [w for w in missing if not sole_said(w, language, passage)]


def with_sole_words(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with each content word of the quote that says "one and no other" and
    has no counterpart paired with the passage's first free word that says it.

    >>> a = with_sole_words(Alignment(4, ()), "The single reading room was full.", "en",
    ...                     "Der eine Lesesaal war voll.", "de")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('single', 'eine')]
    """
    paired = {p.quote_at for p in alignment.pairs}
    mine = [(at, w) for at, w in content_positions(quote, language)
            if at not in paired and says_sole(w, language)]  # fmt: skip
    if not mine:
        return alignment
    taken = {p.passage_at for p in alignment.pairs}
    theirs = [(at, w) for at, w in sole_words(passage, passage_language) if at not in taken]
    added = [
        WordPair(word, at, there[1], there[0], PAIRED)
        for (at, word), there in zip(mine, theirs, strict=False)
    ]
    return alignment.with_pairs(added) if added else alignment

"""The word matcher's changed word read with its sentence: "must" for "need" is an opposite in
"must not" / "need not", none in "must not" / "may not" (task modal112).

:func:`.opposites.opposite_change` reads a changed word alone: "must" / "need" is no pair of
its table, and "must" / "may" is one, though "Members must not bring guests" and "Members may
not bring guests" both forbid it. Read with the quote and the passage found, a prohibition
against "not required" (:mod:`.obligations`) and a time bounded "before" against "only in"
("before 1925" / "only in 1925", :mod:`.timebounds`) are opposites; a modal pair both sides
negate alike is none. So is "just" for "only" after a negation that negates nothing: "not
just" is "not only" (:func:`same_focus`).
"""

from __future__ import annotations

from ..models import Difference
from .obligations import MAY, MUST, obligation_agrees, obligation_opposite
from .opposites import word_pattern
from .privative import idiom_spans
from .timebounds import opposed_bounds

_MODALS = {lang: word_pattern(f"{MUST[lang]}|{MAY[lang]}") for lang in MUST}


def read_in_context(
    opposed: Difference | None, quote: str, passage: str, language: str
) -> Difference | None:
    """The word matcher's opposite ``opposed`` (or None) as the quote and the ``passage`` it
    was found at read it (see the module): kept, dropped (a modal both negate alike), or
    found in their sentences.

    >>> read_in_context(None, "Members must not bring guests.", "Members need not bring "
    ...                 "guests.", "en").quote
    'must not'
    >>> print(read_in_context(Difference("changed", "must", "may"), "You must not go.",
    ...                       "You may not go.", "en"))
    None
    """
    if opposed is not None:
        modal = _MODALS.get(language)
        pair = (opposed.quote.strip(), opposed.source.strip())
        alike = modal is not None and all(modal.fullmatch(w) for w in pair)
        if not (alike and obligation_agrees(quote, language, passage, language)):
            return opposed
    found = obligation_opposite(quote, language, passage, language) or opposed_bounds(
        quote, language, passage, language
    )
    return Difference("changed", *found) if found is not None else None


_ONLY = {
    "en": frozenset("only just merely simply solely".split()),
    "de": frozenset("nur bloß bloss lediglich einfach allein".split()),
    "ru": frozenset("только просто лишь".split()),
}
"""The words of "not only" ("not just", "nicht bloß", "не просто")."""


def same_focus(d: Difference, quote: str, text: str, language: str) -> bool:
    """Whether the changed word ``d`` is one "only" for another after a negation that
    negates nothing ("not just" / "not only", "nicht nur" / "nicht bloß", "не только" / "не
    просто": :func:`.privative.idiom_spans`): the same words, no word changed.

    >>> from sourcecheck.models import Span
    >>> d = Difference("changed", "just", "only", Span(10, 14), Span(10, 14))
    >>> same_focus(d, "It is not just a tool.", "It is not only a tool.", "en")
    True
    """
    words = _ONLY.get(language, frozenset())
    if d.kind != "changed" or d.quote_span is None or d.source_span is None:
        return False
    if d.quote.strip().casefold() not in words or d.source.strip().casefold() not in words:
        return False
    return _in_idiom(quote, d.quote_span.start, language) and _in_idiom(
        text, d.source_span.start, language
    )


def _in_idiom(text: str, at: int, language: str) -> bool:
    return any(a <= at < b for a, b in idiom_spans(text, language))

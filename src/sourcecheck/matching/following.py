"""A comparison reversed in the sentence after a passage: the passage is widened over it.

A comparison often goes on in the next sentence: "The Ukrainians are very different from
the Russian delegates. Far less revolutionary, and with far more interest in their own
country". The meaning stage reads a quote's comparison in its passage and the sentence that
follows (:func:`~.reversal.read_reversal`), and flags ``roles`` when it goes the other way
there; the passage it reports must then hold that sentence, or the reader looks for the
difference where it is not (and the flag is at another passage than the one quoted).
"""

from __future__ import annotations

from ..models import Span
from .reversal import read_reversal
from .wordpairs import Alignment

FOLLOWING_CHARS = 300
"""The most characters of the sentence after a passage read with it."""


def following_sentence(text: str, end: int) -> str:
    """The sentence of ``text`` after ``end`` (at most :data:`FOLLOWING_CHARS`)."""
    return text[end : end + FOLLOWING_CHARS].split(". ")[0]


def over_following(
    quote: str, quote_language: str, text: str, language: str, span: Span, alignment: Alignment
) -> Span:
    """``span``, or ``span`` over the next sentence when only with it does the passage
    reverse the quote (:func:`~.reversal.read_reversal`).

    >>> text = "They are very different from the Russians. Far less revolutionary. Rain."
    >>> quote = "They are far more revolutionary than the Russians."
    >>> span = over_following(quote, "en", text, "en", Span(0, 42), Alignment(0, ()))
    >>> span.slice(text)
    'They are very different from the Russians. Far less revolutionary.'
    """
    following = following_sentence(text, span.end)
    passage = span.slice(text)
    if not following.strip() or read_reversal(quote, quote_language, passage, language, alignment):
        return span
    if read_reversal(quote, quote_language, passage, language, alignment, following) is None:
        return span
    end = span.end + len(following)
    return Span(span.start, end + 1 if text[end : end + 1] == "." else end)

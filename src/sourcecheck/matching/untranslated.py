"""A translation's paragraphs left in the quote's language: no rival for the translation.

A translated text often leaves some paragraphs in the original: debian-history's Russian
translation keeps the later releases' notes in English, the developers' reference its newer
sections. A claim quoted in English against such a text meets two kinds of passage: the
untranslated paragraphs, in its own language, and the translation. The sentence vectors put
a passage in the quote's own language far above any translation: "For more information on
the new features introduced in this release, see the What's new in Debian 7.0 chapter of
Wheezy Release Notes." was 0.93 from the untranslated note of another release (9.0, Stretch)
and 0.87 from the Russian translation of its own; "The sponsor could not find any remaining
problem. They build the package, sign it, and upload it to Debian." 0.74 from an untranslated
"If the audit did not reveal any problems, you can build the package and upload it" and 0.50
from its Russian translation (walk114 xc-en-ru-01, -06, -05). The untranslated paragraphs
also stand among "the text's other passages" whose similarity a translation's margin is
measured against, so the translation lost on the margin too.

So, when the passage chosen for a quote in a text stored in another language reaches into a
paragraph written in the quote's language (:func:`paragraph_language`: the script, and for
German and English the stop words only one of them has) and the stage rejects it or flags a
checkable difference there (:data:`SAYS_OTHERWISE`: another number, date, name, a negation,
an opposite, roles exchanged), the text is searched again with those paragraphs left out
(:func:`skipped_units`; :func:`.ranking.rank_passages` neither proposes them nor counts
them as neighbours). What is found there is taken when it is ``reworded`` and, where the
untranslated passage passed with a flag, it passes without one: an untranslated paragraph
that says something else does not beat a translation that agrees, and the reason names it
and what it says otherwise. An untranslated passage that passes without a flag stays: it
says the quote in the quote's own words.

The word matcher meets the same paragraphs: it finds a passage in the quote's language
``close`` with another number or name. :func:`untranslated_close` says when such a result
is looked at again by meaning, and :func:`replaces_close` when the translation found then
is the answer (:mod:`sourcecheck.verify`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..extract.paragraphlanguages import paragraph_language
from ..models import MatchResult, Span
from ..texts.language import LANGUAGE_NAMES
from ..texts.paragraphs import paragraphs
from .vectors import text_units

if TYPE_CHECKING:  # meaning imports this module
    from .meaning import MeaningResult

SAYS_OTHERWISE = frozenset({"negation", "number", "date", "name", "opposite", "roles"})
"""The flags by which a passage says something checkably other than the quote."""
REWORDED = "reworded"


@lru_cache(maxsize=4)  # a text asked for by its claims one after another
def skipped_units(text: str, text_language: str, language: str) -> np.ndarray | None:
    """Which units of ``text`` (:func:`.vectors.text_units`, a boolean per unit) lie in a
    paragraph written in ``language`` while the text is stored as ``text_language``; None when
    the languages are one or no paragraph is written so.

    >>> text = "Он собирает пакет.\\n\\nThe sponsor builds the package and uploads it to Debian."
    >>> skipped_units(text, "ru", "en").tolist()
    [False, True]
    """
    if language == text_language:
        return None
    spans = text_units(text, text_language).spans
    paras = paragraphs(text)
    if not len(spans) or not paras:
        return None
    written = np.array([paragraph_language(text[p.start : p.end]) == language for p in paras])
    if not written.any():
        return None
    starts = np.array([p.start for p in paras])
    holder = np.clip(np.searchsorted(starts, spans[:, 0], side="right") - 1, 0, len(paras) - 1)
    return np.asarray(written[holder], dtype=bool)


def in_skipped(skip: np.ndarray, window: tuple[int, int]) -> bool:
    """Whether the window of units (first, last) holds a skipped unit."""
    return bool(skip[window[0] : window[1] + 1].any())


def _untranslated(text: str, text_language: str, language: str, span: Span) -> bool:
    """Whether ``span`` reaches into a paragraph of ``text`` written in the quote's
    ``language`` (a window of an untranslated sentence and the translated one after it is
    nearer the quote by the first)."""
    skip = skipped_units(text, text_language, language)
    if skip is None:
        return False
    spans = text_units(text, text_language).spans
    return bool(skip[(spans[:, 0] < span.end) & (spans[:, 1] > span.start)].any())


def translated_instead(
    first: MeaningResult,
    language: str,
    text: str,
    again: Callable[[], MeaningResult],
    where: Callable[[Span], str],
) -> MeaningResult:
    """``first``, or the result of searching ``text`` ``again`` without its paragraphs in the
    quote's ``language`` when ``first`` chose one of them and rejected or flagged it (see the
    module); ``where`` names a place in a reason."""
    t_lang = first.language or ""
    span = first.span or first.candidate
    otherwise = sorted(SAYS_OTHERWISE.intersection(first.flags))
    if span is None or language == t_lang or (first.status == REWORDED and not otherwise):
        return first
    if not _untranslated(text, t_lang, language, span):
        return first
    other = again()
    if other.status != REWORDED or (otherwise and SAYS_OTHERWISE.intersection(other.flags)):
        return first
    named = LANGUAGE_NAMES.get(language, language)
    said = (
        f"differs there ({', '.join(otherwise)})" if otherwise else "was rejected as its rendering"
    )
    other.reason += (
        f"; a passage left untranslated, in {named} like the quote, is nearer the quote, "
        f"{where(span)} (similarity {first.score:g}), but {said}: the translation is taken"
    )
    return other


def untranslated_close(words: MatchResult, passage: str | None, text_language: str | None) -> bool:
    """Whether a word result is ``close`` at a ``passage`` written in another language than
    its text's stored ``text_language`` (a paragraph a translation left in the quote's
    language) with a checkable difference: the meaning stage looks for the translation.

    >>> close = MatchResult("close", 94.0, 1, flags=["number", "name"])
    >>> untranslated_close(close, "For more information, see the What's new in Debian 9.0 "
    ...                    "chapter of the Release Notes.", "ru")
    True
    >>> untranslated_close(close, "Подробнее см. раздел Что нового в Debian 9.0.", "ru")
    False
    """
    if words.status != "close" or not passage or not text_language:
        return False
    if not SAYS_OTHERWISE.intersection(words.flags):
        return False
    written = paragraph_language(passage)
    return written is not None and written != text_language


def replaces_close(words: MatchResult, found: MeaningResult) -> bool:
    """Whether a rendering ``found`` by meaning replaces the ``close`` word result of
    :func:`untranslated_close`: ``reworded`` in the same text, in its stored language (not
    the untranslated passage again), with no checkable difference. Its reason then says
    what the words found and why it gave way."""
    if found.status != REWORDED or found.text_id != words.text_id:
        return False
    quote_language = found.evidence.quote_language if found.evidence is not None else None
    if quote_language is None or quote_language == found.language:
        return False
    if SAYS_OTHERWISE.intersection(found.flags):
        return False
    named = LANGUAGE_NAMES.get(quote_language, quote_language)
    said = words.reason.split("; CHECK")[0].removeprefix("found ")  # its differences
    found.reason += (
        f"; by words, a passage left untranslated, in {named} like the quote, is close "
        f"(score {words.score:g}) {said}"
    )
    return True

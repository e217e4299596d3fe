"""The languages a text's paragraphs are written in, besides the text's own.

A text is read in one language (:func:`sourcecheck.extract.verbs.reading`): its verbs of
saying and subject pronouns attribute its quotations. A text that changes language (Russian
paragraphs, then German ones quoting „Wir warten nicht länger“, antwortete der General) needs
the other language's verbs too, or the German quotations go unattributed and short ones are
left out. Detecting every paragraph's language with the language model would cost seconds on
a novel; these signals cost one pass over the words:

- a paragraph in Cyrillic letters is Russian, one in Latin letters is not;
- a Latin paragraph is German or English by the stop words only one of the two has ("und",
  "nicht", "der" against "the", "and", "of"): :data:`MIN_STOP_WORDS` of them, and more than
  :data:`STOP_WORD_RATIO` times those of the other.
"""

from __future__ import annotations

from functools import lru_cache

from ..normalize import WORD_RE
from ..texts.language import script
from ..texts.paragraphs import paragraphs
from . import lexicon

MIN_STOP_WORDS = 3
"""A Latin paragraph is read as German (English) with at least this many stop words found in
German (English) only: "und", "nicht", "wir"; a name or a quoted word is not a language."""
STOP_WORD_RATIO = 2
"""... and more than this many times as many as the other language's."""


@lru_cache(maxsize=2)
def _exclusive() -> dict[str, frozenset[str]]:
    english, german = lexicon.words_of("en"), lexicon.words_of("de")
    return {"en": english - german, "de": german - english}


def paragraph_language(paragraph: str) -> str | None:
    """ "ru", "de" or "en" for a paragraph whose letters or stop words say so, else None.

    >>> paragraph_language("„Wir warten nicht länger“, antwortete der General.")
    'de'
    >>> paragraph_language("— Да, — сказала Анна."), paragraph_language("General Hoffmann")
    ('ru', None)
    """
    written = script(paragraph)
    if written == "cyrillic":
        return "ru"
    if written != "latin":
        return None
    words = [w.lower() for w in WORD_RE.findall(paragraph)]
    counts = {lang: sum(w in stops for w in words) for lang, stops in _exclusive().items()}
    for lang, other in (("de", "en"), ("en", "de")):
        if counts[lang] >= MIN_STOP_WORDS and counts[lang] > STOP_WORD_RATIO * counts[other]:
            return lang
    return None


@lru_cache(maxsize=4)  # (asked by the dash reading and the verbs of one text)
def others(text: str, primary: str) -> frozenset[str]:
    """The languages of ``text``'s paragraphs other than ``primary`` (:func:`paragraph_language`).

    >>> others("— Да.\\n\\n„Wir warten nicht länger“, antwortete der General.", "ru")
    frozenset({'de'})
    >>> others("“Yes,” said Anna. “We are not at home and the door is shut.”", "en")
    frozenset()
    """
    found = set()
    for para in paragraphs(text):
        lang = paragraph_language(text[para.start : para.end])
        if lang is not None and lang != primary:
            found.add(lang)
    return frozenset(found)

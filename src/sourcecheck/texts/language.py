"""The language of a text or a passage, detected when the user did not give it.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams, 4.5 MB
inside the wheel, numpy only, BSD) is restricted to :data:`CANDIDATES`, the languages the
meaning stage has tables for: on a short quotation a 97-language model often picks a
neighbour (Ukrainian for Russian, Slovene for a place name), while the restricted one is
right. A text is judged on a sample of its middle (Gutenberg front matter is English whatever
the book). Below ``min_confidence`` the answer is None: "unknown" rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CANDIDATES = ("en", "ru", "de", "fr", "it", "es")
"""Languages detection chooses among (ISO 639-1)."""
LANGUAGE_NAMES = {
    "en": "English", "ru": "Russian", "de": "German", "fr": "French", "it": "Italian",
    "es": "Spanish",
}  # fmt: skip
"""The candidates' names, as reasons and reports write them."""
SAMPLE_CHARS = 2_000
"""A long text is judged on this many characters from its middle (a page: plenty to tell six
languages apart, and 3 ms, which 2,000 texts imported at once add up)."""
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class Language:
    """A detected language and the detector's probability (0-1) among the candidates."""

    code: str
    confidence: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model, loaded once per process (0.8 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def script(text: str) -> str:
    """``"cyrillic"``, ``"latin"`` or ``"other"``: the script of most of the letters.

    >>> script("Троцкий и Ленин (Trotsky)"), script("Kühlmann"), script("1918")
    ('cyrillic', 'latin', 'other')
    """
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if not cyrillic and not latin:
        return "other"
    return "cyrillic" if cyrillic > latin else "latin"


def detect_language(text: str, *, min_confidence: float = 0.8) -> Language | None:
    """The language of ``text`` among :data:`CANDIDATES`, or None when unsure.

    >>> detect_language("fand er sich in seinem Bett zu einem Ungeziefer verwandelt").code
    'de'
    >>> detect_language("Мир заключён не будет.").code
    'ru'
    >>> detect_language("1918") is None
    True
    """
    if len(text) > SAMPLE_CHARS:
        middle = len(text) // 2
        text = text[middle - SAMPLE_CHARS // 2 : middle + SAMPLE_CHARS // 2]
    written = script(text)
    if written == "other":
        return None
    if written == "cyrillic":
        return Language("ru", 1.0)  # the only Cyrillic candidate
    code, confidence = _identifier().classify(text)
    if confidence < min_confidence:
        return None
    return Language(str(code), float(confidence))


def language_of(text: str, given: str | None = None) -> str:
    """The language ``text`` is read in: ``given`` (the user's, or the one stored with the
    text: given, else detected when it was imported), else detected now, else English. The one
    rule for what a text's language is wherever its words are read (facts, words, meaning).

    >>> language_of("Мир заключён не будет.", "de"), language_of("Мир заключён не будет.")
    ('de', 'ru')
    >>> language_of("1918")
    'en'
    """
    if given:
        return given
    found = detect_language(text)
    return found.code if found is not None else "en"

"""The language of a text or a passage, detected when the user did not give it.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams, 4.5 MB
inside the wheel, numpy only, BSD) chooses among :data:`CANDIDATES`, the languages the
meaning stage has tables for: on a short quotation the whole model often picks a neighbour
(Ukrainian for Russian, Slovene for a place name), while the restricted choice is right. The
whole model only vetoes: when it is sure of a near language that is no candidate (Dutch for
a German-looking text, Portuguese for a Spanish one, Bulgarian or Serbian for a Russian one)
the answer is None, as it is for Cyrillic letters Russian does not have (Ukrainian і ї є ґ,
Belarusian ў, Serbian and Macedonian ђ ј љ њ ћ џ ѓ ќ ѕ). A text is judged on a sample of its
middle (Gutenberg front matter is English whatever the book). Below ``min_confidence`` the
answer is None: "unknown" rather than a guess.
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
PAGES = 5
"""Pages spread over a long text that are judged when its middle contradicts the language the
user gave: a translation may leave whole chapters in the original (a manual's German or Russian
translation with its untranslated chapters in English), so one page cannot refute it."""
NEIGHBOUR_VETO = 0.6
"""The whole model's probability of a language outside :data:`CANDIDATES` above which the
candidates' best is not trusted (a Dutch text is "de" among the six; the whole model says
"nl" with 0.99, a German quotation's neighbour "lb" rarely gets past 0.2)."""
_NOT_RUSSIAN = re.compile("[іїєґўђјљњћџѓќѕІЇЄҐЎЂЈЉЊЋЏЃЌЅ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class Language:
    """A detected language and the detector's probability (0-1) among the candidates."""

    code: str
    confidence: float


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The whole py3langid model, loaded once per process (0.8 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _ranked(text: str) -> tuple[Language | None, Language | None]:
    """The best of :data:`CANDIDATES` (its probability among them, as a model restricted to
    them gives it) and the whole model's best when it is no candidate."""
    ranked = [(str(code), float(p)) for code, p in _identifier().rank(text)]
    outside = next(((c, p) for c, p in ranked if c not in CANDIDATES), None)
    among = [(c, p) for c, p in ranked if c in CANDIDATES]
    total = sum(p for _, p in among)
    best = Language(among[0][0], among[0][1] / total) if among and total > 0 else None
    if outside is None or (among and outside[1] <= among[0][1]):
        return best, None
    return best, Language(*outside)


def pages(text: str, size: int, count: int = 1) -> list[str]:
    """``count`` windows of ``size`` characters spread evenly over ``text``, the middle one
    among them when ``count`` is odd (one: the middle); the whole text when it is no longer.

    >>> pages("abcdefghij", 2), pages("abcdefghij", 2, 3), pages("abc", 5, 3)
    (['ef'], ['ab', 'ef', 'hi'], ['abc'])
    """
    if len(text) <= size:
        return [text]
    centres = [len(text) * (2 * k + 1) // (2 * count) for k in range(count)]
    starts = [min(max(c - size // 2, 0), len(text) - size) for c in centres]
    return [text[start : start + size] for start in starts]


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
    >>> detect_language("Ленін виступив першим і сказав, що мир треба підписати.") is None
    True
    """
    text = pages(text, SAMPLE_CHARS)[0]
    written = script(text)
    if written == "other":
        return None
    if written == "cyrillic" and _NOT_RUSSIAN.search(text):
        return None  # Ukrainian, Belarusian, Serbian, Macedonian: not the Russian candidate
    best, outside = _ranked(text)
    if outside is not None and outside.confidence >= NEIGHBOUR_VETO:
        return None  # a near language the tables do not have: unsure rather than wrong
    if written == "cyrillic":
        return Language("ru", 1.0)  # the only Cyrillic candidate
    if best is None or best.confidence < min_confidence:
        return None
    return best


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

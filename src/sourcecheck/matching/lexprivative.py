"""A word that says a lack without a negating prefix against the plain word across languages:
"rechtswidrig" where the source says "lawful", "grundlos" for "founded" (issue 10, task
crossterms113).

:mod:`.negprefix` reads a word negated by its own prefix ("unlawful" / "rechtmäßig", "ungültig"
/ "valid"); a judgment's German says "illegal" by a compound of "Recht" and "widrig" ("against
the law"), "without ground" by a suffix, and the pair "rechtswidrig" / "lawful" was shown as a
shared word on a true-looking rendering (the fresh-clone trial's "invalid" / "wirksam" of a
court judgment, in its other shape). The dictionary reads it: most of the word's English
translations are negated by their prefix ("unlawful", "illegal", "illicit": :data:`SHARE`),
and one of those without its prefix ("lawful") renders the other side's word, which the word
itself does not render and which is not negated itself (:func:`lexically_negated`). A word
with its own negating prefix is :mod:`.negprefix`'s; English words are read by their prefix
only. Russian has no dictionary into English here but the small one read backwards, which
knows few such words ("незаконный", "несправедливый" are not in it): a Russian word on the
plain side is read by the word vectors where the English-Russian dictionary does not give it
("законной" is 0.86 from "legal", 0.73 from "rechtswidrig": :data:`NEARER`, as
:mod:`.negprefix` reads a word without its prefix).
"""

from __future__ import annotations

from functools import lru_cache

from . import bilingual
from .embed import Embedder
from .negprefix import NEARER, SUFFIXED, UNPAIRED_MIN, bare_word
from .stems import content_stems
from .wordpairs import word_vectors

SHARE = 0.25
"""The least share of a word's English translations negated by their prefix for the word to
say a lack ("rechtswidrig": 5 of 6; "widerrechtlich": "illegal" of 4; "falsch": 6 of 30,
"wrong" and "false" first, no privative)."""


@lru_cache(maxsize=1 << 12)
def privative_readings(word: str, language: str) -> tuple[str, ...]:
    """The English words ``word`` (German or Russian) says the lack of: its translations
    negated by their prefix, without it ("rechtswidrig": "lawful", "legal", "licit"); empty
    when under :data:`SHARE` of its translations are so negated, or it has its own prefix.

    >>> privative_readings("rechtswidrig", "de")[:2] if bilingual.available() else ("lawful",
    ...  "legal")
    ('lawful', 'legal')
    >>> privative_readings("rechtmäßig", "de")
    ()
    """
    if language == "en" or bare_word(word, language) is not None:
        return ()
    english = bilingual.entry_words(word, language, "en") or bilingual.translated_words(
        word, language, "en"
    )
    bare = [b for e in english if (b := bare_word(e, "en")) is not None]
    if not english or len(bare) < SHARE * len(english):
        return ()
    return tuple(dict.fromkeys(bare))


def lexically_negated(
    word: str, language: str, other: str, other_language: str, embedder: Embedder | None = None
) -> bool:
    """Whether ``word`` says the lack of what ``other`` (in another language) says (see the
    module): "rechtswidrig" / "lawful", not "rechtswidrig" / "unlawful" nor / "illegal".
    ``embedder``: the word vectors that read a Russian ``other`` the dictionary does not.

    >>> lexically_negated("rechtswidrig", "de", "lawful", "en") if bilingual.available() else True
    True
    >>> lexically_negated("rechtswidrig", "de", "unlawful", "en")
    False
    """
    if language == other_language or not bilingual.available():
        return False
    if bare_word(other, other_language) is not None or SUFFIXED.fullmatch(other):
        return False  # negated there too
    readings = privative_readings(word, language)
    if not readings or bilingual.translate_each_other(word, language, other, other_language):
        return False
    if other_language == "en":
        said = content_stems([other], "en")
        return bool(said) and any(content_stems([r], "en") == said for r in readings)
    if any(bilingual.translate_each_other(r, "en", other, other_language) for r in readings):
        return True
    if embedder is None or other_language != "ru":
        return False
    v = word_vectors([other, word, *readings], embedder)
    near = float((v[2:] @ v[0]).max())
    return near >= UNPAIRED_MIN and near >= float(v[1] @ v[0]) + NEARER

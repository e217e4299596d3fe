"""A word of another language that is a cognate of an English word's synonym: "вариант" /
"version", "Variante" / "version" (a fresh-clone finding of 2026-11-28).

:mod:`.cognates` pairs the words two languages share ("revolution" / "революция"), and
:mod:`.dictpairs` the words a dictionary of each direction gives for each other; but a
translator often takes the other language's cognate of a synonym: a Russian or German text
says "вариант" / "Variante" where the English says "version" (WordNet's "version, variant,
variation, edition"). The single-word vectors placed "варианта" under the word minimum of
"version", so "собраны из одного и того же варианта" / "built from a different version" had no
pair for the word that "the same" and "different" qualify, and :mod:`.crossidentity` never
read them. Here a content word of the quote without a counterpart is paired with a
passage word without one, across English and German or Russian, when the non-English word is a
cognate (:func:`.cognates.cognate`) of a lemma of one of the English word's most frequent
WordNet senses (:data:`.kindred.SENSES` per part of speech: the senses WordNet lists first),
other than the word itself (which :mod:`.cognates` reads). Names are left out (compared as
names), and so are a household's people (:mod:`.persons`), as in :mod:`.dictpairs`.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from . import wordnet
from .cognates import cognate
from .dictpairs import with_related_words
from .kindred import _senses
from .wordpairs import Alignment


@lru_cache(maxsize=1 << 14)
def synonyms(word: str) -> tuple[str, ...]:
    """The one-word lemmas of the most frequent WordNet senses of the English ``word``,
    other than its own forms (see the module).

    >>> "variant" in synonyms("version") if wordnet.available() else True
    True
    """
    own = {word.casefold()}
    for pos in ("n", "v", "a", "r"):
        own.update(wordnet.base_forms(word.casefold(), pos))
    found: dict[str, None] = {}
    for pos, offset in _senses(word.casefold()):
        entry = wordnet.synset(pos, offset)
        for lemma in entry.lemmas if entry is not None else ():
            if "_" not in lemma and "." not in lemma and lemma not in own:
                found[lemma] = None
    return tuple(found)


def synonym_cognate(word: str, english: str) -> bool:
    """Whether ``word`` (German or Russian) is a cognate of a synonym of ``english``.

    >>> synonym_cognate("варианта", "version") if wordnet.available() else True
    True
    >>> synonym_cognate("Variante", "version") if wordnet.available() else True
    True
    >>> synonym_cognate("версия", "variant"), synonym_cognate("экземпляр", "version")
    (False, False)
    """
    return any(cognate(word, s) for s in synonyms(english))


def with_synonym_cognates(
    alignment: Alignment,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    *,
    names: Collection[str] = (),
) -> Alignment:
    """``alignment`` with each content word of the quote without a counterpart paired with
    the passage's first word without one that is a cognate of its synonym, or whose synonym
    it is a cognate of (see the module); across English and German or Russian only.

    >>> a = with_synonym_cognates(Alignment(2, ()), "собраны из другого варианта", "ru",
    ...                           "built from another version", "en")
    >>> [(p.quote, p.passage) for p in a.pairs] if wordnet.available() else [
    ...     ("варианта", "version")]
    [('варианта', 'version')]
    """
    if language == passage_language or "en" not in (language, passage_language):
        return alignment
    if not wordnet.available():
        return alignment

    def related(word: str, other: str) -> bool:  # the English side's synonyms
        return (
            synonym_cognate(word, other)
            if passage_language == "en"
            else synonym_cognate(other, word)
        )

    return with_related_words(alignment, quote, language, passage, passage_language, related,
                              names=names)  # fmt: skip

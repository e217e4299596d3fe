"""Counterparts from a bilingual dictionary: a claim's word and a passage's word in another
language that translate each other (issue 10).

Single-word vectors miss many plain translations, and a true rendering was rejected as
sharing "only 4 of 12" content words: "Der Schein der elektrischen Straßenbahn lag bleich
... auf der Zimmerdecke ..., aber unten bei Gregor war es finster." at "The light from the
electric street lamps shone palely ... onto the ceiling ..., but down below ... it was dark."
left "Schein" / "light", "Zimmerdecke" / "ceiling", "finster" / "dark" unpaired. Here a quote
word without a counterpart is paired with a passage word without one when each is a
translation of the other in the dictionaries of both directions (German and English,
:func:`.bilingual.translate_each_other`), as :mod:`.cognates` pairs the words two languages
share. One direction alone pairs too much: "ersten" gives "bare" among its translations, and
an invented claim on the text's topic came out a rendering; so Russian, whose one dictionary
is a small English-Russian one, is not paired here (its opposites are read,
:mod:`.crossantonyms`). Names, and the
nouns of a household's people (:mod:`.persons`), are left out: names are compared as names
(:mod:`.anchors`), people by their own table.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from . import bilingual
from .anchors import name_key
from .persons import PAIRED, person_of
from .wordpairs import Alignment, WordPair, content_positions


def with_translations(
    alignment: Alignment,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    *,
    names: Collection[str] = (),
) -> Alignment:
    """``alignment`` with each content word of the quote that has no counterpart paired with
    the passage's first word without one that translates it (see the module); across
    languages only, and only when the dictionaries are there.

    >>> a = with_translations(Alignment(2, ()), "die Zimmerdecke war finster", "de",
    ...                       "the ceiling was dark", "en")
    >>> [(p.quote, p.passage) for p in a.pairs] if bilingual.available() else [
    ...     ('Zimmerdecke', 'ceiling'), ('finster', 'dark')]
    [('Zimmerdecke', 'ceiling'), ('finster', 'dark')]
    """
    if language == passage_language or not bilingual.available():
        return alignment

    def translates(word: str, other: str) -> bool:
        return bilingual.translate_each_other(word, language, other, passage_language, both=True)

    return with_related_words(alignment, quote, language, passage, passage_language, translates,
                              names=names)  # fmt: skip


def with_related_words(
    alignment: Alignment,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    related: Callable[[str, str], bool],
    *,
    names: Collection[str] = (),
) -> Alignment:
    """``alignment`` with each content word of the quote that has no counterpart paired with
    the passage's first word without one that is ``related`` to it (quote word, passage word):
    names and person nouns (:mod:`.persons`) left to their own pairings. One loop for the
    dictionary's translations and :mod:`.synonymcognates`."""
    named = {name_key(n) for n in names}
    taken = {p.passage_at for p in alignment.pairs}
    paired = {p.quote_at for p in alignment.pairs}
    theirs = [(at, w) for at, w in content_positions(passage, passage_language)
              if at not in taken and name_key(w) not in named
              and not _person(w, passage_language)]  # fmt: skip
    if not theirs:
        return alignment
    added = []
    for at, word in content_positions(quote, language):
        if at in paired or name_key(word) in named or _person(word, language):
            continue
        found = next(
            ((p_at, w) for p_at, w in theirs if p_at not in taken and related(word, w)), None
        )
        if found is not None:
            taken.add(found[0])
            added.append(WordPair(word, at, found[1], found[0], PAIRED))
    return alignment.with_pairs(added) if added else alignment


def _person(word: str, language: str) -> bool:
    """Whether ``word`` is a noun of :mod:`.persons` (an owner's "mother's" too): those are
    paired there, for the same person only, and a person noun left without a counterpart
    tells another doer (:mod:`.doers`: "Die Mutter nahm ... auf sich" is not "his sister
    taking on ..., ignoring his mother's warnings")."""
    bare = word[:-2] if word[-2:] in ("'s", "’s") else word
    return person_of(bare, language) is not None

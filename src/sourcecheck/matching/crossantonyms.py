"""Opposites across languages: an English claim that says "bright" where its German source
says "finster", or a German claim that says "breite" where the English source says "narrow"
(issue 10).

The word vectors pair a word and its opposite across languages as readily as a word and its
rendering ("dry" / "nassen", "breite" / "narrow" came out counterparts), and the curated table
(:mod:`.opposites`) knows a few concepts only. WordNet knows English opposites
(:mod:`.antonyms`), and a bilingual dictionary (:mod:`.bilingual`) the English words a German
or Russian word translates into: "finster" is "dark", "gloomy", "murky"; "nassen" is "wet".
So an English word and a word of the other language are opposites when WordNet reads the
English word and one of the other's translations as opposites ("dry" / "wet") and no
translation of it says what the English word says in any sense (:func:`.antonyms.cluster`:
then it may be a rendering), nor does the dictionary give either as the other's translation.
A word has many translations, some of rare senses: a fifth of them at least must be the
English word's opposites (:data:`SHARE`). A word negated by its prefix ("incomprehensible" /
"verständlich") is the negation check's (:mod:`.negprefix`).

As in one language (:func:`.antonyms.antonym_words`), only words that no word of the other
side renders (by the dictionary, or a translation in one of their senses) are read, and none
that a negation before it may turn round; the callers check that only one side has a
negation (:mod:`.opposites`).
"""

from __future__ import annotations

from functools import lru_cache

from . import bilingual, wordnet
from .antonyms import Head, antonym_heads, cluster, scoped_words
from .cognateopposites import cognate_opposite
from .gapopposites import gap_opposed
from .idioms import figurative
from .leftover import left_by_pairs
from .morph_ru import is_verb, lemma
from .negprefix import bare_word
from .wordpairs import Alignment, WordPair, content_positions

SHARE = 0.2
"""The least share of a word's translations that must be opposites of the English word: a
word has many translations, and one of a rare sense is no opposite ("knapp" gives "scarce"
among 27 translations, "high" is no opposite of it; "billigen" gives 7 of 32 for "cheap")."""
BACKWARDS = frozenset({"ru"})
"""Languages whose words are read into English by reading an English dictionary backwards
(:mod:`.bilingual`, :mod:`.mueller`): one of a Russian word's many English words may be an
opposite of the claim's word in WordNet without the two being opposites ("особенно" gives
"particularly", which WordNet sets against "usual"; "седьмого" "seventh", the ordinal set
against the cardinal "six"), so an opposite is read only where the dictionary, read forwards,
gives the Russian word for one of the English word's opposites ("slowly": "медленно")."""
BACKWARDS_SHARE = 0.1
""":data:`SHARE` for the words of :data:`BACKWARDS`, whose opposites the dictionary confirms
read forwards: a Russian adjective read backwards gathers the English words of all its senses
("легче": 21, "light" and "airy" among "easy", "facile", "nimble"...), and one of a rare
sense is still no opposite ("конца" gives "bottom" among 20, set against "side")."""
POSTURES = frozenset({"lie", "stand", "sit"})
"""Verbs of posture, which place a thing as each language places it ("the room lay" /
"комната стояла", "das Buch steht" / "the book lies"): no opposites across languages (read
for :data:`BACKWARDS`: the dictionary gives "стоять" for "stand", WordNet's opposite of "lie")."""
PLACE = 0.25
"""How far apart (a share of their sentences' lengths) two words the vectors paired may stand
and still be read as a rendering without the dictionary's word for it (:func:`vouched`), and
a word so paired and its opposite on the other side ("fell silent" at a passage's end is not
read against its "lauten Rufen" at the start)."""


@lru_cache(maxsize=1 << 14)
def _senses(word: str, language: str) -> frozenset[Head]:
    """The WordNet heads of the English translations of ``word`` (in ``language``)."""
    return frozenset().union(
        *(cluster(t) for t in bilingual.translated_words(word, language, "en"))
    )


def _prefixed(english: str, word: str, language: str) -> bool:
    """Whether one word is the other's rendering negated by its prefix ("incomprehensible" /
    "verständlich"): the negation check's (:mod:`.negprefix`)."""
    bare_english, bare = bare_word(english, "en"), bare_word(word, language)
    return (bare_english is not None and bilingual.translate_each_other(
        bare_english, "en", word, language)) or (bare is not None and (
        bilingual.translate_each_other(english, "en", bare, language)))  # fmt: skip


@lru_cache(maxsize=1 << 14)
def opposed(english: str, word: str, language: str) -> bool:
    """Whether the English word ``english`` and ``word`` (in ``language``) are opposites:
    WordNet gives ``english`` an opposite, reads it and at least :data:`SHARE` of ``word``'s
    translations as opposites, no translation says what ``english`` says in one of its
    senses, the dictionary gives neither as the other's translation, and neither is the other
    negated by a prefix.

    >>> opposed("dry", "nassen", "de") if bilingual.available() else True
    True
    >>> opposed("wet", "nassen", "de")
    False
    """
    mine, against = cluster(english.casefold()), antonym_heads(english)
    if not against:  # no opposite in WordNet (most nouns): the translations are not read
        return False
    word = listed(word, language)  # "в конце": "конец"
    if bilingual.translate_each_other(english, "en", word, language):
        return False
    if cognate_opposite(english, word, language):  # "горизонтальное": .cognateopposites
        return True  # before a rare sense of one of its translations ("point-blank")
    if mine & _senses(word, language):
        return False  # a sense of each says the same
    verb = language == "ru" and is_verb(word)  # its translations are read as verbs
    share = BACKWARDS_SHARE if language in BACKWARDS else SHARE
    readings = (
        bilingual.translated_words(word, language, "en"),
        bilingual.entry_words(word, language, "en"),  # "schwerer": its own entry's senses
    )
    if not any(readings):  # a word the dictionary lacks: "ermuntern" (.gapopposites)
        return gap_opposed(english, word, language) and not _prefixed(english, word, language)
    if not any(_opposite_share(english, against, mine, translations, verb=verb, share=share)
               for translations in readings):  # fmt: skip
        return False
    if language in BACKWARDS and not _translates_an_opposite(english, word, language):
        return False
    return not _prefixed(english, word, language)


def _translates_an_opposite(english: str, word: str, language: str) -> bool:
    """Whether the dictionary gives ``word`` as a translation of one of the words of
    ``english``'s WordNet opposites (the lemmas of its antonyms' heads; not a posture verb's,
    :data:`POSTURES`)."""
    if any(b in POSTURES for b in wordnet.base_forms(english.casefold(), "v")):
        return False
    lemmas = {lemma for pos, offset in antonym_heads(english)
              for lemma in getattr(wordnet.synset(pos, offset), "lemmas", ())}  # fmt: skip
    return any(bilingual.translate_each_other(lemma, "en", word, language) for lemma in lemmas)


def listed(word: str, language: str) -> str:
    """``word``, or a Russian word the dictionary does not know as its lemma (pymorphy3's:
    "быстрее" is "быстрый", "конце" is "конец"), which it may know (FreeDict's; Müller's
    reads a word's dictionary forms itself, :mod:`.mueller`).

    >>> "end" in bilingual.translated_words(listed("конце", "ru"), "ru", "en"
    ...                                     ) if bilingual.available() else True
    True
    """
    if language != "ru" or bilingual.translated_words(word, language, "en"):
        return word
    return lemma(word)


def _opposite_share(
    english: str,
    against: frozenset[Head],
    mine: frozenset[Head],
    translations: tuple[str, ...],
    *,
    verb: bool = False,
    share: float = SHARE,
) -> bool:
    """Whether at least ``share`` of ``translations`` are opposites of ``english`` (its
    heads ``mine``, their antonyms ``against``). ``verb``: the translations of a verb, each
    read in its verb senses when it has any: "выбирает" gives "choose", "elect", and an
    adjective's sense of "elect" (elected, not yet in office) was read against "currently"
    (walk111, xc-ru-en-10: "выбирает" / "currently" flagged ``opposite``); "отсутствовал"
    gives "absent" ("to be absent"), an adjective only, read as one."""

    def senses(word: str) -> tuple[frozenset[Head], frozenset[Head]]:
        heads, opposed = cluster(word), antonym_heads(word)
        if verb and any(h[0] == "v" for h in heads):
            return _verbs(heads), _verbs(opposed)
        return heads, opposed

    found = [t for t, (heads, opposed) in ((t, senses(t)) for t in translations)
             if against & heads or opposed & mine]  # fmt: skip
    return bool(found) and len(found) >= share * len(translations)


def _verbs(heads: frozenset[Head]) -> frozenset[Head]:
    return frozenset(h for h in heads if h[0] == "v")


def translated_opposite(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment | None = None,
) -> tuple[str, str] | None:
    """The first (quote word, passage word) of an English text and one in German or Russian
    that are opposites (:func:`opposed`), among the words of each side that no word of the
    other renders, a negation before neither or both; None when there is none or one side is not
    English, or the dictionaries or WordNet are missing. With the ``alignment`` of the two,
    a word it pairs is a rendering, no candidate ("schweigend" paired with "in silence" is
    not read against "aloud"), unless the dictionary gainsays the pair (:func:`vouched`:
    "aufhörte" paired with "pressed" is read against "began"); a pair of opposites it made
    was taken out of it before (:func:`.contrary.without_contraries`).

    >>> translated_opposite("The road was wide.", "en", "Die Straße war schmal.", "de"
    ...                     ) if bilingual.available() else ('wide', 'schmal')
    ('wide', 'schmal')
    """
    if "en" not in (quote_language, passage_language) or quote_language == passage_language:
        return None
    if not wordnet.available() or not bilingual.available():
        return None
    flipped = quote_language != "en"
    english, other = (passage, quote) if flipped else (quote, passage)
    language = quote_language if flipped else passage_language
    paired, loose = _paired(alignment, flipped, language, (len(quote), len(passage)))
    mine = [(at, w) for at, w in content_positions(english, "en")
            if w[:1].islower() and w.casefold() not in paired[0]]  # fmt: skip
    spare = _left_over(alignment, (quote, quote_language), (passage, passage_language), flipped)
    mine += [(at, w) for at, w in spare[0] if w[:1].islower() and (at, w) not in mine]
    if not any(antonym_heads(w) for _, w in mine):
        return None  # no English word with an opposite in WordNet: nothing to look up
    theirs = [(at, w) for at, w in content_positions(other, language)
              if w.casefold() not in paired[1]]  # fmt: skip
    theirs += [o for o in spare[1] if o not in theirs]
    placed = {("en", at) for at, _ in spare[0]} | {(language, at) for at, _ in spare[1]}
    rendered = {(i, j) for i, (_, w) in enumerate(mine) for j, (_, o) in enumerate(theirs)
                if bilingual.translate_each_other(w, "en", o, language)}  # fmt: skip
    free_mine = [m for i, m in enumerate(mine) if not any(i == a for a, _ in rendered)]
    free_theirs = [t for j, t in enumerate(theirs) if not any(j == b for _, b in rendered)]
    negated: tuple[set[int], set[int]] | None = None
    for here, word in free_mine:
        for there, theirs_word in free_theirs:
            elsewhere = word.casefold() in loose[0] or theirs_word.casefold() in loose[1]
            elsewhere = elsewhere or ("en", here) in placed or (language, there) in placed
            if elsewhere and not _same_place(here, len(english), there, len(other)):
                continue  # a word paired elsewhere, or said again: its opposite only in place
            if opposed(word, theirs_word, language) and not figurative(
                english, "en", here, other, language, there
            ):  # "head first" / "mit beiden Füßen": images, no opposites (.idioms)
                negated = negated or (scoped_words(english), scoped_words(other, language))
                if (here in negated[0]) == (
                    there in negated[1]
                ):  # "keine leichtere" / "Nor ... heavier"
                    return (theirs_word, word) if flipped else (word, theirs_word)
    return None


Sides = tuple[set[str], set[str]]


def _left_over(
    alignment: Alignment | None, quote: tuple[str, str], passage: tuple[str, str], flipped: bool
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The occurrences of a paired word one side says more often than the other says its
    counterpart (:mod:`.leftover`): the English side's, the other's."""
    if alignment is None:
        return [], []
    mine, theirs = left_by_pairs(alignment, *quote, *passage)
    return (theirs, mine) if flipped else (mine, theirs)


def _paired(
    alignment: Alignment | None, flipped: bool, language: str, lengths: tuple[int, int]
) -> tuple[Sides, Sides]:
    """The words (case-folded) that ``alignment`` pairs as a rendering (:func:`vouched`; the
    quote's and the passage's ``lengths``), and those it pairs otherwise: each the English
    side's, the other's."""
    if alignment is None:
        return (set(), set()), (set(), set())
    found: list[Sides] = []
    for kept in (True, False):
        pairs = [p for p in alignment.pairs if vouched(p, flipped, language, lengths) == kept]
        quote = {p.quote.casefold() for p in pairs}
        passage = {p.passage.casefold() for p in pairs}
        found.append((passage, quote) if flipped else (quote, passage))
    return found[0], found[1]


def _same_place(at: int, length: int, there: int, other_length: int) -> bool:
    """Whether two words stand at about the same place of their texts (:data:`PLACE`)."""
    return abs(at / max(length, 1) - there / max(other_length, 1)) <= PLACE


def vouched(pair: WordPair, flipped: bool, language: str, lengths: tuple[int, int]) -> bool:
    """Whether ``pair`` (a quote word and its counterpart, one English, the other in
    ``language``; ``flipped``: the quote is not the English one; ``lengths``: the quote's and
    the passage's) may be a rendering: the same stem, or a word the dictionary does not know
    at about its place (the vectors are all there is; not one the dictionary's other
    direction reads as an opposite, :mod:`.gapopposites`), or one of its translations, or a
    word that says one of their senses ("schweigend" / "silence"), or, for a word the
    dictionary knows only by its stem's headwords ("saßen"), one at about the same place of
    its sentence (:data:`PLACE`).
    Not a pair the vectors made of a word the dictionary lists (or the verb it is a form of,
    :mod:`.verbforms`) with a word none of its translations says ("aufhörte" / "pressed"):
    that word may still oppose another ("began")."""
    english, other = (pair.passage, pair.quote) if flipped else (pair.quote, pair.passage)
    if cognate_opposite(english, other, language):  # "vertical" / "горизонтальное"
        return False
    if pair.similarity >= 1:
        return True
    if not bilingual.translated_words(other, language, "en"):  # unknown: "вручную" / "guide"
        near = _same_place(pair.quote_at, lengths[0], pair.passage_at, lengths[1])
        return near and not gap_opposed(english, other, language)  # .gapopposites
    if bilingual.translate_each_other(english, "en", other, language):
        return True
    if cluster(english.casefold()) & _senses(other, language):
        return True
    if bilingual.listed(other, language, "en"):
        return False
    return _same_place(pair.quote_at, lengths[0], pair.passage_at, lengths[1])

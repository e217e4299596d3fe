"""Two people's names paired as counterparts: "Sverdlov objected to him and proposed ..." of
"Урицкий возразил ему и предложил ...".

The word aligner pairs a quote's word with the passage word nearest in meaning, and two
surnames of one language's people are near as word vectors (0.5-0.65 across scripts: both
"a Russian surname"), so the quote's name can be paired with another person's: counted as a
counterpart, it is no missing name, and the passage that says the same of someone else came
out ``reworded`` with no flag. A name is its own rendering (:func:`~.anchors.name_key`:
"Свердлов" / "Sverdlov"), and the same name in another language is nearer still
(:data:`~.anchors.NAME_VECTORS`: "Bavaria" / "Bayern" from 0.7): a pair of capitalised words
that neither spells the other, under that similarity, whose passage word the text gives as a
name (never printed in lower case), is one person named in another's place: the ``name`` flag.
The same holds of a quote's one capitalised word that no passage word spells and that is
paired with nothing, where the passage has one name of its own that no quote word spells and
that is paired with nothing ("Rybakov proposed ..." / "Мейер предложил ...": a sentence's
first word with no evidence of a name, :mod:`.openers`, is not compared by the anchors).
Only across scripts (Latin and Cyrillic), where a name's counterpart is its transliteration:
in one script a name is spelled alike, and a pair of capitalised words is two words
("Hence" / "Wherefore" opening a sentence). German sides are left out: German capitalises
every noun ("Vater" / "Father").
"""

from __future__ import annotations

import re
from typing import TypeVar

from ..facts.languages import QUANTITY_WORDS
from ..facts.numberwords import is_number_word_in
from ..models import MatchResult, Span
from ..normalize import fold
from . import wordnet
from .anchors import NAME_VECTORS, german_names, name_key, same_name
from .citations import cited_alike
from .compoundnames import hyphen_parts
from .conventional import conventional_name
from .embed import Embedder
from .leadin import ARTICLES, given_speakers
from .namewords import mere_pair, mere_word, nicknames
from .ordinals import ordinal_value
from .placeholders import common_capital
from .plaincapitals import rendered_lower
from .roles import _PREPOSITIONS, _words
from .spaced import between_spaces
from .stems import STOPWORDS
from .unitsets import unit_members

R = TypeVar("R", bound=MatchResult)

NAME = "name"
TITLE_VECTORS = 0.55
"""From this word-vector similarity a capitalised pair whose English word is a common noun is
a title rendered (:func:`_title`); two people's surnames measured 0.44-0.51."""
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_GERMAN_ADJECTIVE = re.compile(r"^[a-zäöüß]+(?:en|em|er|es|e)$")
"""A German inflected adjective before a capitalised noun ("den ganzen Tag"): no name."""


def flag_paired_names(result: R, text: str, embedder: Embedder, quote: str = "") -> R:
    """``result`` with the ``name`` flag, and a CHECK naming both, when one of its word pairs
    (the evidence's "quote/passage" words) pairs two people's names, or when ``quote`` has
    one name the passage does not spell, with no counterpart, and the passage one other
    (see the module)."""
    evidence = getattr(result, "evidence", None)
    if result.status != "reworded" or evidence is None or NAME in result.flags:
        return result
    languages = (evidence.quote_language, evidence.language)
    if "de" in languages:
        return result
    split = [w.split("/", 1) for w in evidence.shared_words if "/" in w]
    sides = (quote, result.span.slice(text) if result.span is not None else "")
    cited = cited_alike(*sides)  # "Civil Code" / "ГК": one code (.citations)
    pairs = [
        (q, p) for q, p in split
        if name_pair(q, p, languages, text) and not mere_pair((q, p), languages, sides)
        and not {q, p} <= cited
    ]  # fmt: skip
    if not pairs and result.span is not None and quote:  # one name each side, unpaired
        alone = _unpaired(quote, text, result.span, languages, {w for s in split for w in s})
        alone = None if alone is not None and set(alone) <= cited else alone
        pairs = [alone] if alone is not None and name_pair(*alone, languages, text) else []
    if not pairs:
        return result
    vectors = embedder([w for pair in pairs for w in pair])
    swapped = [
        pair for i, pair in enumerate(pairs)
        if not _title(pair, languages, float(vectors[2 * i] @ vectors[2 * i + 1]))
    ]  # fmt: skip
    if not swapped:
        return result
    result.flags = [*result.flags, NAME]
    result.reason = result.reason.replace(
        "the source says this ", "the source has this passage ", 1
    )
    result.reason += (
        "; CHECK: names differ ("
        + "; ".join(f"{q} not there; it names {p} in its place" for q, p in swapped)
        + ")"
    )
    return result


def _title(pair: tuple[str, str], languages: tuple[str, str], similarity: float) -> bool:
    """Whether a capitalised pair is one name in two languages (from :data:`NAME_VECTORS`), or
    a title rendered ("Pope/Папа" 0.66, "Tsar/Царь" 0.60, "Bishop/Епископ" 0.56 opening a
    sentence): its English word a common noun (:func:`~.wordnet.common_noun`) and the pair
    nearer than two people's surnames are (0.44-0.51)."""
    if similarity >= NAME_VECTORS[1]:
        return True
    english = [word for word, language in zip(pair, languages, strict=True) if language == "en"]
    return similarity >= TITLE_VECTORS and any(wordnet.common_noun(w) for w in english)


def name_pair(quote: str, passage: str, languages: tuple[str, str], text: str) -> bool:
    """Whether a quote word and its passage counterpart are two people's names: both
    capitalised, no function words, in two scripts, neither spelling the other, and the
    passage's word never printed in lower case in ``text``."""
    for word, language in zip((quote, passage), languages, strict=True):
        if not _capitalised(word, language):  # "Тысячи/Thousands" opening it: no names
            return False
        if common_capital(word, language):  # a manual's placeholder: "ЧИСЛО/NUM"
            return False
    if cyrillic(quote) == cyrillic(passage) or same_name(name_key(quote), name_key(passage)):
        return False  # in one script a name is spelled alike: "Hence/Wherefore" are words
    if conventional_name(quote, passage):  # "Марфа/Martha": one name by convention
        return False
    return f" {passage.casefold()}" not in text and not nicknames((quote, passage), languages)


def _unpaired(quote: str, text: str, span: Span, languages: tuple[str, str],
              paired: set[str]) -> tuple[str, str] | None:  # fmt: skip
    """The quote's one capitalised word the passage does not spell and the passage's one
    other name (:func:`unspelled`, :func:`other_names`), neither of them in a word pair."""
    passage = _WORD.findall(span.slice(text))
    missing = [
        w for w in unspelled(quote, languages[0], span.slice(text))
        if w not in paired and not rendered_lower(w, languages[0], passage, languages[1])
    ]  # fmt: skip
    others = [
        w for w in other_names(quote, text, span, languages[1], given=False) if w not in paired
    ]  # the speaker given beside the passage is .leadin's: a frame names whom it compares
    others = one_person(others, span.slice(text))
    return (missing[0], others[0]) if len(missing) == 1 and len(others) == 1 else None


def one_person(names: list[str], passage: str) -> list[str]:
    """``names`` (a passage's, in order), or its last when they stand together there: one
    person's title and name ("Папа Климент"), or full name.

    >>> one_person(["Папа", "Климент"], "Папа Климент V принял послов")
    ['Климент']
    >>> one_person(["Пётр", "Анна"], "Пётр и Анна")
    ['Пётр', 'Анна']
    """
    return names[-1:] if len(names) > 1 and " ".join(names) in passage else names


def cyrillic(word: str) -> bool:
    """Whether ``word`` has a Cyrillic letter."""
    return any("\u0400" <= c <= "\u04ff" for c in word)


def _determined(previous: str) -> bool:
    return previous.casefold() in ARTICLES or bool(_GERMAN_ADJECTIVE.match(previous))


def _capitalised(word: str, language: str) -> bool:
    """A capitalised word that may be a name: no function word, no number word ("Fifteen"
    opening a sentence), no word of quantity ("Thousands"), no ordinal ("the Eighth", "VIII":
    a regnal number, :mod:`.ordinals`)."""
    return (
        word[:1].isupper()
        and word.casefold() not in STOPWORDS.get(language, ())
        and not is_number_word_in(word, language)
        and fold(word) not in QUANTITY_WORDS.get(language, ())
        and ordinal_value(word, language) is None
        and not unit_members(word)  # "Цельсию" / "Centigrade": one scale (.unitsets)
    )


def unspelled(quote: str, language: str, passage: str) -> list[str]:
    """The quote's capitalised words (its names, a sentence's first one included: "Radek did
    not agree") that no word of ``passage`` spells, in any script, whole or a part of a
    compound ("ID" / "Gruppen-ID-Bits": :func:`~.compoundnames.hyphen_parts`)."""
    found = _WORD.findall(passage)
    words = [w for w in (*found, *hyphen_parts(found)) if len(w) > 1]
    own = _WORD.findall(quote)
    nouns = _german_nouns(quote) if language == "de" else set()
    return [
        w for w in dict.fromkeys(own)
        if _capitalised(w, language) and not _spelled(w, words)
        and not mere_word(w, language, quote) and w not in nouns
    ]  # fmt: skip


def _german_nouns(text: str) -> set[str]:
    """The capitalised words of a German ``text`` that are common nouns where they stand:
    after an article, an adjective or a number ("Das Programm cruft-ng löscht": walk113
    ab-de-05 compared "Programm" as a person; "64 Kilobyte"), or in a form no name takes
    (:func:`~.anchors.german_names`, :func:`~.germancommon.inflected_noun`)."""
    words = _WORD.findall(text)
    capitalised = tuple(w for w in words if w[:1].isupper())
    after = {
        w for i, w in enumerate(words) if w[:1].isupper() and i > 0 and _determined(words[i - 1])
    }
    return after | (set(capitalised) - set(german_names(text, capitalised)))


def _spelled(name: str, words: list[str]) -> bool:
    """Whether one of ``words`` spells ``name``: by its key, or by convention or sound across
    scripts ("Лоу" / "Lowe", "Иаков" / "Jacob": :mod:`.conventional`)."""
    key = name_key(name)
    return any(same_name(key, name_key(w)) or conventional_name(name, w) for w in words)


def other_names(
    quote: str, text: str, span: Span, language: str, *, given: bool = True
) -> list[str]:
    """The passage's capitalised words (and with ``given`` the speaker given beside it,
    :mod:`.leadin`) that no word of the quote spells, whole or a part of a compound
    ("Gruppen-ID-Bits" of "group ID"): never printed in lower case in ``text`` ("Bald"
    opening a sentence is "bald" elsewhere), in German not a noun after its article or
    adjective."""
    quote_words = [w for w in _WORD.findall(quote) if len(w) > 1]
    passage = span.slice(text)
    words = _WORD.findall(passage)
    nouns = _german_nouns(passage) if language == "de" else set()
    found = [
        w for i, w in enumerate(words)
        if _capitalised(w, language) and len(w) > 1 and not between_spaces(w.casefold(), text)
        and w not in nouns
        and not mere_word(w, language, passage)
    ]  # fmt: skip
    found += list(given_speakers(text, span, language)) if given else []
    return [
        w for w in dict.fromkeys(found)
        if not any(_spelled(part, quote_words) for part in (w, *hyphen_parts([w])))
    ]  # fmt: skip


def placed_name(sentence: str, name: str, language: str) -> bool:
    """``name`` right after a preposition in ``sentence`` ("to Vienna", "nach Wien", "в
    Москву"): a place or a thing's owner, not the one who acts, whose name is what differs."""
    prepositions = _words(_PREPOSITIONS, language)
    words = [fold(w) for w in _WORD.findall(sentence)]
    key = fold(name)
    return any(w == key and i > 0 and words[i - 1] in prepositions for i, w in enumerate(words))

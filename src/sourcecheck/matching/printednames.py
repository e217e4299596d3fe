"""Names printed as they are: a word in Latin letters in a Russian text ("в поле Maintainer",
"в debian-devel"), and a capitalised name of the quote against a passage's common word.

A Russian translation of technical documentation keeps field names, package names and
product names in Latin letters: such a word is the thing named, not a rendering. A claim's
word is its counterpart only when spelled the same (or with the same stem): the word vectors
paired "Co-maintainers" with "Maintainer" (:func:`without_respelled`). A claim's name that the
Russian passage does not print, where it prints another word in Latin letters that the claim
does not, names another thing in its place: the ``name`` flag (:func:`latin_stand_in`):
"Uploaders" / "в поле Maintainer" was reported "not there" with no flag.

In one language a name is shared with a passage's word by its spelling key, and a key that
begins another ("uploader" / "upload") counted as the same name: the name prefix rule is for
case endings ("Кюльмана"). A capitalised name (a field: "the Uploaders field") that the
passage says only as a lower-case word of another form ("upload") is not there
(:func:`word_only`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .anchors import AnchorComparison, name_key
from .contrary import without_pairs
from .nameslots import slot_substituted
from .stems import content_stems
from .wordpairs import Alignment, written_as

NAME = "name"
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


_ROMAN = re.compile(r"[IVXLCDM]+")
"""A Roman numeral, printed in Latin letters in Russian too ("Карл IV"): a number, no name
(the regnal ordinals pair it with "Fourth": :mod:`.ordinalpairs`)."""


def _latin_in(word: str, language: str) -> bool:
    """Whether ``word`` is printed in Latin letters in a text of ``language`` in Cyrillic (a
    Roman numeral aside)."""
    return (
        language == "ru"
        and bool(_LATIN.search(word))
        and not _CYRILLIC.search(word)
        and not _ROMAN.fullmatch(word)
    )


def without_respelled(alignment: Alignment, language: str, passage_language: str) -> Alignment:
    """``alignment`` without its pairs across languages where one word is printed in Latin
    letters in a Russian text and the other is not the same word (by stem in English, case
    aside): "Co-maintainers" / "Maintainer" is no counterpart; "Debian" / "Debian" stays.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> a = Alignment(2, (WordPair("Co-maintainers", 0, "Maintainer", 20, 0.7),
    ...                   WordPair("field", 30, "поле", 14, 0.8)))
    >>> [p.passage for p in without_respelled(a, "en", "ru").pairs]
    ['поле']
    """
    if language == passage_language or "ru" not in (language, passage_language):
        return alignment
    dropped = [
        p
        for p in alignment.pairs
        if (_latin_in(p.quote, language) or _latin_in(p.passage, passage_language))
        and not _same_spelling(p.quote, p.passage)
    ]
    if not dropped:
        return alignment
    return without_pairs(alignment, {i for i, p in enumerate(alignment.pairs) if p in dropped})


def _same_spelling(word: str, other: str) -> bool:
    """Whether two words are one word as printed: case aside, or the same English stem."""
    if word.casefold() == other.casefold():
        return True
    if _CYRILLIC.search(word) or _CYRILLIC.search(other):
        return False
    return content_stems([word], "en") == content_stems([other], "en") != []


def latin_stand_in(
    comparison: AnchorComparison, quote: str, language: str, passage: str, passage_language: str
) -> AnchorComparison:
    """``comparison`` with the ``name`` flag when a name of the quote (not in Russian) is
    not in the Russian ``passage`` and the passage prints, in Latin letters, a capitalised
    word the quote does not print (see the module), that word among its other names; else
    as it is.

    >>> c = AnchorComparison((), ("Uploaders",), (), None, None, ())
    >>> q = "Co-maintainers add themselves to the Uploaders field."
    >>> r = latin_stand_in(c, q, "en", "Они добавляют себя в поле Maintainer.", "ru")
    >>> r.flags, r.other_names
    (('name',), ('Maintainer',))
    >>> latin_stand_in(c, q, "en", "Они добавляют себя в поле Мейнтейнер.", "ru").flags
    ()
    """
    if NAME in comparison.flags or passage_language != "ru" or language == "ru":
        return comparison
    if not any(_latin_in(n, passage_language) for n in comparison.missing_names):
        return comparison
    printed = {w.casefold() for w in _WORD.findall(quote)}
    others = [
        w
        for w in dict.fromkeys(_WORD.findall(passage))
        if w[:1].isupper() and _latin_in(w, passage_language) and w.casefold() not in printed
    ]
    if not others:
        return comparison
    named = tuple(dict.fromkeys((*comparison.other_names, *others)))
    return replace(comparison, other_names=named, flags=(*comparison.flags, NAME))


def latin_quoted(
    comparison: AnchorComparison, quote: str, language: str, passage: str, passage_language: str
) -> AnchorComparison:
    """The other way round of :func:`latin_stand_in`: a word in Latin letters of a Russian
    quote ("в поле Maintainer") is a name the passage shares only when it prints the same word
    ("co-maintainer" spells a key near "maintainer", and the name was shared); one it does not
    print, where the passage names something the quote does not print ("the Uploaders
    field"), is the ``name`` flag.

    >>> c = AnchorComparison(("Maintainer",), (), ("Uploaders",), None, None, ())
    >>> q = "Помощник сопровождающего вписывает имя в поле Maintainer."
    >>> r = latin_quoted(c, q, "ru", "A co-maintainer adds his name to the Uploaders field.", "en")
    >>> r.flags, r.missing_names
    (('name',), ('Maintainer',))
    """
    if language != "ru" or passage_language == "ru":
        return comparison
    printed = {w.casefold() for w in _WORD.findall(passage)}
    moved = [
        n for n in comparison.shared_names
        if _latin_in(n, language) and n.casefold() not in printed
        and not any(_same_spelling(n, w) for w in printed)
    ]  # fmt: skip
    missing = [*comparison.missing_names, *moved]
    if not any(_latin_in(n, language) for n in missing):
        return comparison
    quoted = {w.casefold() for w in _WORD.findall(quote)}
    words = [(m.start(), m.group()) for m in _WORD.finditer(passage)]
    others = [n for n in comparison.other_names if n.casefold() not in quoted]
    if passage_language != "de":
        others += [w for at, w in words if w.casefold() not in quoted
                   and written_as(passage, at, w, passage_language) == "name"]  # fmt: skip
    read = replace(
        comparison,
        shared_names=tuple(n for n in comparison.shared_names if n not in moved),
        missing_names=tuple(missing),
        other_names=tuple(dict.fromkeys((*comparison.other_names, *others))),
    )
    if not others or NAME in read.flags:
        return read
    return replace(read, flags=(*read.flags, NAME))


def word_only(
    comparison: AnchorComparison,
    quote: str,
    language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
) -> AnchorComparison:
    """``comparison`` with the quote's names that the passage (in the same language, one
    that capitalises names only) says only as a lower-case word of another form moved to
    the names not there, and the ``name`` flag when another name stands in its place
    (:func:`.nameslots.slot_substituted`).

    >>> c = AnchorComparison(("Uploaders",), (), ("Maintainer",), None, None, ())
    >>> q = "Add yourself to the Uploaders field to upload it."
    >>> p = "Add yourself to the Maintainer field to upload it."
    >>> word_only(c, q, "en", p, "en", Alignment(0, ())).missing_names
    ('Uploaders',)
    """
    if language != passage_language or language not in ("en", "ru"):
        return comparison
    words = [(m.start(), m.group()) for m in _WORD.finditer(passage)]
    moved = [
        name
        for name in comparison.shared_names
        if _said_as_word_only(name, passage, words, language)
    ]
    if not moved:
        return comparison
    printed = {w.casefold() for w in _WORD.findall(quote)}
    others = [  # the passage's names the quote does not print ("Maintainer" / "Co-maintainers")
        w for at, w in words
        if w.casefold() not in printed and written_as(passage, at, w, language) == "name"
    ]  # fmt: skip
    read = replace(
        comparison,
        shared_names=tuple(n for n in comparison.shared_names if n not in moved),
        missing_names=(*comparison.missing_names, *moved),
        other_names=tuple(dict.fromkeys((*comparison.other_names, *others))),
    )
    return slot_substituted(read, quote, passage, alignment)


def _said_as_word_only(
    name: str, passage: str, words: list[tuple[int, str]], language: str
) -> bool:
    """Whether the passage's words with ``name``'s key or one it begins are all written as
    common words (lower case) of another form: none spells the name's key itself."""
    key = name_key(name)
    near = [
        (at, w)
        for at, w in words
        if len(w) > 1
        and (k := name_key(w))
        and (k == key or key.startswith(k) or k.startswith(key))
    ]
    if not near or any(name_key(w) == key or w.casefold() == name.casefold() for _, w in near):
        return False
    return all(written_as(passage, at, w, language) == "word" for at, w in near)

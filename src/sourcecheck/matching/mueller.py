"""Müller's English-Russian dictionary: the Russian side's lexicon (issue 10).

FreeDict's English-Russian dictionary, the only one between English and Russian in Debian's
FreeDict packages, is 26 KB: read backwards, it gave an English word for 23% of the Russian
content words of the labelled set and 12% of those of the Debian walkthroughs' texts, so a
Russian word was mostly "without a counterpart", and its offices and opposites were not read.
V. K. Müller's English-Russian dictionary (7th edition, 1961; electronic version by S.
Starostin and E. S. Cymbalyuk under the GNU GPL, Debian's ``mueller7-dict``, 3 MB, the same
``dictd`` format as FreeDict's, read by :class:`.bilingual.Dictionary`) has 46,000 entries:
read backwards it gives one for 80% and 77% of them (measured 2026-11-28: the words of
``bench/data/meaning*.yaml``'s Russian sides and walk111-113's Russian texts).

Its entries are written for a reader, not for a program::

    governor
       [↗gʌvɜnɜ] _n.
       1) правитель
       2) губернатор
       3) комендант (крепости); начальник (тюрьмы)
       5) _разг. отец

Senses are numbered ("1)", "2.", "_I" for a homonym), translations within a sense are
separated by commas and semicolons, labels are ``_разг.``, explanations stand in brackets, and
examples follow their sense in the same line: "память; in memory of smb. в память кого-л.".
:func:`translations_of` reads the one-word translations in the order they are given (the
first senses first: a Russian word is read as the English word of which it is the first
translation before one of which it is a fifth, "отец" as "father" before "governor"): a part
of a sense with any Latin letter is an example and is skipped whole, and a word followed by a
comma and a phrase ("человек, ведущий дневник") is the head of a definition, not a
translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .morph_ru import dictionary_forms
from .stems import content_stems

DATABASE = "mueller7"
"""The ``dictd`` database's name (``mueller7.index``, ``mueller7.dict.dz``)."""
ENGLISH_HEADWORD = re.compile(r"[a-z][a-z'\-]*")
"""A headword that is an English word (the database also lists its own labels, "_a.", "тж.")."""
READING = 1
"""The version of how entries are read: a change makes new cached tables (:mod:`.dicttable`)."""
SENSES = 3
"""Read backwards, the senses of an entry (of each part of speech) whose translations give its
English headword: a later sense is a rarer one ("slack": "4) медленный"; "governor": "5)
отец"), and a Russian word read as one gains an English word it seldom means, which WordNet
may set against the claim's (:mod:`.crossantonyms`: "quickly" / "медленно" was read as a
rendering through "slack")."""
STEM = "*"
"""Marks a key of the backwards table that is a Snowball stem, not a word."""

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SENSE = re.compile(r"(?:^|\s)(?:\d+\)|\d+\.|_[IVX]+(?=\s))\s")
_LABEL = re.compile(r"_[^\s.]+\.?")
_LATIN = re.compile(r"[A-Za-z]")
_RUSSIAN = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
_LITTLE = frozenset("быть себя свой что кто как по в на с к о от для и или".split())
"""Words of a translation that are not the translation ("быть одетым" is "одетым"); "не" is
no such word ("forbid": "запрещать; не позволять")."""


def translations_of(entry: str) -> list[str]:
    """The Russian one-word translations of a Müller entry (its headword on the first line),
    lower case, ё as е, in the entry's order (see the module).

    >>> translations_of("governor\\n   [x] _n.\\n   1) правитель\\n   2) губернатор\\n"
    ...                 "   3) комендант (крепости); начальник (тюрьмы)\\n   5) _разг. отец")
    ['правитель', 'губернатор', 'комендант', 'начальник', 'отец']
    >>> translations_of("memory\\n   [x] _n.\\n   1) память; in memory of smb. в память\\n"
    ...                 "   кого-л.; to the best of my memory насколько я помню\\n"
    ...                 "   2) воспоминание")
    ['память', 'воспоминание']
    >>> translations_of("diarist\\n   [x] _n. человек, ведущий дневник")
    []
    >>> translations_of("forbid\\n   [x] _v. запрещать; не позволять")
    ['запрещать']
    """
    return [word for word, _ in ranked_translations(entry)]


def ranked_translations(entry: str) -> list[tuple[str, int]]:
    """:func:`translations_of` with each translation's sense: 0 for the first numbered sense
    of its part of speech ("stand": "1. _n. 1) остановка ... 2. _v. 1) стоять" gives
    "стоять" 0), 1 for the second ("governor": "2) губернатор").

    >>> ranked_translations("stand\\n 1. _n. 1) остановка\\n 2. _v. 1) стоять\\n 2) вставать")
    [('остановка', 0), ('стоять', 0), ('вставать', 1)]
    """
    _, _, body = entry.partition("\n")
    text = _BRACKETS.sub(" ", " ".join(line.strip() for line in body.split("\n")))
    found = []
    for marker, part in _senses(text):
        sense = int(marker[:-1]) - 1 if marker and marker.endswith(")") else 0
        for piece in part.split(";"):
            piece = _LABEL.sub(" ", piece)
            if _LATIN.search(piece):
                continue  # an example, or a reference to another entry
            items = [_words(item) for item in piece.split(",")]
            for i, words in enumerate(items):
                defined = i + 1 < len(items) and len(items[i + 1]) > 1
                if len(words) == 1 and not defined:
                    found.append((words[0], sense))
    return found


def _senses(text: str) -> list[tuple[str | None, str]]:
    """(the marker opening it, "2)", "1." or "_I", or None for the entry's start; its text) of
    each numbered part of an entry's text."""
    parts: list[tuple[str | None, str]] = []
    at, marker = 0, None
    for found in _SENSE.finditer(text):
        parts.append((marker, text[at : found.start()]))
        marker, at = found.group().strip(), found.end()
    parts.append((marker, text[at:]))
    return parts


def _words(item: str) -> list[str]:
    """The words of one translation that are not function words nor "кого-л."'s kind."""
    words = _RUSSIAN.findall(item.casefold().replace("ё", "е"))
    return [w for w in words if w not in _LITTLE and not w.endswith("-л")]


def backwards(entries: Iterable[tuple[str, str]]) -> Iterator[tuple[str, list[str]]]:
    """(key, English headwords) of the dictionary read backwards, from its (headword, entry)
    pairs: each Russian translation of the first :data:`SENSES` senses as written, and its
    Snowball stem marked with :data:`STEM`, with the headwords that give it, the first
    senses' first.

    >>> dict(backwards([("governor", "governor\\n 1) правитель\\n 2) губернатор\\n 5) отец"),
    ...                 ("father", "father\\n 1) отец")]))["отец"]
    ['father']
    """
    ranks: dict[str, dict[str, int]] = {}
    for head, entry in entries:
        if not ENGLISH_HEADWORD.fullmatch(head):
            continue
        for word, sense in ranked_translations(entry):
            if sense >= SENSES:
                continue
            for key in (word, *(STEM + s for s in content_stems([word], "ru"))):
                found = ranks.setdefault(key, {})
                found[head] = min(sense, found.get(head, sense))
    for key, heads in ranks.items():
        yield key, sorted(heads, key=heads.__getitem__)


def english_of(word: str, table: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The English headwords of ``table`` (:func:`backwards`) that translate the Russian
    ``word``: its own form's ("особенно": "especially", not the adjective "особенный"'s
    "special"), else its dictionary forms' (pymorphy3's: "кровати" is "кровать"), else its
    Snowball stem's ("губернатора", like "губернатор")."""
    found = table(word.casefold().replace("ё", "е"))
    if not found:
        forms = sorted(dictionary_forms(word))
        found = tuple(dict.fromkeys(h for form in forms for h in table(form)))
    if not found:
        stems = content_stems([word], "ru")
        found = table(STEM + stems[0]) if stems else ()
    return found

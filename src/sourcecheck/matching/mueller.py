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

DATABASE = "mueller7"
"""The ``dictd`` database's name (``mueller7.index``, ``mueller7.dict.dz``)."""
ENGLISH_HEADWORD = re.compile(r"[a-z][a-z'\-]*")
"""A headword that is an English word (the database also lists its own labels, "_a.", "тж.")."""

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
    _, _, body = entry.partition("\n")
    text = _BRACKETS.sub(" ", " ".join(line.strip() for line in body.split("\n")))
    found = []
    for sense in _SENSE.split(text):
        for part in sense.split(";"):
            part = _LABEL.sub(" ", part)
            if _LATIN.search(part):
                continue  # an example, or a reference to another entry
            items = [_words(item) for item in part.split(",")]
            for i, words in enumerate(items):
                defined = i + 1 < len(items) and len(items[i + 1]) > 1
                if len(words) == 1 and not defined:
                    found.append(words[0])
    return found


def _words(item: str) -> list[str]:
    """The words of one translation that are not function words nor "кого-л."'s kind."""
    words = _RUSSIAN.findall(item.casefold().replace("ё", "е"))
    return [w for w in words if w not in _LITTLE and not w.endswith("-л")]

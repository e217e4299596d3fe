"""A lower-case name in Latin letters of a Russian claim ("команду dcut из пакета dupload")
against a passage that prints another one in its place ("the dcut command from the dput
package"): the ``name`` flag (walk111 ch-name-05).

A Russian translation prints the names of programs and packages as they are, in Latin
letters, and often in lower case ("dupload", "dquilt", "lintian"): no word of Russian, no
capital to mark a name, so :func:`.printednames.latin_quoted` (which reads the quote's names)
and :func:`.technames.other_identifier` (paths, options, hyphenated lists) pass them by.
Such a word that the English or German passage does not print, where the passage prints, at
about the same place of its text (:data:`PLACE`), a lower-case word no dictionary knows and
the claim does not print ("dput"), names another program: :func:`bare_stand_in`. A word the
dictionary knows ("upload", "quilt", "hochladen") is a word the passage may render, no name.
"""

from __future__ import annotations

import re

from .stems import STOPWORDS
from .variants import dictionary_word

PLACE = 0.2
"""How far apart (a share of their texts' lengths) the claim's name and the passage's may
stand: a name in the claim's place, not one of another clause."""
_BARE = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
"""A lower-case Latin word, maybe with digits or joined parts ("dupload", "python3")."""
_TOKEN = re.compile(r"[^\W_](?:[\w.\-/@:]*[^\W_])?")
"""A run of word characters with the joiners of addresses and paths: their parts are read
as one token, never as bare words."""


def _bare_words(text: str, language: str) -> list[tuple[int, str]]:
    """The (offset, word) of the lower-case words of ``text`` in Latin letters that no
    dictionary of ``language`` (nor English's) knows, nor a stop word: names printed as
    they are."""
    found = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if len(word) < 3 or _BARE.fullmatch(word) is None:
            continue  # a path, an address, a capitalised word or one in another script
        if word in STOPWORDS.get(language, ()) or word in STOPWORDS.get("en", ()):
            continue
        if dictionary_word(word, "en") or (language == "de" and dictionary_word(word, "de")):
            continue
        found.append((m.start(), word))
    return found


def _printed(text: str) -> set[str]:
    """The tokens of ``text`` (case-folded), whole ("dh_lintian", "safe-upgrade") and each
    of their parts ("lintian")."""
    tokens = {m.group().casefold() for m in _TOKEN.finditer(text)}
    return tokens | {p for t in tokens for p in re.split(r"[-_./@:]+", t) if p}


def bare_stand_in(
    quote: str, language: str, passage: str, passage_language: str
) -> tuple[str, str] | None:
    """The first (claim's name, passage's name) where a Russian claim prints a lower-case
    Latin name the English or German passage does not, and the passage prints another one
    the claim does not at about the same place (see the module); else None.

    >>> bare_stand_in("Используйте команду dcut из пакета dupload.", "ru",
    ...               "You can use the dcut command from the dput package.", "en")
    ('dupload', 'dput')
    >>> print(bare_stand_in("Используйте команду dcut из пакета dput.", "ru",
    ...                     "You can use the dcut command from the dput package.", "en"))
    None
    """
    if language != "ru" or passage_language not in ("en", "de"):
        return None
    mine = _bare_words(quote, "en")
    printed = _printed(passage)
    missing = [(at, w) for at, w in mine if w not in printed]
    if not missing:
        return None
    quoted = _printed(quote)
    theirs = [(at, w) for at, w in _bare_words(passage, passage_language) if w not in quoted]
    for at, word in missing:
        for there, other in theirs:
            if abs(at / max(len(quote), 1) - there / max(len(passage), 1)) <= PLACE:
                return word, other
    return None

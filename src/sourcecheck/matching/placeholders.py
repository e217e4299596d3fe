"""Words in capitals that are no names: a manual's placeholders, and a common word printed in
capitals whose translation the other side prints in capitals too.

A name is read from its capitals, and a manual prints in capitals the *placeholder* (the
metavariable) that an option takes: "-w, --width=COLS set output width to COLS", "--sort=WORD
sort by WORD". A translation names the placeholder in its own language, and often by another
word: "--width=BREITE" (width), "--sort=КРИТЕРИЙ" (criterion), "--quoting-style=СЛОВО". Read as
names, a true translation came out "names differ (COLS not there; it names BREITE)" (walk112
xc-en-de-05, xc-en-ru-05, xc-ru-en-06). A word in capitals is a placeholder, no name, where the
text sets it as an option's value ("--width=COLS", "sort=КРИТЕРИЙ", "--color[=WHEN]") or prints
it in a synopsis's brackets ("[FILE]..."), and it is an ordinary word of its language (the
dictionary knows it: WordNet, FreeDict's German-English, pymorphy3): every occurrence of it in
that text then is one (:func:`placeholders`). A real name or acronym is none of these:
"SIGPIPE", "NVRAM", "LC_CTYPE" are no dictionary words, and "GNU", "NVRAM", "RAM" stand in no
option's place.

A common word in capitals outside an option ("success is treated as the logical TRUE" /
"Erfolg als logisches WAHR") is paired with the other side's word in capitals that the
dictionary gives as its translation (:func:`with_capitals`), so it is the same "name" there
(walk112 xc-en-de-07); a word in capitals without its translation stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import bilingual
from .germancommon import common_noun
from .morph_ru import common_word
from .variants import dictionary_word
from .wordpairs import Alignment, WordPair, content_positions

_SET = re.compile(r"[^\W\d_][\w-]*\[?=([^\W\d_]+)|\[([^\W\d_]+)\]")
"""An option's value ("--width=COLS", "sort=КРИТЕРИЙ", "--color[=WHEN]") or a synopsis's
bracketed operand ("[FILE]..."): the group is the placeholder, if it is in capitals."""
_SMALL_ENDING = 2
"""Small letters a word in capitals may end with: a plural's ("FILEs", "DATEIen", "IDs")."""
PAIRED = 1.0
"""The similarity a pair of words in capitals that translate each other is given."""


def in_capitals(word: str) -> str | None:
    """The capitals of ``word`` when it is printed in capitals (two letters or more, a plural's
    small ending aside), else None.

    >>> in_capitals("WORD"), in_capitals("FILEs"), in_capitals("DATEIen"), in_capitals("СЛОВО")
    ('WORD', 'FILE', 'DATEI', 'СЛОВО')
    >>> in_capitals("Word"), in_capitals("A"), in_capitals("UTF-8"), in_capitals("McCOY")
    (None, None, None, None)
    """
    head = word.rstrip("abcdefghijklmnopqrstuvwxyzäöüßабвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    if len(word) - len(head) > _SMALL_ENDING or len(head) < 2:
        return None
    return head if head.isalpha() and head.isupper() else None


def placeholders(text: str, language: str) -> frozenset[str]:
    """The words in capitals that ``text`` (in ``language``) uses as placeholders (see the
    module), in capitals without a plural's ending.

    >>> sorted(placeholders("-w, --width=COLS set output width to COLS; see GNU.", "en"))
    ['COLS']
    >>> sorted(placeholders("--sort=WORD sort by WORD; --signal=SIGPIPE", "en"))
    ['WORD']
    """
    found = set()
    for m in _SET.finditer(text):
        head = in_capitals(m.group(1) or m.group(2))
        if head is not None and dictionary_word(head.lower(), language):
            found.add(head)
    return frozenset(found)


CAPITAL_WORD = 4
"""The fewest letters of a word in capitals read as a common word of German or Russian
(:func:`common_capitals`): shorter ones are acronyms as often ("ARD", "ЦК")."""


def common_capitals(language: str, words: Collection[tuple[str, int]]) -> set[int]:
    """Where the German or Russian words in capitals of ``words`` (each word and its start)
    that the dictionary knows as common words start, set as an option's value or not: a
    manual's placeholder ("Zeigt ZAHL Kontextzeilen", "ФАЙЛ", "MUSTER") is no name, and these
    languages' acronyms are no dictionary words ("NVRAM", "ВЦИК"). English keeps its words in
    capitals ("GNU", "RAM" are dictionary words too) but for :func:`placeholders`.

    >>> sorted(common_capitals("ru", [("ФАЙЛ", 0), ("ВЦИК", 5), ("ЧИСЛО", 10), ("Иван", 16)]))
    [0, 10]
    """
    if language not in ("de", "ru"):
        return set()
    return {at for word, at in words if common_capital(word, language)}


def common_capital(word: str, language: str) -> bool:
    """Whether ``word`` is printed in capitals (:func:`in_capitals`, four letters or more) and
    is a common word of ``language``'s dictionary: a German noun and no place's name
    ("DATEI", not "BERLIN"), a Russian word and no name ("ЧИСЛО", not "МОСКВА"), an English
    word (WordNet: "FILE", "WORD"; "RAM", "GNU" too, so English asks only of a pair)."""
    head = in_capitals(word)
    if head is None or len(head) < CAPITAL_WORD or not dictionary_word(head.lower(), language):
        return False
    if language == "ru":
        return common_word(head)  # not a name by the dictionary ("МОСКВА")
    if language == "de":
        return common_noun(head)  # not a place ("BERLIN"), an adverb ("SOBALD")
    return language == "en"


def placeholder_starts(text: str, language: str, words: Collection[tuple[str, int]]) -> set[int]:
    """Where the placeholders of ``text`` (:func:`placeholders`) start, of ``words`` (each
    word and its start): every occurrence, set as an option's value or not, in any case
    ("сортировать по КРИТЕРИЮ" after "--sort=КРИТЕРИЙ": :func:`~.anchors.name_key`).

    >>> placeholder_starts("--sort=WORD sort by WORD", "en", [("sort", 2), ("WORD", 7),
    ...     ("sort", 12), ("by", 17), ("WORD", 20)])
    {20, 7}
    """
    if "=" not in text and "[" not in text:
        return set()
    from .anchors import name_key  # anchors reads its names with this module

    keys = {name_key(head) for head in placeholders(text, language)}
    return {at for word, at in words if keys and (head := in_capitals(word))
            and name_key(head) in keys}  # fmt: skip


def with_capitals(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with each word of the quote in capitals that has no counterpart paired
    with the passage's first word in capitals without one that a dictionary gives as its
    translation, in either direction ("TRUE" / "WAHR", "WORD" / "СЛОВО"; see the module):
    across languages only.

    >>> a = with_capitals(Alignment(1, ()), "the logical TRUE", "en",
    ...                   "als logisches WAHR", "de")
    >>> [(p.quote, p.passage) for p in a.pairs] if bilingual.available() else [("TRUE", "WAHR")]
    [('TRUE', 'WAHR')]
    """
    if language == passage_language:
        return alignment
    taken = {p.passage_at for p in alignment.pairs}
    paired = {p.quote_at for p in alignment.pairs}
    theirs = [(at, word, head) for at, word in content_positions(passage, passage_language)
              if at not in taken and (head := in_capitals(word)) is not None]  # fmt: skip
    added = []
    for start, word in content_positions(quote, language):
        mine = in_capitals(word)
        if mine is None or start in paired or not theirs:
            continue
        found = next(((at, word) for at, word, head in theirs if at not in taken and
                      bilingual.translate_each_other(mine.lower(), language, head.lower(),
                                                     passage_language)), None)  # fmt: skip
        if found is not None:
            taken.add(found[0])
            added.append(WordPair(word, start, found[1], found[0], PAIRED))
    return alignment.with_pairs(added) if added else alignment

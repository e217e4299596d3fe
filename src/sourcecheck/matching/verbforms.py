"""German verb forms read as their infinitives for the dictionary lookup (issue 10).

FreeDict's German-English dictionary (:mod:`.bilingual`) lists a verb's meanings under its
infinitive ("heben": "lift", "raise"; "aufhören": "stop", "cease"). Its entries of a strong
verb's past or present form ("hob", "hebt") translate that form only by the English form of
one sense ("heaved", "hoisted"), and a weak verb's past with a separable particle
("aufhörte") is no headword at all, nor are its Snowball stem's headwords ("aufhort"). So
"Im Frühjahr hob er die Preise" was not read against "he lowered the prices", nor "Als die
Violine zu spielen aufhörte" against "When the violin began playing": the form's translations
knew no opposite. Here a form is read as its infinitive too (:func:`infinitives`):

- an entry of an inflected form has no part of speech after its headword and names the verb
  it is a form of first on its "see:" line ("hob" ... "see: {etw. heben}, {hochheben}, ...,
  {hebend}, ..."): that infinitive (kept per headword in a cached table, :mod:`.dicttable`);
- a word with no entry is read as a weak verb's form ("aufhörte", "arbeiteten", "spielt"):
  its ending (-te, -ten, -test, -tet, -t, -st, with their -e- forms) replaced by "-en", when
  that is a headword; or else as a strong verb's past with a person's ending the listed form
  lacks ("hoben", "gingen": "hob", "ging").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from .dicttable import Table, open_table

if TYPE_CHECKING:
    from .bilingual import Dictionary

KIND = "-infinitives"
"""The cached table's name beside the database's translations (:func:`.dicttable.table_path`)."""
WEAK_ENDINGS = ("etest", "eten", "etet", "ete", "test", "ten", "tet", "te", "est", "et", "st",
                "t")  # fmt: skip
"""A German weak verb's endings of its past and present (longest first): "-te" of "aufhörte"."""
PERSON_ENDINGS = ("en", "st", "t", "e")
"""The endings a strong verb's past adds to the form FreeDict lists ("hob"): "hoben", "hobst"."""
_SEE = re.compile(r"^\s*see:(.*)$", re.MULTILINE)
_ITEM = re.compile(r"\{([^}]*)\}")
_OBJECT = re.compile(r"\b(?:etw|jdn|jdm|jds|sich)\b\.?", re.IGNORECASE)
_INFINITIVE = re.compile(r"[a-zäöüß]+(?:en|ern|eln)")
_tables: WeakKeyDictionary[Dictionary, Table | None] = WeakKeyDictionary()


def infinitive_of(entry: str) -> str | None:
    """The infinitive an entry of an inflected form names first on its "see:" line, or None
    for an entry of a lemma (a part of speech after its headword: "<v>", "<n>") or without one.

    >>> infinitive_of("hob /hˈoːp/\\nheaved\\n\\n see: {etw. heben}, {hochheben}, {hebend}")
    'heben'
    >>> print(infinitive_of("aufhören /ˈaʊf/ <v, intr>\\nquit <v>\\n see: {aufgeben}"))
    None
    """
    first = entry.split("\n", 1)[0]
    if "<" in first:
        return None  # a lemma's entry: its "see:" names other words
    see = _SEE.search(entry)
    if see is None:
        return None
    for item in _ITEM.findall(see.group(1)):
        words = _OBJECT.sub(" ", item).split()
        if len(words) != 1:
            continue
        word = words[0]
        if word.endswith("end"):
            return None  # the present participles come after the infinitives
        if _INFINITIVE.fullmatch(word):
            return word
    return None


def _entries(book: Dictionary) -> Iterator[tuple[str, list[str]]]:
    for head, entry in book.entries():
        infinitive = infinitive_of(entry)
        if infinitive is not None and infinitive != head.casefold():
            yield head, [infinitive]


def _table(book: Dictionary) -> Table | None:
    if book not in _tables:
        _tables[book] = open_table(book.path, lambda: _entries(book), KIND)
    return _tables[book]


def infinitives(book: Dictionary, word: str, listed: bool) -> list[str]:
    """The infinitives that the German ``word`` (lower case) is a form of, in ``book``
    (German-English): the one its own entries name when it is ``listed`` as a headword
    ("hob": "heben"), else the weak verb whose form it is when that is a headword
    ("aufhörte": "aufhören"); the word itself never."""
    if listed:
        return _named(book, word)
    for ending in WEAK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            infinitive = f"{word[: -len(ending)]}en"
            if book.offsets(infinitive):
                return [infinitive]
    for ending in PERSON_ENDINGS:  # "hoben": "hob", "heben"
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            named = _named(book, word[: -len(ending)])
            if named:
                return named
    return []


def _named(book: Dictionary, word: str) -> list[str]:
    """The infinitives that the entries of ``word`` (a headword) name."""
    table = _table(book)
    if table is not None:
        return [w for w in table.translations(word) or () if w != word]
    named = (infinitive_of(book.entry(*at)) for at in book.offsets(word))
    return list(dict.fromkeys(w for w in named if w is not None and w != word))

"""One name as two scripts spell it by convention, not by transliteration: "Иаков" / "Jacob",
"Фома" / "Thomas", "Марфа" / "Martha", "Моисей" / "Moses", "Ефрем" / "Ephraim", "Анна" / "Anna";
and an English name as Russian transcribes it by its sound, "Лоу" / "Lowe" (:mod:`.englishnames`).

Russian received the names of the Bible and of antiquity through Greek: a Greek theta became
"ф" where English keeps "th" (Фома, Марфа, Руфь), a beta "в" where English has "b" (Иаков,
Вениамин, Варнава); the Greek nominative's "-s" is English's and not Russian's (Moses /
Моисей); a vowel differs (Ефрем / Ephraim) and a final vowel or "h" is Russian's case ending
or English's spelling (Анна / Anna, Иуда / Judah). :func:`~.anchors.name_key` transliterates,
so these read as two names: "Иаков" was "not there" and Jacob named "in its place", the ``name``
flag on a faithful rendering (walk108 br-03; task names109).

:func:`conventional_name` compares two words of two scripts by a looser key (:func:`loose_key`:
the correspondences above) and, where the keys still differ, by their consonants in order with
the vowels between them free when three consonants or more carry the name, else one vowel run
holding the other's letters ("mois" / "mos"). It is loose: of the 27,612 names, surnames
and places of pymorphy3's dictionary against the names of the King James Bible (1,223) it pairs
2,617 pairs that the transliterating key does not (which pairs 1,517), against the English War
and Peace's (333) 525 (the key: 435), names of two people among them ("Ян" is no "Anna": words
of three letters or more only). So it is asked only of a quote's name and the words of the one
passage that renders it (:mod:`.counterparts`, :func:`~.pairednames.name_pair`), never to
search a text, and never within one script.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..normalize import WORD_RE, latin
from ..texts.language import script
from .anchors import name_key
from .englishnames import english_name
from .wordpairs import Alignment, WordPair, content_positions

WILD_CONSONANTS = 3
"""From this many consonant letters on, the vowels between them may differ ("efrem" /
"efraim"); fewer, and a vowel run must hold the other's letters ("mois" / "mos")."""
_GREEK_ENDING = re.compile(r"(?<=[^aeiou])(?:es|us|as|os|is)$")
_RUNS = re.compile(r"[aeiou]+|[^aeiou]+")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 14)
def loose_key(key: str) -> str:
    """A :func:`~.anchors.name_key` with the Greek correspondences of Russian names read alike:
    "th" as "f", "v" and "w" as "b", a Greek nominative's "-es", "-us", "-as", "-os", "-is" and
    final vowels left out.

    >>> [loose_key(name_key(w)) for w in ("Thomas", "Фома", "Jacob", "Иаков", "Moses")]
    ['fom', 'fom', 'akob', 'akob', 'mos']
    """
    k = key.replace("th", "f").replace("v", "b").replace("w", "b")
    if len(k) > 4:
        k = _GREEK_ENDING.sub("", k)
    return _REPEATS.sub(r"\1", k.rstrip("aeiou") or k)


def conventional_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, one Cyrillic and one Latin, both capitalised words of three
    letters or more, are one name by the conventions of the module.

    >>> conventional_name("Иакова", "Jacob"), conventional_name("Ефрема", "Ephraim")
    (True, True)
    >>> conventional_name("Моисей", "Moses"), conventional_name("Иуда", "Judah")
    (True, True)
    >>> conventional_name("Исаак", "Jacob"), conventional_name("Мария", "Ruth")
    (False, False)
    >>> conventional_name("Jacob", "Jakob"), conventional_name("Ян", "Anna")
    (False, False)
    """
    if {script(a), script(b)} != {"cyrillic", "latin"} or min(len(a), len(b)) < 3:
        return False
    if not (a[:1].isupper() and b[:1].isupper()):
        return False
    cyrillic_word, latin_word = (a, b) if script(a) == "cyrillic" else (b, a)
    if english_name(cyrillic_word, latin_word):  # "Лоу" / "Lowe": by sound (.englishnames)
        return True
    return any(_alike(x, y) for x in _keys(a) for y in _keys(b))


def _keys(word: str) -> set[str]:
    """The loose keys of ``word``: of its :func:`~.anchors.name_key`, and for a Cyrillic word
    also of its transliteration whole, whose ending the key may have taken for a case ending
    ("Ефрем": "efr" and "efrem")."""
    keys = {loose_key(name_key(word))}
    if script(word) == "cyrillic":
        keys.add(loose_key(name_key(latin(word))))
        if "г" in word.casefold():  # "Галле" / "Halle", "Гейне" / "Heine", "Гамбург"
            keys.add(loose_key(name_key(_as_h(word))))
    return keys


def _as_h(word: str) -> str:
    """A Cyrillic word with its first "г" read as an "h" ("Галле": "Халле"): Russian writes
    a German, Dutch or English "h" with a "г" by convention (Hamburg / Гамбург, Heine /
    Гейне, Hegel / Гегель: the first only), as it wrote "h" before "х" came into use."""
    at = word.casefold().index("г")
    return word[:at] + ("Х" if word[at].isupper() else "х") + word[at + 1 :]


def with_conventional_names(
    alignment: Alignment, quote: str, names: Sequence[str], passage: str, language: str
) -> Alignment:
    """``alignment`` with each of the quote's ``names`` that has no counterpart paired with the
    passage's capitalised word that is the same name by convention (:func:`conventional_name`),
    as :func:`~.anchors.with_names` pairs a name with its transliteration. ``language``: the
    quote's. The pairs are appended: their indexes are the alignment's.

    >>> a = with_conventional_names(Alignment(2, ()), "Иаков послал сыновей.", ("Иаков",),
    ...                             "Jacob sent his sons.", "ru")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('Иаков', 'Jacob')]
    """
    wanted = set(names)
    taken = {p.passage_at for p in alignment.pairs}
    paired = {p.quote_at for p in alignment.pairs}
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(passage)]
    added: list[WordPair] = []
    for at, word in content_positions(quote, language):
        if at in paired or word not in wanted:
            continue
        found = next(
            ((p_at, w) for p_at, w in words if p_at not in taken and conventional_name(word, w)),
            None,
        )
        if found is not None:
            added.append(WordPair(word, at, found[1], found[0], 1.0))
            taken.add(found[0])
    return replace(alignment, pairs=(*alignment.pairs, *added)) if added else alignment


def _alike(a: str, b: str) -> bool:
    """Two loose keys alike: equal, or the same consonants with the vowels free (see the
    module)."""
    if a == b:
        return len(a) >= 2
    ours, theirs = _RUNS.findall(a), _RUNS.findall(b)
    if len(ours) != len(theirs) or not a or not b:
        return False
    consonants = sum(len(r) for r in ours if r[0] not in "aeiou")
    for x, y in zip(ours, theirs, strict=True):
        if x == y:
            continue
        if x[0] not in "aeiou" or y[0] not in "aeiou":
            return False
        if consonants < WILD_CONSONANTS and not (set(x) <= set(y) or set(y) <= set(x)):
            return False
    return True

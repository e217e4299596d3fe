"""Two spellings of one name that :func:`.anchors.name_key` reads as one (walk107 rs-06).

- An English possessive is the name itself, as a Russian or German genitive is: "Pierre’s
  childish words" / "детские речи Пьера" was flagged ``name`` ("Pierre’s not there; it names
  Пьера"), while "the childish words of Pierre" was not. The possessive's ending is taken off
  before the key is made ("Pierre’s", "Pierre's", and the plural's "the Rostóvs’").
- An acronym's plural is the acronym: "PCs", "CD-ROMs", "IDs" (English and German print the
  plural of a name in capitals with a small "s") name what "PC", "CD-ROM", "ID" name; the key
  of "PCs" ("pks") was no prefix of "PC"'s ("pk": too short for one), and a retranslation's "on
  PCs that memory is battery-powered CMOS" at "This memory in the PC is battery-backed CMOS"
  came out "names differ (PCs not there; it names RAM)" (walk112 rt-ru-en-08).
- "yo" (or German "jo") after a consonant is the Russian "ё", which the key reads as "е":
  "Fyodor", "Fjodor" / "Фёдор", "Pyotr" / "Пётр", "Semyonov" / "Семёнов".
"""

from __future__ import annotations

import re

_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{2})['’ʼ]s?$")
_YO = re.compile(r"(?<=[bdfgklmnprstvz])[yj]o")


def without_possessive(word: str) -> str:
    """``word`` without an English possessive's ending.

    >>> without_possessive("Pierre’s"), without_possessive("Rostóvs’"), without_possessive("O'Hara")
    ('Pierre', 'Rostóvs', "O'Hara")
    """
    return _POSSESSIVE.sub("", word)


def singular_acronym(word: str) -> str:
    """``word`` without the small "s" of an acronym's plural (two capitals or more before it).

    >>> singular_acronym("PCs"), singular_acronym("CD-ROMs"), singular_acronym("IDs")
    ('PC', 'CD-ROM', 'ID')
    >>> singular_acronym("Is"), singular_acronym("Hans"), singular_acronym("GNU")
    ('Is', 'Hans', 'GNU')
    """
    if word.endswith("s") and word[:-1].isupper() and sum(c.isalpha() for c in word) > 2:
        return word[:-1]
    return word


def yo_as_e(key: str) -> str:
    """A folded Latin key with "yo"/"jo" after a consonant read as "e" (Russian "ё").

    >>> yo_as_e("fyodor"), yo_as_e("fjodor"), yo_as_e("pyotr"), yo_as_e("yorck")
    ('fedor', 'fedor', 'petr', 'yorck')
    """
    return _YO.sub("e", key)

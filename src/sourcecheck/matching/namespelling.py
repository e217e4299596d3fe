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
- German "ö" and "ä" are the "ё" and "е"/"э" of a Russian spelling ("Löbe" / "Лёбе",
  "Göring" / "Гёринг", "Hänisch" / "Хениш"): read as "e" before the key folds them to "o"
  and "a"; so is the German spelling "oe" between consonants ("Loebe", "Goebbels"). (An
  English spelling without the dots, "Lobe", is near enough only in a longer name: "Goring".)
- The French transliteration of Russian names, common in English and French texts of the
  1900s-1930s ("Pourichkevitch", "Milioukov", "Goutchkov", "Tchitchérine"): "ou" is "у",
  "ch" is "ш" and "tch" is "ч"; read so in a Latin name with one of those marks
  (:func:`french_as_english`; "ou" only in a name with a Russian ending: "Rouen" stays
  French), a Cyrillic one is transliterated the English way already.
"""

from __future__ import annotations

import re

from ..normalize import fold, latin

_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{2})['’ʼ]s?$")
_YO = re.compile(r"(?<=[bdfgklmnprstvz])[yj]o")
_UMLAUTS = str.maketrans({"ö": "e", "Ö": "E", "ä": "e", "Ä": "E"})
_OE = re.compile(r"(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])oe(?=[b-df-hj-np-tv-z])")
"""German "oe" for "ö" between consonants ("Loebe", "Goebbels"; not "Monroe", "Zoe")."""
_FRENCH = re.compile(r"tch|itch$|ou.*(?:ov|ev|off|eff|ine|ski|sky|enko|ova|eva|ina)$")
"""The marks of a French transliteration of a Russian name: "tch", "-itch", or "ou" in a name
with a Russian ending ("Pourichkevitch", "Goutchkov", "Milioukov", "Raspoutine"); a French
name's "ou" is left as it is ("Rouen", "Louis", "Rousseau")."""


def umlauts_as_e(word: str) -> str:
    """``word`` with German "ö" and "ä" as "e", the letter a Russian spelling gives them.

    >>> umlauts_as_e("Löbe"), umlauts_as_e("Loebe"), umlauts_as_e("Hänisch"), umlauts_as_e("Monroe")
    ('Lebe', 'Lebe', 'Henisch', 'Monroe')
    """
    return _OE.sub("e", word.translate(_UMLAUTS))


def french_as_english(key: str) -> str:
    """A folded Latin key spelled the French way ("ou", "ch", "tch") spelled the English way.

    >>> french_as_english("pourichkevitch"), french_as_english("milioukov")
    ('purishkevich', 'miliukov')
    >>> french_as_english("tchitcherine"), french_as_english("chamberlain")
    ('chicherine', 'chamberlain')
    >>> french_as_english("rouen"), french_as_english("raspoutine")
    ('rouen', 'rasputine')
    """
    if not _FRENCH.search(key):
        return key
    return key.replace("tch", "\0").replace("ch", "sh").replace("\0", "ch").replace("ou", "u")


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


def latin_key(form: str) -> str:
    """A name's folded form (:func:`~.stems.stem_form`) in folded Latin letters, "ё" and the
    French transliteration read as above (the spellings of one sound follow in the key).

    >>> latin_key("фёдор"), latin_key("pourichkevitch"), latin_key("пуришкевич")
    ('fedor', 'purishkevich', 'purishkevich')
    """
    key = yo_as_e(fold(latin(form)).lower())
    return key if any("\u0400" <= c <= "\u04ff" for c in form) else french_as_english(key)

"""English names as Russian writes them: "Lowe" / "Лоу", "Hale" / "Хейл", "Wright" / "Райт".

Russian renders an English name by its sound (the practical transcription of Ермолович's
rules), not by its letters: a silent final "e" lengthens the vowel before it ("Hale" /
"Хейл", "White" / "Уайт"), "w" is "у" ("Wilson" / "Уилсон"), "aw" and final "ow" are "оу"
("Shaw" / "Шоу", "Lowe" / "Лоу"), "igh" is "ай" ("Knight" / "Найт"), "j" is "дж" ("Jones" /
"Джонс") and "th" is "т" ("Smith" / "Смит"). :func:`~.anchors.name_key` reads a Latin word by
its letters as German and the transliteration tables do ("w" as "v", "j" as "i"), so such a
name was "not there" and its English form named "in its place": a ``name`` flag on a faithful
translation (fresh-clone trial of session 20: "мистера Лоу" / "Mr Lowe").

:func:`russian_spellings` gives the few Cyrillic spellings an English name may have (a vowel's
sound is guessed both ways where English spelling does not tell it: "u" is "у" in "Hughes" and
"а" in "Hunt"); :mod:`.conventional` compares their keys with a Cyrillic word's, only for a
quote's name and the words of the passage that renders it, as it does for the Greek names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from .anchors import name_key, same_name

MAX_SPELLINGS = 16
"""At most this many spellings of one name (each ambiguous vowel doubles them)."""

_SILENT_E = re.compile(r"(?<=[aeiouy][^aeiouy])e$|(?<=[aeiouy][^aeiouy]{2})e$")
LOOSE_FROM = 6
"""Keys of this many letters or more may differ as :func:`~.anchors.same_name` allows (a
vowel the transcription guessed otherwise); shorter ones must be equal."""
_SILENT_ES = re.compile(r"(?<=[aeiouy][^aeiouy])es$")  # "Jones", "Holmes": "Джонс", "Холмс"
_OPEN = re.compile(r"([aeiou])(?=[bcdfgklmnprstvz](?:e[^aeiouy]*$|[iy]$|er|le))")
"""A vowel before one consonant and a final syllable "e..", "-er", "-le", "-y": long, as
in "Baker" / "Бейкер", "Hale" / "Хейл" (the final "e" itself dropped first)."""

# Longest first: each entry is (English letters, Cyrillic spellings).
_CLUSTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("eigh", ("ей",)), ("augh", ("о",)), ("ough", ("о", "оу", "ау")), ("igh", ("ай",)),
    ("tch", ("ч",)), ("sch", ("ш",)), ("dge", ("дж",)),
    ("sh", ("ш",)), ("ch", ("ч",)), ("th", ("т",)), ("ph", ("ф",)), ("ck", ("к",)),
    ("qu", ("кв",)), ("wh", ("у",)), ("ee", ("и",)), ("ea", ("и", "е")), ("ie", ("и", "ай")),
    ("oo", ("у",)), ("ou", ("ау", "у")), ("oa", ("о",)), ("oe", ("оу",)), ("ue", ("ю",)),
    ("aw", ("оу", "о")), ("au", ("о",)), ("ay", ("ей",)), ("ai", ("ей",)), ("ey", ("ей", "и")),
    ("oy", ("ой",)), ("oi", ("ой",)), ("ew", ("ью", "у")), ("gh", ("",)),
)  # fmt: skip
_OPEN_VOWELS = {"a": ("ей",), "i": ("ай",), "o": ("оу", "о"), "u": ("ю",), "e": ("и",)}
_VOWELS = {"a": ("а", "э"), "e": ("е",), "i": ("и",), "o": ("о",), "u": ("у", "а"),
           "y": ("и",)}  # fmt: skip
_CONSONANTS = {
    "b": "б", "c": "к", "d": "д", "f": "ф", "g": "г", "h": "х", "j": "дж", "k": "к", "l": "л",
    "m": "м", "n": "н", "p": "п", "r": "р", "s": "с", "t": "т", "v": "в", "w": "у", "x": "кс",
    "z": "з",
}  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")


@lru_cache(maxsize=1 << 12)
def russian_spellings(name: str) -> tuple[str, ...]:
    """The Cyrillic spellings Russian may give the English name ``name`` (lower case, at
    most :data:`MAX_SPELLINGS`); () when it is not a plain Latin word.

    >>> "лоу" in russian_spellings("Lowe"), "хейл" in russian_spellings("Hale")
    (True, True)
    >>> "райт" in russian_spellings("Wright"), "найт" in russian_spellings("Knight")
    (True, True)
    >>> "джонс" in russian_spellings("Jones"), "уилсон" in russian_spellings("Wilson")
    (True, True)
    """
    word = name.lower()
    if not word.isascii() or not word.isalpha():
        return ()
    word = re.sub(r"^(?:kn|gn)", "n", re.sub(r"^wr", "r", word))
    word = _SOFT_C.sub("s", word)
    word = re.sub(r"([^aeiou])\1", r"\1", word)  # a double consonant is one: "Russell"
    stem = _SILENT_E.sub("", _SILENT_ES.sub("s", word))
    long_vowels = {m.start() for m in _OPEN.finditer(stem)}
    if stem != word:  # "Hale": the vowel before the silent "e"
        last = max((i for i, c in enumerate(stem) if c in "aeiou"), default=None)
        if last is not None:
            long_vowels.add(last)
    parts: list[tuple[str, ...]] = []
    at = 0
    while at < len(stem):
        cluster = next(((c, r) for c, r in _CLUSTERS if stem.startswith(c, at)), None)
        if cluster is not None:
            letters, sounds = cluster
            parts.append(sounds)
            at += len(letters)
            continue
        letter = stem[at]
        if letter == "o" and stem.startswith("ow", at):
            # "Lowe", "Bowles": "оу"; "Brown", "Howard": "ау"
            final = at + 2 == len(stem) or stem[at + 2 : at + 3] in {"l", "e"}
            parts.append(("оу", "ау") if final else ("ау", "оу"))
            at += 2
            continue
        if letter in _OPEN_VOWELS and at in long_vowels:
            parts.append(_OPEN_VOWELS[letter] + _VOWELS.get(letter, ()))
        elif letter == "y" and at == 0:
            parts.append(("й",))
        elif letter == "w" and at + 1 < len(stem) and stem[at + 1] in "aeiouy":
            parts.append(("у",))
        elif letter in _VOWELS:
            parts.append(_VOWELS[letter])
        elif letter == "h" and at > 0:
            parts.append(("",))  # "Sarah", "John": a silent "h" after a vowel or consonant
        else:
            parts.append((_CONSONANTS.get(letter, ""),))
        at += 1
    spellings: list[str] = []
    for combination in product(*parts):
        spellings.append("".join(combination))
        if len(spellings) >= MAX_SPELLINGS:
            break
    return tuple(dict.fromkeys(spellings))


def english_name(cyrillic_word: str, latin_word: str) -> bool:
    """Whether the Cyrillic word (in any case form) spells the English name ``latin_word`` as
    Russian transcribes it.

    >>> english_name("Лоу", "Lowe"), english_name("Хейла", "Hale"), english_name("Уайт", "White")
    (True, True, True)
    >>> english_name("Лоу", "Hale"), english_name("Грин", "Brown")
    (False, False)
    """
    key = name_key(cyrillic_word)
    if len(key) < 2:
        return False
    keys = {name_key(spelling) for spelling in russian_spellings(latin_word)}
    if len(key) < LOOSE_FROM:  # a short name must be spelled so: "Браун" is not "Bowen"
        return key in keys
    return any(same_name(other, key) for other in keys)

"""A name printed as several words on one side and as one on the other.

A place or a thing named in two words in English is often one word in German or Russian, and
a Russian adjective made of it: "the Moon Sound Islands" are "die Moonsund-Inseln" and
"Моонзундские острова". Word by word no name of the quote spells the passage's, so the
passage seemed to name another place (:func:`.anchors.compare_anchors`: a ``name`` flag, or
"names none of the quote's people but others"). Here the quote's runs of adjacent names are
joined ("Moon Sound" -> "MoonSound") and compared, by :func:`.anchors.name_key`, with the
passage's words and with the stem of a Russian adjective of a name ("Моонзундские" ->
"Моонзунд").

The other way, a name joined by hyphens to common words, as German joins them into a compound
("set group ID" / "Gruppen-ID-Bits", "the BSD way" / "BSD-Weise"), names it: the compound's
capitalised parts count as the passage's words (:func:`hyphen_parts`; walk112 xc-en-de-08 was
flagged "ID not there; it names Gruppen-ID-Bits").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Sequence

from ..normalize import WORD_RE

_ADJECTIVE = re.compile(
    r"(?<=[а-яё]{4})(?:ск|цк)(?:ий|ый|ая|ое|ие|ые|ого|ому|ой|ом|их|им|ими|ую|ая)$"
)
"""A Russian adjective's suffix and ending after a name's stem ("моонзунд|ские",
"брест|ский")."""
RUN = 3
"""Adjacent names joined at most."""


def adjective_stem(word: str) -> str | None:
    """The name inside a capitalized Russian adjective of it, or None.

    >>> adjective_stem("Моонзундские"), adjective_stem("Брестского"), adjective_stem("Троцкий")
    ('Моонзунд', 'Брест', None)
    """
    if not word[:1].isupper():
        return None
    found = _ADJECTIVE.search(word.lower())
    return word[: found.start()] if found else None


def hyphen_parts(words: Iterable[str]) -> list[str]:
    """The capitalised parts of the hyphenated ``words``, two letters or more.

    >>> hyphen_parts(["des", "Gruppen-ID-Bits", "BSD-ähnliche", "well-known", "GNU"])
    ['Gruppen', 'ID', 'Bits', 'BSD']
    """
    return [part for word in words if "-" in word for part in word.split("-")
            if len(part) > 1 and part[:1].isupper()]  # fmt: skip


def name_runs(text: str, names: Collection[str]) -> list[tuple[tuple[int, ...], str]]:
    """Runs of 2-``RUN`` adjacent words of ``text`` that are all ``names``: the start of each
    word and the words joined.

    >>> name_runs("Only the Moon Sound Islands held.", {"Moon", "Sound", "Islands"})
    [((9, 14), 'MoonSound'), ((9, 14, 20), 'MoonSoundIslands'), ((14, 20), 'SoundIslands')]
    """
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    runs = []
    for i in range(len(words)):
        for k in range(2, RUN + 1):
            run = words[i : i + k]
            if len(run) == k and all(w in names for _, w in run) and _adjacent(text, run):
                runs.append((tuple(at for at, _ in run), "".join(w for _, w in run)))
    return runs


def _adjacent(text: str, run: list[tuple[int, str]]) -> bool:
    """Whether only spaces or a hyphen part the run's words."""
    return all(text[a + len(w) : b].strip(" -") == "" for (a, w), (b, _) in itertools.pairwise(run))


def word_runs(words: Sequence[str], names: Collection[str]) -> list[tuple[tuple[str, ...], str]]:
    """As :func:`name_runs`, over a text's words in order (no offsets): the names of each
    run and the run joined.

    >>> word_runs(["the", "Moon", "Sound", "Islands"], {"Moon", "Sound"})
    [(('Moon', 'Sound'), 'MoonSound')]
    """
    runs = []
    for i in range(len(words)):
        for k in range(2, RUN + 1):
            run = tuple(words[i : i + k])
            if len(run) == k and all(w in names for w in run):
                runs.append((run, "".join(run)))
    return runs


def spelled_by_run(
    runs: Sequence[tuple[object, str]], passage_words: Collection[str]
) -> dict[int, str]:
    """For each run (by its index) that a passage word spells, joined or as the name inside
    a Russian adjective (:func:`adjective_stem`), that word."""
    from .anchors import name_key, same_name  # anchors uses this module

    keys = []
    for word in dict.fromkeys(passage_words):
        if len(word) > 2 and word[:1].isupper():
            stem = adjective_stem(word)
            keys += [(name_key(word), word)] + ([(name_key(stem), word)] if stem else [])
    found = {}
    for i, (_, joined) in enumerate(runs):
        key = name_key(joined)
        for other, word in keys:
            if len(key) >= 5 and same_name(key, other):
                found[i] = word
                break
    return found


def name_parts(name: str, language: str) -> list[str]:
    """``name`` and the parts of it that are names: its capitalised hyphen parts that the
    dictionary of ``language`` does not know. A German compound of a name and a noun names
    the name ("GNU/Linux-Systems" / "the GNU/Linux system"), not the noun ("Hurd-System" is
    no rendering of "the Linux system"); without the dictionary, only the whole.

    >>> from sourcecheck.matching import bilingual
    >>> name_parts("Linux-Systems", "de") if bilingual.available() else ["Linux-Systems", "Linux"]
    ['Linux-Systems', 'Linux']
    >>> name_parts("Trotsky", "en")
    ['Trotsky']
    """
    parts = hyphen_parts([name])
    if not parts:
        return [name]
    from .variants import dictionary_word  # a dictionary: read only for a compound

    known = [dictionary_word(p, language) or (  # a genitive's "s": "-Systems"
        p.endswith("s") and dictionary_word(p[:-1], language)) for p in parts]  # fmt: skip
    if not any(known):  # no dictionary, or no part a word: the whole only
        return [name]
    return [name, *(p for p, word in zip(parts, known, strict=True) if not word)]

"""Princeton WordNet 3.0, read from its own database files (Debian's ``wordnet-base``:
``/usr/share/wordnet``, or the folder ``WNSEARCHDIR`` names, as WordNet's tools read it).

The files are the documented ``wndb(5WN)`` format: ``index.POS`` holds one line per lemma,
sorted, so a lemma is found by a binary search (as WordNet's own library does) over its lines,
split once on first use (milliseconds; nothing is parsed up front); ``data.POS`` holds one
line per synset at the byte offset that names it. ``POS.exc`` (irregular forms: "won" ->
"win") is read whole on first use (small).
No reader is imported for this: nltk's ``WordNetCorpusReader`` refuses that folder (it needs a
``lexnames`` file that Debian does not ship, and its path sandbox an allow-list) and reads
every index into memory when built (seconds, in every process that checks one word); ``wn``
needs its own database downloaded. This module reads lemmas, synsets and their pointers only.

When the files are not there every lookup finds nothing: the callers fall back on their own
tables (:mod:`.opposites`).
"""

from __future__ import annotations

import mmap
import os
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/wordnet")
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
"""A part of speech's letter -> its files' suffix (an adjective satellite is in ``adj``)."""

# Regular inflections, as WordNet's morphy reads them: (ending, replacement) per part of speech.
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Pointer:
    """A relation from a synset (or one of its words) to another synset: ``symbol`` as in
    ``wndb`` ("!" antonym, "&" similar to, "^" also see, "\\" pertains to), ``source`` the
    number of the word it starts from (0: the whole synset)."""

    symbol: str
    offset: int
    pos: str
    source: int


@dataclass(frozen=True, slots=True)
class Synset:
    """One synset: its offset, type ("a" head adjective, "s" satellite, "n", "v", "r"),
    lemmas (lower case, "_" for spaces), pointers and lexicographer file (``lexnames(5WN)``:
    40 is ``verb.possession``, 33 ``verb.competition``)."""

    offset: int
    kind: str
    lemmas: tuple[str, ...]
    pointers: tuple[Pointer, ...]
    lexfile: int = -1

    def targets(self, symbol: str, lemma: str | None = None) -> list[tuple[str, int]]:
        """(pos, offset) of the synsets its ``symbol`` pointers lead to; with ``lemma``, only
        the synset's pointers and those that start from that word."""
        at = self.lemmas.index(lemma) + 1 if lemma in self.lemmas else None
        return [
            (p.pos, p.offset)
            for p in self.pointers
            if p.symbol == symbol and (at is None or p.source in (0, at))
        ]


def folder() -> Path:
    """Where the WordNet database is read from."""
    return Path(os.environ.get("WNSEARCHDIR") or DEFAULT_DIR)


@cache
def _mapped(name: str) -> mmap.mmap | None:
    """The file ``name`` of the database, mapped read-only once per process, or None."""
    try:
        with open(folder() / name, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def available() -> bool:
    """Whether the WordNet database files are there."""
    return _mapped("index.adj") is not None and _mapped("data.adj") is not None


def missing_note() -> str | None:
    """What a run without WordNet misses, for a warning (None when it is there): two machines,
    one without it, would otherwise rate an opposite differently and say nothing."""
    if available():
        return None
    return (
        f"WordNet not found in {folder()} (Debian's wordnet-base; or set WNSEARCHDIR): English "
        "opposites come from sourcecheck's own table only, so a claim saying 'defeated' where "
        "its source says 'victorious' may pass unflagged (install it: make wordnet)"
    )


def _index_line(pos: str, lemma: str) -> bytes | None:
    """The ``index.POS`` line of ``lemma``, found by a binary search over the file's sorted
    lines (:func:`_index_lines`)."""
    data = _mapped(f"index.{POS_FILES[pos]}")
    if data is None:
        return None
    lines = _index_lines(data)
    key = lemma.encode() + b" "
    at = bisect_left(lines, key)
    return lines[at] if at < len(lines) and lines[at].startswith(key) else None


@cache
def _index_lines(data: mmap.mmap) -> list[bytes]:
    """The lemma lines of a mapped ``index.POS`` (not its licence, whose lines open with a
    space), in the file's order: sorted, as ``wndb(5WN)`` has them (bytewise: checked for the
    four files). Split once per file and process (12 ms for the nouns' 4.8 MB): the search
    used to walk the mapped file from Python, about half of this module's own time in a
    profile of the meaning stage's claims on a 3.4 MB book, which look up some 20,000 new
    lemmas (cost114). Keyed by the mapping, so a folder mapped afresh is split afresh."""
    return [line for line in data[:].split(b"\n") if line and not line.startswith(b" ")]


@lru_cache(maxsize=1 << 14)
def senses(lemma: str, pos: str) -> tuple[int, ...]:
    """The offsets of the synsets of ``lemma`` (a base form) as ``pos``, most frequent first."""
    line = _index_line(pos, lemma.casefold().replace(" ", "_"))
    if line is None:
        return ()
    fields = line.decode().split()
    count, pointers = int(fields[2]), int(fields[3])
    return tuple(int(o) for o in fields[6 + pointers : 6 + pointers + count])


@lru_cache(maxsize=1 << 14)
def tagged(lemma: str, pos: str) -> int:
    """How often ``lemma`` (a base form) as ``pos`` was tagged in WordNet's sense-tagged
    corpus (the index's ``tagsense_cnt``): how common that part of speech of the word is
    ("horse": 4 as a noun, 0 as a verb). 0 when WordNet does not list it.

    >>> (tagged("horse", "n") > tagged("horse", "v")) if available() else True
    True
    """
    line = _index_line(pos, lemma.casefold().replace(" ", "_"))
    if line is None:
        return 0
    fields = line.decode().split()
    return int(fields[5 + int(fields[3])])


@lru_cache(maxsize=1 << 14)
def synset(pos: str, offset: int) -> Synset | None:
    """The synset at ``offset`` of the ``pos`` data file."""
    data = _mapped(f"data.{POS_FILES[pos]}")
    if data is None or offset >= len(data):
        return None
    end = data.find(b"\n", offset)
    fields = data[offset : end if end >= 0 else len(data)].decode().split()
    try:
        words, lexfile = int(fields[3], 16), int(fields[1])
        lemmas = tuple(fields[4 + 2 * i].split("(")[0].casefold() for i in range(words))
        at = 4 + 2 * words
        pointers = tuple(
            Pointer(fields[i], int(fields[i + 1]), fields[i + 2], int(fields[i + 3][:2], 16))
            for i in range(at + 1, at + 1 + 4 * int(fields[at]), 4)
        )
    except (IndexError, ValueError):
        return None  # not the start of a synset's line
    return Synset(offset, fields[2], lemmas, pointers, lexfile)


@cache
def _exceptions(pos: str) -> dict[str, tuple[str, ...]]:
    """``POS.exc``: an irregular form -> its base forms ("won" -> "win")."""
    data = _mapped(f"{POS_FILES[pos]}.exc")
    table: dict[str, tuple[str, ...]] = {}
    for line in data[:].decode().splitlines() if data is not None else []:
        form, *bases = line.split()
        table[form] = tuple(bases)
    return table


@lru_cache(maxsize=1 << 14)
def base_forms(word: str, pos: str) -> tuple[str, ...]:
    """The lemmas of WordNet that ``word`` is a form of, as ``pos``: itself, an irregular
    form's base ("won" -> "win") or a regular one's ("defeated" -> "defeat").

    >>> base_forms("won", "v") if available() else ("win",)
    ('win',)
    """
    w = word.casefold()
    found = [w] if senses(w, pos) else []
    found += [b for b in _exceptions(pos).get(w, ()) if senses(b, pos)]
    for ending, instead in _DETACH[pos]:
        if w.endswith(ending) and len(w) > len(ending) + 1:
            base = w[: -len(ending)] + instead
            if senses(base, pos):
                found.append(base)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1 << 12)
def common_noun(word: str) -> bool:
    """Whether ``word`` is a common noun of WordNet in one of its senses ("pope", "tsar",
    "smith": a title rendered, :mod:`.pairednames`; :func:`common_word` asks instead that no
    sense be a name): a kind of something (a hypernym ``@``), where a person's or a place's name is
    an instance of one (``@i``: "Lenin", "Trotsky"). False without WordNet.

    >>> (common_noun("Pope"), common_noun("Lenin")) if available() else (True, False)
    (True, False)
    """
    return any(
        any(pointer.symbol == "@" for pointer in found.pointers)
        for base in base_forms(word, "n")
        for offset in senses(base, "n")
        if (found := synset("n", offset)) is not None
    )


@lru_cache(maxsize=1 << 12)
def common_word(word: str) -> bool:
    """Whether WordNet knows ``word`` (any part of speech, any inflection) and as a name
    (an instance: a person, a place) in none of its senses: a capitalised word that is only a
    word (:mod:`.namewords`). False without WordNet.

    >>> [common_word(w) for w in ("Hearing", "Numberless", "Pierre")] if available() \
else [True, True, False]
    [True, True, False]
    """
    known = False
    for pos in "nvar":
        for base in base_forms(word.casefold(), pos):
            for offset in senses(base, pos):
                read = synset(pos, offset)
                if read is None:
                    continue
                if any(pointer.symbol == "@i" for pointer in read.pointers):
                    return False  # a name in one sense ("Pierre", a town)
                known = True
    return known

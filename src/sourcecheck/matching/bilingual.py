"""Bilingual dictionaries: which words of another language translate a word (issue 10).

The meaning stage pairs a claim's words with a passage's in another language by single-word
vectors (:mod:`.wordpairs`), and those miss many plain translations: "Schein" / "light",
"Zimmerdecke" / "ceiling", "finster" / "dark", "überlassen" / "left" were left unpaired, so a
true rendering counted "only 4 of 12" content words. A dictionary knows them. This module
reads FreeDict's dictionaries as Debian ships them (``dict-freedict-deu-eng``,
``dict-freedict-eng-deu``, ``dict-freedict-eng-rus``: ``/usr/share/dictd``, or the folder
``FREEDICT_DIR`` names), in the documented ``dictd`` format: an ``.index`` of one line per
headword (``headword TAB offset TAB length``, the numbers in base 64), sorted, so a word is
found by a binary search over the file and nothing is loaded up front; and a ``.dict.dz``,
gzip with dictzip's table of chunks in its header, so an entry is read by inflating the
chunks that hold it (a chunk inflated is kept for the next entry; a file without the table
is inflated whole, once). No reader library is imported for this: the format is two lines
of documentation and the stdlib reads gzip.

An entry's first line after its headword lists its translations ("gloomy <adj>, dark
<adj>"); the notes, examples and cross-references under it are not read. Only one-word
translations count, after labels, "sth."/"etw." and function words are taken off ("to be
careful" is "careful"). A word is looked up as written, then as the headwords of its
Snowball stem (:mod:`.stems`: "finsteren" is "finster", "drängte" its own headword), so the
lookups are lemmatised. Russian has no dictionary into English in Debian: its words are found
by reading the English-Russian ones backwards, FreeDict's small one (built once per process)
and Müller's (:mod:`.mueller`, Debian's ``mueller7-dict``: 46,000 entries, read beside
FreeDict's for English into Russian; backwards, its table is kept in the cache folder as the
translations are, :mod:`.dicttable`).

When the files are not there every lookup finds nothing: the callers go on without them.
"""

from __future__ import annotations

import gzip
import mmap
import os
import re
import struct
import zlib
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from pathlib import Path

from . import mueller
from .dicttable import Table, open_table
from .germanforms import german_forms
from .stems import content_stems
from .verbforms import infinitives

DEFAULT_DIR = Path("/usr/share/dictd")
DICTIONARIES = {("de", "en"): "freedict-deu-eng", ("en", "de"): "freedict-eng-deu",
                ("en", "ru"): "freedict-eng-rus"}  # fmt: skip
"""(from, to) language -> the FreeDict database read for it."""
MUELLER = ("en", "ru")
"""The pair Müller's dictionary (:mod:`.mueller`) is read for, beside FreeDict's."""
CAPITALIZED = frozenset({"de"})
"""Languages that capitalize their nouns: a capitalized word listed as written is read as
that noun only ("Herbst" is autumn; the headwords of its stem, "herb", are another word)."""
STEM_HEADWORDS = 12
"""The most headwords of one stem read for a word not listed as written ("finsteren")."""
_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}
_LABELS = re.compile(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}")
_SOMEONE = re.compile(r"\b(?:sth|sb|etw|jdn|jdm|jds|so|smth)\.", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def folder() -> Path:
    """Where the FreeDict databases are read from."""
    return Path(os.environ.get("FREEDICT_DIR") or DEFAULT_DIR)


def _number(text: bytes) -> int:
    """A dictd base-64 number ("D7cy/")."""
    value = 0
    for c in text.decode("ascii"):
        value = value * 64 + _B64[c]
    return value


class Dictionary:
    """One dictd database: its sorted index mapped, its text read entry by entry."""

    def __init__(
        self,
        index: Path,
        data: Path,
        reader: Callable[[str], list[str]] | None = None,
        kind: str = "",
    ) -> None:
        """``reader``: an entry's one-word translations (FreeDict's :func:`translations_of`
        by default); ``kind`` names its cached table (:mod:`.dicttable`), new when the
        reader changes."""
        with open(index, "rb") as f:
            self.index = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self.path = data
        self.reader = reader or translations_of
        self.chunk_size, self.chunks = _dictzip_table(data)
        self.whole: bytes | None = None
        self._inflated: dict[int, bytes] = {}
        self.table = open_table(data, self._all_translations, kind)

    def translations(self, headword: str) -> tuple[str, ...] | None:
        """The one-word translations of ``headword``'s entries (lower case, as the index has
        it; :func:`translations_of`), or None when it is no headword: from the cached table
        (:mod:`.dicttable`) when there is one, else read from the entries."""
        if self.table is not None:
            return self.table.translations(headword)
        offsets = self.offsets(headword)
        if not offsets:
            return None
        return tuple(t for at, length in offsets for t in self.reader(self.entry(at, length)))

    def _all_translations(self) -> Iterator[tuple[str, list[str]]]:
        """(headword, its entry's translations) of every one-word headword, the text
        inflated whole once (:mod:`.dicttable` keeps them)."""
        for head, entry in self.entries():
            yield head, self.reader(entry)

    def entries(self) -> Iterator[tuple[str, str]]:
        """(headword, the text of its entry) of every entry of a one-word headword, the text
        inflated whole once."""
        whole = _read_whole(self.path)
        for line in self.index[:].split(b"\n"):
            head, _, rest = line.partition(b"\t")
            if not rest or b" " in head or head.startswith(b"00database"):
                continue
            offset, _, length = rest.partition(b"\t")
            at = _number(offset)
            yield (
                head.decode("utf-8", "replace"),
                whole[at : at + _number(length)].decode("utf-8", "replace"),
            )

    def offsets(self, headword: str) -> list[tuple[int, int]]:
        """(offset, length) of each entry of ``headword`` (lower case, as the index has it)."""
        key = headword.encode() + b"\t"
        start = self._first(key)
        found = []
        while self.index[start : start + len(key)] == key:
            end = self.index.find(b"\n", start)
            end = len(self.index) if end < 0 else end
            _, offset, length = self.index[start:end].split(b"\t")
            found.append((_number(offset), _number(length)))
            start = end + 1
        return found

    def headwords(self, prefix: str, limit: int) -> list[str]:
        """The first ``limit`` distinct headwords that start with ``prefix``."""
        key = prefix.encode()
        start, found = self._first(key), list[str]()
        while self.index[start : start + len(key)] == key and len(found) < limit:
            end = self.index.find(b"\t", start)
            word = self.index[start:end].decode()
            if word not in found:
                found.append(word)
            start = self.index.find(b"\n", end) + 1 or len(self.index)
        return found

    def _first(self, key: bytes) -> int:
        """The start of the first index line not below ``key`` (lines sort as bytes)."""
        lo, hi = 0, len(self.index)
        while lo < hi:
            mid = (lo + hi) // 2
            start = self.index.rfind(b"\n", 0, mid) + 1
            end = self.index.find(b"\n", start)
            end = len(self.index) if end < 0 else end
            if self.index[start:end] < key:
                lo = end + 1
            else:
                hi = start
        return lo

    def entry(self, offset: int, length: int) -> str:
        """The text of the entry at ``offset`` (of the uncompressed text)."""
        if not self.chunks:
            if self.whole is None:
                self.whole = _read_whole(self.path)
            return self.whole[offset : offset + length].decode("utf-8", "replace")
        first, last = offset // self.chunk_size, (offset + length - 1) // self.chunk_size
        text = b"".join(self._chunk(i) for i in range(first, last + 1))
        at = offset - first * self.chunk_size
        return text[at : at + length].decode("utf-8", "replace")

    def _chunk(self, i: int) -> bytes:
        if i not in self._inflated:
            start, size = self.chunks[i]
            with open(self.path, "rb") as f:
                f.seek(start)
                raw = f.read(size)
            if len(self._inflated) > 256:
                self._inflated.clear()
            self._inflated[i] = zlib.decompressobj(-15).decompress(raw)
        return self._inflated[i]


def _read_whole(path: Path) -> bytes:
    """A database's whole text: gzip'd or plain."""
    return gzip.open(path).read() if path.suffix == ".dz" else path.read_bytes()


def _dictzip_table(path: Path) -> tuple[int, list[tuple[int, int]]]:
    """A dictzip file's chunk length and (file offset, size) of each chunk, from the "RA"
    field of its gzip header; (0, []) for a plain or plain-gzip file."""
    with open(path, "rb") as f:
        head = f.read(65536)
    if len(head) < 12 or head[:2] != b"\x1f\x8b" or not head[3] & 4:
        return 0, []
    flags, extra_length = head[3], struct.unpack("<H", head[10:12])[0]
    extra, at = head[12 : 12 + extra_length], 0
    chunk_size, sizes = 0, []
    while at + 4 <= len(extra):
        name, length = extra[at : at + 2], struct.unpack("<H", extra[at + 2 : at + 4])[0]
        if name == b"RA":
            _, chunk_size, count = struct.unpack("<HHH", extra[at + 4 : at + 10])
            sizes = list(struct.unpack(f"<{count}H", extra[at + 10 : at + 10 + 2 * count]))
        at += 4 + length
    start = 12 + extra_length
    for flag in (8, 16):  # the file's name, a comment: zero-terminated
        if flags & flag:
            start = head.index(b"\0", start) + 1
    start += 2 if flags & 2 else 0
    table = []
    for size in sizes:
        table.append((start, size))
        start += size
    return chunk_size, table


@cache
def _dictionary(source: str, target: str) -> Dictionary | None:
    """The database from ``source`` into ``target``, opened once per process, or None."""
    name = DICTIONARIES.get((source, target))
    if name is None:
        return None
    return _open(name)


def _open(
    name: str, reader: Callable[[str], list[str]] | None = None, kind: str = ""
) -> Dictionary | None:
    try:
        return Dictionary(folder() / f"{name}.index", folder() / f"{name}.dict.dz", reader, kind)
    except (OSError, ValueError):
        return None


@cache
def _mueller() -> Dictionary | None:
    """Müller's English-Russian dictionary (:mod:`.mueller`), opened once per process, or None."""
    return _open(mueller.DATABASE, mueller.translations_of, f"-r{mueller.READING}")


def _books(source: str, target: str) -> list[Dictionary]:
    """The databases read from ``source`` into ``target``: FreeDict's, then Müller's."""
    found = [_dictionary(source, target), _mueller() if (source, target) == MUELLER else None]
    return [book for book in found if book is not None]


def available() -> bool:
    """Whether the German-English dictionaries are there (the ones a run mostly needs)."""
    return _dictionary("de", "en") is not None and _dictionary("en", "de") is not None


def dictionaries() -> str:
    """The dictionaries a run reads, for its stored parameters ("none" without them): two
    machines, one without them, may pair and flag a claim across languages differently."""
    found = [f"{a}-{b}" for (a, b) in DICTIONARIES if _dictionary(a, b) is not None]
    named = ["FreeDict " + ", ".join(found)] if found else []
    named += [f"Mueller {MUELLER[0]}-{MUELLER[1]}"] if _mueller() is not None else []
    return "; ".join(named) or "none"


def missing_note() -> str | None:
    """What a run without the German-English dictionaries misses, for a warning (None when
    they are there)."""
    if available():
        return None
    return (
        f"FreeDict's German-English dictionaries not found in {folder()} (Debian's "
        "dict-freedict-deu-eng and dict-freedict-eng-deu; or set FREEDICT_DIR): words across "
        "languages are paired by their vectors only and opposites across languages are not "
        "read (install them: make dictionaries)"
    )


def translations_of(entry: str) -> list[str]:
    """The one-word translations on an entry's first line after its headword.

    >>> translations_of("finster /f/ <adj>\\ngloomy <adj>, dark <adj> [obs.]\\n   Synonym: x")
    ['gloomy', 'dark']
    >>> translations_of("x /x/\\nleave sb./sth. <v>, line of sight <n>, to be careful")
    ['leave', 'careful']
    """
    lines = entry.split("\n")
    if len(lines) < 2:
        return []
    found = []
    for item in _LABELS.sub(" ", lines[1]).split(","):
        words = _WORD.findall(_SOMEONE.sub(" ", item))
        content = [w for w in words if w.casefold() not in _LITTLE]
        if len(content) == 1:
            found.append(content[0])
    return found


_LITTLE = frozenset("to be a an the sich get have one's oneself someone something jemanden "
                    "etwas einen eine ein der die das".split())  # fmt: skip


@lru_cache(maxsize=1 << 15)
def translations(word: str, source: str, target: str) -> frozenset[str]:
    """The stems (in ``target``'s Snowball stemmer, :mod:`.stems`) of the one-word
    translations of ``word`` (in ``source``): its entries as written, or else those of the
    headwords of its stem. Empty when there is no dictionary for the pair."""
    if source == "ru" and target == "en":
        return frozenset(content_stems(_backwards(word), "en"))
    return frozenset(content_stems(translated_words(word, source, target), target))


@lru_cache(maxsize=1 << 15)
def translated_words(word: str, source: str, target: str) -> tuple[str, ...]:
    """The one-word translations of ``word`` (in ``source``) into ``target``, lower case,
    each once (see :func:`translations`); Russian into English read backwards.

    >>> "dark" in translated_words("finsteren", "de", "en") if available() else True
    True
    """
    if source == "ru" and target == "en":
        return _backwards(word)
    return tuple(dict.fromkeys(w.casefold() for w in _lookups(word, source, target)))


def entry_words(word: str, source: str, target: str) -> tuple[str, ...]:
    """The one-word translations of ``word``'s own entry (lower case, each once), without its
    stem's headwords': "schwerer" gives "bigger", "harder", "tougher", "heavier", where
    :func:`translated_words` adds the many senses of "schwer". Empty when it has none."""
    book = _dictionary(source, target) if (source, target) != ("ru", "en") else None
    own = book.translations(word.casefold()) if book is not None else None
    return tuple(dict.fromkeys(w.casefold() for w in own or ()))


_HEAD = re.compile(
    r"^(?P<head>[^\s/<\[({]+(?: [^\s/<\[({]+)*)(?:\s+/[^/]*/)?(?:\s+<(?P<label>[^>]*)>)?"
)  # the headword (a phrase's words one space apart), its pronunciation, its label


@lru_cache(maxsize=1 << 14)
def headings(word: str, source: str, target: str) -> tuple[tuple[str, str, str], ...]:
    """Each entry of ``word`` (any case; a phrase's words one space apart) in the dictionary
    from ``source`` into ``target``: its headword as printed ("Programm", "zeigt": German
    prints a noun's capital; "Hals über Kopf"), the label after it ("neut, n, sg", "pl", "adv";
    "" for none) and its translations' line, read from the entries themselves (a few chunks
    inflated: asked of a text's capitalised words and of phrases only)."""
    book = _dictionary(source, target)
    if book is None:
        return ()
    found = []
    for at, length in book.offsets(word.lower()):  # lower, not casefold: "Straße" is "straße"
        lines = book.entry(at, length).split("\n")
        head = _HEAD.match(lines[0])
        if head is not None:
            found.append((head["head"], head["label"] or "", lines[1] if len(lines) > 1 else ""))
    return tuple(found)


@lru_cache(maxsize=1 << 15)
def listed(word: str, source: str, target: str) -> bool:
    """Whether the dictionary from ``source`` into ``target`` lists ``word`` as a headword, or
    the verb it is a form of (:mod:`.verbforms`): known otherwise than by its stem's headwords."""
    book = _dictionary(source, target)
    if book is None:
        return False
    key = word.casefold()
    return book.translations(key) is not None or (
        source == "de" and bool(infinitives(book, key, False))
    )


def _lookups(word: str, source: str, target: str) -> list[str]:
    """The translations of ``word``'s entries and of its stem's headwords (:func:`_headwords`)."""
    return [t for book in _books(source, target) for t in _book_lookups(book, word, source)]


def _book_lookups(book: Dictionary, word: str, source: str) -> list[str]:
    """:func:`_lookups` in one database."""
    key = word.casefold()
    own = book.translations(key)
    found = list(own or ())
    if own is None or not (source in CAPITALIZED and word[:1].isupper()):
        more = [h for h in _headwords(book, word, source) if h != key]
        found += [t for h in more for t in book.translations(h) or ()]
    if source == "de":  # "hob", "aufhörte" (.verbforms); "verbeugten", "Fremden" (.germanforms)
        forms = infinitives(book, key, own is not None)
        forms += [h for h in german_forms(word) if h != key]
        found += [t for h in dict.fromkeys(forms) for t in book.translations(h) or ()]
    return found


def _headwords(book: Dictionary, word: str, language: str) -> list[str]:
    """The one-word headwords with ``word``'s Snowball stem ("sorgfältiger": "sorgfältig"),
    found among those that open with it; for a German adjective in -el or -er that drops its
    "e" when inflected ("teuren", "dunklen"), the form with the "e" ("teuer", "dunkel")."""
    stem = (content_stems([word], language) or [""])[0]
    key = word.casefold()
    if len(stem) < 3:
        return []
    prefix = key[: len(stem)] if content_stems([key[: len(stem)]], language) else stem
    heads = book.headwords(prefix, STEM_HEADWORDS)
    same = [h for h in heads if " " not in h and content_stems([h], language) == [stem]]
    if language == "de" and stem[-1] in "lr" and key[len(stem) - 1 : len(stem)] == stem[-1]:
        restored = key[: len(stem) - 1] + "e" + key[len(stem) - 1]
        same += [restored] if book.offsets(restored) else []
    return same


@cache
def _russian_english() -> dict[str, tuple[str, ...]]:
    """Russian stem -> the English headwords whose entries translate into it (the
    English-Russian dictionary read backwards: small, read whole once)."""
    book = _dictionary("en", "ru")
    if book is None:
        return {}
    table: dict[str, list[str]] = {}
    for line in book.index[:].decode("utf-8", "replace").split("\n"):
        head, _, rest = line.partition("\t")
        if not rest or head.startswith("00database") or " " in head:
            continue
        offset, _, length = rest.partition("\t")
        entry = book.entry(_number(offset.encode()), _number(length.encode()))
        for russian in content_stems(translations_of(entry), "ru"):
            table.setdefault(russian, []).append(head)
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}


def _backwards(word: str) -> tuple[str, ...]:
    """The English headwords whose entries translate into ``word``: Müller's first (read
    backwards, :func:`.mueller.english_of`), then FreeDict's (by its stem)."""
    stems = content_stems([word], "ru")
    if not stems:
        return ()
    table = _mueller_table()
    found = mueller.english_of(word, table) if table is not None else ()
    return tuple(dict.fromkeys((*found, *_russian_english().get(stems[0], ()))))


@cache
def _mueller_table() -> Callable[[str], tuple[str, ...]] | None:
    """Müller's dictionary backwards (:func:`.mueller.backwards`: a Russian word or stem ->
    English headwords): kept in the cache folder (:mod:`.dicttable`), else built in memory
    once per process; None without the dictionary."""
    book = _mueller()
    if book is None:
        return None
    kind = f"-ru-en-r{mueller.READING}s{mueller.SENSES}"
    table = open_table(book.path, lambda: mueller.backwards(book.entries()), kind)
    if isinstance(table, Table):
        return lambda key: table.translations(key) or ()
    whole = dict(mueller.backwards(book.entries()))
    return lambda key: tuple(whole.get(key, ()))


@lru_cache(maxsize=1 << 16)
def translate_each_other(
    word: str, language: str, other: str, other_language: str, *, both: bool = False
) -> bool:
    """Whether a dictionary gives ``other`` as a translation of ``word`` or ``word`` as one of
    ``other`` (by stem); with ``both``, each as one of the other's in the dictionaries of both
    directions (German and English; none for Russian, whose only one is English-Russian).

    >>> translate_each_other("Zimmerdecke", "de", "ceiling", "en") if available() else True
    True
    """
    if language == other_language:
        return False
    mine = content_stems([other], other_language)
    theirs = content_stems([word], language)
    if not mine or not theirs:
        return False
    if both and not _two_ways(language, other_language):
        return False
    there = mine[0] in translations(word, language, other_language)
    if there != both:  # decided without looking the other word up (each lookup inflates text)
        return there
    return theirs[0] in translations(other, other_language, language)


def _two_ways(language: str, other: str) -> bool:
    """Whether there are dictionaries from each language into the other."""
    return (language, other) in DICTIONARIES and (other, language) in DICTIONARIES

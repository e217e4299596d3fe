"""Candidate retrieval: a compact word-bigram index of a text, and where a quote may be.

Aligning a quote against a whole book costs tens of milliseconds per megabyte; this index
narrows the search to a few windows first. Each pair of consecutive folded words is hashed
to 64 bits (two CRC-32s); the index is the sorted array of those hashes with, in parallel,
the character offset of the pair in the original text (12 bytes per word, in numpy arrays,
not Python objects, so that 100 MB of text fits in a few hundred MB).

A query looks up the quote's rarest word pairs (skipping pairs so common that they say
nothing), turns each hit into a guess of where the quote would start, and votes: windows
that many distinct pairs agree on are the candidates to align.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..normalize import WORD_RE, Tokens, WordSpans, fold

INDEX_VERSION = 2  # 2: "30,000" and an NFD "й" are one word each (normalize.WORD_RE)
MAX_SEEDS = 32
MAX_OCCURRENCES = 5000
MAX_HITS = 20_000  # total occurrences of the seeds of one query


@dataclass(frozen=True, slots=True)
class TextIndex:
    """Sorted word-pair hashes of a text and the character offset of each pair."""

    keys: np.ndarray  # uint64, sorted
    positions: np.ndarray  # uint32 (or int64 for texts over 4 GB), parallel to keys
    n_words: int
    spans: WordSpans | None = None
    """Where each word of the text is, when the index was built in this process (not
    stored: a window of the text is then a slice, see :func:`sourcecheck.normalize.tokenize`)."""

    @property
    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.positions.nbytes)


def _word_hash(word: str, cache: dict[str, int]) -> int:
    h = cache.get(word)
    if h is None:
        h = cache[word] = zlib.crc32(word.encode("utf-8"))
    return h


CHUNK_WORDS = 1 << 20
"""Words read into Python lists at a time while indexing (the rest are numpy arrays)."""


def build_index(text: str, *, spans: bool = True) -> TextIndex:
    """Index every pair of consecutive words of ``text``; with ``spans``, keep where each word
    is and what it folds to, for the matching in this process (12 bytes a word more; the
    stored index has none).

    >>> idx = build_index("The war is over, but there is no peace.")
    >>> idx.n_words, len(idx.keys)
    (9, 8)
    """
    words = _Words(spans=spans)
    raws: list[str] = []
    offsets: list[int] = []
    for m in WORD_RE.finditer(text):
        offsets.append(m.start())
        raws.append(m.group())
        if len(raws) == CHUNK_WORDS:
            words.add(raws, offsets)
    words.add(raws, offsets)
    h, s = np.concatenate(words.hashes), np.concatenate(words.starts)
    pos_dtype = np.uint32 if len(text) < 2**32 else np.int64
    where = words.spans(pos_dtype) if spans else None
    keep = h >= 0  # a word that folds to nothing is no word
    h, s = h[keep].astype(np.uint64), s[keep]
    keys = (h[:-1] << np.uint64(32)) | h[1:]
    order = np.argsort(keys, kind="stable")
    positions = s[:-1][order].astype(pos_dtype)
    return TextIndex(keys=keys[order], positions=positions, n_words=len(h), spans=where)


class _Words:
    """The words of a text read so far, chunk by chunk into numpy arrays; each distinct raw
    word is folded and hashed once."""

    def __init__(self, *, spans: bool) -> None:
        self.keep_spans = spans
        self.hash_of: dict[str, int] = {}  # a raw word -> the hash of its fold (-1: none)
        self.number_of: dict[str, int] = {}  # a raw word -> its fold's number
        self.folds: dict[str, int] = {}  # a fold -> its number
        self.hashes: list[np.ndarray] = []
        self.starts: list[np.ndarray] = []
        self.ends: list[np.ndarray] = []
        self.numbers: list[np.ndarray] = []

    def add(self, raws: list[str], offsets: list[int]) -> None:
        """Read a chunk of raw words at ``offsets`` (both lists are emptied)."""
        for raw in set(raws).difference(self.hash_of):
            word = fold(raw)
            self.hash_of[raw] = zlib.crc32(word.encode("utf-8")) if word else -1
            if self.keep_spans:
                self.number_of[raw] = self.folds.setdefault(word, len(self.folds))
        n = len(raws)
        self.hashes.append(np.fromiter(map(self.hash_of.__getitem__, raws), np.int64, count=n))
        self.starts.append(np.fromiter(offsets, np.int64, count=n))
        if self.keep_spans:
            self.ends.append(self.starts[-1] + np.fromiter(map(len, raws), np.int64, count=n))
            self.numbers.append(np.fromiter(map(self.number_of.__getitem__, raws), np.int32, n))
        raws.clear()
        offsets.clear()

    def spans(self, dtype: type) -> WordSpans:
        folds = np.empty(len(self.folds), dtype=object)
        folds[:] = list(self.folds)
        return WordSpans(
            starts=np.concatenate(self.starts).astype(dtype),
            ends=np.concatenate(self.ends).astype(dtype),
            words=np.concatenate(self.numbers),
            folds=folds,
            empty=self.folds.get("", -1),
        )


def pair_keys(words: tuple[str, ...] | list[str]) -> np.ndarray:
    """The hashes of consecutive word pairs of an already folded sequence."""
    cache: dict[str, int] = {}
    h = np.array([_word_hash(w, cache) for w in words], dtype=np.uint64)
    return (h[:-1] << np.uint64(32)) | h[1:]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A region of a text where the quote may start, with the number of pairs agreeing."""

    start: int  # the quote begins within a bucket (half the quote's length) after this
    votes: int
    text_id: int = 0


def find_candidates(
    index: TextIndex,
    tokens: Tokens,
    *,
    max_seeds: int = MAX_SEEDS,
    max_occurrences: int = MAX_OCCURRENCES,
    top: int = 3,
    min_vote_share: float = 0.5,
) -> list[Candidate]:
    """Where ``tokens`` (a quote segment) most likely occurs, best first.

    Uses the ``max_seeds`` rarest word pairs of the quote that occur at most
    ``max_occurrences`` times; returns at most ``top`` candidates, each with at least
    ``min_vote_share`` of the best candidate's votes (weaker ones are noise). The search of
    :mod:`sourcecheck.matching.search` on a shard of this one text, compiled
    (:func:`sourcecheck.matching.search.search_text`).

    >>> from sourcecheck.normalize import tokenize
    >>> idx = build_index("It rained. The war is over, but there is no peace. It rained.")
    >>> [(c.start, c.votes) for c in find_candidates(idx, tokenize("war is over, but"))]
    [(0, 3)]
    """
    from .search import SearchParams, choose, search_text  # search builds on this module
    from .shards import ALL, make_queries

    if len(tokens) < 2 or len(index.keys) == 0:
        return []
    queries = make_queries([tokens], [""], [ALL])
    params = SearchParams(  # the share too: numpy's search (search_text's reference) prunes by it
        max_seeds=max_seeds, max_occurrences=max_occurrences, top=top, min_vote_share=min_vote_share
    )
    found = search_text(index, queries, params=params)
    return choose(found, queries, top=top, min_vote_share=min_vote_share)[0]


def index_to_row(index: TextIndex) -> dict[str, object]:
    """The index as database columns (raw little-endian arrays)."""
    return {
        "version": INDEX_VERSION,
        "n_words": index.n_words,
        "keys": index.keys.astype("<u8").tobytes(),
        "positions": index.positions.astype(index.positions.dtype.newbyteorder("<")).tobytes(),
        "position_bytes": index.positions.dtype.itemsize,
    }


def index_from_row(row: Mapping[str, Any]) -> TextIndex:
    """Rebuild a :class:`TextIndex` from :func:`index_to_row` columns (a database row)
    without copying."""
    pos_dtype = "<u4" if row["position_bytes"] == 4 else "<i8"
    return TextIndex(
        keys=np.frombuffer(row["keys"], dtype="<u8"),
        positions=np.frombuffer(row["positions"], dtype=pos_dtype),
        n_words=int(row["n_words"]),
    )

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
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..normalize import WORD_RE, Tokens, fold

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

    @property
    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.positions.nbytes)


def _word_hash(word: str, cache: dict[str, int]) -> int:
    h = cache.get(word)
    if h is None:
        h = cache[word] = zlib.crc32(word.encode("utf-8"))
    return h


def build_index(text: str) -> TextIndex:
    """Index every pair of consecutive words of ``text``.

    >>> idx = build_index("The war is over, but there is no peace.")
    >>> idx.n_words, len(idx.keys)
    (9, 8)
    """
    hashes, starts = array("Q"), array("Q")
    cache: dict[str, int] = {}
    for m in WORD_RE.finditer(text):
        word = fold(m.group())
        if word:
            hashes.append(_word_hash(word, cache))
            starts.append(m.start())
    h = np.frombuffer(hashes, dtype=np.uint64) if hashes else np.zeros(0, np.uint64)
    s = np.frombuffer(starts, dtype=np.uint64) if starts else np.zeros(0, np.uint64)
    keys = (h[:-1] << np.uint64(32)) | h[1:]
    pos_dtype = np.uint32 if len(text) < 2**32 else np.int64
    order = np.argsort(keys, kind="stable")
    return TextIndex(keys=keys[order], positions=s[:-1][order].astype(pos_dtype), n_words=len(h))


def pair_keys(words: tuple[str, ...] | list[str]) -> np.ndarray:
    """The hashes of consecutive word pairs of an already folded sequence."""
    cache: dict[str, int] = {}
    h = np.array([_word_hash(w, cache) for w in words], dtype=np.uint64)
    return (h[:-1] << np.uint64(32)) | h[1:]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A region of the text where the quote may start, with the number of pairs agreeing."""

    start: int  # the quote begins within a bucket (half the quote's length) after this
    votes: int


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
    ``min_vote_share`` of the best candidate's votes (weaker ones are noise).
    """
    if len(tokens) < 2 or len(index.keys) == 0:
        return []
    anchor, seed, n_seeds = _seed_hits(index, tokens, max_seeds, max_occurrences)
    if n_seeds == 0:
        return []
    bucket_size = max(64, (tokens.ends[-1] - tokens.starts[0]) // 2)
    found = _vote(anchor, seed, n_seeds, bucket_size, top)
    best = found[0][0]
    chosen: list[Candidate] = []
    for votes_here, start in found:
        if votes_here < max(1, best * min_vote_share):
            break
        if any(abs(start - c.start) < bucket_size for c in chosen):
            continue
        chosen.append(Candidate(start=max(0, start), votes=votes_here))
        if len(chosen) == top:
            break
    return chosen


def _seed_hits(
    index: TextIndex, tokens: Tokens, max_seeds: int, max_occurrences: int
) -> tuple[np.ndarray, np.ndarray, int]:
    """Where the quote would start by each occurrence of its rarest word pairs (the seeds).

    Returns the guessed starts, the seed number of each guess, and how many seeds there are.
    """
    keys = pair_keys(tokens.words)
    lo = np.searchsorted(index.keys, keys, side="left")
    hi = np.searchsorted(index.keys, keys, side="right")
    counts = hi - lo
    usable = np.flatnonzero((counts > 0) & (counts <= max_occurrences))
    if len(usable) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), 0
    seeds = usable[np.argsort(counts[usable], kind="stable")[:max_seeds]]
    # the rarest seeds say the most; stop adding common ones once there are plenty of hits
    within = np.cumsum(counts[seeds]) <= MAX_HITS
    seeds = seeds[: max(1, int(within.sum()))]
    quote_offsets = np.asarray(tokens.starts, dtype=np.int64) - tokens.starts[0]
    anchors, seed_ids = [], []
    for n, j in enumerate(seeds):
        hits = index.positions[lo[j] : hi[j]].astype(np.int64) - quote_offsets[j]
        anchors.append(hits)
        seed_ids.append(np.full(len(hits), n, dtype=np.int64))
    return np.concatenate(anchors), np.concatenate(seed_ids), len(seeds)


def _vote(
    anchor: np.ndarray, seed: np.ndarray, n_seeds: int, bucket_size: int, top: int
) -> list[tuple[int, int]]:
    """The best buckets of guessed starts, as (votes, bucket start), most votes first.

    Vote in two grids of buckets, the second shifted by half a bucket, so that a quote near a
    bucket edge still has all its votes in one bucket of one grid. Each distinct seed votes
    once per bucket: a passage that repeats a common pair does not outvote one that holds
    many different pairs of the quote.
    """
    found: list[tuple[int, int]] = []  # (votes, anchor start)
    for shift in (0, bucket_size // 2):
        buckets = (anchor + shift) // bucket_size
        pairs = np.unique(buckets * n_seeds + seed)
        bucket_ids, votes = np.unique(pairs // n_seeds, return_counts=True)
        for k in np.argsort(-votes, kind="stable")[: top * 2].tolist():
            # the bucket's left edge: the caller's window reaches a bucket beyond it
            found.append((int(votes[k]), int(bucket_ids[k]) * bucket_size - shift))
    found.sort(key=lambda vs: (-vs[0], vs[1]))
    return found


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


@dataclass(frozen=True, slots=True)
class CorpusIndex:
    """The indexes of many texts merged into one, to find which texts may hold a quote
    (``verify --anywhere``) with one lookup instead of one per text."""

    index: TextIndex  # positions are global: the text's base + its own offset
    bases: np.ndarray  # int64, the global offset where each text starts, ascending
    text_ids: tuple[int, ...]  # parallel to bases


def build_corpus_index(indexes: dict[int, TextIndex]) -> CorpusIndex:
    """Merge per-text indexes (already built) into one."""
    ids = tuple(sorted(indexes))
    bases, base = [], 0
    for text_id in ids:
        bases.append(base)
        last = indexes[text_id].positions.max() if len(indexes[text_id].positions) else 0
        base += int(last) + 1_000_000  # room for the last pair: it never reaches the next text
    keys = np.concatenate([indexes[i].keys for i in ids]) if ids else np.zeros(0, np.uint64)
    positions = (
        np.concatenate(
            [indexes[i].positions.astype(np.int64) + b for i, b in zip(ids, bases, strict=True)]
        )
        if ids
        else np.zeros(0, np.int64)
    )
    order = np.argsort(keys, kind="stable")
    merged = TextIndex(keys[order], positions[order], sum(indexes[i].n_words for i in ids))
    return CorpusIndex(merged, np.asarray(bases, dtype=np.int64), ids)


def texts_with_candidates(corpus: CorpusIndex, tokens: Tokens, *, top: int = 5) -> list[int]:
    """Ids of the texts where ``tokens`` most likely occurs, best first."""
    found = find_candidates(corpus.index, tokens, top=top)
    ids: list[int] = []
    for candidate in found:
        text_id = corpus.text_ids[int(np.searchsorted(corpus.bases, candidate.start, "right")) - 1]
        if text_id not in ids:
            ids.append(text_id)
    return ids

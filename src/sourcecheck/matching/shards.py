"""Shards: many texts searched as one, for many quote segments at once.

Texts are grouped into shards of a bounded size (:data:`SHARD_WORDS`). A shard keeps the
word-pair keys of all its texts in a few sorted *runs* (numpy arrays, positions in shard
coordinates: each text starts at its ``base``), so a candidate search costs the same whatever
the number of texts: one ``searchsorted`` of every query's keys per run, then the votes of all
queries in a handful of vectorized passes. A run is the index of one text when it arrives;
runs are merged as they accumulate (see :func:`merge_runs`), and a full shard is one run.

The search is the one of :func:`sourcecheck.matching.index.find_candidates`, applied to a
shard: each query (a quote segment) takes its rarest word pairs as seeds, each seed's hits in
the shard vote for where the segment would start, and each distinct seed votes once per bucket,
in two grids shifted by half a bucket. Buckets are counted per text (votes never join two
texts), and a query may be limited to the texts of one source or to those of every other
source. A shard holding one text gives exactly ``find_candidates``'s result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..normalize import Tokens
from .index import TextIndex, pair_keys

SHARD_WORDS = 16_000_000
"""A shard is sealed (merged into one run, never written again) once it holds this many
words: about 100 MB of prose and 190 MB of index. A query's hits are capped per shard, so
larger shards make fewer hits to vote on; a worker holds one shard at a time."""
SHARD_TEXTS = 60_000
"""At most this many texts per shard: a text's number takes 16 bits of a vote's code."""
QUERY_BATCH = 256
"""Queries searched per vectorized pass: their hits (up to 20,000 each) stay in the cache."""

ALL, ONLY, EXCEPT = 0, 1, 2
"""Which texts a query looks at: every text, the texts of its source, or those of the others."""


@dataclass(frozen=True, slots=True)
class Run:
    """Sorted word-pair keys of some texts of a shard, with the shard position of each pair."""

    keys: np.ndarray  # uint64, sorted
    positions: np.ndarray  # uint32 (int64 beyond 4 G characters), parallel to keys

    @property
    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.positions.nbytes)


@dataclass(frozen=True, slots=True)
class Shard:
    """Texts searched together: their ids and bases (ascending), their sources, their runs."""

    shard_id: int
    text_ids: np.ndarray  # int64
    bases: np.ndarray  # int64, where each text starts in shard coordinates
    sources: np.ndarray  # int64, per text: its source's number in ``source_names``
    source_names: tuple[str, ...]
    runs: tuple[Run, ...]

    @property
    def nbytes(self) -> int:
        return sum(run.nbytes for run in self.runs)


def single_text_shard(index: TextIndex, *, text_id: int = 0, source: str = "") -> Shard:
    """A shard of one text, from its index (no copy)."""
    return Shard(
        shard_id=0,
        text_ids=np.array([text_id], dtype=np.int64),
        bases=np.zeros(1, dtype=np.int64),
        sources=np.zeros(1, dtype=np.int64),
        source_names=(source,),
        runs=(Run(index.keys, index.positions),),
    )


def merge_runs(runs: Sequence[Run]) -> Run:
    """One sorted run holding every pair of ``runs`` (their order within a key is free: the
    search treats the hits of a key as a set)."""
    wide = any(r.positions.dtype != np.uint32 for r in runs)
    keys = np.concatenate([r.keys for r in runs])
    positions = np.concatenate([r.positions.astype(np.int64 if wide else np.uint32) for r in runs])
    return sorted_run(keys, positions)


def sorted_run(keys: np.ndarray, positions: np.ndarray) -> Run:
    """A run of these pairs, sorted by key. Numpy's stable sort is a merge sort that finds
    sorted stretches, so runs laid end to end merge in linear time; the arrays passed in are
    released as soon as their sorted copies exist (memory: about 28 bytes per pair at most)."""
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    positions = positions[order]
    return Run(keys, positions)


def text_run(index: TextIndex, base: int) -> Run:
    """The run of one text placed at ``base`` in its shard."""
    positions = index.positions.astype(np.int64) + base
    if len(positions) == 0 or int(positions.max()) < 2**32:
        return Run(index.keys, positions.astype(np.uint32))
    return Run(index.keys, positions)


# -- queries ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Queries:
    """Quote segments to search, as arrays: the keys of every segment's word pairs, end to end.

    Query ``q`` owns pairs ``bounds[q]:bounds[q + 1]``; ``offsets`` is each pair's character
    offset from its segment's first word; ``sources`` and ``modes`` say which texts it looks
    at (:data:`ALL`, :data:`ONLY` those of its source, :data:`EXCEPT` those of its source).
    """

    keys: np.ndarray  # uint64
    offsets: np.ndarray  # int64
    bounds: np.ndarray  # int64, one more than the number of queries
    buckets: np.ndarray  # int64, the vote bucket of each query (half its length, at least 64)
    sources: tuple[str, ...]
    modes: np.ndarray  # int64

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def slice(self, first: int, last: int) -> Queries:
        """Queries ``first..last - 1`` (numbered from 0 in the slice)."""
        lo, hi = int(self.bounds[first]), int(self.bounds[last])
        return Queries(
            keys=self.keys[lo:hi],
            offsets=self.offsets[lo:hi],
            bounds=self.bounds[first : last + 1] - lo,
            buckets=self.buckets[first:last],
            sources=self.sources[first:last],
            modes=self.modes[first:last],
        )


def make_queries(
    segments: Sequence[Tokens], sources: Sequence[str], modes: Sequence[int]
) -> Queries:
    """The queries of ``segments``, each looking at the texts ``modes`` names."""
    keys, offsets, lengths, buckets = [], [], [], []
    for tokens in segments:
        n = max(0, len(tokens) - 1)
        keys.append(pair_keys(tokens.words) if n else np.zeros(0, np.uint64))
        offsets.append(
            np.asarray(tokens.starts[:n], dtype=np.int64) - (tokens.starts[0] if n else 0)
        )
        lengths.append(n)
        span = tokens.ends[-1] - tokens.starts[0] if len(tokens) else 0
        buckets.append(max(64, span // 2))
    return Queries(
        keys=np.concatenate(keys) if keys else np.zeros(0, np.uint64),
        offsets=np.concatenate(offsets) if offsets else np.zeros(0, np.int64),
        bounds=np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)]).astype(np.int64),
        buckets=np.asarray(buckets, dtype=np.int64),
        sources=tuple(sources),
        modes=np.asarray(modes, dtype=np.int64),
    )

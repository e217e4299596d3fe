"""The votes of a batch of queries in a shard: which buckets of which texts their seeds agree on.

Every distinct seed of a query votes once for each bucket (in two grids, the second shifted by
half a bucket) where one of its hits says the segment would start. Counting every hit costs a
sort of all of them; most hits belong to the few most common seeds. So the rarer two thirds of
a query's seeds vote first. Only a bucket that could still reach the votes a candidate needs
(a share of the best bucket's, see :func:`sourcecheck.matching.search.choose`) matters: when
the common seeds together could not lift a bucket the rare ones missed to that share, their
votes are counted only for the buckets the rare ones found, by binary search in the sorted
positions of each seed (positions ascend within a key in every run), never by touching all
their hits. Otherwise (a quote with no clear place, such as one that is not in the text) every
hit votes. Either way the buckets that can become candidates get exactly the same votes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .shards import ALL, EXCEPT, ONLY, Queries, Shard

SEED_BITS, _BUCKET_BITS, _TEXT_BITS = 6, 26, 16
BUCKET_FLOOR = 4  # buckets start at -3: a segment's first pair is at most a segment ahead
Cells = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
"""Buckets with votes: (query, text number in the shard, bucket number, votes)."""


@dataclass(frozen=True, slots=True)
class Batch:
    """What the search of a batch of queries ``first..last - 1`` knows about their seeds."""

    shard: Shard
    queries: Queries
    first: int
    looks: np.ndarray  # per query: its source's number in the shard (see search)
    pair_query: np.ndarray  # per pair of the batch: its query (numbered in the batch)
    offsets: np.ndarray  # per pair of the batch: its offset in its segment
    seeds: np.ndarray  # pair numbers of the seeds, grouped by query, rarest first
    rank: np.ndarray  # each seed's rank in its query
    lows: list[np.ndarray]  # per run, per pair: where its key's hits begin
    highs: list[np.ndarray]

    @property
    def buckets(self) -> np.ndarray:
        return self.queries.buckets[self.first :]


def best_buckets(
    batch: Batch, *, top: int, share: float, prune: bool = True
) -> list[tuple[np.ndarray, ...]]:
    """Per grid, the ``2 * top`` best buckets of each query: (query, votes, text, start).

    ``prune=False`` lets every hit vote (the reference: the candidates are the same)."""
    n_queries = len(batch.looks)
    query = batch.pair_query[batch.seeds]
    k = np.bincount(query, minlength=n_queries)
    rare_n = k - k // 4
    rare = np.flatnonzero(batch.rank < rare_n[query])
    partial = [_cells(batch, rare, grid) for grid in (0, 1)]
    best = np.zeros(n_queries, np.int64)
    for q, _, _, votes in partial:
        np.maximum.at(best, q, votes)
    need = np.maximum(1.0, best * share)
    common_n = k - rare_n
    pruned = (common_n > 0) & (common_n < need) & prune
    every = np.flatnonzero(~pruned[query] & (common_n[query] > 0))
    out = []
    for grid in (0, 1):
        q, t, cell, votes = partial[grid]
        # queries whose rare seeds are all their seeds, or that will be pruned: keep theirs
        mine = (common_n[q] == 0) | (pruned[q] & (votes >= need[q] - common_n[q]))
        q, t, cell, votes = q[mine], t[mine], cell[mine], votes[mine]
        votes = votes + _common_votes(batch, (q, t, cell), rare_n, grid)
        full = _cells(batch, every, grid)
        merged = tuple(np.concatenate(pair) for pair in zip((q, t, cell, votes), full, strict=True))
        out.append(_top(batch, merged, grid, top))  # type: ignore[arg-type]
    return out


def _cells(batch: Batch, subset: np.ndarray, grid: int) -> Cells:
    """The buckets the seeds ``subset`` (numbers in ``batch.seeds``) vote for, with votes."""
    position, owner = _hits(batch, batch.seeds[subset])
    seed = subset[owner]
    text = np.searchsorted(batch.shard.bases, position, side="right") - 1
    query = batch.pair_query[batch.seeds[seed]]
    keep = _allowed(batch, query, text)
    if not keep.any():
        empty = np.zeros(0, np.int64)
        return empty, empty, empty, empty
    query, text, seed = query[keep], text[keep], seed[keep]
    anchor = position[keep] - batch.shard.bases[text] - batch.offsets[batch.seeds[seed]]
    size = batch.buckets[query]
    cell = (anchor + grid * (size // 2)) // size + BUCKET_FLOOR
    code = ((query << _TEXT_BITS | text) << _BUCKET_BITS | cell) << SEED_BITS | batch.rank[seed]
    code.sort()  # a sort, not np.unique: its hash table is slow once it leaves the cache
    distinct = np.concatenate([[True], code[1:] != code[:-1]])
    cells = code[distinct] >> SEED_BITS
    edges = np.concatenate([[0], np.flatnonzero(np.diff(cells)) + 1])
    votes = np.diff(np.concatenate([edges, [len(cells)]]))
    cells = cells[edges]
    return (
        cells >> (_TEXT_BITS + _BUCKET_BITS),
        (cells >> _BUCKET_BITS) & ((1 << _TEXT_BITS) - 1),
        cells & ((1 << _BUCKET_BITS) - 1),
        votes,
    )


def _hits(batch: Batch, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Shard positions of every occurrence of the key of each pair in ``pairs``, and the
    number (in ``pairs``) of the pair of each."""
    positions, owners = [], []
    for run, low, high in zip(batch.shard.runs, batch.lows, batch.highs, strict=True):
        lo, n = low[pairs], high[pairs] - low[pairs]
        total = int(n.sum())
        if total == 0:
            continue
        owners.append(np.repeat(np.arange(len(pairs)), n))
        index = np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(total)
        positions.append(run.positions[index].astype(np.int64))
    if not positions:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(positions), np.concatenate(owners)


def _allowed(batch: Batch, query: np.ndarray, text: np.ndarray) -> np.ndarray:
    """Which hits are in a text the hit's query looks at."""
    mode = batch.queries.modes[batch.first :][query]
    same = batch.shard.sources[text] == batch.looks[query]
    return (mode == ALL) | ((mode == ONLY) & same) | ((mode == EXCEPT) & ~same)


def _common_votes(
    batch: Batch, cells: tuple[np.ndarray, np.ndarray, np.ndarray], rare_n: np.ndarray, grid: int
) -> np.ndarray:
    """The votes of each query's common seeds (those ranked from ``rare_n``) for the buckets
    ``cells``: a seed votes when one of its positions falls in the bucket, in the bucket's
    text."""
    q, t, cell = cells
    query_of_seed = batch.pair_query[batch.seeds]
    k = np.bincount(query_of_seed, minlength=len(rare_n))
    common_n = (k - rare_n)[q]
    if len(q) == 0 or not common_n.any():
        return np.zeros(len(q), np.int64)
    group_start = np.concatenate([[0], np.cumsum(k)[:-1]])
    owner = np.repeat(np.arange(len(q)), common_n)
    seed = np.repeat(group_start[q] + rare_n[q], common_n) + (
        np.arange(len(owner)) - np.repeat(np.cumsum(common_n) - common_n, common_n)
    )
    pair = batch.seeds[seed]
    bases, size = batch.shard.bases, batch.buckets[q][owner]
    text = t[owner]
    start = bases[text] + batch.offsets[pair] + (cell[owner] - BUCKET_FLOOR) * size
    start = start - grid * (size // 2)
    ends = np.concatenate([bases[1:], [np.iinfo(np.int64).max]])[text]
    lo, hi = np.maximum(start, bases[text]), np.minimum(start + size, ends)
    voted = np.zeros(len(pair), dtype=bool)
    for run, low, high in zip(batch.shard.runs, batch.lows, batch.highs, strict=True):
        first, last = low[pair], high[pair]
        at = _lower_bound(run.positions, first, last, lo)
        inside = at < last
        voted[inside] |= run.positions[at[inside]] < hi[inside]
    return np.bincount(owner, weights=voted, minlength=len(q)).astype(np.int64)


def _lower_bound(
    values: np.ndarray, lo: np.ndarray, hi: np.ndarray, target: np.ndarray
) -> np.ndarray:
    """For each i, the first index in ``values[lo[i]:hi[i]]`` (sorted) not below
    ``target[i]`` (``hi[i]`` if none): a binary search of all of them at once."""
    lo, hi = lo.astype(np.int64), hi.astype(np.int64)
    active = np.flatnonzero(lo < hi)
    while len(active):
        mid = (lo[active] + hi[active]) // 2
        right = values[mid] < target[active]
        lo[active[right]] = mid[right] + 1
        hi[active[~right]] = mid[~right]
        active = active[lo[active] < hi[active]]
    return lo


def _top(batch: Batch, cells: Cells, grid: int, top: int) -> tuple[np.ndarray, ...]:
    """The ``2 * top`` best buckets of each query: (query, votes, text, start); ties go to the
    earlier text and place. One sort of one number per bucket: query, votes (inverted), text
    and bucket packed in 63 bits (votes are under 64: a query has at most 63 seeds)."""
    q, t, cell, votes = cells
    code = (((q << SEED_BITS | (63 - votes)) << _TEXT_BITS | t) << _BUCKET_BITS) | cell
    code.sort()
    q = code >> (SEED_BITS + _TEXT_BITS + _BUCKET_BITS)
    best = code[np.arange(len(code)) - group_first(q) < 2 * top]
    q = best >> (SEED_BITS + _TEXT_BITS + _BUCKET_BITS)
    votes = 63 - ((best >> (_TEXT_BITS + _BUCKET_BITS)) & 63)
    t = (best >> _BUCKET_BITS) & ((1 << _TEXT_BITS) - 1)
    cell = best & ((1 << _BUCKET_BITS) - 1)
    size = batch.buckets[q]
    # the bucket's left edge: the caller's window reaches a bucket beyond it
    start = (cell - BUCKET_FLOOR) * size - grid * (size // 2)
    return q, votes, t, start


def group_first(group: np.ndarray) -> np.ndarray:
    """For each element of a grouped (sorted) array, the index where its group begins."""
    if len(group) == 0:
        return np.zeros(0, np.int64)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(group)) + 1])
    return np.repeat(starts, np.diff(np.concatenate([starts, [len(group)]])))

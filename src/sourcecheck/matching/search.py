"""The candidate search of many quote segments in a shard, vectorized across queries.

:func:`search` returns, for every query, the best vote buckets of the shard (both grids);
:func:`choose` merges what every shard returned and picks each query's candidates, the way
:func:`sourcecheck.matching.index.find_candidates` does for one text (it is implemented with
them). :func:`match_quotes` matches many quotes in one text with one search. Results depend
only on the texts and the queries, never on how queries are batched or
shards spread over processes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..models import MatchResult
from .index import MAX_HITS, MAX_OCCURRENCES, MAX_SEEDS, Candidate, TextIndex
from .match import MatchParams, candidate_window, match_in_text
from .quote import ParsedQuote, parse_quote
from .shards import ALL, EXCEPT, ONLY, QUERY_BATCH, Queries, Shard, make_queries, single_text_shard

_SEED_BITS, _BUCKET_BITS, _TEXT_BITS = 6, 26, 16
_BUCKET_FLOOR = 4  # buckets start at -3: a segment's first pair is at most a segment ahead


@dataclass(frozen=True, slots=True)
class Found:
    """Vote buckets of queries: query number, votes, text id and the bucket's start in it."""

    query: np.ndarray  # int64
    votes: np.ndarray  # int64
    text_id: np.ndarray  # int64
    start: np.ndarray  # int64, may be negative (the segment starts before the text)

    @staticmethod
    def concat(parts: Sequence[Found]) -> Found:
        if not parts:
            empty = np.zeros(0, np.int64)
            return Found(empty, empty, empty, empty)
        return Found(*(np.concatenate([getattr(p, f) for p in parts]) for f in Found.__slots__))


@dataclass(frozen=True, slots=True)
class SearchParams:
    """Limits of the candidate search (see :mod:`sourcecheck.matching.index`)."""

    max_seeds: int = MAX_SEEDS
    max_occurrences: int = MAX_OCCURRENCES
    max_hits: int = MAX_HITS
    top: int = 3


def search(shard: Shard, queries: Queries, *, params: SearchParams = SearchParams()) -> Found:
    """The best ``2 * top`` vote buckets of every query in each of the two grids."""
    if params.max_seeds >= 1 << _SEED_BITS:
        raise ValueError(f"max_seeds must be under {1 << _SEED_BITS}")
    parts = []
    for first in range(0, len(queries), QUERY_BATCH):
        last = min(len(queries), first + QUERY_BATCH)
        parts.append(_search_batch(shard, queries, first, last, params))
    return Found.concat(parts)


def _search_batch(shard: Shard, queries: Queries, first: int, last: int, p: SearchParams) -> Found:
    lo_pair, hi_pair = int(queries.bounds[first]), int(queries.bounds[last])
    keys = queries.keys[lo_pair:hi_pair]
    pair_query = np.repeat(np.arange(last - first), np.diff(queries.bounds[first : last + 1]))
    looks = _query_codes(shard, queries, first, last)
    lows = [np.searchsorted(run.keys, keys, side="left") for run in shard.runs]
    highs = [np.searchsorted(run.keys, keys, side="right") for run in shard.runs]
    counts = sum((h - lo for lo, h in zip(lows, highs, strict=True)), np.zeros(len(keys), np.int64))
    usable = (counts > 0) & (counts <= p.max_occurrences) & (looks[pair_query] != -2)
    seeds, rank = _seeds(np.flatnonzero(usable), counts, pair_query, p)
    position, seed_of_hit = _hits(shard, seeds, lows, highs)
    if len(position) == 0:
        return Found.concat([])
    text = np.searchsorted(shard.bases, position, side="right") - 1
    query = pair_query[seeds][seed_of_hit]
    keep = _allowed(shard, queries, looks, query, text, first)
    query, text, seed_of_hit = query[keep], text[keep], seed_of_hit[keep]
    anchor = position[keep] - shard.bases[text] - queries.offsets[lo_pair:][seeds][seed_of_hit]
    buckets = queries.buckets[first:last][query]
    grids = [
        _vote(query, text, anchor, rank[seed_of_hit], buckets, shift, p.top)
        for shift in (np.zeros_like(buckets), buckets // 2)
    ]
    q, votes, t, start = (np.concatenate(column) for column in zip(*grids, strict=True))
    return Found(q + first, votes, shard.text_ids[t], start)


def _query_codes(shard: Shard, queries: Queries, first: int, last: int) -> np.ndarray:
    """Per query: its source's number in the shard (-1 if the shard has none of its texts),
    or -2 when the query can find nothing here (it looks only at a source the shard lacks)."""
    numbers = {name: n for n, name in enumerate(shard.source_names)}
    codes = np.array([numbers.get(s, -1) for s in queries.sources[first:last]], dtype=np.int64)
    modes = queries.modes[first:last]
    only_elsewhere = (modes == EXCEPT) & (codes >= 0) & (len(shard.source_names) == 1)
    codes[((modes == ONLY) & (codes == -1)) | only_elsewhere] = -2
    return codes


def _seeds(
    usable: np.ndarray, counts: np.ndarray, pair_query: np.ndarray, p: SearchParams
) -> tuple[np.ndarray, np.ndarray]:
    """Each query's seeds: its rarest usable pairs (ties in the segment's order), at most
    ``max_seeds``, and no more once their hits pass ``max_hits`` (but at least one).
    Returns the seeds' pair numbers and each seed's rank in its query."""
    order = np.lexsort((usable, counts[usable], pair_query[usable]))
    seeds = usable[order]
    rank = _rank_in_group(pair_query[seeds])
    seeds, rank = seeds[rank < p.max_seeds], rank[rank < p.max_seeds]
    query = pair_query[seeds]
    total = np.cumsum(counts[seeds])
    group_first = _group_first(query)
    before = np.where(group_first > 0, total[np.maximum(group_first - 1, 0)], 0)
    within = (total - before) <= p.max_hits
    n_within = np.bincount(query, weights=within, minlength=int(query.max(initial=-1)) + 1)
    keep = rank < np.maximum(1, n_within[query])
    return seeds[keep], rank[keep]


def _group_first(group: np.ndarray) -> np.ndarray:
    """For each element of a grouped (sorted) array, the index where its group begins."""
    if len(group) == 0:
        return np.zeros(0, np.int64)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(group)) + 1])
    return np.repeat(starts, np.diff(np.concatenate([starts, [len(group)]])))


def _rank_in_group(group: np.ndarray) -> np.ndarray:
    return np.arange(len(group)) - _group_first(group)


def _hits(
    shard: Shard, seeds: np.ndarray, lows: list[np.ndarray], highs: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Shard positions of every occurrence of every seed, and the seed (number in ``seeds``)
    of each."""
    positions, owners = [], []
    for run, low, high in zip(shard.runs, lows, highs, strict=True):
        lo, n = low[seeds], high[seeds] - low[seeds]
        total = int(n.sum())
        if total == 0:
            continue
        owner = np.repeat(np.arange(len(seeds)), n)
        index = np.repeat(lo - (np.cumsum(n) - n), n) + np.arange(total)
        positions.append(run.positions[index].astype(np.int64))
        owners.append(owner)
    if not positions:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(positions), np.concatenate(owners)


def _allowed(
    shard: Shard,
    queries: Queries,
    looks: np.ndarray,
    query: np.ndarray,
    text: np.ndarray,
    first: int,
) -> np.ndarray:
    """Which hits are in a text the hit's query looks at."""
    mode = queries.modes[first:][query]
    same = shard.sources[text] == looks[query]
    return (mode == ALL) | ((mode == ONLY) & same) | ((mode == EXCEPT) & ~same)


def _vote(
    query: np.ndarray,
    text: np.ndarray,
    anchor: np.ndarray,
    seed: np.ndarray,
    bucket: np.ndarray,
    shift: np.ndarray,
    top: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The ``2 * top`` best buckets of each query in one grid: (query, votes, text, start).

    Each distinct seed votes once per bucket of a text; ties go to the earlier text and place.
    """
    cell = (anchor + shift) // bucket + _BUCKET_FLOOR
    code = ((query << _TEXT_BITS | text) << _BUCKET_BITS | cell) << _SEED_BITS | seed
    code.sort()  # a sort, not np.unique: its hash table is slow once it leaves the cache
    distinct = np.concatenate([[True], code[1:] != code[:-1]]) if len(code) else code
    cells = code[distinct] >> _SEED_BITS
    if len(cells) == 0:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty, empty
    edges = np.concatenate([[0], np.flatnonzero(np.diff(cells)) + 1])
    votes = np.diff(np.concatenate([edges, [len(cells)]]))
    cells = cells[edges]
    q = cells >> (_TEXT_BITS + _BUCKET_BITS)
    order = np.lexsort((-votes, q))  # stable: equal votes keep text and bucket order
    best = order[_rank_in_group(q[order]) < 2 * top]
    q, votes, cells = q[best], votes[best], cells[best]
    t = (cells >> _BUCKET_BITS) & ((1 << _TEXT_BITS) - 1)
    b = (cells & ((1 << _BUCKET_BITS) - 1)) - _BUCKET_FLOOR
    # the bucket's left edge: the caller's window reaches a bucket beyond it
    size = _per_query(q, query, bucket)
    return q, votes, t, b * size - _per_query(q, query, shift)


def _per_query(wanted: np.ndarray, query: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``values`` (given per hit) of each query in ``wanted`` (constant within a query)."""
    table = np.zeros(int(query.max(initial=-1)) + 1, dtype=np.int64)
    table[query] = values
    return table[wanted]


def choose(
    found: Found,
    queries: Queries,
    *,
    top: int | Sequence[int] = 3,
    min_vote_share: float = 0.5,
) -> list[list[Candidate]]:
    """Each query's candidates from the buckets of every shard, best first: at most ``top``
    (one number, or one per query), each with at least ``min_vote_share`` of the best one's
    votes, none within a bucket of a better one in the same text."""
    chosen: list[list[Candidate]] = [[] for _ in range(len(queries))]
    tops = [top] * len(queries) if isinstance(top, int) else list(top)
    order = np.lexsort((found.start, found.text_id, -found.votes, found.query))
    rows = zip(*(getattr(found, f)[order].tolist() for f in Found.__slots__), strict=True)
    buckets = queries.buckets.tolist()
    best = 0
    for query, votes, text_id, start in rows:
        picked = chosen[query]
        if not picked:
            best = votes
        elif len(picked) == tops[query] or votes < max(1, best * min_vote_share):
            continue
        size = buckets[query]
        if any(c.text_id == text_id and abs(start - c.start) < size for c in picked):
            continue
        picked.append(Candidate(start=max(0, start), votes=votes, text_id=text_id))
    return chosen


def match_quotes(
    quotes: Sequence[str | ParsedQuote],
    text: str,
    *,
    index: TextIndex,
    text_id: int | None = None,
    params: MatchParams = MatchParams(),  # noqa: B008 - frozen
) -> list[MatchResult]:
    """:func:`match_quote` for many quotes in one text: the candidates of all their segments
    are searched at once (numpy, across quotes), then each quote is placed around its own.
    The results are those of :func:`match_quote`, quote by quote.

    >>> from sourcecheck.matching.index import build_index
    >>> source = "_Feb. 11._--Trotski declines to sign. The war is over, but there is no peace."
    >>> [r.status for r in match_quotes(["The war is over", "Peace at last"], source,
    ...                                  index=build_index(source))]
    ['verbatim', 'not_found']
    """
    parsed = [q if isinstance(q, ParsedQuote) else parse_quote(q) for q in quotes]
    segments = [segment for p in parsed for segment in p.segments]
    queries = make_queries(segments, [""] * len(segments), [ALL] * len(segments))
    top = params.candidates
    found = search(single_text_shard(index), queries, params=SearchParams(top=top))
    chosen = iter(choose(found, queries, top=top))
    whole = [(0, len(text))] if index.n_words <= params.whole_text_words else []
    results = []
    for p in parsed:
        windows = [
            [candidate_window(segment, c.start) for c in candidates] or whole
            for segment, candidates in zip(p.segments, chosen, strict=False)
        ]
        results.append(match_in_text(p, text, windows.__getitem__, text_id=text_id, params=params))
    return results

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
from .align import use_compiled
from .index import MAX_HITS, MAX_OCCURRENCES, MAX_SEEDS, Candidate, TextIndex
from .match import candidate_window, match_in_text
from .params import MatchParams
from .quote import ParsedQuote, parse_quote
from .shards import ALL, EXCEPT, ONLY, QUERY_BATCH, Queries, Shard, make_queries, single_text_shard
from .votes import SEED_BITS, Batch, best_buckets, group_first


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
    min_vote_share: float = 0.5
    """As :func:`choose`'s: buckets below it are not counted exactly (see votes.py)."""
    prune: bool = True
    """Count the common seeds' votes only where they can matter (False: every hit votes)."""


def search(shard: Shard, queries: Queries, *, params: SearchParams = SearchParams()) -> Found:
    """The best ``2 * top`` vote buckets of every query in each of the two grids."""
    if params.max_seeds >= 1 << SEED_BITS:
        raise ValueError(f"max_seeds must be under {1 << SEED_BITS}")
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
    batch = Batch(
        shard, queries, first, looks, pair_query, queries.offsets[lo_pair:hi_pair], seeds, rank,
        lows, highs,
    )  # fmt: skip
    grids = best_buckets(batch, top=p.top, share=p.min_vote_share, prune=p.prune)
    q, votes, t, start = (np.concatenate(column) for column in zip(*grids, strict=True))
    return Found(q + first, votes, shard.text_ids[t], start)


def search_text(
    index: TextIndex, queries: Queries, *, params: SearchParams = SearchParams()
) -> Found:
    """The best buckets of every query in one text, compiled query by query
    (:func:`sourcecheck.matching.kernel.text_votes`): every hit votes, and :func:`choose`
    picks the same candidates as from :func:`search` of the text's shard."""
    if not use_compiled():  # its numpy reference: the same candidates
        return search(single_text_shard(index), queries, params=params)
    from .kernel import text_votes  # numba, imported on first use

    limits = (params.max_seeds, params.max_occurrences, params.max_hits, params.top)
    bounds, buckets = queries.bounds.tolist(), queries.buckets.tolist()
    parts = []
    for q in range(len(queries)):
        lo, hi = bounds[q], bounds[q + 1]
        query = (queries.keys[lo:hi], queries.offsets[lo:hi], buckets[q])
        votes, start = text_votes(index.keys, index.positions, query, limits)
        number = np.full(len(votes), q, dtype=np.int64)
        parts.append(Found(number, votes, np.zeros(len(votes), np.int64), start))
    return Found.concat(parts)


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
    first_of = group_first(query)
    before = np.where(first_of > 0, total[np.maximum(first_of - 1, 0)], 0)
    within = (total - before) <= p.max_hits
    n_within = np.bincount(query, weights=within, minlength=int(query.max(initial=-1)) + 1)
    keep = rank < np.maximum(1, n_within[query])
    return seeds[keep], rank[keep]


def _rank_in_group(group: np.ndarray) -> np.ndarray:
    """Each element's rank in its group of a grouped (sorted) array."""
    return np.arange(len(group)) - group_first(group)


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
    params: MatchParams = MatchParams(),
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
    found = search_text(index, queries, params=SearchParams(top=top))
    chosen = iter(choose(found, queries, top=top))
    whole = [(0, len(text))] if index.n_words <= params.whole_text_words else []
    results = []
    for p in parsed:
        windows = [
            [candidate_window(segment, c.start) for c in candidates] or whole
            for segment, candidates in zip(p.segments, chosen, strict=False)
        ]
        results.append(
            match_in_text(
                p, text, windows.__getitem__, text_id=text_id, params=params, spans=index.spans
            )
        )
    return results

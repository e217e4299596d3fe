"""The scale run: index build and the ``--anywhere`` search over a corpus of ~3 MB texts.

``make_scale_quotes`` (run by the parent) draws quotations from the corpus texts. The
measurement itself runs in a fresh process per corpus size (``python bench/scale.py ...``) so
that its peak memory is its own: it reads the texts, builds an index per text and puts them in
one shard, then searches every quotation two ways, keeping the best result of each:

- *merged index*, as ``verify`` does: the shard of every text names the texts where the
  quotation's three longest segments have candidates, and ``match_quote`` runs on those only;
- *every text*: ``match_quote`` on every text with its own index (the exhaustive baseline).

It records times, peak RSS at each stage and whether the best result is at the right text and
place. Present quotations all come
from the first text of the corpus (corpora are nested, see ``corpus.py``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import numpy as np
from quotegen import BY_NAME, Case, Source, make_case

from sourcecheck.matching.align import warm_kernels
from sourcecheck.matching.index import TextIndex, build_index, find_candidates
from sourcecheck.matching.match import best_of, match_quote
from sourcecheck.matching.quote import ParsedQuote, parse_quote
from sourcecheck.matching.search import SearchParams, choose, search
from sourcecheck.matching.shards import ALL, Shard, make_queries, text_run

# Perturbations used in the scale run (those that apply to any prose, substituted or not).
SCALE_MIX = {
    "typography": 25,
    "elided": 20,
    "interpolated": 5,
    "ocr": 10,
    "changed_word": 10,
    "missing_word": 5,
    "extra_word": 5,
    "absent": 20,
}
RETRIEVAL_QUOTES = 300  # quotations whose candidate step is measured on its own


def memory_mb() -> dict[str, float]:
    """Current and peak resident memory of this process, in MB.

    The peak is VmHWM, which starts afresh with the process image; ``ru_maxrss`` would not do:
    Linux carries it over from the parent through fork and exec.
    """
    status = Path("/proc/self/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {k: float(fields[f].split()[0]) / 1024 for k, f in (("rss", "VmRSS"), ("peak", "VmHWM"))}


def make_scale_quotes(source: Source, absent: Source, n: int, *, seed: int) -> list[Case]:
    """``n`` quotations in the ``SCALE_MIX`` proportions.

    Present ones are drawn from ``source`` (the first text of every corpus, or its prefix);
    absent ones from ``absent``, prose that no corpus contains.
    """
    rng = random.Random(f"{seed}-scale")
    bag = [c for c, weight in SCALE_MIX.items() for _ in range(weight)]
    cases = []
    for k in range(n):
        category = BY_NAME[rng.choice(bag)]
        case = make_case(category, absent if category.absent else source, rng, f"{k}")
        case.source = "*" if category.absent else "text-000"
        cases.append(case)
    return cases


def overlaps(a: tuple[int, int], b: tuple[int, int], *, share: float = 0.8) -> bool:
    """The two spans overlap by at least ``share`` of the shorter one."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= share * min(a[1] - a[0], b[1] - b[0])


Chooser = Callable[[ParsedQuote], list[int]]
"""Which texts to align a quotation against (by position in the corpus)."""


def run(texts_paths: list[Path], cases: list[Case], *, budget_s: float) -> dict[str, object]:
    """Build the indexes, then search every quotation both ways; figures as a dict."""
    out: dict[str, object] = {"memory_start": memory_mb()}
    t0 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in texts_paths]
    out["read_s"] = time.perf_counter() - t0
    out["chars"] = sum(map(len, texts))
    out["bytes"] = sum(p.stat().st_size for p in texts_paths)
    out["texts"] = len(texts)
    out["memory_texts"] = memory_mb()
    t0 = time.perf_counter()
    indexes = [build_index(t) for t in texts]
    out["index_s"] = time.perf_counter() - t0
    out["index_bytes"] = sum(i.nbytes for i in indexes)
    out["memory_indexed"] = memory_mb()
    every: Chooser = lambda parsed: list(range(len(texts)))  # noqa: E731
    modes: dict[str, Chooser] = {}
    # verify's search: every text in one shard, each quotation's segments searched at once
    t0 = time.perf_counter()
    shard = corpus_shard(indexes, [len(t) for t in texts])
    out["corpus_index_s"] = time.perf_counter() - t0
    out["corpus_index_bytes"] = shard.nbytes
    out["memory_corpus_indexed"] = memory_mb()
    # not timed: the compiled alignment, which 1,000 quotations repay, loaded before (as
    # verify does for a run that large), not after numpy's first COMPILED_AFTER alignments
    warm_kernels()

    def merged(parsed: ParsedQuote) -> list[int]:
        segments = sorted(parsed.segments, key=len, reverse=True)[:3]
        queries = make_queries(segments, [""] * len(segments), [ALL] * len(segments))
        found = search(shard, queries, params=SearchParams(top=5))
        ids: list[int] = []
        for candidates in choose(found, queries, top=5):
            ids += [c.text_id for c in candidates if c.text_id not in ids]
        return ids

    modes["merged index"] = merged
    modes["every text"] = every
    out["modes"] = {
        name: search_all(cases, texts, indexes, chooser, budget_s=budget_s)
        for name, chooser in modes.items()
    }
    out["retrieval"] = _retrieval_only(cases[:RETRIEVAL_QUOTES], indexes)
    return out


def corpus_shard(indexes: list[TextIndex], lengths: list[int]) -> Shard:
    """Every text of the corpus in one shard (text ids are their positions in the corpus)."""
    bases = np.concatenate([[0], np.cumsum(np.asarray(lengths, dtype=np.int64) + 1)[:-1]])
    return Shard(
        shard_id=0,
        text_ids=np.arange(len(indexes), dtype=np.int64),
        bases=bases.astype(np.int64),
        sources=np.zeros(len(indexes), dtype=np.int64),
        source_names=("",),
        runs=tuple(text_run(i, int(b)) for i, b in zip(indexes, bases, strict=True)),
    )


def search_all(
    cases: list[Case],
    texts: list[str],
    indexes: list[TextIndex],
    choose: Chooser,
    *,
    budget_s: float,
) -> dict[str, object]:
    """Match every quotation against the texts ``choose`` picks; keep the best result."""
    out: dict[str, object] = {}
    times: list[float] = []
    aligned = 0
    outcomes: list[dict[str, object]] = []
    started = time.perf_counter()
    for k, case in enumerate(cases):
        t0 = time.perf_counter()
        parsed = parse_quote(case.quote)
        chosen = choose(parsed) if parsed.segments else []
        results = [match_quote(parsed, texts[i], index=indexes[i], text_id=i) for i in chosen]
        best = best_of(results)
        times.append(time.perf_counter() - t0)
        aligned += len(chosen)
        located = bool(  # every present quotation comes from the first text
            case.span
            and best is not None
            and best.text_id == 0
            and best.span
            and overlaps(case.span, (best.span.start, best.span.end))
        )
        status = best.status if best is not None else "not_found"
        outcome: dict[str, object] = {
            "category": case.category,
            "status": status,
            "located": located,
        }
        if (case.span is not None) != (located and status in ("verbatim", "close")):
            outcome["failure"] = {  # a present quotation missed, or an absent one "found"
                **asdict(case),
                "texts_aligned": chosen,
                "got_text": best.text_id if best else None,
                "got_span": (best.span.start, best.span.end) if best and best.span else None,
                "score": best.score if best else None,
                "reason": best.reason if best else "no text aligned",
            }
        outcomes.append(outcome)
        if k + 1 == 100:
            out["after_100"] = {"elapsed_s": time.perf_counter() - started, "memory": memory_mb()}
        if time.perf_counter() - started > budget_s and k + 1 < len(cases):
            out["stopped_after_budget"] = True
            break
    out["quotes_done"] = len(times)
    out["search_s"] = time.perf_counter() - started
    out["texts_aligned_per_quote"] = aligned / max(1, len(times))
    out["ms_per_quote_median"] = 1000 * statistics.median(times)
    out["ms_per_quote_mean"] = 1000 * statistics.fmean(times)
    out["ms_per_quote_p95"] = 1000 * quantile(times, 0.95)
    out["memory_end"] = memory_mb()
    out["outcomes"] = outcomes
    return out


def _retrieval_only(cases: list[Case], indexes: list[TextIndex]) -> dict[str, object]:
    """The candidate step alone, text by text: its cost, and how its votes separate.

    For each quotation: the votes of the best candidate at the true place (present ones) and
    the best votes anywhere else, to see whether a vote threshold could skip texts.
    """
    segments = [max(parse_quote(c.quote).segments, key=len) for c in cases]
    pairs = empty = 0
    t0 = time.perf_counter()
    for segment in segments:
        for index in indexes:
            pairs += 1
            empty += not find_candidates(index, segment)
    elapsed = time.perf_counter() - t0
    true_votes, elsewhere = [], []
    for case, segment in zip(cases, segments, strict=True):
        best_true, best_other = 0, 0
        for t, index in enumerate(indexes):
            for c in find_candidates(index, segment):
                near = case.span and t == 0 and case.span[0] - 300 <= c.start <= case.span[1]
                if near:
                    best_true = max(best_true, c.votes)
                else:
                    best_other = max(best_other, c.votes)
        if case.span:
            true_votes.append(best_true)
        elsewhere.append(best_other)
    return {
        "quotes": len(cases),
        "ms_per_quote": 1000 * elapsed / max(1, len(cases)),
        "share_of_pairs_without_candidates": empty / max(1, pairs),
        "true_place_votes": _summary(true_votes),
        "best_votes_elsewhere": _summary(elsewhere),
    }


def _summary(values: list[int]) -> dict[str, float]:
    if not values:
        return {}
    qs = {"min": 0.0, "p5": 0.05, "median": 0.5, "p95": 0.95, "p99": 0.99, "max": 1.0}
    return {name: quantile(values, q) for name, q in qs.items()}


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) of ``values``, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("quotes", type=Path, help="JSON list of cases")
    parser.add_argument("output", type=Path, help="where to write the figures (JSON)")
    parser.add_argument("texts", type=Path, nargs="+", help="the corpus, its first text first")
    parser.add_argument("--budget", type=float, default=900.0, help="seconds for the search")
    args = parser.parse_args(argv)
    cases = load_cases(args.quotes)
    figures = run(args.texts, cases, budget_s=args.budget)
    args.output.write_text(json.dumps(figures, indent=1))


def save_cases(cases: list[Case], path: Path) -> None:
    path.write_text(json.dumps([asdict(c) for c in cases], ensure_ascii=False))


def load_cases(path: Path) -> list[Case]:
    cases = []
    for c in json.loads(path.read_text()):
        span = tuple(c["span"]) if c["span"] else None
        cases.append(
            Case(
                **{**c, "expected": tuple(c["expected"]), "kinds": tuple(c["kinds"]), "span": span}
            )
        )
    return cases


if __name__ == "__main__":
    sys.exit(main())

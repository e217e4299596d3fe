"""Benchmark of reports for many claims: every format of ``sourcecheck report`` for 20,000.

The claims are the quotations of ``quotegen`` (every category, from War and Peace and
Czernin's book, so statuses, differences and fact checks are all represented), repeated with
numbered ids until there are ``--claims`` of them, verified once; then each format is rendered
in a fresh process (``sourcecheck report --format F -o FILE``), timed wall-clock, with its CPU
time (user + system: what a busy machine does not change much) and its peak memory. The
database is kept in ``--workdir`` and reused.

Run ``.venv/bin/python bench/bench_report.py`` (``--help``).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from bench_match import DEFAULT_SOURCES, SEED, TEXTS, load_average, machine
from quotegen import make_cases, read_sources

ROOT = Path(__file__).resolve().parent.parent
SC = ROOT / ".venv" / "bin" / "sourcecheck"
FORMATS = ("json", "csv", "markdown", "html", "claimreview", "annotations")


def build(db: Path, n_claims: int, sources_dir: Path) -> float:
    """The database: both texts, ``n_claims`` claims, one verify run; its build time."""
    from sourcecheck.models import Claim, Document, Source
    from sourcecheck.records.catalog import add_source, attach_text
    from sourcecheck.store import db as dbm
    from sourcecheck.verify import verify

    t0 = time.perf_counter()
    database = dbm.open_db(db)
    paths = [sources_dir / name for name in TEXTS]
    for path in paths:
        add_source(database, Source(path.stem, path.stem.replace("-", " ").title(), kind="book"))
        attach_text(database, path.stem, path)
    cases = make_cases(read_sources(paths), random.Random(SEED), 40)
    with dbm.transaction(database):
        dbm.upsert_document(database, Document("memoir", "A memoir", url="https://example.org/m"))
        for n in range(n_claims):
            case = cases[n % len(cases)]
            claim = Claim(f"claim-{n:05d}", case.quote, document_id="memoir", start=n * 100,
                          end=n * 100 + len(case.quote), source_id=case.source)  # fmt: skip
            dbm.upsert_claim(database, claim)
    verify(database, workers=None)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/benchwork"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--quick", action="store_true", help="500 claims (a check that it runs)")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the database again (after a code change)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.claims = 500
    args.workdir.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    print("# sourcecheck reports for many claims\n")
    results: dict[str, object] = {"machine": machine(), "claims": args.claims}
    for key, value in results["machine"].items():  # type: ignore[union-attr]
        print(f"- {key}: {value}")
    db = args.workdir / f"report-{args.claims}.db"
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    if not db.exists():
        print(f"\nbuilding {db} ...")
        print(f"built in {build(db, args.claims, args.sources):.1f} s")
    rows = []
    for fmt in FORMATS:
        output = args.workdir / f"report-{args.claims}.{fmt}"
        t0 = time.perf_counter()
        command = ["/usr/bin/time", "-f", "%M %U %S", str(SC), "report", "--db", str(db),
                   "--format", fmt, "-o", str(output)]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        wall = time.perf_counter() - t0
        peak_kb, user, system = done.stderr.strip().splitlines()[-1].split()
        peak, cpu = int(peak_kb) / 1024, float(user) + float(system)
        rows.append({"format": fmt, "wall_s": wall, "cpu_s": cpu, "peak_mb": peak,
                     "mb": output.stat().st_size / 1e6})  # fmt: skip
        print(
            f"  {fmt}: {wall:.2f} s ({cpu:.2f} s of CPU), peak {peak:.0f} MB, "
            f"{output.stat().st_size / 1e6:.1f} MB"
        )
    results["reports"] = rows
    slowest = max(rows, key=lambda r: float(r["wall_s"]))  # type: ignore[arg-type]
    verdict = "met" if float(slowest["wall_s"]) < 5 else "MISSED"  # type: ignore[arg-type]
    print(
        f"\ntarget (issue 11, at 20,000 claims): every format < 5 s; slowest {slowest['format']} "
        f"{slowest['wall_s']:.2f} s at {args.claims:,} claims: {verdict}"
    )
    results["load average at end"] = load_average()
    (args.out / "report.json").write_text(json.dumps(results, indent=1))
    print(f"\nload average at end: {results['load average at end']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

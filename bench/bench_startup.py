"""Benchmark of the command line's start: how long a cheap command takes, start to exit.

Each command runs ``--runs`` times in a fresh process (``.venv/bin/sourcecheck ...``), timed
wall-clock; the median is printed, with the fastest and the slowest run, the machine, the
versions and the load average (other work on the machine slows every start). The commands:
``--help`` (no database), ``source list`` and ``claim list`` (on an empty database made
once, untimed, in ``--workdir``). The time is what importing the command line costs plus
the little the command does: see ``python -X importtime -m sourcecheck --help`` for what.

Run ``.venv/bin/python bench/bench_startup.py`` (``--help``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from bench_match import load_average, machine, table

ROOT = Path(__file__).resolve().parent.parent
SC = ROOT / ".venv" / "bin" / "sourcecheck"
COMMANDS = (["--help"], ["source", "list"], ["claim", "list"])
LIBRARIES = ("typer", "click", "rich", "sqlite-utils", "datasette")


def time_command(sc: Path, args: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` runs of ``sourcecheck ARGS`` (each must exit 0)."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(sc), *args], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument(
        "--sourcecheck", type=Path, default=SC,
        help="the executable to time, e.g. another checkout's .venv/bin/sourcecheck to compare "
        "at the same load (default: this checkout's)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    from sourcecheck.store import db as dbm

    print("# sourcecheck: start time of cheap commands\n")
    for key, value in machine().items():
        print(f"- {key}: {value}")
    for name in LIBRARIES:
        print(f"- {name}: {version(name)}")
    print()
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as workdir:
        db = Path(workdir) / "empty.db"
        dbm.open_db(db, create=True).close()
        for command in COMMANDS:
            full = command if command == ["--help"] else [*command, "--db", str(db)]
            times = time_command(args.sourcecheck, full, args.runs)
            rows.append([
                "sourcecheck " + " ".join(command), f"{statistics.median(times):.3f}",
                f"{min(times):.3f}", f"{max(times):.3f}",
            ])  # fmt: skip
    print(table(["command", "median s", "fastest s", "slowest s"], rows))
    print(f"\n{args.sourcecheck}: {args.runs} runs each; load average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

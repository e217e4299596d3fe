"""Every match result of the benchmark's quotations, repr for repr: the check that a speed
change changed no result.

Draws the labelled quotations of ``bench_match.py`` (``quotegen.make_cases``) with a seed and
a number per category, matches each with ``match_quote`` (and all of a text's together with
``match_quotes``, which must agree), and writes one ``repr`` per line. With ``--against FILE``
it compares with a snapshot written before the change and lists the cases that differ.

    .venv/bin/python bench/snapshot_matches.py /tmp/before-480.txt
    .venv/bin/python bench/snapshot_matches.py /tmp/before-2400.txt --seed 7 --per-category 200
    (change the code)
    .venv/bin/python bench/snapshot_matches.py /tmp/after-480.txt --against /tmp/before-480.txt
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from quotegen import make_cases, read_sources

from sourcecheck.matching import align
from sourcecheck.matching.index import build_index
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.search import match_quotes

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ("tolstoy-war-and-peace.txt", "czernin-in-the-world-war.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="where the reprs go, one a line")
    parser.add_argument("--against", type=Path, help="a snapshot to compare with")
    parser.add_argument("--seed", type=int, default=20261125, help="bench_match's by default")
    parser.add_argument("--per-category", type=int, default=40)
    parser.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources")
    parser.add_argument(
        "--numpy",
        action="store_true",
        help="run numpy's reference alignment and search throughout, never the compiled "
        "kernels (by default they are loaded first and run throughout)",
    )
    args = parser.parse_args()
    if args.numpy:
        align.COMPILED_AFTER = sys.maxsize  # the process never switches to the kernels
    else:
        align.warm_kernels()
    sources = read_sources([args.sources / name for name in TEXTS])
    indexes = {name: build_index(source.text) for name, source in sources.items()}
    cases = make_cases(sources, random.Random(args.seed), args.per_category)
    t0 = time.perf_counter()
    lines = [
        repr(match_quote(c.quote, sources[c.source].text, index=indexes[c.source])) for c in cases
    ]
    t1 = time.perf_counter()
    for name, source in sources.items():
        mine = [i for i, c in enumerate(cases) if c.source == name]
        together = match_quotes([cases[i].quote for i in mine], source.text, index=indexes[name])
        if [repr(r) for r in together] != [lines[i] for i in mine]:
            print(f"error: match_quotes and match_quote disagree on {name}", file=sys.stderr)
            return 1
    t2 = time.perf_counter()
    n = len(cases)
    kernels = "compiled" if "sourcecheck.matching.kernel" in sys.modules else "numpy"
    print(
        f"{n} cases ({kernels} kernels): match_quote {1000 * (t1 - t0) / n:.2f} ms a quote, "
        f"match_quotes {1000 * (t2 - t1) / n:.2f} ms a quote (they agree)"
    )
    args.out.write_text("\n".join(lines) + "\n")
    if args.against is None:
        return 0
    before = args.against.read_text().splitlines()
    differ = [i for i, (a, b) in enumerate(zip(before, lines, strict=False)) if a != b]
    if len(before) != len(lines) or differ:
        for i in differ[:10]:
            print(f"case {i} ({cases[i].category}):\n  before {before[i]}\n  now    {lines[i]}")
        print(f"{len(differ)} of {n} results differ (snapshots of {len(before)} and {n} lines)")
        return 1
    print(f"all {n} results identical to {args.against}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

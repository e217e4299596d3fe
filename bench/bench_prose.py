"""Attribution on history and journalism prose: ``python bench/bench_prose.py``.

Scores ``sourcecheck extract`` against the hand labels of ``bench/data/prose-quotations.yaml``
(issue 12): passages written for the benchmark in the manner of Reed's *Ten Days*, of the
memoir and of Czernin's diary, and two chapters of War and Peace labelled by line. Prints, per
passage and per split (development, held-out), how many labelled quotations a proposal starts
at (found) and how many of those have the right speaker, then the wrong ones.

Rules: a proposal (kind quotation or oral) *finds* a labelled quotation when its span contains
the quotation's first words, or when it starts after them in the same paragraph and before
the next labelled quotation (a later piece of the same utterance: extraction proposes a short
first piece with the rest, "“Ah,” he said, “what a pity.”"); its speaker is right when
``bench_extract.speaker_right`` accepts it for one of the label's speakers (the last word of
one name is a word of the other: "a tall soldier" ~ "a soldier", "voices from the benches" ~
"voices").
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from bench_extract import SHARED, machine, pct, speaker_right

from sourcecheck.extract.claims import extract

LABELS = Path(__file__).resolve().parent / "data" / "prose-quotations.yaml"
QUOTE_KINDS = ("quotation", "oral")


def _chapter(entry: dict) -> tuple[str, list[tuple[int, dict]]] | None:
    """The chapter's text and each label's offset into it (None when the file differs)."""
    path = SHARED / entry["file"]
    raw = path.read_bytes() if path.exists() else b""
    if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
        print(f"\n{path} is missing or not the labeled file (sha256 differs)")
        return None
    lines = raw.decode("utf-8").split("\n")
    lo, hi = entry["lines"]
    starts = [0]
    for line in lines[lo - 1 : hi]:
        starts.append(starts[-1] + len(line) + 1)
    text = "\n".join(lines[lo - 1 : hi])
    located = []
    for q in entry["quotations"]:
        base = starts[q["line"] - lo]
        words = r"\W+".join(re.escape(w) for w in q["begins"].split())
        found = re.compile("“" + words).search(text, base)
        assert found is not None and found.start() < starts[q["line"] - lo + 1], q
        located.append((found.start() + 1, q))
    return text, located


def _passage(entry: dict) -> tuple[str, list[tuple[int, dict]]]:
    text = entry["text"]
    return text, [(text.index(q["begins"]), q) for q in entry["quotations"]]


def score(name: str, text: str, located: list[tuple[int, dict]], author: str | None) -> dict:
    """Found and right for one passage; print the misses."""
    claims = [c for c in extract(text, author=author).claims if c.kind in QUOTE_KINDS]
    found = right = 0
    wrong = []
    ends = [o for o, _ in located[1:]] + [len(text)]
    for (offset, q), limit in zip(located, ends, strict=True):
        para_end = text.find("\n\n", offset)
        limit = min(limit, para_end if para_end >= 0 else len(text))
        hit = next((c for c in claims if (c.start or 0) <= offset < (c.end or 0)), None) or next(
            (c for c in claims if offset <= (c.start or 0) < limit), None
        )  # (a short first piece is proposed with the next: "“Ah,” he said, “what a pity.”")
        if hit is None:
            wrong.append(f"  missed: {q['begins']!r}")
            continue
        found += 1
        refs = q["speaker"] if isinstance(q["speaker"], list) else [q["speaker"]]
        if any(speaker_right(hit.speaker, r) for r in refs):
            right += 1
        else:
            why = next((n for n in hit.notes.split("; ") if n.startswith("attribution")), "")
            wrong.append(f"  {q['begins']!r}: {hit.speaker!r} (want {refs[0]!r}) {why}")
    print(f"{name:28} found {found}/{len(located)}  speaker right {right}/{found}")
    for w in wrong:
        print(w)
    return {"labels": len(located), "found": found, "right": right}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="only the totals")
    args = parser.parse_args()
    data = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    print("# Attribution on history and journalism prose")
    print(machine())
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entry in data["passages"] + data["chapters"]:
        got = _chapter(entry) if "file" in entry else _passage(entry)
        if got is None:
            continue
        if args.quiet:
            sys.stdout, saved = open("/dev/null", "w"), sys.stdout  # noqa: SIM115
        figures = score(entry["name"], *got, entry.get("author"))
        if args.quiet:
            sys.stdout.close()
            sys.stdout = saved
        for key, n in figures.items():
            totals[entry["split"]][key] += n
            totals["all"][key] += n
    print()
    for split in ("development", "held-out", "all"):
        t = totals[split]
        print(
            f"{split:12} quotations {t['labels']}; found {pct(t['found'], t['labels'])}; "
            f"speaker right {pct(t['right'], t['found'])} (of all labelled: "
            f"{pct(t['right'], t['labels'])})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

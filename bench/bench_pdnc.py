"""Measure quotation finding and attribution on PDNC novels: ``python bench/bench_pdnc.py``.

The Project Dialogism Novel Corpus (``../shared/pdnc``, see its PROVENANCE.md) gives, for every
quotation of a novel, its pieces (character offsets inside the marks), its speaker (a character
with aliases) and its type (Explicit, Anaphoric, Implicit). Each novel is extracted with
:func:`sourcecheck.extract.claims.extract` as a user would (no author, no sources: nothing of
the annotations is given to the extractor) and scored:

- a proposal (a claim of kind quotation or oral) **matches** a reference quotation when it
  starts where one of its pieces starts and ends where that piece or a later piece of the same
  quotation ends, up to trailing punctuation, quotation marks or whitespace (PDNC cuts a
  quotation into pieces around the nested quotations and parenthesized asides it holds,
  "(smiling,)"; extraction keeps those inside one claim); a piece's start or end may also
  differ by the dashes that set off such an aside (PDNC keeps them in its pieces, "Yes--" and
  "--I do"; extraction leaves them out with the aside); *found* = references matched by at
  least one proposal; *precision* = proposals matching a piece of some reference / proposals;
- the **speaker** of a found reference is right when the first matching proposal's speaker,
  case and a leading article (the/a/an) aside, equals one of the character's aliases, or an
  alias without its leading titles (Mr., Miss, Lady...) where no other character's alias has
  that same bare form ("Miller" is not right when three Millers speak);
- per confidence band: the speaker confidence the proposal's notes give
  (``speaker confidence 0.NN``), so a reviewer knows which proposals to check first.

``--hold-out NAME`` reports named novels separately (those not looked at while developing);
``--errors N`` prints N wrong speakers per novel for reading.
"""

from __future__ import annotations

import argparse
import ast
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench_extract import machine, pct, same_span

from sourcecheck.extract.attribution import TITLES
from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim

REPO = Path(__file__).resolve().parents[1]
PDNC = REPO.parent / "shared" / "pdnc"
DEVELOPMENT = (
    "Emma PrideAndPrejudice OliverTwist TheInvisibleMan TheSignOfTheFour "
    "AlicesAdventuresInWonderland".split()
)
TYPES = ("Explicit", "Anaphoric", "Implicit")
BANDS = ((0.8, 1.01), (0.6, 0.8), (0.4, 0.6), (0.0, 0.4))
_CONFIDENCE = re.compile(r"speaker confidence (\d\.\d+)(?: \(([^)]*)\))?")
_VERB = re.compile(r"^the verb '[^']*' next to it$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
csv.field_size_limit(10**8)


@dataclass(slots=True)
class Reference:
    pieces: list[tuple[int, int]]
    speaker: str
    kind: str


@dataclass(slots=True)
class Tally:
    """Counts of one novel (or of several added together)."""

    refs: Counter[str] = field(default_factory=Counter)  # by type
    found: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    proposals: int = 0
    matched_proposals: int = 0
    bands: Counter[tuple[float, bool]] = field(default_factory=Counter)
    sieves: Counter[tuple[str, float, bool]] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        self.refs.update(other.refs)
        self.found.update(other.found)
        self.right.update(other.right)
        self.bands.update(other.bands)
        self.sieves.update(other.sieves)
        self.proposals += other.proposals
        self.matched_proposals += other.matched_proposals
        self.seconds += other.seconds


def _key(name: str) -> str:
    return " ".join(_ARTICLE.sub("", name.strip()).lower().replace(".", " ").split())


def _bare(name: str) -> str:
    words = name.replace(".", ". ").split()
    while len(words) > 1 and words[0].rstrip(".").title() in TITLES | {"Mr", "Mrs", "Dr"}:
        words = words[1:]
    return _key(" ".join(words))


class Characters:
    """The aliases of a novel's characters and which bare forms are shared."""

    def __init__(self, path: Path) -> None:
        self.aliases: dict[str, set[str]] = {}
        for row in csv.DictReader(path.open(encoding="utf-8")):
            names = set(ast.literal_eval(row["Aliases"])) | {row["Main Name"]}
            self.aliases[row["Main Name"]] = names
        owners: dict[str, set[str]] = defaultdict(set)
        for main, names in self.aliases.items():
            for alias in names:
                owners[_bare(alias)].add(main)
        self.shared = {bare for bare, who in owners.items() if len(who) > 1}
        # The annotations name a speaker by its main name, but a few rows use an alias
        # instead (TheInvisibleMan's "Kemp" for the character "The Doctor"): such a row
        # means the one character whose aliases hold that name.
        holders: dict[str, set[str]] = defaultdict(set)
        for main, names in self.aliases.items():
            for alias in names:
                holders[alias].add(main)
        self.main = {alias: next(iter(who)) for alias, who in holders.items() if len(who) == 1}
        self.main.update({main: main for main in self.aliases})

    def right(self, proposed: str | None, speaker: str) -> bool:
        speaker = self.main.get(speaker, speaker)
        if not proposed or speaker not in self.aliases:
            return False
        key = _key(proposed)
        for alias in self.aliases[speaker]:
            if key == _key(alias):
                return True
            if key == _bare(alias) and key not in self.shared:
                return True
        return False


def references(path: Path) -> list[Reference]:
    out = []
    for row in csv.DictReader(path.open(encoding="utf-8")):
        pieces = [tuple(p) for p in ast.literal_eval(row["quoteByteSpans"])]
        out.append(Reference(pieces, row["speaker"], row["quoteType"]))  # type: ignore[arg-type]
    return out


def speaker_confidence(claim: Claim) -> float:
    m = _CONFIDENCE.search(claim.notes or "")
    return float(m.group(1)) if m else 0.0


def sieve_of(claim: Claim) -> str:
    """The sieve the proposal's notes name ("vocative", "conversation turns"...); every verb
    beside the quotation is one sieve."""
    m = _CONFIDENCE.search(claim.notes or "")
    sieve = (m.group(2) or "") if m else ""
    return "the verb next to it" if _VERB.match(sieve) else sieve or "(none)"


def _without_dashes(text: str, at: int, step: int) -> int:
    """A piece's start (``step`` 1) or end (-1) past the dashes that set off an aside."""
    i = at if step == 1 else at - 1
    while 0 <= i < len(text) and text[i] in "-–— \n":
        i += step
    return i if step == 1 else i + 1


def score_novel(folder: Path, *, errors: int = 0) -> Tally:
    text = (folder / "novel_text.txt").read_text(encoding="utf-8")
    refs = references(folder / "quotation_info.csv")
    people = Characters(folder / "character_info.csv")
    started = time.perf_counter()
    claims = extract(text).claims
    tally = Tally(seconds=time.perf_counter() - started)
    proposals = [c for c in claims if c.kind in ("quotation", "oral")]
    by_start: dict[int, list[Claim]] = defaultdict(list)
    for claim in proposals:
        by_start[claim.start or 0].append(claim)
    matched: set[int] = set()
    shown = 0
    for ref in refs:
        kind = ref.kind if ref.kind in TYPES else "other"
        tally.refs[kind] += 1
        hits = [
            c
            for i, (s, _) in enumerate(ref.pieces)
            for start in {s, _without_dashes(text, s, 1)}
            for c in by_start.get(start, [])
            if any(
                same_span(text, (start, c.end or 0), (start, end))
                for _, e in ref.pieces[i:]
                for end in {e, _without_dashes(text, e, -1)}
            )
        ]
        if not hits:
            continue
        matched.update(id(c) for c in hits)
        tally.found[kind] += 1
        ok = people.right(hits[0].speaker, ref.speaker)
        tally.right[kind] += ok
        confidence = speaker_confidence(hits[0])
        band = next(lo for lo, hi in BANDS if lo <= confidence < hi)
        tally.bands[(band, ok)] += 1
        tally.sieves[(sieve_of(hits[0]), confidence, ok)] += 1
        if not ok and shown < errors:
            shown += 1
            print(
                f"    {ref.kind:9} {hits[0].start}: proposed {hits[0].speaker!r} "
                f"({confidence:.2f}, {sieve_of(hits[0])}), reference {ref.speaker!r}: "
                f"{hits[0].quote[:50]!r}"
            )
    tally.proposals = len(proposals)
    tally.matched_proposals = len(matched)
    return tally


def report(name: str, t: Tally) -> None:
    total_refs, total_found = sum(t.refs.values()), sum(t.found.values())
    print(
        f"| {name} | {pct(total_found, total_refs)} | "
        f"{pct(t.matched_proposals, t.proposals)} | {pct(sum(t.right.values()), total_found)} | "
        + " | ".join(pct(t.right[k], t.found[k]) for k in TYPES)
        + f" | {t.seconds:.1f} s |"
    )


def report_bands(t: Tally) -> None:
    print("\n| speaker confidence | found quotations | speaker right |")
    print("|---|---|---|")
    for lo, hi in BANDS:
        right, wrong = t.bands[(lo, True)], t.bands[(lo, False)]
        label = f"{lo:.1f}-{min(hi, 1.0):.1f}"
        print(f"| {label} | {right + wrong} | {pct(right, right + wrong)} |")


def report_sieves(t: Tally) -> None:
    """Accuracy per sieve and the confidence it gives: each band must be honest for every
    sieve in it, not only on average."""
    print("\n| sieve | speaker confidence | found quotations | speaker right |")
    print("|---|---|---|---|")
    for sieve, confidence in sorted({(s, c) for s, c, _ in t.sieves}, key=lambda k: -k[1]):
        right, wrong = t.sieves[(sieve, confidence, True)], t.sieves[(sieve, confidence, False)]
        print(f"| {sieve} | {confidence:.2f} | {right + wrong} | {pct(right, right + wrong)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("novels", nargs="*", help="PDNC novel folders (default: the six here)")
    parser.add_argument("--hold-out", action="append", default=[], help="report apart")
    parser.add_argument("--errors", type=int, default=0, help="wrong speakers to print")
    parser.add_argument("--sieves", action="store_true", help="accuracy per sieve/confidence")
    args = parser.parse_args()
    folders = [Path(n) for n in args.novels] or [PDNC / n for n in DEVELOPMENT]
    missing = [f for f in folders if not (f / "quotation_info.csv").exists()]
    if missing:
        print(f"no PDNC novel at {missing[0]} (read ../shared/pdnc)", file=sys.stderr)
        return 1
    print("# PDNC quotation attribution benchmark")
    print(machine())
    head = "| novel | found | precision | speaker right | " + " | ".join(TYPES) + " | time |"
    print("\n" + head + "\n" + "|---" * (head.count("|") - 1) + "|")
    totals = {"developed on": Tally(), "held out": Tally()}
    for folder in folders:
        tally = score_novel(folder, errors=args.errors)
        held = folder.name in args.hold_out
        report(folder.name + (" (held out)" if held else ""), tally)
        totals["held out" if held else "developed on"].add(tally)
    everything = Tally()
    for name, tally in totals.items():
        if tally.refs:
            report(f"**{name}**", tally)
            everything.add(tally)
    if totals["held out"].refs:
        report("**all**", everything)
    report_bands(everything)
    if args.sieves:
        report_sieves(everything)
    return 0


if __name__ == "__main__":
    sys.exit(main())

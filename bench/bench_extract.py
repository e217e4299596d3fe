"""Measure claim extraction against reviewed claims: ``python bench/bench_extract.py``.

Two measurements, printed with the machine, the versions and the date:

1. **The Brest-Litovsk chapter** (``../shared/memoir/my-life-brest-litovsk.txt``) against the
   reviewed ``claims/my-life-brest-litovsk.yaml``, with the project's ``sources/`` as the
   database's sources (the extractor was developed on this chapter).
2. **A text not tuned on**: a stretch of Czernin's *In the World War*, against the hand labels
   in ``bench/data/czernin-quotations.yaml`` (offsets and speakers only), with no sources.
3. **Another language**: part I of Kafka's *Die Verwandlung* and of its English translation
   (``../shared/translations/``), against the hand labels in ``bench/data/kafka-quotations.yaml``
   (each quotation's pieces and speaker). A proposal matches a quotation as in
   ``bench_pdnc.py``: it starts where a piece starts and ends where that piece or a later one
   ends (up to trailing punctuation); the speaker is right when, a leading article or
   possessive aside ("der", "die", "the", "his"...), it equals one of the person's aliases.

Rules (also stated in bench/RESULTS.md):

- a *quotation proposal* is one of kind quotation or oral; a reference quotation is a reviewed
  claim of kind quotation or oral (or a label);
- a proposal **matches** a reference when both spans start at the same offset and end at the
  same offset, or their ends differ only by trailing punctuation (``.,;:!?…``, quotation
  marks, whitespace); each reference matches at most one proposal;
- recall = matched references / references; precision = matched proposals / proposals (in
  the labeled stretch for Czernin);
- a **speaker** is right when the last word of one name equals (or, allowing transliteration,
  is 85% similar to) a word of the other: "Lenin" ~ "Vladimir Lenin", "Svyerdlov" ~ "Yakov
  Sverdlov", "stenographic report" ~ "stenographic report of the session";
- a **date** is right when the ISO strings are equal; "compatible" when one is a prefix of
  the other (1918-02 and 1918-02-22). Both are counted over matched quotations whose
  reference has a speaker (resp. a date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import sys
import time
from pathlib import Path

import yaml

from sourcecheck import __version__
from sourcecheck.extract.claims import extract
from sourcecheck.extract.surnames import same_surname
from sourcecheck.models import Claim
from sourcecheck.normalize import fold
from sourcecheck.records.formats import parse_file

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CHAPTER = SHARED / "memoir" / "my-life-brest-litovsk.txt"
REVIEWED = REPO / "claims" / "my-life-brest-litovsk.yaml"
CZERNIN = SHARED / "sources" / "czernin-in-the-world-war.txt"
LABELS = REPO / "bench" / "data" / "czernin-quotations.yaml"
KAFKA = REPO / "bench" / "data" / "kafka-quotations.yaml"
TRANSLATIONS = SHARED / "translations"
ARTICLES = {"der", "die", "das", "the", "his", "her", "a", "an", "ein", "eine"}
QUOTE_KINDS = ("quotation", "oral")
TRAILING = set(".,;:!?…”’\"' \n")
FACT_KINDS = ("figure", "event", "date", "paraphrase")


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.node()} {platform.system()} {platform.release()} {platform.machine()}, "
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, "
        f"sourcecheck {__version__}, PyYAML {yaml.__version__}; "
        f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}"
    )


def same_span(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] != b[0]:
        return False
    lo, hi = sorted((a[1], b[1]))
    return all(c in TRAILING for c in text[lo:hi])


def speaker_right(proposed: str | None, reference: str | None) -> bool:
    if not proposed or not reference:
        return False
    p = [fold(w) for w in proposed.replace("-", " ").split() if fold(w)]
    r = [fold(w) for w in reference.replace("-", " ").split() if fold(w)]
    return any(same_surname(p[-1], w) for w in r) or any(same_surname(r[-1], w) for w in p)


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100 * n / d:.1f}%" if d else "n/a"


def score(text: str, proposals: list[Claim], references: list[dict], label: str) -> dict:
    """Match proposals to references and print the figures; return them."""
    quotes = [c for c in proposals if c.kind in QUOTE_KINDS]
    used: set[int] = set()
    pairs = []
    for ref in references:
        for i, c in enumerate(quotes):
            if i not in used and same_span(text, (c.start, c.end), (ref["start"], ref["end"])):
                used.add(i)
                pairs.append((ref, c))
                break
    exact = sum(1 for r, c in pairs if (c.start, c.end) == (r["start"], r["end"]))
    with_speaker = [(r, c) for r, c in pairs if r.get("speaker")]
    speakers = sum(speaker_right(c.speaker, r["speaker"]) for r, c in with_speaker)
    with_date = [(r, c) for r, c in pairs if r.get("date")]
    dates = sum(c.date == r["date"] for r, c in with_date)
    compatible = sum(
        bool(c.date) and (c.date.startswith(r["date"]) or r["date"].startswith(c.date))
        for r, c in with_date
    )
    with_kind = [(r, c) for r, c in pairs if r.get("kind")]
    kinds = sum(c.kind == r["kind"] for r, c in with_kind)
    print(f"\n## {label}")
    print(f"quotation proposals: {len(quotes)}; reference quotations: {len(references)}")
    print(f"recall (right boundaries):    {pct(len(pairs), len(references))}")
    print(f"  of which exactly equal spans: {exact}")
    print(f"precision:                    {pct(len(pairs), len(quotes))}")
    print(f"speaker right:                {pct(speakers, len(with_speaker))}")
    if with_date:
        print(f"cited date right (exact):     {pct(dates, len(with_date))}")
        print(f"cited date compatible:        {pct(compatible, len(with_date))}")
    if with_kind:
        print(f"kind right (quotation/oral):  {pct(kinds, len(with_kind))}")
    missed = [r for r in references if all(r is not p[0] for p in pairs)]
    for r in missed:
        print(f"  missed: {r['start']}-{r['end']} {text[r['start'] : r['end']][:60]!r}")
    for i, c in enumerate(quotes):
        if i not in used:
            print(f"  extra:  {c.start}-{c.end} {c.quote[:60]!r} ({c.kind}, {c.speaker})")
    for r, c in with_speaker:
        if not speaker_right(c.speaker, r["speaker"]):
            print(f"  speaker: {r['start']} proposed {c.speaker!r}, reference {r['speaker']!r}")
    for r, c in with_date:
        if c.date != r["date"]:
            print(f"  date: {r['start']} proposed {c.date!r}, reference {r['date']!r}")
    return {"pairs": pairs, "quotes": quotes}


def chapter() -> None:
    text = CHAPTER.read_text(encoding="utf-8")
    reviewed = parse_file(REVIEWED)
    sources = [s for f in sorted((REPO / "sources").glob("*.yaml")) for s in parse_file(f).sources]
    author = reviewed.documents[0].author
    started = time.perf_counter()
    extraction = extract(text, document_id="chapter", author=author, sources=sources)
    elapsed = time.perf_counter() - started
    refs = [
        {"start": c.start, "end": c.end, "speaker": c.speaker, "date": c.date, "kind": c.kind,
         "source": c.source_id}
        for c in reviewed.claims
        if c.kind in QUOTE_KINDS
    ]  # fmt: skip
    result = score(text, extraction.claims, refs, f"Brest-Litovsk chapter ({len(text):,} chars)")
    sourced = [(r, c) for r, c in result["pairs"] if r["kind"] == "quotation"]
    right = sum(c.source_id == r["source"] for r, c in sourced)
    print(f"source right (quotations):    {pct(right, len(sourced))}")
    facts = [c for c in reviewed.claims if c.kind in FACT_KINDS]
    proposals = [c for c in extraction.claims if c.kind in FACT_KINDS]

    def overlaps(a: Claim, b: Claim) -> bool:
        return a.start < b.end and b.start < a.end  # type: ignore[operator]

    found = sum(any(overlaps(f, p) for p in proposals) for f in facts)
    same_kind = sum(any(overlaps(f, p) and p.kind == f.kind for p in proposals) for f in facts)
    useful = sum(any(overlaps(p, f) for f in facts) for p in proposals)
    print(
        f"fact claims (figure/event/date/paraphrase) overlapped by a proposal: "
        f"{pct(found, len(facts))}; with the same kind: {pct(same_kind, len(facts))}"
    )
    print(f"fact proposals overlapping a reviewed fact claim: {pct(useful, len(proposals))}")
    print(f"scare quotes left out: {len(extraction.skipped)}; time: {elapsed:.3f} s")


def czernin() -> None:
    if not LABELS.exists() or not CZERNIN.exists():
        print(f"\n(no labels at {LABELS} or no text at {CZERNIN})")
        return
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    raw = CZERNIN.read_bytes()
    text = raw.decode("utf-8")
    if hashlib.sha256(raw).hexdigest() != labels["sha256"]:
        print(f"\n{CZERNIN} is not the labeled file (sha256 differs)")
        return
    for label in labels["quotations"]:  # the offsets still point at the labeled words
        assert " ".join(text[label["start"] : label["end"]].split()[:3]) == label["begins"], label
    started = time.perf_counter()
    extraction = extract(text, document_id="czernin", author=labels.get("author"))
    elapsed = time.perf_counter() - started
    for stretch in labels["stretches"]:
        lo, hi = stretch["start"], stretch["end"]
        inside = [c for c in extraction.claims if lo <= c.start < hi]  # type: ignore[operator]
        refs = [q for q in labels["quotations"] if lo <= q["start"] < hi]
        score(text, inside, refs, f"Czernin, {stretch['name']} (not tuned on)")
    lo = min(s["start"] for s in labels["stretches"])
    inside = [
        c
        for c in extraction.claims
        if any(s["start"] <= c.start < s["end"] for s in labels["stretches"])  # type: ignore[operator]
    ]
    score(text, inside, labels["quotations"], "Czernin, both stretches together")
    print(f"time for the whole book ({len(text):,} chars): {elapsed:.2f} s")


def _alias(name: str) -> str:
    words = [fold(w) for w in name.split() if fold(w)]
    return " ".join(words[1:] if len(words) > 1 and words[0] in ARTICLES else words)


def kafka_text(entry: dict) -> None:
    """Score one labeled text of ``bench/data/kafka-quotations.yaml``."""
    path = TRANSLATIONS / entry["file"]
    raw = path.read_bytes() if path.exists() else b""
    if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
        print(f"\n{path} is missing or not the labeled file (sha256 differs)")
        return
    text = raw.decode("utf-8")
    for q in entry["quotations"]:  # the offsets still point at the labeled words
        s, e = q["pieces"][0]
        assert " ".join(text[s:e].split()[:3]) == q["begins"], q
    lo, hi = entry["stretch"]["start"], entry["stretch"]["end"]
    started = time.perf_counter()
    claims = extract(text, document_id="kafka").claims
    elapsed = time.perf_counter() - started
    quotes = [c for c in claims if c.kind in QUOTE_KINDS and lo <= (c.start or 0) < hi]
    aliases = {_alias(a): p[0] for p in entry["people"] for a in p}
    found, right = 0, 0
    used: set[int] = set()
    wrong: list[str] = []
    for q in entry["quotations"]:
        pieces = q["pieces"]
        hits = [
            c
            for i, (s, _) in enumerate(pieces)
            for c in quotes
            if c.start == s and any(same_span(text, (s, c.end or 0), (s, e)) for _, e in pieces[i:])
        ]
        used.update(id(c) for c in hits)
        found += bool(hits)
        if not hits:
            wrong.append(f"  missed: {pieces[0][0]} {text[pieces[0][0] : pieces[-1][1]][:60]!r}")
        if hits and q["speaker"]:
            ok = aliases.get(_alias(hits[0].speaker or "")) == q["speaker"]
            right += ok
            if not ok:
                wrong.append(f"  speaker: {pieces[0][0]} proposed {hits[0].speaker!r}, "
                             f"reference {q['speaker']!r}")  # fmt: skip
    with_speaker = sum(
        1 for q in entry["quotations"] if q["speaker"] and any(
            c.start == s for s, _ in q["pieces"] for c in quotes if id(c) in used)
    )  # fmt: skip
    refs = len(entry["quotations"])
    print(f"\n## Kafka, {entry['file']}, {entry['stretch']['name']} ({entry['language']})")
    print(f"quotation proposals: {len(quotes)}; reference quotations: {refs}")
    print(f"quotations found:             {pct(found, refs)}")
    print(f"precision:                    {pct(len(used), len(quotes))}")
    print(f"speaker right:                {pct(right, with_speaker)}")
    for c in quotes:
        if id(c) not in used:
            print(f"  extra:  {c.start}-{c.end} {c.quote[:60]!r} ({c.speaker})")
    print("\n".join(wrong))
    print(f"time for the whole text ({len(text):,} chars): {elapsed:.2f} s")


def kafka() -> None:
    if not KAFKA.exists():
        print(f"\n(no labels at {KAFKA})")
        return
    for entry in yaml.safe_load(KAFKA.read_text(encoding="utf-8"))["texts"]:
        kafka_text(entry)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    if not CHAPTER.exists():
        print(f"{CHAPTER} not present (development texts live in ../shared)", file=sys.stderr)
        return 1
    print("# Claim extraction benchmark")
    print(machine())
    chapter()
    czernin()
    kafka()
    return 0


if __name__ == "__main__":
    sys.exit(main())

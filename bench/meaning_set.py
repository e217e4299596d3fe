"""Build bench/data/meaning.yaml: the labelled set of the meaning stage.

Run once (``.venv/bin/python bench/meaning_set.py``); the YAML is what is kept. Labels were
made without the model under test:

- *retranslation* (The Prince, Marriott <-> Ricci): sentences aligned chapter by chapter by
  content-stem overlap (Jaccard >= 0.3, clearly above any other window of the chapter), then
  every pair read and checked by hand (one chapter heading dropped). The selection favours
  literal pairs: freer renderings are under-represented;
- *cross_language* (Kafka, English <-> German): English sentences at 30 evenly spaced places;
  the German sentences at the same relative position were read and the rendering picked by
  hand (one without a rendering nearby dropped); both directions;
- *paraphrase*, *meaning_changed*, *absent_invented*, *russian*: written for this set;
- *absent_elsewhere*: sentences of Marriott's appendices (Castruccio, Valentino) and
  introduction, which Ricci's edition does not have, looked up in Ricci;
- *short_lookalike*: sentences of 5-7 words of the text with one content word replaced by
  another word of the same text (seeded).

``split``: ``calibration`` (Prince chapters I-XIII, first half of Kafka) or ``heldout``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import yaml

from sourcecheck.texts.sentences import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "translations"
M, R = "the-prince-marriott-en.txt", "the-prince-ricci-en.txt"
DE, EN = "kafka-die-verwandlung-de.txt", "kafka-metamorphosis-en.txt"
KAFKA = {0: 8, 1: 31, 2: 46, 3: 65, 4: 76, 5: 90, 6: 112, 7: 140, 8: 158, 9: 177, 10: 209,
         11: 236, 12: 254, 13: 284, 14: 303, 15: 335, 16: 361, 18: 399, 19: 427, 20: 454,
         21: 471, 22: 489, 23: 512, 24: 531, 25: 548}  # fmt: skip
"""English sentence k (of 30 evenly spaced) -> German sentence index: read by hand."""


def text(name: str) -> str:
    return (SHARED / name).read_text(encoding="utf-8")


def flat(s: str) -> str:
    return " ".join(s.split())


def sentence_of(t: str, needle: str) -> list[int]:
    """The span of the sentence holding ``needle`` (which must occur once)."""
    pattern = r"\s+".join(map(re.escape, needle.split()))
    found = [m.start() for m in re.finditer(pattern, t)]
    assert len(found) == 1, (needle, len(found))
    at = found[0]
    for s, e in sentence_spans(t):
        if s <= at < e:
            return [s, e]
    raise ValueError(needle)


def case(cid, category, quote, file, span, split, **extra) -> dict:
    return {"id": cid, "category": category, "split": split, "quote": quote, "text": file,
            "span": span, **extra}  # fmt: skip


def prince(pairs: list[dict]) -> list[dict]:
    m, r = text(M), text(R)
    out = []
    for i, p in enumerate(pairs):
        split = "calibration" if p["chapter"] <= 13 else "heldout"
        if i % 2 == 0:
            out.append(
                case(f"prince-{i}", "retranslation", flat(m[slice(*p["m"])]), R, p["r"], split)
            )
        else:
            out.append(
                case(f"prince-{i}", "retranslation", flat(r[slice(*p["r"])]), M, p["m"], split)
            )
    return out


def kafka() -> list[dict]:
    d, e = text(DE), text(EN)
    ea, eb = e.index("One morning, when Gregor Samsa"), e.find("End of the Project Gutenberg")
    da, db = d.index("Als Gregor Samsa eines Morgens"), d.find("End of the Project Gutenberg")
    eb, db = eb if eb > 0 else len(e), db if db > 0 else len(d)
    es = [(s, x) for s, x in sentence_spans(e, ea, eb)
          if 10 <= len(e[s:x].split()) <= 30 and "\n\n" not in e[s:x]]  # fmt: skip
    ds = sentence_spans(d, da, db)
    out = []
    for k, j in KAFKA.items():
        es_span = es[int((k + 0.5) * len(es) / 30)]
        split = "calibration" if k < 13 else "heldout"
        out.append(case(f"kafka-en-{k}", "cross_language", flat(e[slice(*es_span)]), DE,
                        list(ds[j]), split))  # fmt: skip
        out.append(case(f"kafka-de-{k}", "cross_language", flat(d[slice(*ds[j])]), EN,
                        list(es_span), split))  # fmt: skip
    return out


def written() -> list[dict]:
    """Paraphrases, meaning-changing variants, Russian renderings: each located by hand."""
    r, m, e, d = text(R), text(M), text(EN), text(DE)
    rows = yaml.safe_load((ROOT / "bench" / "data" / "meaning-written.yaml").read_text())
    files = {R: r, M: m, EN: e, DE: d}
    out = []
    for row in rows:
        span = sentence_of(files[row["text"]], row["at"]) if row.get("at") else None
        extra = {"flags": row["flags"]} if row.get("flags") else {}
        out.append(case(row["id"], row["category"], row["quote"], row["text"], span,
                        row.get("split", "heldout"), **extra))  # fmt: skip
    return out


def absent_elsewhere(rng: random.Random) -> list[dict]:
    m = text(M)
    start = m.index("DESCRIPTION OF THE METHODS ADOPTED BY THE DUKE VALENTINO")
    intro = (m.index("INTRODUCTION"), m.index("CHAPTER I -- HOW MANY"))
    pool = [(s, x) for a, b in ((start, m.find("End of the Project") % len(m)), intro)
            for s, x in sentence_spans(m, a, b)
            if 12 <= len(m[s:x].split()) <= 40 and "\n\n" not in m[s:x]]  # fmt: skip
    picked = rng.sample(pool, 40)
    return [
        case(f"elsewhere-{i}", "absent_elsewhere", flat(m[s:x]), R, None,
             "calibration" if i % 2 else "heldout")
        for i, (s, x) in enumerate(picked)
    ]  # fmt: skip


def lookalikes(rng: random.Random) -> list[dict]:
    out = []
    for name in (R, EN):
        t = text(name)
        words = sorted({w for w in re.findall(r"[a-z]{5,}", t)})
        plain = re.compile(r"[A-Z][\w ,’'\-;]+[.!?]")
        pool = [(s, x) for s, x in sentence_spans(t) if 5 <= len(t[s:x].split()) <= 7
                and "\n\n" not in t[s:x] and plain.fullmatch(flat(t[s:x]))]  # fmt: skip
        for s, x in rng.sample(pool, 12):
            quote = flat(t[s:x])
            content = re.findall(r"\b[a-z]{5,}\b", quote)
            if not content:
                continue
            old = rng.choice(content)
            new = rng.choice(words)
            split = "calibration" if len(out) % 2 else "heldout"
            changed = re.sub(rf"\b{old}\b", new, quote, count=1)
            out.append(case(f"short-{name[:10]}-{s}", "short_lookalike", changed, name, [s, x],
                            split, changed=[old, new]))  # fmt: skip
    return out


def main() -> None:
    rng = random.Random(20261126)
    alignment = ROOT / "bench" / "data" / "prince-alignment.json"  # spans only, checked by hand
    pairs = [p for p in json.loads(alignment.read_text()) if "CHAPTER" not in
             text(M)[slice(*p["m"])]]  # fmt: skip
    cases = prince(pairs) + kafka() + written() + absent_elsewhere(rng) + lookalikes(rng)
    out = ROOT / "bench" / "data" / "meaning.yaml"
    out.write_text(
        "# The labelled set of the meaning stage: built by bench/meaning_set.py (see there).\n"
        "# text: a file of ../shared/translations; span: [start, end) of the true passage\n"
        "# in it, or null when the text has no rendering.\n"
        + yaml.safe_dump(cases, allow_unicode=True, sort_keys=False, width=100)
    )
    print(f"{len(cases)} cases -> {out}")


if __name__ == "__main__":
    main()

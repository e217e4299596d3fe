"""Fit the meaning stage's decision rule (matching/verdict.py) on the calibration split.

For every case of bench/data/meaning.yaml that is a rendering (retranslation,
cross-language, paraphrase, meaning-changed) or absent: the stage's best candidate passage is
weighed (similarity, margin, coverage, languages differ). Positives: renderings whose best
candidate is the labelled passage. Negatives: the best candidates of absent quotes, the best
candidates of renderings when they are elsewhere, and the best candidate elsewhere of every
rendering (a passage on the same topic). A logistic regression (L2-regularized, on
standardized features) is fitted on the calibration split and printed in raw units; its
intercept is then lowered by the highest score of a negative of the calibration split (so
that none passes), and the figures printed for both splits; the constants are copied into
matching/verdict.py by hand. Clause passages (runs of a long unit's stored clauses) are weighed
apart, every one the stage ranks: CLAUSE, what their score loses, is the least that keeps
every calibration clause passage away from the labelled one under 0 (with verdict.py's other
coefficients), and what it costs is printed for both splits.
Short lookalikes and distorted cases are left out (the short rule and the reader decide those).

Run: ``.venv/bin/python bench/fit_meaning.py [--dump FILE]``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import yaml
from bench_meaning import overlaps
from meaning_set import stored_vectors, text_path

from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import (
    MeaningParams,
    choose,
    prepare_quote,
    rank_passages,
    weigh,
)
from sourcecheck.matching.quote import parse_quote
from sourcecheck.matching.readings import plain_quote
from sourcecheck.matching.verdict import (
    CLAUSE,
    COS,
    COVERAGE,
    CROSS,
    INTERCEPT,
    MARGIN,
    Signals,
    best_possible,
)

ROOT = Path(__file__).resolve().parent.parent
PRESENT = ("retranslation", "cross_language", "paraphrase", "meaning_changed")
ABSENT = ("absent_elsewhere", "absent_invented")
FEATURES = ("similarity", "margin", "coverage", "cross")


def features(case: dict, texts: dict, vectors: dict, params: MeaningParams) -> list[dict]:
    """The candidate the stage judges (and, for a rendering, the best one elsewhere)."""
    embedder = default_embedder()
    q_lang, t_lang = case["pair"].split(">")
    text = texts[case["text"]]
    q = prepare_quote(plain_quote(parse_quote(case["quote"])), q_lang, t_lang, embedder)
    ranked = rank_passages(q, text, t_lang, vectors[case["text"]], embedder, params)
    if not ranked:
        return []
    chosen, weighed = choose(q, text, t_lang, ranked, embedder, params)
    if weighed.signals.coverage is None:  # rejected without measuring it: measure it here
        weighed = weigh(q, text, t_lang, chosen, embedder, params)
    true = overlaps(case["span"], chosen.passage.span)
    rows = [_row(case, True, int(case["category"] in PRESENT and true), weighed.signals)]
    if case["category"] in PRESENT:
        elsewhere = [c for c in ranked if not overlaps(case["span"], c.passage.span)]
        if true and elsewhere:
            s = weigh(q, text, t_lang, elsewhere[0], embedder, params).signals
            rows.append(_row(case, False, 0, s))
    for c in ranked:
        if c.passage.clause:
            label = int(case["category"] in PRESENT and overlaps(case["span"], c.passage.span))
            s = weigh(q, text, t_lang, c, embedder, params).signals
            rows.append({**_row(case, False, label, s), "apart": True})
    return rows


def clause_penalty(rows: list[dict]) -> str:
    """CLAUSE from the calibration split's clause passages away from the labelled one, and
    the clause passages at the labelled one it keeps under 0, per split."""

    def unpenalized(r: dict) -> float:
        s = best_possible(r["similarity"], r["margin"], bool(r["cross"]))
        return s - COVERAGE * (1 - r["coverage"])

    clauses = [r for r in rows if r.get("apart")]
    wrong = [unpenalized(r) for r in clauses if not r["label"] and r["split"] == "calibration"]
    least = max([0.0, *wrong]) + 0.01
    out = [f"CLAUSE: at least {least:.2f} (the best calibration clause passage elsewhere); "
           f"in verdict.py {CLAUSE}"]  # fmt: skip
    for split in ("calibration", "heldout"):
        right = [unpenalized(r) for r in clauses if r["label"] and r["split"] == split]
        kept = sum(0 <= x < CLAUSE for x in right)
        out.append(f"- {split}: {len(right)} clause passages at the labelled one, {kept} of "
                   f"them passing without CLAUSE and not with it")  # fmt: skip
    return "\n".join(out)


def _row(case: dict, best: bool, label: int, s: Signals) -> dict:
    return {"id": case["id"], "category": case["category"], "split": case["split"],
            "best": best, "label": label, "similarity": s.similarity, "margin": s.margin,
            "coverage": s.coverage, "cross": float(s.cross), "clause": s.clause}  # fmt: skip


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 5000) -> np.ndarray:
    """Logistic regression by gradient descent; coefficients in raw units, intercept first."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * np.r_[0, w[1:]])
    return np.r_[w[0] - np.sum(w[1:] * mu / sd), w[1:] / sd]


def _score(coef: np.ndarray, r: dict) -> float:
    """The rule's score of a row (a clause passage loses CLAUSE, as in verdict.py)."""
    linear = coef[0] + sum(c * r[f] for c, f in zip(coef[1:], FEATURES, strict=True))
    return float(linear - CLAUSE * r["clause"])


def evaluate(rows: list[dict], coef: np.ndarray, split: str) -> str:
    def score(r: dict) -> float:
        return _score(coef, r)

    best = [r for r in rows if r["best"] and r["split"] == split]
    pos = [r for r in best if r["category"] in PRESENT]
    right = sum(score(r) >= 0 for r in pos if r["label"])
    wrong = sum(score(r) >= 0 for r in pos if not r["label"])
    absent = [r for r in best if r["category"] in ABSENT]
    false = sum(score(r) >= 0 for r in absent)
    return (f"{split}: renderings accepted at the right passage {right}/{len(pos)}, at a wrong "
            f"one {wrong}; absent accepted {false}/{len(absent)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", help="write the weighed candidates as JSON")
    parser.add_argument("--param", action="append", default=[], help="NAME=VALUE")
    args = parser.parse_args()
    cases = [c for c in yaml.safe_load((ROOT / "bench" / "data" / "meaning.yaml").read_text())
             if c["category"] in PRESENT + ABSENT]  # fmt: skip
    texts = {n: text_path(n).read_text(encoding="utf-8") for n in {c["text"] for c in cases}}
    vectors = {n: stored_vectors(n) for n in texts}
    params = MeaningParams()
    for item in args.param:
        name, value = item.split("=")
        params = replace(params, **{name: type(getattr(params, name))(value)})
    rows = [r for c in cases for r in features(c, texts, vectors, params)]
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows))
    print(clause_penalty(rows))
    rows = [r for r in rows if not r.get("apart")]
    cal = [r for r in rows if r["split"] == "calibration"]
    x = np.array([[r[f] for f in FEATURES] for r in cal])
    coef = fit(x, np.array([r["label"] for r in cal]))
    names = ("INTERCEPT", "COS", "MARGIN", "COVERAGE", "CROSS")
    print("fitted: " + ", ".join(f"{n} = {c:.2f}" for n, c in zip(names, coef, strict=True)))
    worst = max(_score(coef, r) for r in cal if r["best"] and not r["label"])
    coef[0] -= max(0.0, worst) + 0.01  # strictly under 0
    print(f"intercept lowered by {max(0.0, worst):.2f} (the best calibration negative's score)")
    for name, c in (
        ("fitted, lowered", coef),
        ("in verdict.py", np.array([INTERCEPT, COS, MARGIN, COVERAGE, CROSS])),
    ):
        print(f"- {name}: {evaluate(rows, c, 'calibration')}; {evaluate(rows, c, 'heldout')}")


if __name__ == "__main__":
    main()

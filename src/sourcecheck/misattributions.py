"""A verify run that does not search other sources (no ``--anywhere``) keeps what the latest
``--anywhere`` run found there: the finding "a better match is in another source: a
misattribution?" is the most important a report can carry, and a routine re-run must not
quietly drop it. The rows are carried into the new run as they were found (their
``verified_at`` says when), and the claim's result says they were not searched again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import MatchResult, status_rank
from .planning import FOUND
from .store.db import Database, Row
from .store.elsewhere import earlier_elsewhere

if TYPE_CHECKING:
    from .verify import Verdict

FOUND_ELSEWHERE = "found_elsewhere"


def carry_earlier_findings(db: Database, verdicts: list[Verdict]) -> dict[str, list[Row]]:
    """Per claim id, the other sources' result rows of the latest ``--anywhere`` run to store
    again with this run (without their run and row ids); a claim whose cited result they beat
    is flagged ``found_elsewhere`` with a reason naming that run."""
    checked = [v.claim.id for v in verdicts if v.result.status != "no_text"]
    earlier = earlier_elsewhere(db, checked)
    carried: dict[str, list[Row]] = {}
    for verdict in verdicts:
        rows = earlier.get(verdict.claim.id)
        if not rows:
            continue
        carried[verdict.claim.id] = [_as_new(row) for row in rows]
        _flag_if_better(verdict.result, rows)
    return carried


def _as_new(row: Row) -> Row:
    return {k: v for k, v in row.items() if k not in ("id", "run_id", "run_started")}


def _flag_if_better(result: MatchResult, rows: list[Row]) -> None:
    found = [(MatchResult(r["status"], r["score"] or 0.0), r) for r in rows if r["status"] in FOUND]
    if not found or FOUND_ELSEWHERE in result.flags:
        return
    ranked, best = min(found, key=lambda pair: status_rank(pair[0]))
    if status_rank(ranked) >= status_rank(result):
        return
    result.flags.append(FOUND_ELSEWHERE)
    result.reason += (
        f"; verify --anywhere (run {best['run_id']}, {best['run_started'][:16]}) found a better "
        f"match ({best['status']}, score {best['score']:g}) in source {best['source_id']}, text "
        f"{best['text_id']}: a misattribution? (other sources were not searched again in this "
        "run: verify --anywhere re-checks)"
    )

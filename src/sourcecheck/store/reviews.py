"""Reviews in the database: a person's verdicts on claims, with their history (migration m007).

Recording a review is one SQL statement, :data:`RECORD_REVIEW_SQL`, shared by the CLI and the
form Datasette serves (a writable canned query), so both bind a review the same way: to the
claim's quote and to the result of its latest run at that moment.
"""

from __future__ import annotations

from typing import Any

from ..models import Review
from .db import Database, Row

RECORD_REVIEW_SQL = """\
insert into reviews (claim_id, verdict, note, reviewer, reviewed_at, quote, run_id, status,
  text_id, start, "end")
select k.id, nullif(lower(trim(:verdict)), ''), nullif(trim(:note), ''), trim(:reviewer),
  strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), c.quote, r.run_id, r.status, r.text_id,
  r.start, r."end"
from (select trim(:claim) as id) k
left join claims c on c.id = k.id
left join latest_results r on r.claim_id = k.id
"""
"""Record a review (``:verdict`` empty: a clearing) of claim ``:claim``; the database's
trigger refuses an unknown claim or verdict, or no reviewer."""


def insert_review(
    db: Database, claim_id: str, verdict: str | None, *, note: str | None, by: str
) -> int:
    """Store a review (or, with ``verdict`` None, a clearing) of a claim; return its id."""
    cursor = db.execute(
        RECORD_REVIEW_SQL,
        {"claim": claim_id, "verdict": verdict or "", "note": note or "", "reviewer": by},
    )
    return int(cursor.lastrowid or 0)


def _what_changed(reason: str | None) -> str | None:
    """The view's stale reason as what changed, like its other reasons: m007 wrote the quote's
    as "the claim's quote was edited since", which reports completing it with "since the
    review" doubled; an applied migration is never edited, so the word goes here."""
    return reason.removesuffix(" since") if reason else reason


def _review(row: Row) -> Review:
    return Review(
        claim_id=row["claim_id"],
        verdict=row["verdict"],
        by=row["reviewer"],
        at=row["reviewed_at"],
        note=row["note"],
        stale=bool(row["stale"]),
        stale_reason=_what_changed(row["stale_reason"]),
        id=row["review_id"],
    )


def current_reviews(
    db: Database, *, claim_ids: list[str] | None = None, stale_only: bool = False
) -> dict[str, Review]:
    """The current review of each reviewed claim (or of ``claim_ids``), by claim id, in
    review order; ``stale_only``: only those whose claim or result changed since."""
    where: list[str] = []
    params: list[Any] = []
    if claim_ids is not None:
        where.append(f"claim_id IN ({', '.join('?' for _ in claim_ids)})")
        params.extend(claim_ids)
    if stale_only:
        where.append("stale")
    sql = "SELECT * FROM current_reviews"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.query(sql + " ORDER BY review_id", params)
    return {row["claim_id"]: _review(row) for row in rows}


def review_history(db: Database, claim_id: str) -> list[Row]:
    """Every review and clearing of a claim, newest first, with what each one reviewed."""
    rows = db.table("reviews").rows_where("claim_id = ?", [claim_id], order_by="id DESC")
    return list(rows)


def delete_reviews(db: Database, claim_ids: list[str]) -> int:
    """Delete the reviews of these claims (the claims are being removed); return how many."""
    if not claim_ids:
        return 0
    marks = ", ".join("?" for _ in claim_ids)
    return db.execute(f"DELETE FROM reviews WHERE claim_id IN ({marks})", claim_ids).rowcount


def carry_review(db: Database, from_claim: str, to_claim: str) -> bool:
    """Give ``to_claim`` (the claim that replaces ``from_claim``, its words edited) the
    current review of ``from_claim`` as it was, bound to what was reviewed (the old quote and
    result): the view shows it stale until a person reviews the new words. False when
    ``from_claim`` has no current review, or ``to_claim`` has one already."""
    reviewed = current_reviews(db, claim_ids=[from_claim, to_claim])
    if from_claim not in reviewed or to_claim in reviewed:
        return False
    db.execute(
        """insert into reviews (claim_id, verdict, note, reviewer, reviewed_at, quote, run_id,
          status, text_id, start, "end")
        select ?, verdict, note, reviewer, reviewed_at, quote, run_id, status, text_id, start,
          "end"
        from reviews where id = ?""",
        [to_claim, reviewed[from_claim].id],
    )
    return True

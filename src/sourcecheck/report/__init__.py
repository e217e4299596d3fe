"""Reports of the latest verification: one item per claim, rendered in several formats."""

from __future__ import annotations

import json
from typing import Any

from .. import db as dbm
from ..db import Database
from ..errors import InputError

FORMATS = ("json",)


def report_items(
    db: Database,
    *,
    claim_ids: list[str] | None = None,
    source_id: str | None = None,
    statuses: list[str] | None = None,
) -> list[dict[str, Any]]:
    """One object per claim in the JSON contract (see the README), in document order.

    ``span`` always slices the stored text to exactly ``passage``. Claims not verified yet
    have status ``None``.
    """
    items = []
    for row in dbm.latest_results(db, claim_ids=claim_ids, source_id=source_id):
        if statuses and row["status"] not in statuses:
            continue
        has_span = row["start"] is not None
        items.append(
            {
                "claim": row["claim"],
                "source": row["cited_source"],
                "status": row["status"],
                "score": row["score"],
                "text": row["text_id"],
                "span": {"start": row["start"], "end": row["end"]} if has_span else None,
                "passage": row["passage"],
                "selector": {
                    "type": "TextQuoteSelector",
                    "exact": row["passage"],
                    "prefix": row["prefix"],
                    "suffix": row["suffix"],
                }
                if has_span
                else None,
                "differences": json.loads(row["differences"] or "[]"),
                "flags": json.loads(row["flags"] or "[]"),
                "reason": row["reason"] or "not verified yet: run `sourcecheck verify`",
                "alternatives": json.loads(row["alternatives"] or "[]"),
                "quote": row["quote"],
                "kind": row["kind"],
                "speaker": row["speaker"],
                "date": row["date"],
                "locator": row["locator"],
                "document": row["document_id"],
                "location": {
                    "start": row["claim_start"],
                    "end": row["claim_end"],
                    "paragraph": row["paragraph"],
                },
                "verified_at": row["verified_at"],
                "run": row["run_id"],
            }
        )
    return items


def render_report(items: list[dict[str, Any]], *, fmt: str = "json") -> str:
    """Render report items in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
    raise InputError(f"unknown report format {fmt!r} (choose from: {', '.join(FORMATS)})")

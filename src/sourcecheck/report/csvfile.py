"""CSV: one row per claim, for a spreadsheet. Cells that a spreadsheet would run as a formula
are neutralized with a leading apostrophe (OWASP's advice for CSV injection)."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..gone import GONE_LABEL
from .alarms import shown_differences
from .data import Report, evidence_rows

COLUMNS = (
    "claim", "status", "score", "alarms", "flags", "reason", "quote", "kind", "speaker",
    "speaker_confidence", "date", "locator", "notes", "source", "source_title", "document",
    "paragraph", "claim_start", "claim_end", "in_document",
    "text", "start", "end", "passage", "differences", "similarity", "language", "evidence",
    "verified_at", "run",
    "review_verdict", "review_note", "review_by", "review_at", "review_stale",
)  # fmt: skip

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: Any) -> Any:
    """A string a spreadsheet would take for a formula gets a leading apostrophe.

    >>> neutralize("=HYPERLINK(1)"), neutralize("-2"), neutralize("fine"), neutralize(-2)
    ("'=HYPERLINK(1)", "'-2", 'fine', -2)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def differences_text(differences: list[dict[str, Any]]) -> str:
    """ "changed: refuses -> declines; missing: -> The" for a cell a person reads."""
    return "; ".join(
        f"{d['kind']}: {d['quote'] or '∅'} → {d['source'] or '∅'}" for d in differences
    )


def _review_cells(review: dict[str, Any] | None) -> dict[str, Any]:
    """The reviewer's columns: empty when nobody reviewed the claim; ``review_stale`` is
    ``stale: what changed`` when the claim's result changed since the review."""
    if review is None:
        return {}
    stale = f"stale: {review['stale_reason']}" if review["stale"] else ""
    return {
        "review_verdict": review["verdict"],
        "review_note": review["note"],
        "review_by": review["by"],
        "review_at": review["at"],
        "review_stale": stale,
    }


def render_csv(report: Report) -> str:
    """One row per claim, the columns of :data:`COLUMNS`; an empty status = not verified."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for card in report.cards:
        item = card.item
        span = item["span"] or {}
        row = {
            "claim": item["claim"],
            "status": item["status"] or "",
            "score": item["score"],
            "alarms": "; ".join(card.alarms),
            "flags": " ".join(item["flags"]),
            "reason": item["reason"],
            "quote": item["quote"],
            "kind": item["kind"],
            "speaker": item["speaker"],
            "speaker_confidence": item["speaker_confidence"],
            "date": item["date"],
            "locator": item["locator"],
            "notes": item["notes"],
            "source": item["source"],
            "source_title": card.source.title if card.source else None,
            "document": item["document"],
            "paragraph": item["location"]["paragraph"],
            "claim_start": item["location"]["start"],
            "claim_end": item["location"]["end"],
            "in_document": GONE_LABEL if item.get("gone") else "",
            "text": item["text"],
            "start": span.get("start"),
            "end": span.get("end"),
            "passage": item["passage"],
            "differences": differences_text(shown_differences(item)),
            "similarity": item["similarity"],
            "language": item["language"],
            "evidence": "; ".join(f"{k}: {v}" for k, v in evidence_rows(item["evidence"])),
            "verified_at": item["verified_at"],
            "run": item["run"],
            **_review_cells(item.get("review")),
        }
        writer.writerow({k: neutralize(v) for k, v in row.items()})
    return out.getvalue()

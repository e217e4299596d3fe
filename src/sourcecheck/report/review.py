"""The reviewer's verdict in every report format: its words, its rating, and who publishes.

An item's ``review`` (see :func:`sourcecheck.report.data.review_json`) is a person's verdict;
formats show it beside the machine's status, and ClaimReview publishes it instead of the
machine's rating, with the reviewer as author.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import REVIEW_VERDICTS

NOT_REVIEWED = "none"
"""The verdict key of a claim nobody reviewed (``--verdict none`` selects those)."""

VERDICT_KEYS = (*REVIEW_VERDICTS, NOT_REVIEWED)

VERDICT_LABELS = {
    "accurate": "accurate",
    "minor_differences": "minor differences",
    "partly_supported": "partly supported",
    "misquoted": "misquoted",
    "misattributed": "misattributed",
    "unsupported": "unsupported",
    "unverifiable": "unverifiable",
    NOT_REVIEWED: "not reviewed",
}

VERDICT_MEANINGS = {
    "accurate": "a reviewer found the claim accurately quoted",
    "minor_differences": "accurate, with minor differences in wording",
    "partly_supported": "the cited source supports only part of the claim",
    "misquoted": "the source says something else: words, a negation or a number differ",
    "misattributed": "the words are not the cited source's (they may be another's)",
    "unsupported": "the cited source does not support the claim",
    "unverifiable": "the reviewer could not check it against the source",
    NOT_REVIEWED: "no person has reviewed this claim yet",
}


REVIEW_SUMMARY = {
    "accurate": "supported",
    "minor_differences": "supported",
    "partly_supported": "look",
    "misquoted": "look",
    "misattributed": "look",
    "unsupported": "look",
    "unverifiable": "unchecked",
}
"""Where a reviewer's verdict puts a claim in the report's summary (look, supported,
unchecked): a person's verdict counts before the machine's status."""


def verdict_key(item: dict[str, Any]) -> str:
    """The reviewer's verdict of a contract item, or ``none`` when nobody reviewed it."""
    review = item.get("review")
    return str(review["verdict"]) if review else NOT_REVIEWED


def check_verdicts(verdicts: list[str]) -> list[str]:
    """The verdict keys asked for, each one known; else a ValueError naming the first."""
    for verdict in verdicts:
        if verdict not in VERDICT_KEYS:
            raise ValueError(verdict)
    return verdicts


@dataclass(frozen=True, slots=True)
class Publication:
    """Who publishes a report's ClaimReviews: ``publisher``, an organization (schema.org
    ``publisher``), and ``reviewer``, the author named on claims no person reviewed."""

    reviewer: str = "sourcecheck"
    publisher: str | None = None


def verdict_counts(items: list[dict[str, Any]]) -> dict[str, int]:
    """Claims per reviewer's verdict, in :data:`VERDICT_KEYS` order (``none``: not reviewed).

    >>> verdict_counts([{"review": None}, {"review": {"verdict": "misquoted"}}])["misquoted"]
    1
    """
    counts = dict.fromkeys(VERDICT_KEYS, 0)
    for item in items:
        counts[verdict_key(item)] += 1
    return counts


def stale_count(items: list[dict[str, Any]]) -> int:
    """How many of the items' reviews are stale (their claim's quote or result changed since)."""
    return sum(1 for item in items if item.get("review") and item["review"]["stale"])

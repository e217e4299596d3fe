"""A claim gone from its document's text: ``extract --merge`` marked it (notes ``gone: ...``)
and took its offsets away. One rule for the importer's warning, the reports, ClaimReview and
the store's ``claim_report`` (no imports: a migration reads it)."""

from __future__ import annotations

GONE_MARK = "gone:"
"""How a claim's notes start once ``extract --merge`` found its quote gone from the text."""

GONE_LABEL = "no longer in the document"
"""How every report format and Datasette label a gone claim (:func:`gone_from`)."""

GONE_SQL = f"(c.notes LIKE '{GONE_MARK}%' AND c.start IS NULL)"
""":func:`gone_from` in SQL over the ``claims`` table as ``c`` (for ``claim_report``)."""


def gone_from(notes: str | None, start: int | None) -> bool:
    """Whether a claim with these ``notes`` and ``start`` offset, as imported, is gone from
    its document's text: the one rule the reports, ClaimReview and the store's
    ``claim_report`` (:data:`GONE_SQL`) follow.

    >>> gone_from("gone: no longer in the text of article (2026-11-27)", None)
    True
    >>> gone_from("gone: no longer in the text of article (2026-11-27)", 12)
    False
    >>> gone_from("extracted: confidence 0.6", None)
    False
    """
    return (notes or "").startswith(GONE_MARK) and start is None

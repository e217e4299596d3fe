"""Which claims a verify run checks: a claim gone from its document's text (``extract
--merge`` marked it: notes ``gone: ...``, no offsets) is not the corrected document's problem,
so a run leaves it out, unless asked (``include_gone``) or named by its id; its earlier
results stay as they were (the reports mark them "no longer in the document")."""

from __future__ import annotations

from .gone import gone_from
from .models import Claim
from .store import db as dbm
from .store.db import Database
from .store.sourcefilter import SourceIds


def check_scope(db: Database, claim_ids: list[str] | None, source_id: SourceIds) -> None:
    """NotFoundError for an unknown claim id or source, before anything is done."""
    for claim_id in claim_ids or []:
        dbm.get_claim(db, claim_id)
    dbm.require_sources(db, source_id)


def claims_in_scope(
    claims: list[Claim], *, named: list[str] | None = None, include_gone: bool = False
) -> tuple[list[Claim], list[str]]:
    """``claims`` without the gone ones (kept when ``include_gone``, or when their id is one
    of the ``named``), and the ids of those left out, in order.

    >>> gone = Claim("old", "Words no longer there.", notes="gone: no longer in the text")
    >>> kept, left = claims_in_scope([Claim("new", "Words still there.", start=4), gone])
    >>> [c.id for c in kept], left
    (['new'], ['old'])
    >>> [c.id for c in claims_in_scope([gone], named=["old"])[0]]
    ['old']
    """
    if include_gone:
        return claims, []
    asked = set(named or ())
    left = [c.id for c in claims if c.id not in asked and gone_from(c.notes, c.start)]
    out = set(left)
    return [c for c in claims if c.id not in out], left


def count_in_scope(
    db: Database, source_id: SourceIds, claim_ids: list[str] | None, *, include_gone: bool
) -> int:
    """How many claims a run with these arguments checks (its progress bar's total)."""
    if include_gone:
        return dbm.count_claims(db, source_id=source_id, claim_ids=claim_ids)
    listed = dbm.list_claims(db, source_id=source_id, claim_ids=claim_ids)
    return len(claims_in_scope(listed, named=claim_ids)[0])

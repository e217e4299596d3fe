"""A claim that replaces another whose words were edited in the text (``extract --merge``
wrote it in the gone claim's place, with its reviewed fields and a note naming it:
:mod:`sourcecheck.extract.inplace`): ``import`` gives it that claim's review, stale until a
person reviews the new words."""

from __future__ import annotations

import re

from ..models import Claim
from ..store import reviews
from ..store.db import Database

IN_PLACE_OF = "in place of"
"""How the notes of a claim that replaces an edited one start."""
_REPLACES = re.compile(rf"(?:^|; ){IN_PLACE_OF} (\S+) \(its words edited in the text")


def replaced_id(notes: str | None) -> str | None:
    """The id of the claim that ``notes`` say this claim replaces, if any.

    >>> replaced_id("in place of brandt-the-pier (its words edited in the text): its ...")
    'brandt-the-pier'
    >>> replaced_id("extracted: confidence 0.9") is None
    True
    """
    m = _REPLACES.search(notes or "")
    return m.group(1) if m else None


def carry_replaced_review(db: Database, claim: Claim, stored: set[str]) -> bool:
    """Give ``claim``, new to the database, the review of the stored claim it replaces."""
    old = replaced_id(claim.notes)
    if old is None or claim.id in stored or old not in stored:
        return False
    return reviews.carry_review(db, old, claim.id)

"""The claim a merge proposes in the place of a gone one, when it is the same claim with its
words edited (the misquote corrected): it takes the fields the reviewer settled on the gone
claim (speaker and its confidence, source, date, locator, kind) and says in its notes which
claim it replaces, so that ``import`` carries that claim's review over too
(:mod:`sourcecheck.records.replacing`). Another claim that merely lies there (different
words) is proposed as extract reads it."""

from __future__ import annotations

import dataclasses

from ..models import Claim
from ..normalize import normalize
from ..records.handset import settle_speaker
from ..records.replacing import IN_PLACE_OF

SAME_WORDS = 0.6
"""Two quotes are one claim edited when this share of the longer one's words are the other's
("The pier is not yet lost..." corrected to "The pier is yet lost...": 11 of 12)."""

REVIEWED_FIELDS = ("speaker", "speaker_confidence", "source_id", "date", "locator", "kind")
"""The fields of a claim a reviewer settles, carried to the claim that replaces it."""


def same_claim_edited(gone: str, new: str) -> bool:
    """Whether quote ``new`` is quote ``gone`` with some words edited.

    >>> same_claim_edited("The pier is not yet lost, though the sea has taken the lamps.",
    ...                   "The pier is yet lost, though the sea has taken the lamps.")
    True
    >>> same_claim_edited("The pier is not yet lost.", "We shall rebuild it in stone.")
    False
    """
    a, b = normalize(gone).split(), normalize(new).split()
    if not a or not b:
        return False
    shared = sum(min(a.count(w), b.count(w)) for w in set(a))
    return shared >= SAME_WORDS * max(len(a), len(b))


def inherit_reviewed(gone: Claim, new: Claim) -> None:
    """Give ``new`` the reviewed fields of ``gone`` (a speaker the reviewer changed without a
    confidence: :mod:`sourcecheck.records.handset`) and a note naming it."""
    settled = dataclasses.replace(gone)
    settle_speaker(settled, None)
    for name in REVIEWED_FIELDS:
        setattr(new, name, getattr(settled, name))
    note = (
        f"{IN_PLACE_OF} {gone.id} (its words edited in the text): its speaker, source, date, "
        "locator and kind as reviewed there"
    )
    new.notes = f"{note}; {new.notes}" if new.notes else note

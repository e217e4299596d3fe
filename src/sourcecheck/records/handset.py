"""A speaker a person set is not extract's guess: its ``speaker_confidence`` goes. ``claim
edit --speaker`` clears it (:mod:`.edit`); a claims file imported after a reviewer changed a
claim's ``speaker:`` (and left the confidence line) clears it too, so that the claim leaves
the speakers to check. A speaker is taken as changed by hand when it is not the one extract's
notes say it proposed ("speaker confidence 0.85 (...) for 'the council'"), or, for notes that
do not say, when it is not the stored claim's while the confidence is the stored one's."""

from __future__ import annotations

import re

from ..models import Claim

_PROPOSED = re.compile(
    r"speaker confidence [\d.]+ \([^)]*\) for (?P<q>['\"])(?P<who>.+?)(?P=q)(?=;|$)"
)


def proposed_speaker(notes: str | None) -> str | None:
    """The speaker extract proposed, as its notes name it (None when they do not).

    >>> proposed_speaker("extracted: confidence 0.81; speaker confidence 0.85 (the verb "
    ...                  "'told' next to it) for 'the council'; date: none found")
    'the council'
    >>> proposed_speaker("speaker confidence 0.45 (fallback) for \\"Mrs. O'Hara\\"")
    "Mrs. O'Hara"
    >>> proposed_speaker("checked by hand") is None
    True
    """
    m = _PROPOSED.search(notes or "")
    return m.group("who") if m else None


def settle_speaker(claim: Claim, stored: Claim | None) -> None:
    """Clear ``claim``'s ``speaker_confidence`` when its speaker was set by hand: not the one
    its notes say extract proposed, or (notes silent) not ``stored``'s while the confidence
    is still ``stored``'s.

    >>> notes = "speaker confidence 0.70 (the verb 'said' next to it) for 'the chief clerk'"
    >>> kept = Claim("c1", "Quite so.", speaker="the\\nchief clerk", speaker_confidence=0.7,
    ...              notes=notes)  # a name printed over a line break
    >>> settle_speaker(kept, None); kept.speaker_confidence
    0.7
    >>> changed = Claim("c1", "Quite so.", speaker="Mr. Samsa", speaker_confidence=0.7,
    ...                 notes=notes)
    >>> settle_speaker(changed, None); changed.speaker_confidence is None
    True
    """
    if claim.speaker_confidence is None:
        return
    proposed = proposed_speaker(claim.notes)
    if proposed is not None:  # (the notes write it on one line)
        by_hand = " ".join((claim.speaker or "").split()) != proposed
    else:
        by_hand = (
            stored is not None
            and stored.speaker != claim.speaker
            and stored.speaker_confidence == claim.speaker_confidence
        )
    if by_hand:
        claim.speaker_confidence = None

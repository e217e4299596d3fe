"""The confidence a reviewer reads, apart from the one the sieves decide with.

The conversation sieves rank their decisions by confidence while they read a text (a turn
below :data:`~sourcecheck.extract.turns.WEAK` may be filled again, a vocative's decision
overrules a guess but not a turn named beside it, a turn at
:data:`~sourcecheck.extract.alternation.ANCHOR` is no longer a kin caller's to change...).
Those values order the rules; they are not how often each rule is right. Once every
decision is made, each sieve's turns are *shown* with the confidence measured for it on the
PDNC novels (``bench/bench_pdnc.py --sieves``), so that a confidence band holds what it says
for every sieve in it. Changing a shown value never changes a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from .alternation import CONVERSATION_PRONOUN, PRONOUN_TURN, SaidLike
from .turns import ADDRESSED_BEFORE, VOCATIVE

VOCATIVE_SHOWN = 0.8
"""A turn the previous turn calls by name ("..., Harriet?" / "Yes."): right 218 times in
242 on the six PDNC novels (90%), decided at :data:`~sourcecheck.extract.turns.VOCATIVE`."""
PRONOUN_SHOWN = 0.6
"""A pronoun turn ("said she") given the speaker its conversation's anchors alternate to:
decided at :data:`~sourcecheck.extract.alternation.PRONOUN_TURN` (above its own referent),
right 15 times in 24 (62%)."""


def show_confidences(said: Sequence[SaidLike]) -> None:
    """Give each decided turn the confidence measured for its sieve (the speakers stay)."""
    for s in said:
        if s.sieve == "vocative" and s.evidence.startswith(ADDRESSED_BEFORE):
            if s.speaker_confidence == VOCATIVE:
                s.speaker_confidence = VOCATIVE_SHOWN
        elif s.sieve == CONVERSATION_PRONOUN and s.speaker_confidence == PRONOUN_TURN:
            s.speaker_confidence = PRONOUN_SHOWN

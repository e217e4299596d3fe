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

import re
from collections.abc import Sequence

from .alternation import CONVERSATION_PRONOUN, PRONOUN_TURN, SaidLike
from .descriptions import is_group
from .mentions import INDEFINITE_PERSONS
from .resolve import NARRATOR
from .turndescriptions import APART
from .turns import ADDRESSED_BEFORE, TURNS_APART, VOCATIVE

VOCATIVE_SHOWN = 0.8
"""A turn the previous turn calls by name ("..., Harriet?" / "Yes."): right 218 times in
242 on the six PDNC novels (90%), decided at :data:`~sourcecheck.extract.turns.VOCATIVE`."""
PRONOUN_SHOWN = 0.6
"""A pronoun turn ("said she") given the speaker its conversation's anchors alternate to:
decided at :data:`~sourcecheck.extract.alternation.PRONOUN_TURN` (above its own referent),
right 15 times in 24 (62%)."""


SHOWN: dict[tuple[str, float], float] = {
    ("an attribution clause", 0.9): 0.7,  # a name in a clause, not beside a verb: 10/14
    ("an attribution clause", 0.75): 0.45,  # a pronoun or description in it: 11/23 (48%)
    (APART, 0.35): 0.05,  # 2/24: the description is someone the conversation does not know
    ("fallback", 0.3): 0.45,  # the person last named: 28/63 (44%)
    ("the subject of the sentence before", 0.5): 0.65,  # 53/74 (72%)
    ("loose conversation", 0.35): 0.5,  # 13/24 (54%)
}
"""The confidence shown for a sieve's decision at the confidence it decided with, where the
two differ (the six PDNC novels, ``bench_pdnc.py --sieves``, before this table)."""
VERB_INDEFINITE = 0.15
"""A verb of saying after a quotation, beside an indefinite description ("said a voice",
"cried one of the women", "said a man"), the speaker as written (decided at 0.85): on the
four development novels the speaker is a character the novel names 17 times in 25, whom the
description does not name (4 right, 4 nobody PDNC names). A lead-in that introduces the
words ("A soldier said: “...”", reporting's way) stays at 0.85; so does a group ("the
crowd", "the sailors"): PDNC gives a group no speaker a proposal could match."""
VERB_UNNAMED = 0.55
"""A description no person of the text resolves, told apart by no phrase ("remonstrated the
workhouse master", decided at 0.75): right 24 times in 42 (57%); "the gentleman in the white
waistcoat" (a phrase that tells them apart) stays at 0.75 (13/17)."""
VERB_UNRESOLVED = 0.2
"""A description the conversation was left to resolve (decided at 0.4): 5/27 (19%)."""
VERB_UNSURE = 0.4
"""A pronoun whose referent is a guess, a description resolved by the conversation's turns
(decided at 0.6): 7/19 on the six novels (37%)."""
FIRST_NAMED = 0.9
"""'I said' with no author given, the narrator named by how the others address them
(decided at 0.6): 84/84."""
TURNS_DESCRIBED = 0.3
"""A turn of the conversation's first turns (:data:`~.turns.TURNS_APART`) beside which a
description stands that named nobody ("said the gentleman"): 19/61 (31%)."""
_VERB = re.compile(r"^the verb '[^']*' next to it$")
_TOLD_APART = re.compile(r"\s(?:in|of|at|on|from|with) the\s")
_INDEFINITE = frozenset("a an one some another any".split()) | INDEFINITE_PERSONS


def show_confidences(said: Sequence[SaidLike]) -> None:
    """Give each decision the confidence measured for its sieve (the speakers stay)."""
    for s in said:
        decided = round(s.speaker_confidence, 2)
        if s.sieve == "vocative" and s.evidence.startswith(ADDRESSED_BEFORE):
            if s.speaker_confidence == VOCATIVE:
                s.speaker_confidence = VOCATIVE_SHOWN
        elif s.sieve == CONVERSATION_PRONOUN and s.speaker_confidence == PRONOUN_TURN:
            s.speaker_confidence = PRONOUN_SHOWN
        elif _VERB.match(s.sieve):
            s.speaker_confidence = _verb_shown(s, decided) or s.speaker_confidence
        elif s.sieve == "conversation turns" and decided == TURNS_APART and _described(s):
            s.speaker_confidence = TURNS_DESCRIBED
        else:
            s.speaker_confidence = SHOWN.get((s.sieve, decided), s.speaker_confidence)


def _verb_shown(s: SaidLike, decided: float) -> float | None:
    """The confidence shown for a verb of saying beside the quotation, by what its cue names
    and how it was resolved; None to keep the one decided."""
    cue = s.cue
    if cue is None:
        return None
    if cue.kind == "first" and decided == 0.6 and s.speaker not in (None, NARRATOR):
        return FIRST_NAMED
    if cue.kind in ("pronoun", "description") and decided == 0.6:
        return VERB_UNSURE
    if cue.kind != "description":
        return None
    words = (s.words or cue.words).lower()
    indefinite = words.split()[0] in _INDEFINITE and not is_group(words)
    if decided == 0.85 and indefinite and "' beside the quote" in s.evidence:
        return VERB_INDEFINITE
    if decided == 0.75 and not _TOLD_APART.search(words) and "'s" not in words:
        return VERB_UNNAMED
    return VERB_UNRESOLVED if decided == 0.4 else None


def _described(s: SaidLike) -> bool:
    """Whether a description stands beside the quotation as its speaker's words."""
    return s.cue is not None and s.cue.kind == "description"

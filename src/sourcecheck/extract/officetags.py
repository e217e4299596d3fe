"""The speakers a description by office or trade beside a verb of saying names as written
("“...,” said the old clerk."), at the end of attribution: as sure as an explicit tag
(:data:`~sourcecheck.extract.offices.EXPLICIT_DESCRIPTION`), with the verb's evidence when
the conversation's turns only kept the description (see :mod:`~sourcecheck.extract.offices`).
Not a description the turns took back from a named person who answers it
(:data:`~sourcecheck.extract.turndescriptions.APART`): a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import excerpt
from .offices import EXPLICIT_DESCRIPTION, office_noun
from .turndescriptions import APART
from .vocatives import words_key

if TYPE_CHECKING:
    from .speakers import Said


def tags_as_written(text: str, said: Sequence[Said]) -> None:
    """Give each quotation whose speaker is still, at the end, the description by office
    that a verb of saying beside it names ("the old clerk") the confidence of an explicit
    tag, and the verb's evidence back when the conversation's turns only kept it."""
    for s in said:
        cue = s.cue
        if cue is None or cue.kind != "description" or not s.speaker or s.sieve == APART:
            continue  # (a description the turns took back from a named person: a guess)
        office = office_noun(cue.words, indefinite=True)  # ("a spokesman said": as written)
        if words_key(s.speaker) != words_key(cue.words) or office is None:
            continue
        clause = repr(excerpt(text, 60, cue.clause[0], cue.clause[1]))
        if not s.evidence.startswith(clause):  # (the turns' evidence: "the other of its two")
            where = "before" if cue.clause[1] <= s.first_mark else "beside"
            s.evidence = f"{clause} {where} the quote"
            s.sieve = f"the verb {cue.verb!r} next to it"
        s.speaker_confidence = EXPLICIT_DESCRIPTION

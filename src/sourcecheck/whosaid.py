"""Who said it, checked where ``verify`` found a claim's passage.

Two readings, the first that can tell:

1. a transcript's label (:mod:`.matching.transcripts`, :mod:`.matching.labelspeaker`): when
   the passage (verbatim, close, partial or reworded) lies in a labelled speaker's stretch,
   the claim's speaker (its ``speaker`` field, else its reporting frame) is that speaker or
   another; another is flagged ``speaker``, the same is said in the reason;
2. a reworded claim's frame naming a speaker that is neither the source's author nor named at
   the passage or around it (:mod:`.matching.framespeaker`).

Each text is read once per run, and only for a claim that names a speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .matching.frames import frame_speaker, reported_content
from .matching.framespeaker import SPEAKER, flag_unshown_speaker
from .matching.labelspeaker import label_note, label_verdict
from .matching.transcripts import Turn, stated_holders, transcript_turns, turn_at
from .models import Claim, MatchResult
from .store import db as dbm

if TYPE_CHECKING:
    from .store.db import Database
    from .workers import JobOutcome

PASSAGE_STATUSES = ("verbatim", "close", "reworded", "partial")
"""The statuses whose passage is the claim's (:data:`sourcecheck.verify.PASSAGE_STATUSES`)."""
_FRAME_LANGUAGES = ("en", "de", "ru")


class WhoSaid:
    """The speaker checks of one ``verify`` run over ``db`` (its transcripts read once)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._turns: dict[int, tuple[tuple[Turn, ...], str]] = {}  # (a transcript's text)

    def check(self, claim: Claim, result: MatchResult, context: JobOutcome | None) -> None:
        """Flag ``result`` ``speaker`` when its passage shows another speaker than its claim's,
        and say in its reason what a transcript's label says (see the module)."""
        if result.status not in PASSAGE_STATUSES or claim.source_id is None:
            return
        if self._by_label(claim, result):
            return
        if result.status == "reworded" and context is not None:  # "X's father told him that"
            around = "".join(filter(None, (context.prefix, context.passage, context.suffix)))
            author = dbm.get_source(self.db, claim.source_id).author
            flag_unshown_speaker(result, claim.quote, around, author)

    def _by_label(self, claim: Claim, result: MatchResult) -> bool:
        """Whether a transcript's label told who said the passage (and the result says so)."""
        if result.span is None or result.text_id is None:
            return False
        speaker = claim.speaker or _framed(claim.quote, result)
        if not speaker or not speaker.strip():
            return False
        read = self._turns.get(result.text_id)
        if read is None:
            text = dbm.get_text(self.db, result.text_id).text
            turns = transcript_turns(text)
            read = self._turns[result.text_id] = (turns, text if turns else "")
        turns, text = read
        turn = turn_at(turns, result.span.start, result.span.end) if turns else None
        if turn is None:
            return False
        before = text[turn.body : max(turn.body, result.span.start)]
        stated = stated_holders(text, turns[0].start)
        verdict = label_verdict(speaker, turns, turn, before, stated)
        if verdict is None:
            return False
        result.reason += label_note(verdict)  # (the label shown, unflagged, when unknown)
        if verdict.same is False and SPEAKER not in result.flags:
            result.flags.append(SPEAKER)
        return True


def _framed(quote: str, result: MatchResult) -> str | None:
    """The speaker the quote's reporting frame names ("Purishkevich said that ..."), read in
    the quote's language as the meaning stage found it (else in each language)."""
    evidence = getattr(result, "evidence", None)  # a MeaningResult's
    languages = (evidence.quote_language,) if evidence is not None else _FRAME_LANGUAGES
    for language in languages:
        framed = reported_content(quote, language)
        if framed is not None:
            return frame_speaker(framed[1], language)
    return None

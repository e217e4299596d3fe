"""Descriptions across a conversation's turns: a description beside a quotation ("said the
old gentleman") that the sieves or the turns made the name of the person who speaks the turn
just before or after it names someone else, since nobody answers themselves
(:func:`descriptions_apart`, :func:`descriptions_kept`). Used by
:mod:`~sourcecheck.extract.turns`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .alternation import SaidLike, set_speaker
from .descriptions import age_conflict
from .offices import OFFICE_GIVEN
from .sieves import PRONOUNS
from .surnames import surname
from .vocatives import words_key

SCENE_PARAGRAPHS = 30
"""How far a description keeps naming one person (or nobody known) in a scene."""
APART = "a description, not the one who answers"
"""The sieve of a description :func:`descriptions_apart` took back to its words."""
APART_HELD = 0.6
"""How sure such a turn is while the conversation is read: the turns do not fill it again."""
APART_SHOWN = 0.35
"""How sure it is said to be at the end: the words as written ("the jailer") seldom match
the name a reader gives that person ("The Jailer at the Dodger's Trial"): 4 of 33 on the six
PDNC novels, a guess's band."""


def descriptions_apart(said: Sequence[SaidLike]) -> None:
    """A description resolved to the person who speaks, named, in the turn just before or
    after it ("“Hold your tongue,” said the jailer. / “I'm an Englishman,” rejoined the
    Dodger.") names someone else: nobody answers themselves. Every use of that description
    for that person in the scene goes back to the words as written."""
    wrong: set[tuple[str, str]] = set()
    for i, s in enumerate(said):
        if not _resolved_description(s) or OFFICE_GIVEN in s.evidence:
            continue  # ("Mr. Bumble, the beadle": the text says who, not the turns)
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(said)
                and _named_turn(said[j])
                and adjacent(said, min(i, j))
                and said[j].speaker == s.speaker
            ):
                wrong.add((words_key(s.words or ""), s.speaker or ""))
    for s in said:
        if _resolved_description(s) and (words_key(s.words or ""), s.speaker) in wrong:
            written = (s.words or "")[0].lower() + (s.words or "")[1:]
            near = [t for t in said if abs(t.paragraph - s.paragraph) <= SCENE_PARAGRAPHS]
            if any(_named_turn(t) and t.speaker == s.speaker for t in near):
                why = f"{s.evidence.split(' (')[0]} ({written}: not {s.speaker}, who answers)"
                set_speaker(s, written, why, APART_HELD)
                s.sieve = APART


def apart_shown(said: Sequence[SaidLike]) -> None:
    """Give the descriptions :func:`descriptions_apart` took back to their words, where the
    conversation kept them, the confidence they deserve (:data:`APART_SHOWN`)."""
    for s in said:
        if s.sieve == APART and s.speaker_confidence == APART_HELD:
            s.speaker_confidence = APART_SHOWN


def written_descriptions(said: Sequence[SaidLike]) -> dict[int, tuple[str, str, float, str]]:
    """The quotations whose speaker is a description as written ("the old gentleman", whom
    nobody resolved), by index: their speaker, evidence, confidence and sieve."""
    return {
        i: (s.speaker, s.evidence, s.speaker_confidence, s.sieve)
        for i, s in enumerate(said)
        if s.attributed
        and s.cue is not None
        and s.cue.kind == "description"
        and s.speaker
        and words_key(s.speaker) == words_key(s.cue.words)
    }


def descriptions_kept(
    said: Sequence[SaidLike], written: dict[int, tuple[str, str, float, str]]
) -> None:
    """A description as written that the turns made a name ("the old gentleman" -> Oliver)
    stays the description when that person speaks the turn just before or after it: nobody
    answers themselves, so the turns read the conversation wrong (a confident wrong name
    costs more than the words of the text); so does one whose age the name's title denies
    ("the child" made "Mrs. Mann")."""
    for i, (speaker, evidence, confidence, sieve) in written.items():
        s = said[i]
        if s.speaker == speaker or not s.speaker:
            continue
        if age_conflict(speaker, s.speaker):  # "replied the child": not Mrs. Mann
            s.speaker, s.speaker_key = speaker, surname(speaker)
            s.evidence, s.speaker_confidence, s.sieve = evidence, confidence, sieve
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(said) and adjacent(said, min(i, j)) and said[j].speaker == s.speaker:
                s.speaker, s.speaker_key = speaker, surname(speaker)
                s.evidence, s.speaker_confidence, s.sieve = evidence, confidence, sieve
                break


def _resolved_description(s: SaidLike) -> bool:
    """Whether a description beside the quotation was resolved to a person."""
    words = s.words or ""
    return (
        s.attributed
        and bool(words)
        and words[0].islower()
        and words.lower() not in PRONOUNS
        and s.speaker is not None
        and words_key(words) != words_key(s.speaker)
    )


def _named_turn(s: SaidLike) -> bool:
    """Whether a quotation's speaker is named beside it ("rejoined the Dodger")."""
    return s.attributed and (s.words or "x").split()[-1][:1].isupper()


def adjacent(said: Sequence[SaidLike], i: int) -> bool:
    """Whether quotations ``i`` and ``i + 1`` are turns of one conversation: each opens a
    paragraph, one right after the other."""
    a, b = said[i], said[i + 1]
    return a.starts_paragraph and b.starts_paragraph and b.paragraph == a.last_paragraph + 1

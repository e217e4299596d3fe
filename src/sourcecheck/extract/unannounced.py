"""A quotation no words of saying announce, right after a narration sentence of its paragraph
("I turned to Kühlmann. “So the general speaks for the German government?”"; "He shrugged his
shoulders. “Then the Rada will fall.”"): the subject of that sentence is its speaker, the
writer for "I", the actor before it for "he"/"she" (:func:`.actors.actor_before`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..texts.paragraphs import Paragraph
from .persons import People
from .surnames import surname

if TYPE_CHECKING:
    from .speakers import Said

GUESSES = frozenset(("none", "fallback", "conversation turns", "loose conversation"))
"""Sieves whose speaker is a guess from the turns or the last name, not read beside it."""


def unannounced(
    text: str,
    paras: Sequence[Paragraph],
    said_list: Sequence[Said],
    people: People,
    *,
    author: str | None = None,
) -> None:
    """Give a quotation that nothing attributes, and that follows a narration sentence in
    its own paragraph, that sentence's subject (see the module docstring)."""
    from . import actors  # (actors calls this module)

    for said in said_list:
        if said.cue is not None or said.sieve not in GUESSES:
            continue
        para = paras[said.paragraph - 1]
        span = actors.narration_before(text, paras, said.first_mark)
        if span is None or span[0] < para.start or text[span[1] : said.first_mark].strip():
            continue  # (only narration of its own paragraph, right before it)
        start, end = actors.sentences(text, *span)[-1]
        actor = actors.subject_of(text, start, end)
        if actor is None:
            continue
        if actor.kind == "first":
            if author and said.speaker != author:
                _set(said, author, f"{actor.words!r}, the writer, acts right before it")
            continue
        if actor.kind == "pronoun":
            actor = actors.actor_before(text, paras, actor.start, actor.words, people)
            if actor is None:
                continue
        if actor.kind == "description" and not actors.is_person_description(actor.words):
            continue
        name = actors.display(text, actor, people)
        if (
            name != said.speaker
            and actors.worth(text, actor, said, people)
            and not actors.in_quote(text, said, name)
        ):
            _set(said, name, f"{name!r}, the subject of the sentence right before it")


def _set(said: Said, name: str, evidence: str) -> None:
    said.speaker, said.speaker_key = name, surname(name) if name[:1].isupper() else ""
    said.person = name[:1].isupper()
    said.evidence = evidence
    said.speaker_confidence, said.sieve = 0.5, "subject before"

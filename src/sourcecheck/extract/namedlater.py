"""A description the scene names later: "the gentleman" who speaks on London Bridge with the
girl is Mr. Brownlow, whom the chapter names as a speaker once the conversation is over ("“No,
my love,” replied Mr. Brownlow"). Unlike a pronoun (:mod:`~sourcecheck.extract.cataphora`), a
description may introduce someone the text names only afterwards.

Read once every quotation has a speaker: the quotations whose speaker is a description as
written ("the gentleman": resolved to nobody; or an indefinite one, "cried a gruff voice
within": someone new as much, 4 more right of 11 changed on the four development PDNC
novels, shown at 0.4), grouped by description within a chapter, take
the first person who speaks by name after the last of them in that chapter, when of the
description's gender, not named in the chapter before the first of them, and not speaking by
name among them (then the description is someone else).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .descriptions import (
    age_conflict,
    description_gender,
    description_key,
    is_group,
    is_trade,
)
from .headings import heading_starts
from .people import People, Person
from .surnames import surname

if TYPE_CHECKING:
    from .speakers import Said

_QUALIFIED = re.compile(r"\s(?:in|of|at|on|from|with|by|through|near|behind)\s")
CONFIDENCE = 0.6
"""The speaker confidence of a description named later (a guess the scene supports)."""


def name_described_later(text: str, said_list: Sequence[Said], people: People) -> None:
    """Give each description left as written the person its chapter names later (see the
    module docstring), in place."""
    chapters = heading_starts(text)

    def chapter(said: Said) -> int:
        return bisect.bisect_right(chapters, said.quote.first_mark)

    groups: dict[tuple[int, str], list[Said]] = defaultdict(list)
    for said in said_list:
        if _as_written(said, people):
            groups[(chapter(said), description_key(said.speaker or ""))].append(said)
    for (number, key), described in groups.items():
        first, last = described[0].quote.first_mark, described[-1].quote.first_mark
        start = chapters[number - 1] if number > 0 else 0
        end = chapters[number] if number < len(chapters) else len(text)
        genders = _genders(key, described)
        if len(genders) > 1:
            continue  # "the voice" said by "the girl" and by "the boy": several persons
        span = (start, first, last, end)
        person = _named_after(text, said_list, people, (key, next(iter(genders), None)), span)
        if person is None:
            continue
        for said in described:
            bind_described(said, person, key, "named later in the chapter", CONFIDENCE)


def bind_described(
    said: Said, person: Person, key: str, why: str, confidence: float, *, keep_higher: bool = False
) -> None:
    """Give a quotation whose speaker the text describes (``key``: "the stranger") to
    ``person``, saying ``why`` in its evidence; its confidence becomes ``confidence`` (with
    ``keep_higher``: at least that)."""
    said.speaker, said.speaker_key = person.name, surname(person.name)
    said.evidence += f" ({key} = {person.name}: {why})"
    said.speaker_confidence = (
        max(said.speaker_confidence, confidence) if keep_higher else confidence
    )


def _genders(key: str, described: Sequence[Said]) -> set[str]:
    """The genders of a description ("the gentleman") and of its quotations' own words ("the
    voice" that the turns carry to "..., replied the charity-boy": M)."""
    said = {description_gender(s.cue.words) for s in described if s.cue is not None}
    return {g for g in {description_gender(key)} | said if g is not None}


def _as_written(said: Said, people: People) -> bool:
    """Whether a quotation's speaker is a description resolved to nobody ("the gentleman",
    "a voice")."""
    speaker = said.speaker or ""
    if not speaker.startswith(("the ", "a ", "an ")) or is_group(speaker) or is_trade(speaker):
        return False  # "the turnkey", "the officer": someone of that trade, often never named
    if _QUALIFIED.search(speaker):
        return False  # "the gentleman in the white waistcoat": the text's name for him
    return people.resolve(speaker) is None and speaker.split()[-1][:1].islower()


def _named_after(
    text: str,
    said_list: Sequence[Said],
    people: People,
    described: tuple[str, str | None],
    span: tuple[int, int, int, int],
) -> Person | None:
    """The first person who speaks by name after ``last`` and before ``end`` (``span``: the
    chapter's start, the first and last quotations of the description, the chapter's end),
    of the description's gender and age (``described``: its words and gender), not named
    between ``start`` and ``first`` and not speaking by name between ``first`` and ``last``."""
    start, first, last, end = span
    key, gender = described
    among: set[int] = set()
    for said in said_list:
        at = said.quote.first_mark
        person = _named_speaker(said, people)
        if at < first or person is None:
            continue
        if at >= end:
            return None
        if at <= last:
            among.add(id(person))
            continue
        if id(person) in among or (gender and person.gender not in (gender, None)):
            continue
        if age_conflict(key, person.name):
            continue  # "the child" is not Mr. Brownlow
        if _named_in(text, person, start, first):
            continue
        return person
    return None


def _named_speaker(said: Said, people: People) -> Person | None:
    """The person a quotation is attributed to by name ("replied Mr. Brownlow")."""
    if said.cue is None or said.cue.kind != "name" or not said.speaker:
        return None
    return people.resolve(said.speaker)


def _named_in(text: str, person: Person, start: int, end: int) -> bool:
    """Whether any of the person's names occurs between ``start`` and ``end``."""
    for form in person.forms:
        word = form.split()[-1]
        if re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search(text, start, end):
            return True
    return False

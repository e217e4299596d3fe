"""A person described whom the conversation calls by name: "“What is it, Nancy, dear?” /
“What do you mean?” replied the girl" (the girl is Nancy); "“God forgive me!” she cried. /
“Nancy!” cried Oliver". Who answers a turn is the one it calls; who is called in the turn
after is the one who spoke (nobody calls themselves).

A description as written ("the girl": the text did not say who) becomes the one person its
adjacent turn calls by name, when of its gender and a person who speaks by name in the text
(a name called may be a third person's there, "Here, take hold of my hand, Ned"), and so do
the same description's other quotations of the scene (:data:`SCENE_PARAGRAPHS` around).
Read once every quotation has a speaker, after the chapter's own naming
(:mod:`~sourcecheck.extract.selfnamed`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .descriptions import description_gender, description_key, head_noun, is_group, is_trade
from .namedlater import bind_described
from .people import People, Person
from .vocatives import vocatives

if TYPE_CHECKING:
    from .speakers import Said

SCENE_PARAGRAPHS = 30
"""How far, in paragraphs, the same description goes on naming the person called."""
CONFIDENCE = 0.6
"""The speaker confidence of a description the adjacent turn calls by name."""


def name_called(said_list: Sequence[Said], quoted: Callable[[Said], str], people: People) -> None:
    """Give each description as written the person its adjacent turn calls by name (see the
    module docstring), with its other quotations of the scene, in place."""
    speaking = {
        id(person)
        for s in said_list
        if s.cue is not None and s.cue.kind == "name" and s.speaker
        for person in [people.resolve(s.speaker)]
        if person is not None
    }
    for i, said in enumerate(said_list):
        if not _as_written(said, people):
            continue
        person = _called(said_list, i, quoted, people)
        if person is None or id(person) not in speaking:
            continue  # (a name called who never speaks by name: someone else there, "Ned")
        key, at = description_key(said.speaker or ""), said.paragraph
        for other in said_list:
            if abs(other.paragraph - at) > SCENE_PARAGRAPHS or not _as_written(other, people):
                continue
            if description_key(other.speaker or "") != key:
                continue
            why = "called so in the turn beside it"
            bind_described(other, person, key, why, CONFIDENCE, keep_higher=True)


def _called(
    said_list: Sequence[Said], i: int, quoted: Callable[[Said], str], people: People
) -> Person | None:
    """The one person the turns just before and after quotation ``i`` call by name, of
    the gender of its description (nobody calls themselves: not those turns' speakers)."""
    said = said_list[i]
    gender = description_gender(said.speaker or "")
    found: set[int] = set()
    persons: list[Person] = []
    for j in (i - 1, i + 1):
        if not 0 <= j < len(said_list) or not _adjacent(said_list, min(i, j)):
            continue
        other = said_list[j]
        for name in vocatives(quoted(other), people):
            person = people.resolve(name)
            if person is None or person.gender not in (gender, None):
                continue
            if id(person) not in found:
                found.add(id(person))
                persons.append(person)
    return persons[0] if len(persons) == 1 else None


def _adjacent(said_list: Sequence[Said], i: int) -> bool:
    """Whether quotations ``i`` and ``i + 1`` are turns one right after the other."""
    a, b = said_list[i], said_list[i + 1]
    return a.starts_paragraph and b.starts_paragraph and b.paragraph == a.last_paragraph + 1


def _as_written(said: Said, people: People) -> bool:
    """Whether a quotation's speaker is a description of a person of one gender as written
    ("the girl"), not a trade ("the jailer"), a group or a person the text names."""
    speaker = said.speaker or ""
    return (
        speaker.lower().startswith("the ")
        and head_noun(speaker) is not None
        and not is_trade(speaker)
        and not is_group(speaker)
        and people.resolve(speaker) is None
    )

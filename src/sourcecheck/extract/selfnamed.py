"""A person the text describes who names themselves: asked "What name am I to ask for?",
"“Monks!” rejoined the man"; or "“I am Griffin,” said the stranger". From then on, and back
to the start of the chapter, the description they are called by ("the man") is that person,
and so is any other description of a person the text does not know yet ("the stranger", "the
visitor": the man Mr. Bumble meets in the inn is the stranger of the whole chapter).

Read once every quotation has a speaker (as :mod:`~sourcecheck.extract.namedlater`): only the
quotations whose speaker is still a description as written change, to the person the text
knows by the name given, and keep those words (:attr:`Said.words
<sourcecheck.extract.speakers.Said.words>`, the evidence).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..models import excerpt
from .calledby import name_called
from .descriptions import UNKNOWN_PERSONS, description_gender, description_key, head_noun, is_group
from .epithets import name_by_epithet
from .headings import heading_starts
from .namedlater import bind_described, name_described_later
from .people import NAME_RE, People, Person
from .resolve import NARRATOR
from .sametrade import to_scene_trade
from .strangers import name_strangers_later
from .voices import voices_to_persons

if TYPE_CHECKING:
    from .speakers import Said

_ASKS_NAME = re.compile(
    r"\b(?:what(?:['’]s| is| was)? (?:your|his|the) name|what name|who (?:are|be) you|"
    r"who (?:is|are) (?:it|you|there)|who['’]s there|your name)\b",
    re.I,
)
"""A question whose answer is a name: "What name am I to ask for?", "Who are you?"."""
_OWN_NAME = re.compile(
    r"(?:^\W*|[.!?;,]\s+)(?:I am|I['’]m|[Mm]y name is|[Mm]y name['’]s)\s+(?:Mister\s+)?"
    rf"(?P<who>{NAME_RE.pattern})"
    r"(?=\s*(?:[,.!?;]|$))"
)
"""A speaker saying who they are: "I am Griffin, of University College", "my name is Monks",
"I'm Mister Noah Claypole"."""
_NAME_ALONE = re.compile(rf"^\W*(?P<who>{NAME_RE.pattern})\W*$")
"""A quotation that is a name and nothing else: "Monks!"."""
CONFIDENCE = 0.75
"""The speaker confidence of a description a speaker's own name resolved."""


def name_described(text: str, said_list: Sequence[Said], people: People) -> None:
    """Give the descriptions left as written the person the chapter says they are: who names
    themselves (:func:`name_self_named`; a voice heard is the person described after it,
    :func:`~sourcecheck.extract.voices.voices_to_persons`), else who is named later (a
    stranger, :func:`~sourcecheck.extract.strangers.name_strangers_later`; any description,
    :func:`~sourcecheck.extract.namedlater.name_described_later`), else the person the
    description names everywhere else (:func:`~sourcecheck.extract.epithets.name_by_epithet`),
    or whom the turn beside it calls by name
    (:func:`~sourcecheck.extract.calledby.name_called`), in place."""
    voices_to_persons(text, said_list)
    name_self_named(text, said_list, people)
    name_strangers_later(text, said_list, people)
    name_described_later(text, said_list, people)
    name_by_epithet(said_list, people)
    name_called(said_list, lambda s: " ".join(p.span.slice(text) for p in s.quote.pieces), people)
    to_scene_trade(text, said_list, people)


def name_self_named(text: str, said_list: Sequence[Said], people: People) -> None:
    """Give the quotations of each chapter whose speaker is a description as written the
    person who, described so, names themselves in that chapter (see the module docstring)."""
    chapters = heading_starts(text)

    def chapter(offset: int) -> int:
        return bisect.bisect_right(chapters, offset)

    quoted = lambda s: " ".join(p.span.slice(text) for p in s.quote.pieces)  # noqa: E731
    for i, said in enumerate(said_list):
        found = _names_self(said_list, i, quoted, people)
        if found is None:
            continue
        words, person = found
        number = chapter(said.quote.first_mark)
        key = description_key(words)
        said_so = f"{words} names themselves, {excerpt(quoted(said), 30)!r}"
        for other in said_list:
            if chapter(other.quote.first_mark) != number:
                continue
            other_key = _called(other, key, person, people)
            if other_key is None:
                continue
            bind_described(other, person, other_key, said_so, CONFIDENCE, keep_higher=True)


def _names_self(
    said_list: Sequence[Said], i: int, quoted: Callable[[Said], str], people: People
) -> tuple[str, Person] | None:
    """The description beside quotation ``i`` and the person it names, when the quotation
    is a name answering a question for one ("What name?" / "“Monks!” rejoined the man") or
    says "I am X", "my name is X" (X a person of the text, of the description's gender)."""
    said = said_list[i]
    if said.cue is None or said.cue.kind != "description" or said.words is None:
        return None
    words = said.words
    if is_group(words) or said.speaker == NARRATOR:
        return None  # many people
    text = quoted(said)
    m = _OWN_NAME.search(text)
    if m is None and i > 0 and _ASKS_NAME.search(quoted(said_list[i - 1])):
        m = _NAME_ALONE.match(text)
    if m is None:
        return None
    person = people.resolve(m["who"])
    gender = description_gender(words) if head_noun(words) else None
    if person is None or (gender and person.gender not in (gender, None)):
        return None
    return words, person


def _called(said: Said, key: str, person: Person, people: People) -> str | None:
    """The words ``said``'s speaker is called by when they are the description ``key`` (as
    the text gives it beside the quotation, whoever it was resolved to: the person named
    overrules a guess), or a description as written of someone the text does not know yet
    ("the stranger") that may be ``person``; else None."""
    words = said.words or ""
    described = said.cue is not None and said.cue.kind == "description"
    if described and words and description_key(words) == key:
        return key
    if not _as_written(said, people):
        return None
    written = description_key(said.speaker or "")
    return written if written == key or _unknown_person(written, person) else None


def _as_written(said: Said, people: People) -> bool:
    """Whether a quotation's speaker is a description as written ("the stranger")."""
    speaker = said.speaker or ""
    return (
        speaker[:1].islower()
        and people.resolve(speaker) is None
        and not is_group(speaker)
        and description_key(speaker) != speaker.lower()  # (an article: not "somebody")
    )


def _unknown_person(key: str, person: Person) -> bool:
    """Whether a description names someone the text has not named ("stranger", "visitor")
    whose gender does not contradict ``person``'s."""
    parts = key.split()
    if not parts or parts[-1] not in UNKNOWN_PERSONS:
        return False
    gender = description_gender(key) if head_noun(key) else None
    return gender is None or person.gender in (gender, None)

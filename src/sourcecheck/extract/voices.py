"""A voice is no person: "“Fagin!” whispered a voice close to his ear." is said by someone
the text goes on to describe ("“Yes!” interrupted the stranger"; "said a voice, which was
evidently that of the gentleman" / "said the gentleman"). The conversation's turns carry "a
voice" on to the quotations after it, even to those the text gives a person ("“Oh, of
course!” said the stranger" became "a voice"); :func:`voices_to_persons` gives those back
the person described beside them, and the voice's own quotations that person too, when the
voice's quotations name one person only.

Read once every quotation has a speaker, before the descriptions as written are resolved by
the chapter (:mod:`~sourcecheck.extract.selfnamed`, :mod:`~sourcecheck.extract.namedlater`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .descriptions import UNKNOWN_PERSONS, description_key, head_noun, is_group
from .headings import heading_starts
from .surnames import surname

if TYPE_CHECKING:
    from .speakers import Said

VOICES = frozenset("voice voices".split())
"""Nouns of a voice heard: the speaker of such a description is someone not yet seen."""


def is_voice(words: str) -> bool:
    """Whether a description is a voice heard, not a person ("a voice close to his ear",
    "the voice through the key-hole", "a faint and feeble voice"; not "the voice of the
    girl", whose owner the text gives).

    >>> is_voice("a voice close to his ear"), is_voice("the voice of the girl")
    (True, False)
    """
    parts = description_key(words).split()
    if " of " in f" {' '.join(parts)} " or not words[:1].islower():
        return False
    return any(w in VOICES for w in parts[:4])


def voices_to_persons(text: str, said_list: Sequence[Said]) -> None:
    """Give the quotations the turns made a voice's the person described beside them, and
    the voice's quotations that person when they name only one (see the module docstring),
    in place."""
    chapters = heading_starts(text)
    groups: dict[tuple[int, str], list[Said]] = defaultdict(list)
    for said in said_list:
        if said.speaker and is_voice(said.speaker):
            chapter = bisect.bisect_right(chapters, said.quote.first_mark)
            groups[(chapter, said.speaker)].append(said)
    for (_, voice), heard in groups.items():
        beside = {id(s): _person_beside(s) for s in heard}
        persons = set(beside.values()) - {None}
        paragraphs = {s.paragraph: beside[id(s)] for s in heard if beside[id(s)]}
        for said in heard:
            words = beside[id(said)] or paragraphs.get(said.paragraph)  # (its other pieces)
            if words is None and len(persons) == 1:
                words = next(iter(persons))
            if words is None:
                continue
            said.speaker, said.speaker_key = words, surname(words)
            said.evidence += f" ({words}: the person of {voice!r})"


def _person_beside(said: Said) -> str | None:
    """The description of a person beside a quotation ("said the stranger"), as written."""
    words = said.words or ""
    if said.cue is None or said.cue.kind != "description" or not words:
        return None
    if is_voice(words) or is_group(words) or (head_noun(words) is None and not _unknown(words)):
        return None
    if not words.lower().startswith("the "):
        return None  # ("a man said": someone new, not the voice heard before)
    return words[0].lower() + words[1:]


def _unknown(words: str) -> bool:
    """Whether a description names a person the text does not know ("the stranger")."""
    return description_key(words).split()[-1] in UNKNOWN_PERSONS

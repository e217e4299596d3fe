"""A description made of a title's noun names the person the text calls by that title: "the
doctor" is Doctor Losberne, "the major" Major Sholto, "the inspector" Inspector Jones. A
narrator who writes "the doctor" of someone he also calls "Doctor Losberne" (or "Mr.
Losberne", the surgeon's usual name, with "Doctor Losberne" once) means him, not whoever
else is present (a servant who shows him in).

The title holder must be named in the narration before the description or in its chapter:
"the doctor" of a chapter whose doctor the text never names (a house doctor who comes once)
is not the doctor of a later chapter. When the text gives the title to several persons ("the
colonel": Colonel Forster and Colonel Fitzwilliam), the one of them the last paragraphs name
or hear last is meant, else nobody (the other rules decide). Used by
:meth:`~sourcecheck.extract.resolve.Referents.description`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from .descriptions import description_gender
from .headings import heading_starts
from .people import People, Person
from .titles import is_organisation, split_title

if TYPE_CHECKING:
    from .resolve import Referents, Turn

TITLE_NOUNS = {
    "doctor": ("Doctor", "Dr"),
    "professor": ("Professor", "Prof"),
    "captain": ("Captain",),
    "colonel": ("Colonel",),
    "major": ("Major",),
    "general": ("General",),
    "admiral": ("Admiral",),
    "sergeant": ("Sergeant",),
    "inspector": ("Inspector",),
}
"""The noun of a description ("the doctor") and the titles it stands for ("Dr. Watson")."""
RECENT_PARAGRAPHS = 12
"""How far back the one holder meant is looked for when several persons hold the title."""
_DESCRIPTION = re.compile(r"the\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)")
"""A definite description ending with its noun: "the doctor", "the little doctor"."""


class TitleHolders:
    """The persons of a text who carry each title, and where the text names them."""

    def __init__(self, text: str, people: People) -> None:
        self._chapters = heading_starts(text)
        self._text_len = len(text)
        self._holders: dict[str, list[tuple[Person, list[int]]]] = {}
        for noun, titles in TITLE_NOUNS.items():
            held = [
                p
                for p in people.persons
                if any(split_title(f)[0] in titles for f in p.forms)
                and not is_organisation(p.name)  # "the General Post Office"
            ]
            gender = description_gender(f"the {noun}")
            carriers = {id(c): c for c in (_carrier(people, p, gender) for p in held)}
            self._holders[noun] = [(c, _named_at(text, c)) for c in carriers.values()]

    def person(
        self,
        referents: Referents,
        words: str,
        offset: int,
        *,
        turns: Sequence[Turn],
        exclude: Set[str],
    ) -> Person | None:
        """The person a title's description at ``offset`` names (see the module docstring),
        if one is known."""
        m = _DESCRIPTION.fullmatch(" ".join(words.lower().split()))
        holders = self._holders.get(m.group("noun"), []) if m else []
        chapter_end = self._chapter_end(offset)
        known = [p for p, at in holders if at and at[0] < chapter_end and p.name not in exclude]
        if len(known) > 1:  # the one named or speaking last
            ids = {id(p) for p in known}
            recent = referents.candidates(offset, RECENT_PARAGRAPHS, turns)
            known = [p for _, p in recent if id(p) in ids][:1]
        return known[0] if len(known) == 1 else None

    def _chapter_end(self, offset: int) -> int:
        """Where the chapter holding ``offset`` ends (the next heading, or the text's end)."""
        i = bisect.bisect_right(self._chapters, offset)
        return self._chapters[i] if i < len(self._chapters) else self._text_len


def _carrier(people: People, holder: Person, gender: str | None) -> Person:
    """The person a title holder is most often called as: "Doctor Losberne", printed once, is
    "Mr. Losberne", of the same family name (and no other), of the title's gender (not
    "Mrs. Brown" for "Dr. Brown"), printed more often."""
    family = [
        p
        for p in people.persons
        if p.surnames & holder.surnames
        and p.gender in (gender or p.gender, None)
        and len({split_title(f)[1][-1] for f in p.forms}) == 1
    ]
    return max([holder, *family], key=lambda p: p.forms.total())


def _named_at(text: str, person: Person) -> list[int]:
    """Where the text prints one of the person's forms, in order."""
    words = sorted({re.escape(f) for f in person.forms}, key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w.]){'|'.join(words)}(?!\w)")
    return [m.start() for m in pattern.finditer(text)]

"""Descriptions the text itself equates with a person: a speaker described who names
themselves ("“My name, sir,” said the old gentleman, “my name, sir, is Brownlow.”": the old
gentleman of that chapter, before and after, is Mr. Brownlow).

A binding holds for the scene (the chapter, from its heading to the next) while no other
person has been bound to the same description since. Used by
:meth:`~sourcecheck.extract.resolve.Referents.description`, before any guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cue import Cue
from .descriptions import description_gender, description_key, head_noun
from .headings import heading_starts
from .people import NAME_RE, People, Person
from .sieves import cue_after

_OWN_NAME = re.compile(rf"\b[Mm]y name(?:,? [a-z]+,?)? is (?P<who>{NAME_RE.pattern})")
"""A speaker naming themselves: "my name, sir, is Brownlow"."""


@dataclass(frozen=True, slots=True)
class Binding:
    """The narration equates the description ``key`` with ``person`` at ``at``."""

    at: int
    key: str
    person: Person


class Bindings:
    """Every description a text's narration equates with a person, in order."""

    def __init__(self, text: str, people: People, quoted: Sequence[tuple[int, int]]) -> None:
        self.text, self.people = text, people
        self._chapters = heading_starts(text)
        found: list[Binding] = []
        bounds = sorted(quoted)
        starts = [s for s, _ in bounds]
        for m in _OWN_NAME.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or bounds[i][1] < m.start():
                continue
            cue = self._cue_beside(bounds, i)
            if cue is not None and cue.kind == "description":  # "..., replied the old gentleman"
                found += self._bind(cue.words, m["who"], self._chapter(m.start()))
        self.bindings = sorted(found, key=lambda b: b.at)
        self._at = [b.at for b in self.bindings]

    def _cue_beside(self, bounds: Sequence[tuple[int, int]], i: int) -> Cue | None:
        """The cue after the quotation piece ``i`` or in the gap before it ("“My name, sir,”
        said the old gentleman, “my name, sir, is Brownlow.”")."""
        end = bounds[i][1] + 1
        after = cue_after(self.text, end, min(len(self.text), end + 200))
        if after is not None or i == 0 or bounds[i][0] - bounds[i - 1][1] > 200:
            return after
        return cue_after(self.text, bounds[i - 1][1] + 1, bounds[i][0])

    def _chapter(self, offset: int) -> int:
        """The start of the chapter holding ``offset`` (0 before any heading)."""
        i = bisect.bisect_right(self._chapters, offset) - 1
        return self._chapters[i] if i >= 0 else 0

    def _bind(self, words: str, name: str, at: int) -> list[Binding]:
        """The binding of ``words`` to the person ``name`` names, when their genders agree."""
        person = self.people.resolve(re.sub(r"[’']s$", "", name))
        gender = description_gender(words)
        if person is None or gender is None or person.gender != gender:
            return []
        return [Binding(at, description_key(words), person)]

    def bound(self, words: str, offset: int) -> Person | None:
        """The person the narration last equated with ``words`` (or its shorter form: "the
        old gentleman" for "the gentleman") in the scene of ``offset``, if any."""
        key = description_key(words)
        head = head_noun(words)
        chapter = self._chapter(offset)
        for binding in reversed(self.bindings[: bisect.bisect_right(self._at, offset)]):
            if binding.at < chapter:
                return None
            if binding.key == key or (
                head_noun(binding.key) == head
                and (binding.key.endswith(key) or key.endswith(binding.key))
            ):
                return binding.person
        return None

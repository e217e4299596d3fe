"""Who is in the scene when a pronoun beside a quotation is resolved: the person who spoke
in the last paragraphs (present), and the text's main person of that gender when the last
paragraphs name them. Used by :meth:`~sourcecheck.extract.resolve.Referents.pronoun` when no
clause of the narration says who "he" or "she" is, over a person merely mentioned since.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .people import Person

if TYPE_CHECKING:
    from .resolve import Referents, Turn

PRESENT_PARAGRAPHS = 3
"""How many paragraphs back a speaker is still present in the scene."""
MAIN_RATIO = 1.5
"""How much more often than anyone else of that gender the text's main person is named."""


@dataclass(frozen=True, slots=True)
class Scene:
    """The persons of one gender around a pronoun: who spoke last (``present``), the text's
    main person if near (``main``), how often each was named or spoke nearby (``local``, by
    ``id``), where the turns start (``spoke``) and the start of the paragraph before the
    pronoun's (``near``)."""

    present: Person | None
    main: Person | None
    local: Counter[int]
    spoke: frozenset[int]
    near: int

    def instead(self, at: int, person: Person, *, governed: bool) -> Person | None:
        """Who "he" or "she" is rather than ``person``, named or speaking at ``at``
        (``governed``: after a preposition), if someone else: the text's main person, unless
        the last paragraphs name ``person`` more ("Anne read and walked ... with her went
        Mrs. Croft. / “...,” she said.": Anne); else the one who spoke in the last paragraphs,
        over a person merely mentioned after a preposition or paragraphs before ("Mr. Hale
        said, “...” / She had sent his letter on to Mr. Thornton. / “...,” he replied.")."""
        main, present = self.main, self.present
        if (
            main is not None
            and person is not main
            and self.local[id(main)] >= self.local[id(person)]
        ):
            return main
        if (
            present is not None
            and at not in self.spoke
            and person is not present
            and (at < self.near or governed)
        ):
            return present
        return None


def scene_of(
    referents: Referents,
    offset: int,
    gender: str | None,
    turns: Sequence[Turn],
    exclude: Set[str],
    here: Set[str] | None = None,
) -> Scene:
    """The scene of a pronoun of ``gender`` at ``offset`` (``exclude``: who it cannot be;
    ``here``: who is present, :func:`~sourcecheck.extract.presence.present`, if known: the
    text's main person elsewhere is not "he")."""
    nearby = referents.candidates(offset, PRESENT_PARAGRAPHS, turns)
    main = _main_near(referents, gender, nearby, exclude)
    return Scene(
        present=_present(referents, offset, gender, turns, exclude),
        main=main if here is None or (main is not None and main.name in here) else None,
        local=Counter(id(p) for _, p in nearby),
        spoke=frozenset(t.at for t in turns),
        near=referents.paragraph_floor(offset, 1),
    )


def _present(
    referents: Referents, offset: int, gender: str | None, turns: Sequence[Turn], exclude: Set[str]
) -> Person | None:
    """The person of ``gender`` who spoke last in the paragraph of ``offset`` or the
    :data:`PRESENT_PARAGRAPHS` before it, not one of ``exclude``."""
    if gender is None:
        return None
    floor = referents.paragraph_floor(offset, PRESENT_PARAGRAPHS)
    for turn in sorted(turns, key=lambda t: -t.at):
        if turn.at >= offset or turn.person is None or turn.person.name in exclude:
            continue
        if turn.at < floor:
            return None
        if turn.person.gender == gender:
            return turn.person
    return None


def _main_near(
    referents: Referents,
    gender: str | None,
    nearby: Sequence[tuple[int, Person]],
    exclude: Set[str],
) -> Person | None:
    """The text's main person of ``gender`` (the one its narration names most, at least
    :data:`MAIN_RATIO` times as often as the next), when among the persons ``nearby``."""
    if gender is None:
        return None
    if gender not in referents.main:
        named = [p for _, p in referents.named if p.gender == gender]
        counts = Counter(p.name for p in named).most_common(2)
        clear = len(counts) == 1 or (counts and counts[0][1] >= MAIN_RATIO * counts[1][1])
        referents.main[gender] = next(p for p in named if p.name == counts[0][0]) if clear else None
    main = referents.main[gender]
    if main is None or main.name in exclude:
        return None
    return main if any(p is main for _, p in nearby) else None

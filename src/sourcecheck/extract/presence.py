"""Who is present in the scene at a point of a narrative: the persons a pronoun beside a
quotation may refer to.

A scene starts at a chapter or section break (a heading line, a line of asterisks) or at a
paragraph that opens with a change of time ("The next morning", "A few days after").
A person enters it when the narration names them there (outside quotation marks) or a
quotation addresses them by name ("Yes, Mr. Knightley.": the one spoken to is there), and
leaves it when the narration says so of them ("Mr. Elton left the room", "Harriet went
away", "Mrs. Weston was gone") until named again. "He said" in a scene is one of the men
present, not a man named chapters ago; when only one man is present, it is him.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from .headings import heading_starts
from .people import Person
from .verbs import SPEECH_VERBS
from .vocatives import vocatives

if TYPE_CHECKING:
    from .resolve import Referents, Turn

SEARCH_PARAGRAPHS = 8
"""How far back the persons a pronoun may refer to are searched (as resolve's)."""


@dataclass(frozen=True, slots=True)
class _Event:
    """A person entering (``enters``) or leaving the scene at ``at``."""

    at: int
    person: Person
    enters: bool


class _Scenes:
    """A text's scene starts and the entrances and exits in it, in order."""

    def __init__(self, referents: Referents) -> None:
        text = referents.text
        headings = heading_starts(text)
        self.starts = sorted({0, *headings, *_breaks(text)})
        self._headings = set(headings)
        events = [
            _Event(at, p, True)
            for at, p in referents.named
            if _active(text, at, p) or self._opening(text, at)
        ]
        for start, end in referents.pieces(0, len(text)):
            for name in vocatives(text[start:end], referents.people):
                person = referents.people.resolve(name)
                if person is not None:
                    events.append(_Event(start, person, True))
        for m in _LEAVES.finditer(text):
            person = referents.people.resolve(m.group("name"))
            if person is not None and not referents.inside_quote(m.start()):
                events.append(_Event(m.end(), person, False))
        events.sort(key=lambda e: e.at)
        self.events = events
        self.at = [e.at for e in events]

    def _opening(self, text: str, at: int) -> bool:
        """Whether ``at`` is in the first paragraph of its scene (the scene's setting)."""
        start = self.starts[bisect.bisect_right(self.starts, at) - 1]
        if start in self._headings:
            start = text.find("\n\n", start) + 2
        first = text.find("\n\n", start + 1)
        return first < 0 or at < first

    def present(self, offset: int) -> list[Person]:
        """The persons present at ``offset``, the most recently active first."""
        start = self.starts[bisect.bisect_right(self.starts, offset) - 1]
        lo, hi = bisect.bisect_left(self.at, start), bisect.bisect_left(self.at, offset)
        seen: dict[int, Person] = {}
        gone: set[int] = set()
        for event in reversed(self.events[lo:hi]):
            key = id(event.person)
            if key in seen or key in gone:
                continue
            if event.enters:
                seen[key] = event.person
            else:
                gone.add(key)
        return list(seen.values())


_CACHE: WeakKeyDictionary[Referents, _Scenes] = WeakKeyDictionary()


def present(
    referents: Referents,
    offset: int,
    gender: str | None,
    turns: Sequence[Turn],
    exclude: Set[str] = frozenset(),
) -> set[str] | None:
    """The names of the persons of ``gender`` present in the scene at ``offset`` (not
    ``exclude``), or None when the scene is not known to hold any of the persons named or
    speaking in the last :data:`SEARCH_PARAGRAPHS` (then any of them may be "he"). Present:
    named in the narration just before, or since the scene began speaking or arriving, or
    addressed by a quotation; and not said to have left since.

    >>> from sourcecheck.extract.people import people_of
    >>> from sourcecheck.extract.resolve import Referents
    >>> from sourcecheck.texts.paragraphs import paragraphs
    >>> t = ("Mr. Hale came in.\\n\\nCHAPTER II\\n\\nMr. Brook came with Anne. Mr. Brook "
    ...      "left the room.\\n\\nAnne thought of Mr. Hale.\\n\\nMr. Lane came in.\\n\\nHe said")
    >>> r = Referents(t, people_of(t), quoted=[], paras=paragraphs(t))
    >>> sorted(present(r, len(t), "M", []))
    ['Mr. Lane']
    """
    if gender is None:
        return None
    scenes = _CACHE.get(referents)
    if scenes is None:
        scenes = _CACHE[referents] = _Scenes(referents)
    near = referents.paragraph_floor(offset, 1)  # named just before: there, whatever they do
    recent = [p for at, p in referents.named if near <= at < offset]
    here = {p.name for p in recent + scenes.present(offset) if p.gender == gender} - set(exclude)
    nearby = referents.candidates(offset, SEARCH_PARAGRAPHS, turns)
    return here if any(p.name in here for _, p in nearby) else None


def _active(text: str, at: int, person: Person) -> bool:
    """Whether the narration names ``person`` at ``at`` speaking or arriving ("said Emma",
    "Mr. Weston came in", "brought Mr. Frank Churchill"), not merely thought of."""
    before = text[max(0, at - 30) : at].split()
    after = text[at : at + len(person.name) + 40].split()[len(person.name.split()) :][:3]
    words = [w.strip(',.;:!?—-"“”').lower() for w in after]
    if before and before[-1].strip(",").lower() in SPEECH_VERBS | _BRINGING:
        return True
    return any(w in SPEECH_VERBS or w in _ARRIVING for w in words[:2])


def _breaks(text: str) -> list[int]:
    """Where a section break or a paragraph opening with a change of time starts a scene."""
    return [m.start() for m in _BREAK.finditer(text)]


_BRINGING = frozenset(
    "brought admitted ushered announced introduced joined met see saw meet found".split()
)
_ARRIVING = frozenset(
    "came entered arrived appeared returned joined approached walked ran hurried stood sat "
    "rose looked smiled laughed nodded turned interrupted answered".split()
)
"""Verbs after a name that show the person there, acting."""
_BREAK = re.compile(
    r"^[ \t]*(?:\*[ \t]*){3,}$"
    r"|(?<=\n\n)(?:The|On the) (?:next|following) (?:morning|day|evening)\b"
    r"|(?<=\n\n)(?:Next|The next) (?:morning|day)\b"
    r"|(?<=\n\n)(?:A|Some|Two|Three|A few) (?:few )?(?:days|weeks|months|years) "
    r"(?:after|later|afterwards|passed)\b",
    re.MULTILINE,
)
"""A line of asterisks; a paragraph that opens a new time ("The next morning", "A few days
after"): a new scene."""
_LEAVES = re.compile(
    r"(?P<name>(?:(?:Mr|Mrs|Miss|Dr|Lady|Sir)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?: [a-z]+){0,3},? (?:then |soon |presently |at last |at length )?"
    r"(?:left (?:the|them|us|her|him)\b|(?:went|walked|hurried) (?:away|off|home)\b"
    r"|(?:went|walked|hurried) out of the (?:room|house)\b|was gone\b|had gone\b"
    r"|departed\b|took (?:his|her) leave\b|quitted\b|withdrew\b)"
)
"""A person named as the subject of leaving: "Mr. Elton left the room", "Harriet soon went
away", "Mrs. Weston was gone" (not "walked out", which may be into the garden)."""

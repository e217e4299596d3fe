"""A stranger the chapter names later: "the stranger" who meets Fagin in the street is the man
who, once the two are indoors, speaks by name ("“Mine,” replied Monks"). The narration calls
someone a stranger, a visitor, a new-comer because it has not yet used their name: whoever
first speaks by name after the stranger's last quotation, and was neither named by the
narration before the stranger's first nor among those who speak by name with the stranger,
is that person. Names said inside quotations do not count ("“Monks, do you mean?” inquired
the landlord" tells the name of someone absent, not that the narration knows him).

Unlike :mod:`~sourcecheck.extract.namedlater` (which leaves out anyone named before, in
quotations too), this holds only for the nouns of a person not yet known
(:data:`~sourcecheck.extract.descriptions.UNKNOWN_PERSONS`).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .descriptions import UNKNOWN_PERSONS, description_gender, description_key, head_noun
from .headings import heading_starts
from .namedlater import bind_described
from .people import People, Person

if TYPE_CHECKING:
    from .speakers import Said

CONFIDENCE = 0.6
"""The speaker confidence of a stranger named later (a guess the scene supports)."""


def name_strangers_later(text: str, said_list: Sequence[Said], people: People) -> None:
    """Give each stranger left as written the person their chapter names afterwards (see
    the module docstring), in place."""
    chapters = heading_starts(text)
    groups: dict[tuple[int, str], list[Said]] = defaultdict(list)
    for said in said_list:
        key = description_key(said.speaker or "")
        if _stranger(said.speaker or "", key, people):
            groups[(bisect.bisect_right(chapters, said.quote.first_mark), key)].append(said)
    quoted = sorted((p.span.start, p.span.end) for s in said_list for p in s.quote.pieces)
    for (number, key), strangers in groups.items():
        start = chapters[number - 1] if number > 0 else 0
        end = chapters[number] if number < len(chapters) else len(text)
        first, last = strangers[0].quote.first_mark, strangers[-1].quote.first_mark
        gender = description_gender(key) if head_noun(key) else None

        def skip(
            person: Person, before: tuple[int, int] = (start, first), g: str | None = gender
        ) -> bool:
            other = g is not None and person.gender not in (g, None)
            return other or _in_narration(text, quoted, person, before)

        person = _named_after(said_list, people, (first, last, end), skip)
        if person is None:
            continue
        for said in strangers:
            bind_described(said, person, key, "named later in the chapter", CONFIDENCE)


def _stranger(speaker: str, key: str, people: People) -> bool:
    """Whether a speaker is a stranger as written ("the stranger", "the new comer")."""
    parts = key.split()
    return (
        speaker.lower().startswith("the ")
        and bool(parts)
        and parts[-1] in UNKNOWN_PERSONS
        and len(parts) <= 2
        and (head_noun(key) is None or head_noun(key) == parts[-1])
        and people.resolve(speaker) is None
    )


def _named_after(
    said_list: Sequence[Said],
    people: People,
    span: tuple[int, int, int],
    skip: Callable[[Person], bool],
) -> Person | None:
    """The first person who speaks by name after ``last`` and before ``end``, not by name
    between ``first`` and ``last`` (``span``) and not one to ``skip``."""
    first, last, end = span
    among: set[int] = set()
    for said in said_list:
        at = said.quote.first_mark
        if at < first or said.cue is None or said.cue.kind != "name" or not said.speaker:
            continue
        person = people.resolve(said.speaker)
        if person is None:
            continue
        if at >= end:
            return None
        if at <= last:
            among.add(id(person))
        elif id(person) not in among and not skip(person):
            return person
    return None


def _in_narration(
    text: str, quoted: Sequence[tuple[int, int]], person: Person, span: tuple[int, int]
) -> bool:
    """Whether the narration (outside every quotation) names ``person`` in ``span``."""
    starts = [s for s, _ in quoted]
    for form in person.forms:
        word = form.split()[-1]
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[span[0] : span[1]]):
            at = span[0] + m.start()
            i = bisect.bisect_right(starts, at) - 1
            if i < 0 or quoted[i][1] <= at:
                return True
    return False

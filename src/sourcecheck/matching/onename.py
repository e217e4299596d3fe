"""A name of several words, printed so on both sides, is one person: "the Debian Installer".

The roles reader (:mod:`.roles`) compares who acts in a quote's clause with who acts in the
passage's clause that renders it, and reads each name as a person. Read word by word, "which
the Debian Installer uses" had two people, "Debian" (the first unmarked: the doer) and
"Installer" (acted upon), and "used by the Debian Installer", where "by" marks "Debian",
made "Installer" the doer: a swap, flagged ``roles`` on a faithful rendering (walkthrough
walk111, rt-ru-01, at 95.9 with every content word paired).

Two people's words right after one another (only spaces between, or a slash: "GNU/Linux")
are one name when the
other side prints the same two people so too: then the second word is left out on both
sides and the name read at its first. Where only one side prints them together they stay two:
in German and Russian the doer and the one acted upon may stand side by side ("Am Mittag
hörte Greta Tobias’ Lied", "увидела Грета Тобиаса"), and an owner is another person
("Gregor's sister", "Tobias’ Lied").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..normalize import WORD_RE

_OWNER = re.compile(r"(?:['’]s?)\Z")
"""An English possessive ("Gregor's", "Tobias’"): an owner, not the first word of a name."""

Adjacent = dict[tuple[int, int], list[int]]
"""(first person, second person) -> offsets of the second's words right after the first's."""


def adjacent_people(text: str, people: Mapping[int, int]) -> Adjacent:
    """Where a person word follows another's with only spaces between, the first no owner.

    >>> adjacent_people("which the Debian Installer uses", {10: 0, 17: 1})
    {(0, 1): [17]}
    >>> adjacent_people("Gregor's sister", {0: 0, 9: 1})
    {}
    """
    ends = {
        m.end(): who
        for at, who in people.items()
        if (m := WORD_RE.match(text, at)) is not None and not _OWNER.search(m.group())
    }
    found: Adjacent = {}
    for at, who in sorted(people.items()):
        gap = at - len(text[:at].rstrip(" "))
        slash = not gap and text[at - 1 : at] == "/"  # "GNU/Linux": one name
        first = ends.get(at - gap) if gap else ends.get(at - 1) if slash else None
        if first is not None and first != who:
            found.setdefault((first, who), []).append(at)
    return found


def one_name_each(
    quote: tuple[str, Mapping[int, int]], passage: tuple[str, Mapping[int, int]]
) -> tuple[dict[int, int], dict[int, int]]:
    """Each side's people (text, offset of a person word -> the person) without the second
    word of a name both sides print as two adjacent people (see the module).

    >>> q = ("which the Debian Installer uses", {10: 0, 17: 1})
    >>> p = ("used by the Debian Installer", {12: 0, 19: 1})
    >>> one_name_each(q, p)
    ({10: 0}, {12: 0})
    >>> one_name_each(("hörte Greta Tobias’ Lied", {6: 0, 12: 1}),
    ...               ("Tobias heard Greta’s song", {0: 1, 13: 0}))
    ({6: 0, 12: 1}, {0: 1, 13: 0})
    """
    mine, theirs = adjacent_people(*quote), adjacent_people(*passage)
    both = mine.keys() & theirs.keys()
    drop = {at for key in both for at in mine[key]}, {at for key in both for at in theirs[key]}
    return (
        {at: who for at, who in quote[1].items() if at not in drop[0]},
        {at: who for at, who in passage[1].items() if at not in drop[1]},
    )

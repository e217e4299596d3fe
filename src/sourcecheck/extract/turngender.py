"""Which of the speakers the conversation offers a turn may be, by the gender its words say:
"“...,” he replied" is no woman, nor the narrator who speaks as "I"; and a person the text
shows of that gender is a surer answer than one whose gender it never shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set

from .alternation import SaidLike
from .descriptions import description_gender
from .people import People

Candidate = tuple[str, str, float]
"""A speaker the conversation offers a turn, why, and how sure."""


def other_gender(s: SaidLike, name: str, people: People) -> bool:
    """Whether a description or a pronoun the text gives the speaker ("the old lady",
    "she", "sie", "она") says a gender other than the person's."""
    wanted = _wanted(s)
    return wanted is not None and people.gender(name) not in (wanted, None)


def _wanted(s: SaidLike) -> str | None:
    """The gender the words beside a quotation say ("he", "the old lady"), if any."""
    return description_gender(s.words) if s.attributed and s.words else None


def narrators(said: Sequence[SaidLike]) -> frozenset[str]:
    """The speakers who say "I" beside a quotation ("“...,” I said"): whom "he" or "she"
    beside another quotation never names."""
    return frozenset(
        s.speaker for s in said if s.speaker and s.cue is not None and s.cue.kind == "first"
    )


def fitting(
    candidates: Iterable[Candidate], s: SaidLike, people: People, first: Set[str] = frozenset()
) -> Candidate | None:
    """The candidate (a speaker, why, how sure; the likeliest first) turn ``s`` takes: the
    first the text shows of the gender its words say, else the first whose gender it never
    shows; never one of another gender, nor one of ``first`` (who say "I") for "he" or "she".

    >>> from dataclasses import dataclass
    >>> from sourcecheck.extract.people import people_of
    >>> @dataclass
    ... class S:
    ...     words: str = "she"
    ...     attributed: bool = True
    >>> p = people_of("Tom came; he sat. Ann came; she sat. Kit came.")
    >>> fitting([("Tom", "", 0.6), ("Kit", "", 0.5), ("Ann", "", 0.5)], S(), p)
    ('Ann', '', 0.5)
    >>> fitting([("Tom", "", 0.6), ("Kit", "", 0.5)], S(), p)
    ('Kit', '', 0.5)
    """
    wanted = _wanted(s)
    pronoun = (s.words or "").lower() in ("he", "she") and s.attributed
    fits = [
        c
        for c in candidates
        if not other_gender(s, c[0], people) and not (pronoun and c[0] in first)
    ]
    shown = [c for c in fits if wanted is not None and people.gender(c[0]) == wanted]
    return next(iter(shown or fits), None)

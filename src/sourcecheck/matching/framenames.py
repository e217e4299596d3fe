"""A name swapped inside a claim's reporting frame: "Lenin replied that revolutionary war was
the only way out" of a passage where Bukharin replied so.

The meaning stage compares a framed claim without its frame too (:mod:`.frames`), and keeps
the better result: the content alone, nearer the passage, wins, and its comparison never
sees the frame's name. The whole claim, compared at the same passage, does: when there the
frame's name stands where the passage names another person (the ``name`` flag of
:func:`~.anchors.compare_anchors`) and the content alone has no such difference, the name
that differs is the frame's, and the passage says someone else said it. The content's
result then carries the flag and the whole's CHECK. A frame that is only the claim's
citation ("Czernin wrote that ..." of Czernin's book) names no one the passage puts in the
speaker's place, and so adds nothing.
"""

from __future__ import annotations

import re
from typing import TypeVar

from ..models import MatchResult, Span

R = TypeVar("R", bound=MatchResult)

NAME = "name"
_CHECK = re.compile(r"CHECK: names differ \([^)]*\)")
_SAYS = "the source says this "


def frame_name_flag(whole: MatchResult, content: R) -> R:
    """``content`` (a framed claim's result without its frame) with the ``name`` flag of
    ``whole`` (the claim's own result) when both are at the same passage and only the whole
    differs by a name; ``whole`` may have been rejected there, its flag then a candidate's.

    >>> whole = MatchResult("reworded", 70.0, span=Span(0, 40), flags=["name"],
    ...     reason="the source has this passage ...: CHECK: names differ (Lenin not there; "
    ...            "it names Бухарин)")
    >>> content = MatchResult("reworded", 76.0, span=Span(0, 40),
    ...                       reason="the source says this in Russian ...")
    >>> r = frame_name_flag(whole, content)
    >>> r.flags, r.reason.split("; CHECK: ")
    (['name'], ['the source has this passage in Russian ...', \
"names differ (Lenin not there; it names Бухарин), in the claim's reporting frame"])
    """
    if content.status != "reworded" or content.span is None or NAME in content.flags:
        return content
    at, flags = passage_of(whole)
    if at is None or NAME not in flags or not half_shared(at, content.span):
        return content
    found = _CHECK.search(whole.reason)
    check = found.group(0) if found else "CHECK: names differ"
    content.flags = [*content.flags, NAME]
    if content.reason.startswith(_SAYS):  # a flagged passage is where, not what (evidence.py)
        content.reason = "the source has this passage " + content.reason[len(_SAYS) :]
    content.reason += f"; {check}, in the claim's reporting frame"
    return content


def passage_of(result: MatchResult) -> tuple[Span | None, list[str]]:
    """Where ``result`` puts the claim and its flags there: its passage, or its rejected
    candidate (a :class:`~.meaning.MeaningResult`'s)."""
    if result.status == "reworded":
        return result.span, list(result.flags)
    return getattr(result, "candidate", None), list(getattr(result, "candidate_flags", ()))


def half_shared(a: Span, b: Span) -> bool:
    """At least half of the shorter span shared."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and 2 * shared >= min(a.end - a.start, b.end - b.start)

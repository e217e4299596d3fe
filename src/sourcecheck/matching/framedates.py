"""A date inside a claim's reporting frame: "On January 20 Czernin wrote that ...",
"Десятого января Чернин записал, что ...": the day of the writing, a diary entry's.

The meaning stage compares a framed claim without its frame too (:mod:`.frames`) and keeps the
better result, whose comparison never sees the frame's date. The whole claim, compared at the
same passage, does: the passage's date is the one printed near it or its entry's heading
(:func:`~.prepared.passage_anchors`). When there the frame's date differs (the whole's
``date`` flag) and the content alone has no date, the content's result carries the flag and
the whole's CHECK, as a frame's name does (:mod:`.framenames`).
"""

from __future__ import annotations

from typing import TypeVar

from ..facts.monthdates import read_dates
from ..models import MatchResult
from .framenames import half_shared, passage_of

R = TypeVar("R", bound=MatchResult)

DATE = "date"
_CHECK = "CHECK: the dates differ"
_SAYS = "the source says this "


def frame_date_flag(whole: MatchResult, content: R, frame: str, language: str) -> R:
    """``content`` (a framed claim's result without its ``frame``, of a quote in
    ``language``) with the ``date`` flag of ``whole`` (the claim's own result) when the frame
    prints a date and both are at the same passage, where only the whole differs by a date.

    >>> from sourcecheck.models import Span
    >>> whole = MatchResult("reworded", 70.0, span=Span(0, 40), flags=["date"],
    ...     reason="the source has this passage ...: CHECK: the dates differ")
    >>> content = MatchResult("reworded", 76.0, span=Span(0, 40), reason="the source says this")
    >>> frame_date_flag(whole, content, "On January 20 Czernin wrote that", "en").flags
    ['date']
    >>> content = MatchResult("reworded", 76.0, span=Span(0, 40), reason="the source says this")
    >>> frame_date_flag(whole, content, "Czernin wrote that", "en").flags
    []
    """
    if content.status != "reworded" or content.span is None or DATE in content.flags:
        return content
    if not any(d.month for d in read_dates(frame, language)):
        return content
    at, flags = passage_of(whole)
    if at is None or DATE not in flags or not half_shared(at, content.span):
        return content
    content.flags = [*content.flags, DATE]
    if content.reason.startswith(_SAYS):  # a flagged passage is where, not what (evidence.py)
        content.reason = "the source has this passage " + content.reason[len(_SAYS) :]
    content.reason += f"; {_CHECK}, in the claim's reporting frame"
    return content

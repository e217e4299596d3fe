"""What must catch the eye in a result, in the words every format shows: the report's cards
(HTML, Markdown), the JSON and CSV reports, ClaimReview and the annotations, ``show`` and the
table ``verify`` prints. One place, so that no format leaves out what another asks a person to
check ("a word changed: same meaning or not?" on the HTML card, nothing on the Markdown one)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..matching.differences import WORD_CHANGED
from ..matching.framespeaker import SPEAKER
from ..matching.opposites import OPPOSITE

LOUD_KINDS = frozenset({"negation", "number"})
"""Difference kinds that change the meaning and must be unmistakable in every format."""
MEANING_FLAGS = ("negation", "number", "date", "name", "roles", OPPOSITE)
"""Flags of a found result whose meaning differs checkably (a ``reworded`` one has no
differences; a ``close`` one may have another name in a name's place)."""

MEANING_ALARMS = {
    "negation": "a negation differs from the source",
    "number": "a number differs from the source",
    "date": "a date differs from the source",
    "name": "a name differs from the source",
    "roles": "who does what differs from the source",
    OPPOSITE: "the source says the opposite of a word of the claim",
}
"""Each of :data:`MEANING_FLAGS` as a sentence says it ("a opposite differs" did not read)."""

WORD_CHANGED_ALARM = "a word changed: same meaning or not? check it"
SPEAKER_ALARM = "who said it: the passage does not name the claim's speaker"
ELSEWHERE_ALARM = "found in another source than the cited one"
JUDGED_CHANGES = frozenset({OPPOSITE, "name", "negation"})
"""Flags that say what a changed word changes: with one of them the change is no open
question ("the source says the opposite"), and the card does not also ask about it."""
UNFOUND = (None, "not_found", "no_text")


def alarms(
    status: str | None, flags: Iterable[str], kinds: Iterable[str], differing: Iterable[str]
) -> list[str]:
    """What a person must not miss in a result of ``status`` with ``flags``, its differences'
    ``kinds`` and the kinds of its fact checks that differ (``differing``), in words.

    >>> alarms("close", ["word_changed"], ["changed"], [])
    ['a word changed: same meaning or not? check it']
    >>> for alarm in alarms("close", ["word_changed", "opposite"], ["changed"], ["number"]):
    ...     print(alarm)
    the source says the opposite of a word of the claim
    a number differs from the source (fact check)
    >>> alarms("reworded", ["negation"], [], [])
    ['a negation differs from the source']
    """
    flags = list(flags)
    loud = sorted(set(kinds) & LOUD_KINDS)
    said = [*loud]
    if status not in UNFOUND:
        said += [flag for flag in MEANING_FLAGS if flag in flags and flag not in loud]
    out = [MEANING_ALARMS[kind] for kind in said]
    out += [
        f"a {kind} differs from the source (fact check)"
        for kind in dict.fromkeys(differing)
        if kind not in said
    ]
    if WORD_CHANGED in flags and not JUDGED_CHANGES & set(flags):
        out.append(WORD_CHANGED_ALARM)
    if SPEAKER in flags:
        out.append(SPEAKER_ALARM)
    if "found_elsewhere" in flags:
        out.append(ELSEWHERE_ALARM)
    return out


def alarms_said(said: list[str]) -> str:
    """Alarms as a text's lead: "⚠ a name differs from the source. " (empty: none).

    >>> alarms_said(["a date differs from the source", "who said it: ..."])
    '⚠ a date differs from the source; ⚠ who said it: .... '
    """
    return "; ".join(f"⚠ {alarm}" for alarm in said) + (". " if said else "")


def item_alarms(item: dict[str, Any]) -> list[str]:
    """:func:`alarms` of a report item (the JSON contract's dict)."""
    differing = [f["kind"] for f in item.get("facts", []) if f["verdict"] == "differs"]
    kinds = [d["kind"] for d in item["differences"]]
    return alarms(item["status"], item["flags"], kinds, differing)

"""What must catch the eye in a result, in the words every format shows: the report's cards
(HTML, Markdown), the JSON and CSV reports, ClaimReview and the annotations, ``show`` and the
table ``verify`` prints. One place, so that no format leaves out what another asks a person to
check ("a word changed: same meaning or not?" on the HTML card, nothing on the Markdown one)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..facts.check import FactCheck
from ..matching.differences import WORD_CHANGED
from ..matching.framespeaker import SPEAKER
from ..matching.namenote import named_pair
from ..matching.opposites import OPPOSITE
from ..models import MatchResult

LOUD_KINDS = frozenset({"negation", "number"})
"""Difference kinds that change the meaning and must be unmistakable in every format."""
NAME = "name"
SHOWN_LOUD = LOUD_KINDS | {NAME}
"""What every format shows loud (⚠, in colour, in bold): those kinds, and a changed word that is
another name (:func:`shown_differences`)."""
MEANING_FLAGS = ("negation", "number", "date", "name", "roles", OPPOSITE)
"""Flags of a found result whose meaning differs checkably (a ``reworded`` one has no
differences; a ``close`` one may have another name in a name's place)."""

MEANING_ALARMS = {
    "negation": "a negation differs from the source",
    "number": "a number differs from the source",
    "date": "a date differs from the source",
    "name": "a name differs from the source",
    "roles": "who does what (or which way a comparison goes) differs from the source",
    OPPOSITE: "the source says the opposite of a word of the claim",
}
"""Each of :data:`MEANING_FLAGS` as a sentence says it ("a opposite differs" did not read)."""

WORD_CHANGED_ALARM = "a word changed: same meaning or not? check it"
SPEAKER_ALARM = "who said it: the passage does not show the claim's speaker saying it"
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


def result_alarms(result: MatchResult, checks: Iterable[FactCheck]) -> list[str]:
    """:func:`alarms` of a result and the fact checks made at its passage (``verify`` stores
    them with the result, ``--fail-on flagged`` fails on them)."""
    differing = [check.kind for check in checks if check.verdict == "differs"]
    kinds = [d.kind for d in result.differences]
    return alarms(result.status, result.flags, kinds, differing)


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


def shown_differences(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The item's differences as every format shows them: the changed word its reason names
    as another name ("CHECK: it names “Otto” where the source names “Karl”", flag ``name``) of
    kind ``name``, loud as a negation or a number; the JSON contract keeps its ``changed``.

    >>> shown = shown_differences({"flags": ["name"], "reason": "CHECK: it names “Otto” where "
    ...     "the source names “Karl”", "differences": [{"kind": "changed", "quote": "Otto",
    ...     "source": "Karl"}, {"kind": "changed", "quote": "yard", "source": "court"}]})
    >>> [(d["kind"], d["quote"]) for d in shown]
    [('name', 'Otto'), ('changed', 'yard')]
    """
    differences = item["differences"]
    pair = named_pair(item.get("reason")) if NAME in item["flags"] and differences else None
    if pair is None:
        return differences
    names = (pair[0].strip(), pair[1].strip())
    return [
        {**d, "kind": NAME}
        if d["kind"] == "changed"
        and ((d["quote"] or "").strip(), (d["source"] or "").strip()) == names
        else d
        for d in differences
    ]

"""What a result's status means, in the words every format shows beside it (``show``, the
HTML and Markdown cards, the annotations): the status's :data:`.data.STATUS_MEANINGS`, unless
the result's flags say its passage differs from the claim. One place, so that no format says
"the source says this in other words" of a passage flagged as saying something else."""

from __future__ import annotations

from ..matching.framespeaker import SPEAKER
from .alarms import MEANING_ALARMS, MEANING_FLAGS
from .data import STATUS_MEANINGS, UNVERIFIED, Item, unrendered


def meaning_flags(item: Item) -> list[str]:
    """The flags of a ``reworded`` item whose meaning differs checkably (:data:`MEANING_FLAGS`):
    those the status's meaning reads (:func:`status_meaning`)."""
    if item["status"] != "reworded":
        return []
    return [flag for flag in MEANING_FLAGS if flag in item["flags"]]


SAID_OTHERWISE = "Said in other words"
PARTLY_OTHERWISE = "Partly said in other words"
FOUND_OTHERWISE = "Found in other words, but it differs"


def partly_said(item: Item) -> bool:
    """Whether a ``reworded`` item's passage supports only part of its claim: what was said
    and not who said it (flag ``speaker``), or only part of the quote's words have a
    counterpart there (:func:`.data.unrendered`). Every format says so: "Partly said in other
    words" on the cards, ``show`` and the annotations, "Partly supported by the cited source"
    in ClaimReview (not "Supported in other words")."""
    return item["status"] == "reworded" and (SPEAKER in item["flags"] or bool(unrendered(item)))


def status_meaning(item: Item) -> str:
    """What the item's status means for this result, in words every format shows: the
    status's :data:`STATUS_MEANINGS`, unless its flags say otherwise. A ``reworded`` result
    flagged negation, number, date, name, roles or opposite is a passage where the source
    tells of the same thing and says something else: "the source says this in other words"
    would contradict the flag.

    >>> status_meaning({"status": "reworded", "flags": ["opposite"]})[-82:]
    'says the opposite of a word of the claim; check the passage and the evidence shown'
    >>> status_meaning({"status": "reworded", "flags": []}) == STATUS_MEANINGS["reworded"]
    True
    """
    key = item["status"] or UNVERIFIED
    flags = meaning_flags(item)
    if flags:
        said = "; ".join(MEANING_ALARMS[flag] for flag in flags)
        return (
            "the source tells of this in other words, but not as the claim says it: "
            f"{said}; check the passage and the evidence shown"
        )
    if key == "reworded" and SPEAKER in item["flags"]:
        return (
            "the source says this in other words, but the passage does not show the claim's "
            "speaker saying it: check who said it"
        )
    missing = unrendered(item)
    if missing:
        return (
            "the source says part of this in other words: the quote's words with no counterpart "
            f"at the passage ({', '.join(missing[:8])}) may say what it does not; judge the "
            "passage and the evidence shown"
        )
    return STATUS_MEANINGS[key]


def said_label(item: Item) -> str:
    """The heading of a ``reworded`` passage's line in a report: said in other words, partly
    (:func:`partly_said`), or, when a flag says the meaning differs, not as the claim says
    it."""
    if meaning_flags(item):
        return FOUND_OTHERWISE
    return PARTLY_OTHERWISE if partly_said(item) else SAID_OTHERWISE

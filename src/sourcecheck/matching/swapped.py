"""One name swapped: a claim rejected at a passage that says the same of another person.

"Radek did not agree with him." of a passage "Ломов с ним не согласился.", "Sverdlov said that
every day of delay costs us new provinces." of "Ленин сказал, что каждый день отсрочки стоит
нам новых губерний.": the claim's name has no counterpart there, and in a short claim that one
word weighs so much (its coverage, and the sentence vector a name pulls) that the passage was
rejected as a topic match, and the claim came out ``not_found`` with no flag, while the
passage renders every other word. When the rejected candidate lacks exactly one name of the
claim and names exactly one other person (in it, or as the speaker given beside it,
:mod:`.leadin`), the claim is compared again with the passage's name in its place: when the
passage then renders it clearly (a score of :data:`~.verdict.STRANGER_SCORE` or more: a
rendering that changes a name renders the rest clearly) at the same place, the result is
that passage, ``reworded`` with the ``name`` flag, and the reason names both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..models import MatchResult, Span
from ..normalize import fold
from .embed import Embedder
from .evidence import Evidence
from .framenames import half_shared
from .pairednames import flag_paired_names, other_names, unspelled
from .persons import person_of
from .verdict import STRANGER_SCORE, Signals

R = TypeVar("R", bound=MatchResult)

NAME = "name"


def unflagged(result: MatchResult) -> tuple[Span, Signals, Evidence] | None:
    """A ``reworded`` result's passage, signals and evidence, when it has no ``name`` flag
    yet (a :class:`~.meaning.MeaningResult`'s), else None."""
    signals = getattr(result, "signals", None)
    evidence = getattr(result, "evidence", None)
    if result.status != "reworded" or NAME in result.flags or result.span is None:
        return None
    if signals is None or evidence is None:
        return None
    return result.span, signals, evidence


def swap_name(quote: str, name: str, other: str) -> str | None:
    """``quote`` with ``other`` in the place of ``name`` (its one occurrence), else None."""
    owner = re.search(r"['’]s$", name)  # "Gregor's mother": the other's mother, still an owner
    if owner and not re.search(r"['’]s$", other):
        other += owner.group()
    swapped, count = re.subn(rf"\b{re.escape(name)}\b", other, quote)
    return swapped if count == 1 else None


def with_swapped_name(
    result: R, quote: str, text: str, again: Callable[[str], R], embedder: Embedder
) -> R:
    """``result`` (``quote``'s in ``text``), or, when it was rejected at a candidate that lacks
    one name of the claim and names one other person, the claim compared ``again`` with that
    person in its place, when that finds the same passage clearly (see the module). A
    ``reworded`` result has its word pairs' names checked (:mod:`.pairednames`)."""
    if result.status == "reworded":
        return flag_paired_names(result, text, embedder, quote)
    candidate = getattr(result, "candidate", None)
    evidence = getattr(result, "evidence", None)
    if result.status != "not_found" or candidate is None or evidence is None:
        return result
    missing = unspelled(quote, evidence.quote_language, candidate.slice(text))
    others = other_names(quote, text, candidate, evidence.language)
    if len(missing) != 1 or len(others) != 1:
        return result
    name, other = missing[0], others[0]
    if person_of(name, evidence.quote_language) is not None:  # "Мать" opening it: no name
        return result
    swapped = swap_name(quote, name, other)
    if swapped is None:
        return result
    found = again(swapped)
    signals = getattr(found, "signals", None)
    if found.status != "reworded" or found.span is None or signals is None:
        return result
    if signals.score < STRANGER_SCORE or not half_shared(found.span, candidate):
        return result
    if not _beyond_names(getattr(found, "evidence", None), other):
        return result  # the name put there and a place: no rendering of what was done
    found.flags = [*found.flags, NAME] if NAME not in found.flags else found.flags
    found.reason = (
        found.reason.replace("the source says this ", "the source has this passage ", 1)
        + f"; CHECK: names differ ({name} not there; it names {other}): compared with {other} "
        f"in {name}'s place, the passage renders the rest of the claim"
    )
    return found


def _beyond_names(evidence: Evidence | None, other: str) -> bool:
    """A counterpart besides names: a word pair whose claim word is neither the name put in
    the claim (``other``) nor one of the names it shares with the passage. "Belov resigned
    from the commission and went back to Samara." of "Соколова обещала прислать муку из
    Самары.": with Соколова in Belov's place, "Соколова" and "Samara"/"Самары" were its only
    counterparts (+1.8), and the passage, which says nothing of resigning, came out
    ``reworded`` (n95-absent-1)."""
    if evidence is None:
        return False
    names = {fold(n) for n in (*evidence.shared_names, other)}
    return any(fold(w.split("/", 1)[0]) not in names for w in evidence.shared_words)

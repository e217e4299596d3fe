"""A weak passage that shares only the claim's names: who and where, not what was done.

"Sokolowa ließ den Bahnhofsvorsteher in Moskau verhaften." was ``reworded`` (+0.6) at
"Sokolova said only that Moscow had forgotten the railwaymen long ago.": its counterparts
were "Sokolowa"/"Sokolova" and "Moskau"/"Moscow", and nothing of the arrest. A name spelled
alike in two languages pairs as a strong word pair, so the decision rule's check on a passage
with names and chance pairs only (:data:`~.verdict.STRONG_PAIR`) does not see it. Across
languages, under :data:`~.verdict.CLEAR_SCORE`, a passage whose every counterpart is one of
the claim's names (a name it shares, or a capitalised word the passage spells alike as a name),
with :data:`UNSAID` or more of the claim's content words without one, is rejected: the
text's people and places are the topic, not the statement. A passage that also states a date
or a number where the claim does has a fact compared (its difference flagged), and is left as
it is: "The party at the Prince of Bavaria's on December 25 ..." of "Am 21. Dezember ... beim
Prinzen von Bayern" (changed-21) is a rendering with its date changed.
"""

from __future__ import annotations

import re
from typing import TypeVar

from ..models import MatchResult
from ..normalize import fold
from .anchors import name_key
from .evidence import Evidence, rejected_reason
from .verdict import CLEAR_SCORE

R = TypeVar("R", bound=MatchResult)

UNSAID = 2
"""The claim's content words without a counterpart, at least, for a passage sharing only
names to be no rendering: a claim of a name, a place and one act may render its act loosely."""
_PLACE = re.compile(r"at line \d+ \(characters \d+-\d+\)")


def reject_only_names(result: R, text: str) -> R:
    """``result``, or, when it is a weak ``reworded`` passage across languages that shares
    only names with the claim (see the module), ``not_found`` with it as the candidate."""
    signals = getattr(result, "signals", None)
    evidence = getattr(result, "evidence", None)
    span = result.span
    if result.status != "reworded" or span is None or signals is None or evidence is None:
        return result
    if not signals.cross or signals.score >= CLEAR_SCORE or signals.score < 0:
        return result
    if not evidence.shared_words or len(evidence.unmatched_words) < UNSAID or _facts(evidence):
        return result
    if not all(_name_pair(w, evidence) for w in evidence.shared_words):
        return result
    found = _PLACE.search(result.reason)
    place = found.group(0) if found else f"at characters {span.start}-{span.end}"
    listed = ", ".join(f"“{w}”" for w in evidence.shared_words)
    unsaid = ", ".join(f"“{w}”" for w in evidence.unmatched_words[:4])
    why = (
        f"shares only names with the quote ({listed}; score {signals.score:+.1f}), nothing of "
        f"{unsaid}: across languages, who and where are the text's topic, not the statement"
    )
    setattr(result, "candidate", span)  # noqa: B010  # a MeaningResult's (duck-typed here)
    setattr(result, "candidate_flags", list(result.flags))  # noqa: B010
    result.reason = rejected_reason(place, result.score, (text, span), why)
    result.status, result.span, result.segments, result.flags = "not_found", None, [], []
    return result


def _facts(evidence: Evidence) -> bool:
    """A date or a number stated on both sides: a fact compared there."""
    dated = bool(evidence.quote_dates and evidence.passage_dates)
    return dated or bool(evidence.quote_numbers and evidence.passage_numbers)


def _name_pair(word: str, evidence: Evidence) -> bool:
    """A shared word ("quote/passage", or one word when the same) that is a name of the
    claim: one it shares, or capitalised on both sides and spelled alike (any script)."""
    quote, _, passage = word.partition("/")
    passage = passage or quote
    if fold(quote) in {fold(n) for n in evidence.shared_names}:
        return True
    capitalised = quote[:1].isupper() and passage[:1].isupper()
    return capitalised and name_key(quote) == name_key(passage)

"""A weak passage that shares the claim's name, against a clear one that names another person.

"Kühlmann was relieved and at once telegraphed to Vienna." of a text where "Czernin war
erleichtert und telegraphierte sofort nach Wien.": the passage that says it names Czernin, so
it lost to the claim's name (the name weighs much in a short claim's sentence vector and its
coverage) and was rejected for naming another person (:data:`~.verdict.STRANGER_SCORE`),
while an unrelated passage that names Kühlmann and Wien ("Kühlmann meinte nur: ... Wien ...
Niemand widersprach ihm.") passed weakly (+1.2, "relieved"/"widersprach") and was the result:
a confident wrong match with no flag. The claim says who did what; a passage that has only
the who is weaker evidence than one that has all the what of someone else.

So a ``reworded`` result under :data:`~.verdict.CLEAR_SCORE` (or over it, for a short claim
with a word left without a counterpart: :func:`_name_weighs`) whose passage spells one of the
claim's names is looked at again: the claim is searched without that name, and when that
finds another passage, which lacks the name and names another person, the claim is compared
again with that person in the name's place (:func:`~.swapped.swap_name`). When that passage
then renders the claim clearly (:data:`~.verdict.CLEAR_SCORE` or more, and
:data:`OUTSCORE` above the weak passage), it is the result, ``reworded`` with the ``name``
flag, and the reason says whom the source says it of and where the weak passage was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..models import MatchResult, Span
from .evidence import Evidence
from .framenames import half_shared
from .pairednames import other_names, placed_name, unspelled
from .persons import person_of
from .swapped import NAME, swap_name, unflagged
from .verdict import CLEAR_SCORE

R = TypeVar("R", bound=MatchResult)

OUTSCORE = 1.0
"""How much higher (decision score) the passage that names another person must score than
the weak one it replaces: a clear rendering of the rest, not a near tie."""
SHORT_CLAIM = 8
"""Content words of a claim, at most, whose name may carry a passage that scores clearly but
leaves a word of it unrendered (a longer claim's vector is more than its name)."""
NAMES_TRIED = 2
"""The claim's names searched without, and the other passage's names put in their place, at
most: each try is one search of the text."""


def named_elsewhere(result: R, quote: str, text: str, again: Callable[[str], R]) -> R:
    """``result`` (``quote``'s in ``text``), or, when it is a weak ``reworded`` passage that
    spells one of the claim's names, the passage that renders the rest of the claim clearly
    of another person, found by searching ``again`` (see the module)."""
    unflagged_result = unflagged(result)
    if unflagged_result is None:
        return result
    weak, signals, evidence = unflagged_result
    if signals.score >= CLEAR_SCORE and not _name_weighs(signals.content_words, evidence):
        return result
    languages = (evidence.quote_language, evidence.language)
    floor = max(CLEAR_SCORE, signals.score + OUTSCORE)
    best = _clearest(quote, languages, text, weak, again, floor)
    if best is None:
        return result
    found, name, other = best
    found.flags = [*found.flags, NAME]
    found.reason = (
        found.reason.replace("the source says this ", "the source has this passage ", 1)
        + f"; CHECK: names differ: the source says this of {other}, not {name} (compared with "
        f"{other} in {name}'s place, the passage renders the rest of the claim; the passage "
        f"that names {name}, {_place(result.reason, weak)}, renders it only weakly: score "
        f"{signals.score:+.1f})"
    )
    return found


def _name_weighs(content_words: int, evidence: Evidence) -> bool:
    """A short claim (:data:`SHORT_CLAIM` content words at most) with a word the passage
    leaves without a counterpart: its name may have carried a passage that says something
    else of that person ("Hartmann war müde und fuhr nach Dresden zurück", +6.6, for
    "Hartmann was relieved and at once telegraphed to Dresden.")."""
    return content_words <= SHORT_CLAIM and bool(evidence.unmatched_words)


def _clearest(quote: str, languages: tuple[str, str], text: str, weak: Span,
              again: Callable[[str], R], floor: float) -> tuple[R, str, str] | None:  # fmt: skip
    """The clearest result, scoring ``floor`` or more, of the claim with one of its names
    that the ``weak`` passage spells replaced by another person's, named at the passage
    where the claim without that name is found; with the two names."""
    q_lang, t_lang = languages
    best: tuple[R, str, str] | None = None
    top = floor
    for name in _names_at(quote, languages, text, weak)[:NAMES_TRIED]:
        at = _without(quote, name, again)
        if at is None or half_shared(at, weak):
            continue
        passage = at.slice(text)
        if name not in unspelled(quote, q_lang, passage):
            continue
        others = [
            w for w in other_names(quote, text, at, t_lang) if not placed_name(passage, w, t_lang)
        ]
        for other in others[:NAMES_TRIED]:
            swapped = swap_name(quote, name, other)
            found = again(swapped) if swapped is not None else None
            score = _clear_score(found, at)
            if found is not None and score is not None and score >= top:
                best, top = (found, name, other), score
    return best


def _names_at(quote: str, languages: tuple[str, str], text: str, span: Span) -> list[str]:
    """The claim's capitalised words that the passage at ``span`` spells with a word the text
    never prints in lower case (a name, not "Depot"/"depot"), and that name no kin or office
    ("Mother")."""
    language = languages[0]
    named = " ".join(other_names("", text, span, languages[1], given=False))
    return [
        w for w in unspelled(quote, language, "")
        if person_of(w, language) is None and not unspelled(w, language, named)
        and not placed_name(quote, w, language)
    ]  # fmt: skip


def _without(quote: str, name: str, again: Callable[[str], R]) -> Span | None:
    """Where the claim without ``name`` is found: its passage, or its rejected candidate."""
    stripped, count = re.subn(rf"\s*\b{re.escape(name)}\b(?:['’]s\b)?", "", quote)
    if count != 1 or not stripped.strip():
        return None
    looked = again(stripped.strip())
    if looked.status == "reworded":
        return looked.span
    return getattr(looked, "candidate", None)


def _clear_score(found: MatchResult | None, at: Span) -> float | None:
    """``found``'s decision score when it is ``reworded`` at ``at``, else None."""
    signals = getattr(found, "signals", None)
    if found is None or found.status != "reworded" or found.span is None or signals is None:
        return None
    return signals.score if half_shared(found.span, at) else None


def _place(reason: str, span: Span) -> str:
    """Where the weak passage is, as its reason says it."""
    found = re.search(r"at line \d+ \(characters \d+-\d+\)", reason)
    return found.group(0) if found else f"at characters {span.start}-{span.end}"

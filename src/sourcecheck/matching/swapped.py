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
from .anchors import name_key, same_name
from .embed import Embedder
from .framenames import _overlap
from .leadin import ARTICLES, given_speakers
from .pairednames import flag_paired_names
from .stems import STOPWORDS
from .verdict import STRANGER_SCORE

R = TypeVar("R", bound=MatchResult)

NAME = "name"
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_GERMAN_ADJECTIVE = re.compile(r"^[a-zäöüß]+(?:en|em|er|es|e)$")
"""A German inflected adjective before a capitalised noun ("den ganzen Tag"): no name."""


def with_swapped_name(
    result: R, quote: str, text: str, again: Callable[[str], R], embedder: Embedder
) -> R:
    """``result`` (``quote``'s in ``text``), or, when it was rejected at a candidate that lacks
    one name of the claim and names one other person, the claim compared ``again`` with that
    person in its place, when that finds the same passage clearly (see the module). A
    ``reworded`` result has its word pairs' names checked (:mod:`.pairednames`)."""
    if result.status == "reworded":
        return flag_paired_names(result, text, embedder)
    candidate = getattr(result, "candidate", None)
    evidence = getattr(result, "evidence", None)
    if result.status != "not_found" or candidate is None or evidence is None:
        return result
    missing = _unspelled(quote, evidence.quote_language, candidate.slice(text))
    others = _other_names(quote, text, candidate, evidence.language)
    if len(missing) != 1 or len(others) != 1:
        return result
    name, other = missing[0], others[0]
    swapped, count = re.subn(rf"\b{re.escape(name)}\b", other, quote)
    if count != 1:
        return result
    found = again(swapped)
    signals = getattr(found, "signals", None)
    if found.status != "reworded" or found.span is None or signals is None:
        return result
    if signals.score < STRANGER_SCORE or not _overlap(found.span, candidate):
        return result
    found.flags = [*found.flags, NAME] if NAME not in found.flags else found.flags
    found.reason = (
        found.reason.replace("the source says this ", "the source has this passage ", 1)
        + f"; CHECK: names differ ({name} not there; it names {other}): compared with {other} "
        f"in {name}'s place, the passage renders the rest of the claim"
    )
    return found


def _determined(previous: str) -> bool:
    return previous.casefold() in ARTICLES or bool(_GERMAN_ADJECTIVE.match(previous))


def _capitalised(word: str, language: str) -> bool:
    return word[:1].isupper() and word.casefold() not in STOPWORDS.get(language, ())


def _unspelled(quote: str, language: str, passage: str) -> list[str]:
    """The quote's capitalised words (its names, a sentence's first one included: "Radek did
    not agree") that no word of ``passage`` spells, in any script."""
    keys = [name_key(w) for w in _WORD.findall(passage) if len(w) > 1]
    return [
        w for w in dict.fromkeys(_WORD.findall(quote))
        if _capitalised(w, language) and not any(same_name(name_key(w), k) for k in keys)
    ]  # fmt: skip


def _other_names(quote: str, text: str, span: Span, language: str) -> list[str]:
    """The passage's capitalised words (and the speaker given beside it) that no word of the
    quote spells: never printed in lower case in ``text`` ("Bald" opening a sentence is
    "bald" elsewhere), in German not a noun after its article or adjective."""
    keys = [name_key(w) for w in _WORD.findall(quote) if len(w) > 1]
    words = _WORD.findall(span.slice(text))
    found = [
        w for i, w in enumerate(words)
        if _capitalised(w, language) and len(w) > 1 and f" {w.casefold()} " not in text
        and not (language == "de" and i > 0 and _determined(words[i - 1]))
    ]  # fmt: skip
    found += list(given_speakers(text, span, language))
    return [w for w in dict.fromkeys(found) if not any(same_name(name_key(w), k) for k in keys)]

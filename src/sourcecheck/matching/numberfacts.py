"""A match's ``number`` differences set against the number fact check of its passage.

The aligner may set a quote's number word against other words of the passage ("two Emperors" →
"Archduke") while the passage states that number a few words away: the fact check, which reads
every number of the passage, then finds the quote's numbers there. A difference whose numbers
are on the quote's side only (or the source's only) is then a misplaced word, not a changed
number: it is typed as the words it is (changed, extra, missing) and the result loses its
``number`` flag (a flag no number difference raised stays: a changed word read as another
figure or unit, :mod:`.changedfacts`). A run with numbers on both sides ("15" → "32") stays a
number difference: the same numbers in another order are still a change, and so does an ordinal
set against another ("Julius the Third" / "Julius II.": another pope, as the word matcher typed
it, :func:`.ordinals.ordinal_changed`; the fact check reads no ordinal), and so does a count or
a multiple changed in words ("тройной" / "двойной", "several" / "all":
:func:`.changedfacts.changed_fact`), which the fact check does not read either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..facts.check import FactCheck
from ..facts.languages import read_word_numbers
from ..models import Difference, MatchResult
from ..normalize import WORD_RE, tokenize
from .changedfacts import changed_fact
from .differences import WORD_CHANGED, changed_wording, summary
from .ordinals import ordinal_changed

NUMBER = "number"


def agree_on_numbers(
    result: MatchResult, checks: Sequence[FactCheck], language: str | None
) -> MatchResult:
    """``result`` with its one-sided number differences retyped when the passage's number
    check agrees (see the module); unchanged otherwise."""
    if NUMBER not in result.flags or not any(
        c.kind == NUMBER and c.verdict == "agrees" for c in checks
    ):
        return result
    if not any(d.kind == NUMBER for d in result.differences):
        return result  # a changed fact's flag ("тройной" / "двойной", "inches" / "Zoll")
    retyped = [_retyped(d, language) for d in result.differences]
    if any(d.kind == NUMBER for d in retyped) or any(
        (fact := changed_fact(d, language or "en")) is not None and fact[0] == NUMBER
        for d in result.differences
    ):
        return result  # a number changed for another: the flag stays
    flags = [f for f in result.flags if f != NUMBER]
    if (
        result.status == "close"
        and changed_wording(retyped, language)
        and WORD_CHANGED not in flags
    ):
        flags.append(WORD_CHANGED)
    reason = result.reason.replace(summary(result.differences), summary(retyped), 1)
    return replace(result, differences=retyped, flags=flags, reason=reason)


def _retyped(difference: Difference, language: str | None) -> Difference:
    if difference.kind != NUMBER:
        return difference
    quote_numbers = read_word_numbers(tokenize(difference.quote).words, language)
    source_numbers = read_word_numbers(tokenize(difference.source).words, language)
    if quote_numbers and source_numbers:
        return difference
    printed = (WORD_RE.findall(difference.quote), WORD_RE.findall(difference.source))
    if ordinal_changed(*printed, language or "en"):
        return difference  # "the Third" / "II": one ordinal for another, both printed
    if difference.quote and difference.source:
        return replace(difference, kind="changed")
    return replace(difference, kind="extra" if difference.quote else "missing")

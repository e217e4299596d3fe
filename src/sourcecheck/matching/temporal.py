"""Which event comes first: "before" against "after" or "when" across a rendering.

"Before he returned to Moscow his father dismissed the abbé" has every word of "Когда он
вернулся в Москву, отец отпустил аббата" but one, and says the other thing: the dismissal
comes first, not on his return. A temporal conjunction is read from a closed class in each
language: *before* ("before", "bevor", "ehe", "прежде чем", "до того как", "перед тем как"),
*after* ("after", "nachdem", "после того как") and *when* ("when", "als", "когда"). A quote's
conjunction is linked with the passage's whose next words render its next words (the
subordinate clause's: "he returned to Moscow" / "он вернулся в Москву"): the same event is
then related to the other one otherwise when one side says *before* and the other *after* or
*when* (a ``roles`` flag, as a comparison turned round: "A before B" is "B after A", so a
conjunction whose next words render the quote's OTHER clause is not linked, and says nothing).
*after* against *when* is left alone (an event said "when" another is over is said "after" it).

Only a conjunction that opens its clause is read (after punctuation, "and", "but"...): "she
only needed to see the chair twice before she pushed it back" renders "zweimal ..., als sie
schon ... hinschob" ("by the time"). Limits: so "he left the town before she came" (no
comma) is not read; an opening "before" or "after" is read as a conjunction and a preposition
alike ("Before the war" / "When the war ended" relate the same two times); German "vor" /
"nach" and Russian "до" / "после" as prepositions are not read (too many other senses).
"""

from __future__ import annotations

import re

from .wordpairs import Alignment

_BEFORE, _AFTER, _WHEN = "before", "after", "when"
_CONJUNCTIONS = {
    "en": {_BEFORE: "before", _AFTER: "after", _WHEN: "when"},
    "de": {_BEFORE: "bevor|ehe", _AFTER: "nachdem", _WHEN: "als"},
    "ru": {
        _BEFORE: r"прежде\s+чем|до\s+того\s*,?\s+как|перед\s+тем\s*,?\s+как",
        _AFTER: r"после\s+того\s*,?\s+как",
        _WHEN: "когда",
    },
}
_NEXT = 40
"""Characters after a conjunction whose words are its clause's opening (the event it relates),
at most: up to the next punctuation."""
_PUNCTUATION = re.compile(r"[,;:.!?—–()]")
_OPENS = re.compile(r"(?:^|[,;:.!?—–(«»„“”\"]|\b(?:and|but|und|aber|и|а|но))\s*$", re.IGNORECASE)
"""What stands before a conjunction that opens its clause: "Before he returned", ", когда
он"; not "needed to see it twice before she would push it back" (a "before" inside a clause,
"by the time": said "als ... schon" as often)."""


def changed_order(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """What the passage relates otherwise in time, in plain words ("“Before” in the quote,
    “Когда” in the source"), or None."""
    mine = _conjunctions(quote, quote_language)
    theirs = _conjunctions(passage, passage_language) if mine else []
    if not any(kind == _BEFORE for kind, _, _ in mine + theirs):
        return None  # neither side says "before" (most sentences): nothing to read
    # the weak pairs too (:attr:`.wordpairs.Alignment.weak`): read for which event is which,
    # never counted as rendered ("miller" / "мельник" may be no nearest neighbours)
    linked = [*alignment.offsets, *((w.quote_at, w.passage_at) for w in alignment.weak)]
    for kind, a, b in mine:
        for other, c, d in theirs:
            if kind == other or _BEFORE not in (kind, other):
                continue
            quote_end, passage_end = _opening(quote, b), _opening(passage, d)
            if any(b <= q < quote_end and d <= p < passage_end for q, p in linked):
                return (
                    f"the order in time differs: “{quote[a:b]}” in the quote, "
                    f"“{passage[c:d]}” in the source"
                )
    return None


def _conjunctions(text: str, language: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each temporal conjunction of ``text``."""
    table = _CONJUNCTIONS.get(language, {})
    return [
        (kind, m.start(), m.end())
        for kind, words in table.items()
        for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text, re.IGNORECASE)
        if _OPENS.search(text[: m.start()])
    ]


def _opening(text: str, at: int) -> int:
    """Where the opening of the clause that starts at ``at`` ends: the next punctuation, or
    :data:`_NEXT` characters on."""
    m = _PUNCTUATION.search(text, at, at + _NEXT)
    return m.start() if m else at + _NEXT

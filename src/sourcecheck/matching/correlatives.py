"""A correlative comparison turned the other way: "the deeper ..., the more" against "je
tiefer ..., desto weniger" or "чем глубже ..., тем меньше" (issue 10, walk99 F2).

:mod:`.comparisons` links a comparison of the quote with one of the passage through the word
compared ("more deserters" / "weniger Deserteure"); a correlative's second member often
compares no content word ("the more of them we find", "desto weniger finden wir", "тем меньше
их находим"), so nothing linked them and the reversal went unflagged across languages. The
construction links them itself: its two members ("the ..., the ...", "je ..., desto/umso
...", "чем ..., тем ...") are read in order on each side, each member's direction is -1 when
its word is a degree word of less ("less", "fewer", "weniger", "меньше", "хуже":
:data:`.comparisons._LESS`), else +1 (a comparative by the construction: "longer", "länger",
"дольше"). The meaning is reversed when exactly one member goes the other way ("the longer
..., the fewer" for "the longer ..., the more"); both reversed ("the shorter ..., the fewer"
for "the longer ..., the more") says much the same and is not flagged, nor is a comparative
that is not a degree word of less read as one ("shorter" is +1 here: a miss, never a false
flag).
"""

from __future__ import annotations

import re

from ..normalize import fold
from .comparisons import _LESS, Reversed
from .roles import _words

_MEMBER = r"([^\W\d_]+)"
_EN_MEMBER = (
    r"(?!(?:other|number|order|power|water|matter|member|officer|father|mother|brother|sister"
    r"|after|under|over|never|ever|either|neither|whether|together|rather)\b)"
    r"(more|less|fewer|better|worse|[a-z]{2,}er)"
)
"""An English member: a degree word or a comparative form, not a common word in "-er"."""
_CORRELATIVE = {
    "en": re.compile(
        rf"(?i)(?:^|(?<=[.!?;:,\n—–\"“«(]))\s*the\s+{_EN_MEMBER}\b[^.;!?]*?"
        rf"(?:,\s*(?:and\s+)?|\s+(?=the\s+(?:more|less|fewer|better|worse)\b))the\s+{_EN_MEMBER}\b"
    ),
    "de": re.compile(rf"(?i)\bje\s+{_MEMBER}\b[^.;!?]*?,?\s*(?:desto|umso|um\s+so)\s+{_MEMBER}\b"),
    "ru": re.compile(rf"(?i)\bчем\s+{_MEMBER}\b[^.;!?]*?,\s*тем\s+{_MEMBER}\b"),
}
"""A correlative comparison's two members, each its first word (the comparative); the
English one opens a sentence or a clause ("The longer ..., the more ..."), its comma left out
only before a degree word ("The deeper we delve in search of these causes the more of them we
find")."""


def _correlatives(text: str, language: str) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """Each correlative comparison of ``text`` with its members' directions."""
    pattern = _CORRELATIVE.get(language)
    if pattern is None:
        return []
    less = _words(_LESS, language)
    found = []
    for m in pattern.finditer(text):
        first, second = (-1 if fold(m.group(i)) in less else 1 for i in (1, 2))
        found.append((m, (first, second)))
    return found


def reversed_correlative(
    quote: str, quote_language: str, passage: str, passage_language: str
) -> Reversed | None:
    """The quote's correlative comparison when the passage's one goes the other way in one
    of its two members, or None (either side with none, or more than one).

    >>> r = reversed_correlative("Je tiefer wir suchen, desto weniger finden wir.", "de",
    ...                          "The deeper we delve the more of them we find.", "en")
    >>> r.note
    'the comparison goes the other way: “desto weniger” in the quote, “the more” in the source'
    >>> reversed_correlative("Чем дольше шла осада, тем больше дезертиров бежало.", "ru",
    ...                      "The longer the siege lasted, the more deserters left.", "en")
    """
    mine = _correlatives(quote, quote_language)
    theirs = _correlatives(passage, passage_language)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    (m, a), (t, b) = mine[0], theirs[0]
    if sum(x != y for x, y in zip(a, b, strict=True)) != 1:
        return None
    member = 1 if a[0] != b[0] else 2
    shown = (_member(m, member), _member(t, member))
    return Reversed(
        f"the comparison goes the other way: “{shown[0]}” in the quote, “{shown[1]}” in the source"
    )


def _member(m: re.Match[str], i: int) -> str:
    """The words of member ``i`` as written: "desto weniger", "the more"."""
    if i == 1:
        return " ".join(m.group(0)[: m.end(1) - m.start()].split())
    head = m.string[m.start() : m.end(2)]
    marker = re.search(r"(?i)(?:the|desto|umso|um\s+so|тем)\s+[^\W\d_]+$", head)
    return " ".join((marker.group(0) if marker else m.group(2)).split())

"""Why a quote's best candidate in the word search is no candidate at all: the words it shares
with the quote are function words or figures ("upon the", "8"), or no word of the quote is
there unchanged, only spelling variants ("Trotsky" / "Trotzki in"). Its score would mean
nothing, and naming it ("only 0 words of the quote found unchanged") would only mislead.
"""

from __future__ import annotations

from ..facts.numbers import is_number_word
from ..normalize import fold

VARIANTS = "only spelling variants"
"""What the words a quote shares with its candidate are, none unchanged, in one language."""
ACROSS_LANGUAGES = "only look-alike words of two languages, not spelling variants of one"
"""What they are when the quote and the text are in two languages ("and" / "und", "strike" /
"streiken"): words of each language, not one word spelled otherwise."""
NOTHING_RESEMBLES = (
    "nothing in the text resembles the quote: no two of its consecutive words occur there"
)


def nothing_comparable(shared: list[str], unchanged: int) -> str:
    """The reason of a quote whose best candidate shares only ``shared`` (function words,
    figures, or words spelled otherwise there when ``unchanged``, the words found as printed,
    is 0).

    >>> nothing_comparable(["8"], 1).split(": ")[1]
    'the nearest words it shares are a number only (“8”)'
    >>> nothing_comparable(["Trotsky"], 0).split(": ")[1]
    'no word of it occurs there unchanged, only spelling variants (“Trotsky”)'
    """
    if not shared:
        return NOTHING_RESEMBLES
    words = " ".join(dict.fromkeys(shared))
    lead = "nothing in the text is comparable with the quote: "
    if unchanged == 0:
        return f"{lead}no word of it occurs there unchanged, {VARIANTS} (“{words}”)"
    figures = [w for w in shared if is_number_word(fold(w).replace(",", ""))]
    if len(figures) == len(shared):
        kind = "a number only" if len(set(figures)) == 1 else "numbers only"
    else:
        kind = "function words and numbers only" if figures else "function words only"
    return f"{lead}the nearest words it shares are {kind} (“{words}”)"

"""Who calls whom "papa": a quotation that calls its kin ("Yes, papa", "my dear aunt") is
spoken by the person who calls that kin so in the text's other turns, when one person does
almost always (a daughter says "papa"; her father's guests do not). The turns of a
conversation alone cannot tell a third speaker ("“Only one more, papa.”" after her father
answered a guest); the word can.

Counted over the turns the sieves and the conversation decided (:data:`KNOWN`); applied to
the turns nobody names beside them (below :data:`~sourcecheck.extract.alternation.ANCHOR`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

from .alternation import ANCHOR, SaidLike, set_speaker
from .partners import dominant
from .vocatives import kin_called

KNOWN = 0.6
"""A turn decided at least this surely counts who calls a kin word."""
MIN_CALLS = 3
"""How many decided turns must call a kin word for its caller to be known."""
DOMINANCE = 3
"""How many times more often than anyone else the caller must use it."""
CALLER = 0.55
"""How sure the speaker is that a kin word gives (as sure as a vocative's)."""
_S = TypeVar("_S", bound=SaidLike)


def kin_callers(said: Sequence[_S], quote_text: Callable[[_S], str]) -> dict[str, str]:
    """Each kin ("father", "mother", ...) and the one person who calls it by its word in the
    decided turns (at least :data:`MIN_CALLS` times, :data:`DOMINANCE` times anyone else)."""
    counts: dict[str, Counter[str]] = {}
    for s in said:
        if s.speaker and s.speaker_confidence >= KNOWN:
            for kin in kin_called(quote_text(s)):
                counts.setdefault(kin, Counter())[s.speaker] += 1
    return {
        kin: who
        for kin, c in counts.items()
        if (who := dominant(c, least=MIN_CALLS, times=DOMINANCE)) is not None
    }


def fill_callers(
    said: Sequence[_S],
    quote_text: Callable[[_S], str],
    *,
    may_be: Callable[[int, str], bool],
) -> None:
    """Give each turn nobody names beside it that calls a kin the speaker who calls that kin
    so (:func:`kin_callers`), when ``may_be(i, name)`` (not someone it addresses, not of
    another gender than its pronoun)."""
    callers = kin_callers(said, quote_text)
    for i, s in enumerate(said):
        if s.speaker_confidence >= ANCHOR or (s.attributed and s.speaker):
            continue
        whos = {callers[k] for k in kin_called(quote_text(s)) if k in callers}
        if len(whos) != 1:
            continue
        (who,) = whos
        if who != s.speaker and may_be(i, who):
            kin = ", ".join(sorted(kin_called(quote_text(s))))
            set_speaker(s, who, f"kin caller: the one who calls their {kin} so", CALLER)

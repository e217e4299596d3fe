"""Two near passages that both pass: the one that names what the quote names.

A rendering keeps the quote's names (a person, a project, a team written as letters: "NM",
"DebConf"), in its own script where the languages differ. Two neighbouring sentences of a
manual often share the quote's common words, and the decision rule, which counts the quote's
content words with a counterpart, can score the wrong one higher: "Developers who retired and
whose account is marked "Removed" have to go through the NM process once more." was placed at
'A retired developer's account is marked as "emeritus" when the process in Retiring is
followed, and "removed" otherwise.' (6 of 7 words, "NM" not there) rather than at 'Retired
developers with a "removed" account need to go through full NM again.' (4 of 7 words, "NM"
there; similarity 0.776 against 0.782; walk114 rt-de-en-07).

So, of the contenders :func:`.meaning.choose` weighs (near in similarity, each able to pass),
when the one scored best lacks some of the quote's names (in any script:
:attr:`.anchors.AnchorComparison.missing_names`) and another that passes names every one of
the quote's names and has no flag of its own, that one is judged: the name
says where the quote is, the common words only what it is about. Nor does
:mod:`.elsewhere` then take for it a passage that renders more of the quote's common words
but lacks a name it names (:func:`names_fewer`).
"""

from __future__ import annotations

from typing import TypeVar

from .evidence import Weighing

C = TypeVar("C")


def named_rival(
    chosen: tuple[C, Weighing], weighed: list[tuple[C, Weighing]]
) -> tuple[C, Weighing]:
    """``chosen``, or the contender of ``weighed`` that names the quote's names it lacks
    (see the module)."""
    lacked = set(chosen[1].comparison.missing_names)
    if not lacked or chosen[1].signals.score < 0:
        return chosen
    rivals = [
        cw
        for cw in weighed
        if cw is not chosen
        and cw[1].signals.score >= 0
        and not cw[1].comparison.flags
        and not cw[1].comparison.missing_names
    ]
    return max(rivals, key=lambda cw: cw[1].signals.score, default=chosen)


def names_fewer(other: Weighing, chosen: Weighing) -> bool:
    """Whether ``other`` lacks one of the quote's names that ``chosen`` names."""
    return bool(set(other.comparison.missing_names) - set(chosen.comparison.missing_names))

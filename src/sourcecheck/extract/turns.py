"""The sieves that read a conversation rather than a sentence: who speaks the quotations that
nobody names beside them.

After the sieves that read a quotation's own sentence (:mod:`sourcecheck.extract.sieves`,
:mod:`sourcecheck.extract.speakers`), in this order:

1. **same paragraph**: a quotation in the paragraph of an attributed one is the same speaker's
   ("“Yes,” said Emma. “I shall go.”");
2. **conversation turns**: in a run of consecutive paragraphs that each open with (or hold) a
   quotation, two people alternate: a turn nobody attributes is spoken by whoever spoke two
   turns before (or two turns after), when the turn between is the other person's;
3. **vocatives**: a turn that answers a quotation addressing someone by name ("..., Harriet?")
   is that person's; and nobody speaks the quotation in which they are addressed ("Yes,
   papa" is not said by papa).

Each decision keeps a confidence lower than the sentence sieves', and the evidence says which
rule gave it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from .people import NAME_RE, People

SAME_PARAGRAPH = 0.75
TURNS = 0.6
VOCATIVE = 0.55
WEAK = 0.45
"""Decisions below this are guesses the turn sieves may replace (the fallback's 0.3)."""
_BEFORE_VOCATIVE = re.compile(r"(?:^|[,!?;:—–]|\b(?:[Dd]ear|my|poor|[Oo]h|[Aa]h))\s*$")
_AFTER_VOCATIVE = re.compile(r"\s*(?:[,!?;:.—–]|$)")


class _Said(Protocol):
    """What the turn sieves read and write of an attribution (speakers.Said)."""

    speaker: str | None
    speaker_key: str
    evidence: str
    speaker_confidence: float
    sieve: str
    attributed: bool
    starts_paragraph: bool

    @property
    def paragraph(self) -> int: ...


def vocatives(quote: str, people: People) -> set[str]:
    """The people a quotation addresses by name ("Yes, Mr. Knightley.", "my dear Emma").

    >>> from sourcecheck.extract.people import people_of
    >>> p = people_of("Then Harriet came and Emma smiled; later Harriet sat and Emma spoke.")
    >>> sorted(vocatives("Did you ever, Harriet, see such a thing? Oh, Emma!", p))
    ['Emma', 'Harriet']
    """
    found = set()
    for m in NAME_RE.finditer(quote):
        if not _BEFORE_VOCATIVE.search(quote[max(0, m.start() - 8) : m.start()]):
            continue
        if not _AFTER_VOCATIVE.match(quote, m.end()):
            continue
        person = people.resolve(m.group())
        if person is not None:
            found.add(person.name)
    return found


_S = TypeVar("_S", bound=_Said)


def fill_turns(
    said: Sequence[_S],
    quote_text: Callable[[_S], str],
    people: People,
) -> None:
    """Give a speaker to the quotations the sentence sieves left without one (or with a
    guess), from their paragraph, the conversation's turns and its vocatives."""
    addressed = [vocatives(quote_text(s), people) for s in said]
    _same_paragraph(said)
    turns = [i for i, s in enumerate(said) if s.starts_paragraph or _first_of_paragraph(said, i)]
    for _ in range(3):  # a decision may let the next one be made
        changed = False
        for pos, i in enumerate(turns):
            if said[i].speaker_confidence >= WEAK:
                continue
            changed |= _from_turns(said, turns, pos, addressed)
        if not changed:
            break
    for i, s in enumerate(said):
        if s.speaker in addressed[i] and s.speaker_confidence < WEAK:
            s.speaker, s.speaker_key = None, ""
            s.evidence = "no attribution (the person last named is the one addressed)"
            s.speaker_confidence, s.sieve = 0.1, "none"


def _first_of_paragraph(said: Sequence[_Said], i: int) -> bool:
    return i == 0 or said[i - 1].paragraph != said[i].paragraph


def _same_paragraph(said: Sequence[_Said]) -> None:
    by_para: dict[int, list[_Said]] = {}
    for s in said:
        by_para.setdefault(s.paragraph, []).append(s)
    for group in by_para.values():
        named = [s for s in group if s.attributed and s.speaker]
        if len({s.speaker for s in named}) != 1:
            continue
        for s in group:
            if s.speaker_confidence < WEAK:
                why = "the attributed quotation of its paragraph"
                _set(s, named[0].speaker, why, SAME_PARAGRAPH)


def _from_turns(
    said: Sequence[_Said], turns: list[int], pos: int, addressed: list[set[str]]
) -> bool:
    """One turn's speaker from the turns around it; whether it was set."""

    def turn(k: int) -> _Said | None:
        if not 0 <= k < len(turns):
            return None
        a, b = sorted((pos, k))
        paras = [said[turns[x]].paragraph for x in range(a, b + 1)]
        chained = all(q - p == 1 for p, q in itertools.pairwise(paras))
        return said[turns[k]] if chained else None

    me = said[turns[pos]]
    prev = turn(pos - 1)
    if prev is not None and _known(prev):
        names = addressed[turns[pos - 1]] - {prev.speaker}
        if len(names) == 1:
            (name,) = names
            _set(me, name, "vocative: the previous turn addresses them", VOCATIVE)
            return True
    for step, side in ((-1, "before"), (1, "after")):
        near, far = turn(pos + step), turn(pos + 2 * step)
        if (
            near is not None
            and far is not None
            and _known(near)
            and _known(far)
            and near.speaker != far.speaker
        ):
            _set(me, far.speaker, f"conversation turns: speaks two turns {side}", TURNS)
            return True
    return False


def _known(s: _Said) -> bool:
    return bool(s.speaker) and s.speaker_confidence >= WEAK


def _set(s: _Said, speaker: str | None, why: str, confidence: float) -> None:
    from .attribution import surname

    s.speaker, s.speaker_key = speaker, surname(speaker or "")
    s.evidence, s.sieve, s.speaker_confidence = why, why.split(":")[0], confidence

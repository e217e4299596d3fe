"""A conversation's run re-read against its own evidence: the turns the alternation filled
from one seed (a guess, a "said she" resolved to the wrong woman) are A, B, A, B from that
seed; when the turns of the run call by name the very person they were given ("Oh, Jane,
had we been less secret" given to Jane), or the turn next to an anchor is given the anchor's
own speaker (nobody answers themselves), the seed was wrong, not the evidence: the run takes
the other parity, B, A, B, A, when that contradicts less.

A run is the turns of one conversation between two anchors (turns named beside them), in
paragraphs that follow one another, that the alternation filled or a guess gave, with two
people alternating.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .alternation import ANCHOR, SaidLike, pronoun_of, set_speaker
from .people import People
from .sieves import PRONOUNS

FILLED = frozenset(
    {
        "conversation turns",
        "vocative",
        "paragraph-final mention",
        "the subject of the sentence before",
        "loose conversation",
        "fallback",
    }
)
"""The sieves whose turns a run holds: the alternation's, and the guesses that may seed it."""
RESEEDED = 0.5
"""How sure a re-seeded turn is (the alternation's own, less: the seed was wrong once)."""


def reseed(
    said: Sequence[SaidLike], chain: list[int], addressed: Sequence[set[str]], people: People
) -> None:
    """Re-seed each run of the conversation ``chain`` (indices in ``said`` of its
    paragraph-opening turns) whose turns contradict their speakers more than the other
    parity would (``addressed``: whom each quotation calls by name)."""
    for run in _runs(said, chain):
        pair = {said[i].speaker for i in run}
        if len(pair) != 2 or not _alternates(said, run):
            continue
        a, b = sorted(p for p in pair if p)
        swap = {a: b, b: a}
        before = _before(said, chain, run)
        after = _after(said, chain, run)
        now = _contradictions(said, chain, run, addressed, people, (before, after), {})
        then = _contradictions(said, chain, run, addressed, people, (before, after), swap)
        called = [said[i].speaker for i in run if said[i].speaker in addressed[i]]
        if called and then < now and _genders_fit(said, run, people, swap):
            why = f"conversation turns: re-seeded (a turn given to {called[0]} calls them by name)"
            for i in run:
                set_speaker(said[i], swap[said[i].speaker or ""], why, RESEEDED)


def _runs(said: Sequence[SaidLike], chain: list[int]) -> list[list[int]]:
    """The runs of ``chain``: turns filled or guessed, each in the paragraph right after the
    one before."""
    runs: list[list[int]] = []
    for k, i in enumerate(chain):
        s = said[i]
        if not _in_run(s):
            continue
        prev = chain[k - 1] if k else None
        if runs and prev == runs[-1][-1] and said[prev].last_paragraph + 1 == s.paragraph:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 2]


def _in_run(s: SaidLike) -> bool:
    """Whether a turn belongs to a run: its speaker from the alternation or a guess, or a
    pronoun beside it ("said she": a gender, the run says who)."""
    if not s.speaker:
        return False
    if pronoun_of(s) is not None:
        return s.starts_paragraph
    if s.words:
        return False  # "replied the girl": the text says who, the run does not decide it
    return s.sieve in FILLED and s.speaker_confidence < ANCHOR


def _alternates(said: Sequence[SaidLike], run: list[int]) -> bool:
    return all(said[i].speaker != said[j].speaker for i, j in pairwise(run))


def _before(said: Sequence[SaidLike], chain: list[int], run: list[int]) -> str | None:
    """The speaker of the turn right before the run, in the paragraph before it."""
    k = chain.index(run[0])
    if k == 0:
        return None
    prev = said[chain[k - 1]]
    return prev.speaker if prev.last_paragraph + 1 == said[run[0]].paragraph else None


def _after(said: Sequence[SaidLike], chain: list[int], run: list[int]) -> str | None:
    """The speaker of the turn right after the run, in the paragraph after it."""
    k = chain.index(run[-1])
    if k + 1 >= len(chain):
        return None
    nxt = said[chain[k + 1]]
    return nxt.speaker if said[run[-1]].last_paragraph + 1 == nxt.paragraph else None


def _genders_fit(
    said: Sequence[SaidLike], run: list[int], people: People, swap: dict[str, str]
) -> bool:
    """Whether every pronoun turn of the run ("said she") has its gender once swapped."""
    for i in run:
        pronoun = pronoun_of(said[i])
        gender = people.gender(swap.get(said[i].speaker or "", ""))
        if pronoun is not None and gender not in (None, PRONOUNS[pronoun]):
            return False
    return True


def _contradictions(
    said: Sequence[SaidLike],
    chain: list[int],
    run: list[int],
    addressed: Sequence[set[str]],
    people: People,
    around: tuple[str | None, str | None],
    swap: dict[str, str],
) -> int:
    """How many pieces of evidence the run contradicts with its speakers swapped by
    ``swap`` (none: as it is): a turn that calls its speaker by name, a turn that is not the
    one person the turn before it calls by name (of the two), a pronoun of the other gender,
    a first or last turn given the speaker of the turn next to it (``around``)."""
    who = [swap.get(said[i].speaker or "", said[i].speaker) for i in run]
    pair = set(who)
    count = 0
    for n, (w, i) in enumerate(zip(who, run, strict=True)):
        count += w in addressed[i]
        pronoun = pronoun_of(said[i])
        gender = people.gender(w or "")
        count += pronoun is not None and gender is not None and gender != PRONOUNS[pronoun]
        k = chain.index(i)
        if k and (n or said[chain[k - 1]].last_paragraph + 1 == said[i].paragraph):
            called = addressed[chain[k - 1]] & pair
            count += len(called) == 1 and w not in called
    before, after = around
    return (
        count + (before is not None and who[0] == before) + (after is not None and who[-1] == after)
    )

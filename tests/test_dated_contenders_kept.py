"""A claim's date must not make it lose an accepted passage only because the diary entry's
heading stands far before the sentence (the date not found there, not differing): a dated
contender nearer the heading replaces it only if the decision rule accepts the contender too.
A walkthrough's paraphrase dated January 7, 1918 ("the Russians had to choose between going
home with a bad peace or with none at all") lost its passage to the sentence before it."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.contenders import dated_choice
from sourcecheck.matching.passages import Passage
from sourcecheck.matching.vectors import text_units
from sourcecheck.models import Span

FILLER = (
    "The cold was bitter and the stoves in the castle smoked so badly that we sat in our "
    "coats. The secretaries copied the protocols until late, and the couriers left for "
    "Vienna twice a day with the bags. "
)
DIARY = (
    "Diary of the conference, written for the tests.\n\n"
    "_March 4, 1921._--The delegates of the river towns arrived before noon. "
    + FILLER
    * 2
    + "The ferrymen on the lower river had not been paid since the autumn, and some of them "
    "had already left their boats on the shore. "
    + FILLER
    * 2
    + "Our delegation had the impression that the ferrymen were now desperate, with no choice "
    "save between working on for bread alone or leaving their boats on the shore for good.\n\n"
    "_March 5, 1921._--Snow all day; nothing was done.\n"
)
QUOTE = (
    "the ferrymen had to choose between working on for bread only or abandoning their boats "
    "on the shore for ever"
)


class Flat:
    """A toy embedder: every piece of text the same vector (the test sets the similarities)."""

    model_id = "flat"

    def __call__(self, pieces: list[str]) -> np.ndarray:
        return np.ones((len(pieces), 2), dtype=np.float32) / np.sqrt(2)


def test_a_rejected_contender_does_not_replace_an_accepted_passage_far_from_its_date() -> None:
    units = text_units(DIARY, "en")
    starts = units.spans[:, 0].tolist()
    target = max(u for u, s in enumerate(starts) if s <= DIARY.index("Our delegation had"))
    near = max(u for u, s in enumerate(starts) if s <= DIARY.index("The ferrymen on the lower"))
    span = Span(int(units.spans[target, 0]), int(units.spans[target, 1]))
    sims = np.full(len(starts), 0.2)
    sims[target], sims[near] = 0.55, 0.53  # the contender nearly as near as the passage
    scores = {span: 0.3}  # the passage accepted, any contender rejected

    def weigh(passage: Passage, margin: float) -> SimpleNamespace:
        return SimpleNamespace(signals=SimpleNamespace(score=scores.get(passage.span, -4.2)))

    def choice(score: float) -> object:
        return dated_choice(
            DIARY, "en", Passage(span, 0.55, (target, target)), "1921-03-04", sims,
            np.ones((1, 2)) / np.sqrt(2), read_anchors(QUOTE, "en"), Flat(),
            words=len(QUOTE.split()), gap=0.08, weigh=weigh, score=score,
        )  # fmt: skip

    assert choice(0.3) is None  # accepted, its date merely not printed near: kept
    replaced = choice(-0.5)  # rejected: a dated contender is weighed in its place
    assert replaced is not None and replaced[0].passage.span != span

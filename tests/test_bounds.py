"""A rendering whose sentence boundaries are not the source's (task bounds106).

Ricci's "I will only say, in conclusion, that it is necessary for a prince to possess the
friendship of the people; otherwise he has no resource in times of adversity" renders the
last two clauses of a 48-word unit of Marriott's chapter IX. The nearest stored clause is
the first of the two; without the second the whole unit was the passage, reported "not as
quoted". Real passages from ../shared/translations; the end-to-end test on the rendering
fails without :mod:`sourcecheck.matching.bounds` (the whole unit, flagged, at 61.1).
"""

from __future__ import annotations

import numpy as np
import pytest
from conftest import shared_excerpt

from sourcecheck.matching.bounds import GAIN, rebounded
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.passages import Passage
from sourcecheck.matching.vectors import text_units
from sourcecheck.models import Span

RICCI = (
    "I will only say, in conclusion, that it is necessary for a prince to possess the "
    "friendship of the people; otherwise he has no resource in times of adversity."
)
CLAUSES = (
    "it is necessary for a prince to have the people friendly, otherwise he has no security "
    "in adversity."
)


@pytest.fixture(scope="module")
def chapter_ix() -> str:
    return shared_excerpt("the-prince-marriott-en.txt", "CHAPTER IX --", "CHAPTER X --")


def test_a_rendering_of_two_clauses_is_found_at_the_two(chapter_ix: str) -> None:
    result = match_meaning(RICCI, chapter_ix)
    assert result.status == REWORDED, result.reason
    assert result.span is not None
    assert " ".join(result.span.slice(chapter_ix).split()) == CLAUSES
    assert result.flags == []


def test_a_claim_the_next_clause_does_not_render_is_not_found(chapter_ix: str) -> None:
    # the head of the passage with an ending of its own: the next clause says otherwise
    claim = (
        "It is necessary for a prince to have the people friendly, otherwise his mercenaries "
        "will desert him in the field."
    )
    assert match_meaning(claim, chapter_ix).status == "not_found"


def test_a_sentence_that_adds_only_words_of_the_topic_is_not_grown() -> None:
    # "Gregor ist krank." and the next sentence, "Rasch um den Arzt.", share words with an
    # invented claim about a doctor, and are a little nearer it together: no rendering
    text = shared_excerpt("kafka-die-verwandlung-de.txt", "\nI.", "\nII.")
    claim = "The doctor arrived at noon and said that Gregor merely had a fever."
    assert match_meaning(claim, text).status == "not_found"


def test_a_passage_takes_the_neighbouring_clause_only_when_nearer(chapter_ix: str) -> None:
    from sourcecheck.matching.embed import default_embedder

    embedder = default_embedder()
    units = text_units(chapter_ix, "en")
    start = chapter_ix.index("it is necessary for a prince to have the people")
    end = chapter_ix.index("friendly", start) + len("friendly")
    head = Passage(Span(start, end), 0.57, _unit_of(units, start), clause=True)
    query = embedder([RICCI])
    head = Passage(head.span, float(query[0] @ embedder([head.span.slice(chapter_ix)])[0]),
                   head.window, clause=True)  # fmt: skip
    grown = rebounded(chapter_ix, units, [head], 29, query, embedder)
    texts = [" ".join(p.span.slice(chapter_ix).split()) for p in grown]
    assert texts[0] == CLAUSES and head not in grown  # the clause after it, in its place
    assert grown[0].similarity >= head.similarity + GAIN and grown[0].clause
    # (the others are .gapped's joins past a clause between, which the clause before is not)
    # a passage with half the quote's words or more is not grown
    assert rebounded(chapter_ix, units, [head], 22, query, embedder) == [head]


def _unit_of(units, at: int) -> tuple[int, int]:
    u = int(np.searchsorted(units.spans[:, 0], at, side="right")) - 1
    return (u, u)

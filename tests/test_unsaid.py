"""A claim of a few words in its source's language whose word the passage says nothing for
is not found there (issue 10, :mod:`sourcecheck.matching.unsaid`): the passage that has its
other words states something else. A word said in looser words stays a rendering.

The harbour letters are ours, written for these tests.
"""

from __future__ import annotations

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.unsaid import LOOSE_PAIR

LETTERS = (
    "Letters from the harbour, kept by the wife of the lock keeper.\n\n"
    "In June the Danish sailors held the harbour for a week, and the ferry kept to its "
    "crossings as before. The bakers sold their bread on the quay.\n\n"
    "In July the mayor thanked the fishermen for their patience, and the new lighthouse was "
    "lit for the first time. The children watched it from the dyke.\n\n"
    "In August the old bridge was repaired by the carpenters of the guild, who were paid in "
    "grain and salted herring.\n"
)


def _event(quote: str):
    return match_meaning(quote, LETTERS, language="en", text_language="en", kind="event")


def test_a_brief_claims_word_with_nothing_near_it_in_the_passage_is_not_found() -> None:
    # the bridge was repaired, not burned: 3 of 4 content words, and nothing for "burned"
    burned = _event("The carpenters burned the old bridge.")
    assert burned.status == "not_found", burned.reason
    assert "has nothing for “burned”" in burned.reason
    assert f"{LOOSE_PAIR:.2f}" in burned.reason
    assert burned.candidate is not None and "old bridge was repaired" in burned.candidate.slice(
        LETTERS
    )


def test_a_brief_claims_word_said_in_looser_words_stays_a_rendering() -> None:
    praised = _event("The mayor praised the fishermen for their patience.")  # "thanked"
    assert praised.status == REWORDED, praised.reason
    assert praised.span is not None and "mayor thanked" in praised.span.slice(LETTERS)
    repaired = _event("The carpenters repaired the old bridge.")
    assert repaired.status == REWORDED, repaired.reason

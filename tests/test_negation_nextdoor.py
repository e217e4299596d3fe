"""A negation added in one clause of a long, otherwise faithful sentence is flagged (issue
10), even when the source has a negation in the clause next door: that negation stands where
another clause of the quote stands (one without counterparts: "far from the town" / "if one
is not at hand") and renders it; it does not answer the added one. The same sentence
without the added negation is not flagged. The passage is ours, written for these tests.
"""

from __future__ import annotations

from sourcecheck.matching.meaning import REWORDED, match_meaning

PASSAGE = (
    "The steward's notes on keeping a distant estate.\n\n"
    "For if the master lives on the estate, quarrels are seen as they begin, and he can "
    "settle them at once; but if he is not at hand, he hears of them only when they are "
    "bitter, and then he can no longer settle them.\n\n"
    "The vineyards on the southern slope were replanted in the third year.\n"
)


def _meaning(quote: str):
    return match_meaning(quote, PASSAGE, language="en", text_language="en")


def test_a_negation_added_beside_a_negation_that_renders_another_clause_is_flagged() -> None:
    result = _meaning(
        "Living on the estate, the master cannot see quarrels as they begin and can settle "
        "them at once, but living far away, he only hears of them when he can no longer "
        "settle them."
    )
    assert result.status == REWORDED and "negation" in result.flags, result.reason
    assert "“cannot”" in result.reason


def test_the_same_sentence_without_it_is_not_flagged() -> None:
    result = _meaning(
        "Living on the estate, the master can see quarrels as they begin and can settle them "
        "at once, but living far away, he only hears of them when he can no longer settle "
        "them."
    )
    assert result.status == REWORDED and "negation" not in result.flags, result.reason

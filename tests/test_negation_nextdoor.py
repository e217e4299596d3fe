"""A negation added in one clause of a long, otherwise faithful sentence is flagged (issue
10), even when the source has a negation in the clause next door: that negation stands where
another clause of the quote stands (one without counterparts: "far from the town" / "if one
is not at hand") and renders it; it does not answer the added one. The same sentence
without the added negation is not flagged. The passage is ours, written for these tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning

PASSAGE = (
    "The steward's notes on keeping a distant estate.\n\n"
    "For if the master lives on the estate, quarrels are seen as they begin, and he can "
    "settle them at once; but if he is not at hand, he hears of them only when they are "
    "bitter, and then he can no longer settle them.\n\n"
    "The vineyards on the southern slope were replanted in the third year.\n"
)


_SENTENCE = (
    "Living on the estate, the master {} see quarrels as they begin and can settle them at "
    "once, but living far away, he only hears of them when he can no longer settle them."
)


@pytest.mark.parametrize(("can", "flagged"), [("cannot", True), ("can", False)])
def test_a_negation_added_beside_one_that_renders_another_clause_is_flagged(
    can: str, flagged: bool
) -> None:
    result = match_meaning(_SENTENCE.format(can), PASSAGE, language="en", text_language="en")
    assert result.status == REWORDED, result.reason
    assert ("negation" in result.flags) == flagged, result.reason
    assert ("“cannot”" in result.reason) == flagged

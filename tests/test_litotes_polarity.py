"""Litotes read on both sides ("scheute nicht die Mühe": he went to the trouble): a claim that
says he spared himself the trouble says the opposite and is flagged ("spare" is a word of lack,
so the German double negation is not cancelled against it); one that did not spare himself, or
went to all the trouble, says the same (a new user's clone, fresh107); one that did not go to
the trouble says the opposite (a double negation answers no single one: .polarity). Passage
written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import match_meaning

DOCTOR = (
    "Im Städtchen wohnte ein alter Arzt. Der alte Arzt scheute nicht die Mühe, jeden Kranken im "
    "Dorf selbst zu besuchen, auch im tiefen Winter. Seine Frau führte das Haus."
)
REST = " the effort of visiting every sick person in the village himself, even in deep winter."


@pytest.mark.parametrize(
    ("doing", "flagged"),
    [
        ("went to all", False),
        ("did not spare himself", False),
        ("spared himself", True),
        ("did not go to all", True),
    ],
)
def test_litotes_against_the_claims_polarity(doing: str, flagged: bool) -> None:
    result = match_meaning(
        f"The old doctor {doing}{REST}", DOCTOR, language="en", text_language="de"
    )
    assert result.status == "reworded"
    assert ("negation" in result.flags) is flagged, result.reason

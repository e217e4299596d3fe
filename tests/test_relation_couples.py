"""A relation that comes as a couple: "her uncle" is the husband of the one "her aunt" names
(Mr. and Mrs. Hale). Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims

TRIP = (
    "Mr. Hale and Mrs. Hale took their niece Lucy to the lakes in June.\n\n"
    "“What a view!” said Mrs. Hale, at the top of the hill.\n\n"
    "Lucy smiled, and looked at the water below them for a long time.\n\n"
    "“We shall stay a week,” replied her uncle.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_claims(text)}


def test_her_uncle_is_the_husband_of_her_aunt() -> None:
    assert _speakers(TRIP)["We shall stay a week"] == "Mr. Hale"


def test_her_uncle_is_nobody_when_no_aunt_is_known() -> None:
    text = TRIP.replace("Mrs. Hale", "Mrs. Dent")
    assert _speakers(text)["We shall stay a week"] != "Mr. Hale"

"""The name a person of the text is written with: the full name when the text uses it about
as often as the surname alone (a passage written for the test)."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of

WREN = (
    "Jonas Wren sat down by the fire. Wren was tired, and Jonas Wren lit his pipe while the "
    "rain beat on the window. Wren smiled at the landlady.\n\n"
    "“It is done,” said Wren.\n"
)


def test_the_full_name_used_about_as_often_as_the_surname_is_the_name() -> None:
    person = people_of(WREN).resolve("Wren")
    assert person is not None and person.name == "Jonas Wren"
    claims = [c for c in extract_claims(WREN) if c.kind in ("quotation", "oral")]
    assert [c.speaker for c in claims] == ["Jonas Wren"]


def test_a_full_name_used_rarely_leaves_the_surname() -> None:
    text = (
        "Jonas Wren sat down. Wren was tired. Wren lit his pipe. Wren looked at the fire, and "
        "Wren smiled at the landlady.\n\n“It is done,” said Wren.\n"
    )
    person = people_of(text).resolve("Wren")
    assert person is not None and person.name == "Wren"


def test_a_title_is_not_added_to_the_name() -> None:
    text = "Mr. Haase came in. Haase sat down, and Haase was silent.\n"
    person = people_of(text).resolve("Haase")
    assert person is not None and person.name == "Haase"

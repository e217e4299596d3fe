"""A description's age against the title of the person it might be: "the child" is no Mr.
or Mrs., "the old gentleman" no Master. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.descriptions import age_conflict

GARDEN = (
    "CHAPTER I\n\n"
    "A small pale child was weeding the bed by the gate when the gig stopped.\n\n"
    "“Is anybody at home?” said a voice from the road.\n\n"
    "“Nobody, sir,” replied the child.\n\n"
    "“Then I shall wait,” said the voice.\n\n"
    "“Yes, sir,” said the child.\n\n"
    "The visitor got down; it was the new curate, and he sat on the bench.\n\n"
    "“A fine evening,” said Mr. Gale, when the bell had rung.\n\n"
    "CHAPTER II\n\n"
    "The rain came down all night.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_claims(text)}


def test_the_child_is_not_the_mr_the_chapter_names_later() -> None:
    speakers = _speakers(GARDEN)
    assert speakers["Nobody, sir"] == "the child"
    assert speakers["Yes, sir"] == "the child"


def test_a_description_s_age_against_a_title() -> None:
    assert age_conflict("the child", "Mr. Gale")
    assert age_conflict("the old man", "Master Tom Pipe")
    assert not age_conflict("the child", "Tom")
    assert not age_conflict("the old man", "Mr. Gale")
    assert not age_conflict("the young man", "Mr. Gale")

"""A description the text itself equates with a person: a described speaker who names
themselves is that person for the whole chapter. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim

COURT = (
    "CHAPTER XI\n\n"
    "The magistrate looked up from his paper with a scowl.\n\n"
    "“Who are you?” said Mr. Fang.\n\n"
    "“Sir,” said the old gentleman, “I was robbed this morning.”\n\n"
    "“Who are you?” repeated Mr. Fang.\n\n"
    "“My name, sir,” said the old gentleman, “my name, sir, is Hallam.”\n\n"
    "“Sit down,” said Mr. Fang.\n\n"
    "“I will stand,” replied the old gentleman.\n\n"
    "CHAPTER XII\n\n"
    "Mr. Hallam went home. He was tired, and he sat by the fire with his book.\n"
)


def by_quote(text: str) -> dict[str, Claim]:
    return {c.quote: c for c in extract(text).claims if c.kind in ("quotation", "oral")}


def test_a_described_speaker_who_names_himself_is_that_person_for_the_chapter() -> None:
    claims = by_quote(COURT)
    assert claims["I will stand"].speaker == "Mr. Hallam"  # after he named himself
    assert claims["I was robbed this morning."].speaker == "Mr. Hallam"  # and before
    assert "old gentleman = Mr. Hallam" in " ".join((claims["I will stand"].notes or "").split())

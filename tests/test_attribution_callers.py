"""Kin callers (extract/callers.py): a turn that calls "papa" is spoken by the one who calls
that person so in the other turns. Every passage is written for these tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.models import Claim


def by_quote(claims: list[Claim], start: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(start))


def _text(third: str) -> str:
    return (
        "Margaret Hale sat with her father, Mr. Hale, and their old friend Mr. Bell in the "
        "study. Mr. Bell had come from Oxford; Mr. Hale was glad of him.\n\n"
        "“You look tired, papa,” said Margaret.\n\n"
        "“I am a little tired, my dear,” said Mr. Hale.\n\n"
        "“Then rest, papa, and let Mr. Bell talk,” said Margaret.\n\n"
        "Mr. Hale smiled at his friend and took up his pipe.\n\n"
        "“Will you not have some tea, papa?” said Margaret.\n\n"
        "They sat a while. The fire burned low and the clock struck nine.\n\n"
        "“The college is much changed since your time,” said Mr. Bell.\n\n"
        "“I dare say it is; I have not seen it these twenty years,” said Mr. Hale.\n\n"
        f"“{third}”\n\n"
        "“You shall go with him one day, Margaret,” said Mr. Hale."
    )


def test_a_turn_that_calls_papa_is_the_one_who_calls_him_so() -> None:
    claims = extract_claims(_text("Then you must go back with Mr. Bell, papa, and see it."))
    turn = by_quote(claims, "Then you must go back")
    assert turn.speaker == "Margaret"  # not Mr. Bell, two turns before: a third speaker
    assert "kin caller" in (turn.notes or "")


def test_a_turn_without_the_kin_word_keeps_the_alternation() -> None:
    claims = extract_claims(_text("Then you must come back with me, and see it."))
    assert by_quote(claims, "Then you must come back").speaker == "Mr. Bell"

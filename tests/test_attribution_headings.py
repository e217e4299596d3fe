"""Small rules of the attribution step, each on a passage written for the test: a chapter
heading is never a speaker."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.models import Claim


def speakers(text: str) -> dict[str, str | None]:
    claims: list[Claim] = extract_claims(text)
    return {c.quote: c.speaker for c in claims if c.kind in ("quotation", "oral")}


def test_a_chapter_heading_is_no_speaker() -> None:
    for heading in ("CHAPTER XVI", "Chapter 16", "BOOK II", "XVI."):
        text = (
            "Anne Elliot walked home with her sister Mary; they spoke of the weather.\n\n"
            f"{heading}\n\n"
            '"The rain will not stop before night, I fear."\n'
        )
        said = speakers(text)["The rain will not stop before night, I fear."]
        words = (said or "").lower()
        assert not any(w in words for w in ("chapter", "book", "xvi")), (heading, said)

"""Small rules of the attribution step, each on a passage written for the test: a chapter
heading is never a speaker, a name never runs across a paragraph break, a quotation that is
only a name makes nobody answer, lead-ins with a manner phrase after the verb."""

from __future__ import annotations

import pytest

from sourcecheck.extract.attribution import NameEvidence, mentions
from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.sieves import cue_before
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


def test_a_name_never_runs_across_a_paragraph_break() -> None:
    # The chapter's title ends "of the Case": "Case Miss Morstan" would be one name governed
    # by "of", and "she" would find no woman named before it.
    text = (
        "Chapter II\nThe Statement of the Case\n\n"
        "Miss Morstan entered the room with a firm step. Sherlock Holmes placed a chair for "
        "her, and she sat down.\n\n"
        '"I have come to you, Mr. Holmes," she said, "because my father has disappeared."\n'
    )
    assert speakers(text)["because my father has disappeared."] == "Miss Morstan"


def test_a_mention_never_runs_across_a_paragraph_break() -> None:
    text = "The Statement of the Case\n\nMiss Morstan entered the room."
    names = [m.text for m in mentions(text, 0, len(text), NameEvidence(text)) if m.kind == "name"]
    assert "Miss Morstan" in names and not any("Case" in n and "Morstan" in n for n in names)


def test_a_quotation_only_a_name_makes_nobody_answer() -> None:
    # '"Fagin," cried the girl': a cry at the name; Fagin is not there to answer.
    text = (
        "Fagin sat by the fire. Fagin counted his money, and Fagin smiled at it. Later that "
        "week the girl met an old gentleman on the bridge.\n\n"
        '"You must deliver up the Jew," said the gentleman.\n\n'
        '"Fagin," cried the girl, recoiling.\n\n'
        '"That man must be delivered up by you," said the gentleman.\n'
    )
    assert speakers(text)["That man must be delivered up by you"] != "Fagin"


@pytest.mark.parametrize(
    ("leadin", "words"),
    [
        # an opening phrase, no comma, before the subject: "he" is who began
        ("After a silence of some minutes he walked to the window, and thus began,", "he"),
        # a manner phrase after "said in reply,": "smile" is a noun there, no verb of saying
        ("Unwilling to quarrel, she only said in reply, with a good-humoured smile,", "she"),
    ],
)
def test_a_leadin_with_a_manner_phrase_names_its_speaker(leadin: str, words: str) -> None:
    text = f'{leadin}\n\n"'
    cue = cue_before(text, 0, len(text) - 1)
    assert cue is not None and cue.words == words

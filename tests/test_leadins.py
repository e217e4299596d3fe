"""Lead-ins whose verb of saying has its subject out of the usual place (issue 12, explicit
names): each passage, written for the test, names the speaker in a way the clause's first
pronoun or noun gets wrong."""

from __future__ import annotations

import pytest

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.leadins import cue_in_leadin
from sourcecheck.models import Claim


def speaker_of(text: str, quote_start: str) -> tuple[str | None, str]:
    """The speaker of the quotation opening with ``quote_start``, and its notes."""
    claims: list[Claim] = extract_claims(text)
    claim = next(c for c in claims if c.quote.startswith(quote_start))
    return claim.speaker, claim.notes or ""


OPENING = "Anne Elliot and Mary Musgrove sat by the fire. Anne was reading; Mary sewed.\n\n"


@pytest.mark.parametrize(
    ("leadin", "speaker"),
    [
        # the person heard saying, not the one who hears
        ("Anne heard Mary say to Captain Wentworth in a low voice,", "Mary"),
        (
            "Then Anne heard Captain Wentworth next say, with a glance at Mary,",
            "Captain Wentworth",
        ),
        # a relative clause: "who" is the name before it
        ("Anne was met at the door by Mary, who, running to her, cried in a whisper,", "Mary"),
        (
            "Anne opened the door and met Mary in the hall, who, quite out of breath, cried out,",
            "Mary",
        ),
        # a participle phrase between the name and its verb
        ("When they were alone, Mary taking up the letter, said,", "Mary"),
        # a passive verb of saying: its agent speaks
        (
            "Anne was thinking of nothing at all, when thus accosted by Captain Wentworth,",
            "Captain Wentworth",
        ),
        # "for X to ... say": the infinitive's subject
        (
            "There was at last an opportunity for Captain Wentworth to come near Anne and say,",
            "Captain Wentworth",
        ),
        # the owner of the first of two gerunds
        ("Anne never left the room without Mary's giving a deep sigh, and saying,", "Mary"),
        # a chain of auxiliaries after the name
        ("But Anne laughed so much at the thought, that Mary could not help saying,", "Mary"),
    ],
)
def test_the_speaker_of_a_leadin(leadin: str, speaker: str) -> None:
    text = OPENING + leadin + ' "I have something to tell you, and it will not wait."\n'
    said, notes = speaker_of(text, "I have something to tell you")
    assert said == speaker and "before the quote" in notes, notes  # read, not guessed


def test_a_plain_leadin_is_left_to_the_sieves() -> None:
    # No structure of the module: the ordinary reading ("Mary said") decides.
    t = "After dinner Mary said, “"
    assert cue_in_leadin(t, 0, len(t) - 1) is None
    t = "She was met at the door by Mary, and she cried, “"
    assert cue_in_leadin(t, 0, len(t) - 1) is None


def test_a_name_after_an_epithet_and_a_rarer_verb_of_saying() -> None:
    # "inquired poor Oliver": "poor" is no description, the name follows; "blubbered" is a
    # verb of saying like "sobbed".
    text = (
        "Mr. Bumble took Oliver by the hand, and Mrs. Mann stood at the gate.\n\n"
        '"Will she go with me?" inquired poor Oliver.\n\n'
        '"No, she can\'t," replied Mr. Bumble.\n\n'
        "Noah lay on the floor, and Oliver stood over him.\n\n"
        '"He\'ll murder me!" blubbered Noah. "Help! help!"\n'
    )
    said, notes = speaker_of(text, "Will she go with me?")
    assert said == "Oliver" and "beside the quote" in notes, notes
    said, notes = speaker_of(text, "He'll murder me!")
    assert said == "Noah" and "beside the quote" in notes, notes

"""Attribution on journalistic text in the manner of Reed's *Ten Days*: newspapers,
proclamations, speakers at a meeting, a crowd, a conversation of two that a third man
interrupts. The passages are written for the tests (tests/fixtures/meeting.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.extract.claims import extract
from sourcecheck.extract.descriptions import is_group
from sourcecheck.extract.sieves import cue_after, cue_before
from sourcecheck.extract.sources import named_title
from sourcecheck.models import Claim, Source

MEETING = (Path(__file__).parent / "fixtures" / "meeting.txt").read_text(encoding="utf-8")
PAPERS = [
    Source(id="the-times", title="The Times", kind="newspaper"),
    Source(id="izvestia", title="Izvestia", kind="newspaper"),
    Source(id="lenin-speeches", title="Collected Speeches", author="Vladimir Lenin"),
]


def quoted(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind in ("quotation", "oral")]


def confidence(claim: Claim) -> float:
    notes = claim.notes or ""
    return float(notes.split("speaker confidence ")[1].split()[0])


def test_a_newspaper_in_a_description_is_its_source_not_its_speaker() -> None:
    text = (
        "The correspondent of the Times wrote: “The Bolsheviki cannot hold the capital for "
        "more than a week, and the whole city knows it.”"
    )
    claim = extract(text, sources=PAPERS).claims[0]
    assert (claim.speaker, claim.kind) == ("the correspondent of the Times", "quotation")
    assert claim.source_id == "the-times" and "title 'The Times' named" in (claim.notes or "")
    alone = extract(text).claims[0]  # no database: still the description, never "Times"
    assert alone.speaker == "the correspondent of the Times" and alone.kind == "quotation"


def test_a_newspaper_printing_words_is_the_source() -> None:
    text = "That morning Izvestia printed: “All workers and soldiers must keep calm tonight.”"
    claim = extract(text, sources=PAPERS).claims[0]
    assert (claim.speaker, claim.kind, claim.source_id) == ("Izvestia", "quotation", "izvestia")


@pytest.mark.parametrize(
    ("context", "title", "named"),
    [
        ("The correspondent of the Times wrote:", "The Times", True),
        ("He read it in the times of trouble:", "The Times", False),  # not capitalized
        ("Izvestia printed:", "Izvestia", True),
        ("Izvestiya printed:", "Izvestia", False),
        ("He wrote in his notes:", "notes", False),  # a title that is a common word
    ],
)
def test_a_title_is_named_only_whole_and_capitalized(context: str, title: str, named: bool) -> None:
    assert named_title(Source(id="s", title=title), context) is named


def test_a_description_before_a_colon_is_as_sure_as_with_said() -> None:
    text = (
        "In the corridor the secretary wrote: “The committee will sit tonight in Room Ten and "
        "every delegate must attend.”\n\nThen a soldier said: “We will not go to the front "
        "again while the landlords keep the land.”\n\nThe chairman said: “The session is "
        "closed until the morning, comrades, and nobody may leave.”"
    )
    secretary, soldier, chairman = quoted(extract(text).claims)
    assert (secretary.speaker, soldier.speaker, chairman.speaker) == (
        "the secretary", "a soldier", "the chairman",
    )  # fmt: skip
    assert confidence(secretary) == confidence(soldier) == confidence(chairman) == 0.85


def test_said_he_is_the_other_man_of_the_conversation() -> None:
    """A third man named in the narration between the turns does not take "said he"."""
    text = (
        "I found Antonov by the window with Kamenev. Antonov had not slept for three nights "
        "and he could hardly stand.\n\n“Where are the guns?” asked Kamenev.\n\n“At the Finland "
        "Station, all of them,” said Antonov.\n\nJust then Podvoisky came in from the "
        "corridor and sat down heavily by the door. Podvoisky had been at the front since "
        "morning, and he looked at nobody.\n\n“Then they must be brought here before "
        "morning,” said Kamenev.\n\n“It cannot be done tonight,” said he."
    )
    claims = quoted(extract(text).claims)
    assert [c.speaker for c in claims] == ["Kamenev", "Antonov", "Kamenev", "Antonov"]
    assert [c.kind for c in claims] == ["oral"] * 4  # the narration does not end the talk
    assert "(he = Antonov)" in (claims[-1].notes or "")


def test_said_he_still_goes_to_a_man_named_after_the_turn_it_answers() -> None:
    """The newcomer named between the answered turn and "said he" is the speaker."""
    text = (
        "Antonov stood by the window with Kamenev.\n\n“Where are the guns?” asked Kamenev."
        "\n\n“At the Finland Station,” said Antonov.\n\n“Then bring them here,” said Kamenev."
        " Podvoisky came in at that moment, and Podvoisky heard him; he shook his head."
        "\n\n“It cannot be done tonight,” said he."
    )
    assert quoted(extract(text).claims)[-1].speaker == "Podvoisky"


@pytest.mark.parametrize(
    ("leadin", "words"),
    [
        ("That morning Izvestia printed: “", "Izvestia"),  # a time, not a description
        ("The soldier waited, and then went on: “", "The soldier"),
        ("The correspondent of the Times wrote: “", "The correspondent of the Times"),
        ("In the corridor the secretary of the Congress wrote: “", "the secretary of the Congress"),
    ],
)
def test_lead_ins_of_a_newspaper_report(leadin: str, words: str) -> None:
    cue = cue_before(leadin, 0, len(leadin) - 1)
    assert cue is not None and cue.words == words


def test_somebody_is_a_speaker_as_written() -> None:
    clause = "” somebody asked from the gallery."
    cue = cue_after(clause, 1, len(clause))
    assert cue is not None and (cue.words, cue.kind) == ("somebody", "description")


@pytest.mark.parametrize(
    ("words", "group"),
    [
        ("the crowd", True),
        ("the sailors by the door", True),
        ("a voice from the crowd", False),
        ("the princess", False),
        ("the soldier", False),
        ("his companions", True),
    ],
)
def test_groups(words: str, group: bool) -> None:
    assert is_group(words) is group


EXPECTED = [  # (first words, speaker, kind, source)
    ("I come from the trenches", "a soldier", "oral", None),
    ("Lies! Provocation!", "a voice from the crowd", "oral", None),
    ("Let him speak!", "the sailors", "oral", None),
    ("We sent our delegates", "the soldier", "oral", None),
    ("The Central Executive Committee", "Izvestia", "quotation", "izvestia"),
    ("The Bolsheviki cannot hold", "the correspondent of the Times", "quotation", "the-times"),
    ("The Provisional Government is deposed", "the Military Revolutionary Committee",
     "quotation", "unidentified-the-military-revolutionary-committee"),
    ("We shall now proceed", "Vladimir Lenin", "quotation", "lenin-speeches"),
    ("Will the peasants have the land?", "somebody", "oral", None),
    ("Da! Da!", "the crowd", "oral", None),
    ("The session adjourned", "the secretary of the Congress", "quotation",
     "unidentified-the-secretary-of-the"),
    ("Where are the guns?", "Kamenev", "oral", None),
    ("At the Finland Station", "Antonov", "oral", None),
    ("Then they must be brought", "Kamenev", "oral", None),
    ("It cannot be done tonight", "Antonov", "oral", None),
]  # fmt: skip


def test_a_meeting_in_the_manner_of_reed_every_quotation() -> None:
    claims = quoted(extract(MEETING, sources=PAPERS).claims)
    got = [(c.quote, c.speaker, c.kind, c.source_id) for c in claims]
    assert len(got) == len(EXPECTED)
    for (quote, speaker, kind, source), (start, *want) in zip(got, EXPECTED, strict=True):
        assert quote.startswith(start)
        assert [speaker, kind, source] == want, quote
    # Every speaker named, or described before a colon, is shown above the conversation's
    # guesses. An anonymous voice after the words ("shouted a voice from the crowd",
    # "somebody asked") and a pronoun whose referent is itself a description ("he cried", he
    # = a soldier) are shown as low as such speakers are right on the novels: in a novel
    # they are mostly a character named some other way.
    anonymous = {"a voice from the crowd", "somebody"}
    sure = {c.speaker: confidence(c) for c in claims}
    assert min(v for k, v in sure.items() if k not in anonymous | {"a soldier"}) >= 0.5
    assert max(sure[k] for k in anonymous) < 0.4 and sure["a soldier"] < 0.6

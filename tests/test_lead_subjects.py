"""The subject of the verb of saying that ends a lead-in, where the mention nearest the verb is
not it: a name a preposition or a participle governs, the antecedent of a relative clause, a
relation acting as its clause's subject; and the relation resolved through its owner. Passages
written for the tests."""

from __future__ import annotations

import pytest
from builders import claim_of, speaker_of

from sourcecheck.extract.attribution import NameEvidence, clause_agent
from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.leadins import cue_in_leadin
from sourcecheck.extract.sieves import cue_before


def _cue_words(leadin: str) -> str | None:
    """The speaker's words as attribution reads a lead-in (the structures of
    :mod:`~sourcecheck.extract.leadins` first)."""
    cue = cue_in_leadin(leadin, 0, len(leadin)) or cue_before(leadin, 0, len(leadin))
    return cue.words if cue is not None else None


@pytest.mark.parametrize(
    ("leadin", "words"),
    [
        # said to the one named after "turning to": the subject is before it
        ("He laid the letter on the table, and turning to Clara, said,", "He"),
        (
            "The old sailor limped across the quay; and, walking up to Tobias, said,",
            "The old sailor",
        ),
        # the verb is a relative clause's: its subject is the phrase "who" follows
        ("At the gate they were stopped by the porter, who said,", "the porter"),
        (
            "They waited at the foot of the stairs for the housekeeper: who, wiping her "
            "hands, said,",
            "the housekeeper",
        ),
        ("He met Clara in the garden walk, who, quite out of breath, cried out,", "Clara"),
        (
            "Her hand was taken by Mr. Penrose, who, after a look at the clock and a cough, said,",
            "Mr. Penrose",
        ),
        # a relation acting as the subject, not the "he" of the clause before or after it
        (
            "Robert stood up as stiffly as he could, and his father lent his support by "
            "calling out,",
            "his father",
        ),
        ("Her husband gave her a nod; and, while she was folding the map, added,", "Her husband"),
        ("The sailor drew himself up to his full height, and said,", "The sailor"),
        ("His niece, too shy to look at the guests, rose at once, saying,", "His niece"),
    ],
)
def test_the_subject_of_a_leadin_verb(leadin: str, words: str) -> None:
    assert _cue_words(leadin) == words


def test_a_description_in_a_manner_phrase_is_no_subject() -> None:
    # "in a low manner said": a preposition's object, the subject is the pronoun before
    assert _cue_words("He waited a moment; and in a low and hurried manner said,") == "He"


def test_a_relative_clause_that_ended_before_a_new_subject_is_not_the_verbs() -> None:
    leadin = (
        "Clara, who was not so quick as Tobias, fell behind, while her sister, out of breath, "
        "reached the gate and cried out,"
    )
    # "who" belongs to Clara's clause; "while her sister" opens the one the verb ends
    assert _cue_words(leadin) == "her sister"


def test_an_object_or_reflexive_pronoun_is_never_an_attribution_clauses_agent() -> None:
    text = "The sailor drew himself up with great dignity and announced"
    agent = clause_agent(text, 0, len(text), NameEvidence(text))
    assert agent is None or agent.mention.text.lower() not in ("himself", "his", "him")


WIFE = (
    "Mr. Hale, whose family had once been the Lathams of Kent, kept the mill. Mrs. Latham, "
    "his aunt, lived in the town, and Mrs. Hale and Mrs. Latham often walked together.\n\n"
    "“The river is high,” said Mrs. Hale.\n\n"
    "“Too high for the wheel,” said Mr. Hale.\n\n"
    "At this moment Mr. Hale went out to look at the sluice. His wife watched him from the "
    "window; and, while he was crossing the yard, added, “He will not listen to me.”"
)


def test_his_wife_in_a_leadin_is_the_wife_of_the_man_the_narration_names() -> None:
    # The cue is "His wife" (not "he" of the subordinate clause); Mr. Hale's wife is Mrs.
    # Hale, though the text gives him a second family name (Latham).
    assert speaker_of(extract_claims(WIFE), "He will not listen") == "Mrs. Hale"


def test_turning_to_someone_does_not_make_them_the_speaker() -> None:
    text = (
        "Tobias Ward and Clara Ward sat by the fire.\n\n"
        "“It is late,” said Clara.\n\n"
        "Tobias put down his pipe, and turning to Clara, said, “Then we should go.”"
    )
    assert speaker_of(extract_claims(text), "Then we should go") == "Tobias Ward"


def test_the_one_who_speaks_in_a_relative_clause_is_its_antecedent() -> None:
    text = (
        "Clara Ward waited in the hall with her brother Tobias Ward.\n\n"
        "Her coat was taken by Mr. Penrose, who, bowing very low, said, “You are expected.”"
    )
    assert speaker_of(extract_claims(text), "You are expected") == "Mr. Penrose"


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        # the clause of time after the verb names someone else: not the speaker
        (
            "Clara read the note twice, and then handing it to Mr. Hale, sat back, smiling, "
            "and saying to herself, while Mrs. Penrose was frowning over the paper, ",
            "Clara",
        ),
        (
            "Mr. Hale would not wait for an answer, but hurrying to the study, called out as "
            "Tobias Ward opened the door, ",
            "Mr. Hale",
        ),
    ],
)
def test_a_clause_of_time_after_the_verb_is_not_the_leadins_end(
    narration: str, speaker: str
) -> None:
    text = (
        "Mr. Hale and Mrs. Penrose and Clara Ward sat at breakfast with Tobias Ward.\n\n"
        "“There is a letter for you,” said Mrs. Penrose.\n\n"
        f"{narration}“So he has written at last, and not a word of the money.”"
    )
    claim = claim_of(extract_claims(text), "So he has written")
    # the verb of saying names the speaker (not a guess from the names around it)
    assert claim.speaker == speaker and "(the verb" in (claim.notes or "")


ROLE = (
    "Tobias Ward met Clara Ward at the inn, where Mr. Penrose kept the bar. Mr. Penrose "
    "had served them a week before.\n\n"
    "“Have you brought the keys?” asked Clara.\n\n"
    "“I have them here,” replied Tobias.\n\n"
    "“And the lantern?” inquired Clara, buttoning her coat.\n\n"
    "“All ready,” rejoined her companion.\n\n"
)


def test_her_companion_is_the_one_her_turn_answered() -> None:
    # "her companion" answers Clara, who answered Tobias: the conversation's other participant
    claim = claim_of(extract_claims(ROLE), "All ready")
    assert claim.speaker == "Tobias" and "the other of the conversation" in (claim.notes or "")


def test_a_role_after_narration_is_not_read_from_the_turns_before_it() -> None:
    text = ROLE.replace(
        "“And the lantern?”",
        "Tobias went out to the yard, and the door was shut behind him.\n\n“And the lantern?”",
    )
    claim = claim_of(extract_claims(text), "All ready")
    assert "the other of the conversation" not in (claim.notes or "")

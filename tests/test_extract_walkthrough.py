"""Walls a new user's walkthrough of ``extract`` hit (issue 12), each on a passage written for
the test: a bare surname the narration goes on calling "he", an organisation taken for "he",
the turns of one dialogue given different kinds."""

from __future__ import annotations

import pytest

from sourcecheck.extract.claims import extract


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "General Hoffmann kam am Morgen in das Zimmer und legte die Karte auf den Tisch.\n\n"
            "Kühlmann schwieg lange. Dann meinte er: „Dreißigtausend Mann stehen bereit.“\n",
            "Kühlmann",
        ),
        (
            "General Hoffmann came into the room in the morning and laid the map on the table."
            "\n\nKühlmann was silent for a long time. Then he said: “Thirty thousand men are "
            "ready.”\n",
            "Kühlmann",
        ),
        (
            "General Hoffmann came into the room in the morning and laid the map on the table."
            "\n\nSmith was silent for a long time. Then he said: “Thirty thousand men are "
            "ready.”\n",
            "Smith",
        ),
    ],
)
def test_a_surname_named_once_then_called_he_is_the_pronouns_referent(
    text: str, speaker: str
) -> None:
    (claim,) = extract(text).claims
    assert claim.speaker == speaker
    assert f"= {speaker})" in (claim.notes or "")


def test_an_organisation_is_never_he() -> None:
    text = (
        "The Central Executive Committee met in January, and the Central Executive Committee "
        "approved our policy.\n\n"
        "Later I tried to persuade one of the representatives from the front on the Central "
        "Executive Committee to give a speech. “Impossible,” he replied, “absolutely "
        "impossible. We could never go back to the trenches.”\n"
    )
    speakers = {c.speaker for c in extract(text).claims if c.kind in ("oral", "quotation")}
    assert speakers == {
        "one of the representatives from the front on the Central Executive Committee"
    }


DIALOGUE = (
    "Anna put on her coat and went out to the station with Peter. He carried her bag.\n\n"
    "“The last train has gone,” said Peter.\n\n"
    "“Then I shall walk,” she said.\n\n"
    "“In this rain?” he asked.\n\n"
    "“Yes,” said Anna, “in this rain.”\n"
)


def test_the_turns_of_one_dialogue_are_all_spoken_words() -> None:
    out = extract(DIALOGUE)
    assert [(c.speaker, c.kind, c.source_id) for c in out.claims] == [
        ("Peter", "oral", None),
        ("Anna", "oral", None),
        ("Peter", "oral", None),
        ("Anna", "oral", None),
    ]
    assert out.placeholders == []


def test_a_turn_after_a_short_beat_or_going_on_in_its_paragraph_is_in_the_dialogue() -> None:
    text = (
        "The doctor came down to the kitchen, where Anna and Thomas sat.\n\n"
        "“You are late this morning,” said Anna.\n\n"
        "“The roads are flooded,” the doctor said. “I could not get to the village.”\n\n"
        "Thomas looked up. “Thank you, sir, for coming at all.”\n\n"
        "“Then you must stay for breakfast,” she replied.\n"
    )
    out = extract(text)
    assert [c.kind for c in out.claims] == ["oral"] * 5  # "replied": one dialogue, spoken
    assert out.placeholders == []


def test_a_turn_naming_a_letter_keeps_its_kind() -> None:
    text = (
        "Anna and Peter sat by the fire in the evening.\n\n"
        "“I shall come on Monday,” Peter had written in his letter.\n\n"
        "“Then he will come,” she said.\n\n"
        "“Will he?” he asked.\n"
    )
    assert [c.kind for c in extract(text).claims] == ["quotation", "oral", "oral"]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ('"Yes," said the mother. "No," he replied.\n', "mother"),
        ("„Ja“, sagte die Mutter. „Nein“, antwortete er.\n", "Mutter"),
        ('"Yes," said the old gentleman. "No," she replied.\n', "gentleman"),
    ],
)
def test_a_pronoun_never_names_a_description_of_the_other_gender(text: str, described: str):
    claims = extract(text).claims
    assert len(claims) == 2
    assert described not in (claims[1].speaker or "")
    notes = claims[1].notes or ""
    assert f"= {described}" not in notes and "= the" not in notes

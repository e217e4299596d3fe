"""Descriptive speakers as the text writes them, cut at their noun ("a loud, hoarse voice",
"her mother soon afterwards" is "her mother"), and places that are no speakers ("at South
End", "inside the Vicarage"): each rule on a passage written for the test."""

from __future__ import annotations

from sourcecheck.extract.people import people_of
from sourcecheck.extract.sieves import cue_after, cue_before


def after(text: str) -> str | None:
    cue = cue_after(text, 1, len(text))
    return cue.words if cue else None


def test_adjectives_joined_by_a_comma_or_and_reach_their_noun() -> None:
    assert after("” cried a loud, hoarse voice, as soon as they came in.") == (
        "a loud, hoarse voice"
    )
    assert after("” called a thin and trembling voice.") == "a thin and trembling voice"
    assert after("” said a tall, grave gentleman.") == "a tall, grave gentleman"


def test_a_comma_after_the_noun_still_ends_the_description() -> None:
    assert after("” said the old gentleman, kindly.") == "the old gentleman"
    assert after("” cried a sharp, then fell silent.") == "a sharp"  # (no noun follows)


def test_adverbs_after_the_noun_are_no_part_of_it() -> None:
    assert after("” whispered a voice close to his ear.") == "a voice"
    assert after("” went on her aunt soon afterwards, smiling.") == "her aunt"
    assert after("” replied the doctor very gravely.") == "the doctor"
    assert after("” said the maid placing the tray on the table.") == "the maid"


def test_a_noun_after_a_person_noun_goes_on_the_description() -> None:
    assert after("” croaked a withered old female pauper.") == "a withered old female pauper"


def test_a_phrase_through_which_the_voice_came_stays_with_it() -> None:
    assert after("” said the voice through the door.") == "the voice through the door"


def test_a_relative_whose_or_a_verb_of_being_ends_the_description() -> None:
    assert after("” said the man whose duty it was to lock the gate.") == "the man"
    text = "Mr. Hale, as slow in all that\nwas doubtful, said, “"
    cue = cue_before(text, 0, len(text) - 1)
    assert cue is None or cue.words != "that\nwas doubtful"


_VILLAGE = (
    "Mrs. Price walked to the Rectory with Anne. Anne said she had been to Brighton Sands in "
    "June. “It was cold,” said Anne. They were going to Brighton Sands again; Mr. Price "
    "went to Brighton Sands every year. Inside the Rectory it was warm. “Sit down,” said "
    "Mrs. Price. At the Rectory nobody came. The Rectory was old, and the Rectory was damp. "
    "Brighton Sands was lovely, she thought."
)


def test_a_name_after_a_verb_of_going_and_to_is_a_place() -> None:
    assert people_of(_VILLAGE).resolve("Brighton Sands") is None
    assert people_of(_VILLAGE).resolve("Anne") is not None


def test_a_name_after_a_preposition_of_place_and_its_article_is_a_place() -> None:
    assert people_of(_VILLAGE).resolve("Rectory") is None


def test_looked_at_with_the_article_is_no_place() -> None:
    text = (
        "The Hatter sat down. “Tea?” said the Hatter. Alice looked at the Hatter, and the "
        "Hatter stared at the Hatter's cup. Alice threw a crumb at the Hatter. “No,” said "
        "the Hatter."
    )
    assert people_of(text).resolve("Hatter") is not None


def test_a_titled_surname_joins_the_one_full_name_with_it_used_more_in_all() -> None:
    # "Mr. Tulliver" (3 times) is more often printed than "Mr. Sam Tulliver" (once), but the
    # full name with its untitled forms ("Sam Tulliver", "Sam") is used more: one person.
    text = (
        "Mr. Sam Tulliver kept the mill. Sam Tulliver was a slow man; he smoked. Sam laughed, "
        "and he went out. Mr. Tulliver came back; he was wet. Sam Tulliver sat down, and he "
        "ate. Mr. Tulliver slept. Sam woke; he yawned. Mr. Tulliver went to the mill."
    )
    people = people_of(text)
    assert people.resolve("Mr. Tulliver") is people.resolve("Sam Tulliver")


def test_a_titled_surname_far_more_used_than_a_full_name_stays_apart() -> None:
    lines = " ".join(["Mr. Hale came in; he sat down."] * 12)
    text = (
        f"Mr. John Hale rode by. John Hale was the brother; he smiled. {lines} "
        "John Hale went home, and he slept."
    )
    people = people_of(text)
    assert people.resolve("Mr. Hale") is not people.resolve("John Hale")

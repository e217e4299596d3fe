"""A name that opens a sentence with its article ("The Invisible Man was silent") is the
person it names, for the pronouns after it. Passages written for the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.claims import extract_claims


def test_he_after_a_sentence_opened_by_the_and_a_name_is_that_person() -> None:
    text = (
        "Dr. Kemp sat by the fire, and the Invisible Man sat at the table. Kemp was tired. "
        "The Invisible Man had been talking for an hour, and the Invisible Man talked on.\n\n"
        "“Where did you get the money?” asked Kemp, abruptly.\n\n"
        "The Invisible Man was silent for a space. “I cannot tell you to-night,” he said."
    )
    # Kemp asked; the sentence before "he said" is about the Invisible Man.
    assert speaker_of(extract_claims(text), "I cannot tell") == "Invisible Man"

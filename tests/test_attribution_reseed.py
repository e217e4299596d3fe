"""A conversation's run re-read against its own evidence (extract/reseed.py): a run of turns
seeded by a wrong guess is corrected when its turns call by name the person they were given.
Passages written for the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.claims import extract_claims

SISTERS = (
    "Elizabeth Lane and Jane Grey sat by the fire with the letter.\n\n"
    "“Lydia is gone,” said Elizabeth.\n\n"
    "“Gone!” cried Jane.\n\n"
    "The fire burned low, and neither sister spoke for a while. Jane held the letter to the "
    "light. “Read it again, {called}; I cannot.”\n\n"
    "“It says that she went with him on Sunday.”\n\n"
    "“And was Denny convinced?”\n\n"
    "“He denied knowing anything.”\n\n"
)


def test_a_run_whose_turn_calls_its_own_speaker_is_reseeded() -> None:
    # "Jane held the letter" made Jane the guess of a turn that calls Jane: the turns after
    # it, filled A, B, A, B from that guess, all went to the wrong sister.
    claims = extract_claims(SISTERS.format(called="Jane"))
    assert speaker_of(claims, "Read it again") == "Elizabeth"
    assert speaker_of(claims, "It says that") == "Jane"
    assert speaker_of(claims, "And was Denny") == "Elizabeth"
    assert speaker_of(claims, "He denied") == "Jane"


def test_a_run_its_vocatives_confirm_is_kept() -> None:
    # The same run calling Elizabeth: the guess agrees with it and nothing changes.
    claims = extract_claims(SISTERS.format(called="Elizabeth"))
    assert speaker_of(claims, "Read it again") == "Jane"
    assert speaker_of(claims, "It says that") == "Elizabeth"
    assert speaker_of(claims, "He denied") == "Elizabeth"

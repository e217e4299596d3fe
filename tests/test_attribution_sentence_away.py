"""Attributions the quotation's own sentence does not hold: the narration's sentence before it
when it ended with a verb of saying ("She went on."), a lead-in naming the words with a noun
of saying ("and his next words were,") or ending with "with" ("He cut her short with,"); and
lead-ins the verb sieve now reads to their end ("said to her,", "said aloud,", "so kindly,
that he burst out,"). Passages written for the tests."""

from __future__ import annotations

from builders import claim_of

from sourcecheck.extract.claims import extract_claims

OPENING = (
    "Mr. Thomas Harley and Mrs. Agnes Soames sat by the window of the inn; he read, she"
    " sewed.\n\n"
    "“It is very cold,” said Mrs. Soames.\n\n"
    "“It is,” said Mr. Harley.\n\n"
)


def _said(tail: str, start: str) -> tuple[str | None, str]:
    claim = claim_of(extract_claims(OPENING + tail), start)
    return claim.speaker, claim.notes or ""


def test_a_sentence_that_ended_with_a_verb_of_saying_attributes_the_next_paragraph() -> None:
    speaker, notes = _said(
        "Mrs. Soames looked at the rain for a long time. She went on.\n\n“I never liked it.”",
        "I never",
    )
    assert speaker is not None and "Soames" in speaker
    assert "She went on" in notes


def test_the_sentence_before_in_the_quotations_own_paragraph() -> None:
    speaker, notes = _said(
        "Mrs. Soames was silent. At length she spoke again. “I never liked it.”", "I never"
    )
    assert speaker is not None and "Soames" in speaker
    assert "she spoke again" in notes


def test_a_phrase_of_manner_may_follow_the_verb_a_sentence_away() -> None:
    speaker, notes = _said(
        "Mr. Harley rose, taking his hat, and exclaimed, in a growling voice.\n\n"
        "“I shall go all the same.”",
        "I shall go",
    )
    assert speaker is not None and "Harley" in speaker
    assert "exclaimed" in notes


def test_a_gesture_or_a_reply_told_a_sentence_away_attributes_nothing() -> None:
    # "She smiled." is no words; "She replied in the affirmative." tells her reply: the next
    # quotation is as likely the other person's, and no verb sieve gives it to her
    for told in ("Mrs. Soames smiled.", "Mrs. Soames replied in the affirmative."):
        _, notes = _said(told + "\n\n“I shall go all the same.”", "I shall go")
        assert "next to it" not in notes, told


def test_the_clause_of_the_quotation_before_is_not_the_next_ones() -> None:
    # '“...?” Mrs. Soames asked.' ends her turn; the answer is not hers by that verb
    _, notes = _said("“Is the inn far?” Mrs. Soames asked.\n\n“Two miles.”", "Two miles")
    assert "asked" not in notes.split("speaker confidence")[0]


def test_a_noun_of_saying_names_its_owner() -> None:
    speaker, notes = _said(
        "He looked at the fire, and his next words were,\n\n“I shall go all the same.”",
        "I shall go",
    )
    assert speaker is not None and "Harley" in speaker
    assert "his next words were" in notes


def test_a_lead_in_ending_with_with_names_its_subject() -> None:
    speaker, notes = _said("Mrs. Soames cut him short with,\n\n“I am going out.”", "I am going")
    assert speaker is not None and "Soames" in speaker
    assert "cut him short with" in notes


def test_lead_ins_read_to_their_end() -> None:
    cases = [
        ("Then Mrs. Soames said very stiffly to him,", "Soames"),
        ("Mr. Harley waited, and soon said aloud,", "Harley"),
        ("He spoke so kindly, that she suddenly burst out,", "Soames"),
    ]
    for leadin, who in cases:
        claim = claim_of(extract_claims(OPENING + leadin + " “Well, I shall go.”"), "Well")
        assert f"{leadin}' before the quote" in (claim.notes or ""), leadin
        assert claim.speaker is not None and who in claim.speaker, leadin


def test_a_description_in_the_progressive_is_the_subject_of_its_verb() -> None:
    text = (
        "Mr. Harley and Mr. Crane sat by the fire of the inn.\n\n"
        "Mr. Crane had just joined them, and the landlady was exclaiming,\n\n"
        "“You have found the best seats, gentlemen!”"
    )
    claim = claim_of(extract_claims(text), "You have found")
    assert claim.speaker == "the landlady"

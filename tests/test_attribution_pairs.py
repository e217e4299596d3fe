"""Anaphoric attribution that reads the pair or the conversation: "the former" and "the
latter", and turns a weak pronoun reading seeds. Passages written for the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.claims import extract_claims

# -- "the former", "the latter": the first or the second of the two just named ----------------

ARRIVAL = (
    "Voices came up the stairs, and Mrs. Lane and Miss Crofton walked into the parlour.\n\n"
    "“My dear Captain,” said the latter, “we have come to carry you off to the fair.”\n\n"
    "“Then I surrender,” said Captain Hale."
)


def test_the_latter_is_the_second_of_the_two_persons_just_named() -> None:
    assert speaker_of(extract_claims(ARRIVAL), "we have come") == "Miss Crofton"


def test_the_former_is_the_first_of_the_two_persons_just_named() -> None:
    text = ARRIVAL.replace("said the latter", "said the former")
    assert speaker_of(extract_claims(text), "we have come") == "Mrs. Lane"


def test_the_former_as_the_subject_of_a_lead_in_is_the_speaker() -> None:
    text = (
        "At last Anne and Louisa were alone. After a long talk about the accident, which "
        "Anne thought serious, and Louisa could not believe dangerous; the former went on, "
        "by saying, “But tell me what the surgeon said.”\n\n"
        "“He said it was a bad fall,” said Louisa."
    )
    # Not Louisa, the last person named before the verb: "the former" is Anne.
    assert speaker_of(extract_claims(text), "But tell me") == "Anne"


def test_the_latter_gentleman_is_the_second_man_named() -> None:
    text = (
        "In the library sat Mr. Ward and his friend Mr. Pike, and Mrs. Ward stood by the "
        "window. The latter gentleman looked up, and said, “A beadle, I declare!”"
    )
    # The last two persons named are Mr. Pike and Mrs. Ward; "gentleman" says a man.
    assert speaker_of(extract_claims(text), "A beadle") == "Mr. Pike"


# -- "she" going on: her antecedent is a subject, not a participle's object --------------------


def test_past_a_clause_opening_with_she_a_participles_object_is_not_her() -> None:
    text = (
        "“I shall walk on,” said Mr. Dale.\n\n"
        "Mrs. Lane walked on beside him. Then a sudden wish of getting Miss Crofton into the "
        "house made her stop. She then dropped her glove, and bent down for it.\n\n"
        "“My glove has fallen,” said she, “and I must find it.”"
    )
    # "She then dropped" goes on about the one the wish made stop, not Miss Crofton, whom
    # the wish was of getting into the house: the last subject named, Mrs. Lane.
    assert speaker_of(extract_claims(text), "My glove") == "Mrs. Lane"


# -- the subject of a main clause after a fronted subordinate one ----------------------------


def test_a_relation_subject_after_a_fronted_clause_is_who_speaks() -> None:
    text = (
        "“We shall have the carriage at nine,” said Mrs. Lane.\n\n"
        "“Then I shall be ready,” said Miss Lane.\n\n"
        "Miss Lane soon went away, leaving Miss Vane in the hall. But before she had been three "
        "minutes in her own room, her mother followed her.\n\n"
        "“My dearest child,” she cried, “you must wear the blue gown.”"
    )
    # "she" comes first in the last sentence, but its subject is "her mother": Mrs. Lane,
    # not Miss Lane, the subject of the sentence before.
    assert speaker_of(extract_claims(text), "you must wear") == "Mrs. Lane"


def test_a_name_subject_after_a_fronted_clause_is_who_speaks() -> None:
    text = (
        "“We shall have the carriage at nine,” said Mrs. Lane.\n\n"
        "“Then I shall be ready,” said Miss Vane.\n\n"
        "Miss Vane soon went away. But before she had been three minutes in her own room, "
        "Mrs. Lane followed her.\n\n"
        "“My dearest child,” she cried, “you must wear the blue gown.”"
    )
    assert speaker_of(extract_claims(text), "you must wear") == "Mrs. Lane"

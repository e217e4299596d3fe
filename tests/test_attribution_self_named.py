"""A person described who names themselves ("What name am I to ask for?" / "“Hollis!”
rejoined the man"; "I am Hollis") is that description, and the chapter's stranger, for the
whole chapter; the words as written stay in the claim's notes. Passages written for the
tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.models import Claim

INN = (
    "CHAPTER I\n\n"
    "Mr. Pobble sat in the parlour of the inn. A tall stranger in a cloak came in and sat "
    "down at the next table.\n\n"
    "“Were you looking for me?” said the stranger.\n\n"
    "“Not that I am aware of,” replied Mr. Pobble.\n\n"
    "“I see you were not,” said the stranger.\n\n"
    "“I am a married man,” said Mr. Pobble.\n\n"
    "“Then you have a wife to keep,” said the stranger, and went out into the rain.\n\n"
    "Mr. Pobble followed him into the street.\n\n"
    "“What do you want?” cried the man, turning round.\n\n"
    "“Only to ask a question,” said Mr. Pobble. “What name am I to ask for?”\n\n"
    "“Hollis!” rejoined the man; and strode away.\n\n"
    "CHAPTER II\n\n"
    "“Come in!” said Hollis, opening a small door. “You are late.”\n\n"
    "“We were only cooling ourselves,” said Mr. Pobble."
)


def _claim(claims: list[Claim], start: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(start))


def test_who_answers_a_question_for_a_name_with_one_is_the_description_and_the_stranger() -> None:
    claims = extract_claims(INN)
    assert _claim(claims, "Hollis").speaker == "Hollis"
    assert _claim(claims, "What do you want").speaker == "Hollis"
    assert _claim(claims, "Were you looking").speaker == "Hollis"
    assert _claim(claims, "I see you were not").speaker == "Hollis"
    assert _claim(claims, "Not that I am").speaker == "Mr. Pobble"
    notes = _claim(claims, "I see you were not").notes or ""
    assert "the stranger" in notes and "names themselves" in notes  # the words as written


def test_a_name_that_answers_no_question_for_one_binds_nobody() -> None:
    text = INN.replace("What name am I to ask for?", "Where are you going?")
    claims = extract_claims(text)
    assert _claim(claims, "I see you were not").speaker == "the stranger"
    assert _claim(claims, "What do you want").speaker == "the man"


def test_the_name_holds_in_its_own_chapter_only() -> None:
    text = INN.replace("Mr. Pobble followed him into the street.", "CHAPTER IB\n\nLater.")
    claims = extract_claims(text)
    assert _claim(claims, "What do you want").speaker == "Hollis"
    assert _claim(claims, "I see you were not").speaker == "the stranger"


def test_i_am_x_said_by_a_description_names_it() -> None:
    text = (
        "CHAPTER I\n\n"
        "Mrs. Dunn was alone in the bar when a visitor knocked. Mr. Keel, the curate, called "
        "later.\n\n"
        "“Good evening,” said the visitor. “I want a room.”\n\n"
        "“We have one,” said Mrs. Dunn.\n\n"
        "“I am Keel, of the college,” said the visitor.\n\n"
        "“Then welcome,” said Mrs. Dunn."
    )
    claims = extract_claims(text)
    assert _claim(claims, "Good evening").speaker == "Mr. Keel"
    assert "the visitor" in (_claim(claims, "Good evening").notes or "")


HEARD = (
    "CHAPTER I\n\n"
    "Mr. Pobble had reached the corner of his street when a dark figure glided up to him.\n\n"
    "“Pobble!” whispered a voice close to his ear.\n\n"
    "“Ah!” said Mr. Pobble, turning quickly round, “is that you?”\n\n"
    "“Yes!” interrupted the stranger. “I have waited here two hours.”\n\n"
    "“On your business, my dear,” replied Mr. Pobble.\n\n"
    "“Oh, of course!” said the stranger, with a sneer.\n\n"
    "“Nothing good,” said Mr. Pobble.\n\n"
    "“Nothing bad, I hope?” said the stranger, stopping short."
)


def test_a_voice_is_the_person_described_after_it_not_a_speaker_of_its_own() -> None:
    claims = extract_claims(HEARD)
    for start in ("Yes!", "Oh, of course", "Nothing bad"):
        assert _claim(claims, start).speaker == "the stranger", start
    assert _claim(claims, "Pobble!").speaker == "the stranger"
    assert "a voice" in (_claim(claims, "Pobble!").notes or "")
    assert _claim(claims, "Nothing good").speaker == "Mr. Pobble"


def test_a_voice_whose_quotations_give_two_persons_stays_a_voice() -> None:
    text = HEARD.replace("“Oh, of course!” said the stranger", "“Oh, of course!” said the boy")
    claims = extract_claims(text)
    assert _claim(claims, "Pobble!").speaker == "a voice"


def test_a_compound_noun_of_a_person_is_a_person_of_its_gender() -> None:
    # "the charity-boy" is a boy: "he" is the charity-boy, not Oliver named before.
    text = (
        "CHAPTER I\n\nOliver opened the shutters.\n\n"
        "The charity-boy put down his bread. “I kicked the door,” he said.\n\n"
        "“Did you want a coffin?” asked Oliver.\n"
    )
    assert _claim(extract_claims(text), "I kicked").speaker == "the charity-boy"


STREET = (
    "CHAPTER I\n\n"
    "“Will Hollis be here to-night?” asked Mr. Pobble.\n\n"
    "“Hollis, do you mean?” inquired the landlord. “Not he.”\n\n"
    "Mr. Pobble walked home. At the corner a tall figure crossed the road.\n\n"
    "“Yes!” said the stranger. “I have waited two hours.”\n\n"
    "“On your business,” replied Mr. Pobble.\n\n"
    "“Oh, of course!” said the stranger, with a sneer.\n\n"
    "They went into the house, and Mr. Pobble lit a candle.\n\n"
    "“Now tell me,” said Hollis, sitting down.\n\n"
    "“It was badly planned,” said Mr. Pobble."
)


def test_a_stranger_is_who_speaks_by_name_after_them_though_a_quotation_named_him_before() -> None:
    claims = extract_claims(STREET)
    assert _claim(claims, "Oh, of course").speaker == "Hollis"
    assert "the stranger" in (_claim(claims, "Oh, of course").notes or "")
    assert _claim(claims, "On your business").speaker == "Mr. Pobble"


def test_a_stranger_is_not_who_the_narration_named_before_them() -> None:
    text = STREET.replace("Mr. Pobble walked home.", "Mr. Pobble walked home past Hollis.")
    assert _claim(extract_claims(text), "Oh, of course").speaker == "the stranger"


STAIRS = (
    "CHAPTER I\n\n"
    "Mr. Pobble sat by the fire. Jenny came in; she sat down by the window.\n\n"
    "“Show him a light,” said Mr. Pobble.\n\n"
    "Jenny followed the old man downstairs, with a candle. When they reached the passage, he "
    "laid his finger on his lip, and drawing close to the girl, said, in a whisper.\n\n"
    "“What is it, Jenny, dear?”\n\n"
    "“What do you mean?” replied the girl, in the same tone.\n\n"
    "“The reason of all this,” replied Mr. Pobble.\n\n"
    "“Well?” said the girl.\n\n"
    "CHAPTER II\n\n"
    "“Good night,” said Jenny."
)


def test_a_description_the_turn_beside_it_calls_by_name_is_that_person() -> None:
    claims = extract_claims(STAIRS)
    assert _claim(claims, "What do you mean").speaker == "Jenny"
    assert "the girl" in (_claim(claims, "What do you mean").notes or "")
    assert _claim(claims, "Well?").speaker == "Jenny"


def test_a_name_called_of_another_gender_names_no_description() -> None:
    text = STAIRS.replace("Jenny", "Johnny").replace("she sat", "he sat")
    assert _claim(extract_claims(text), "What do you mean").speaker == "the girl"

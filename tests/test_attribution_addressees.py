"""The addressee of a quotation, as its narration says ("turning to Paul, he said", "asked
Mr. Hale of Mr. Ward"): never its speaker, and the one who answers it. Passages written for
the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.addressees import addressed, narrated_addressees
from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of


def test_the_man_turned_to_is_not_the_one_who_speaks() -> None:
    text = (
        "Mr. Hugh Dale stood by the fire with Mr. Paul Grey. Paul was silent. Hugh looked at "
        "the clock for a long while; and then, turning to Paul, he said, “It is late.”\n\n"
        "“So it is,” said Paul."
    )
    # The last clause names Paul first, but as the one spoken to: "he" is Hugh.
    assert speaker_of(extract_claims(text), "It is late") == "Mr. Hugh Dale"


def test_the_man_a_question_is_asked_of_is_the_one_who_replies() -> None:
    text = (
        "Mr. Tom Hale, Mr. John Ward and Mr. Ned Cole sat at the table. Ned poured the wine."
        "\n\n“Have you seen the house?” asked Mr. Hale, in a low voice, of Mr. Ward.\n\n"
        "“Yes,” he replied. “It is old.”\n\n"
        "“Is it?” said Ned to Mr. Ward.\n\n"
        "“Very old,” said he."
    )
    claims = extract_claims(text)
    # Ned was the last man named before the question; the question was put to Mr. Ward.
    assert speaker_of(claims, "Yes") == "Mr. Ward"
    # Ned speaks to Mr. Ward, and the one who answers is Mr. Ward, not Mr. Hale before.
    assert speaker_of(claims, "Very old") == "Mr. Ward"


def test_an_owner_or_a_name_inside_the_quotation_is_not_addressed() -> None:
    text = (
        "Mr. Tom Hale met Paul Grey and Mr. Ned Cole. He went to Paul's house, and said "
        "to Ned, “Look at Paul there.”"
    )
    start = text.index("He went")
    inside = text.index("“"), text.index("”")
    found = addressed(
        text, start, len(text), people_of(text), inside_quote=lambda at: inside[0] < at < inside[1]
    )
    assert found == {"Mr. Ned Cole"}


def test_to_a_name_is_an_addressee_only_beside_a_verb_of_saying_or_turning() -> None:
    def found(clause: str) -> set[str]:
        text = f"Mr. Tom Hale met Elizabeth Lane. Elizabeth smiled. {clause}"
        return addressed(text, text.index(clause), len(text), people_of(text))

    assert found("Then, walking up to Elizabeth, he said,") == {"Elizabeth"}
    assert found("He whispered that word to Elizabeth,") == {"Elizabeth"}
    assert found("The idea had once occurred to Elizabeth; he cried out,") == set()
    assert found("He went to Elizabeth and stood by the fire.") == set()


def test_a_name_called_in_the_second_piece_of_a_quotation_is_the_one_who_replies() -> None:
    text = (
        "Miss Caroline Bell, Mr. Charles Bell and Mr. Fitz Darcy sat in the library of the "
        "house. Mr. Darcy wrote a letter, and Charles read a book by the fire.\n\n"
        "“I am astonished,” said Miss Bell, “that my father left so few books. What a "
        "delightful library you have at home, Mr. Darcy!”\n\n"
        "“It ought to be good,” he replied, “it has been the work of many years.”"
    )
    # Charles is the man named last; the question's second piece calls Mr. Darcy.
    assert speaker_of(extract_claims(text), "it has been the work") == "Mr. Darcy"


def test_the_man_called_by_name_replies_whoever_spoke_two_turns_before() -> None:
    text = (
        "Miss Caroline Bell, Mr. Charles Bell and Mr. Fitz Darcy sat in the drawing-room. "
        "Mr. Darcy read, and Charles stood by the fire.\n\n"
        "“It shows an affection for her sister that is very pleasing,” said Charles.\n\n"
        "“I am afraid, Mr. Darcy,” observed Miss Bell, in a half whisper, “that this "
        "adventure has rather affected your admiration of her fine eyes.”\n\n"
        "“Not at all,” he replied; “they were brightened by the exercise.”"
    )
    # The alternation would give the turn to Charles, who spoke two turns before; the
    # question called Mr. Darcy by name, and "he replied" is his answer.
    assert speaker_of(extract_claims(text), "they were brightened") == "Mr. Darcy"


def test_one_reading_of_spoken_to_for_the_paragraph_and_the_narration_before_a_turn() -> None:
    def text(clause: str) -> str:
        return f"Mr. Tom Hale met Elizabeth Lane. Elizabeth smiled. {clause}"

    def paragraph(clause: str) -> set[str]:
        t = text(clause)
        return addressed(t, t.index(clause), len(t), people_of(t))

    # A verb's object is the one spoken to in a paragraph too, not only "to" and "of" ...
    assert paragraph("He asked Elizabeth whether the house was let.") == {"Elizabeth"}
    # ... and the narration before a turn reads "to" as the paragraph does.
    before = "Then, walking up to Elizabeth, he said,"
    assert narrated_addressees(before, people_of(text(before))) == {"Elizabeth"}
    # The speaker of an inverted attribution is nobody spoken to, nor a thought's subject.
    assert paragraph("“Is it let?” asked Elizabeth. He smiled.") == set()
    assert paragraph("This was a new idea to Elizabeth, and she thought it over.") == set()

"""Which capitalized words are names of persons (issue 12: "the people list and explicit
names"), each rule on a passage written for the test: words that open sentences after a dash,
an apostrophe or a heading, and words in capitals for emphasis, are no speakers."""

from __future__ import annotations

from sourcecheck.extract.attribution import NameEvidence
from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of
from sourcecheck.models import Claim


def speakers(text: str) -> dict[str, str | None]:
    claims: list[Claim] = extract_claims(text)
    return {c.quote: c.speaker for c in claims if c.kind in ("quotation", "oral")}


def test_a_word_after_a_dash_or_an_apostrophe_opens_a_sentence() -> None:
    # "--Upon my word", "'Upon my honour'": dashes and quotes open sentences as often as not,
    # so they are no evidence that "Upon" is a name written mid-sentence.
    text = (
        "Mr. Elton was gone.--Upon my word, the evening had been pleasant. "
        "Harriet had said, 'Upon my honour, he is charming.'\n\n"
        "Upon the whole, she was equally contented with her view of his feelings, and waited "
        "upon her father.\n\n"
        '"He is undoubtedly very much in love."\n'
    )
    assert "Upon" not in NameEvidence(text).mid_sentence
    assert speakers(text)["He is undoubtedly very much in love."] != "Upon"


def test_a_word_after_a_heading_in_capitals_opens_a_sentence() -> None:
    text = (
        "CHAPTER XVIII\n\nTime, however, would tell him in a short time that they ought to be "
        "friends again.\n\n"
        '"Well, my dear, and did you get there safely?"\n'
    )
    assert "Time" not in NameEvidence(text).mid_sentence
    assert speakers(text)["Well, my dear, and did you get there safely?"] != "Time"


def test_a_name_inside_a_sentence_is_still_one() -> None:
    text = "They walked on; Harriet was silent, and Emma said nothing."
    assert {"Harriet", "Emma"} <= NameEvidence(text).mid_sentence


def test_a_word_in_capitals_for_emphasis_is_no_speaker() -> None:
    # "FOR" is "for" written loud; it is not a person named before the cry.
    text = (
        "The crowd ran on for a mile. There is a passion FOR hunting something deeply implanted "
        'in the human breast, and the cry went up, "Stop thief! Stop thief!"\n'
    )
    assert (speakers(text)["Stop thief! Stop thief!"] or "").lower() != "for"


def test_a_titled_name_printed_once_a_letter_off_is_a_misprint() -> None:
    text = (
        "Mr. Brownlow sat by the fire. " * 12
        + "Mr. Browlow rose. Mr. Bolter came in, and Mr. Bolder went out."
    )
    people = people_of(text)
    person = people.resolve("Mr. Browlow")
    assert person is not None and person.name == "Mr. Brownlow"
    assert people.resolve("Mr. Bolter") is not people.resolve("Mr. Bolder")  # neither is common

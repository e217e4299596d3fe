"""Places are no people: a name ending with the noun of a street or a building, a name after
an adverb of going ("walked over to Camberwell"). Passages written for the tests."""

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of

STREETS = (
    "Mr. Pike crossed Wapping Bridge and went up Tanner Street. Wapping Bridge was crowded; "
    "Tanner Street was empty. He waited at the Corn Office, and the Corn Office closed. "
    "Later Mr. Pike saw Wapping Bridge again."
)
WALKS = (
    "Hopkins ran over to Brindley before noon, and Brindley was quiet. He walked back to "
    "Brindley in the evening, when the lamps of Brindley were lit. Later Hopkins said he "
    "would go again."
)


def test_a_name_ending_with_a_street_or_a_building_is_no_person() -> None:
    people = people_of(STREETS)
    assert people.resolve("Wapping Bridge") is None
    assert people.resolve("Tanner Street") is None
    assert people.resolve("Corn Office") is None
    assert people.resolve("Mr. Pike") is not None


def test_a_name_after_an_adverb_of_going_is_a_place() -> None:
    people = people_of(WALKS)
    assert people.resolve("Brindley") is None
    assert people.resolve("Hopkins") is not None


def test_a_place_is_not_the_he_of_an_attribution() -> None:
    text = (
        "Mr. Pike had walked over to Camberley in the morning. At Camberley the shops were "
        "shut. He walked back to Camberley after dinner. "
        "Camberley was dark.\n\n“It is late,” he said."
    )
    speakers = {c.quote: c.speaker for c in extract_claims(text)}
    assert speakers["It is late"] == "Mr. Pike"


def test_a_surname_that_is_also_a_lane_is_a_person() -> None:
    text = "Ruth Lane kept the books. “All square,” said Ruth Lane. She slept late. Ruth Lane woke."
    assert people_of(text).resolve("Ruth Lane") is not None

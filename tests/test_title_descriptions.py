"""A description made of a title's noun ("the doctor", "the major") names the person the
text calls by that title, not whoever else is present. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.extract.people import people_of
from sourcecheck.extract.titlenouns import TitleHolders
from sourcecheck.models import Claim

VISIT = (
    "CHAPTER I\n\n"
    "Mr. Pinchbeck, the surgeon of the village, was a stout man. Everybody knew Mr. "
    "Pinchbeck; the farmers called him Doctor Pinchbeck.\n\n"
    "CHAPTER II\n\n"
    "The bell rang at the cottage, and Hobbs the gardener opened the door.\n\n"
    "“Where is the patient?” cried the doctor, shaking the rain from his coat.\n\n"
    "“Upstairs, sir,” said Hobbs. “He has been very quiet.”\n\n"
    "Hobbs carried the lamp up the stairs, and the two men went in.\n\n"
    "“A bad fever,” said the doctor, bending over the bed.\n\n"
    "“Will he live?” asked Hobbs.\n\n"
    "“He will,” replied the doctor.\n"
)


def by_quote(text: str) -> dict[str, Claim]:
    return {c.quote: c for c in extract(text).claims if c.kind in ("quotation", "oral")}


def test_the_doctor_is_the_one_the_text_calls_doctor_not_the_man_present() -> None:
    claims = by_quote(VISIT)
    for quote in ("Where is the patient?", "A bad fever", "He will"):
        assert claims[quote].speaker == "Mr. Pinchbeck", quote
    assert "the doctor = Mr. Pinchbeck" in " ".join((claims["He will"].notes or "").split())


def test_a_doctor_the_text_never_names_stays_a_description() -> None:
    # the only Doctor of the text is named in a later chapter: "the doctor" here is another
    text = VISIT.replace("CHAPTER I\n\n", "CHAPTER III\n\n").split("CHAPTER II\n\n")
    claims = by_quote("CHAPTER II\n\n" + text[1] + "\n" + text[0])
    assert claims["He will"].speaker != "Mr. Pinchbeck"


def test_the_title_holder_is_the_one_of_a_shared_title_named_last() -> None:
    text = (
        "Colonel Brand and Colonel Ashby dined at the inn. Later Colonel Ashby rode home.\n\n"
        "Colonel Brand sat alone by the fire with his pipe.\n\n"
        "“Another glass,” said the colonel.\n"
    )
    people = people_of(text)
    holders = TitleHolders(text, people)
    assert sorted(p.name for p, _ in holders._holders["colonel"]) == [
        "Colonel Ashby",
        "Colonel Brand",
    ]
    assert by_quote(text)["Another glass"].speaker == "Colonel Brand"

"""Who is present in the scene when "he said" is resolved: a man named in a chapter before,
or merely thought of, or gone out of the room, is not the one who speaks; one who arrived,
spoke or was spoken to in this scene is. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of
from sourcecheck.extract.presence import present
from sourcecheck.extract.resolve import Referents
from sourcecheck.texts.paragraphs import paragraphs

QUIET = (
    "The roses were late that year, for the spring had been wet.\n\n"
    "The gardener said nothing of it to anybody.\n\n"
    "“I never saw a finer garden,” he said."
)

ARRIVED = (
    "CHAPTER I\n\n"
    "Mr. Barton walked with Mrs. Grey by the river, and Mr. Dunmore rode past them.\n\n"
    "“It is cold,” said Mr. Barton.\n\n"
    "CHAPTER II\n\n"
    "The next morning brought Mr. Dunmore to the cottage. He sat a long hour with Mrs. Grey, "
    "and she was glad of it.\n\n"
    "Mrs. Grey could not help comparing them. Mr. Barton had never been so attentive, and all "
    "the winter Mr. Barton had been cold to her.\n\n" + QUIET
)

LEFT = (
    "Mr. Dunmore and Mr. Barton came to the cottage and sat with Mrs. Grey.\n\n"
    "After an hour Mr. Barton left the room to fetch his hat.\n\n"
    "Mrs. Grey looked out of the window; she was tired.\n\n" + QUIET
)

CALLED = (
    "Mr. Dunmore had been a friend of the family for years.\n\n"
    "* * *\n\n"
    "Mrs. Grey sat in the garden; she had her book.\n\n"
    "“Good morning, Mr. Dunmore,” said Mrs. Grey.\n\n"
    "Mr. Barton had gone to London in the spring, and Mrs. Grey missed him.\n\n" + QUIET
)


def _speaker(text: str) -> str | None:
    claims = extract_claims(text)
    return next(c.speaker for c in claims if c.quote.startswith("I never saw"))


def _present(text: str, gender: str) -> set[str] | None:
    paras = paragraphs(text)
    quoted, start = [], text.find("“")
    while start != -1:
        end = text.index("”", start)
        quoted.append((start + 1, end))
        start = text.find("“", end)
    referents = Referents(text, people_of(text), quoted=quoted, paras=paras)
    return present(referents, text.index("“I never saw"), gender, [])


def test_a_new_chapter_starts_a_scene_the_man_who_arrived_in_it_speaks() -> None:
    # Mr. Barton is the last man named, but only thought of; Mr. Dunmore came in this chapter.
    assert _present(ARRIVED, "M") == {"Mr. Dunmore"}
    assert _speaker(ARRIVED) == "Mr. Dunmore"


def test_a_man_who_left_the_room_is_not_the_one_who_speaks() -> None:
    assert _present(LEFT, "M") == {"Mr. Dunmore"}
    assert _speaker(LEFT) == "Mr. Dunmore"
    # Without his leaving, the last man named is the referent, as before.
    stayed = LEFT.replace("left the room to fetch his hat", "looked for his hat")
    assert _speaker(stayed) == "Mr. Barton"


def test_the_one_a_quotation_addresses_after_a_section_break_is_present() -> None:
    # Mr. Dunmore is named only before the break, then called by name in this scene.
    assert _present(CALLED, "M") == {"Mr. Dunmore"}
    assert _speaker(CALLED) == "Mr. Dunmore"


def test_nobody_known_present_leaves_the_last_man_named() -> None:
    # Nobody speaks, arrives or is called in this scene: no restriction.
    text = CALLED.replace("“Good morning, Mr. Dunmore,” said Mrs. Grey.", "Mrs. Grey read on.")
    assert _present(text, "M") is None
    assert _speaker(text) == "Mr. Barton"

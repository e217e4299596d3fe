"""A plain description that is the scene's one tradesman ("the man" who drives the cart is
"the carter"). Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims

CART = (
    "CHAPTER I\n\n"
    "Tom sat on a milestone by the road. A cart came slowly up the hill.\n\n"
    "“Going far, my lad?” inquired the carter, pulling up his horse.\n\n"
    "“To the town, sir,” said Tom.\n\n"
    "Tom climbed up beside him, and they went on through the dust.\n\n"
    "“It is a long way for young legs,” said the man, after a mile.\n\n"
    "“I have walked since morning,” said Tom.\n\n"
    "CHAPTER II\n\n"
    "“Here we are,” said Tom."
)


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_claims(text)}


def test_the_man_is_the_one_tradesman_who_spoke_in_the_scene() -> None:
    speakers = _speakers(CART)
    assert speakers["It is a long way for young legs"] == "the carter"
    assert speakers["Going far, my lad?"] == "the carter"
    assert speakers["I have walked since morning"] == "Tom"


def test_two_tradesmen_in_the_scene_leave_the_man_as_written() -> None:
    text = CART.replace(
        "“To the town, sir,” said Tom.",
        "“To the town, sir,” said Tom.\n\n“Mind the ruts,” called the miller from his door.",
    )
    assert _speakers(text)["It is a long way for young legs"] == "the man"


def test_a_tradesman_who_arrives_after_the_man_spoke_is_someone_else() -> None:
    text = (
        "CHAPTER I\n\n"
        "Tom fell in the road, and a crowd gathered round him.\n\n"
        "“Get up, boy,” said the man, roughly.\n\n"
        "Then a constable pushed his way through the crowd.\n\n"
        "“What is all this?” said the constable."
    )
    assert _speakers(text)["Get up, boy"] == "the man"


def test_a_man_answering_the_tradesman_is_someone_else() -> None:
    text = (
        "CHAPTER I\n\n"
        "Tom waited at the gate of the yard.\n\n"
        "“Is the prisoner here?” asked the carter.\n\n"
        "“He has been here since noon,” replied the man."
    )
    assert _speakers(text)["He has been here since noon"] == "the man"


def test_a_woman_is_not_the_carter() -> None:
    text = CART.replace("said the man, after a mile", "said the woman, after a mile")
    assert _speakers(text)["It is a long way for young legs"] != "the carter"


def test_a_description_the_narration_introduced_with_its_modifiers_stays() -> None:
    # "a little hump-backed man" opened the door: the text's own name for him, not the
    # carter who spoke before in the scene.
    text = CART.replace(
        "“It is a long way for young legs,” said the man, after a mile.",
        "They stopped at a cottage, where a little hump-backed man opened the door.\n\n"
        "“It is a long way for young legs,” said the hump-backed man.",
    )
    assert _speakers(text)["It is a long way for young legs"] == "the hump-backed man"

"""A description the narration keeps for one person ("the girl" for Bessie) names that person
where nothing else says who it is. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims

_SCENE = (
    "Bessie sat by the {thing} in the kitchen.\n\n"
    "“It is {weather},” said Bessie.\n\n"
    "“Then shut the {thing},” said Tom.\n\n"
    "“I will not,” said the girl.\n\n"
)
_EARLIER = "".join(
    f"CHAPTER {n}\n\n" + _SCENE.format(thing=thing, weather=weather)
    for n, (thing, weather) in enumerate(
        [("window", "cold"), ("door", "wet"), ("fire", "late"), ("lamp", "dark"), ("gate", "icy")],
        1,
    )
)
_AWAY = "CHAPTER 6\n\n" + "Tom walked to the market by the long road and came back again.\n\n" * 90
"""Long enough that "the girl" of the next chapter is not simply the last one so called."""
LATER = (
    "CHAPTER 7\n\n"
    "The girl was lying, half asleep, upon the bench. Tom came in from the yard.\n\n"
    "“Get up!” said Tom.\n\n"
    "“Is it you?” said the girl, smiling up at him.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_claims(text)}


def test_the_girl_the_narration_keeps_for_bessie_is_bessie_where_nobody_is_named() -> None:
    speakers = _speakers(_EARLIER + _AWAY + LATER)
    assert speakers["I will not"] == "Bessie"  # the earlier uses, as the turns tell
    assert speakers["Is it you?"] == "Bessie"


def test_a_description_used_for_her_only_afterwards_is_no_epithet_yet() -> None:
    # the same chapter first: "the girl" had named nobody before it
    speakers = _speakers(LATER.replace("CHAPTER 7", "CHAPTER 0") + _AWAY + _EARLIER)
    assert speakers["Is it you?"] == "the girl"


def test_not_the_person_who_speaks_by_name_the_turn_before() -> None:
    later = LATER.replace("“Get up!” said Tom.", "“Get up!” said Bessie.")
    assert _speakers(_EARLIER + _AWAY + later)["Is it you?"] != "Bessie"

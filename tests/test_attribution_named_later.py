"""A description the chapter names later ("the gentleman" on the bridge is Mr. Brownlow, who
speaks by name once the conversation is over). Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims

BRIDGE = (
    "CHAPTER I\n\n"
    "Mr. Grey waited at home. Nancy walked on to the bridge, where a grey-haired gentleman "
    "stood by the parapet.\n\n"
    "“You are late,” said the gentleman.\n\n"
    "“I could not come before,” replied Nancy.\n\n"
    "“Then tell me now,” said the gentleman, “what you know.”\n\n"
    "“I know his name,” replied Nancy.\n\n"
    "She went away, and they walked back in silence.\n\n"
    "“We must go home,” said Mr. Hardy, looking back at the bridge.\n\n"
    "CHAPTER II\n\n"
    "“It is late,” said Mr. Grey."
)


def _speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_claims(text)}


def test_the_gentleman_is_the_man_the_chapter_names_as_a_speaker_afterwards() -> None:
    speakers = _speakers(BRIDGE)
    assert speakers["You are late"] == "Mr. Hardy"
    assert speakers["Then tell me now"] == "Mr. Hardy"
    assert speakers["I could not come before"] == "Nancy"


def test_a_man_named_before_the_description_in_the_chapter_is_someone_else() -> None:
    # Mr. Hardy was named before "the gentleman" spoke: the gentleman is not him.
    text = BRIDGE.replace("Mr. Grey waited at home.", "Mr. Hardy waited at home.")
    assert (
        _speakers(text)["You are late"] == "the grey-haired gentleman"
    )  # (as the narration told him apart)


def test_a_man_who_speaks_by_name_among_the_description_s_quotations_is_someone_else() -> None:
    # Mr. Hardy speaks by name between the gentleman's two quotations: another man.
    text = BRIDGE.replace(
        "“I could not come before,” replied Nancy.", "“She could not come,” said Mr. Hardy."
    )
    assert (
        _speakers(text)["You are late"] == "the grey-haired gentleman"
    )  # (as the narration told him apart)


def test_the_next_chapter_names_nobody_for_this_one() -> None:
    text = BRIDGE.replace("“We must go home,” said Mr. Hardy, looking back at the bridge.", "")
    text = text.replace("said Mr. Grey.", "said Mr. Hardy.")
    assert (
        _speakers(text)["You are late"] == "the grey-haired gentleman"
    )  # (as the narration told him apart)


def test_a_description_qualified_by_where_it_is_stays_as_written() -> None:
    # "the voice through the key-hole" tells the speaker apart by where it is: the text's own
    # name for someone it may never name, not the next person named.
    text = BRIDGE.replace("said the gentleman", "said the voice through the key-hole")
    speakers = _speakers(text)
    assert speakers["You are late"] == "the voice through the key-hole"


def test_a_voice_heard_before_anyone_is_named_is_the_one_the_chapter_names_later() -> None:
    # "cried a gruff voice" through the door introduces someone the chapter names only once
    # the door opens: the same person, as for "the gentleman" (an indefinite description
    # is a newcomer as much as a definite one).
    text = (
        "CHAPTER I\n\n"
        "Nancy knocked at the door of the house in the lane.\n\n"
        "“Who's there?” cried a gruff voice within.\n\n"
        "“Only me,” replied Nancy.\n\n"
        "The door opened, and they went in together.\n\n"
        "“You took your time,” said Mr. Hardy, shutting it behind her.\n\n"
        "CHAPTER II\n\n"
        "“It is late,” said Mr. Grey."
    )
    speakers = _speakers(text)
    assert speakers["Who's there?"] == "Mr. Hardy"
    # named before the voice in the chapter: someone else, the voice as written
    named = text.replace("Nancy knocked", "Mr. Hardy was out. Nancy knocked")
    assert _speakers(named)["Who's there?"] == "a gruff voice"

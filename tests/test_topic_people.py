"""An invented claim that shares with a passage only its person's name and a household noun
("father" / "Vater", "Anton") is a topic match, not a rendering, however short the text: the
text's people are known as such by type, not only by how often a book repeats them (issue 10,
walkthrough walk99 F6, :func:`sourcecheck.matching.candidates.topic_pairs`). A true rendering
that names the same two people stays found.

The household story is ours, written for these tests.
"""

from __future__ import annotations

from sourcecheck.matching.meaning import REWORDED, match_meaning

STORY = (
    "Anton nahm die Hand von der Klinke und drehte sich zum Vater um. So hatte er sich "
    "die Heimkehr nicht vorgestellt. Draußen fiel der Regen auf die Dächer der Stadt. Die Mutter "
    "deckte in der Küche den Tisch, und die Schwester holte Brot vom Bäcker an der Ecke. "
    "Niemand sprach an diesem Abend über die Schulden."
)


def test_names_and_a_household_noun_are_no_rendering() -> None:
    result = match_meaning(
        "The father apologised to Anton and promised never to hurt him again.",
        STORY, language="en", text_language="de",
    )  # fmt: skip
    assert result.status == "not_found", result.reason
    assert "Anton nahm die Hand" in result.reason  # the candidate named, rejected


def test_a_rendering_naming_the_same_people_is_found() -> None:
    result = match_meaning(
        "Anton took his hand off the door handle and turned round to his father.",
        STORY, language="en", text_language="de",
    )  # fmt: skip
    assert result.status == REWORDED, result.reason
    assert result.span.slice(STORY).startswith("Anton nahm die Hand")

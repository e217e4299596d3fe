"""What the evidence of a ``reworded`` result names: a title in the plural ("the two
Emperors") is a class of people, no name; a passage that opens a chapter does not start at
the chapter's number ("I."). A walkthrough found "names: Emperors" and a Kafka passage marked
from the heading "I."."""

from __future__ import annotations

import json
from pathlib import Path

from sourcecheck.matching.anchors import read_anchors

CHAPTERS = (
    "The Lighthouse Keeper, a story written for the tests.\n\n\n"
    "I.\n\n\n"
    "When the storm had passed, the keeper climbed the hundred steps of the tower and found "
    "the great lamp cracked from top to bottom. He sat down beside it and wept like a child. "
    "Below him the sea was still grey and heavy.\n\n\n"
    "II.\n\n\n"
    "In the spring a boat brought a new lamp from the mainland, packed in straw and sailcloth."
)


def test_a_title_in_the_plural_is_no_name() -> None:
    text = "In May the two Emperors and the three Princes rode with General Brandt to Olmütz."
    names = read_anchors(text, "en").names
    assert "Emperors" not in names and "Princes" not in names
    assert {"Brandt", "Olmütz"} <= set(names)


def test_a_passage_does_not_start_at_the_chapter_number(cli, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CHAPTERS, encoding="utf-8")
    cli("source", "add", "keeper", "--title", "The Lighthouse Keeper", "--kind", "book")
    assert cli("source", "text", "keeper", story).exit_code == 0
    quote = (
        "After the storm the keeper went up the tower's hundred stairs and discovered that the "
        "big lamp had split from its top to its bottom."
    )
    assert cli("claim", "add", quote, "--source", "keeper", "--id", "lamp").exit_code == 0
    assert cli("verify").exit_code == 0
    [item] = json.loads(cli("report", "--format", "json").output)
    assert item["status"] == "reworded"
    assert item["passage"].startswith("When the storm had passed")
    start = CHAPTERS.index("When the storm")
    assert item["span"]["start"] == start
    assert f"characters {start}-" in item["reason"]

"""A paraphrase whose reporting frame names a speaker ("The miller's wife told him that ...")
is compared without the frame, so a passage that says what follows is found whoever the
frame names. When the source's narrator says it and the passage names no such speaker, the
result is flagged ``speaker`` with a note, and ClaimReview rates it "Partly supported", not
"Supported in other words"; a frame naming the source's author is its citation and is not
flagged. A walkthrough found "Gregor's father told him that ..." rated Supported."""

from __future__ import annotations

import json
from pathlib import Path

from sourcecheck.report import RATINGS

STORY = (
    "The Mill on the Marsh, a story written for the tests.\n\n"
    "In the autumn the old mill stood idle for many weeks. The wheel was broken, the sluice "
    "had silted up with mud, and the millstones lay cracked in the yard under a heap of wet "
    "straw. Nobody came from the village to grind their corn any more.\n\n"
    "At last the miller sold his two horses at the market in the town and paid a carpenter "
    "to build a new wheel of oak before the first snow fell."
)
INVENTED = (
    "The miller's wife told him that the mill had stood idle for weeks because its wheel was "
    "broken and its millstones were cracked."
)
CITED = (
    "Hannah Brook wrote that the mill had stood idle for weeks because its wheel was broken "
    "and its millstones were cracked."
)


def test_a_frame_naming_a_speaker_the_passage_does_not_show_is_flagged(cli, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    cli("source", "add", "mill", "--title", "The Mill on the Marsh", "--author", "Hannah Brook",
        "--kind", "book")  # fmt: skip
    assert cli("source", "text", "mill", story).exit_code == 0
    for claim, quote in (("invented", INVENTED), ("cited", CITED)):
        added = cli(
            "claim", "add", quote, "--source", "mill", "--id", claim, "--kind", "paraphrase"
        )
        assert added.exit_code == 0, added.output
    verified = cli("verify")
    assert verified.exit_code == 0
    assert "⚠ who said it: the passage does not show" in verified.output  # the look column
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["invented"]["status"] == items["cited"]["status"] == "reworded"
    assert "speaker" in items["invented"]["flags"]
    assert "The miller's wife" in items["invented"]["reason"]
    assert "speaker" not in items["cited"]["flags"]  # the author's own words: the citation
    reviews = {
        r["identifier"]: r["reviewRating"]
        for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    assert reviews["invented"]["alternateName"] == RATINGS["partial"].name
    assert reviews["cited"]["alternateName"] == RATINGS["reworded"].name
    html = cli("report", "--format", "html").output
    assert "does not show the claim&#39;s speaker" in html or "claim's speaker" in html


JUDGMENT = (
    "Landgericht Berlin, Urteil vom 12. Mai 2023.\n\n"
    "Die Klage wurde abgewiesen. Der Vorsitzende Richter Weber betonte, dass die Vermieterin "
    "die Mieterin zweimal schriftlich gemahnt hatte. Die Entscheidung ist noch nicht "
    "rechtskräftig."
)


def test_a_title_between_a_speakers_words_is_part_of_the_name(cli, tmp_path: Path) -> None:
    """A frame "Presiding judge Weber stressed that ..." names Weber, not "Presiding" (a
    fresh-clone finding: "the claim says Presiding did"); another judge is still flagged."""
    judgment = tmp_path / "urteil.txt"
    judgment.write_text(JUDGMENT, encoding="utf-8")
    cli("source", "add", "urteil", "--title", "Urteil", "--kind", "other")
    assert cli("source", "text", "urteil", judgment).exit_code == 0
    said = "stressed that the landlady had warned the tenant twice in writing."
    for claim, judge in (("weber", "Weber"), ("braun", "Braun")):
        added = cli("claim", "add", f"Presiding judge {judge} {said}", "--source", "urteil",
                    "--kind", "paraphrase", "--id", claim)  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    weber, braun = items["weber"], items["braun"]
    assert weber["status"] == "reworded", weber["reason"]
    assert "speaker" not in weber["flags"] and "Presiding did" not in weber["reason"]
    assert braun["status"] != "reworded" or {"speaker", "name"} & set(braun["flags"])

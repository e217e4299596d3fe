"""A ``reworded`` result flagged as differing (opposite, negation, name...) is worded as one
in every place a result shows: ``show``, the reports (HTML, Markdown, the annotations), not
"the source says this in other words", which the flag contradicts; and the opposite pair is
no shared word ("endorsed/opposed"): it is shown beside the flag. The minutes are ours,
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.matching.meaning import REWORDED
from sourcecheck.matching.opposites import OPPOSITE
from sourcecheck.report.data import STATUS_MEANINGS, evidence_rows
from sourcecheck.report.statusmeaning import status_meaning

MINUTES = (
    "Minutes of the vestry meeting, kept by the sexton.\n\n"
    "The warden proposed to sell the old barn behind the church. Only Councillor Brandt "
    "opposed the proposal, and the vestry rose at nine.\n\n"
    "In the week of the fair a gale destroyed the wooden footbridge over the mill race.\n"
)
GENERIC = STATUS_MEANINGS["reworded"]


@pytest.fixture
def verified(cli, tmp_path: Path):
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    assert cli("source", "add", "vestry", "--title", "Vestry minutes").exit_code == 0
    assert cli("source", "text", "vestry", path).exit_code == 0
    claims = (
        ("endorsed", "Only Councillor Brandt endorsed the proposal."),
        ("gale", "A gale wrecked the wooden footbridge."),
    )
    for claim_id, quote in claims:
        added = cli(
            "claim", "add", quote, "--source", "vestry", "--id", claim_id, "--kind", "event"
        )
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    return {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}


def test_a_flagged_rendering_is_not_said_to_say_it(cli, verified) -> None:
    item = verified["endorsed"]
    assert item["status"] == REWORDED and OPPOSITE in item["flags"], item["reason"]
    shown = cli("show", "endorsed").stdout
    assert GENERIC not in shown
    assert "not as the claim says it: the source says the opposite of a word of the claim" in shown
    html = cli("report", "--format", "html").stdout
    card = html[html.index('id="claim-endorsed"') :]
    card = card[: card.index("</article>")]
    assert GENERIC.capitalize() not in card and "Found in other words, but it differs:" in card
    markdown = cli("report", "--format", "markdown").stdout
    claim = markdown[markdown.index("### 1. endorsed") :].split("\n### ")[0]
    assert GENERIC not in claim and "**Found in other words, but it differs:**" in claim
    annotations = json.loads(cli("report", "--format", "annotations").stdout)
    [bodies] = [a["body"] for a in annotations["first"]["items"] if "endorsed" in a["id"]]
    values = " ".join(b["value"] for b in bodies)
    assert "said in other words:" not in values and "found in other words, but it differs" in values


def test_an_unflagged_rendering_keeps_the_plain_meaning(cli, verified) -> None:
    item = verified["gale"]
    assert item["status"] == REWORDED and item["flags"] == [], item["reason"]
    assert status_meaning(item) == GENERIC
    assert f"reworded  {GENERIC}" in cli("show", "gale").stdout


def test_the_opposite_pair_is_no_shared_word(cli, verified) -> None:
    item = verified["endorsed"]
    evidence = item["evidence"]
    assert not [w for w in evidence["shared_words"] if "endorsed" in w or "opposed" in w]
    assert evidence["opposite_words"] == ["endorsed/opposed"]
    shared = item["reason"].split("shared words: ")[1].split(";")[0]
    assert "endorsed" not in shared and "Brandt" in shared
    assert ("opposite (quote/passage)", "endorsed/opposed") in evidence_rows(evidence)
    shown = cli("show", "endorsed").stdout
    assert "  opposite (quote/passage): endorsed/opposed" in shown
    assert "endorsed" not in shown.split("  shared words: ")[1].split("\n")[0]


@pytest.mark.parametrize(
    ("flags", "says"),
    [(["negation"], "a negation differs from the source"),
     (["name", "roles"], "a name differs from the source; who does what (or which way a "
                         "comparison goes) differs"),
     (["speaker"], "does not show the claim's speaker saying it")],
)  # fmt: skip
def test_every_meaning_flag_words_the_status(flags, says) -> None:
    meaning = status_meaning({"status": REWORDED, "flags": flags})
    assert says in meaning and meaning != GENERIC


def test_datasette_says_what_a_flagged_rendering_is() -> None:
    from sourcecheck.browse.queries import QUERIES
    from sourcecheck.browse.tables import TABLES

    status = TABLES["claim_report"]["columns"]["status"]
    assert "flagged negation, number, date, name, roles or opposite" in status
    assert "not as the claim says it" in QUERIES["reworded"]["description"]

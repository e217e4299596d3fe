"""A run without the meaning stage (``verify --no-meaning``) says so where it matters: a claim
the stage found reworded is not_found in that run (and in every report until the next run with
the stage), its reason says the stage was off and that the run before found it reworded, the
summary counts such claims; ``--fail-on reworded`` is warned to be unable to fire. And a
reworded result's reason prints its similarity as stored (73.6, not 74). A walkthrough found
all three unsaid."""

from __future__ import annotations

import json
from pathlib import Path

from builders import diary_cited
from test_reworded_rating import RENDERED

from sourcecheck.matching.verdict import Signals, describe


def test_a_claim_found_reworded_before_says_the_stage_was_off(cli, tmp_path: Path) -> None:
    diary_cited(cli, tmp_path, {"rendered": RENDERED})
    assert cli("verify").exit_code == 0
    [item] = json.loads(cli("report", "--format", "json").output)
    assert item["status"] == "reworded"
    assert f"similarity {item['similarity']:g}," in item["reason"]  # one rounding
    off = cli("verify", "--no-meaning", "--fail-on", "reworded")
    assert off.exit_code == 0, off.output
    assert "warning: --fail-on reworded cannot fire with --no-meaning" in off.stderr
    said = " ".join(off.stdout.split())
    assert "1 claim found reworded by the latest run with the meaning stage is not_found now" in (
        said
    )
    assert "verify without it to find them again: rendered" in said
    [item] = json.loads(cli("report", "--format", "json").output)
    assert item["status"] == "not_found"
    assert item["reason"].endswith("was off: the latest run with it found this claim reworded")
    again = cli("verify", "--no-meaning")  # the latest result is not_found now: nothing to say
    assert again.exit_code == 0 and "found reworded" not in again.stdout


def test_the_reason_prints_the_similarity_as_stored() -> None:
    reason = describe(Signals(0.7364, 0.12, 0.8, True, 5, 4))
    assert reason.startswith("similarity 73.6, +0.12 above")


def test_words_of_two_languages_are_no_spelling_variants(cli, tmp_path: Path) -> None:
    """Off, an English quote of the German diary: the words it shares with its candidate
    there ("in the" / "im der") are two languages' words, not spelling variants of one (a new
    user read "only spelling variants" of German and English words)."""
    quote = "In the dining car the minister and the banker argued over coal and iron tariffs."
    diary_cited(cli, tmp_path, {"tariffs": quote})
    off = cli("verify", "--no-meaning")
    [item] = json.loads(cli("report", "--format", "json").output)
    assert item["status"] == "not_found", off.output
    assert "only spelling variants" not in item["reason"], item["reason"]
    assert "only look-alike words of two languages" in item["reason"]

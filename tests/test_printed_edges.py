"""A quote that leaves out, unmarked, the source's words after its first words ("the three
Ministers watched" of "The three Ministers, the elder ... with the Mayor, watched") is placed
from its first words: the words between are what it leaves out, not "three Ministers" →
"Mayor", a number changed. And a number word that the aligner set against other words while
the passage states that number (the fact check agrees) is no changed number. A walkthrough
found `number "two Emperors" -> "Archduke"` flagged on a quote whose facts agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck import match_quote
from sourcecheck.facts.check import FactCheck
from sourcecheck.matching.numberfacts import agree_on_numbers
from sourcecheck.models import Difference, MatchResult, Span

PARADE = (
    "Early in the spring a parade was held on the meadow by the river. The three Ministers, "
    "the elder with his secretary and the younger with the Mayor, watched the long column of "
    "forty carriages and nine hundred riders.\n\nNobody cheered. Three boys ran after the "
    "Mayor's horse, and the bishop watched the long column of forty carriages from a window."
)
LEFT_OUT = "the elder with his secretary and the younger with the Mayor"


def test_the_first_words_printed_before_the_passage_start_it() -> None:
    result = match_quote("the three Ministers watched the long column of forty carriages", PARADE)
    assert result.span is not None
    assert PARADE[result.span.start :].startswith("The three Ministers")
    assert "number" not in result.flags
    assert [(d.kind, d.source) for d in result.differences] == [("missing", LEFT_OUT)]


@pytest.mark.parametrize(
    "quote",
    [
        # another sentence: "Three boys ran" is not where "the three bishops" starts
        "the three bishops watched the long column of forty carriages from a window",
        # "the" alone is no evidence of a place
        "the bishop watched the long column of forty carriages and nine hundred riders",
    ],
)
def test_no_reach_across_a_sentence_or_for_a_small_word(quote: str) -> None:
    result = match_quote(quote, PARADE)
    assert result.span is not None
    assert all(d.kind != "missing" or len(d.source.split()) < 5 for d in result.differences)


def test_a_misplaced_number_word_is_no_changed_number_when_the_passage_states_it() -> None:
    misplaced = Difference("number", "two Emperors", "Archduke", Span(4, 16), Span(40, 48))
    swapped = Difference("number", "15", "32", Span(20, 22), Span(60, 62))
    reason = (
        "found at line 1 (characters 30-90) with 1 difference: number “two Emperors” → “Archduke”"
    )
    result = MatchResult("close", 81.3, 1, Span(30, 90), differences=[misplaced], flags=["number"],
                         reason=reason)  # fmt: skip
    agrees = FactCheck("number", "2, 80000", "2, 80000", "agrees", Span(30, 90), "")
    fixed = agree_on_numbers(result, [agrees], "en")
    assert "number" not in fixed.flags and "word_changed" in fixed.flags
    assert [d.kind for d in fixed.differences] == ["changed"]
    assert fixed.reason.endswith("changed “two Emperors” → “Archduke”")
    differs = FactCheck("number", "2, 80000", "80000", "differs", Span(30, 90), "")
    assert agree_on_numbers(result, [differs], "en").flags == ["number"]
    swap = MatchResult("close", 85.0, 1, Span(30, 90), differences=[swapped], flags=["number"])
    assert agree_on_numbers(swap, [agrees], "en").flags == ["number"]  # a number for another


def verified(cli, tmp_path: Path, passage: str, quote: str) -> dict:
    """The JSON report's item of ``quote`` verified (by its words) against ``passage``."""
    text = tmp_path / "passage.txt"
    text.write_text(passage, encoding="utf-8")
    cli("source", "add", "passage", "--title", "The passage", "--kind", "book")
    assert cli("source", "text", "passage", text).exit_code == 0
    assert cli("claim", "add", quote, "--source", "passage", "--id", "quoted").exit_code == 0
    assert cli("verify", "--no-meaning").exit_code == 0
    [item] = json.loads(cli("report", "--format", "json").output)
    return item


def test_verify_reports_the_left_out_words_and_no_number_flag(cli, tmp_path: Path) -> None:
    quote = "the three Ministers watched the long column of forty carriages and nine hundred riders"
    item = verified(cli, tmp_path, PARADE, quote)
    assert item["status"] == "close" and "number" not in item["flags"]
    assert [(d["kind"], d["source"]) for d in item["differences"]] == [("missing", LEFT_OUT)]
    assert {f["verdict"] for f in item["facts"]} == {"agrees"}

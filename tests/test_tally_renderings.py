"""A vote's tally rendered in another language's words (facts/tallies.py ``rendered_tallies``):
"mit 348 gegen 225 Stimmen" against a division list's "Ayes, 348; Noes, 225" left "Stimmen"
without a counterpart, and the German claim of a fresh-clone trial came out not found; its
reversal, "mit 225 gegen 348 Stimmen", was never flagged. The tally's words (the vote, "gegen",
"против", the labels) are the figures' words, rendered where the passage states the same two
numbers as a tally, in either order: the number check flags a reversed one. The division
lists and votes are ours, in the manner of parliamentary reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.facts.tallies import read_tallies, rendered_tallies
from sourcecheck.matching.meaning import REWORDED, match_meaning

COMMONS = (
    "HOUSE OF COMMONS. Thursday, 9 May 1912. Shops Bill.\n\n"
    "The HOME SECRETARY: I beg to move that the Bill be now read a second time. It limits the "
    "hours of shop assistants to sixty in the week.\n\n"
    "Mr. CHAMBERLAIN: We are told that the small shopkeeper will be ruined, but none of us has "
    "heard him say so.\n\n"
    "The House divided: Ayes, 312; Noes, 187. Bill read a second time.\n"
)
CLAIMS = {
    "de": "Das Haus stimmte mit {} gegen {} Stimmen für die zweite Lesung.",
    "ru": "Палата {} голосами против {} приняла законопроект во втором чтении.",
}


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Das Haus stimmte mit 348 gegen 225 Stimmen zu.", "de", "348 gegen 225 Stimmen"),
        ("Палата 348 голосами против 225 приняла закон.", "ru", "348 голосами против 225"),
        ("It was carried by 348 votes to 225.", "en", "348 votes to 225"),
        ("The House divided: Ayes, 348; Noes, 225.", "en", "Ayes, 348; Noes, 225"),
        ("За — 348, против — 225.", "ru", "За — 348, против — 225"),
        ("Es gab 225 Nein-Stimmen und 348 Ja-Stimmen.", "de",
         "225 Nein-Stimmen und 348 Ja-Stimmen"),
    ],
)  # fmt: skip
def test_a_tally_spans_its_words_labels_and_votes(text: str, language: str, words: str) -> None:
    (tally,) = read_tallies(text, language)
    assert text[tally.start : tally.end] == words
    assert (tally.first, tally.second) == (348, 225)


@pytest.mark.parametrize(
    ("quote", "quote_language", "passage", "language"),
    [
        ("Das Haus stimmte mit 348 gegen 225 Stimmen zu.", "de", "Ayes, 348; Noes, 225.", "en"),
        ("Палата 348 голосами против 225 приняла закон.", "ru", "mit 225 gegen 348 Stimmen", "de"),
        ("It was carried by 348 votes to 225.", "en", "принят 348 голосами против 225", "ru"),
    ],
)  # fmt: skip
def test_a_tally_the_passage_states_in_either_order_is_rendered_and_another_is_not(
    quote: str, quote_language: str, passage: str, language: str
) -> None:
    (span,) = rendered_tallies(quote, quote_language, passage, language)
    assert "348" in quote[span[0] : span[1]] and "225" in quote[span[0] : span[1]]
    assert rendered_tallies(quote, quote_language, passage.replace("225", "226"), language) == []
    assert rendered_tallies(quote, quote_language, "in 1917 and 1918", language) == []


@pytest.mark.parametrize("claim_language", ["de", "ru"])
def test_a_division_rendered_in_other_words_is_found_and_its_reversal_flagged(
    claim_language: str,
) -> None:
    true = match_meaning(CLAIMS[claim_language].format(312, 187), COMMONS,
                         language=claim_language, text_language="en")  # fmt: skip
    assert true.status == REWORDED, true.reason
    assert "Ayes, 312; Noes, 187" in true.span.slice(COMMONS)
    assert true.flags == [], true.reason
    reversed_ = match_meaning(CLAIMS[claim_language].format(187, 312), COMMONS,
                              language=claim_language, text_language="en")  # fmt: skip
    assert reversed_.status == REWORDED, reversed_.reason
    assert "Ayes, 312; Noes, 187" in reversed_.span.slice(COMMONS)
    assert reversed_.flags == ["number"], reversed_.reason
    assert "the tally is reversed (187 to 312 in the quote, 312 to 187 there)" in reversed_.reason


def test_verify_finds_the_german_tally_at_the_division_and_its_number_check_agrees(
    cli, tmp_path: Path
) -> None:
    path = tmp_path / "commons.txt"
    path.write_text(COMMONS, encoding="utf-8")
    assert cli("source", "add", "commons", "--title", "Commons", "--kind", "minutes",
               "--language", "en").exit_code == 0  # fmt: skip
    assert cli("source", "text", "commons", path).exit_code == 0
    for claim_id, numbers in (("true", (312, 187)), ("reversed", (187, 312))):
        claim = "Das Haus stimmte mit {} gegen {} Stimmen für den Gesetzentwurf.".format(*numbers)
        added = cli("claim", "add", claim, "--source", "commons",
                    "--id", claim_id, "--kind", "figure")  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["true"]["status"] == REWORDED and items["true"]["flags"] == []
    assert items["reversed"]["status"] == REWORDED and items["reversed"]["flags"] == ["number"]
    verdicts = {i: [(f["kind"], f["verdict"]) for f in items[i]["facts"]] for i in items}
    assert verdicts == {"true": [("number", "agrees")], "reversed": [("number", "differs")]}
    shown = cli("show", "reversed")
    assert shown.exit_code == 0 and "the tally reversed: 187 to 312 claimed" in shown.output

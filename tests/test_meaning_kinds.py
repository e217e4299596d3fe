"""The short-quotation rule is a quotation's (issue 10): a claim of a few words of another
kind (an event, a paraphrase) says in its writer's words what the source says, so a word of
its own is a rewording, not a lookalike. The kind reaches the meaning stage's rule; a
lookalike the words found (its passage, a content word changed) is handed over only when not
a quotation (:func:`~sourcecheck.rewording.wants_meaning`), and its word replaced is judged
there: another thing ("oaks" for "limes") stays not found (:mod:`sourcecheck.matching.replaced`).

The chronicle is ours, written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from sourcecheck.matching.lookalike import LOOKALIKE, quoted_kind
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.models import MatchResult
from sourcecheck.rewording import wants_meaning

CHRONICLE = (
    "Notes of the river town, kept by the clerk of the council.\n\n"
    "In March the ice broke early and the ferry began its crossings a fortnight before Easter. "
    "The miller complained that the new dam held back too much water for his wheel.\n\n"
    "In April a gale tore the roof from the grain store by the quay, and the sacks of seed "
    "were carried to the church for safety. The council voted money for a new roof.\n\n"
    "In May the school was painted and the teacher planted limes along the lane. Two boats "
    "were sold to the fishermen of the next village, who paid for them in smoked eel.\n"
)
EVENT = "A gale wrecked the grain store."  # the chronicle: "tore the roof from the grain store"


def test_only_quotations_and_oral_claims_are_held_to_the_rule() -> None:
    assert quoted_kind("quotation") and quoted_kind("oral") and quoted_kind(None)
    assert not any(quoted_kind(k) for k in ("event", "paraphrase", "date", "figure"))


def test_a_short_events_own_words_are_reworded_a_quotations_are_not() -> None:
    event = match_meaning(EVENT, CHRONICLE, language="en", text_language="en", kind="event")
    assert event.status == REWORDED, event.reason
    assert event.span is not None and "tore the roof from the grain store" in event.span.slice(
        CHRONICLE
    )
    assert event.flags == []
    quoted = match_meaning(EVENT, CHRONICLE, language="en", text_language="en")
    assert quoted.status == "not_found", quoted.reason  # a quotation must share every word
    assert "a short quotation must share every content word" in quoted.reason


def test_a_lookalike_found_by_words_goes_to_the_meaning_stage_only_if_not_a_quotation() -> None:
    # its passage is found with a content word changed: a quotation's stays not found; an
    # event's is placed by meaning, and the word replaced judged there (test_opposites.py)
    lookalike = MatchResult("not_found", 80.0, flags=[LOOKALIKE])
    assert not wants_meaning(lookalike, None) and not wants_meaning(lookalike, None, "quotation")
    assert wants_meaning(lookalike, None, "event")
    assert wants_meaning(MatchResult("not_found", 40.0), None)


def test_verify_finds_a_short_event_in_other_words_and_not_the_same_words_quoted(
    cli, tmp_path: Path
) -> None:
    path = tmp_path / "chronicle.txt"
    path.write_text(CHRONICLE, encoding="utf-8")
    # a short claim one word away from the source: the words find it, a word changed
    close = "The teacher planted oaks along the lane."
    assert cli("source", "add", "town", "--title", "Notes", "--kind", "book").exit_code == 0
    assert cli("source", "text", "town", path).exit_code == 0
    quoted = "The teacher planted oaks by the lane."
    for claim_id, quote, kind in (("event", close, "event"), ("quoted", quoted, "quotation"),
                                  ("gale", EVENT, "event")):  # fmt: skip
        added = cli("claim", "add", quote, "--source", "town", "--id", claim_id, "--kind", kind)
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["quoted"]["status"] == "not_found" and items["quoted"]["flags"] == [LOOKALIKE]
    assert items["gale"]["status"] == REWORDED, items["gale"]["reason"]
    assert "grain store" in items["gale"]["passage"]
    # the event with a word changed ("oaks" where the source has "limes", another thing: no
    # word of like meaning) is not hidden in a rendering: not found, the word shown
    assert items["event"]["status"] == "not_found", items["event"]["reason"]
    assert items["event"]["flags"] == [LOOKALIKE]
    assert "“oaks” where the source has “limes”" in items["event"]["reason"]

"""A short quote that leaves out, unmarked, the source's words before its last word ("The
chairman read the letter aloud." of "The chairman read the letter from the Petrograd Soviet
aloud") is placed to its last word: the words between are what it leaves out, and no reason
says the source lacks "aloud" (a walkthrough found not_found, "it says “aloud” which the
source does not have", beside `changed “aloud” → “”`). A word in the last word's place
("feared" for "loved") stays its change. Passages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_printed_edges import verified

from sourcecheck import match_quote

SPEECH = (
    "Comrades, on that evening the chairman read the letter from the Petrograd Soviet aloud, "
    "and the delegates listened in silence. It is safer to be feared than loved, he said.\n\n"
    "The next morning the letter was sent back to Moscow. Nobody spoke of it again.\n"
)


def test_the_last_word_printed_after_the_passage_ends_it() -> None:
    result = match_quote("The chairman read the letter aloud.", SPEECH)
    assert result.status == "close" and "lookalike" not in result.flags
    assert result.span is not None and result.span.slice(SPEECH).endswith("Soviet aloud")
    assert [(d.kind, d.source) for d in result.differences] == [
        ("missing", "from the Petrograd Soviet")
    ]
    assert "does not have" not in result.reason


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        # the word in the last word's place is its change, not words left out before "loved"
        ("It is safer to be loved.", "it says “loved” where the source has “feared”"),
        # a word the source has nowhere near is an added word, not a change to nothing
        ("The chairman read the letter silently.", "“silently” which the source does not have"),
        # another sentence's "again" is not the quote's last word
        ("The letter was sent back again.", "“again” which the source does not have"),
    ],
)
def test_no_reach_for_a_changed_word_or_across_a_sentence(quote: str, said: str) -> None:
    result = match_quote(quote, SPEECH)
    assert result.status == "not_found" and result.flags == ["lookalike"]
    assert said in result.reason
    assert all(d.kind != "changed" or d.source for d in result.differences)


def test_verify_reports_the_left_out_words(cli, tmp_path: Path) -> None:
    item = verified(cli, tmp_path, SPEECH, "The chairman read the letter aloud.")
    assert item["status"] == "close" and item["flags"] == []
    assert [(d["kind"], d["source"]) for d in item["differences"]] == [
        ("missing", "from the Petrograd Soviet")
    ]

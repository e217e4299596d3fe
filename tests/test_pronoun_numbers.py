""" "No one" is a pronoun, not the number one (walk108: "I found no one" against the King James
"I found none" was flagged `number` "no one" → "none")."""

from __future__ import annotations

from sourcecheck import match_quote

SOURCE = (
    "And I sought for a man among them, that should make up the hedge, and stand in the gap "
    "before me for the land, that I should not destroy it: but I found none. Therefore have I "
    "poured out mine indignation upon them."
)


def test_no_one_against_none_is_no_number() -> None:
    quote = (
        "I sought for a man among them who would build up the wall and stand in the gap before "
        "me for the land, that I would not destroy it; but I found no one."
    )
    result = match_quote(quote, SOURCE)
    assert result.status == "close"
    assert "number" not in result.flags
    assert not [d for d in result.differences if d.kind == "number"]


def test_one_man_against_none_is_still_flagged() -> None:
    quote = (
        "I sought for a man among them who would build up the wall and stand in the gap before "
        "me for the land, that I would not destroy it; but I found one man."
    )
    result = match_quote(quote, SOURCE)
    assert result.status == "close"
    assert {"negation", "number"} & set(result.flags)  # "one man" where it says "none"

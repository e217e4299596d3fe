"""A printed paragraph number (a verse, an article, a section) before the passage is no
number of the quote: "And he said ..." against "30 He said ..." was flagged `number`
"And" → "30" (walk108: every "And ..." verse of a numbered Bible)."""

from __future__ import annotations

from sourcecheck import match_quote

NUMBERED = (
    "29 The miller asked the reeve to stay for the winter.\n"
    "30 He said to him, I will not stay; but I will go back to my own village, and to my "
    "brothers.\n"
    "31 The miller said, Do not leave us, for you know the roads of the valley.\n"
)


def test_a_first_word_is_not_set_against_a_printed_verse_number() -> None:
    quote = "And he said unto him, I will not stay; but I will go back to mine own village."
    result = match_quote(quote, NUMBERED)
    assert result.status == "close"
    assert "number" not in result.flags
    assert result.span is not None and NUMBERED[result.span.start :].startswith("He said")
    assert ("extra", "And") in {(d.kind, d.quote) for d in result.differences}


def test_a_changed_number_at_the_edge_is_still_a_number() -> None:
    text = "The council met at noon. Thirty delegates voted for the motion and left the hall."
    result = match_quote("Forty delegates voted for the motion and left the hall.", text)
    assert "number" in result.flags

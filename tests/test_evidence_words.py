"""The evidence of a ``reworded`` passage as a person reads it (matching/evidence.py): the
languages by name, a flagged passage not said to "say this", numbers in their own row."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import match_meaning

TEXT = (
    "Das Haus stand still zwischen den vier alten Bäumen am Fluss. Am Abend kam der Vater "
    "müde nach Hause, und die Mutter wartete schon lange am Fenster auf ihn."
)


@pytest.fixture(scope="module")
def changed_number():
    quote = "The house stood quietly between the five old trees by the river."
    return match_meaning(quote, TEXT, language="en", text_language="de")


def test_numbers_are_no_shared_words(changed_number):
    assert changed_number.status == "reworded" and "number" in changed_number.flags
    shared = changed_number.evidence.shared_words
    assert shared and not any("five" in w or "vier" in w for w in shared)
    assert "numbers five in the quote, vier there" in changed_number.reason


def test_a_flagged_passage_is_not_said_to_say_it(changed_number):
    reason = changed_number.reason
    assert reason.startswith("the source has this passage in German (the quote is in English)")
    assert "but not as quoted (see CHECK)" in reason and "CHECK: the numbers differ" in reason


def test_a_faithful_rendering_says_it_in_named_languages():
    quote = "The house stood quietly between the four old trees by the river."
    r = match_meaning(quote, TEXT, language="en", text_language="de")
    assert r.status == "reworded" and r.flags == []
    assert r.reason.startswith("the source says this in German (the quote is in English) at")

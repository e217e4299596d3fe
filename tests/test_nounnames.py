"""A German common noun that the quote reads as a name ("keine einzelne Ursache": no article
before it) is shown to be no name by its lower-case English counterpart ("cause"): the rules
that count a passage's names do not count it (issue 10, walkthrough walk99 F11,
:mod:`sourcecheck.matching.nounnames`).

The sentences are ours, written for these tests.
"""

from __future__ import annotations

from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.nounnames import named_pairs
from sourcecheck.matching.wordpairs import Alignment, WordPair

ESSAY = (
    "The quarrel between the two villages lasted for many years. And so there was no single "
    "cause of the quarrel; it had to happen because it had to happen. Later the bridge was "
    "rebuilt by both of them together."
)


def test_a_german_noun_rendered_in_lower_case_is_not_counted_as_a_name() -> None:
    result = match_meaning(
        "Es gab also keine einzelne Ursache für den Streit, er musste geschehen.", ESSAY,
        language="de", text_language="en",
    )  # fmt: skip
    assert result.signals is not None and result.evidence is not None
    assert result.signals.names == 0, result.reason


def test_a_name_keeps_its_capital_across_languages() -> None:
    alignment = Alignment(
        3, (WordPair("Napoleon", 0, "Наполеон", 0, 1.0), WordPair("Ursache", 9, "cause", 4, 0.8))
    )
    assert [p.quote for p in named_pairs(alignment, ("Napoleon", "Ursache"))] == ["Napoleon"]

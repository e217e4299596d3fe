"""An English contraction against the words it contracts is spelling, not a negation on one
side ("If you do not feel confident" / "If you don't feel confident"): the word matcher read
"do" / "don't" and "not" / nothing as two negations and flagged a true quotation. A negation
truly added or removed next to a contraction stays flagged. The passages are ours.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.contractions import contractions_spelled, spelled_out
from sourcecheck.matching.match import match_quote
from sourcecheck.models import Difference, Span

SOURCE = (
    "Sponsoring a package. If you don't feel confident about doing an upload yourself, just "
    "send a patch to the bug tracking system and wait. The maintainer won't mind, and it "
    "isn't rude to ask twice. We can't promise an answer within a week."
)


@pytest.mark.parametrize(
    "quote",
    [
        "If you do not feel confident about doing an upload yourself, just send a patch",
        "The maintainer will not mind, and it is not rude to ask twice.",
        "We cannot promise an answer within a week.",
        "We can not promise an answer within a week.",
    ],
)
def test_words_spelled_out_against_their_contraction_are_not_a_negation(quote: str) -> None:
    result = match_quote(quote, SOURCE, language="en")
    assert result.status in ("verbatim", "close"), result.reason
    assert "negation" not in result.flags, result.reason
    assert not [d for d in result.differences if d.kind == "negation"]


@pytest.mark.parametrize(
    "quote",
    [
        "If you do feel confident about doing an upload yourself, just send a patch",
        "The maintainer will mind, and it is not rude to ask twice.",
        "We can promise an answer within a week.",
    ],
)
def test_a_negation_removed_beside_a_contraction_stays_flagged(quote: str) -> None:
    result = match_quote(quote, SOURCE, language="en")
    assert "negation" in result.flags, result.reason


def test_the_contracted_source_is_shown_as_one_spelling_difference() -> None:
    quote = "If you do not feel confident about doing an upload yourself"
    result = match_quote(quote, SOURCE, language="en")
    spelled = [(d.kind, d.quote, d.source) for d in result.differences]
    assert ("spelling", "do not", "don't") in spelled, spelled


def test_contractions_spell_out_only_unambiguous_words() -> None:
    assert spelled_out(["it", "wont", "work"]) == ["it", "will", "not", "work"]
    assert spelled_out(["its", "well", "shed"]) == ["its", "well", "shed"]  # words of their own


def test_two_differences_apart_are_not_joined() -> None:
    quote, text = "you do feel not", "you don't feel"
    diffs = [
        Difference("negation", "do", "don't", Span(4, 6), Span(4, 9)),
        Difference("negation", "not", "", Span(12, 15), None),
    ]
    assert [d.kind for d in contractions_spelled(diffs, quote, text)] == ["negation", "negation"]

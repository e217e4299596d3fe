"""The confidence a reviewer reads is the one measured for the sieve that decided
(extract/confidences.py), not the value the sieves rank their decisions by; the speakers do
not change. Passages written for the tests."""

from __future__ import annotations

from builders import claim_of

from sourcecheck.extract.claims import extract_claims


def test_a_turn_the_previous_one_calls_by_name_is_shown_as_sure_as_it_is() -> None:
    text = (
        "Emma Wood and Harriet Smith sat in the parlour.\n\n"
        "“The weather is fine,” said Harriet.\n\n"
        "“Have you read the charade, Harriet?” said Emma.\n\n"
        "“Not yet. I shall read it to-night.”\n\n"
        "“You must.”"
    )
    claim = claim_of(extract_claims(text), "Not yet")
    assert claim.speaker == "Harriet"
    assert "vocative: the previous turn addresses them" in (claim.notes or "")
    assert claim.speaker_confidence == 0.8  # decided at 0.55, right nine times in ten
    # (a pronoun turn the alternation decides is shown at 0.6: see test_attribution.py)

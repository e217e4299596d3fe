"""A figure claim whose passage is the last clause of a long sentence (a long sentence is cut
into units) lost the start of that sentence, where the claim's names are ("Driven from the
coast by ... Admiral Harwood, ..., the northern legion ... was withdrawing"): its names
counted as not there and its words as without a counterpart, so a claim whose figure agrees
was rated only partly supported. The passage now starts where its sentence starts, when that
gives the names a counterpart. And a figure's passage found by its words that states all its
figures is where they agree, however far apart they are."""

from __future__ import annotations

from sourcecheck.facts.check import TextFacts, check_numbers
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.models import Span

# written for the tests: a chronicle printed with hard line breaks and one long sentence
CHRONICLE = (
    "The rain had not stopped for nine days, and the roads to the river were mud. The "
    "garrison ate the last of its oats in the second week.\n\n"
    "CHAPTER IV\n\n"
    "Driven from the coast by a fleet of forty ships under the command\n"
    "of Admiral Harwood, meeting a country that gave it no bread,\n"
    "doubting the promises of its friends, short of powder and of horses,\n"
    "and forced to fight in a season that nobody had planned for, the northern\n"
    "legion of six thousand men led by Colonel Brask was slowly withdrawing\n"
    "along the Vell, halting where the enemy caught up with it and fighting\n"
    "only as long as it had to. There had been skirmishes at Oder Mill and\n"
    "at the ford of Tessa, and the wounded were carried in carts.\n"
)
CLAIM = (
    "Driven from the coast by Admiral Harwood's fleet, the northern legion of 6,000 men led by "
    "Colonel Brask was slowly withdrawing along the Vell."
)


def test_the_passage_starts_where_its_sentence_names_the_claims_names() -> None:
    result = match_meaning(CLAIM, CHRONICLE)
    assert result.status == REWORDED, result.reason
    assert result.span.slice(CHRONICLE).startswith("Driven from the coast"), result.reason
    assert "Harwood" not in (result.evidence.missing_names if result.evidence else ())
    assert "no counterpart: “Driven”" not in result.reason


def test_a_figure_passage_stating_every_figure_agrees() -> None:
    start = CHRONICLE.index("Driven")
    end = CHRONICLE.index(" was slowly")
    facts = TextFacts(CHRONICLE)
    claim = "Driven by a fleet of 40 ships [...] the northern legion of 6,000 men"
    check = check_numbers(claim, facts, passage=Span(start, end), figure=True)
    assert check is not None and check.verdict == "agrees", check
    assert check.span == Span(start, end)

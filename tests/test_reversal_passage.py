"""Roles and comparisons reversed, shown where they are (issue 10): a rejected candidate whose
two parties are read the other way round names the difference whatever share of its words
pair, and a comparison reversed in the sentence after the passage widens the passage over it
(:mod:`.matching.following`). Passages written for these tests."""

from __future__ import annotations

from sourcecheck.matching.anchors import AnchorComparison
from sourcecheck.matching.evidence import candidate_notes
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.verdict import Signals

VALLEY = (
    "Notes on the two valleys (written for these tests).\n\n"
    "The harvest came late in both valleys that year, and the roads were mud until October. "
    "The northern farmers are very different from the southern ones. Far less patient, and "
    "with far more land, they sell their grain before the winter. The southern farmers keep "
    "theirs in stone barns and wait for the spring prices.\n\n"
    "The mill on the river was repaired by the two villages together.\n"
)


def test_a_rejected_candidate_names_reversed_roles_even_with_few_pairs() -> None:
    weak = Signals(similarity=0.5, margin=0.05, coverage=0.4, cross=True, content_words=5,
                   counterparts=2)  # fmt: skip
    note = "the quote has “postman” act on “dog”, the Russian the other way round"
    roles = AnchorComparison((), (), (), None, None, ("roles", "negation"), note)
    flags, notes = candidate_notes(weak, None, roles)  # type: ignore[arg-type]
    assert flags == ["roles"] and len(notes) == 1 and "“postman” act on “dog”" in notes[0]
    # a people's reading without what was reversed (no note), or any other flag: not named
    unread = AnchorComparison((), (), (), None, None, ("roles",))
    assert candidate_notes(weak, None, unread) == ([], [])  # type: ignore[arg-type]
    negation = AnchorComparison((), (), (), None, None, ("negation",))
    assert candidate_notes(weak, None, negation) == ([], [])  # type: ignore[arg-type]


def test_a_comparison_reversed_in_the_next_sentence_is_inside_the_passage() -> None:
    quote = "The northern farmers are far more patient than the southern ones."
    r = match_meaning(quote, VALLEY, language="en", text_language="en")
    assert "roles" in r.flags or "roles" in r.candidate_flags, r.reason
    span = r.span if r.status == REWORDED else r.candidate
    assert span is not None and "Far less patient" in span.slice(VALLEY), r.reason
    assert f"characters {span.start}-{span.end}" in r.reason  # the place said is the span

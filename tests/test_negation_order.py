"""Negations the word pairs leave without anything to compare with: a clause of the quote none
of whose words pairs (compared with the clauses of the passage in its place,
matching/clauseorder.py), and a sentence of the quote the passage leaves out (compared with
the text's sentence next to the passage, matching/leftout.py). Passages written for the
tests."""

from __future__ import annotations

from builders import DIARY

from sourcecheck.matching.leftout import left_out_negation
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negation import negation_differs, read_negations
from sourcecheck.matching.vectors import text_units
from sourcecheck.matching.wordpairs import Alignment, WordPair, content_positions
from sourcecheck.models import Span

GUESTS = "Die Gäste waren sehr müde, kaum noch wach, und sprachen mit großer Freude."
PAIRS = (("guests", "Gäste"), ("tired", "müde"), ("hardly", "kaum"), ("awake", "wach"))
# "kaum" renders "hardly": it answers no negation of the clause next to it


def _differs(quote: str, passage: str, pairs=PAIRS) -> bool:
    """The negation check with only ``pairs`` rendered (the other content words unpaired)."""
    at = [(quote.index(q), passage.index(p)) for q, p in pairs]
    paired_q, paired_p = {a for a, _ in at}, {b for _, b in at}
    rendered = (
        {o: o in paired_q for o, _ in content_positions(quote, "en")},
        {o: o in paired_p for o, _ in content_positions(passage, "de")},
    )
    return negation_differs(
        read_negations(quote, "en"), read_negations(passage, "de"), at, rendered=rendered
    )


def test_a_negated_clause_without_counterparts_is_compared_with_the_clause_in_its_place():
    changed = "The guests were very tired, hardly awake, and talked without any pleasure."
    faithful = "The guests were very tired, hardly awake, and talked with much pleasure."
    assert _differs(changed, GUESTS)
    assert not _differs(faithful, GUESTS)
    # the passage's clause in its place negates: answered
    negated = "Die Gäste waren sehr müde, kaum noch wach, und sprachen ohne jede Freude."
    assert not _differs(changed, negated)
    # a negation next to the clause in its place answers it, as next to an aligned clause,
    # unless it renders a word of the quote ("kaum" / "hardly")
    unpaired = tuple(p for p in PAIRS if p[0] != "hardly")
    assert not _differs(changed, GUESTS, unpaired)


def test_a_clause_in_its_place_is_only_one_the_pairs_leave_free():
    # the quote's last clause has no counterpart, and the passage has none after the
    # counterparts of its neighbour: nothing stands in its place, nothing is compared
    quote = "The guests were very tired, hardly awake, and talked without any pleasure."
    short = "Die Gäste waren sehr müde, kaum noch wach."
    assert not _differs(quote, short)
    # a passage that goes on for many clauses is no rendering of a last clause
    longer = GUESTS[:-1] + ", tranken Wein, lachten, sangen, tanzten bis zum Morgen."
    assert not _differs(quote, longer)


CHANCELLOR = (
    "Der Rat tagte bis spät in die Nacht. Der Kanzler sprach lange über die Steuern. "
    "Niemand stimmte ihm zu.\n\nAm nächsten Morgen regnete es."
)


def _left_out(quote: str, text: str = CHANCELLOR):
    start = text.index("Der Kanzler")
    end = text.index("Steuern.") + len("Steuern.")
    pairs = tuple(
        WordPair(q, quote.index(q), p, text.index(p), 0.8)
        for q, p in (("chancellor", "Kanzler"), ("spoke", "sprach"), ("taxes", "Steuern"))
    )
    return left_out_negation(
        quote, "en", text, "de", text_units(text, "de"), Span(start, end),
        Alignment(content=6, pairs=pairs),
    )  # fmt: skip


def test_a_left_out_sentence_is_read_against_the_sentence_in_its_place():
    left = _left_out("The chancellor spoke at length about the taxes. Everyone agreed with him.")
    assert left is not None
    assert left.text == "Niemand stimmte ihm zu."
    assert left.span.slice(CHANCELLOR).endswith("Niemand stimmte ihm zu.")
    assert left.span.slice(CHANCELLOR).startswith("Der Kanzler")
    assert "Everyone agreed with him." in left.note()
    # the same negation on both sides: nothing differs
    assert _left_out("The chancellor spoke at length about the taxes. Nobody agreed.") is None
    # a one-sentence quote leaves nothing out
    assert _left_out("The chancellor spoke at length about the taxes.") is None


def test_the_place_of_a_left_out_sentence_ends_with_the_paragraph():
    text = CHANCELLOR.replace(" Niemand stimmte ihm zu.", "\n\nNiemand stimmte ihm zu.")
    quote = "The chancellor spoke at length about the taxes. Everyone agreed with him."
    assert _left_out(quote, text) is None


def test_end_to_end_a_left_out_negation_is_flagged_and_shown():
    quote = (
        "In the dining car the minister talked for a long time with the banker about the new "
        "duties on coal and iron. All of them objected."
    )  # "objected" pairs with no word there: the passage found leaves the sentence out
    result = match_meaning(quote, DIARY, language="en", text_language="de")
    assert result.status == REWORDED
    assert "negation" in result.flags
    assert result.span is not None and "Niemand widersprach ihm." in result.span.slice(DIARY)
    faithful = quote.replace("All of them objected.", "None of them objected.")
    kept = match_meaning(faithful, DIARY, language="en", text_language="de")
    assert kept.status == REWORDED and "negation" not in kept.flags

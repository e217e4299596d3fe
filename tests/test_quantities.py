"""Quantity and frequency words turned round (issue 10): a long, otherwise faithful rendering
that says "feared him more" where the source says "fearing him less", "much trouble" for
"little trouble", "very many escaped" for "few had escaped", is flagged ``opposite``; the same
rendering with the source's amounts is not, nor are "a few", "more or less", a comparison
("less cautious": :mod:`sourcecheck.matching.comparisons` reads it) or words of two things
("less cautious, more violent" against "more violent, less cautious"). The chronicle is ours,
written for these tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE, opposite_change, opposite_words
from sourcecheck.matching.quantities import quantity_words
from sourcecheck.models import Difference

CHRONICLE = (
    "The chronicle of the hill towns, as the notary of the guild kept it.\n\n"
    "The garrison of the citadel, worn down by the winter and finding the walls hard to "
    "hold, grew weary of the governor's harshness, and fearing him less when they saw how "
    "many rose against him, they drove him out of the gate.\n\n"
    "Those who come to office by the favour of the great have little trouble in gaining it, "
    "but much in keeping it, for they are carried up and have no footing once there.\n\n"
    "Of the merchants held in the tower over the winter of the flood, the jailers hanged as "
    "many as they could find, and few had escaped when the bishop's men opened the doors.\n\n"
    "In the autumn the river froze early and the ferrymen carried the mail across the ice.\n"
)


def _meaning(quote: str):
    return match_meaning(quote, CHRONICLE, language="en", text_language="en")


@pytest.mark.parametrize(
    ("quote", "said", "source"),
    [
        ("The soldiers of the citadel, exhausted by the winter and finding the walls difficult "
         "to defend, became tired of the governor's harshness, and seeing how many had risen "
         "against him, they feared him more and drove him out of the gate.", "more", "less"),
        ("Those who rise to office by the favour of the great have much trouble in gaining it "
         "but very little in keeping it, for they are carried up and have no footing there.",
         "much", "little"),
        ("Of the merchants kept in the tower during the winter of the flood, the jailers hanged "
         "as many as they could lay hands on, and very many escaped when the bishop's men "
         "opened the doors.", "many", "few"),
    ],
)  # fmt: skip
def test_a_quantity_turned_round_in_a_long_rendering_is_flagged(
    quote: str, said: str, source: str
) -> None:
    result = _meaning(quote)
    assert result.status == REWORDED and OPPOSITE in result.flags, result.reason
    assert f"“{said}” where the source says the opposite, “{source}”" in result.reason


@pytest.mark.parametrize(
    "quote",
    [
        "The soldiers of the citadel, exhausted by the winter and finding the walls difficult "
        "to defend, became tired of the governor's harshness, and seeing how many had risen "
        "against him, they feared him less and drove him out of the gate.",
        "Those who rise to office by the favour of the great have little trouble in gaining it "
        "but very much in keeping it, for they are carried up and have no footing there.",
        "Of the merchants kept in the tower during the winter of the flood, the jailers hanged "
        "as many as they could lay hands on, and very few escaped when the bishop's men "
        "opened the doors.",
    ],
)
def test_the_same_rendering_with_the_sources_amounts_is_not_flagged(quote: str) -> None:
    result = _meaning(quote)
    assert result.status == REWORDED and OPPOSITE not in result.flags, result.reason


@pytest.mark.parametrize(
    ("quote", "passage", "language", "expected"),
    [
        ("he would seldom find himself deceived", "he would find himself very often deceived",
         "en", ("seldom", "often")),
        ("the first kind is least excellent", "the first is the most excellent", "en",
         ("least", "most")),
        ("sie fürchteten ihn mehr und jagten ihn fort", "weil sie ihn weniger fürchteten, "
         "jagten sie ihn fort", "de", ("mehr", "weniger")),
        ("у него было много друзей в городе", "у него было мало друзей в городе", "ru",
         ("много", "мало")),
        # both amounts swapped: each word still ties to the other's thing
        ("much trouble in rising but very little in keeping", "little trouble in rising, but "
         "much in keeping", "en", ("much", "little")),
    ],
)  # fmt: skip
def test_opposite_amounts_of_the_same_thing(
    quote: str, passage: str, language: str, expected: tuple[str, str]
) -> None:
    assert quantity_words(quote, passage, language) == expected
    assert opposite_words(quote, language, passage, language) == expected


@pytest.mark.parametrize(
    ("quote", "passage"),
    [
        ("he found a few friends in the town", "he found many friends in the town"),
        ("he had a little money left", "he had much money left"),
        ("it is more or less easy to hold them", "it is less easy to hold them"),
        ("at least the town was spared", "at most the town was spared"),
        ("they are less cautious, more violent", "they are more violent and less cautious"),
        ("many came to the fair and few stayed", "few stayed, though many came to the fair"),
        ("he gave more than his brother", "he gave less than his brother"),
        ("much of the grain was lost", "little of the wine was lost at sea"),
    ],
)
def test_amounts_of_other_things_or_other_idioms_are_not_turned_round(
    quote: str, passage: str
) -> None:
    assert quantity_words(quote, passage, "en") is None


def test_across_languages_nothing_is_read_and_a_word_matchers_change_is() -> None:
    assert quantity_words("they feared him more", "sie fürchteten ihn weniger", "en") is None
    assert opposite_words("they feared him more", "en", "sie fürchteten ihn weniger", "de") is None
    changed = opposite_change([Difference("changed", "more", "less")], "en")
    assert changed is not None and changed.quote == "more"
    assert opposite_change([Difference("changed", "much", "many")], "en") is None


def test_a_negation_counts_in_the_quantity_words_own_clause_only() -> None:
    # "did not fear him much" says "feared him little": the negation check compares those
    assert (
        opposite_words("they did not fear him much", "en", "they feared him little", "en") is None
    )
    # a negation in another clause of the passage does not hide the amount turned round
    passage = (
        "they have little trouble in rising, but much in keeping atop; they have not any "
        "difficulties on the way up, because they fly"
    )
    quote = "they have much trouble in rising but very little in keeping their place"
    assert opposite_words(quote, "en", passage, "en") == ("much", "little")

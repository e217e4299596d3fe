"""Word order in the meaning stage (matching/wordorder.py): a quote made of a passage's own
words in shuffled order is word salad, not a rewording; a rewording that moves whole phrases
(a clause put first, a fronted adverbial moved, a passive) keeps its words together."""

from __future__ import annotations

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordorder import MIN_PAIRS, scrambled_reason, word_order

SOURCE = (
    "The old ferryman rowed the merchants across the river every morning before dawn. "
    "In the winter the river froze and the merchants walked over the ice to the market. "
    "His daughter kept the accounts of the ferry in a small green book with brass corners. "
    "When the bridge was finally built, the ferryman sold his boat to a fisherman from the "
    "northern village and moved to the town. "
    "The fisherman painted the boat red and gave it his mother's name. "
    "It would have been far safer for the ferryman to be feared by the merchants than to be "
    "loved by them."
)


def test_word_pairs_tell_shuffled_words_from_moved_phrases():
    passage = "It would have been far safer for him to be feared than to be loved."
    salad = "Loved be than to him it far for been to be would feared safer have."
    order = word_order(salad, passage)
    assert order.same_words == 1.0 and order.pairs < MIN_PAIRS and order.scrambled
    assert "100% of the quote's words but only 14% of its pairs" in scrambled_reason(order)
    # the passage's words, a phrase moved: most pairs kept
    moved = "To be feared than to be loved would have been far safer for him."
    assert word_order(moved, passage).pairs > 0.8 and not word_order(moved, passage).scrambled
    # a quote in other words has other pairs because it has other words: not judged so
    other = "Being feared was a much safer thing for him than being loved."
    assert word_order(other, passage).pairs < MIN_PAIRS
    assert not word_order(other, passage).scrambled
    # a quote of under 8 words is left to the short-quotation rule
    assert not word_order("Loved be than to him it.", passage).scrambled


def test_each_word_counts_as_often_as_the_passage_has_it():
    # "the" twice in the quote, once there: one of them counts
    assert word_order("the the dog", "the dog").same_words == 2 / 3


def test_the_passages_words_shuffled_are_no_rewording():
    salad = (
        "Boat the with corners kept brass book green daughter accounts a his small ferry "
        "of the in the."
    )
    r = match_meaning(salad, SOURCE, language="en", text_language="en")
    assert r.status == "not_found"
    assert "the same words in another order" in r.reason, r.reason
    assert r.candidate is not None and "daughter kept" in r.candidate.slice(SOURCE)


def test_a_rewording_that_moves_phrases_stays_reworded():
    # the subordinate clause put last, a phrase reworded: the phrases keep their words
    moved = (
        "The ferryman sold his boat to a fisherman of the northern village and went to live "
        "in the town once the bridge had finally been built."
    )
    r = match_meaning(moved, SOURCE, language="en", text_language="en")
    assert r.status == REWORDED, r.reason
    assert "sold his boat" in r.span.slice(SOURCE)


def test_few_content_words_shuffled_are_no_rewording():
    # five content words: too few neighbours to tell by them
    salad = "Loved be far by than to safer them it ferryman feared been to the would have."
    r = match_meaning(salad, SOURCE, language="en", text_language="en")
    assert r.status == "not_found" and "pairs of neighbouring words" in r.reason, r.reason

"""Word order in the meaning stage (matching/wordorder.py): a quote made of a passage's own
words in shuffled order is word salad, not a rewording; a rewording that moves whole phrases
(a clause put first, a fronted adverbial moved, a passive) keeps its words together."""

from __future__ import annotations

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordorder import MIN_LINKS, WordOrder, scrambled_reason, word_order

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


def _counted(order: WordOrder) -> tuple[int, int]:
    return order.kept, order.links


def test_order_kept_counts_neighbours_in_the_same_order():
    # two clauses swapped: every neighbour kept but the one across the seam
    swapped = [(0, 50), (5, 55), (10, 60), (15, 0), (20, 5), (25, 10)]
    assert _counted(word_order(swapped)) == (4, 5)
    assert not word_order(swapped).scrambled
    # shuffled: no two neighbours of the quote are neighbours there
    shuffled = [(0, 30), (5, 10), (10, 50), (15, 0), (20, 40), (25, 20)]
    assert _counted(word_order(shuffled)) == (0, 5)
    assert word_order(shuffled).scrambled
    # words the passage adds between them do not part neighbours (ranks among counterparts)
    assert word_order([(0, 0), (5, 400), (10, 900)]).kept == 2


def test_a_short_sentence_reversed_is_not_judged_by_order():
    # "the dog bit the man" / "the man was bitten by the dog": a passive reverses every word
    reversed_ = [(0, 20), (5, 10), (10, 0)]
    assert word_order(reversed_).links < MIN_LINKS and not word_order(reversed_).scrambled


def test_each_word_counts_once_on_either_side():
    # a quote word paired twice (a repeated passage word), a passage word paired twice
    # (0, 9) and (5, 0) are left out: their words are paired already
    order = word_order([(0, 0), (0, 9), (5, 9), (5, 0), (10, 20)])
    assert _counted(order) == (2, 2)


def test_the_passages_words_shuffled_are_no_rewording():
    salad = (
        "Boat the with corners kept brass book green daughter accounts a his small ferry "
        "of the in the."
    )
    r = match_meaning(salad, SOURCE, language="en", text_language="en")
    assert r.status == "not_found"
    assert "in another order" in r.reason and "neighbours in the same order" in r.reason
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


def test_a_quote_of_few_content_words_is_judged_by_its_word_pairs():
    passage = "It would have been far safer for him to be feared than to be loved."
    salad = "Loved be than to him it far for been to be would feared safer have."
    order = word_order([], salad, passage)
    assert order.same_words == 1.0 and order.pairs < 0.35 and order.scrambled
    assert "only 14% of its pairs of neighbouring words" in scrambled_reason(order)
    # the passage's words in its own order, a phrase moved: most pairs kept
    moved = "To be feared than to be loved would have been far safer for him."
    assert not word_order([], moved, passage).scrambled
    # a quote of under 8 words is left to the short-quotation rule
    assert not word_order([], "Loved be than to him it.", passage).scrambled


def test_few_content_words_shuffled_are_no_rewording():
    # five content words: too few neighbours to tell by them
    salad = "Loved be far by than to safer them it ferryman feared been to the would have."
    r = match_meaning(salad, SOURCE, language="en", text_language="en")
    assert r.status == "not_found" and "pairs of neighbouring words" in r.reason, r.reason

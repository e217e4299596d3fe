"""Relations turned round where walk107 found them unflagged (task roles108): a comparison
worded "has more to fear from A than from B" against "fears A less than B", a contrast's two
halves with their outcomes exchanged, and "before" against "when" across languages. Passages
written for these tests."""

from __future__ import annotations

import re

from sourcecheck.matching.comparisons import comparisons, reversed_comparison
from sourcecheck.matching.halves import exchanged_halves
from sourcecheck.matching.temporal import changed_order
from sourcecheck.matching.wordpairs import Alignment, WordPair, content_positions

STEWARD = (
    "A steward who has more to fear from his tenants than from the bailiff ought to keep his "
    "books in order, but one who has more to fear from the bailiff than from his tenants ought "
    "to keep his barn full."
)


def _same(words: str) -> dict[str, frozenset[str]]:
    return {w: frozenset({w}) for w in words.split()}


def _pairs(quote: str, passage: str, words: list[tuple[str, str]]) -> Alignment:
    """An alignment pairing each (quote word, passage word) at each one's first occurrence."""
    pairs = tuple(WordPair(q, _at(quote, q), p, _at(passage, p), 0.9) for q, p in words)
    return Alignment(len(content_positions(quote, "en")), pairs)


def _at(text: str, word: str) -> int:
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    assert m is not None, word
    return m.start()


def test_more_to_fear_compares_more_not_the_word_after_it():
    first = comparisons(STEWARD, "en")[0]
    assert first.heads == frozenset({"more"}) and first.direction == 1


def test_less_than_against_more_to_fear_than_is_turned():
    counterparts = _same("steward fears fear tenants bailiff keep books order barn full")
    counterparts["fears"] = frozenset({"fear"})
    less = "A steward who fears his tenants less than the bailiff ought to keep his books in order."
    turned = reversed_comparison(less, "en", STEWARD, "en", counterparts)
    assert turned is not None and "“less” in the quote, “more” in the source" in turned.note
    more = less.replace("less", "more")
    assert reversed_comparison(more, "en", STEWARD, "en", counterparts) is None
    # the quote's second comparison shares all its terms with both of the passage's: the
    # one with them in the same places is its rendering, not the first one read
    quote = (
        "But one who has greater fear of the bailiff than of his tenants ought to keep his barn "
        "full."
    )
    assert reversed_comparison(quote, "en", STEWARD, "en", counterparts) is None


HARVEST = (
    "If the harvest is good and the prices hold, the careful farmer is rewarded for his "
    "patience; but if the prices fall in the autumn, he is ruined, because he cannot sell."
)


def test_a_contrasts_outcomes_exchanged_between_its_halves():
    changed = (
        "If the harvest is good and the prices hold, the careful farmer is ruined by his "
        "patience; but if the prices fall in the autumn, he is rewarded, because he cannot sell."
    )
    words = ["harvest", "good", "hold", "careful", "farmer", "patience", "fall", "autumn", "sell"]
    same = [(w, w) for w in words]
    swapped = _pairs(changed, HARVEST, [*same, ("ruined", "ruined"), ("rewarded", "rewarded")])
    note = exchanged_halves(changed, "en", HARVEST, "en", swapped)
    assert note is not None and "“ruined” and “rewarded”" in note
    kept = HARVEST
    aligned = _pairs(kept, HARVEST, [*same, ("ruined", "ruined"), ("rewarded", "rewarded")])
    assert exchanged_halves(kept, "en", HARVEST, "en", aligned) is None
    # a loose pair (a word paired with a neighbour of its counterpart) moves nothing
    loose = Alignment(
        swapped.content,
        tuple(p if p.quote != "rewarded" else WordPair(p.quote, p.quote_at, p.passage,
              p.passage_at, 0.6) for p in swapped.pairs),
    )  # fmt: skip
    assert exchanged_halves(changed, "en", HARVEST, "en", loose) is None
    # no contrasting conjunction: no halves read
    quote = "The careful farmer is ruined and the careless one rewarded."
    passage = "The careful farmer is rewarded and the careless one ruined."
    plain = [("careful", "careful"), ("farmer", "farmer"), ("ruined", "ruined")]
    assert exchanged_halves(quote, "en", passage, "en", _pairs(quote, passage, plain)) is None


MILLER = "Когда мельник вернулся с ярмарки, его жена продала старую телегу кузнецу."


def test_before_against_when_is_another_order_in_time():
    before = "Before the miller came back from the fair, his wife sold the old cart."
    words = [("miller", "мельник"), ("came", "вернулся"), ("fair", "ярмарки"),
             ("wife", "жена"), ("sold", "продала"), ("cart", "телегу")]  # fmt: skip
    note = changed_order(before, "en", MILLER, "ru", _pairs(before, MILLER, words))
    assert note is not None and "“Before” in the quote, “Когда” in the source" in note
    when = before.replace("Before", "When")
    assert changed_order(when, "en", MILLER, "ru", _pairs(when, MILLER, words)) is None
    after = before.replace("Before", "After")  # after / when: left alone
    assert changed_order(after, "en", MILLER, "ru", _pairs(after, MILLER, words)) is None
    # a "before" inside its clause ("by the time") is not read against "когда"
    inside = "The miller needed to ask twice before the fair ended, his wife sold the old cart."
    inner = [("miller", "мельник"), ("fair", "ярмарки"), ("wife", "жена"), ("sold", "продала")]
    assert changed_order(inside, "en", MILLER, "ru", _pairs(inside, MILLER, inner)) is None


def test_before_one_event_is_after_the_other_event():
    # "A before B" says what "B after A" says: the passage's conjunction relates the OTHER
    # clause, and is not read against the quote's
    quote = "Before the miller came back, his wife sold the cart."
    passage = "Nachdem seine Frau den Wagen verkauft hatte, kam der Müller zurück."
    words = [("miller", "Müller"), ("came", "kam"), ("wife", "Frau"), ("sold", "verkauft"),
             ("cart", "Wagen")]  # fmt: skip
    assert changed_order(quote, "en", passage, "de", _pairs(quote, passage, words)) is None
    german = "Bevor der Müller zurückkam, verkaufte seine Frau den Wagen."
    english = "When the miller came back, his wife sold the cart."
    pairs = [("Müller", "miller"), ("zurückkam", "came"), ("Frau", "wife"),
             ("verkaufte", "sold"), ("Wagen", "cart")]  # fmt: skip
    note = changed_order(german, "de", english, "en", _pairs(german, english, pairs))
    assert note is not None and "“Bevor”" in note

"""A Russian clause's subject read by its verb's agreement (:mod:`.matching.agreement`), and
the roles it reverses when a noun pairs with nothing on the other side or its case is
ambiguous (:mod:`.matching.caseroles`). Passages written for these tests."""

from __future__ import annotations

from sourcecheck.matching.agreement import clause_subjects
from sourcecheck.matching.reversal import crossed_cases
from sourcecheck.matching.wordpairs import Alignment, WordPair

FOREST = "The shepherd found the girl in the forest."


def _pairs(quote: str, passage: str, words: dict[str, str]) -> Alignment:
    """An alignment of the quote's words in ``words`` with their given renderings."""
    pairs = tuple(WordPair(q, quote.index(q), p, passage.index(p), 0.8) for q, p in words.items())
    return Alignment(len(words) + 1, pairs)


def test_the_verb_agrees_with_its_subject_in_number_and_gender() -> None:
    assert clause_subjects("лиса поймала петуха".split(), [1]) == {0}
    assert clause_subjects("петуха поймала лиса".split(), [1]) == {2}  # either order
    assert clause_subjects("пастух нашёл девочку".split(), [1]) == {0}  # a masculine past
    assert clause_subjects("рыбаки продали лодку".split(), [1]) == {0}  # a plural
    # a participle, a reflexive and a word that is no verb read nothing
    assert clause_subjects("девочка была найдена".split(), [2]) is None
    assert clause_subjects("дверь открылась".split(), [1]) is None
    assert clause_subjects("девочка в лесу".split(), [2]) is None


def test_a_russian_quote_whose_object_pairs_with_nothing_has_the_roles_reversed() -> None:
    quote = "Девочка нашла пастуха в лесу."  # "пастуха" pairs with nothing here
    words = {"Девочка": "girl", "нашла": "found", "лесу": "forest"}
    found = crossed_cases(quote, "ru", FOREST, "en", _pairs(quote, FOREST, words))
    assert found is not None and "“shepherd” act on “girl”" in found
    # the same roles: the girl is the object; without the verb's pair nothing is read
    kept = "Пастух нашёл девочку в лесу."
    same = {"девочку": "girl", "нашёл": "found", "лесу": "forest"}
    assert crossed_cases(kept, "ru", FOREST, "en", _pairs(kept, FOREST, same)) is None
    nouns = {"Девочка": "girl", "лесу": "forest"}
    assert crossed_cases(quote, "ru", FOREST, "en", _pairs(quote, FOREST, nouns)) is None


def test_an_english_quote_against_a_russian_subject_of_ambiguous_case() -> None:
    # "Пастух": a nominative, or an inanimate reading's accusative; the verb tells
    russian = "Пастух нашёл девочку в лесу."
    quote = "The girl found the shepherd in the forest."
    words = {"girl": "девочку", "found": "нашёл", "shepherd": "Пастух", "forest": "лесу"}
    found = crossed_cases(quote, "en", russian, "ru", _pairs(quote, russian, words))
    assert found is not None and "“girl” act on “shepherd”" in found
    true = {"shepherd": "Пастух", "found": "нашёл", "girl": "девочку", "forest": "лесу"}
    assert crossed_cases(FOREST, "en", russian, "ru", _pairs(FOREST, russian, true)) is None
    # a passive Russian clause says the same: its participle is not read as the verb
    passive = "Девочка была найдена пастухом в лесу."
    theirs = {"girl": "Девочка", "found": "найдена", "shepherd": "пастухом", "forest": "лесу"}
    assert crossed_cases(FOREST, "en", passive, "ru", _pairs(FOREST, passive, theirs)) is None

"""A reversed statement is not the same in other words (issue 10): roles exchanged (active
and passive), comparisons turned round, and a negation at the best place of a segment the word
matcher did not find. Passages written for these tests."""

from __future__ import annotations

from sourcecheck.matching.comparisons import comparisons, reversed_comparison
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.reversal import read_reversal, relations
from sourcecheck.matching.wordpairs import Alignment
from sourcecheck.normalize import fold

GOAT = (
    "Market day. The goat kicked the farmer beside the well, and the farmer sold it the same "
    "afternoon. The bakery is far less crowded than the butcher's shop."
)


def _same(quote: str, passage: str, language: str = "en") -> str | None:
    """What ``passage`` reverses of ``quote`` in one language (each word its own
    counterpart)."""
    found = read_reversal(quote, language, passage, language, Alignment(0, ()))
    return found.note if found is not None else None


def test_active_and_passive_clauses_read_the_same_doer() -> None:
    active = relations("The goat kicked the farmer beside the well.", "en")
    passive = relations("Beside the well the farmer was kicked by a goat.", "en")
    assert [(set(r.doer), set(r.undergoer)) for r in active] == [({"goat"}, {"farmer"})]
    assert [(set(r.doer), set(r.undergoer)) for r in passive] == [({"goat"}, {"farmer"})]
    # an adverb opening the clause is no noun phrase; nor is a phrase after a preposition
    opened = relations("Yesterday a goat was kicked by the farmer.", "en")
    assert [(set(r.doer), set(r.undergoer)) for r in opened] == [({"farmer"}, {"goat"})]


def test_german_article_marks_the_object_put_first() -> None:
    fronted = relations("Den Bauern trat die Ziege am Brunnen.", "de")
    assert [(set(r.doer), set(r.undergoer)) for r in fronted] == [({"ziege"}, {"bauern"})]
    (passive,) = relations("Der Bauer wurde von der Ziege getreten.", "de")
    assert "ziege" in passive.doer and passive.undergoer == {"bauer"}  # the verb closes it


def test_roles_exchanged_are_found_and_a_true_passive_is_not() -> None:
    source = "The goat kicked the farmer beside the well."
    note = _same("The farmer kicked the goat beside the well.", source)
    assert note is not None and "“goat” act on “farmer”" in note
    assert _same("Beside the well a goat was kicked by the farmer.", source) is not None
    assert _same("Beside the well the farmer was kicked by a goat.", source) is None
    # an apposition relates no doer to an undergoer ("the governor of some city")
    assert _same("He met the mayor of some northern town.", "He met the town of a mayor.") is None


def test_a_comparison_turned_round() -> None:
    source = "The bakery is far less crowded than the butcher's shop."
    flipped = _same("The bakery is far more crowded than the butcher's shop.", source)
    assert flipped is not None and "“more crowded” in the quote" in flipped
    exchanged = _same("The butcher's shop is far less crowded than the bakery.", source)
    assert exchanged is not None and "exchanged" in exchanged
    # both turned round: the same thing said ("B more than A" for "A less than B")
    assert _same("The butcher's shop is far more crowded than the bakery.", source) is None
    # an opposite word is no counterpart: "costs less" for "is cheaper" is not read as reversed
    assert _same("Bread costs less than cake.", "Bread is cheaper than cake.") is None


def test_comparisons_in_german_and_russian() -> None:
    (german,) = [c for c in comparisons("Das Brot ist weit weniger teuer als der Kuchen.", "de")]
    assert german.direction == -1 and german.second == frozenset({"kuchen"})
    ru = "Хлеб гораздо менее дорогой, чем пирог."
    same = {fold(w): frozenset({fold(w)}) for w in ("хлеб", "гораздо", "дорогой", "пирог")}
    assert reversed_comparison("Хлеб гораздо более дорогой, чем пирог.", "ru", ru, "ru", same)
    both = "Пирог гораздо более дорогой, чем хлеб."  # turned round twice: the same
    assert reversed_comparison(both, "ru", ru, "ru", same) is None


def test_the_word_matcher_flags_words_put_in_each_others_place() -> None:
    r = match_quote("The farmer kicked the goat beside the well, and the farmer sold it.", GOAT)
    assert r.status in ("close", "partial") and "roles" in r.flags
    assert "who does what to whom is reversed" in r.reason
    more = match_quote("The bakery is far more crowded than the butcher's shop.", GOAT)
    assert "roles" in more.flags and "the comparison goes the other way" in more.reason
    same = match_quote("The goat kicked the farmer beside the well.", GOAT)
    assert same.status == "verbatim" and "roles" not in same.flags


def test_a_segment_not_found_is_checked_for_a_negation_at_its_best_place() -> None:
    source = (
        "Evening. The great storm over the hills is over, but there is no light. Nobody slept "
        "in the village."
    )
    r = match_quote("The great storm over the hills is over ... there is light.", source)
    assert r.status == "partial" and "negation" in r.flags
    assert "“no” there" in r.reason
    kept = match_quote("The great storm over the hills is over ... there is no light.", source)
    assert "negation" not in kept.flags


def test_meaning_stage_rejects_the_passage_own_words_in_exchanged_roles() -> None:
    swapped = match_meaning("The farmer kicked the goat beside the well.", GOAT)
    assert swapped.status == "not_found" and "roles" in swapped.candidate_flags
    assert "roles exchanged" in swapped.reason
    passive = match_meaning("Beside the well the farmer was kicked by a goat.", GOAT)
    assert passive.status == "reworded" and "roles" not in passive.flags

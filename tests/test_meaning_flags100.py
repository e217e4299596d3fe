"""Meaning flags a new user found wrong across languages (issue 10, walk99 F1-F5, F12): a
negating prefix on one side only (matching/negprefix.py), a correlative comparison turned
round (matching/correlatives.py), Russian genitive names read as doers (matching/roles.py),
"Тысячи" read as 1000 (facts/numerals.py), a negation in a clause the quote does not render
(matching/clauseorder.py ``uncrossed``) and "No. 12" (matching/privative.py), "über einen
Monat" read as no number (facts/oneunit.py). The passages are written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.facts.languages import figures_in, read_numbers_in
from sourcecheck.matching.correlatives import reversed_correlative
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negation import negation_differs, read_negations
from sourcecheck.matching.negprefix import prefixed_pair
from sourcecheck.matching.wordpairs import Alignment, WordPair

HARBOUR = (
    "Notes of a harbour master, summer 1911.\n\n"
    "In the summer of 1911 the fishing fleets of Northern Norway reached the coast of Sweden, "
    "and the season began. To the pilots it was incomprehensible that the captain had left the "
    "harbour without a tug. The higher the tide rose, the more barges reached the quay at "
    "dawn.\n\n"
    "Thousands of sailors waited along the pier for the ships. The damaged schooner lay in the "
    "dry dock for over a month before it could sail again. The inspector blamed the delay on "
    "the careless wording of Circular No. 12 from the ministry."
)
HAFEN = (
    "Aufzeichnungen eines Hafenmeisters, Sommer 1911.\n\n"
    "Der beschädigte Schoner lag über einen Monat im Trockendock, bevor er wieder segeln "
    "konnte. Je höher die Flut stieg, desto mehr Lastkähne erreichten im Morgengrauen den Kai."
)


def meaning(quote: str, text: str, text_language: str, language: str | None = None):
    return match_meaning(quote, text, language=language, text_language=text_language)


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Лоцманам было понятно, что капитан покинул гавань без буксира.", "ru"),
        ("Den Lotsen war es verständlich, dass der Kapitän den Hafen ohne Schlepper verlassen "
         "hatte.", "de"),
    ],
)  # fmt: skip
def test_a_negating_prefix_on_one_side_across_languages_is_a_negation(quote, language):
    r = meaning(quote, HARBOUR, "en", language)
    assert r.status == REWORDED and "negation" in r.flags
    assert r.evidence is not None
    assert "incomprehensible" in r.evidence.passage_negations
    assert not any("incomprehensible" in w for w in r.evidence.shared_words)  # no shared word


def test_a_negating_prefix_kept_in_the_rendering_is_no_negation():
    r = meaning("Лоцманам было непонятно, что капитан покинул гавань без буксира.", HARBOUR, "en")
    assert r.status == REWORDED and "negation" not in r.flags


def test_a_prefix_that_negates_nothing_is_not_read_as_one():
    # "discover" is no "cover" negated: "entdecken" is far nearer the whole word
    pair = WordPair("discovered", 4, "entdeckte", 4, 0.8)
    found = prefixed_pair(
        "They discovered it.", "en", "Sie entdeckte es.", "de", Alignment(1, (pair,)),
        default_embedder(),
    )  # fmt: skip
    assert found is None


@pytest.mark.parametrize(
    ("quote", "text", "language", "reversed_"),
    [
        ("Чем выше поднимался прилив, тем меньше барж подходило к причалу на рассвете.",
         HARBOUR, "en", True),
        ("Чем выше поднимался прилив, тем больше барж подходило к причалу на рассвете.",
         HARBOUR, "en", False),
        ("The higher the tide rose, the fewer barges reached the quay at dawn.", HAFEN, "de",
         True),
    ],
)  # fmt: skip
def test_a_correlative_comparison_turned_round_across_languages_is_flagged(
    quote, text, language, reversed_
):
    r = meaning(quote, text, language)
    assert r.status == REWORDED
    assert ("roles" in r.flags) is reversed_
    if reversed_:
        assert "comparison goes the other way" in r.reason


def test_correlatives_are_read_in_each_language():
    flipped = reversed_correlative(
        "Je höher die Flut stieg, desto weniger Kähne kamen.", "de",
        "Чем выше поднимался прилив, тем больше барж подходило.", "ru",
    )  # fmt: skip
    assert flipped is not None and "desto weniger" in flipped.note and "тем больше" in flipped.note
    # both members turned round say much the same; a "the" opening no comparison is none
    both = reversed_correlative(
        "The lower the tide, the fewer barges.", "en", "Je höher die Flut, desto mehr Kähne.", "de"
    )
    assert both is None


def test_russian_genitive_names_are_no_doers():
    quote = (
        "Летом 1911 года рыболовные флотилии Северной Норвегии достигли берегов Швеции, и "
        "начался сезон."
    )
    r = meaning(quote, HARBOUR, "en")
    assert r.status == REWORDED and "roles" not in r.flags


def test_a_bare_plural_of_a_scale_is_no_number():
    assert [n.value for n in read_numbers_in("Тысячи матросов ждали.", "ru")] == []
    assert [n.value for n in read_numbers_in("Две тысячи матросов ждали.", "ru")] == [2000]
    assert [n.value for n in read_numbers_in("Около тысячи матросов ждали.", "ru")] == [1000]
    r = meaning("Тысячи матросов ждали корабли вдоль пирса.", HARBOUR, "en")
    assert r.status == REWORDED and "number" not in r.flags and "name" not in r.flags


def test_a_negation_in_a_clause_the_quote_leaves_out_is_not_counted():
    # the passage says "committed" again in a clause the quote does not render; paired there
    # by its stem, that clause's "not" read as a negation the quote left out
    passage = (
        "That spring the smugglers carried out so many thefts, frauds and robberies as the "
        "port court had not recorded in a whole decade, but which those who committed them "
        "did not regard as crimes."
    )
    quote = (
        "That spring the smugglers committed so many thefts, frauds and robberies as the port "
        "court does not record."
    )
    q, p = read_negations(quote, "en"), read_negations(passage, "en")

    def at(text: str, word: str, nth: int = 0) -> int:
        return [i for i in range(len(text)) if text.startswith(word, i)][nth]

    pairs = [(at(quote, w), at(passage, v, n)) for w, v, n in (
        ("spring", "spring", 0), ("smugglers", "smugglers", 0), ("committed", "committed", 0),
        ("thefts", "thefts", 0), ("court", "court", 0), ("record", "recorded", 0))]  # fmt: skip
    unpaired = {at(passage, w) for w in ("carried", "decade", "regard", "crimes")}
    rendered = (
        {a: True for a, _ in pairs},
        {at(passage, w): at(passage, w) not in unpaired for w in (
            "spring", "smugglers", "carried", "thefts", "frauds", "robberies", "court",
            "recorded", "decade", "committed", "regard", "crimes")},
    )  # fmt: skip
    assert not negation_differs(q, p, pairs, rendered=rendered)
    changed = (
        "That spring the smugglers committed so many thefts, frauds and robberies as the port "
        "court records."
    )
    assert negation_differs(read_negations(changed, "en"), p, pairs, rendered=rendered)


def test_a_number_sign_is_no_negation():
    assert read_negations("the wording of Circular No. 12 from the ministry", "en").words == ()
    r = meaning(
        "The inspector attributed the delay to the careless phrasing of circular number 12.",
        HARBOUR,
        "en",
    )
    assert r.status == REWORDED and "negation" not in r.flags


def test_one_unit_of_time_is_the_figure_one():
    assert [n.value for n in figures_in("Er lag über einen Monat im Dock.", "de")] == [1.0]
    assert [n.value for n in figures_in("It lay there for over a month.", "en")] == [1.0]
    assert [n.value for n in figures_in("Ein Mann kam einmal im Monat.", "de")] == []
    schooner = "The damaged schooner lay in the dry dock for {} before it could sail again."
    changed = meaning(schooner.format("over three months"), HAFEN, "de")
    assert changed.status == REWORDED and "number" in changed.flags
    same = meaning(schooner.format("more than a month"), HAFEN, "de")
    assert same.status == REWORDED and "number" not in same.flags

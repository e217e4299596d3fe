"""Times of day read as one figure (facts/times.py) and a changed figure flagged at its
passage rather than rejecting it (matching/wordpairs.py ``with_figures``): "half past five"
for Kafka's "halb sieben" (changed-46 of the labelled set)."""

from __future__ import annotations

import pytest
from conftest import shared_excerpt

from sourcecheck.facts.languages import figures_in
from sourcecheck.facts.times import read_times
from sourcecheck.matching.anchors import compare_anchors, read_anchors
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordpairs import Alignment, WordPair, with_figures


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("It was half past five, and soon a quarter to six.", "en", [5.5, 5.75]),
        ("At a quarter past twelve, then at 3 o'clock", "en", [12.25, 3.0]),
        ("Es war halb sieben Uhr, es näherte sich dreiviertel sieben.", "de", [6.5, 6.75]),
        ("um viertel nach acht und halb eins", "de", [8.25, 12.5]),
        ("Было половина седьмого, без четверти семь.", "ru", [6.5, 6.75]),
        ("в четверть пятого, в пять часов", "ru", [4.25, 5.0]),
        # a time's words broken across the text's lines
        ("Было половина\nседьмого, дело шло к без\nчетверти семь.", "ru", [6.5, 6.75]),
        ("gerade schlug der Wecker dreiviertel\nsieben", "de", [6.75]),
    ],
)
def test_times_of_day_are_read_as_the_hour_on_the_dial(text, language, hours):
    assert [t[0] for t in read_times(text, language)] == hours


def test_a_word_that_names_no_hour_is_no_time():
    assert read_times("es war sogar halb vorüber, es näherte sich schon dreiviertel", "de") == []
    assert read_times("half past the gate, a quarter of the town", "en") == []
    assert read_times("четверть часа спустя", "ru") == []


def test_a_time_is_one_figure_in_place_of_its_number_words():
    assert [n.value for n in figures_in("Es war halb sieben Uhr, 22 Mann.", "de")] == [6.5, 22.0]
    assert [n.value for n in figures_in("It was half past six; two men.", "en")] == [6.5, 2.0]


def test_the_same_time_agrees_and_a_changed_time_differs_across_languages():
    passage = read_anchors("Es war halb sieben Uhr, und die Zeiger gingen ruhig vorwärts.", "de")
    same = read_anchors("It was half past six, the hands moving calmly on.", "en")
    changed = read_anchors("It was half past five, the hands moving calmly on.", "en")
    russian = read_anchors("Было половина седьмого, и стрелки спокойно шли вперёд.", "ru")
    assert "number" not in compare_anchors(same, passage).flags  # word by word: six / sieben
    assert "number" not in compare_anchors(russian, passage).flags
    assert "number" in compare_anchors(changed, passage).flags


def test_a_figures_words_count_as_rendered_only_where_the_passage_states_a_figure():
    quote = "It was half past five, the clock moving on."
    at = quote.index
    pairs = (WordPair("half", at("half"), "halb", 7, 0.9), WordPair("clock", at("clock"), "Uhr",
             20, 0.75))  # fmt: skip
    base = Alignment(content=5, pairs=pairs)  # half, past, five, clock, moving
    figure = [(at("half"), at("five") + 4)]
    counted = with_figures(base, quote, "en", figure, passage_figures=True)
    assert (counted.figures, counted.counterparts, counted.coverage) == (2, 4, 0.8)
    assert with_figures(base, quote, "en", figure, passage_figures=False).coverage == 0.4
    assert with_figures(base, quote, "en", [], passage_figures=True).coverage == 0.4


@pytest.mark.shared
def test_a_changed_time_is_flagged_at_its_passage_and_the_right_one_is_not():
    kafka = shared_excerpt("kafka-die-verwandlung-de.txt", "Als Gregor Samsa", "\nII.")
    changed = match_meaning(
        "It was already half past five, the hands of the clock moving calmly on, and soon it "
        "would be a quarter to six.", kafka, text_language="de",
    )  # fmt: skip
    assert changed.status == REWORDED and changed.flags == ["number"]
    assert "halb sieben Uhr" in changed.span.slice(kafka)
    assert "half past five" in changed.reason and "halb sieben" in changed.reason
    right = match_meaning(
        "It was already half past six, the hands of the clock moving calmly on, and soon it "
        "would be a quarter to seven.", kafka, text_language="de",
    )  # fmt: skip
    assert right.status == REWORDED and right.flags == []
    assert "halb sieben Uhr" in right.span.slice(kafka)


@pytest.mark.shared
def test_a_changed_time_in_russian_is_found_at_its_german_passage_and_flagged():
    # changed-45: "половина пятого" (4:30) for "halb sieben" (6:30) pulled the quote's vector
    # away from its passage (0.47, a topic match); read with its times as figures, 0.61
    kafka = shared_excerpt("kafka-die-verwandlung-de.txt", "Als Gregor Samsa", "\nII.")
    changed = match_meaning(
        "Было половина пятого, и стрелки спокойно шли вперёд, было даже больше половины, дело "
        "шло уже к без четверти пять.", kafka, text_language="de",
    )  # fmt: skip
    assert changed.status == REWORDED and changed.flags == ["number"]
    assert "halb sieben Uhr" in changed.span.slice(kafka)
    assert "половина пятого" in changed.reason and "halb sieben" in changed.reason

"""Scale words in every language's number table (facts/languages.py): "eine Million",
"два миллиона", "2 Millionen" read by value, so a rendering that changes the figure is
flagged ("two million tons" against "eine Million Tonnen": speech-12 of the labelled set)."""

from __future__ import annotations

import pytest

from sourcecheck.facts.languages import figures_in
from sourcecheck.matching.anchors import compare_anchors, read_anchors


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Sie versprachen eine Million Tonnen Getreide.", "de", [1_000_000.0]),
        ("Es kamen zwei Millionen Flüchtlinge und 2 Millionen Pferde.", "de",
         [2_000_000.0, 2_000_000.0]),
        ("Обещали два миллиона пудов хлеба, потом 1,5 миллиона.", "ru",
         [2_000_000.0, 1_500_000.0]),
        ("миллион рублей и пять миллиардов марок", "ru", [1_000_000.0, 5_000_000_000.0]),
        ("un million de francs et trois millions de lires", "fr",
         [1_000_000.0, 3_000_000.0]),
        ("dos millones de pesos", "es", [2_000_000.0]),
    ],
)  # fmt: skip
def test_scale_words_are_read_by_value(text, language, values):
    assert [n.value for n in figures_in(text, language)] == values


def test_a_plural_scale_alone_is_a_vague_quantity_not_a_figure():
    assert figures_in("Millionen Menschen hungerten.", "de") == []
    assert figures_in("миллионы людей голодали", "ru") == []


def test_a_changed_figure_in_millions_is_flagged_across_languages():
    passage = read_anchors("Die Ukrainer versprachen uns eine Million Tonnen Getreide.", "de")
    changed = read_anchors("The Ukrainians promised us two million tons of grain.", "en")
    same = read_anchors("The Ukrainians promised us a million tons of grain.", "en")
    russian = read_anchors("Украинцы обещали нам миллион тонн хлеба.", "ru")
    assert "number" in compare_anchors(changed, passage).flags
    assert "number" not in compare_anchors(same, passage).flags
    assert "number" not in compare_anchors(russian, passage).flags


@pytest.mark.parametrize(
    ("passage", "language"),
    [
        ("Wir müssen in diesem Jahr sechzehn Millionen neues Geld finden.", "de"),
        ("В этом году мы должны найти шестнадцать миллионов новых денег.", "ru"),
    ],
)
def test_a_plural_scale_after_a_number_is_a_scale_as_older_english_writes_it(passage, language):
    """ "sixteen millions of new money" (a budget speech of 1909) is 16,000,000: read as
    sixteen, its true German and Russian renderings were flagged `number` (a fresh trial's
    finding); alone, "millions of men" is still no figure."""
    quote = read_anchors("We must find sixteen millions of new money this year.", "en")
    assert [n for n, _ in quote.numbers] == [16_000_000]
    assert "number" not in compare_anchors(quote, read_anchors(passage, language)).flags
    six = read_anchors("We must find 6 millions of new money this year.", "en")
    assert "number" in compare_anchors(six, read_anchors(passage, language)).flags
    assert [n.value for n in figures_in("Millions of men were under arms.", "en")] == []

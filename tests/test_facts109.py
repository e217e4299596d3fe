"""Numbers, ordinals and dates read right across languages (task facts109, from walkthrough
walk109 on Debian's history in en/de/ru): a dotted version number in a German or Russian
passage is read as printed ("2.1", not 2; "0.01", not 0), an identifier glued to letters or
with two dots ("0.93R6", "2.6.32") is no quantity and is compared as printed, an ordinal
word is a number in every language ("двенадцатой" / "12th"), and a month dated in another
year across languages is a changed date. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.facts.dates import parse_dates
from sourcecheck.facts.identifiers import differing_identifiers
from sourcecheck.facts.languages import figures_in
from sourcecheck.facts.numbers import word_value
from sourcecheck.facts.rendering import rendering_facts
from sourcecheck.matching.anchors import compare_anchors, read_anchors
from sourcecheck.models import Span


def _values(text: str, language: str) -> list[float]:
    return [n.value for n in figures_in(text, language)]


def test_dotted_versions_are_read_as_printed_in_german_and_russian() -> None:
    assert _values("Die Ausgabe 3.1 (Heron) lief auf zwei Plattformen.", "de") == [3.1, 2]
    assert _values("Die Versionen 0.02 bis 0.85 blieben intern.", "de") == [0.02, 0.85]
    assert _values("Сборки 1.4 и 1.6 вышли зимой.", "ru") == [1.4, 1.6]
    # a dot grouping thousands still groups them; a group never starts with 0
    assert _values("über 2.500 Nutzer und die Version 0.910", "de") == [2500, 0.91]
    assert word_value("0.910", language="de") == 0.91


def test_identifiers_are_no_quantities_and_compared_as_printed() -> None:
    assert _values("Сервер работал на сборке 0.93R6 с ядром 2.6.32 и XFree86.", "ru") == []
    assert _values("The server ran build 0.93R6 with the kernel 2.6.32.", "en") == []
    assert differing_identifiers(["2.4.20"], ["2.6.32"]) == (("2.4.20",), ("2.6.32",))
    assert differing_identifiers(["0.93R6"], ["0.93r6", "i386"]) == ((), ())


def test_a_version_rendered_across_languages_is_no_changed_number() -> None:
    quote = read_anchors("Die Ausgabe 3.1 (Heron) lief auf zwei Plattformen.", "de")
    same = read_anchors("Release 3.1 (Heron) ran on two platforms.", "en")
    other = read_anchors("Release 3.4 (Heron) ran on two platforms.", "en")
    assert "number" not in compare_anchors(quote, same).flags
    assert "number" in compare_anchors(quote, other).flags
    text = "Release 3.1 (Heron) ran on two platforms."
    facts = rendering_facts("Die Ausgabe 3.1 (Heron) lief auf zwei Plattformen.", text,
                            Span(0, len(text)), quote_language="de", language="en")  # fmt: skip
    assert [(f.verdict, f.source) for f in facts] == [("agrees", "2, 3.1")]


def test_ordinal_words_are_numbers_in_every_language() -> None:
    assert _values("на двенадцатой встрече мастеров", "ru") == [12]
    assert _values("Zum dritten Mal tagte die Gilde, am zwölften Tag.", "de") == [3, 12]
    assert _values("the twelfth meeting, the twenty-fifth year", "en") == [12, 25]
    # a unit, a fraction, "first", a verb, a ruler's name: no figure
    assert _values("for a second, one third of them, the first guild", "en") == []
    assert _values("Wir achten darauf, sagte Karl der Achte, ein zweites Mal.", "de") == []


@pytest.mark.parametrize(
    ("kind", "passage", "same", "other"),
    [
        (  # an ordinal word against digits
            "number",
            "The guild met at its 12th fair in Lyon.",
            "Гильдия собралась на двенадцатой ярмарке в Лионе.",
            "Гильдия собралась на десятой ярмарке в Лионе.",
        ),
        (  # a month in another year across languages
            "date",
            "Maria Stein chaired the guild from May 1911 until May 1913.",
            "Мария Штайн возглавляла гильдию с мая 1911 до мая 1913 года.",
            "Мария Штайн возглавляла гильдию с мая 1911 до мая 1915 года.",
        ),
    ],
)
def test_a_rendering_agrees_and_its_change_is_flagged(
    kind: str, passage: str, same: str, other: str
) -> None:
    there = read_anchors(passage, "en")
    assert kind not in compare_anchors(read_anchors(same, "ru"), there).flags
    assert kind in compare_anchors(read_anchors(other, "ru"), there).flags


def test_month_of_year_is_a_date() -> None:
    text = "The looms were sold between March and October of 1921."
    assert [(d.iso(), text[d.start : d.end]) for d in parse_dates(text, context=False)] == [
        ("1921-10", "October of 1921")
    ]


def test_a_vague_quantity_in_place_of_a_figure_is_said_in_words() -> None:
    text = "Many weavers of the guild voted for the strike."
    facts = rendering_facts("Zweiundzwanzig Weber der Gilde stimmten für den Streik.", text,
                            Span(0, len(text)), quote_language="de", language="en")  # fmt: skip
    assert [(f.verdict, f.source, f.detail) for f in facts] == [
        ("differs", None, "the passage says no figure; not 22")
    ]

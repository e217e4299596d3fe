"""Number words in every form (facts/numerals.py): each case form of every Russian numeral,
as pymorphy3's dictionary declines it, read by value; numbers and a half in Russian, German
and English; abbreviated scales after digits; a number word opening a sentence is no name.

walk86 F3: "Из шестидесяти трёх членов" was read as 6, 10 and 3, "двухсот" not at all, so
a true English rendering ("sixty-three members") had a `number` flag and was rated Misquoted.
"""

from __future__ import annotations

import pymorphy3
import pytest

from sourcecheck.facts.languages import figures_in, read_numbers_in, read_word_numbers
from sourcecheck.matching.anchors import compare_anchors, read_anchors
from sourcecheck.matching.openers import opening_words
from sourcecheck.matching.pairednames import unspelled
from sourcecheck.normalize import WORD_RE, tokenize

RUSSIAN = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": 1.5, "полтораста": 150, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5,
    "шестеро": 6, "семеро": 7,
}  # fmt: skip
SCALES = {"тысяча": 1000, "миллион": 10**6, "миллиард": 10**9}
NOT_READ = {"семью"}  # "семью" is far more often the accusative of "семья" (family)


def _paradigm(lemma: str) -> set[str]:
    """Every form pymorphy3's dictionary gives the numeral ``lemma``."""
    order = ("NUMR", "NOUN", "ADJF")
    parses = [p for p in _analyzer().parse(lemma) if p.normal_form == lemma and p.tag.POS in order]
    parse = min(parses, key=lambda p: order.index(p.tag.POS))
    return {form.word for form in parse.lexeme}


_MORPH: list[pymorphy3.MorphAnalyzer] = []


def _analyzer() -> pymorphy3.MorphAnalyzer:
    if not _MORPH:
        _MORPH.append(pymorphy3.MorphAnalyzer(lang="ru"))
    return _MORPH[0]


@pytest.mark.parametrize(("lemma", "value"), RUSSIAN.items())
def test_every_case_form_of_a_russian_numeral_reads_as_its_value(lemma, value):
    forms = _paradigm(lemma) - NOT_READ
    assert len(forms) >= 2  # a paradigm, not one word
    wrong = {f: [n.value for n in read_numbers_in(f, "ru")] for f in forms}
    assert {f: got for f, got in wrong.items() if got != [value]} == {}


@pytest.mark.parametrize(("lemma", "value"), SCALES.items())
def test_every_case_form_of_a_russian_scale_multiplies_the_number_before_it(lemma, value):
    forms = _paradigm(lemma)
    assert len(forms) >= 10
    wrong = {f: [n.value for n in read_numbers_in(f"три {f}", "ru")] for f in forms}
    assert {f: got for f, got in wrong.items() if got != [3 * value]} == {}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Из шестидесяти трёх членов пятнадцать голосовали", [63, 15]),
        ("около двухсот пятидесяти делегатов и пятисот солдат", [250, 500]),
        ("в трёхстах шагах, с девяноста восемью винтовками", [300, 98]),
        ("полтора миллиона пудов, полутора тысяч рублей", [1_500_000, 1500]),
        ("два с половиной миллиона человек", [2_500_000]),
        ("их было трое, а потом пятеро", [3, 5]),
        ("1,5 млн рублей и 3 тыс. марок", [1_500_000, 3000]),
        ("пол-миллиона пудов", [500_000]),
        ("с тысячами беженцев, сотни тысяч солдат, миллионами пудов", []),
        ("около тысячи человек", [1000]),
    ],
)  # fmt: skip
def test_russian_numbers_in_running_text(text, values):
    assert [n.value for n in read_numbers_in(text, "ru")] == values
    assert [n.value for n in read_word_numbers(tokenize(text).words, "ru")] == values


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("anderthalb Millionen Gefangene", "de", [1_500_000]),
        ("eineinhalb Tage und zweieinhalb Millionen Mark", "de", [1.5, 2_500_000]),
        ("2,5 Millionen Mark und 1,5 Mio. Einwohner, 3 Mrd.", "de",
         [2_500_000, 1_500_000, 3_000_000_000]),
        ("one and a half million men", "en", [1_500_000]),
        ("two and a half thousand rifles", "en", [2500]),
        ("half a million men and a million and a half horses", "en", [500_000, 1_500_000]),
        ("one and a half days", "en", [1.5]),
        ("eine halbe Million Mark, die halbe Stadt", "de", [500_000]),
    ],
)  # fmt: skip
def test_a_number_and_a_half_and_abbreviated_scales(text, language, values):
    assert [n.value for n in read_numbers_in(text, language)] == values
    assert [n.value for n in read_word_numbers(tokenize(text).words, language)] == values


def test_the_oblique_russian_compound_agrees_with_the_english_figure():
    """walk86 F3: no changed number between "sixty-three" and "шестидесяти трёх"."""
    quote = read_anchors("Fifteen of the sixty-three members voted for peace.", "en")
    passage = read_anchors("Из шестидесяти трёх членов пятнадцать голосовали за мир.", "ru")
    assert [v for v, _ in passage.numbers] == [63, 15]
    assert "number" not in compare_anchors(quote, passage).flags
    changed = read_anchors("Из шестидесяти пяти членов пятнадцать голосовали за мир.", "ru")
    assert "number" in compare_anchors(quote, changed).flags


def test_the_oblique_tens_are_one_number_each_not_a_unit_and_ten():
    """The old reading: "пятидесяти" as 5 and 10."""
    assert [n.value for n in figures_in("пятидесяти, семидесяти, восьмидесяти", "ru")] == [
        50,
        70,
        80,
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fifteen of them voted for peace. Trotsky abstained.", "en"),
        ("Dreiundsechzig Mitglieder stimmten ab. Trotzki enthielt sich.", "de"),
        ("Пятнадцать человек голосовали за мир. Троцкий воздержался.", "ru"),
    ],
)
def test_a_number_word_opening_a_sentence_is_no_name(text, language):
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    opening = opening_words(text, language, words, frozenset())
    number = text.split()[0]
    assert number not in opening
    assert len(opening) == 1  # the name opening the second sentence is still read
    assert number not in unspelled(text, language, "")  # nor is it one across scripts

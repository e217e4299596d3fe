"""Number words in every form they take: the Russian numerals in all their cases, halves
("полтора", "anderthalb", "zweieinhalb") and the abbreviated scales ("млн", "Mio.").

A Russian numeral declines: "шестьдесят" (60) is "шестидесяти" in the genitive, dative and
prepositional, "шестьюдесятью" in the instrumental; "двести" (200) is "двухсот", "двумстам",
"двумястами", "двухстах". A table of a few forms per value read "Из шестидесяти трёх членов"
as 6, 10 and 3 (the compound split into its parts), and "двухсот" not at all, so a true
rendering of "sixty-three" had a changed number. The forms are built here by the declension
rules of the numerals (units and "-надцать"/"-дцать" decline like a feminine noun in "-ь",
"пятьдесят"-"восемьдесят" decline both halves, "двести"-"девятьсот" both halves with the
hundreds in the plural), not listed word by word; the tests check them against every form
pymorphy3's dictionary (OpenCorpora) gives each numeral, so that a form missing here fails a
test rather than a reading. The dictionary itself is not loaded to read a number (0.6 s and
25 MB in every process that reads figures, for about 250 words).

A half: "полтора миллиона" and "anderthalb Millionen" are 1,500,000, "полутора тысяч" 1500,
"два с половиной" and "zweieinhalb" 2.5 (English "one and a half" is read with the other
English number words, :mod:`.numbers`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..normalize import fold

_RU_UNITS = {
    1: "один одного одному одним одном одна одной одну одною одно одни одних одними",
    2: "два две двух двум двумя",
    3: "три трёх трём тремя",
    4: "четыре четырёх четырём четырьмя",
    40: "сорок сорока",
    90: "девяносто девяноста",
    100: "сто ста",
}
"""The numerals with a declension of their own, in all their forms."""
_RU_SOFT = {
    5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять", 10: "десять",
    11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать",
    15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать",
    19: "девятнадцать", 20: "двадцать", 30: "тридцать",
}  # fmt: skip
"""The numerals declined as a feminine noun in "-ь": "пять", "пяти", "пятью"."""
_RU_NOT_NUMBERS = frozenset({"семью"})
"""Forms that are far more often another word: "семью" is the accusative of "семья"
(family) in running text, the instrumental of "семь" rarely."""
_RU_COLLECTIVE = {
    2: "двое двоих двоим двоими", 3: "трое троих троим троими",
    4: "четверо четверых четверым четверыми", 5: "пятеро пятерых пятерым пятерыми",
    6: "шестеро шестерых шестерым шестерыми", 7: "семеро семерых семерым семерыми",
}  # fmt: skip
"""The collective numerals ("их было трое": there were three of them)."""
_RU_NOUN_SCALES = {
    1000: ("тысяч", " а и е у ей ею ью ам ами ах"),
    10**6: ("миллион", " а у ом е ы ов ам ами ах"),
    10**9: ("миллиард", " а у ом е ы ов ам ами ах"),
}
"""Scales declined as nouns: stem and endings ("тысяч" alone is the genitive plural; the
colloquial "тыща" declines as "тысяча")."""
_RU_PLURAL_SCALES = frozenset({"тысячи"})
"""Scale forms that are the genitive singular ("около тысячи": about a thousand) and the
nominative plural ("Тысячи людей": thousands of people, a vague quantity)."""
_RU_GOVERN_GENITIVE = frozenset(
    "около более менее свыше больше меньше до из от без для порядка вместо кроме".split()
)
"""Words that put the number after them in the genitive: "тысячи" after them is one thousand."""
_ABBREVIATED = {
    "ru": {"тыс": 1000, "млн": 10**6, "млрд": 10**9},
    "de": {"Tsd": 1000, "Mio": 10**6, "Mrd": 10**9},
}
"""Scales abbreviated after digits ("1,5 млн", "2,5 Mio."): a scale as the word is."""
HALVES = {
    "ru": {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "полтораста": 150,
           "полутораста": 150},
    "de": {"anderthalb": 1.5},
}  # fmt: skip
"""Words of a number and a half (German "zweieinhalb", "eineinhalb": a number before
"einhalb", read with the German compounds)."""
GERMAN_HALF = "einhalb"
"""What a German number and a half ends in ("zweieinhalb" is 2.5)."""
RUSSIAN_AND_A_HALF = ("с", "половинои")
"""The folded words after a Russian number that add a half ("два с половиной" is 2.5)."""
HALF_BEFORE_SCALE = {"de": frozenset({"halbe", "halben"})}
"""Words of a half read as 0.5 before a scale: "eine halbe Million" is 500,000."""
_RU_HALF_SCALES = {"полтысячи": 500, "полмиллиона": 500_000, "полмиллиарда": 500_000_000}
"""A half of a scale in one word ("пол-миллиона", tokenized without its hyphen)."""


def _soft(word: str) -> tuple[str, str]:
    """The oblique ("пяти") and instrumental ("пятью") forms of a numeral in "-ь"."""
    stem = "восьм" if word == "восемь" else word[:-1]  # the fleeting "е" of "восемь"
    return stem + "и", stem + "ью"


def _tens(unit: int) -> list[str]:
    """The forms of 50, 60, 70, 80: both halves decline ("шестидесяти", "шестьюдесятью")."""
    nominative = _RU_SOFT[unit]
    oblique, instrumental = _soft(nominative)
    forms = [nominative + "десят", oblique + "десяти", instrumental + "десятью"]
    if unit == 8:
        forms.append("восемьюдесятью")  # the instrumental's older form
    return forms


def _hundreds(unit: int) -> list[str]:
    """The forms of 200 to 900: the unit declines, the hundreds are plural ("двухсот")."""
    if unit in (2, 3, 4):  # "двести", "двухсот", "двумстам", "двумястами", "двухстах"
        _, genitive, dative, instrumental = _RU_UNITS[unit].split()[-4:]
        forms = [{2: "двести", 3: "триста", 4: "четыреста"}[unit]]
        forms += [genitive + "сот", dative + "стам", instrumental + "стами", genitive + "стах"]
        return forms
    oblique, instrumental = _soft(_RU_SOFT[unit])
    forms = [_RU_SOFT[unit] + "сот", oblique + "сот", oblique + "стам", oblique + "стах"]
    forms.append(instrumental + "стами")
    if unit == 8:
        forms.append("восемьюстами")
    return forms


def russian_numerals() -> dict[str, float]:
    """Every form of the Russian cardinal numerals, folded, with its value: each case of
    the units, tens, hundreds and scales, the collective numerals, halves and abbreviated
    scales.

    >>> r = russian_numerals()
    >>> r["шестидесяти"], r["двухстах"], r["пятьюстами"], r["тысячами"], r["полутора"]
    (60, 200, 500, 1000, 1.5)
    >>> r["полмиллиона"]
    500000
    >>> "семью" in r, "сорока" in r
    (False, True)
    """
    forms: dict[str, float] = {}
    for table in (_RU_UNITS, _RU_COLLECTIVE):
        for value, words in table.items():
            forms.update(dict.fromkeys(words.split(), value))
    for value, word in _RU_SOFT.items():
        forms.update(dict.fromkeys((word, *_soft(word)), value))
    forms["восемью"] = 8  # the instrumental's other form
    for unit in (5, 6, 7, 8):
        forms.update(dict.fromkeys(_tens(unit), unit * 10))
    for unit in range(2, 10):
        forms.update(dict.fromkeys(_hundreds(unit), unit * 100))
    for value, (stem, endings) in _RU_NOUN_SCALES.items():
        forms.update({stem + ending: value for ending in endings.split(" ")})
    forms.update({"тыщ" + ending: 1000 for ending in _RU_NOUN_SCALES[1000][1].split(" ")})
    forms.update(HALVES["ru"])
    forms.update(_RU_HALF_SCALES)
    forms.update(_ABBREVIATED["ru"])
    return {fold(w): v for w, v in forms.items() if w not in _RU_NOT_NUMBERS}


def abbreviated_scales(language: str) -> dict[str, int]:
    """The folded abbreviated scales of ``language`` ("млн", "mio"), read after digits.

    >>> abbreviated_scales("de")["mio"], abbreviated_scales("en")
    (1000000, {})
    """
    return {fold(w): v for w, v in _ABBREVIATED.get(language, {}).items()}


def vague_plural(words: Sequence[str], i: int) -> bool:
    """Whether the folded ``words[i]``, a number word alone, is a scale in the plural with no
    count: "Тысячи людей" (thousands of people) is no value; "около тысячи" is 1000, as
    "тысяча".

    >>> vague_plural(["тысячи", "людей"], 0), vague_plural(["около", "тысячи", "людей"], 1)
    (True, False)
    """
    return words[i] in _RU_PLURAL_SCALES and (i == 0 or words[i - 1] not in _RU_GOVERN_GENITIVE)

"""Number words of the languages sources come in, in every form they take, and the reader
of their runs: "двести пятьдесят" is 250, "drei tausend" 3000, "einundzwanzig" 21,
"zweieinhalb" 2.5 (English keeps its own reader, :mod:`.numbers`; the Russian numerals'
cases and the halves are built in :mod:`.numerals`).

Out of :mod:`.languages`, which reads the numbers of a passage (digits with the language's
separators and these words) and keeps the negations and the words of quantity and counting.

Tables hold *folded* words (:func:`sourcecheck.normalize.fold`: case and diacritics off, so
"fünf" is "funf"), the form tokens have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import fold
from .monthdates import base_language as _base
from .numbers import NumberMention, is_number_word
from .numerals import (
    GERMAN_HALF,
    HALF_BEFORE_SCALE,
    HALVES,
    RUSSIAN_AND_A_HALF,
    abbreviated_scales,
    russian_numerals,
    vague_plural,
)

_NUMBER_WORDS = {
    # value: forms (Russian: every case form, built in .numerals)
    "de": {
        1: "eins ein eine", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs",
        7: "sieben", 8: "acht", 9: "neun", 10: "zehn", 11: "elf", 12: "zwölf",
        13: "dreizehn", 14: "vierzehn", 15: "fünfzehn", 16: "sechzehn", 17: "siebzehn",
        18: "achtzehn", 19: "neunzehn", 20: "zwanzig", 30: "dreißig dreissig", 40: "vierzig",
        50: "fünfzig", 60: "sechzig", 70: "siebzig", 80: "achtzig", 90: "neunzig",
        100: "hundert", 1000: "tausend", 10**6: "Million Millionen",
        10**9: "Milliarde Milliarden",
    },
    "fr": {
        1: "un une", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept",
        8: "huit", 9: "neuf", 10: "dix", 11: "onze", 12: "douze", 15: "quinze", 20: "vingt",
        30: "trente", 40: "quarante", 50: "cinquante", 100: "cent", 1000: "mille",
        10**6: "million millions", 10**9: "milliard milliards",
    },
    "it": {
        1: "uno una", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei", 7: "sette",
        8: "otto", 9: "nove", 10: "dieci", 11: "undici", 12: "dodici", 20: "venti",
        30: "trenta", 100: "cento", 1000: "mille", 10**6: "milione milioni",
        10**9: "miliardo miliardi",
    },
    "es": {
        1: "uno una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete",
        8: "ocho", 9: "nueve", 10: "diez", 11: "once", 12: "doce", 15: "quince", 20: "veinte",
        30: "treinta", 100: "cien ciento", 1000: "mil", 10**6: "millón millones",
    },
}  # fmt: skip


def _folded_table(language: str) -> dict[str, float]:
    """Folded number word -> value of one language's table, with its abbreviated scales."""
    table = _NUMBER_WORDS[language]
    words = {fold(w): value for value, forms in table.items() for w in forms.split()}
    return {**words, **abbreviated_scales(language)}


NUMBER_WORDS: dict[str, dict[str, float]] = {
    "ru": {**russian_numerals(), "дважды": 2, "трижды": 3},  # how many times
    **{lang: _folded_table(lang) for lang in _NUMBER_WORDS},
}
"""Folded number word -> value per language (English: facts.numbers)."""

_GERMAN_UNITS = {w: v for w, v in NUMBER_WORDS["de"].items() if v < 10 and w != "eine"}
_GERMAN_TENS = {w: v for w, v in NUMBER_WORDS["de"].items() if 20 <= v <= 90}


_GERMAN_COUNTED = re.compile(r"(?:jahrig|tagig|stundig|wochig|monatig|fach|mal)(?:e[nmrs]?)?$")
"""A number compounded into an adjective or adverb: "fünfjährigen", "vierzehntägig", "dreimal"."""


def german_number(word: str) -> float | None:
    """The value of a German number word, compounds included (also compounded into an
    adjective of duration or a multiple: "fünfjährigen Dienstes" is five years of service),
    a number and a half too ("anderthalb", "zweieinhalb": :mod:`.numerals`).

    >>> german_number("einundzwanzig"), german_number("dreihundertfunf"), german_number("Bett")
    (21, 305, None)
    >>> german_number("fünfjährigen"), german_number("vierzehntägige"), german_number("Denkmal")
    (5, 14, None)
    >>> german_number("anderthalb"), german_number("zweieinhalbtausend")
    (1.5, 2500.0)
    """
    word = fold(word)
    if word in HALVES["de"]:
        return HALVES["de"][word]
    whole, half, after = word.rpartition(GERMAN_HALF)
    if half and whole and not after:
        value = german_number(whole)
        return None if value is None else value + 0.5
    counted = _GERMAN_COUNTED.search(word)
    if counted and counted.start() > 0:
        return german_number(word[: counted.start()])
    for scale, size in (("tausend", 1000), ("hundert", 100)):
        head, sep, tail = word.partition(scale)
        if sep:
            count = german_number(head) if head else 1
            rest = german_number(tail) if tail else 0
            return None if count is None or rest is None else count * size + rest
    if word in NUMBER_WORDS["de"] and word != "eine":
        return NUMBER_WORDS["de"][word]
    unit, sep, tens = word.partition("und")
    if sep and unit in _GERMAN_UNITS and tens in _GERMAN_TENS:
        return _GERMAN_UNITS[unit] + _GERMAN_TENS[tens]
    return None


def is_number_word_in(word: str, language: str | None) -> bool:
    """Whether ``word`` (as printed) is a number word of ``language`` (English when it has
    no table here): "Fifteen" opening a sentence is a figure, no name.

    >>> is_number_word_in("Fifteen", "en"), is_number_word_in("Шестидесяти", "ru")
    (True, True)
    >>> is_number_word_in("Dreiundsechzig", "de"), is_number_word_in("Trotsky", "en")
    (True, False)
    """
    base, folded = _base(language), fold(word)
    if base == "de":
        return german_number(folded) is not None
    if base in NUMBER_WORDS:
        return folded in NUMBER_WORDS[base]
    return is_number_word(folded)


_VAGUE_SCALES = frozenset(
    fold(w)
    for w in "Millionen Milliarden миллионы миллионов миллиарды миллиардов millions milliards "
    "milioni miliardi millones тысяч тысячам тысячами тысячах миллионам миллионами миллионах "
    "миллиардам миллиардами миллиардах".split()
)
"""A scale in the plural with no number before it is a vague quantity ("Millionen Menschen",
"миллионы людей", "с тысячами беженцев", "сотни тысяч": millions, thousands of people), no
figure."""

_HALF = 0.5  # a half added to the number before it ("с половиной")


def word_runs(words: Sequence[str], language: str) -> list[NumberMention]:
    """Runs of number words of ``language`` in folded tokens, each combined into one value."""
    table = NUMBER_WORDS.get(language, {})
    found: list[NumberMention] = []
    run: list[tuple[int, float]] = []  # (index, value)

    def flush() -> None:
        total, current, first = 0.0, 0.0, run[0][0] if run else 0
        for n, (i, value) in enumerate(run):
            if value == _HALF:  # "два с половиной": the half of the number before it
                current += value
                continue
            if value < 100 and current % 100 and (value >= 10 or current % 10):
                # "пять пятью", "двадцать тридцать": two numbers, as "five six" in English
                found.append(NumberMention(whole(total + current), first, run[n - 1][0]))
                total, current, first = 0, 0, i
            if value >= 1000:  # "zwei Millionen", "eine Million" (the article not counted)
                total += (current or 1) * value
                current = 0
            elif value == 100 and current and current < 10:
                current *= 100
            else:
                current += value
        alone = run[0][0] if len(run) == 1 else -1  # "Тысячи людей": no value (.numerals)
        vague = alone >= 0 and (words[alone] in _VAGUE_SCALES or vague_plural(words, alone))
        if run and not vague:
            found.append(NumberMention(whole(total + current), first, run[-1][0]))
        run.clear()

    for i, word in enumerate(words):
        value = german_number(word) if language == "de" else table.get(word)
        if word in HALF_BEFORE_SCALE.get(language, ()) and table.get(_next(words, i), 0) >= 1000:
            value = _HALF  # "eine halbe Million"
        pair = _number_range(word, table) if value is None else None
        if run and language == "ru" and tuple(words[i : i + 2]) == RUSSIAN_AND_A_HALF:
            run.append((i + 1, _HALF))
        elif run and run[-1] == (i, _HALF):
            continue  # "половиной", read with the "с" before it
        elif pair is not None:  # "пять-шесть" (tokenized "пятьшесть"): five or six
            flush()
            found += [NumberMention(v, i, i) for v in pair]
        elif value is None:
            flush()
        else:
            run.append((i, value))
    flush()
    return found


def _next(words: Sequence[str], i: int) -> str:
    """The word after ``words[i]``, or "" at the end."""
    return words[i + 1] if i + 1 < len(words) else ""


def whole(value: float) -> float:
    """An int where the value is whole: 2.0 is 2 (halves make a sum a float)."""
    return int(value) if value == int(value) else value


def _number_range(word: str, table: dict[str, float]) -> tuple[float, float] | None:
    """A range written as two number words joined by a hyphen, which tokenizing joins
    ("пять-шесть" is "пятьшесть"): both values, or None."""
    for cut in range(3, len(word) - 2):
        low, high = table.get(word[:cut]), table.get(word[cut:])
        if low is not None and high is not None and low < high:
            return low, high
    return None

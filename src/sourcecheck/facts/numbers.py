"""Numbers written in words or digits, read from folded word tokens.

"thirty-two" folds to "thirtytwo"; both it and "32" read as 32. Used to flag number
differences that similarity scores hide, and (later) to check figures as facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Single folded words: "thirtytwo" (from "thirty-two") included.
WORD_VALUES: dict[str, int] = {**UNITS, **TENS}
for _tens, _tv in TENS.items():
    for _unit, _uv in UNITS.items():
        if 0 < _uv < 10:
            WORD_VALUES[_tens + _unit] = _tv + _uv


def word_value(word: str) -> int | None:
    """The value of one folded token if it is a number word or digits, else None.

    >>> word_value("thirtytwo"), word_value("1918"), word_value("peace")
    (32, 1918, None)
    """
    if word.isdigit():
        return int(word)
    return WORD_VALUES.get(word)


def is_number_word(word: str) -> bool:
    """Whether a folded token is part of a number: digits, a number word or a scale.

    >>> is_number_word("hundred"), is_number_word("thirtytwo"), is_number_word("votes")
    (True, True, False)
    """
    return word_value(word) is not None or word in SCALES


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number read from tokens ``first..last`` (inclusive)."""

    value: int
    first: int
    last: int


def read_numbers(words: Sequence[str]) -> list[NumberMention]:
    """Every number in a token sequence; number words combine ("two hundred" = 200).

    >>> [n.value for n in read_numbers("over two hundred local soviets and 32 votes".split())]
    [200, 32]
    >>> [n.value for n in read_numbers("six votes against five".split())]
    [6, 5]
    >>> [n.value for n in read_numbers("a hundred men and three thousand serfs".split())]
    [100, 3000]
    """
    found: list[NumberMention] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.isdigit():
            found.append(NumberMention(int(word), i, i))
            i += 1
            continue
        if word not in WORD_VALUES and word not in SCALES:
            i += 1
            continue
        total, current, first, last = 0, 0, i, i
        while i < len(words):
            w = words[i]
            if w in WORD_VALUES:
                if current % 100 and WORD_VALUES[w] < 100 and current % 10 == 0 and w in UNITS:
                    current += WORD_VALUES[w]  # "thirty two"
                elif current and w in WORD_VALUES and current % 100:
                    break  # "five six": two numbers
                else:
                    current += WORD_VALUES[w]
            elif w in SCALES:  # "two hundred"; a bare "hundred" ("a hundred men") is 100
                scale = SCALES[w]
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * scale
                    current = 0
            elif (
                w == "and"
                and i + 1 < len(words)
                and words[i + 1] in WORD_VALUES
                and (current >= 100 or total)
            ):
                pass  # "two hundred and five"
            else:
                break
            last = i
            i += 1
        found.append(NumberMention(total + current, first, last))
        if last < i - 1:
            i = last + 1
    return found

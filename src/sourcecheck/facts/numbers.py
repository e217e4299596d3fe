"""Numbers written in words or digits, read from folded word tokens.

"thirty-two" folds to "thirtytwo"; both it and "32" read as 32. "30,000", "30 000" (with a
no-break space), "thirty thousand" and "30 thousand" are 30000, "1,500,000", "1.5 million"
and "a million and a half"... read as they are written: separators are read as the text's
language writes numbers ("30.000" is 30000 in German, 30 in English; with no language, three
digits after a single dot or comma are thousands). Used to flag number differences that
similarity scores hide, and to check figures as facts.
"""

from __future__ import annotations

import re
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
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
COUNTED_SCALES = {f"{word}s": value for word, value in SCALES.items() if value >= 1000}
"""Plural scales after a number, as older English writes them ("sixteen millions of new
money", "30 thousands"): a scale there, never alone ("millions of people" is no figure)."""

DOT_THOUSANDS = frozenset(
    "de it es pt nl da tr id el ro sl hr sr bs mk vi is nb no ca gl eu".split()
)
"""Languages that group thousands with a dot ("30.000") and mark decimals with a comma."""
COMMA_DECIMAL = DOT_THOUSANDS | frozenset(
    "fr ru uk be pl cs sk fi sv hu bg et lv lt sq hy ka az kk uz".split()
)
"""Languages that mark decimals with a comma ("1,5"); those not above group thousands with a
space."""
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
Value = float  # an int where the number is whole (int is a float to mypy)

_HALF_SCALES = frozenset((article, scale) for article in ("a", "an") for scale in SCALES)
"""What follows "half" in "half a million": an article and a scale."""

# Single folded words: "thirtytwo" (from "thirty-two") included.
WORD_VALUES: dict[str, int] = {**UNITS, **TENS}
for _tens, _tv in TENS.items():
    for _unit, _uv in UNITS.items():
        if 0 < _uv < 10:
            WORD_VALUES[_tens + _unit] = _tv + _uv
WORD_VALUES |= {"twice": 2, "thrice": 3}  # how many times: "twice beaten" / "three times routed"


def word_value(word: str, *, language: str | None = None) -> Value | None:
    """The value of one folded token if it is a number word or digits, else None.

    >>> word_value("thirtytwo"), word_value("1918"), word_value("peace")
    (32, 1918, None)
    >>> word_value("30,000"), word_value("30.000"), word_value("30.000", language="en")
    (30000, 30000, 30)
    >>> word_value("30.000", language="de"), word_value("1,5", language="de"), word_value("1.5")
    (30000, 1.5, 1.5)
    """
    if word.isdigit():
        return int(word)
    if _DIGITS.fullmatch(word):
        return _digits_value(word, (language or "").split("-")[0].lower())
    return WORD_VALUES.get(word)


def _digits_value(token: str, language: str) -> Value | None:
    """Digits with separators: thousands groups and a decimal mark, as ``language`` writes
    them; both marks present: the last one is the decimal mark."""
    marks = [c for c in token if c in ".,"]
    if len(set(marks)) == 2:
        decimal = marks[-1]
        if marks.count(decimal) > 1:
            return None
        whole, _, fraction = token.rpartition(decimal)
        return _number(whole.replace("." if decimal == "," else ",", ""), fraction)
    mark = marks[0]
    groups = token.split(mark)
    grouped = len(groups[0]) <= 3 and groups[0][0] != "0" and all(len(g) == 3 for g in groups[1:])
    if len(groups) > 2:
        return int("".join(groups)) if grouped else None
    if not language:
        thousands = grouped
    elif mark == ".":
        thousands = grouped and language in DOT_THOUSANDS
    else:
        thousands = grouped and language not in COMMA_DECIMAL
    return int("".join(groups)) if thousands else _number(groups[0], groups[1])


def _number(whole: str, fraction: str) -> Value:
    value = float(f"{whole or 0}.{fraction}")
    return int(value) if value.is_integer() else value


def is_number_word(word: str) -> bool:
    """Whether a folded token is part of a number: digits, a number word or a scale.

    >>> is_number_word("hundred"), is_number_word("thirtytwo"), is_number_word("votes")
    (True, True, False)
    """
    return word_value(word) is not None or word in SCALES


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number read from tokens ``first..last`` (inclusive)."""

    value: Value
    first: int
    last: int


def read_numbers(words: Sequence[str], *, language: str | None = None) -> list[NumberMention]:
    """Every number in a token sequence; number words combine ("two hundred" = 200), and
    digits take the scale words after them ("30 thousand", "1.5 million").

    >>> [n.value for n in read_numbers("over two hundred local soviets and 32 votes".split())]
    [200, 32]
    >>> [n.value for n in read_numbers("six votes against five".split())]
    [6, 5]
    >>> [n.value for n in read_numbers("a hundred men and three thousand serfs".split())]
    [100, 3000]
    >>> [n.value for n in read_numbers("30,000 men thirty thousand 1.5 million a million".split())]
    [30000, 30000, 1500000, 1000000]
    >>> t = "one and a half million men two and a half days half a million men a million and a half"
    >>> [n.value for n in read_numbers(t.split())]
    [1500000, 2.5, 500000, 1500000]
    >>> [n.value for n in read_numbers("no one came but one man".split())]
    [1]
    >>> [n.value for n in read_numbers("sixteen millions 16 millions millions of men".split())]
    [16000000, 16000000]
    """
    found: list[NumberMention] = []
    i = 0
    while i < len(words):
        if words[i] == "one" and i and words[i - 1] == "no":
            i += 1  # "no one": a pronoun (= nobody), no number: "no one" / "none"
            continue
        if words[i] == "half" and tuple(words[i + 1 : i + 3]) in _HALF_SCALES:
            found.append(NumberMention(SCALES[words[i + 2]] // 2, i, i + 2))  # "half a million"
            i += 3
            continue
        if words[i] not in WORD_VALUES and words[i] not in SCALES:
            value = word_value(words[i], language=language)
            if value is not None:
                found.append(_with_scales(words, i, value))
                i = found[-1].last + 1
            else:
                i += 1
            continue
        mention = _spelled(words, i)
        found.append(mention)
        i = mention.last + 1
    return found


def _with_scales(words: Sequence[str], i: int, value: Value) -> NumberMention:
    """Digits at ``i`` and the scale words after them: "30 thousand", "1.5 million"."""
    last = i
    while last + 1 < len(words) and (
        words[last + 1] in SCALES or words[last + 1] in COUNTED_SCALES
    ):
        last += 1
        value *= SCALES.get(words[last]) or COUNTED_SCALES[words[last]]
        if words[last] in COUNTED_SCALES:
            break  # a plural scale ends the number: "16 millions | millions of men"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return NumberMention(value, i, last)


def _spelled(words: Sequence[str], first: int) -> NumberMention:
    """The number spelled in words from ``first``: "two hundred and five", "thirty two"."""
    total: Value = 0
    current: Value = 0
    last, i, scale = first, first, 1
    while i < len(words):
        w = words[i]
        if w == "and" and tuple(words[i + 1 : i + 3]) == ("a", "half"):
            # "one and a half (million)": a half of one; "a million and a half": of a million
            if current:
                current += 0.5
            else:
                total += scale / 2
            last = i = i + 2
            i += 1
            continue
        if w in WORD_VALUES:
            if current % 100 and WORD_VALUES[w] < 100 and current % 10 == 0 and w in UNITS:
                current += WORD_VALUES[w]  # "thirty two"
            elif current and current % 100:
                break  # "five six": two numbers
            else:
                current += WORD_VALUES[w]
        elif w in SCALES or (w in COUNTED_SCALES and (current or total)):
            scale = SCALES.get(w) or COUNTED_SCALES[w]  # "two hundred", "sixteen millions"; a
            # bare "hundred" ("a hundred men") is 100
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
        if w in COUNTED_SCALES:
            break  # a plural scale ends the number ("sixteen millions")
    value = total + current
    return NumberMention(int(value) if value == int(value) else value, first, last)

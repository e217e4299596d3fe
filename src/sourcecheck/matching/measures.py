"""A measure the claim gives that its passage lacks entirely: "SIGPIPE is sent when the FIFO
fills up by more than 64 kilobytes" at "a process writing to a FIFO that nobody reads gets
SIGPIPE" (walk112's ab-ru-05: ``reworded`` with "numbers 64 in the quote, none there").

The anchors compare numbers when both sides state one (:mod:`.anchors`); a number on one side
only is no difference there, since a rendering often leaves a redundant figure out or spells it
in another way ("seven days" / "через неделю", "a month" / "einen Monat"). A figure with its
unit (:data:`UNITS`: sizes, spans of time, lengths, weights, shares) is another thing: a
passage that states no figure at all and no word of that unit's kind says nothing of that
measure (:func:`unstated_measure`). When the rest of the quote is all rendered there, the
claim adds a measure to its source: the ``number`` flag, with the measure in its CHECK; when
another of its content words has no counterpart there either, the passage is another
statement on the same things: ``not_found`` (:func:`measure_reason`). A time of day ("six
o'clock") is no measure here: a rendering says "пятичасовой поезд" for "the five o'clock train".
"""

from __future__ import annotations

import re
from functools import cache

from ..facts.languages import figures_in, says_quantity
from ..models import MatchResult
from ..normalize import WORD_RE
from .opposites import not_as_quoted
from .wordpairs import Alignment

NUMBER = "number"
"""The flag of a number that differs (:mod:`.anchors`'s)."""

UNITS: dict[str, dict[str, str]] = {
    "size": {
        "en": r"bytes?|bits?|[KMGT]i?B|kilo(?:byte|bit)s?|mega(?:byte|bit)s?|giga(?:byte|bit)s?"
              r"|terabytes?|octets?",
        "de": r"Bytes?|Bits?|[KMGT]i?B|Kilo(?:byte|bit)s?|Mega(?:byte|bit)s?|Giga(?:byte|bit)s?"
              r"|Terabytes?|Oktetts?",
        "ru": r"байт\w*|бит\w*|[КкМмГгТт][иИ]?[Бб]|килобайт\w*|мегабайт\w*|гигабайт\w*|"
              r"терабайт\w*|октет\w*|[KMGT]i?B",
    },
    "time": {
        "en": r"(?:milli|micro|nano)?seconds?|ms|minutes?|hours?|days?|nights?|weeks?|"
              r"fortnights?|months?|years?|decades?|centuries|century",
        "de": r"(?:Milli|Mikro|Nano)?[Ss]ekunden?|ms|Minuten?|Stunden?|Tagen?|Tage?s?|Nächte|"
              r"Nacht|Wochen?|Monate?n?s?|Jahre?n?s?|Jahrzehnte?n?|Jahrhunderte?n?",
        "ru": r"(?:милли|микро|нано)?секунд\w*|мс|минут\w*|час(?:а|ов|у|ом)?|суток|сутки|"
              r"дн(?:я|ей|ям|ями|ях)|день|ноч\w*|недел\w*|месяц\w*|год(?:а|у|ом)?|лет|"
              r"десятилети\w*|век(?:а|ов)?",
    },
    "length": {
        "en": r"(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|miles?|feet|foot|inch(?:es)?|"
              r"yards?|versts?",
        "de": r"(?:Kilo|Zenti|Milli)?[Mm]eter[ns]?|km|cm|mm|Meilen?|Fu(?:ß|ss)|Zoll|Werst",
        "ru": r"(?:кило|санти|милли)?метр\w*|км|см|мм|мил[ьия]\w*|фут\w*|дюйм\w*|верст\w*",
    },
    "weight": {
        "en": r"(?:kilo|milli)?grams?|kg|tons?|tonnes?|pounds?|lbs?|ounces?|poods?",
        "de": r"(?:Kilo|Milli)?[Gg]ramm|kg|Tonnen?|Pfund|Unzen?|Pud",
        "ru": r"(?:кило|милли)?грамм\w*|кг|тонн\w*|фунт\w*|унци\w*|пуд\w*",
    },
    "share": {
        "en": r"per\s*cent|percent|%",
        "de": r"Prozent|%",
        "ru": r"процент\w*|%",
    },
}  # fmt: skip
"""Per kind of measure and language: its units (word-form patterns, matched whole; case-blind
but for the symbols' own case, "MB", "KiB")."""
_AFTER = 3
"""Characters between a figure and its unit ("64 KB", "64-KB", "64 килобайта")."""


@cache
def _unit_pattern(kind: str, language: str) -> re.Pattern[str] | None:
    words = UNITS[kind].get(language)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) if words else None


_COMPOUNDS = {
    "ru": r"\w*(?:часов|дневн|суточн|недельн|месячн|годичн|годов|летн|минутн|секундн|"
          r"байтн|килобайтн|мегабайтн|метров|километров|процентн)\w*",
}  # fmt: skip
"""Adjectives of a unit that Russian writes as one word ("пятичасовой поезд", "двухнедельный
отпуск"); a German compound starts with its unit ("stundenlang", "Kilobyte-Grenze") and an
English one is hyphenated ("a five-minute wait")."""


def _says_unit(kind: str, passage: str, language: str) -> bool:
    """Whether ``passage`` says a unit of ``kind``: as a word, after a hyphen, at the start of
    a German compound, or in a Russian adjective (:data:`_COMPOUNDS`)."""
    words = UNITS[kind].get(language)
    if not words:
        return False
    end = "" if language == "de" else r"(?!\w)"
    if re.search(rf"(?<!\w)(?:{words}){end}", passage, re.IGNORECASE):
        return True
    compounds = _COMPOUNDS.get(language)
    return (
        compounds is not None
        and kind == "time"
        and bool(re.search(rf"(?<!\w){compounds}", passage, re.IGNORECASE))
    )


def measures(text: str, language: str) -> list[tuple[str, str, int, int]]:
    """(kind, figure and unit as printed, start, end) of each figure of ``text`` followed by a
    unit of :data:`UNITS` ("64 килобайта", "five minutes", "3 Tage").

    >>> measures("когда FIFO заполняется более чем на 64 килобайта", "ru")
    [('size', '64 килобайта', 36, 48)]
    >>> measures("At six o'clock, 20 men came", "en")
    []
    """
    out = []
    for n in figures_in(text, language):
        if n.value >= 1000 and n.value == int(n.value) and not n.word:
            continue  # "1918 года", "in 1918 years"? a year far more often than a count
        for kind in UNITS:
            pattern = _unit_pattern(kind, language)
            gap = re.match(rf"[\s-]{{0,{_AFTER}}}", text[n.end :])
            at = n.end + (gap.end() if gap else 0)
            unit = pattern.match(text, at) if pattern is not None else None
            if unit is not None:
                out.append((kind, text[n.start : unit.end()], n.start, unit.end()))
                break
    return out


def unstated_measure(quote: str, language: str, passage: str, passage_language: str) -> str:
    """The quote's measures (as printed, joined) that the passage lacks entirely: it states no
    figure nor a vague quantity, and no unit of their kind; "" when none."""
    mine = measures(quote, language)
    if not mine or figures_in(passage, passage_language):
        return ""
    if says_quantity(passage, passage_language):
        return ""  # "many kilobytes", "einige Tage": the figure changed, the anchors' check
    kinds = {kind for kind, _, _, _ in mine}
    if any(_says_unit(kind, passage, passage_language) for kind in kinds):
        return ""  # "seven days" / "через неделю": the span said in another unit
    return ", ".join(f"“{printed}”" for _, printed, _, _ in mine)


def _others_unsaid(quote: str, language: str, alignment: Alignment) -> list[str]:
    """The quote's content words without a counterpart outside its measures."""
    spans = [(a, b) for _, _, a, b in measures(quote, language)]
    unpaired = [at for at, paired in alignment.rendered[0].items() if not paired]
    return [
        m.group()
        for at in unpaired
        if not any(a <= at < b for a, b in spans) and (m := WORD_RE.match(quote, at)) is not None
    ]


def measure_reason(
    quote: str, language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """Why ``passage`` is no rendering of ``quote``: it lacks the quote's measure entirely and
    another of its content words has no counterpart there (see the module); else None."""
    missing = unstated_measure(quote, language, passage, passage_language)
    others = _others_unsaid(quote, language, alignment) if missing else []
    if not others:
        return None
    listed = ", ".join(f"“{w}”" for w in others[:3])
    return (
        f"it gives {missing}, and the passage states no figure nor anything of that measure, "
        f"and has nothing for {listed} either: the same things, another statement"
    )


def flag_measure(
    result: MatchResult, quote: str, language: str, passage: str, passage_language: str
) -> None:
    """``result`` flagged ``number`` when the passage lacks the quote's measure entirely
    (:func:`unstated_measure`), its reason saying which, when not flagged already."""
    if NUMBER in result.flags:
        return
    missing = unstated_measure(quote, language, passage, passage_language)
    if missing:
        result.flags.append(NUMBER)
        result.reason = (
            f"{not_as_quoted(result.reason)}; CHECK: a measure the passage does not give "
            f"({missing} in the quote; no figure of that kind there)"
        )

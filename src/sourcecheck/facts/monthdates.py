"""Dates written in the words of the languages sources come in: their month names, and
readers of the dates of a passage (:func:`read_dates`) and of a whole text with its running
year (:func:`text_dates`). English keeps its own reader (:func:`~.dates.parse_dates`), to
which both dispatch; a date comes back as the same :class:`~.dates.DateMention`, so
:func:`~.dates.compare_date` (both calendars) works on it: "8 (21) января 1918" is day 8 Old
Style, 21 New Style, as "8 (21) January 1918".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..normalize import fold
from .dates import YEAR_REACH, DateMention, _real_day, parse_dates

_MONTH_WORDS: dict[str, tuple[str, ...]] = {
    # one entry per month, January first: every form a month takes in a date
    "ru": (
        "январь января январе янв", "февраль февраля феврале февр фев", "март марта марте",
        "апрель апреля апреле апр", "май мая мае", "июнь июня июне", "июль июля июле",
        "август августа августе авг", "сентябрь сентября сентябре сент сен",
        "октябрь октября октябре окт", "ноябрь ноября ноябре нояб ноя",
        "декабрь декабря декабре дек",
    ),
    "de": (
        "januar jänner jan", "februar feber febr feb", "märz marz mrz", "april apr", "mai",
        "juni jun", "juli jul", "august aug", "september sept sep", "oktober okt",
        "november nov", "dezember dez",
    ),
    "fr": (
        "janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
        "juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov",
        "décembre decembre déc dec",
    ),
    "it": (
        "gennaio genn gen", "febbraio febbr feb", "marzo mar", "aprile apr", "maggio magg mag",
        "giugno giu", "luglio lug", "agosto ago", "settembre sett set", "ottobre ott",
        "novembre nov", "dicembre dic",
    ),
    "es": (
        "enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
        "julio jul", "agosto ago", "septiembre setiembre sept sep", "octubre oct",
        "noviembre nov", "diciembre dic",
    ),
}  # fmt: skip

MONTHS: dict[str, dict[str, int]] = {
    lang: {fold(w): i + 1 for i, forms in enumerate(months) for w in forms.split()}
    for lang, months in _MONTH_WORDS.items()
}
"""Folded month word -> month number, per language (English: facts.dates.MONTHS)."""


def base_language(language: str | None) -> str:
    """ "de-AT" -> "de"; None -> "en" (the word matcher's default)."""
    return (language or "en").split("-")[0].lower()


def _month_pattern(language: str, *, dot: bool = True) -> str:
    """A month's forms; ``dot``: with the full stop of an abbreviation ("Febr.")."""
    forms = sorted(MONTHS[language], key=len, reverse=True)
    return "(?P<month>" + "|".join(forms) + r")(?![^\W\d_])" + (r"\.?" if dot else "")


_DAY = r"(?P<day>[0-3]?\d)(?:\.|-?(?:го|е|er|º|°))?"
_WORD = r"[^\W\d_]+"
_TENS = {"ru": r"(?:двадцать|тридцать)\s+", "de": ""}
"""The tens word of a day's ordinal in two words ("двадцать первого"): German writes one."""
_BEFORE_DAY = {"ru": "", "de": r"(?:am|den|dem|vom|zum|der|des|bis|seit)\s+"}
"""A German ordinal is a day after a definite determiner only ("am achten Januar"; "wir
achten" is a verb), as :mod:`.ordinalwords` reads it."""
_ALT = r"(?:\s*\((?P<alt>[0-3]?\d)\.?\))?"
_YEAR = r"(?:,?\s+(?:de\s+)?(?P<year>1\d{3}|20\d{2}))?"


_MONTH_ONLY = {
    "ru": (
        "в", "во", "до", "к", "ко", "с", "со", "по", "после", "около", "начала", "начале",
        "началу", "середины", "середине", "конца", "конце", "концу",
    ),
    "de": ("im", "in", "bis", "seit", "vor", "nach", "ab", "anfang", "mitte", "ende"),
}  # fmt: skip
"""Words before a month named alone ("до конца февраля", "bis Ende Februar"), as English
"until"/"by"/"in" before one (:data:`~sourcecheck.facts.dates.PATTERNS`): the month is then
a date by itself, a month without a day."""


def _date_patterns(language: str) -> list[re.Pattern[str]]:
    month = _month_pattern(language)
    of = r"(?:de\s+|del\s+)?" if language in ("es", "it", "fr") else ""
    patterns = [
        re.compile(rf"(?<![\w.]){_DAY}{_ALT}\s+{of}{month}{_YEAR}"),
        *_day_words(language, month),
        re.compile(rf"(?<![\w.]){month}\s+(?P<year>1\d{{3}}|20\d{{2}})(?!\d)"),
    ]
    if language in _MONTH_ONLY:
        before = "|".join(sorted((fold(w) for w in _MONTH_ONLY[language]), key=len, reverse=True))
        alone = _month_pattern(language, dot=False)  # a sentence's full stop is not the month's
        patterns.append(re.compile(rf"(?<![\w.])(?:{before})\s+{alone}(?!\.?\s*\d)"))
    return patterns


def _day_words(language: str, month: str) -> list[re.Pattern[str]]:
    """A day in ordinal words before the month, its New Style day in brackets after it
    ("восьмого (двадцать первого) января", "am achten Januar"): Russian and German."""
    if language not in _TENS:
        return []
    day = rf"(?:{_TENS[language]})?{_WORD}"
    alt = rf"(?:\s*\((?P<altword>{day})\.?\))?"
    before = _BEFORE_DAY[language]
    return [re.compile(rf"(?<![\w.]){before}(?P<dayword>{day}){alt}\s+{month}{_YEAR}")]


_PATTERNS = {lang: _date_patterns(lang) for lang in MONTHS}


def read_dates(text: str, language: str, *, years: range = range(1000, 2100)) -> list[DateMention]:
    """Dates with a day or a year printed, in the language's words, without context (a missing
    year stays None). English is read by :func:`~sourcecheck.facts.dates.parse_dates`.

    >>> [(d.iso(), d.alt_day) for d in read_dates("8 (21) января 1918 г. и в марте 1917", "ru")]
    [('1918-01-08', 21), ('1917-03', None)]
    >>> [d.iso() for d in read_dates("Brest-Litowsk, den 11. Februar 1918", "de")]
    ['1918-02-11']
    >>> [d.iso() for d in read_dates("хватит до конца февраля", "ru")]
    ['????-02']
    >>> [d.iso() for d in read_dates("bis Ende Februar, Brest im März", "de")]
    ['????-02', '????-03']
    """
    language = base_language(language)
    if language not in _PATTERNS:
        return [d for d in parse_dates(text, context=False, years=years) if not d.bare_year]
    folded = _fold_keeping_length(text)
    found: list[DateMention] = []
    for pattern in _PATTERNS[language]:
        for m in pattern.finditer(folded):
            if any(d.start < m.end() and m.start() < d.end for d in found):
                continue
            groups = m.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            if year is not None and year not in years:
                continue
            day, alt = _days(text, m, language)
            if groups.get("dayword") and day is None:
                continue  # "в конце января": no day
            month = MONTHS[language][groups["month"].rstrip(".")]
            if day is not None and not _real_day(year, month, day):
                continue
            start = m.start("dayword") if groups.get("dayword") else m.start()
            found.append(DateMention(start, m.end(), year, month, day, alt))
    return sorted(found, key=lambda d: d.start)


def _days(text: str, m: re.Match[str], language: str) -> tuple[int | None, int | None]:
    """The day and the second (New Style) day a date's match prints, in figures or ordinal
    words (read from ``text``, the match's offsets: a folded "ß" reads no number)."""
    groups = m.groupdict()
    if groups.get("dayword"):
        from .ordinalwords import day_ordinal  # whose number words need this module

        alt = m.span("altword") if groups.get("altword") else None
        return (
            day_ordinal(text[m.start("dayword") : m.end("dayword")], language),
            day_ordinal(text[alt[0] : alt[1]], language) if alt else None,
        )
    return (
        int(groups["day"]) if groups.get("day") else None,
        int(groups["alt"]) if groups.get("alt") else None,
    )


def text_dates(text: str, language: str | None) -> list[DateMention]:
    """The dates of a source text in its language, each missing year taken from the date
    before it (a diary's "11. Februar" after "1918"), as the text has reached it; English
    (and a language without month names here) by :func:`~sourcecheck.facts.dates.parse_dates`.

    >>> [d.iso() for d in text_dates("8 (21) января 1918 г. ... 11 (24) января", "ru")]
    ['1918-01-08', '1918-01-11']
    >>> [d.iso() for d in text_dates("On February 11, 1918, and on the 14th", "en")]
    ['1918-02-11', '1918-02-14']
    """
    if base_language(language) not in _PATTERNS:
        return [d for d in parse_dates(text) if not d.bare_year]
    dated: list[DateMention] = []
    year, year_at = None, 0
    for mention in read_dates(text, base_language(language)):
        if mention.year is not None:
            year, year_at = mention.year, mention.start
        elif year is not None and mention.start - year_at <= YEAR_REACH:
            mention = replace(mention, year=year)  # (further: unknown, as parse_dates does)
        dated.append(mention)
    return dated


class _OneCharFolds(dict[int, str]):
    """Each character's fold, one character long, computed once (``str.translate`` reads it
    in C: folding a whole text character by character in Python cost 2.5 ms per 20,000)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        folded = c2 if len(c2 := fold(c)) == 1 else c.casefold()[:1] or c
        self[code] = folded
        return folded


_ONE_CHAR_FOLDS = _OneCharFolds()


def _fold_keeping_length(text: str) -> str:
    """Case and diacritics folded character by character, so offsets stay those of ``text``.

    >>> _fold_keeping_length("Ёлка, ÄRGER")
    'елка, arger'
    """
    return text.translate(_ONE_CHAR_FOLDS)

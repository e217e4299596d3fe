"""Ordinal words and Roman numerals read as numbers ("second" 2, "dritten" 3, "двенадцатой"
12, "VIII" 8), regnal numbers ("Julius the Second", "Karl der Achte"), and the ordinal words
that state a figure in a passage (:func:`ordinal_figures`).

"the 12th DebConf" and "на двенадцатой конференции" state one number: the digits are read as
12 (:func:`.languages.figures_in`), so the word is read as 12 too, in all its cases and
genders; "десятой" against "12th" is then a changed number. An ordinal word is a figure only
where it counts: not "first" (the earliest far more often than the first of a count, as "one"
in words is no figure), not after "a" or "one" in English ("a second", "one third": a unit, a
fraction; "ein zweites Mal": another time), in German only after a definite determiner ("die
dritte", "am zwölften": "achten" alone is a verb), and not a regnal number (a name's part:
"Karl der Achte").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import WORD_RE, fold
from .numbers import TENS
from .numberwords import NUMBER_WORDS, german_number


def _by_value(stems: str) -> dict[str, int]:
    """Ordinal stems (or words) in order of value, spellings of one value joined by "|"."""
    return {s: i + 1 for i, spelled in enumerate(stems.split()) for s in spelled.split("|")}


_EN = _by_value(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_DE_VALUES = _by_value(
    "erst zweit dritt viert fünft|funft sechst siebt|siebent acht neunt zehnt elft "
    "zwölft|zwolft dreizehnt vierzehnt fünfzehnt|funfzehnt sechzehnt siebzehnt "
    "achtzehnt neunzehnt zwanzigst"
)
_RU_VALUES = _by_value(
    "перв втор трет четвёрт|четверт пят шест седьм восьм девят десят одиннадцат "
    "двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат "
    "девятнадцат двадцат"
)
_EN |= {
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
_DE_VALUES |= {"hundertst": 100, "tausendst": 1000}  # "dreißigst": by its number (_german_tens)
_RU_VALUES |= {
    "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70,
    "восьмидесят": 80, "девяност": 90, "сот": 100, "тысячн": 1000,
}  # fmt: skip
_DE = re.compile(f"({'|'.join(sorted(_DE_VALUES, key=len, reverse=True))})(e|en|er|es|em)")
_RU = re.compile(
    f"({'|'.join(sorted(_RU_VALUES, key=len, reverse=True))})"
    r"(ый|ий|ой|ая|ое|ого|ому|ом|ую|ые|ых|ым|ыми|ья|ье|ьего|ьей|ьем|ьему|ью|ьи|ьих|ьим|ьими|ей)"
)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ARTICLES = frozenset("the der die das den dem des".split())


def roman_value(word: str) -> int | None:
    """The value of an upper-case Roman numeral ("VIII" 8, "XII" 12), else None.

    >>> roman_value("VIII"), roman_value("XL"), roman_value("Vial"), roman_value("IIII")
    (8, 40, None, None)
    """
    if not word or not word.isupper() or _ROMAN.fullmatch(word) is None:
        return None
    values = [_ROMAN_VALUES[c] for c in word]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def ordinal_value(word: str, language: str) -> int | None:
    """The value of an ordinal word in ``language`` ("second" 2, "dritten" 3, "восьмой" 8) or
    of a Roman numeral (a regnal or a chapter's number), else None.

    >>> ordinal_value("Seventh", "en"), ordinal_value("ersten", "de")
    (7, 1)
    >>> ordinal_value("третьей", "ru"), ordinal_value("Восьмой", "ru")
    (3, 8)
    >>> ordinal_value("VIII", "en"), ordinal_value("secondly", "en"), ordinal_value("пятно", "ru")
    (8, None, None)
    """
    roman = roman_value(word)
    if roman is not None:
        return roman
    low = word.casefold() if language == "ru" else fold(word)
    if language == "en":
        return _EN.get(low)
    pattern, values = {"de": (_DE, _DE_VALUES), "ru": (_RU, _RU_VALUES)}.get(language, (None, {}))
    if pattern is None:
        return None
    m = pattern.fullmatch(low if language == "ru" else word.casefold())
    if m is None and language == "de":
        return _german_tens(word.casefold())
    return values.get(m.group(1)) if m else None


_DE_ORDINAL_END = re.compile(r"(?P<number>\w+?)st(?:e|en|er|es|em)")


def _german_tens(word: str) -> int | None:
    """A German ordinal of 20 or more by its number: "dreißigsten" 30, "einundzwanzigste"
    21 ("-ste" after a number of 20 or more; under 20, "-te": the table's)."""
    m = _DE_ORDINAL_END.fullmatch(word)
    value = german_number(m.group("number")) if m else None
    return int(value) if value is not None and value >= 20 and value == int(value) else None


def regnal_numbers(words: Sequence[tuple[str, int]], language: str) -> list[tuple[int, int, str]]:
    """(start, value, name) of each regnal number of ``words`` (word, start): a Roman numeral
    or a capitalized ordinal after a capitalized name, straight or past an article ("Julius
    II.", "Julius the Second", "Karl der Achte", "Юлий Второй"): a number, not a name.

    >>> words = [(m.group(), m.start()) for m in re.finditer(r"\\w+", "Pope Julius the Second")]
    >>> regnal_numbers(words, "en")
    [(16, 2, 'Julius')]
    """
    out = []
    for i, (word, at) in enumerate(words):
        if i == 0 or not word[:1].isupper():
            continue
        value = ordinal_value(word, language)
        if value is None or (len(word) == 1 and language == "en" and word == "I"):
            continue
        before = i - 1
        if words[before][0].casefold() in _ARTICLES and roman_value(word) is None:
            before -= 1
        name = words[before][0] if before >= 0 else ""
        if name[:1].isupper() and ordinal_value(name, language) is None:
            out.append((at, value, name))
    return out


_EN_UNIT_BEFORE = frozenset("a an one".split())
"""English words before an ordinal that make it a unit or a fraction: "a second", "one third"."""
_DE_DETERMINER = re.compile(
    r"(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ins|ans"
    r"|(?:mein|dein|sein|ihr|unser|euer|dies|jen|jed)(?:e[mnrs]?)?)"
)
"""German words after which an ordinal adjective stands ("die dritte", "am zwölften",
"seinem zweiten"): a definite determiner or a preposition fused with an article. After the
indefinite article an ordinal means "another" ("ein zweites Mal", "a second term"), as
English "a second" does: no rank."""


def _ordinal_word(word: str, language: str) -> int | None:
    """An ordinal in letters (no Roman numeral): "twelfth", "twenty-fifth", "zwölften"."""
    if roman_value(word) is not None:
        return None
    tens, _, unit = re.sub("[\u2010\u2011]", "-", word.casefold()).partition("-")
    if language == "en" and unit and tens in TENS and (value := _EN.get(unit)) and value < 10:
        return TENS[tens] + value  # "twenty-fifth"
    return ordinal_value(word, language)


def ordinal_figures(text: str, language: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of each ordinal word of ``text`` that states a figure (see the
    module).

    >>> ordinal_figures("at the 12th and the twelfth, not the first; a second", "en")
    [(12, 20, 27)]
    >>> [v for v, _, _ in ordinal_figures("на двенадцатой конференции, седьмая — в Порту", "ru")]
    [12, 7]
    >>> text = "Auf der zwölften Konferenz achten wir auf Karl den Achten"
    >>> [v for v, _, _ in ordinal_figures(text, "de")]
    [12]
    """
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    regnal = {at for at, _, _ in regnal_numbers(words, language)}
    found = []
    for i, (word, at) in enumerate(words):
        value = _ordinal_word(word, language) if at not in regnal else None
        if value is None:
            continue
        end = at + len(word)
        tens = _tens_before(text, words, i, language) if value < 10 else None
        if tens is not None:  # "twenty first", "двадцать первом": 21
            value, at, i = value + tens, words[i - 1][1], i - 1
        if value < 2 or _decade(words, i, value, language):
            continue
        before = fold(words[i - 1][0]) if i else ""
        if language == "en" and before in _EN_UNIT_BEFORE:
            continue
        if language == "de" and not _DE_DETERMINER.fullmatch(before):
            continue
        found.append((value, at, end))
    return found


_RU_TENS = frozenset(
    w for w, v in NUMBER_WORDS["ru"].items() if v in (20, 30, 40, 50, 60, 70, 80, 90)
)


def _tens_before(text: str, words: list[tuple[str, int]], i: int, language: str) -> int | None:
    """The tens of a compound ordinal written as two words, the cardinal first ("twenty
    first", "двадцать первом"), or None."""
    if i == 0 or not text[words[i - 1][1] + len(words[i - 1][0]) : words[i][1]].isspace():
        return None
    tens = fold(words[i - 1][0])
    if language == "en":
        return TENS.get(tens)
    if language == "ru" and tens in _RU_TENS:
        return int(NUMBER_WORDS["ru"][tens])
    return None


_RU_PLURAL = re.compile(r"\w+(?:ые|ых|ым|ыми)")
_RU_YEARS = re.compile(r"(?:год|гг)\w*")


def _decade(words: list[tuple[str, int]], i: int, value: int, language: str) -> bool:
    """A decade, no figure: "в двадцатых годах" (the twenties), a plural ordinal of tens
    before "годы"."""
    if language != "ru" or value % 10 or value > 90 or not _RU_PLURAL.fullmatch(words[i][0]):
        return False
    after = words[i + 1][0].casefold() if i + 1 < len(words) else ""
    return _RU_YEARS.fullmatch(after) is not None


def day_ordinal(words: str, language: str) -> int | None:
    """The day of a month that ordinal words name (1-31: "eighth", "двадцать первого",
    "einundzwanzigsten", "achten"), or None.

    >>> day_ordinal("двадцать первого", "ru"), day_ordinal("achten", "de")
    (21, 8)
    >>> day_ordinal("twenty-first", "en"), day_ordinal("конце", "ru"), day_ordinal("VIII", "en")
    (21, None, None)
    """
    found = [(m.group(), m.start()) for m in WORD_RE.finditer(words)]
    if not found or roman_value(found[-1][0]) is not None:
        return None
    value = _ordinal_word(found[-1][0], language)
    if value is not None and len(found) == 2:
        tens = _tens_before(words, found, 1, language)
        value = value + tens if tens is not None and value < 10 else None
    elif len(found) > 2:
        return None
    return value if value is not None and 1 <= value <= 31 else None

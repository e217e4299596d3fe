"""Ordinal numbers read as numbers: "second war" / "first war", "the third battle" / "der
dritten Schlacht", and regnal numbers, which name a ruler by a name and an ordinal ("Julius the
Second", "Julius II.", "Карл Восьмой", "Karl VIII.").

A translator writes a regnal number in words or in Roman numerals, as his edition prints it:
"Julius the Second" and "Julius II." are one name and one number, not two names, so the
ordinal of a regnal number is no name (:func:`regnal_numbers`, read by :mod:`.anchors`). Two
ordinals are compared by value: where the alignment pairs an ordinal of the quote with one of
the passage ("second/first", "Seventh/VIII"), or where the same ruler (his name paired, or the
same name) carries a regnal number on both sides, a different value is a changed number
("Charles VIII." / "Charles the Seventh"). An ordinal on one side only ("he first smiled" /
"lächelte") is no difference, as a cardinal number on one side only is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalize import fold

if TYPE_CHECKING:
    from .anchors import Anchors
    from .wordpairs import Alignment


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
    return values.get(m.group(1)) if m else None


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


def ordinals_differ(quote: Anchors, passage: Anchors, alignment: Alignment | None) -> bool:
    """Whether an ordinal of the quote and its counterpart in the passage differ in value:
    paired by the alignment, or the regnal numbers of one ruler (see the module)."""
    return bool(differing_ordinals(quote, passage, alignment)[0])


def differing_ordinals(
    quote: Anchors, passage: Anchors, alignment: Alignment | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The quote's and the passage's ordinals (as printed) that differ from their
    counterparts: those the alignment pairs, and the regnal numbers of a ruler both name."""
    if alignment is None:
        return (), ()
    ql, pl = quote.language, passage.language
    q_words, p_words = [], []
    for pair in alignment.pairs:
        a, b = ordinal_value(pair.quote, ql), ordinal_value(pair.passage, pl)
        if a is not None and b is not None and a != b:
            q_words.append(pair.quote)
            p_words.append(pair.passage)
    named = {(fold(p.quote), fold(p.passage)) for p in alignment.pairs}
    for _, a, name in _regnal_of(quote):  # one ruler: the same name, or his name paired
        for _, b, other in _regnal_of(passage):
            same = fold(name) == fold(other) or (fold(name), fold(other)) in named
            if same and a != b:
                q_words.append(_printed(quote, name, a))
                p_words.append(_printed(passage, other, b))
    return tuple(dict.fromkeys(q_words)), tuple(dict.fromkeys(p_words))


def _regnal_of(anchors: Anchors) -> list[tuple[int, int, str]]:
    return regnal_numbers(list(zip(anchors.words, range(len(anchors.words)), strict=True)),
                          anchors.language)  # fmt: skip


def _printed(anchors: Anchors, name: str, value: int) -> str:
    words = anchors.words
    for i, word in enumerate(words):
        if word == name and i + 1 < len(words):
            after = words[i + 1 : i + 3]
            return next((w for w in after if ordinal_value(w, anchors.language) == value), name)
    return name


def ordinal_changed(quote_words: Sequence[str], source_words: Sequence[str], language: str) -> bool:
    """Whether a changed run of the word matcher sets one ordinal for another ("first" →
    "second"): a changed number."""
    q = sorted(v for w in quote_words if (v := ordinal_value(w, language)) is not None)
    s = sorted(v for w in source_words if (v := ordinal_value(w, language)) is not None)
    return bool(q) and bool(s) and q != s


def same_ordinals(quote: str, source: str, language: str) -> bool:
    """Whether two printings state the same ordinals and nothing else apart: "the Second" /
    "II" (a regnal number in words and in numerals), not "second" / "first".

    >>> same_ordinals("the Second", "II", "en"), same_ordinals("the Seventh", "VIII", "en")
    (True, False)
    """
    q = [v for w in re.findall(r"\w+", quote) if (v := ordinal_value(w, language)) is not None]
    s = [v for w in re.findall(r"\w+", source) if (v := ordinal_value(w, language)) is not None]
    return bool(q) and sorted(q) == sorted(s)

"""Units, spans of time, currencies and materials: closed classes whose members differ
checkably (units113).

A fresh-clone trial found "einmal im Jahr" / "once a month", "9 Zentimetern" / "9 inches",
"2,5 Millionen Liter" / "2.5 million gallons", "4200 Dollar" / "4,200 pounds" and "Spur von
Kupfer" / "trace of lead" shown ``reworded`` with no flag, the evidence even pairing
"Jahr/month" as shared words: single-word vectors place two units of one kind as near as a
word and its rendering. Two different members of one of these sets (:data:`UNIT_SETS`) are
never a rendering of each other (:func:`unit_kind`: :mod:`.contrary` drops such a pair), and a
claim whose unit the passage does not say, while the passage says another of its kind in its
place, changed a measure (:func:`other_unit`: ``number``; another material: ``name``).

Units of one kind are compared by their amount where a translator may say the same in another
unit: "seven days" / "через неделю", "a fortnight" / "zwei Wochen" / "две недели" are one
span (each unit's size in :data:`UNIT_SETS`, a figure before it, else one). A unit is read in
a slot only when a figure or a word measuring it stands before it ("9 inches", "once a
month", "einmal im Jahr", "раз в год", "на месяц"): "in those days" / "in jenen Jahren" is no
measure, and is never flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..facts.languages import Number, figures_in
from ..normalize import WORD_RE

UNIT_SETS: dict[str, tuple[tuple[str, float], ...]] = {
    "lengths": (
        (r"millimet(?:re|er)s?|mm|millimetern?|миллиметр\w*", 0.001),
        (r"centimet(?:re|er)s?|cm|zentimetern?|сантиметр\w*|см", 0.01),
        (r"met(?:re|er)s?|metern?|метр(?:а|ов|ам|ами|ах|е|ом|у)?", 1.0),
        (r"kilomet(?:re|er)s?|km|kilometern?|километр\w*|км", 1000.0),
        (r"inch(?:es)?|zoll|дюйм\w*", 0.0254),
        (r"feet|foot|fu(?:ß|ss)|фут(?:а|ов|ам|ами|ах|е|ом|у)?", 0.3048),
        (r"yards|ярд(?:а|ов|ам|ами|ах|е|ом|у)?", 0.9144),
        (r"miles?|meilen?|мил(?:я|и|ь|е|ю|ей|ям|ями|ях)", 1609.0),
        (r"versts?|werst|верст\w*", 1067.0),
        (r"arshins?|arschin|аршин\w*", 0.711),
    ),
    "volumes": (
        (r"millilit(?:re|er)s?|ml|millilitern?|миллилитр\w*", 0.001),
        (r"lit(?:re|er)s?|litern?|литр\w*", 1.0),
        (r"hectolit(?:re|er)s?|hektolitern?|гектолитр\w*", 100.0),
        (r"gallons?|gallonen?|галлон\w*", 4.546),
        (r"pints?|пинт\w*", 0.568),
    ),
    "weights": (
        (r"milligrams?|milligramm|миллиграмм\w*|мг", 0.000001),
        (r"grams?|grammes?|gramm|грамм(?:а|ов|ам|ами|ах|е|ом|у)?", 0.001),
        (r"kilos?|kilograms?|kilogrammes?|kilogramm|kg|килограмм\w*|кило|кг", 1.0),
        (r"tons?|tonnes?|tonnen?|тонн\w*", 1000.0),
        (r"pounds?|lbs?|pfund|фунт(?:а|ов|ам|ами|ах|е|ом|у)?", 0.4536),
        (r"ounces?|oz|unzen?|унци\w*", 0.02835),
        (r"poods?|pud|пуд(?:а|ов|ам|ами|ах|е|ом|у)?", 16.38),
    ),
    "currencies": (
        (r"dollars?|доллар\w*", 0.0),
        (r"pounds?|pfund|фунт(?:а|ов|ам|ами|ах|е|ом|у)?|sterling", 0.0),
        (r"roubles?|rubles?|rubeln?|рубл\w*|рубль", 0.0),
        (r"kopecks?|kopeks?|kopeken|копе(?:йк\w*|ек)", 0.0),
        (r"francs?|франк(?:а|ов|ам|ами|ах|е|ом|у)?", 0.0),
        (r"shillings?|schillinge?|шиллинг\w*", 0.0),
        (r"pence|penny|pennies|pfennige?|пенс\w*|пенни|пфенниг\w*", 0.0),
        (r"euros?|евро", 0.0),
        (r"guilders?|florins?|gulden|гульден\w*", 0.0),
        (r"thalers?|talers?|talern?|талер\w*", 0.0),
        (r"ducats?|dukaten|дукат\w*", 0.0),
        (r"reichsmarks?|goldmarks?|рейхсмарк\w*", 0.0),
    ),
    "temperature scales": (
        (r"celsius|centigrade|цельси\w*", 0.0),
        (r"fahrenheit|фаренгейт\w*", 0.0),
        (r"r[ée]aumur|реомюр\w*", 0.0),
    ),
    "spans of time": (
        (r"seconds?|sekunden?|секунд\w*", 1 / 86400),
        (r"minutes?|minuten?|минут\w*", 1 / 1440),
        (r"hours?|hourly|stunden?|stündlich\w*|час(?:а|ов|у|ам|ами|ах)?|ежечасн\w*", 1 / 24),
        (r"days?|daily|tag|tage[ns]?|täglich\w*|день|дн(?:я|ей|ям|ями|ях|и)|сутки|суток|"
         r"ежедневн\w*|ежесуточн\w*", 1.0),
        (r"weeks?|weekly|wochen?|wöchentlich\w*|недел\w*|еженедельн\w*", 7.0),
        (r"fortnights?|fortnightly", 14.0),
        (r"months?|monthly|monat|monate[ns]?|monats|monatlich\w*|месяц\w*|ежемесячн\w*", 30.0),
        (r"years?|yearly|annual\w*|jahr|jahre[ns]?|jahres|jährlich\w*|год(?:а|у|ом|ы|ов)?|лет|"
         r"ежегодн\w*", 365.0),
        (r"decades?|jahrzehnte?n?|десятилети\w*", 3650.0),
        (r"centur(?:y|ies)|jahrhunderte?n?|век(?:а|ов|е|у)?|столети\w*", 36500.0),
    ),
    "materials": (
        (r"copper|kupfer|медь|меди|медью|медн\w*", 0.0),
        (r"lead|blei|свин(?:ец|ц\w*)", 0.0),
        (r"iron|eisen|желез[оа]|железом|железе", 0.0),
        (r"gold|золот[оа]|золотом|золоте", 0.0),
        (r"silver|silber|серебр[оа]|серебром|серебре", 0.0),
        (r"tin|zinn|олов[оа]|оловом|олове", 0.0),
        (r"zinc|zink|цинк(?:а|ом|е)?", 0.0),
        (r"arsenic|arsen|мышьяк(?:а|ом|е)?", 0.0),
        (r"mercury|quecksilber|ртут(?:ь|и|ью)", 0.0),
        (r"nickel|никел(?:ь|я|ем|е)", 0.0),
        (r"chlorine|chlor|хлор(?:а|ом|е)?", 0.0),
    ),
}  # fmt: skip
"""Per closed class: its members (word forms in English, German and Russian, matched whole and
case-blind) with the member's size in the class's unit (metres, litres, kilograms, days), or 0
where members are only the same or not (currencies, scales, materials). "pound" / "Pfund" /
"фунт" is a weight and a currency: compared as either."""
NAME_SETS = frozenset({"materials"})
"""Classes whose other member is another thing named (``name``), not another measure."""
UNMEASURED = frozenset({"materials", "temperature scales"})
"""Classes read wherever they are said: "a trace of lead", "11 degrees Centigrade" (the
figure stands before "degrees", not before the scale)."""
_MEASURING = re.compile(
    r"(?:\b(?:a|an|per|every|each|ein|eine|einen|einem|im|pro|je|jeden|jede|jedes|alle|"
    r"в|на|через|за|раз|каждый|каждую|каждые|каждое)|\d)\s+$",
    re.IGNORECASE,
)
"""What stands before a unit measured with no figure: "once a month", "einmal im Jahr", "раз
в год", "на месяц" (a figure before it is read by :func:`.languages.figures_in`)."""
_GAP = 3
"""Characters between a figure and its unit ("9 inches", "2,5 Millionen Liter")."""


@dataclass(frozen=True, slots=True)
class UnitWord:
    """A member of a class of :data:`UNIT_SETS` as printed: its class, member, whether a figure
    or a word measures it there, its amount in the class's unit (None: not measured, or a
    class without sizes)."""

    word: str
    kind: str
    member: int
    measured: bool
    amount: float | None


@cache
def _pattern(member: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{member})", re.IGNORECASE)


@cache
def _any_unit() -> re.Pattern[str]:
    return _pattern("|".join(p for members in UNIT_SETS.values() for p, _ in members))


@cache
def unit_members(word: str) -> frozenset[tuple[str, int]]:
    """The classes of :data:`UNIT_SETS` ``word`` is a member of: (class, member index).

    >>> sorted(unit_members("Pfund"))
    [('currencies', 1), ('weights', 4)]
    """
    if not _any_unit().fullmatch(word):
        return frozenset()
    return frozenset(
        (kind, i)
        for kind, members in UNIT_SETS.items()
        for i, (member, _) in enumerate(members)
        if _pattern(member).fullmatch(word)
    )


def unit_kind(word: str, other: str) -> str | None:
    """The class of :data:`UNIT_SETS` whose different members ``word`` and ``other`` are, or
    None (also when they are one member in another class: "pounds" / "Pfund").

    >>> unit_kind("Jahr", "month"), unit_kind("Kupfer", "lead"), unit_kind("Dollar", "pounds")
    ('spans of time', 'materials', 'currencies')
    >>> unit_kind("Zoll", "inches") is None and unit_kind("Pfund", "pounds") is None
    True
    """
    mine, theirs = unit_members(word), unit_members(other)
    if not mine or not theirs or mine & theirs:
        return None
    return next((k for k, _ in sorted(mine) if k in {t for t, _ in theirs}), None)


def unit_words(text: str, language: str) -> list[UnitWord]:
    """The members of :data:`UNIT_SETS` in ``text``, each with its amount where measured.

    >>> [(u.word, u.amount) for u in unit_words("once a month, for two weeks, in those days", "en")]
    [('month', 30.0), ('weeks', 14.0), ('days', None)]
    >>> [(u.word, u.amount) for u in unit_words("2,5 Millionen Liter, 9 Zoll", "de")]
    [('Liter', 2500000.0), ('Zoll', 0.2286)]
    """
    figures = figures_in(text, language)
    found = []
    for m in WORD_RE.finditer(text):
        members = unit_members(m.group())
        if not members:
            continue
        count = _count_before(text, m.start(), figures)
        for kind, i in sorted(members):
            size = UNIT_SETS[kind][i][1]
            amount = round(count * size, 6) if count is not None and size else None
            measured = count is not None or kind in UNMEASURED
            found.append(UnitWord(m.group(), kind, i, measured, amount))
    return found


def _count_before(text: str, at: int, figures: list[Number]) -> float | None:
    """The figure just before the unit at ``at`` ("9 inches"), 1 after a word that measures it
    ("once a month", "на месяц"), None when it is no measure ("in those days")."""
    for n in figures:
        if 0 <= at - n.end <= _GAP and not text[n.end : at].strip(" -\u00a0"):
            if n.value >= 1000 and n.value == int(n.value) and not n.word and n.value < 2100:
                return None  # "1918 года": a year
            return n.value
    return 1.0 if _MEASURING.search(text[max(0, at - 12) : at]) else None


def _matched(unit: UnitWord, others: list[UnitWord]) -> bool:
    """Whether ``others`` say ``unit``: its amount, in its unit or another, where both are
    measured ("once a month" is not "every three months"), else its member."""
    for o in (o for o in others if o.kind == unit.kind):
        if unit.amount is not None and o.amount is not None:
            if abs(o.amount - unit.amount) <= 0.05 * unit.amount:
                return True
        elif o.member == unit.member:
            return True
    return False


def other_unit(
    quote: str, quote_language: str, passage: str, language: str
) -> tuple[str, str, str] | None:
    """A unit of ``quote`` measured that the passage does not say, and the passage's
    measured member of its class that the quote does not say: (class, quote's word,
    passage's word), or None. Materials and scales need no measure ("trace of lead").

    >>> other_unit("Sie fasst 2,5 Millionen Liter.", "de", "It holds 2.5 million gallons.", "en")
    ('volumes', 'Liter', 'gallons')
    >>> other_unit("once a month", "en", "einmal im Jahr", "de")
    ('spans of time', 'month', 'Jahr')
    >>> other_unit("einmal im Jahr, alle 3 Monate", "de", "once a month, every 3 months", "en")
    ('spans of time', 'Jahr', 'month')
    >>> print(other_unit("for about a week", "en", "примерно на семь дней", "ru"))
    None
    >>> print(other_unit("in those weeks", "en", "einen Monat", "de"))
    None
    """
    mine = unit_words(quote, quote_language)  # the quote first: most say no unit
    if not any(unit.measured for unit in mine):
        return None
    theirs = unit_words(passage, language)
    for unit in mine:
        if not unit.measured or _matched(unit, theirs):
            continue
        other = next(
            (o for o in theirs if o.kind == unit.kind and o.measured and not _matched(o, mine)),
            None,
        )
        if other is not None:
            return unit.kind, unit.word, other.word
    return None

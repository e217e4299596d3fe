"""Negations of the languages sources come in, and readers of the numbers of a passage in
any of them (their number words: :mod:`.numberwords`; their dates: :mod:`.monthdates`).

English keeps its own reader (:func:`sourcecheck.facts.numbers.read_numbers`);
:func:`read_numbers_in` dispatches to it for ``"en"`` and reads Russian, German, French,
Italian and Spanish from the tables of :mod:`.numberwords`.

Tables hold *folded* words (:func:`sourcecheck.normalize.fold`: case and diacritics off, so
"März" is "marz" and "никакой" is "никакои"), the form tokens have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import WORD_RE, fold, tokenize
from .footnotes import footnote_spans
from .identifiers import identifier_spans
from .monthdates import base_language as _base
from .monthdates import read_dates
from .numbers import COUNTED_SCALES, SCALES, NumberMention, read_numbers, word_value
from .numberwords import NUMBER_WORDS, whole, word_runs
from .ordinalwords import ordinal_figures
from .partitive import partitive
from .scalewords import word_figures
from .times import read_times

LANGUAGES = ("en", "ru", "de", "fr", "it", "es")
"""Languages with tables here (ISO 639-1)."""


_NEGATION_WORDS = {
    # English in folded forms: "don't" folds to "dont"
    "en": "not no never neither nor none nobody no-one noone nothing nowhere cannot cant dont "
    "doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt "
    "mustnt neednt aint shant mightnt oughtnt darent",
    "ru": "не нет ни никогда ничего ничто никто никого никому нигде никуда никак нельзя "
    "никакой никакая никакое никакие никаких ничем ниоткуда",
    "de": "nicht nichts nie niemals niemand niemanden niemandem nirgends nirgendwo kein keine "
    "keinen keinem keiner keines weder",
    "fr": "ne n non pas jamais rien aucun aucune personne nullement guère ni",
    "it": "non mai nessuno nessuna niente nulla né neppure nemmeno neanche",
    "es": "no nunca jamás nada nadie ninguno ninguna ningún ni tampoco",
}

NEGATIONS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for w in words.split()) for lang, words in _NEGATION_WORDS.items()
}
"""Folded negation words per language."""


_NEGATING_PREFIX = re.compile(r"(?:un|in|im|il|ir|dis|non|nicht|не|без|бес)", re.IGNORECASE)
_ASSIMILATED = frozenset({"in", "im", "il", "ir"})  # also begin words that are no opposites


def negated_by_prefix(a: str, b: str) -> bool:
    """Whether two words differ by a negating prefix, one saying the opposite of the other:
    "ruhigen" / "unruhigen", "fair" / "unfair", "possible" / "impossible", "вероятно" /
    "невероятно", "kommerzielle" / "nichtkommerzielle". After "in-", "im-", "il-", "ir-" the
    word must have 5 letters ("form" / "inform", "port" / "import" are no opposites).

    >>> negated_by_prefix("legal", "illegal"), negated_by_prefix("true", "untrue")
    (True, True)
    >>> negated_by_prefix("form", "inform"), negated_by_prefix("Treaty", "treaty")
    (False, False)
    """
    short, long = sorted((a.strip().casefold(), b.strip().casefold()), key=len)
    prefix = long[: len(long) - len(short)]
    if not short or not long.endswith(short) or not _NEGATING_PREFIX.fullmatch(prefix):
        return False
    return len(short) >= (5 if prefix in _ASSIMILATED else 3)


def negation_words(language: str | None) -> frozenset[str]:
    """The folded negation words of ``language`` ("en" when None or without a table here).

    >>> sorted(negation_words("de") & {"nicht", "nie", "not"}), "not" in negation_words(None)
    (['nicht', 'nie'], True)
    """
    return NEGATIONS.get(_base(language), NEGATIONS["en"])


_QUANTITY_WORDS = {
    "en": "many several few numerous countless dozens scores hundreds thousands various "
    "multiple much",
    "de": "viele vielen vieler mehrere mehreren mehrerer einige einigen einiger wenige wenigen "
    "zahlreiche zahlreichen unzählige unzähligen etliche etlichen manche manchen oft",
    "ru": "много многие многих многим многими несколько нескольких немного немногие мало "
    "многочисленные многочисленных бесчисленные неоднократно часто",
}
QUANTITY_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for w in words.split()) for lang, words in _QUANTITY_WORDS.items()
}
"""Folded words of vague quantity per language ("many", "viele", "несколько"): a rendering
that says one where the other side states a figure ("zwei" / "many") changed the figure."""


def says_quantity(text: str, language: str | None) -> bool:
    """Whether ``text`` says a vague quantity ("many", "viele", "много"): a figure changed,
    not left out, where the other side states one.

    >>> says_quantity("He had many friends.", "en"), says_quantity("Er hatte Freunde.", "de")
    (True, False)
    """
    words = QUANTITY_WORDS.get(language or "en", frozenset())
    return any(fold(m.group()) in words for m in WORD_RE.finditer(text))


_COUNTING_WORDS = {
    # durations (a number before one is no figure: "ten minutes later"); the words allowed
    # between a number and what it counts ("thirty or more men"); "against" in "six against
    # five"; the words before a number that make it part of a name for people or things the
    # text has already introduced ("the two men", "his three sons", "the other two")
    "en": (
        "second seconds minute minutes hour hours day days week weeks month months year years "
        "decade decades century centuries time times oclock",
        "or and to more than of the some odd",
        "against",
        "the these those his her their its our my your whose other remaining",
    ),
    "de": (
        "Sekunde Sekunden Minute Minuten Stunde Stunden Tag Tage Tagen Woche Wochen Monat "
        "Monate Monaten Jahr Jahre Jahren Jahrzehnt Jahrzehnte Jahrhundert Jahrhunderte Mal Uhr",
        "oder und bis mehr als der die",
        "gegen",
        "der die das den dem des diese dieser diesen diesem seine seiner seinen ihre ihrer "
        "ihren unsere anderen übrigen",
    ),
    "ru": (
        "секунда секунды секунд минута минуты минут минуту час часа часов день дня дней "
        "неделя недели недель неделю месяц месяца месяцев год года лет век века веков раз раза",
        "или и до более чем около свыше",
        "против",
        "эти этих этим те тех его её ее их наши наших мои моих остальные остальных другие",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Counting:
    """The folded words that say what a number of ``language`` counts: ``durations`` (not a
    figure), ``between`` (allowed between the number and the counted word), ``against``, and
    ``known`` (a determiner before the number: the group is one the text has introduced)."""

    durations: frozenset[str]
    between: frozenset[str]
    against: frozenset[str]
    known: frozenset[str]


@lru_cache(maxsize=8)
def counting_words(language: str | None) -> Counting:
    """The :class:`Counting` words of ``language`` (English when it has no table here).

    >>> c = counting_words("de")
    >>> "tagen" in c.durations, "gegen" in c.against, "days" in counting_words(None).durations
    (True, True, True)
    """
    tables = _COUNTING_WORDS.get(_base(language), _COUNTING_WORDS["en"])
    return Counting(*(frozenset(fold(w) for w in words.split()) for words in tables))


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from ``text[start:end]``; ``word``: written in words ("two", "zwei")."""

    value: float
    start: int
    end: int
    word: bool = False


# Digits with thousands separators: "1,500" (English) or "1.500" / "1 500" (German, Russian).
_DIGITS = {
    "en": re.compile(
        r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?"
    ),
    "other": re.compile(
        r"(?<![\w.,])[1-9]\d{0,2}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?(?!\w)"
        r"|(?<![\w.,])(?P<version>\d+\.\d+)|(?<![\w.,])\d+(?:,\d+)?"
    ),
}
"""A dot not grouping thousands ("2.1", "0.90": no thousands group starts with 0) in a language
writing a decimal comma is a version's: read as printed, as English reads it."""


REMEMBERED_CHARS = 20_000  # a quote or passage is read again by each reader of a weighing;
# a whole text is read once by its caller and not kept alive by the cache


def read_numbers_in(text: str, language: str) -> list[Number]:
    """Numbers in ``text`` by value, in digits (the language's separators) or words (read
    once per text and language up to :data:`REMEMBERED_CHARS`; a new list each call).

    >>> [n.value for n in read_numbers_in("über 1.500 Mann und zweiundzwanzig Kanonen", "de")]
    [1500.0, 22.0]
    >>> [n.value for n in read_numbers_in("двести делегатов, 15 000 солдат", "ru")]
    [200.0, 15000.0]
    >>> [n.value for n in read_numbers_in("1,500 men and thirty-two guns", "en")]
    [1500.0, 32.0]
    """
    if len(text) > REMEMBERED_CHARS:
        return list(_numbers_in(text, language))
    return list(_remembered_numbers(text, language))


@lru_cache(maxsize=4096)
def _remembered_numbers(text: str, language: str) -> tuple[Number, ...]:
    return _numbers_in(text, language)


def _numbers_in(text: str, language: str) -> tuple[Number, ...]:
    pattern = _DIGITS["en" if language == "en" else "other"]
    found = []
    scaled: set[int] = set()  # where a scale word after digits was read with them
    codes = identifier_spans(text)  # "2.6.32", "0.93R6", "XFree86": no quantities
    codes += footnote_spans(text)  # "[56]": a note's mark (.footnotes)
    for m in pattern.finditer(text):
        raw = m.group()
        if any(a <= m.start() < b for a, b in codes):
            continue
        if language == "en" or m.groupdict().get("version"):
            raw = raw.replace(",", "")
        else:
            raw = re.sub(r"[. \u00a0\u202f](?=\d{3})", "", raw).replace(",", ".")
        value, end = float(raw), m.end()
        scale = _SCALE_AFTER.match(text, end)
        scales = NUMBER_WORDS.get(language, _ENGLISH_SCALES if language == "en" else {})
        size = scales.get(fold(scale.group(1))) if scale else None
        if scale and size and size >= 1000:  # "2 Millionen", "1,5 миллиона"
            value, end = value * size, scale.end()
            scaled.add(scale.start(1))
        found.append(Number(value, m.start(), end))
    tokens = tokenize(text)
    words = [
        "" if any(c.isdigit() for c in w) or at in scaled else w
        for w, at in zip(tokens.words, tokens.starts, strict=True)
    ]  # read above
    if language == "en":
        for n in read_numbers(words):
            found.append(Number(float(n.value), tokens.starts[n.first], tokens.ends[n.last], True))
    else:
        found += _number_words(words, tokens.starts, tokens.ends, language)
    return tuple(sorted(found, key=lambda n: n.start))


def figures_in(text: str, language: str) -> list[Number]:
    """The numbers of ``text`` that state a figure (see :func:`_figures_in`; read once per
    text and language: a claim's weighing asks again for its tallies, shares and units)."""
    return list(_figures_in(text, language))


@lru_cache(maxsize=4096)
def _figures_in(text: str, language: str) -> tuple[Number, ...]:
    """The numbers of ``text`` that state a figure: not part of a date ("8 (21) января
    1918"), not "one" in words (an article or a pronoun far more often than a count); a time
    of day is one figure, its hour (:func:`.times.read_times`: "halb sieben" is 6.5).

    >>> [n.value for n in figures_in("One morning, on 11 March 1918, 63 men; one of the two", "en")]
    [63.0]

    A number in words that refers back to things named ("one of the two": :mod:`.partitive`)
    states no figure either; one unit of time measured ("for over a month", "über einen
    Monat", "больше месяца": :mod:`.oneunit`) is the figure 1 ("tripled": :mod:`.scalewords`).
    """
    dates = [d for d in read_dates(text, language) if d.month is not None]
    times = [Number(hour, start, end, True) for hour, start, end in read_times(text, language)]
    ordinals = [Number(float(v), a, b, True) for v, a, b in ordinal_figures(text, language)]
    cardinals = [  # "двадцать" of "двадцать первом" (21st) is the ordinal's
        n
        for n in read_numbers_in(text, language)
        if not any(o.start <= n.start < o.end for o in ordinals)
    ]
    numbers = [
        n
        for n in cardinals + ordinals  # "twelfth" as "12th"
        if not (n.word and n.value == 1)
        and not (n.word and partitive(text, n.start, n.end, language))
        and not any(d.start <= n.start < d.end for d in dates)
        and not any(t.start <= n.start < t.end for t in times)
    ]
    said = [Number(v, a, b, True) for v, a, b in word_figures(text, language, numbers + times)]
    return tuple(sorted(numbers + times + said, key=lambda n: n.start))  # "a month", "doppelt"


def _number_words(
    words: list[str], starts: tuple[int, ...], ends: tuple[int, ...], language: str
) -> list[Number]:
    """Runs of number words: "двести пятьдесят" is 250, "drei tausend" 3000."""
    return [
        Number(float(n.value), starts[n.first], ends[n.last], True)
        for n in word_runs(words, language)
    ]


_SCALE_AFTER = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)")
_ENGLISH_SCALES = {**SCALES, **COUNTED_SCALES}  # after digits: "340 million", "16 millions"
_ARTICLE_ONE = {"de": "ein", "fr": "un une", "it": "un uno una", "es": "un uno una"}
"""Words of value 1 that are an article far more often than a count: no number alone."""


def read_word_numbers(words: Sequence[str], language: str | None) -> list[NumberMention]:
    """Every number in folded word tokens as ``language`` writes it, in digits or words (a
    German number compounded with "-mal", "-fach": "hundertmal" is 100). English, and a
    language without a table here, is read by :func:`~sourcecheck.facts.numbers.read_numbers`;
    digits are read as ``language`` groups them.

    >>> [n.value for n in read_word_numbers("er kam dreimal mit 5 Mann".split(), "de")]
    [3, 5]
    >>> [n.value for n in read_word_numbers("двадцать пять раз и ещё 30".split(), "ru")]
    [25, 30]
    >>> [n.value for n in read_word_numbers("1,5 млн рублей и 2 миллиона".split(), "ru")]
    [1500000, 2000000]
    """
    base = _base(language)
    if base == "en" or base not in NUMBER_WORDS:
        return read_numbers(words, language=language)
    blanked = ["" if any(c.isdigit() for c in w) else w for w in words]
    digits = []
    for i, w in enumerate(words):
        if blanked[i] or (value := word_value(w, language=language)) is None:
            continue
        scale = NUMBER_WORDS[base].get(words[i + 1], 0) if i + 1 < len(words) else 0
        if scale >= 1000:  # "2,5 Millionen", "1,5 млн": read with the digits
            value, blanked[i + 1] = value * scale, ""
        digits.append(NumberMention(whole(value), i, i + 1 if scale >= 1000 else i))
    articles = _ARTICLE_ONE.get(base, "").split()
    spelled = [
        n
        for n in word_runs(blanked, base)
        if not (n.first == n.last and words[n.first] in articles)
    ]
    return sorted(digits + spelled, key=lambda n: n.first)

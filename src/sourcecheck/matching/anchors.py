"""What a passage says checkably, in any language: names, numbers, dates and negations.

These are the *anchors* of the meaning stage. Across languages they are what a quotation and
its rendering must still share: a name transliterated across scripts (Троцкий / Trotsky /
Trotzki / Trotski: :func:`name_key`), a number by value ("zweiundzwanzig" / 22), a date in
both calendars ("8 (21) января 1918" / "January 21, 1918"). They pick the windows of a large
text worth embedding, they are the evidence shown with a ``reworded`` result, and they flag a
rendering whose meaning differs checkably (:func:`compare_anchors`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from ..facts.dates import MONTHS as ENGLISH_MONTHS
from ..facts.dates import DateMention, compare_date
from ..facts.languages import MONTHS, NEGATIONS, read_dates, read_numbers_in
from ..normalize import WORD_RE, fold
from ..texts.sentences import sentence_spans
from .align import similarity_matrix
from .match import NEGATIONS as ENGLISH_NEGATIONS
from .stems import STOPWORDS, stem_form

NAME_SIMILARITY = 0.8
"""Two name keys at least this similar (0-1, rapidfuzz's ratio) name the same person."""

# Spellings of one sound across transliteration systems, applied in order to folded ASCII.
_SPELLINGS = (
    ("'", ""), ("tsch", "ch"), ("sch", "sh"), ("cz", "ch"), ("tz", "ts"), ("ck", "k"),
    ("ph", "f"), ("kh", "h"), ("ch", "h"), ("w", "v"), ("x", "ks"), ("q", "k"), ("c", "k"),
    ("j", "i"), ("y", "i"), ("z", "s"),
)  # fmt: skip
# Russian case endings of names (a stemmer would cut "Кюльман" to "кюльм"), longest first.
_CASE_ENDINGS = re.compile(
    r"(?<=[^\W\d_]{3})(?:ого|его|ому|ему|ыми|ими|ами|ями|ий|ый|ой|ым|им|ом|ем|ей|ою|ею|ах|ях"
    r"|ам|ям|а|я|у|ю|е|ы|и)$"
)
_REPEATS = re.compile(r"(.)\1+")
_VOWEL_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")  # German lengthening h: Kühlmann / Кюльман


def negation_words(language: str) -> frozenset[str]:
    """The folded negation words of a language (English: the word matcher's list)."""
    return ENGLISH_NEGATIONS if language == "en" else NEGATIONS.get(language, frozenset())


@lru_cache(maxsize=1 << 14)
def name_key(word: str) -> str:
    """A spelling-neutral key of a name, the same across scripts and transliterations.

    >>> [name_key(w) for w in ("Троцкий", "Троцкого", "Trotsky", "Trotzki", "Trotski")]
    ['trotsk', 'trotsk', 'trotsk', 'trotsk', 'trotsk']
    >>> name_key("Кюльман"), name_key("Kühlmann"), name_key("Czernin"), name_key("Чернин")
    ('kulman', 'kulman', 'hernin', 'hernin')
    """
    form = stem_form(word)
    if any("\u0400" <= c <= "\u04ff" for c in form):
        form = _CASE_ENDINGS.sub("", form)  # Троцкого -> троцк, Кюльмана -> кюльман
    key = fold(anyascii(form)).lower()
    for old, new in _SPELLINGS:
        key = key.replace(old, new)
    key = _VOWEL_H.sub("", key).replace("iu", "u").replace("ia", "a")
    key = _REPEATS.sub(r"\1", key)
    return key[:-1] if len(key) > 4 and key[-1] in "aeiou" else key


def same_name(a: str, b: str) -> bool:
    """Whether two name keys name the same person (equal, a prefix, or close enough)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3:
        return True
    return bool(similarity_matrix((a,), (b,))[0, 0] >= NAME_SIMILARITY)


@dataclass(frozen=True, slots=True)
class Anchors:
    """The names, numbers, dates and negations of a quote or passage, as printed."""

    language: str
    names: tuple[str, ...]
    words: tuple[str, ...]  # every word, raw: a name of the other side may be any of them
    numbers: tuple[tuple[float, str], ...]  # (value, as printed); dates and "one" left out
    dates: tuple[DateMention, ...]  # with a day or a month
    date_texts: tuple[str, ...]
    negations: tuple[str, ...]


def read_anchors(text: str, language: str) -> Anchors:
    """Names, numbers, dates and negations of ``text`` (a quote or a passage).

    Names are capitalized words that do not open a sentence and are not function words;
    German capitalizes every noun, so a German side offers its words to be matched against the
    other side's names but claims no names of its own.

    >>> a = read_anchors("Am 11. Februar 1918 erklärte Trotzki: kein Friede, 22 Mann.", "de")
    >>> a.names, [n for _, n in a.numbers], a.date_texts, a.negations
    ((), ['22'], ('11. Februar 1918',), ('kein',))
    """
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    openers = {s for s, _ in sentence_spans(text)}
    stop = STOPWORDS.get(language, frozenset()) | MONTHS.get(language, ENGLISH_MONTHS).keys()
    names: tuple[str, ...] = ()
    if language != "de":
        names = tuple(
            w
            for w, start in words
            if w[:1].isupper() and start not in openers and fold(w) not in stop and len(w) > 1
        )
    dates = tuple(d for d in read_dates(text, language) if d.month is not None)
    in_date = [(d.start, d.end) for d in dates]
    numbers = tuple(
        (n.value, text[n.start : n.end])
        for n in read_numbers_in(text, language)
        if not (n.word and n.value == 1) and not any(s <= n.start < e for s, e in in_date)
    )
    negation = negation_words(language)
    return Anchors(
        language=language,
        names=names,
        words=tuple(w for w, _ in words),
        numbers=numbers,
        dates=dates,
        date_texts=tuple(text[d.start : d.end] for d in dates),
        negations=tuple(w for w, _ in words if fold(w) in negation),
    )


@dataclass(frozen=True, slots=True)
class AnchorComparison:
    """What a quote and a passage share checkably, and where they differ."""

    shared_names: tuple[str, ...]  # quote names found in the passage (as the quote prints them)
    missing_names: tuple[str, ...]  # quote names not in the passage
    other_names: tuple[str, ...]  # passage names not in the quote
    numbers_agree: bool | None  # None: not both sides state a number
    dates_agree: bool | None  # None: not both sides state a date
    flags: tuple[str, ...]  # "negation", "number", "date", "name": the meaning differs


def compare_anchors(quote: Anchors, passage: Anchors) -> AnchorComparison:
    """Compare the anchors of a quote with those of a passage (any two languages).

    >>> q = read_anchors("On January 21 Trotsky said there would be no peace.", "en")
    >>> p = read_anchors("8 (21) января 1918 г. Троцкий сказал, что мира не будет.", "ru")
    >>> c = compare_anchors(q, p)
    >>> c.shared_names, c.dates_agree, c.flags
    (('Trotsky',), True, ())
    """
    passage_keys = {name_key(w) for w in passage.words if len(w) > 1}
    shared: list[str] = []
    missing: list[str] = []
    for name in dict.fromkeys(quote.names):
        key = name_key(name)
        (shared if any(same_name(key, k) for k in passage_keys) else missing).append(name)
    quote_keys = {name_key(w) for w in quote.words if len(w) > 1}
    other = [
        n
        for n in dict.fromkeys(passage.names)
        if not any(same_name(name_key(n), k) for k in quote_keys)
    ]
    flags = []
    if bool(quote.negations) != bool(passage.negations):
        flags.append("negation")
    numbers_agree = _numbers_agree(quote, passage)
    if numbers_agree is False:
        flags.append("number")
    dates_agree = _dates_agree(quote, passage)
    if dates_agree is False:
        flags.append("date")
    if missing and other:
        flags.append("name")
    return AnchorComparison(
        tuple(shared), tuple(missing), tuple(other), numbers_agree, dates_agree, tuple(flags)
    )


def _numbers_agree(quote: Anchors, passage: Anchors) -> bool | None:
    """False when a number of the quote is not in the passage and the passage has another
    one in its place; a passage that states no number cannot contradict one."""
    if not quote.numbers or not passage.numbers:
        return None
    q = Counter(v for v, _ in quote.numbers)
    p = Counter(v for v, _ in passage.numbers)
    missing = q - p
    return not (missing and (p - q))


def _dates_agree(quote: Anchors, passage: Anchors) -> bool | None:
    """False when no date of the passage agrees with a date of the quote (either calendar)."""
    quote_days = [d for d in quote.dates if d.day is not None]
    if not quote_days or not passage.dates:
        return None
    for mine in quote_days:
        iso = mine.iso() if mine.year else None
        for theirs in passage.dates:
            if iso is None:
                if theirs.month == mine.month and theirs.day in (mine.day, mine.alt_day):
                    return True
                if theirs.alt_day == mine.day or (mine.alt_day and mine.alt_day == theirs.day):
                    return True
                continue
            if compare_date(iso, theirs) != "differs":
                return True
            if theirs.alt_day and not theirs.year and theirs.alt_day == mine.day:
                return True
    return False

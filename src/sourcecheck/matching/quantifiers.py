"""Quantifiers compared as counts: "the value of only one keyword" where the source says "the
values of all keywords", "can be given at most one argument" for "one or more arguments"
(walk112's changes: ``number``).

The number check compares figures (:mod:`..facts.numbers`), and reads no "one" in words (an
article or a pronoun far more often than a count); the quantity scales (:mod:`.quantities`)
turn "many" / "few" round. Neither reads a quantifier that bounds a count: "only one", "at
most one", "one or more", "several", "all". Here each is read as a kind of count
(:data:`KINDS`), in English, German and Russian ("nur ein", "höchstens ein", "mindestens
ein", "mehrere", "alle"; "только один", "не более одного", "один или несколько", "несколько",
"все", "каждый"), and tied to what it counts: the content words right after it in its clause
(by stem in one language, through the alignment's counterparts across languages). A quote's
kind and a passage's kind that exclude each other (:data:`_EXCLUDE`: an exact count against a
range or "all", "at most one" against "one or more") tied to the same thing are a changed
number, unless the other side says the first one's kind of it too. "One or more" = "at least
one" = "mindestens ein" = "один или несколько" are one kind; "several" is compatible with
"one or more"; "at most one" with "only one".

A bare "one" is read only in English and Russian ("one argument", "один аргумент"; German
"ein" is an article) and not in "one of", "one another", "the one", "no one", "один из", "ни
один". A quantifier in a clause with a negation of its own ("not all", "nicht alle", "не
все") is the negation check's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..models import MatchResult
from ..normalize import WORD_RE
from .negation import clause_of, clause_spans, read_negations
from .opposites import not_as_quoted
from .stems import content_stems
from .wordpairs import Alignment

NUMBER = "number"
"""The flag of a count changed (:mod:`.anchors`'s)."""

ONE, AT_MOST_ONE, AT_LEAST_ONE, SEVERAL, SOME, ALL = (
    "one", "at most one", "one or more", "several", "some", "all",
)  # fmt: skip
_RU_ONE = r"(?:один|одна|одно|одного|одной|одному|одним|одну|одном)"
_DE_ONE = r"(?:ein|eine|einen|einem|einer|eines)"
KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (AT_MOST_ONE, r"at\s+most\s+(?:one|a\s+single)|(?:no|not)\s+more\s+than\s+"
                      r"(?:one|a\s+single)|(?:a\s+)?maximum\s+of\s+one|up\s+to\s+one"),
        (AT_LEAST_ONE, r"one\s+or\s+(?:more|several|many)|at\s+least\s+(?:one|a\s+single)"),
        (SEVERAL, r"several|multiple|more\s+than\s+one"),
        (ONE, r"(?:only|just|exactly)\s+(?:one|a\s+single)|a\s+single|one\s+single|one"),
        (SOME, r"some"),
        (ALL, r"all|every|each"),
    ),
    "de": (
        (AT_MOST_ONE, rf"(?:höchstens|maximal|nicht\s+mehr\s+als)\s+{_DE_ONE}"),
        (AT_LEAST_ONE, rf"{_DE_ONE}\s+oder\s+mehrere[mnrs]?|(?:mindestens|wenigstens|zumindest)"
                       rf"\s+{_DE_ONE}"),
        (SEVERAL, rf"mehrere[mnrs]?|mehr\s+als\s+{_DE_ONE}"),
        (ONE, rf"(?:nur|genau|bloß|lediglich)\s+{_DE_ONE}(?:\s+einzige[mnrs]?)?|"
              rf"{_DE_ONE}\s+einzige[mnrs]?"),
        (SOME, r"einige[mnrs]?|manche[mnrs]?"),
        (ALL, r"alle|allen|aller|jede[mnrs]?|sämtliche[mnrs]?"),
    ),
    "ru": (
        (AT_MOST_ONE, rf"не\s+(?:более|больше)\s+(?:чем\s+)?{_RU_ONE}|"
                      rf"(?:максимум|самое\s+большее)\s+{_RU_ONE}"),
        (AT_LEAST_ONE, rf"{_RU_ONE}\s+или\s+(?:несколько|нескольких|нескольким|несколькими|более)|"
                       rf"(?:хотя\s+бы|по\s+крайней\s+мере|не\s+менее|как\s+минимум|минимум)"
                       rf"\s+{_RU_ONE}"),
        (SEVERAL, rf"несколько|нескольких|нескольким|несколькими|(?:более|больше)\s+{_RU_ONE}"),
        (ONE, rf"(?:только|лишь|всего|ровно)\s+{_RU_ONE}|единственн\w+|{_RU_ONE}"),
        (SOME, r"некоторы[ейхм]|некоторыми"),
        (ALL, r"все|всех|всем|всеми|каждый|каждая|каждое|каждого|каждой|каждому|каждую|каждым|"
              r"каждом|каждые|каждых"),
    ),
}  # fmt: skip
"""Per language: the kinds of count and the phrases that say them (regular expressions,
matched whole and case-blind; the longest phrase at a place is read)."""

_EXCLUDE = {
    frozenset((ONE, AT_LEAST_ONE)), frozenset((ONE, SEVERAL)), frozenset((ONE, ALL)),
    frozenset((AT_MOST_ONE, AT_LEAST_ONE)), frozenset((AT_MOST_ONE, SEVERAL)),
    frozenset((AT_MOST_ONE, ALL)), frozenset((AT_MOST_ONE, SOME)),
    frozenset((SEVERAL, ALL)), frozenset((SOME, ALL)),
}  # fmt: skip
"""The kinds that exclude each other: an exact count against a range or "all", a bound
against its contrary. Not "several" / "one or more", "at most one" / "only one", "some" /
"several" (a translator's choice of words), nor "one or more" / "all": a man page says "one or
more arguments" and then "for each argument", a rendering may join the two."""

_NOT_AFTER = {
    "en": r"of|another|other|by|after|or|day|time|morning|evening|night|way|hand",
    "de": r"",
    "ru": r"из|за|другого|другому|другим|друга|другой|и|раз|день|стороны|стороне",
}
"""Words right after a quantifier that make it no count: "one of", "one another", "one by
one", "one day", "один из", "один за другим", "с одной стороны"."""
_NOT_BEFORE = {
    "en": r"the|no|any|at|this|that|which|above|after|not",
    "de": r"nicht|vor|trotz",
    "ru": r"ни|не|прежде",
}
"""Words right before a quantifier that make it another thing: "the one", "no one", "at all",
"above all", "after all", "not all" (the negation check's), "ни один", "прежде всего",
"vor allem"."""
_IDIOMS = {
    "en": r"all\s+(?:the\s+same|but|right|along|over)|first\s+of\s+all|all\s+in\s+all|"
          r"each\s+other|one\s+or\s+two|from\s+one\b[^.;,]{0,40}?\bto\s+(?:the\s+)?(?:next|another|other)|one\s+\w+\s+after\s+another|every\s+(?:time|now)|some\s+(?:time|day|\d)",
    "de": r"alle\s+(?:zwei|drei|paar)|jeden(?:falls)?\s+(?:Fall|Tag)",
    "ru": r"все\s+(?:ещё|еще|же|равно)|всё|од\w+\s+и\s+т\w+\s+же|в\s+одн\w+|с\s+одн\w+",
}  # fmt: skip
"""Phrases with a quantifier's word that count nothing ("all the same", "each other", "one
or two", "все ещё", "одно и то же")."""
_REACH = 4
"""Words after a quantifier where what it counts is looked for ("only one locale keyword",
"всех ключевых слов", "one or more file names as arguments")."""
_TIES = 3
"""The content words after it that are read as what it counts."""
_OTHERS = re.compile(
    r"other|others|another|andere[mnrs]?|weitere[mnrs]?|друг(?:ой|ая|ое|ие|ого|ому|им|их|ую|ом)",
    re.IGNORECASE,
)
"""Words after a quantifier that make it count others ("every other", "jedem anderen")."""
_BARE = 3
"""Words at most on each side of a word matcher's change read as bare quantifiers."""


@dataclass(frozen=True, slots=True)
class Count:
    """A quantifier of a text: its kind, the words as printed, where it starts and ends."""

    kind: str
    words: str
    start: int
    end: int


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE))
        for kind, words in KINDS.get(language, ())
    )


@cache
def _word_set(table: str, language: str) -> re.Pattern[str] | None:
    words = {"after": _NOT_AFTER, "before": _NOT_BEFORE, "idioms": _IDIOMS}[table]
    pattern = words.get(language, "")
    return re.compile(rf"(?:{pattern})\b", re.IGNORECASE) if pattern else None


def read_counts(text: str, language: str) -> list[Count]:
    """The quantifiers of ``text`` that say a count (see the module), in order.

    >>> [(c.kind, c.words) for c in read_counts("It takes one or more arguments, "
    ...                                         "one of them a name, or all names.", "en")]
    [('one or more', 'one or more'), ('all', 'all')]
    >>> [(c.kind, c.words) for c in read_counts("значение только одного слова, а не всех", "ru")]
    [('one', 'только одного')]
    """
    found: list[Count] = []
    for kind, pattern in _patterns(language):
        for m in pattern.finditer(text):
            if not any(c.start < m.end() and m.start() < c.end for c in found):
                found.append(Count(kind, m.group(), m.start(), m.end()))
    idioms = _word_set("idioms", language)
    spans = [(m.start(), m.end()) for m in idioms.finditer(text)] if idioms else []
    found = [c for c in found if not any(a <= c.start < b for a, b in spans)]
    return sorted((c for c in found if _counts(text, c, language)), key=lambda c: c.start)


def _counts(text: str, count: Count, language: str) -> bool:
    """Whether ``count`` says a count: not before or after a word that makes it another thing
    (:data:`_NOT_AFTER`, :data:`_NOT_BEFORE`: "one of", "the one"); a bare German "ein" is
    never read (an article)."""
    after, before = _word_set("after", language), _word_set("before", language)
    nxt = re.match(r"[\s,]*", text[count.end :])
    rest = text[count.end + (nxt.end() if nxt else 0) :]
    if after is not None and count.kind == ONE and after.match(rest) and rest[:1] != ",":
        return False
    prev = re.search(r"(\w+)\s+$", text[: count.start])
    return before is None or prev is None or not before.fullmatch(prev.group(1))


def _what(text: str, count: Count, language: str) -> list[int]:
    """The offsets of the content words a quantifier counts: the first run of them after it
    (function words before it skipped: "all of the keywords"), at most :data:`_TIES`, within
    :data:`_REACH` words of its clause; none when it counts "others" ("on every other
    system", "auf jedem anderen": another thing than the words after it)."""
    clauses = clause_spans(text)
    clause = clause_of(clauses, count.start)
    out: list[int] = []
    for m in list(WORD_RE.finditer(text, count.end))[:_REACH]:
        if clause_of(clauses, m.start()) != clause or m.start() >= clauses[clause][1]:
            break
        if not out and _OTHERS.fullmatch(m.group()):
            return []
        if content_stems([m.group()], language):
            out.append(m.start())
        elif out:
            break  # "one system can be unpacked": the run is the thing, not the verb after it
    return out[:_TIES]


def _negated(text: str, count: Count, language: str) -> bool:
    """Whether the clause of ``count`` has an explicit negation of its own (one outside the
    quantifier's phrase: "не более одного" is a bound, no negation)."""
    negations = read_negations(text, language)
    clauses = clause_spans(text)
    here = clause_of(clauses, count.start)
    return any(
        clause_of(clauses, at) == here and not count.start <= at < count.end
        for at, _ in negations.explicit
        if at not in negations.absence
    )


def _stems(text: str, offsets: list[int], language: str) -> set[str]:
    words = [m.group() for at in offsets if (m := WORD_RE.match(text, at)) is not None]
    return set(content_stems(words, language))


def changed_count(
    quote: str, language: str, passage: str, passage_language: str,
    alignment: Alignment | None = None,
) -> tuple[str, str] | None:  # fmt: skip
    """The first (quote's quantifier, passage's) whose kinds exclude each other and that
    count the same thing (see the module), or None.

    >>> changed_count("Для категории — значение только одного ключевого слова.", "ru",
    ...               "Для категории — значения всех ключевых слов.", "ru")
    ('только одного', 'всех')
    >>> print(changed_count("It takes at least one argument.", "en",
    ...                     "It takes one or more arguments.", "en"))
    None
    """
    mine = [c for c in read_counts(quote, language) if not _negated(quote, c, language)]
    theirs = [c for c in read_counts(passage, passage_language)
              if not _negated(passage, c, passage_language)]  # fmt: skip
    if not mine or not theirs:
        return None
    same = language == passage_language
    there = dict(alignment.offsets) if alignment is not None else {}
    ties_q = {c: _what(quote, c, language) for c in mine}
    ties_p = {c: _what(passage, c, passage_language) for c in theirs}
    texts = (quote, language, passage, passage_language)
    for q in mine:
        for p in theirs:
            if frozenset((q.kind, p.kind)) not in _EXCLUDE:
                continue
            if not _tied(ties_q[q], ties_p[p], texts, there, same):
                continue
            if any(
                o.kind == q.kind
                and (_one_thing(passage, passage_language, ties_p[o], ties_p[p])
                     or _tied(ties_q[q], ties_p[o], texts, there, same))
                for o in theirs
            ) or any(
                o.kind == p.kind
                and (_one_thing(quote, language, ties_q[o], ties_q[q])
                     or _tied(ties_q[o], ties_p[p], texts, there, same))
                for o in mine
            ):  # fmt: skip
                continue  # the other side says this kind of it too ("every version")
            return q.words, p.words
    return None


def _one_thing(text: str, language: str, one: list[int], other: list[int]) -> bool:
    """Whether two quantifiers of one text count one thing: a word or a stem both are tied
    to (a word said twice: "one or more file names; each file")."""
    return bool(set(one) & set(other)) or bool(
        _stems(text, one, language) & _stems(text, other, language)
    )


def _tied(
    mine: list[int], theirs: list[int], texts: tuple[str, str, str, str],
    there: dict[int, int], same: bool,
) -> bool:  # fmt: skip
    """Whether the words a quote's quantifier counts and those a passage's counts are one
    thing: a counterpart of each other, or, in one language, a stem both share."""
    if not mine or not theirs:
        return False
    if any(there.get(at) in theirs for at in mine):
        return True
    quote, language, passage, passage_language = texts
    return same and bool(_stems(quote, mine, language) & _stems(passage, theirs, passage_language))


def bare_counts(quote: str, source: str, language: str) -> tuple[str, str] | None:
    """A word matcher's change of a few words ("all" / "several", "only one" / "every") whose
    two sides are quantifiers of kinds that exclude each other, or None: the words around
    are the same on both sides, so is what they count.

    >>> bare_counts("several", "all", "en"), bare_counts("each", "every", "en")
    (('several', 'all'), None)
    """
    if max(len(WORD_RE.findall(quote)), len(WORD_RE.findall(source))) > _BARE:
        return None
    mine, theirs = read_counts(quote, language), read_counts(source, language)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    excluded = frozenset((mine[0].kind, theirs[0].kind)) in _EXCLUDE
    return (mine[0].words, theirs[0].words) if excluded else None


def count_note(changed: tuple[str, str]) -> str:
    """A reason's words for a changed count: what to check."""
    return (
        f"CHECK: the count differs (“{changed[0]}” in the quote, “{changed[1]}” there: "
        "one says how many the other does not)"
    )


def flag_count(result: MatchResult, changed: tuple[str, str] | None) -> None:
    """``result`` flagged ``number``, its reason saying which quantifiers, when ``changed``
    (:func:`changed_count`) and not flagged ``number`` already."""
    if changed is None or NUMBER in result.flags:
        return
    result.flags.append(NUMBER)
    result.reason = f"{not_as_quoted(result.reason)}; {count_note(changed)}"

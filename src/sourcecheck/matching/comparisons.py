"""Which way a comparison goes: "A more (or -er) than B" against its rendering.

"It is much safer to be loved than feared" has every word of "it is much safer to be feared
than loved" and says the other thing; so does "far more revolutionary" for "far less
revolutionary". A comparison is read from what marks it in each language: a degree word
before the word compared ("more", "less", "weniger", "менее"), or a comparative form ("safer",
"billiger", "быстрее"), and the word that introduces the second term ("than", "als", "чем").
Its *direction* is +1 (more, -er) or -1 (less, fewer), turned by a negation right before the
degree word ("no more opportunity than the present" is "less occasion than the present"); its
*terms* are the words before the comparative in its clause (A) and the words after "than" up
to the next punctuation or "but" (B).

A comparison of the quote is linked with one of the passage when the compared word (or the
comparative) is a counterpart on both sides, or else when they share most of their terms.
Its meaning is reversed when either the direction differs or the terms are exchanged (A's
counterparts in the passage's B and B's in its A), but not both: "the old harbour was far
more expensive than the new one" says what "the new harbour is far less expensive than the old
one" says. A word with a degree word before it and no "than" ("Far less revolutionary")
compares too: its direction against its counterpart's.

Limits: an opposite word ("cheaper" / "more expensive") is not read as a reversal of
direction, so a rendering that says "B more expensive than A" for "A cheaper than B" is read
as a reversal (its terms exchanged); a Russian comparison without "чем" (the second term in
the genitive, "дешевле автобусов") has no second term read; a soft comparative form
(ending -er, -ее) is only trusted next to "than" or against a degree word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..facts.languages import read_word_numbers
from ..normalize import WORD_RE, fold
from .auxiliaries import auxiliaries
from .lightwords import LIGHT_WORDS
from .negatedcomparisons import clause_negated, lesser
from .negation import explicit_negations
from .roles import _words
from .stems import STOPWORDS

_MORE = {
    "en": "more better greater larger bigger higher stronger rather",
    "de": "mehr besser größer höher stärker lieber eher",
    "ru": "более больше лучше выше сильнее скорее дороже дешевле позже раньше проще",
}
_LESS = {
    "en": "less fewer worse smaller lower weaker lesser",
    "de": "weniger minder schlechter kleiner niedriger schwächer geringer",
    "ru": "менее меньше хуже ниже слабее",
}
_INTENSIFIERS = {
    "en": "far much even still a lot way",
    "de": "weit viel noch bei weitem",
    "ru": "гораздо намного куда значительно ещё еще",
}
_ENDS_TERM = {"en": "but and or", "de": "aber und oder sondern", "ru": "но а и или"}
_SOFT = {
    "en": re.compile(r"^[a-z]{3,}(?:er|ier)$"),
    "de": re.compile(r"^[a-zäöüß]{3,}(?:er|ere|eren|erem|eres)$"),
    "ru": re.compile(r"^[а-яё]{3,}(?:ее|ей)$"),
}
_PUNCTUATION = re.compile(r"[,;:.!?…—–()\"«»„“”]")
_REACH = 8
"""Words before "than" in which its comparative is looked for."""
_DEGREE = {"en": "more less fewer", "de": "mehr weniger minder", "ru": "более менее больше меньше"}
"""Degree adverbs: the word they come before is compared ("far less revolutionary")."""
_THAN = {"en": "than", "de": "als", "ru": "чем"}
"""What introduces a comparison's second term."""
_NO_THAN = {"ru": "прежде"}
"""Words that make "than" a conjunction: "прежде чем" is "before", no comparison's."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """A comparison of a text: its direction (+1, -1), the folded words that mark it (the
    comparative and the word compared), and its two terms' folded words (B empty: no
    "than")."""

    direction: int
    heads: frozenset[str]
    first: frozenset[str]
    second: frozenset[str]
    shown: str  # "more revolutionary": the words as written


def degree(words: list[tuple[int, str]], i: int, language: str) -> tuple[int, bool]:
    """The direction word ``i`` is compared in, and whether a degree word marks it (hard):
    (-1, True) for "less" or after it ("far less expensive"), (1, True) for "more" or after
    it, (1, False) for a comparative form ("safer"), (0, False) for none."""
    more, less = _words(_MORE, language), _words(_LESS, language)
    key = fold(words[i][1])
    if key in more or key in less:
        return (1 if key in more else -1) * _negated(words, i, language), True
    j = i - 1
    while j >= 0 and fold(words[j][1]) in _words(_INTENSIFIERS, language):
        j -= 1
    before = fold(words[j][1]) if 0 <= j < i else ""
    # "more revolutionary"; not "the greater powers", nor "has more to fear" (a small word
    # after the degree word: the degree word is what is compared)
    if _is_degree(before, language) and key not in _stop(language) and not _number(key, language):
        return (1 if before in more else -1) * _negated(words, j, language), True
    soft = _SOFT.get(language)
    if soft is not None and soft.match(key) and key not in _stop(language):
        return _negated(words, i, language) * (-1 if lesser(key, language) else 1), False
    return 0, False


def _number(word: str, language: str) -> bool:
    """Whether ``word`` is a number, which a degree word before bounds rather than compares
    ("больше трёх месяцев": more than three months)."""
    return word.isdigit() or bool(read_word_numbers([word], language))


def _negated(words: list[tuple[int, str]], i: int, language: str) -> int:
    """-1 when a negation comes right before the degree word at ``i``, else 1: "had no more
    opportunity than" says what "had less occasion than" says, "not juster than this" what
    "less just": a comparison denied is one the other way."""
    return -1 if i and fold(words[i - 1][1]) in explicit_negations(language) else 1


@cache
@cache
def _stop(language: str) -> frozenset[str]:
    """Words no term is read by: stop words, light words, auxiliaries and copulas (a German
    clause puts its verb after the comparative: "kürzer sei als", "länger ist als")."""
    light = STOPWORDS.get(language, frozenset()) | LIGHT_WORDS.get(language, frozenset())
    return light | auxiliaries(language)


def comparisons(text: str, language: str) -> list[Comparison]:
    """The comparisons of ``text`` with a second term ("than", "als", "чем"), and the words
    with a degree word before them ("far less revolutionary") but no second term."""
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    than = _words(_THAN, language)
    marks = _words(_MORE, language) | _words(_LESS, language)
    if not any(fold(w) in than or fold(w) in marks for _, w in words):
        return []  # most sentences compare nothing: read no further
    found: list[Comparison] = []
    used: set[int] = set()
    for t, (_, w) in enumerate(words):
        before = fold(words[t - 1][1]) if t else ""
        if fold(w) not in than or before in _words(_NO_THAN, language):
            continue
        head = _comparative(text, words, t, language)
        if head is None:
            continue
        used.add(head)
        between = frozenset(fold(x) for _, x in words[head + 1 : t] if _content(x, language))
        second = _second_term(text, words, t, language)
        found.append(_comparison(text, words, head, language, second, between))
    for i in range(len(words)):  # "far less revolutionary"; not "the greater powers"
        hard = degree(words, i, language)[1]
        if hard and i not in used and fold(words[i][1]) not in marks:
            found.append(_comparison(text, words, i, language, frozenset()))
    return found


def _comparison(
    text: str,
    words: list[tuple[int, str]],
    head: int,
    language: str,
    second: frozenset[str],
    between: frozenset[str] = frozenset(),
) -> Comparison:
    """The comparison whose compared word is ``head``; its first term the words of its clause
    before it and ``between`` it and "than"."""
    sign, _ = degree(words, head, language)
    start = head
    while start > 0 and head - start < 2 and _is_degree(words[start - 1][1], language):
        start -= 1
    if start > 0 and _negated(words, start, language) < 0:
        start -= 1  # "no more opportunity"
    elif sign and clause_negated(text, words, start, language):
        sign = -sign  # "Nor shall a heavier penalty be imposed than": .negatedcomparisons
    shown = " ".join(text[words[start][0] : words[head][0] + len(words[head][1])].split())
    # "it is wiser to repair a bridge than to build one": the compared follow the comparative
    first = between or _first_term(text, words, start, language)
    return Comparison(sign, frozenset({fold(words[head][1])}), first, second, shown)


def _is_degree(word: str, language: str) -> bool:
    """A degree adverb ("more", "weniger", "менее"): what it compares follows."""
    return fold(word) in _words(_DEGREE, language)


def _comparative(text: str, words: list[tuple[int, str]], t: int, language: str) -> int | None:
    """The word compared before "than" at ``t``: the nearest marked by a degree word, else the
    nearest comparative form, in its sentence and at most :data:`_REACH` words before."""
    soft = None
    for i in range(t - 1, max(-1, t - 1 - _REACH), -1):
        if re.search(r"[.!?;]", text[words[i][0] + len(words[i][1]) : words[i + 1][0]]):
            break
        sign, hard = degree(words, i, language)
        if hard:
            return i
        if sign and soft is None:
            soft = i
    return soft


def _content(word: str, language: str) -> bool:
    key = fold(word)
    return (
        len(key) > 2
        and key not in _stop(language)
        and key not in _words(_INTENSIFIERS, language)
        and key not in {"one", "einer", "eine", "один"}
    )


def _first_term(
    text: str, words: list[tuple[int, str]], head: int, language: str
) -> frozenset[str]:
    """The content words of the comparison's clause before its comparative."""
    out = []
    for i in range(head - 1, -1, -1):
        end = words[i][0] + len(words[i][1])
        if _PUNCTUATION.search(text[end : words[i + 1][0]]):
            break
        if fold(words[i][1]) in _words(_ENDS_TERM, language):
            break
        if _content(words[i][1], language) and not degree(words, i, language)[1]:
            out.append(fold(words[i][1]))
    return frozenset(out)


def _second_term(text: str, words: list[tuple[int, str]], t: int, language: str) -> frozenset[str]:
    """The content words after "than" up to the next punctuation or "but" (six at most)."""
    out = []
    for i in range(t + 1, min(len(words), t + 7)):
        if _PUNCTUATION.search(text[words[i - 1][0] + len(words[i - 1][1]) : words[i][0]]):
            break
        if fold(words[i][1]) in _words(_ENDS_TERM, language):
            break
        if _content(words[i][1], language):
            out.append(fold(words[i][1]))
    return frozenset(out)


def mapped(words: frozenset[str], counterparts: Mapping[str, frozenset[str]]) -> set[str]:
    """The passage's words that render ``words`` (``counterparts``: quote word -> them)."""
    return {p for w in words for p in counterparts.get(w, frozenset())}


@dataclass(frozen=True, slots=True)
class Reversed:
    """A comparison of the quote whose meaning the passage's reverses, in plain words."""

    note: str


def reversed_comparison(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    counterparts: Mapping[str, frozenset[str]],
    strong: Mapping[str, frozenset[str]] | None = None,
) -> Reversed | None:
    """The first comparison of ``quote`` whose linked comparison in ``passage`` goes the other
    way (``counterparts``: each folded quote word -> the folded passage words rendering it;
    ``strong``: those of the alignment's pairs alone, without its weak ones, across
    languages: terms that cross only through weak pairs are not read as exchanged, "плата" /
    "posted" and "вывешенная" / "toll" made "Nor shall a higher toll be demanded ... than the
    one posted" the other way round)."""
    mine_all = comparisons(quote, quote_language)
    theirs = comparisons(passage, passage_language) if mine_all else []
    for mine in mine_all:
        other = _linked(mine, theirs, counterparts)
        if other is None or not mine.direction or not other.direction:
            continue
        if _antonyms(mine, other, quote_language, passage_language):
            continue  # "shorter" / "longer": an opposite, or a converse (.converses)
        crossed = _crossed(mine, other, counterparts)
        if crossed and strong is not None and not _crossed(mine, other, strong):
            continue  # crossed through weak pairs only: which term renders which is unclear
        if (mine.direction != other.direction) == crossed:
            continue
        if crossed:
            return Reversed(
                f"the compared are exchanged: the quote has {_terms(mine)}, the source "
                f"{_terms(other)}"
            )
        return Reversed(f"the comparison goes the other way: “{mine.shown}” in the quote, "
                        f"“{other.shown}” in the source")  # fmt: skip
    return None


def _antonyms(mine: Comparison, other: Comparison, language: str, other_language: str) -> bool:
    """Whether the two comparisons' compared words are antonyms (:mod:`.converses`); not
    degree words ("more" / "less": the direction this module reads)."""
    from .converses import opposed_heads  # (it reads this module)

    if mine.heads & _bare() or other.heads & _bare():
        return False
    return any(
        opposed_heads(a, language, b, other_language) for a in mine.heads for b in other.heads
    )


def _terms(c: Comparison) -> str:
    return f"“{' '.join(sorted(c.first))}” {c.shown} than “{' '.join(sorted(c.second))}”"


def _linked(
    mine: Comparison, theirs: list[Comparison], counterparts: Mapping[str, frozenset[str]]
) -> Comparison | None:
    """The passage's comparison that renders ``mine``: its compared word a counterpart (of
    several, the one sharing the most of its terms). Linked by their terms alone, "cost less
    than buses" and "cheaper than buses" would read as reversed: an opposite word is no
    counterpart."""
    heads = mapped(mine.heads, counterparts)
    terms = mapped(mine.first | mine.second, counterparts)
    by_head = [c for c in theirs if heads & c.heads]
    if not by_head and mine.heads <= _bare():  # "rather" / "lieber": light words, unpaired
        by_head = [
            c
            for c in theirs
            if c.heads <= _bare()
            # only their terms can differ; or "more" / "less" themselves, a scale's two ends
            # ("fears the people less than foreigners" / "has more to fear from the people")
            and (c.direction == mine.direction or _degrees(mine, c))
            and len(terms & (c.first | c.second)) >= 2
        ]
    # of those sharing as many terms, the one that has them in the same places: of "more to
    # fear from the people than from foreigners, but ... more to fear from foreigners than
    # from the people" the one that renders the quote's comparison is the one it agrees with
    first, second = mapped(mine.first, counterparts), mapped(mine.second, counterparts)
    return max(
        by_head,
        key=lambda c: (
            len(terms & (c.first | c.second)),
            len(first & c.first) + len(second & c.second),
        ),
        default=None,
    )


def _degrees(mine: Comparison, other: Comparison) -> bool:
    """Whether both comparisons are marked by a bare degree word ("more", "less", "weniger",
    "менее") that says only which way it goes, each in its language."""
    return bool(mine.heads & _pure()) and bool(other.heads & _pure())


@cache
def _pure() -> frozenset[str]:
    return frozenset().union(*(_words(_DEGREE, x) for x in _DEGREE))


@cache
def _bare() -> frozenset[str]:
    """The degree words of every language ("rather", "lieber", "скорее"): a comparison whose
    head is one of them is linked by its terms, the words having no counterpart of their own."""
    return frozenset().union(*(_words(_MORE, x) | _words(_LESS, x) for x in _MORE))


def _crossed(
    mine: Comparison, other: Comparison, counterparts: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the terms are exchanged: the quote's first term rendered in the passage's
    second and its second in the passage's first, more than each in its own place."""
    if not mine.second or not other.second:
        return False
    first, second = mapped(mine.first, counterparts), mapped(mine.second, counterparts)
    across = len(first & other.second) + len(second & other.first)
    along = len(first & other.first) + len(second & other.second)
    return bool(first & other.second) and bool(second & other.first) and across > along


def terms_exchanged(
    mine: Comparison, other: Comparison, counterparts: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the terms of two comparisons are exchanged (see :func:`_crossed`)."""
    return _crossed(mine, other, counterparts)


def opposite_degrees(quote_word: str, source_word: str, language: str) -> bool:
    """Whether one word says "more" and the other "less" ("more" / "less", "weniger" /
    "mehr", "better" / "worse"): a word changed that turns a comparison round."""
    more, less = _words(_MORE, language), _words(_LESS, language)
    a, b = fold(quote_word), fold(source_word)
    return (a in more and b in less) or (a in less and b in more)

"""Quantity and frequency words turned round: "they feared him more" where the source says
"fearing him less", "much trouble" for "little trouble", "very many escaped" for "few had
escaped", "seldom deceived" for "very often deceived" (issue 10).

These are function words: a rendering's content words are all there, the sentence vectors
place the two sentences side by side, and a comparison is read only from a degree word
*before* the word it compares or before "than" (:mod:`.comparisons`). Here each quantity word
is tied to what it quantifies: the nearest content word before it and after it in its clause
(function words and intensifiers skipped, at most :data:`_REACH`), compared by stem. A quote's
word and the passage's opposite word say different amounts of the same thing when they are
tied to a common stem ("feared him more" / "fearing him less": "fear"), and neither side also
says its own word of that thing ("they are less cautious, more violent" against "more
cautious": the passage's "more" is tied to "violent", not to "cautious").

Same language only: across languages the words would need their counterparts. Not read: "a
few", "a little" (some: not few), "at least", "more or less", a word in a clause with a
negation ("not much", "no more": :mod:`.negation` compares those), and a comparison with
"than" (:mod:`.comparisons` reads which way it goes, and "A more than B" says what "B less
than A" says). "More cautious" / "less cautious" is read here and by :mod:`.comparisons`
alike: the German verb comes last ("ihn weniger fürchteten"), where no comparison is meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..normalize import WORD_RE, fold
from .negation import clause_of, clause_spans, read_negations
from .stems import content_stems

_PAIRS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("more", "less fewer"), ("much many plenty numerous", "little few"),
           ("most", "least fewest"),
           ("always", "often frequently usually", "sometimes occasionally might",
            "seldom rarely")),
    "de": (("mehr", "weniger"), ("viel viele vielen vieler vieles reichlich zahlreiche "
           "zahlreichen", "wenig wenige wenigen"), ("meisten", "wenigsten"),
           ("immer stets", "oft häufig meistens", "manchmal gelegentlich", "selten")),
    "ru": (("больше более", "меньше менее"), ("много многие многих многим множество "
           "многочисленные многочисленных", "мало немногие немногих немногим"),
           ("большинство большинства большинству", "меньшинство меньшинства меньшинству"),
           ("всегда", "чаще часто обычно", "иногда", "реже редко")),
}  # fmt: skip
"""Per language: scales of quantity and frequency words, each from most to least (forms
separated by spaces), in the same order in every language (the same index is the same scale:
:mod:`.crossquantities` reads them across languages). The first of each is the degree words,
that also mark a comparison. Two words of a scale are opposites when they stand at its two
ends, or, on a longer scale (frequency), two steps apart or more (:func:`opposed`): "always"
/ "sometimes", "often" / "rarely"; not "always" / "often", "often" / "sometimes", a rendering's
"häufig" for "often", "might" for "kann" (a difference of strength, no opposite)."""

FOLDED = {2: 1}
"""Scales read as one: "most" / "least" (2) with "much, many" / "little, few" (1), their ends
at the same steps: "Most of the owners" / "Only a few of the owners" are opposed; "many" /
"most" are one step, a difference of strength, no opposite (and across languages a translation
says one for the other: "Few farms" / "Die meisten Betriebe", :mod:`.crossquantities`)."""

_ONLY = {"en": "only just but"}
"""Words before "a few", "a little" that make them say few, little ("only a few districts");
other words leave them "some" ("quite a few": many), not read."""

_NOT_AFTER = {"en": "a at no not any", "de": "ein eine einem einen kein keine nicht", "ru": "не ни"}
"""A word before a quantity word that makes it another thing ("a few", "at least", "no more")."""
_NOT_BEFORE = {"en": "or than", "de": "oder als", "ru": "или чем"}
"""A word shortly after a quantity word that makes it another thing ("more or less", "more
cautious than")."""
_THAN_REACH = 4
"""Words after a quantity word in which those are looked for."""
_INTENSIFIERS = {
    "en": "very so too far even still quite rather all but himself herself itself themselves "
    "myself yourself ourselves",
    "de": "sehr so zu noch viel weit ganz gar",
    "ru": "очень так слишком гораздо ещё еще весьма",
}
"""Words skipped between a quantity word and what it quantifies ("very few escaped", "find
himself very often deceived")."""
_REACH = 3
"""Function words skipped on each side before the tie is given up."""
_CLAUSE_END = re.compile(r"[,;:.!?…—–()\"«»„“”]")


def opposed(language: str, pair: int, side: int, other: int) -> bool:
    """Whether the words at ``side`` and ``other`` of scale ``pair`` of :data:`_PAIRS` (in
    ``language``) are opposites: the two ends of a scale of two, two steps apart on a longer
    one.

    >>> opposed("en", 3, 0, 2), opposed("en", 3, 0, 1), opposed("en", 1, 0, 1)
    (True, False, True)
    """
    steps = len(_PAIRS[language][pair])
    return abs(side - other) >= (1 if steps == 2 else 2)


@dataclass(frozen=True, slots=True)
class _Said:
    """A quantity word of a text: its scale, its step on it (0: the most), the word as written and
    the stems it is tied to."""

    pair: int
    side: int
    word: str
    ties: frozenset[str]
    at: int = 0  # its start offset


@cache
def _forms(language: str) -> dict[str, tuple[int, int]]:
    """Folded form -> (pair, side) of :data:`_PAIRS` in ``language``."""
    return {
        fold(form): (p, s)
        for p, pair in enumerate(_PAIRS.get(language, ()))
        for s, forms in enumerate(pair)
        for form in forms.split()
    }


@cache
def _listed(table: str, language: str) -> frozenset[str]:
    """The folded words of one of this module's tables (named) in ``language``."""
    words = {
        "not_after": _NOT_AFTER, "not_before": _NOT_BEFORE, "skip": _INTENSIFIERS, "only": _ONLY,
    }  # fmt: skip
    return frozenset(fold(w) for w in words[table].get(language, "").split())


def _said(text: str, language: str) -> list[_Said]:
    """The quantity words of ``text`` that say an amount, each with what it is tied to; not
    those of a clause with a negation ("he did not fear him much" says "little")."""
    forms = _forms(language)
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    keys = [fold(w) for _, w in words]
    if not any(key in forms for key in keys):
        return []
    clauses = clause_spans(text)
    negations = read_negations(text, language)  # not "without" ("without serious problems")
    explicit = [at for at, _ in negations.explicit if at not in negations.absence]
    negated = {clause_of(clauses, at) for at in explicit}
    out = []
    for i, key in enumerate(keys):
        if key not in forms or not _reads(text, words, keys, i, language):
            continue
        if clause_of(clauses, words[i][0]) in negated:
            continue  # "they did not fear him much" / "little": the negation check's
        pair, side = forms[key]
        ties = _tie(text, words, keys, i, -1, language) | _tie(text, words, keys, i, 1, language)
        out.append(_Said(pair, side, words[i][1], ties, words[i][0]))
    return out


def amounts(text: str, language: str) -> list[tuple[int, int, int]]:
    """The quantity words of ``text`` that say an amount (see :func:`_said`): (offset, pair,
    side) of each, the pair and side in :data:`_PAIRS`.

    >>> amounts("he had much to fear, and they did not fear him much", "en")
    [(7, 1, 0)]
    """
    return [(s.at, s.pair, s.side) for s in _said(text, language)]


def _reads(text: str, words: list[tuple[int, str]], keys: list[str], i: int, language: str) -> bool:
    """Whether the quantity word at ``i`` says an amount this module reads: not "a few" (but
    "only a few"), "at least", "more or less", "more and more", nor a comparison with a second
    term ("more cautious than": .comparisons reads which way it goes, and "A more than B" says
    what "B less than A" says)."""
    if i > 0 and keys[i - 1] in _listed("not_after", language) and _joined(text, words, i - 1):
        only = i > 1 and keys[i - 2] in _listed("only", language) and keys[i - 1] == "a"
        if not (only and _joined(text, words, i - 2)):
            return False
    j = i
    while j + 1 < len(keys) and j - i < _THAN_REACH and _joined(text, words, j):
        j += 1
        if keys[j] in _listed("not_before", language) or keys[j] == keys[i]:
            return False
    return True


def _joined(text: str, words: list[tuple[int, str]], i: int) -> bool:
    """Whether word ``i`` and the next are in one clause (no punctuation between)."""
    end = words[i][0] + len(words[i][1])
    return not _CLAUSE_END.search(text[end : words[i + 1][0]])


def _tie(
    text: str, words: list[tuple[int, str]], keys: list[str], i: int, step: int, language: str
) -> frozenset[str]:
    """The stem of the nearest content word from ``i`` towards ``step`` in its clause, past
    at most :data:`_REACH` function words and any intensifiers or quantity words."""
    skip = _listed("skip", language) | frozenset(_forms(language))
    passed, j = 0, i
    while passed <= _REACH:
        nxt = j + step
        if not 0 <= nxt < len(words) or not _joined(text, words, min(j, nxt)):
            return frozenset()
        j = nxt
        if keys[j] in skip:
            continue
        stems = content_stems([words[j][1]], language)
        if stems:
            return frozenset(stems)
        passed += 1
    return frozenset()


def quantity_words(quote: str, passage: str, language: str) -> tuple[str, str] | None:
    """The first (quote word, passage word) where the passage says the opposite amount of
    the same thing (both in ``language``), or None. Two bare words (a word matcher's change)
    are compared as they are.

    >>> quantity_words("they feared him more and put him to death", "fearing him less when "
    ...                "they found so many against him, murdered him", "en")
    ('more', 'less')
    >>> print(quantity_words("they are less cautious, more violent", "they are more "
    ...                      "violent and less cautious", "en"))
    None
    >>> print(quantity_words("he found a few friends", "he found many friends", "en"))
    None
    >>> quantity_words("Only a few of the owners agreed", "Most of the owners agreed", "en")
    ('few', 'Most')
    """
    if not _forms(language):
        return None
    mine, theirs = _said(quote, language), _said(passage, language)
    if not mine or not theirs:
        return None
    bare = len(WORD_RE.findall(quote)) == 1 == len(WORD_RE.findall(passage))
    for q in mine:
        for p in theirs:
            pair = FOLDED.get(q.pair, q.pair)
            if FOLDED.get(p.pair, p.pair) != pair or not opposed(language, pair, p.side, q.side):
                continue
            if bare or (q.ties & p.ties and not _also(q, theirs) and not _also(p, mine)):
                return q.word, p.word
    return None


def _also(word: _Said, other: list[_Said]) -> bool:
    """Whether ``other`` (the other text's words) says ``word``'s amount of what it is tied
    to too (then the two are not turned round: "less cautious, more violent")."""
    pair = FOLDED.get(word.pair, word.pair)
    return any(
        FOLDED.get(o.pair, o.pair) == pair and o.side == word.side and o.ties & word.ties
        for o in other
    )

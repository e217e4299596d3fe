"""Quantity and frequency words turned round across languages: "had much to fear from his
neighbours" for "hatte von seinen Nachbarn wenig zu fürchten", "мало чего бояться" (fresh107),
"Few users run" for "Viele Benutzer verwenden", "sometimes asks" for "всегда спрашивает"
(scalar111).

:mod:`.quantities` ties a quantity word to the stems of the words next to it, which two
languages do not share. Here each side's words of its scales (:func:`.quantities.amounts`:
not "a little", "ein wenig", nor one in a clause with a negation, "nicht viel zu fürchten",
which the negation check reads) are tied to the nearest content words before and after them
that have a counterpart (:attr:`.wordpairs.Alignment.offsets`), within :data:`_REACH` words
of their clause ("fragt immer nach": the verb before; "wenig Plattenplatz": the noun after).
A quote's word and a passage's word opposed on the same scale (:func:`.quantities.opposed`:
"much" / "wenig", "always" / "иногда"; not "often" / "häufig", "always" / "oft") tied to
counterparts of each other say different amounts of the same thing, unless the other side
also says the first one's step of that thing (a sentence that says both). Two bare words (a
pair the word vectors made: "редко" / "often") are compared as they are.
"""

from __future__ import annotations

from ..normalize import WORD_RE, fold
from .negation import clause_of, clause_spans
from .quantities import FOLDED, amounts, opposed
from .wordpairs import Alignment

_REACH = 5
"""Words from a quantity word to the word it is tied to ("wenig zu fürchten", "мало чего
бояться", "much cause for fear")."""
_TIES = 2
"""The nearest words with a counterpart on each side a word is tied to ("verbrannte die Lampe
weniger Öl": the verb comes second in German, the noun may have no counterpart)."""
_DEGREE = 0
"""The scale of "more" / "less" (:data:`.quantities._PAIRS`): its words are read here only
outside a comparison (:data:`_COMPARED`; two bare words of it neither): :mod:`.comparisons`
reads which way a comparison goes."""
_COMPARED = {
    "en": ("the", "than"), "de": ("je desto umso", "als"), "ru": ("чем тем", "чем"),
}  # fmt: skip
"""Per language: the words before a degree word and those shortly after it (within
:data:`_REACH`, over a comma: "менее, чем пристава") that make it a comparison ("the fewer",
"desto weniger", "тем меньше"; "less than")."""

Said = tuple[int, int, int, frozenset[int]]  # offset, scale, step, offsets of the words tied to


def crossed_quantity(
    quote: str, language: str, passage: str, passage_language: str, alignment: Alignment | None
) -> tuple[str, str] | None:
    """The first (quote word, passage word) of opposed quantity or frequency words tied to
    counterparts of each other (see the module), or None.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q, p = "he had much to fear", "er hatte wenig zu fürchten"
    >>> a = Alignment(1, (WordPair("fear", 15, "fürchten", 18, 0.8),))
    >>> crossed_quantity(q, "en", p, "de", a)
    ('much', 'wenig')
    >>> print(crossed_quantity("he had little to fear", "en", p, "de", a))
    None
    >>> crossed_quantity("редко", "ru", "often", "en", None)
    ('редко', 'often')
    >>> crossed_quantity("plenty", "en", "мало", "ru", None)
    ('plenty', 'мало')
    """
    if language == passage_language:
        return None
    if len(WORD_RE.findall(quote)) == 1 == len(WORD_RE.findall(passage)):
        return _bare(quote, language, passage, passage_language)
    if alignment is None:
        return None
    there = dict(alignment.offsets)
    back = {p: q for q, p in there.items()}
    mine = _tied(quote, language, set(there))
    theirs = _tied(passage, passage_language, set(back))
    for at, scale, step, ties in mine:
        rendered = {there[t] for t in ties}
        for p_at, p_scale, p_step, p_ties in theirs:
            if p_scale != scale or not rendered & p_ties:
                continue
            if not opposed(language, scale, step, p_step):
                continue
            if _also(theirs, scale, step, rendered) or _also(mine, scale, p_step, ties):
                continue  # the other side says this step of it too
            return _word(quote, at), _word(passage, p_at)
    return None


def _bare(quote: str, language: str, passage: str, passage_language: str) -> tuple[str, str] | None:
    """Two bare words of one scale, opposed (a pair the word vectors made)."""
    mine, theirs = _amounts(quote, language), _amounts(passage, passage_language)
    if not mine or not theirs or not mine[0][1] == theirs[0][1] != _DEGREE:
        return None
    return (quote.strip(), passage.strip()) if opposed(language, mine[0][1], mine[0][2],
                                                       theirs[0][2]) else None  # fmt: skip


def _also(said: list[Said], scale: int, step: int, ties: set[int] | frozenset[int]) -> bool:
    """Whether ``said`` has a word at ``step`` of ``scale`` tied to one of ``ties``."""
    return any(s == scale and p == step and t & ties for _, s, p, t in said)


def _tied(text: str, language: str, paired: set[int]) -> list[Said]:
    """The scale words of ``text`` read here, each with the nearest words before and after
    it among ``paired`` (offsets of words with a counterpart) in its clause."""
    said = _amounts(text, language)
    if not said:
        return []
    starts = [m.start() for m in WORD_RE.finditer(text)]
    clauses = clause_spans(text)
    out = []
    folded = [fold(m.group()) for m in WORD_RE.finditer(text)]
    for at, scale, step in said:
        i, clause = starts.index(at), clause_of(clauses, at)
        if scale == _DEGREE and _compared(folded, i, language):
            continue
        after = [s for s in starts[i + 1 : i + 1 + _REACH] if s in paired]
        before = [s for s in reversed(starts[max(0, i - _REACH) : i]) if s in paired]
        ties = {s for s in (*after[:_TIES], *before[:_TIES]) if clause_of(clauses, s) == clause}
        if ties:
            out.append((at, scale, step, frozenset(ties)))
    return out


def _amounts(text: str, language: str) -> list[tuple[int, int, int]]:
    """:func:`.quantities.amounts`, the scales of :data:`.quantities.FOLDED` read as one."""
    return [(at, FOLDED.get(scale, scale), step) for at, scale, step in amounts(text, language)]


def _compared(folded: list[str], i: int, language: str) -> bool:
    """Whether the degree word ``i`` of the words ``folded`` is a comparison's
    (:data:`_COMPARED`)."""
    before, after = (set(words.split()) for words in _COMPARED.get(language, ("", "")))
    return (i > 0 and folded[i - 1] in before) or bool(after & set(folded[i + 1 : i + 1 + _REACH]))


def _word(text: str, at: int) -> str:
    match = WORD_RE.match(text, at)
    return match.group() if match is not None else ""

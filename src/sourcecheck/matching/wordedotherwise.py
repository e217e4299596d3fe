"""A negation the other side words without a negation word: a condition ("if none of X is
given" / "unless X is given") and a contrast ("show the file, not the link" / "the file
rather than the link").

"Sort entries alphabetically if none of -cftuvSUX nor --sort is specified" renders "entries
are sorted alphabetically unless -cftuvSUX or --sort is given": "unless" is "if not" ("es sei
denn", "außer wenn"). And "показывать информацию о файле, ..., а не о самой ссылке" renders
"show information for the file ... rather than for the link itself": "rather than", "instead
of", "statt", "anstatt", "вместо" say the contrast that "а не", "and not", "nicht ...,
sondern" say with a negation (walk112). Each side holds a negation word on one side only
and says the same thing.

A negation is left out of the comparison only where it is of the phrase's kind and the phrase
stands where it is rendered (a clause of the other side aligned with its clause, or next to
one): a *conditional* negation (an "if", "wenn", "falls", "если" before it in its clause)
against "unless"; a *contrast* negation (right after "and", "but", "und", "aber", "а", "но"
or a comma, or before a "but", "sondern", "а" of its sentence: "not X but Y") against "rather
than". Any other negation is compared as before: "Do not sort unless -U is given" against
"Sort unless -U is given" differs, as does "did not go home instead of to work" against "went
home instead of to work".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..normalize import WORD_RE, fold
from .conjuncts import without_negations
from .negation import Negations, clause_of

_UNLESS = {
    "en": r"unless",
    "de": r"es\s+sei\s+denn|au(?:ß|ss)er\s+(?:wenn|falls|sofern)",
    "ru": r"разве\s+что|кроме\s+(?:тех\s+)?случаев?,?\s+когда",
}
"""Per language, the conjunctions that say "if not"."""
_INSTEAD = {
    "en": r"rather\s+than|instead(?:\s+of)?|in\s+place\s+of|as\s+opposed\s+to",
    "de": r"(?:an)?statt|anstelle|an\s+stelle|stattdessen|statt\s+dessen",
    "ru": r"вместо|взамен|а\s+отнюдь\s+не",
}
"""Per language, the words that set one term against another without a negation word."""
_PHRASES = {
    kind: {lang: re.compile(rf"(?i)(?<!\w)(?:{p})(?!\w)") for lang, p in table.items()}
    for kind, table in (("condition", _UNLESS), ("contrast", _INSTEAD))
}
_IF = {
    "en": frozenset("if when whenever".split()),
    "de": frozenset("wenn falls sofern soweit".split()),
    "ru": frozenset("если ежели коли".split()),
}
"""Per language, the conjunctions of a condition a negation after them makes an "unless"."""
_JOINERS = {
    "en": frozenset("and but".split()),
    "de": frozenset("und aber".split()),
    "ru": frozenset("а но".split()),
}
"""Per language, the conjunctions right before a negation that make it a contrast ("and
not the link", "а не о ссылке")."""
_SECOND_TERM = {
    "en": re.compile(r"(?i)\bbut\b"),
    "de": re.compile(r"(?i)\bsondern\b"),
    "ru": re.compile(r"(?i)(?<!\w)а(?!\w)"),
}
"""Per language, the word that brings a contrast's second term after its negation ("not X
but Y", "nicht X, sondern Y", "не X, а Y")."""
_PHRASE_HEADS = {
    "en": frozenset("the a an this that these those his her its their for by to in on of at from "
                    "with as".split()),
    "de": frozenset("der die das den dem des ein eine einen einem einer eines fur nach von vom mit "
                    "auf in im an am zu zum zur bei aus als".split()),
    "ru": frozenset("о об обо по в во на к ко с со для за из от у при как".split()),
}  # fmt: skip
"""Per language, the articles and prepositions that open a noun phrase: after ", not" they make
it a contrast of two terms."""
_SENTENCE_END = re.compile(r"[.!?…]\s")


def without_worded_otherwise(
    quote: Negations,
    passage: Negations,
    pairs: Iterable[tuple[int, int]] | None,
) -> tuple[Negations, Negations]:
    """``quote`` and ``passage`` without the negations the other side words otherwise (see
    the module). ``pairs``: (quote offset, passage offset) of the words rendering each other.
    """
    pairs = list(pairs or ())
    back = [(p, q) for q, p in pairs]
    return (
        without_negations(quote, _worded_there(quote, passage, pairs)),
        without_negations(passage, _worded_there(passage, quote, back)),
    )


def _worded_there(one: Negations, other: Negations, pairs: list[tuple[int, int]]) -> set[int]:
    """The explicit negations of ``one`` (offsets) that a phrase of ``other`` says."""
    found = set()
    kinds = {a: negation_kind(other, a) for a, _ in other.explicit}
    for at, _ in one.explicit:
        kind = negation_kind(one, at)
        pattern = _PHRASES[kind].get(other.language) if kind else None
        if pattern is None:
            continue
        places = near_clauses(one, other, at, pairs)
        negated = {clause_of(other.clauses, a) for a, k in kinds.items() if k == kind}
        if negated and (places is None or negated & places):
            continue  # the other side's own negation of that kind says it there: "do not use
            # X, but consult Y instead" / "не используйте X, а почитайте Y" (walk113)
        if any(
            places is None or clause_of(other.clauses, m.start()) in places
            for m in pattern.finditer(other.text)
        ):
            found.add(at)
    return found


def negation_kind(one: Negations, at: int) -> str | None:
    """The kind of the negation at ``at``: "condition" after an "if" of its clause,
    "contrast" after a conjunction of contrast (or a comma, before an article or a
    preposition) or before the contrast's second term; None else.

    >>> from sourcecheck.matching.negation import read_negations
    >>> t = "Sort entries alphabetically if none of -U nor --sort is specified."
    >>> negation_kind(read_negations(t, "en"), t.index("none"))
    'condition'
    >>> t = "для ссылок отображать информацию о файле, а не о самой ссылке"
    >>> negation_kind(read_negations(t, "ru"), t.index("не о"))
    'contrast'
    >>> t = "Он не пришёл домой."
    >>> print(negation_kind(read_negations(t, "ru"), t.index("не")))
    None
    """
    language, text = one.language, one.text
    start = one.clauses[clause_of(one.clauses, at)][0]
    before = [fold(m.group()).casefold() for m in WORD_RE.finditer(text, start, at)]
    if set(before) & _IF.get(language, frozenset()):
        return "condition"
    joined = bool(before) and before[-1] in _JOINERS.get(language, frozenset())
    if joined or (
        text[max(0, at - 9) : at].rstrip().endswith(",") and _before_phrase(text, at, language)
    ):
        return "contrast"
    end = _SENTENCE_END.search(text, at)
    second = _SECOND_TERM.get(language)
    if second is not None and second.search(text, at, end.start() if end else len(text)):
        return "contrast"
    return None


def _before_phrase(text: str, at: int, language: str) -> bool:
    """Whether the negation at ``at`` stands before an article or a preposition (", not the
    link", ", nicht nach dem Pfad", ", не о ссылке"): a term set against another, not a verb
    negated (", never store the file")."""
    words = WORD_RE.finditer(text, at)
    next(words, None)
    following = next(words, None)
    return following is not None and fold(following.group()).casefold() in _PHRASE_HEADS.get(
        language, frozenset()
    )


def near_clauses(
    one: Negations, other: Negations, at: int, pairs: list[tuple[int, int]]
) -> set[int] | None:
    """The clauses of ``other`` aligned with the clause of ``one``'s word at ``at`` and those
    next to them; None when that clause has no counterpart (any clause may render it)."""
    clause = clause_of(one.clauses, at)
    aligned = {clause_of(other.clauses, p) for q, p in pairs if clause_of(one.clauses, q) == clause}
    if not aligned:
        return None
    return {c + d for c in aligned for d in (-1, 0, 1)}

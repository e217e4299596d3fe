""" "The same" against "varies": "the boot process is the same in its details on all systems"
where the source says it "varies in details among systems" (walk112's ch-opp-01: ``opposite``).

:mod:`.opposites` compares "the same X" / "a different X" in one language only before the
same two words, and :mod:`.crossidentity` across languages through the words after them: an
identity word qualifying a noun. A claim that something *is* the same, identical, alike
("ist gleich", "одинаков") where the source says it varies or differs (a verb: "varies",
"differ", "variiert", "unterscheidet sich", "различается", "отличается") says the contrary
with other words around it. Here a word of sameness (:data:`SAME`) on one side and a word of
variation (:data:`VARIES`) on the other are opposites when the words near each
(:data:`_NEAR`, in its sentence) share a stem (one language) or a counterpart (across
languages, :attr:`.wordpairs.Alignment.offsets`): they say it of the same thing. Not when a
side says both (its own sentence), nor when a clause of either word has a negation ("is not
the same", "не одинаков": the negation check reads those), nor "at the same time", "в то же
время", "zur gleichen Zeit" (no sameness of anything).
"""

from __future__ import annotations

import re
from functools import cache

from ..normalize import WORD_RE
from .negation import clause_of, clause_spans, read_negations
from .stems import content_stems
from .wordpairs import Alignment

SAME = {
    "en": r"same|identical|alike|uniform",
    "de": r"gleiche[mnrs]?|(?:ist|sind|bleibt|bleiben)\s+gleich|gleich(?=\s*[.;:!?]|,(?!\s*ob))|"
          r"identisch\w*|einheitlich\w*|"
          r"(?:der|die|das|den|dem|des)selbe[mnrs]?",
    "ru": r"одинаков\w*|идентичн\w*|единообразн\w*|т(?:от|а|о|е|ого|ому|ем|ой|у|ех|еми?)\s+же",
}  # fmt: skip
"""Per language: words of sameness (word-form patterns, matched whole and case-blind)."""
VARIES = {
    "en": r"var(?:y|ies|ied|ying)|differ(?:s|ed|ing)?|(?:is|are|was|were|be)\s+different",
    "de": r"variier\w*|unterscheid(?:et|en)\s+sich|schwank(?:t|en)|"
          r"(?:ist|sind|war|waren|sein)\s+(?:unterschiedlich|verschieden)",
    "ru": r"различа(?:ется|ются|лся|лась|лись)|отлича(?:ется|ются|лся|лась|лись)|"
          r"варьиру(?:ется|ются)|разн(?:ится|ятся)|различн[ыо]|разн[ыо]",
}  # fmt: skip
"""Per language: words of variation, verbs and predicates ("varies", "are different"): not
"different" before a noun, which says no more than "other" (:mod:`.opposites` reads "the same X"
/ "a different X")."""
_IDIOMS = {
    "en": r"(?:at|about|around)\s+the\s+same\s+time|all\s+the\s+same|one\s+and\s+the\s+same",
    "de": r"(?:zur|zu\s+der)\s+(?:gleichen|selben)\s+Zeit|zugleich",
    "ru": r"в\s+то\s+же\s+(?:время|самое)|тем\s+же\s+временем|одно\s+и\s+то\s+же",
}  # fmt: skip
"""Phrases with a word of :data:`SAME` that say no sameness of a thing ("at the same time")."""
_NEAR = 5
"""Words on each side of a word of sameness or variation read as what it is said of."""
_BARE = 3
"""Words on each side at most of a word matcher's change ("is the same" / "varies"), read as
it is: what it is said of is the rest of the passage, the same on both sides."""
_SENTENCE = re.compile(r"[.!?;]\s")


@cache
def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def _said(text: str, language: str, table: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each word of ``table`` in ``text``, not in an idiom nor in a
    clause with a negation of its own."""
    words = table.get(language)
    if not words:
        return []
    found = list(_pattern(words).finditer(text))
    if not found:
        return []  # most texts: no negations to read (they cost a claim ~5 ms)
    idioms = _IDIOMS.get(language, "")
    spans = [(m.start(), m.end()) for m in _pattern(idioms).finditer(text)] if idioms else []
    negations = read_negations(text, language)
    clauses = clause_spans(text)
    negated = {
        clause_of(clauses, at) for at, _ in negations.explicit if at not in negations.absence
    }
    return [
        (m.start(), m.end(), m.group())
        for m in found
        if not any(a <= m.start() < b for a, b in spans)
        and clause_of(clauses, m.start()) not in negated
    ]


def _near(text: str, start: int, end: int) -> list[int]:
    """The offsets of the words within :data:`_NEAR` of ``start``-``end`` in its sentence."""
    cuts = [m.end() for m in _SENTENCE.finditer(text)]
    low = max((c for c in cuts if c <= start), default=0)
    high = min((c for c in cuts if c > end), default=len(text))
    words = [m.start() for m in WORD_RE.finditer(text, low, high)]
    before = [at for at in words if at < start][-_NEAR:]
    after = [at for at in words if at >= end][:_NEAR]
    return before + after


def _sentence_says(text: str, at: int, said: list[tuple[int, int, str]]) -> bool:
    """Whether one of ``said`` is in the sentence of ``at``."""
    cuts = [0, *(m.end() for m in _SENTENCE.finditer(text)), len(text) + 1]
    low = max(c for c in cuts if c <= at)
    high = min(c for c in cuts if c > at)
    return any(low <= s < high for s, _, _ in said)


def _stems(text: str, offsets: list[int], language: str) -> set[str]:
    words = [m.group() for at in offsets if (m := WORD_RE.match(text, at)) is not None]
    return set(content_stems(words, language))


def sameness_varied(
    quote: str, language: str, passage: str, passage_language: str,
    alignment: Alignment | None = None,
) -> tuple[str, str] | None:  # fmt: skip
    """The first (quote word, passage word) where one side says a thing is the same and the
    other that it varies (see the module), or None.

    >>> sameness_varied("The boot process is the same in its details on all systems.", "en",
    ...                 "The boot process varies in details among systems.", "en")
    ('same', 'varies')
    >>> print(sameness_varied("The process is not the same on all systems.", "en",
    ...                       "The process varies among systems.", "en"))
    None
    """
    q_same, q_vary = _said(quote, language, SAME), _said(quote, language, VARIES)
    p_same = _said(passage, passage_language, SAME)
    p_vary = _said(passage, passage_language, VARIES)
    there = dict(alignment.offsets) if alignment is not None else {}
    same = language == passage_language
    if max(len(WORD_RE.findall(quote)), len(WORD_RE.findall(passage))) <= _BARE:
        mine_q, theirs_p = (q_same or q_vary), (p_vary if q_same else p_same)
        if mine_q and theirs_p and not (q_same and q_vary) and not (p_same and p_vary):
            return mine_q[0][2], theirs_p[0][2]  # a word matcher's change: read as it is
        return None
    for mine, other_q, theirs, other_p in ((q_same, q_vary, p_vary, p_same),
                                           (q_vary, q_same, p_same, p_vary)):  # fmt: skip
        for start, end, word in mine:
            if _sentence_says(quote, start, other_q):
                continue  # the quote says both
            near = _near(quote, start, end)
            stems = _stems(quote, near, language) if same else set()
            for p_start, p_end, p_word in theirs:
                if _sentence_says(passage, p_start, other_p):
                    continue  # the passage says both
                p_near = _near(passage, p_start, p_end)
                if any(there.get(at) in p_near for at in near) or (
                    same and stems & _stems(passage, p_near, passage_language)
                ):
                    return word, p_word
    return None

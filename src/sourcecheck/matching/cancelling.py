"""Negations that negate no statement of their clause: a preposition of absence that tells a
manner, and a negation of a word that negates in its turn (a double negation).

"heard it without a word" says what "listened in silence" says, "took the town without a
fight" what "взяла город без боя" and "captured it unopposed" say: a preposition of absence
whose noun has no counterpart on the other side names a manner that the rendering says in
words of its own (:func:`cancelled`), unless the other side has "with" there ("without any
self-assurance" / "mit großem Selbstbewußtsein": the nouns were not paired). Its noun
rendered affirmed ("left without signing" / "left after signing") still differs.

And a negation whose scope holds a word of negation by affix or of lack ("No one
disagreed", "nobody objected", "nicht unbekannt") affirms: it answers an affirmation on the
other side ("Everyone agreed"), unless that word's counterpart there is negated in its turn
("No one disagreed" / "Everyone disagreed" differ). Without a counterpart, a negative
pronoun's answers, and only where the other side has no word of lack ("Niemand widersprach
ihm" / "Все ему возражали", the verbs not paired), and another's where the other side has no
negation at all ("не избегал труда" / "went to all the effort"; "which never fails" is not
"which is never broken": :mod:`.polarity`); and a word of lack never answers a double
negation. The scope of a negative pronoun
("no one", "nobody", "niemand", "никто") is the rest of its clause, words of lack only ("nobody
left the useless loom" negates no "useless"); that of another negation the word it negates
(:func:`doubled`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..facts.numberwords import NUMBER_WORDS
from ..normalize import WORD_RE, fold
from .concord import agreeing, clause_wide
from .deniedlack import denied_lacks
from .lackphrases import lack_phrase_at
from .privative import lacking

if TYPE_CHECKING:
    from .negation import Negations

ABSENCE = {
    "en": frozenset({"without"}),
    "de": frozenset({"ohne"}),
    "ru": frozenset({"без", "безо"}),
    "fr": frozenset({"sans"}),
    "it": frozenset({"senza"}),
    "es": frozenset({"sin"}),
}
"""Prepositions of absence: "without grain", "ohne Getreide", "без зерна" negate their noun
(explicit: one on one side only, its noun rendered affirmed, is a difference). As an answer
to the other side's negation, one renders only a negation of its noun's counterpart ("no
grain", "kein Getreide") or another preposition of absence (:mod:`.absenceanswers`):
"Вена и без зерна из Украины переживёт эту зиму" does not answer the "nicht" of "daß Wien ohne
Getreide aus der Ukraine den Winter nicht überstehen werde" ("ohne" renders "без")."""
PRESENCE = {
    "en": frozenset({"with"}),
    "de": frozenset({"mit"}),
    "ru": frozenset({"с", "со"}),
    "fr": frozenset({"avec"}),
    "it": frozenset({"con"}),
    "es": frozenset({"con"}),
}
"""Prepositions of presence, the contraries of :data:`ABSENCE`."""
_PRONOUNS = frozenset(
    fold(w)
    for w in """nobody nothing none niemand niemanden niemandem nichts keiner никто ничто
    ничего никого никому""".split()
)
"""Negative pronouns: what they negate is the rest of their clause ("Nobody disagreed")."""
_NO_ONE = re.compile(r"(?i)no\s+one\b")
_COMPLEMENTS = {
    "en": re.compile(r"(?i)\b(?:that|whether)\b"),
    "de": re.compile(r"(?i)\b(?:dass|daß|ob)\b"),
    "ru": re.compile(r"(?i)(?<!\w)(?:что|чтобы|будто)(?!\w)"),
}
"""Per language, the words that open a clause a verb governs ("believes that", "glaubt,
dass", "думает, что"): a negative pronoun's scope ends there."""
_QUARTERS = frozenset({"четверти", "четверть"})


def telling_time(folded: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` ("без") tells a time with the number after it: "без
    четверти пять" (a quarter to five), "без десяти семь"."""
    after = folded[i + 1] if i + 1 < len(folded) else ""
    return after.isdigit() or after in _QUARTERS or after in NUMBER_WORDS.get("ru", {})


def doubled(
    text: str,
    language: str,
    explicit: Sequence[tuple[int, str]],
    affixed: Sequence[tuple[int, str]],
    targets: Sequence[int],
    clauses: Sequence[int],
) -> tuple[int, ...]:
    """Per explicit negation of ``text``, the offset of the word negated by an affix or of
    lack that it negates in its turn, -1: none: the word it negates, or after a negative
    pronoun a word of lack or refusal in its clause ("Nobody disagreed", not "nobody left
    the useless loom"). ``clauses``: the clause of each explicit negation and then of each
    affixed word (indices).

    >>> t = "No one in the hall disagreed, and nobody was unhappy."
    >>> doubled(t, "en", [(0, "No"), (34, "nobody")], [(19, "disagreed"), (45, "unhappy")],
    ...         [10, 45], [0, 1, 0, 1])
    (19, 45)
    """
    n = len(explicit)
    found = []
    heads = {  # "No citizen shall", "Ни один": :mod:`.concord`
        i
        for i, (at, word) in enumerate(explicit)
        if fold(word) in _PRONOUNS
        or _NO_ONE.match(text, at)
        or clause_wide(text, language, at, word)
    }
    agree = agreeing(language, explicit, clauses, heads)  # "Никто не": one negation
    for i, (at, _) in enumerate(explicit):
        pronoun = i in heads
        later = [
            e
            for j, (e, _) in enumerate(explicit)
            if j > i and clauses[j] == clauses[i] and agree.get(j) != i
        ]
        stop = min(later, default=len(text))  # "nobody did not ...": its own scope
        if pronoun:  # "Nobody believes that you will fail": the clause it governs is its own
            stop = min(stop, _complement_at(text, language, at))
        words = [
            a
            for k, (a, w) in enumerate(affixed)
            if clauses[n + k] == clauses[i]
            and at < a < stop
            and (a in _past_adverb(text, language, targets[i])
                 or (pronoun and lacking(w.casefold(), language)))
        ]  # fmt: skip
        words += [a for a, w in affixed if _verb_before(text, language, a, w, at)]
        found.append(words[0] if words else -1)
    for j, i in agree.items():  # the "не" of "Никто не" says the pronoun's polarity
        found[j] = found[j] if found[j] >= 0 else found[i]
    return tuple(found)


def _complement_at(text: str, language: str, at: int) -> int:
    """Where the first clause governed by a verb opens after ``at`` (:data:`_COMPLEMENTS`),
    or the text's end: "Nobody believes that you will fail the examination" negates no
    "fail" ("Niemand glaubt, dass Du das Examen nicht bestehen wirst" renders it)."""
    pattern = _COMPLEMENTS.get(language)
    m = pattern.search(text, at) if pattern is not None else None
    return len(text) if m is None else m.start()


_LY_ADVERB = re.compile(r"[a-z]{3,}ly\s+(?=[a-z])")


def _past_adverb(text: str, language: str, target: int) -> tuple[int, ...]:
    """The word a negation negates (``target``) and, when that is an English adverb in
    "-ly", the word it modifies: "not mutually exclusive" negates "exclusive" in turn."""
    m = _LY_ADVERB.match(text, target) if language == "en" and target >= 0 else None
    return (target,) if m is None else (target, m.end())


_GERMAN_BEFORE = re.compile(
    r"(?i)\s+(?:(?:ich|du|er|sie|es|wir|ihr|man)\s+)?(?:(?:sich|mich|dich|uns|euch|es)\s+)?"
)
"""Between a German verb and the "nicht" after it: "scheute nicht", "scheute sich nicht", and
with the subject after the verb in a question, an inverted clause or the polite imperative
("Scheuen Sie sich nicht", "scheute er sich nicht")."""


def _verb_before(text: str, language: str, a: int, word: str, at: int) -> bool:
    """Whether ``word`` at ``a`` is a German word of lack right before the "nicht" at ``at``,
    which negates it in turn (German puts "nicht" after its verb: "er scheute nicht die
    große Mühe" says he went to the trouble; "schließen sich nicht gegenseitig aus": they may
    be combined, :mod:`.lackphrases`)."""
    if language != "de" or a >= at:
        return False
    if not lacking(fold(word), language):
        words = itertools.islice(WORD_RE.finditer(text, a), 8)  # "schließen sich nicht ... aus"
        phrase = [fold(m.group()).casefold() for m in words]
        if not lack_phrase_at(phrase, 0, language):
            return False
    return _GERMAN_BEFORE.fullmatch(text, a + len(word), at) is not None


def cancelled(
    one: Negations,
    other: Negations,
    i: int,
    counterparts: Mapping[int, int],
    content: Mapping[int, bool],
) -> bool:
    """Whether the ``i``-th explicit negation of ``one`` negates no statement (see the
    module): a preposition of absence whose noun, a content word (``content``: ``one``'s,
    offset -> whether it has a counterpart), has no counterpart; or a double negation whose
    second word's counterpart in ``other`` is not negated there (``counterparts``: offset in
    ``one`` -> offset in ``other``)."""
    at = one.explicit[i][0]
    target = one.targets[i] if i < len(one.targets) else -1
    if at in one.absence:  # unless the other side has "with" there ("mit großem Mut")
        return content.get(target) is False and not _present(one, other, at, counterparts)
    word = one.doubled[i] if i < len(one.doubled) else -1
    if word < 0:
        return False
    # not a word of lack negated in its turn ("impossible to refuse": .deniedlack)
    negated = ({a for a, _ in other.affixed} - denied_lacks(other)) | set(other.targets)
    there = counterparts.get(word)
    if there is None:  # a pronoun's ("No one disagreed" / "Alle stimmten zu"), or where the
        # other side negates nothing ("did not shy away from" / "went to all the effort") in
        # the clauses rendering its own ("cannot be undone, purge should not be used" /
        # "given the definitive nature of ..., a purge should not be taken": walk113)
        return not other.affixed and (
            word != target or not _negated_there(one, other, at, counterparts)
        )
    return there not in negated


def _negated_there(
    one: Negations, other: Negations, at: int, counterparts: Mapping[int, int]
) -> bool:
    """Whether ``other`` negates explicitly in a clause that renders the clause of ``one``'s
    word at ``at`` (anywhere, when that clause has no counterpart)."""
    from .negation import clause_of  # it imports this module

    clause = clause_of(one.clauses, at)
    aligned = {
        clause_of(other.clauses, p)
        for q, p in counterparts.items()
        if clause_of(one.clauses, q) == clause
    }
    return any(not aligned or clause_of(other.clauses, a) in aligned for a, _ in other.explicit)


def doubles(one: Negations, i: int) -> bool:
    """Whether the ``i``-th explicit negation of ``one`` negates a word of lack in its turn
    (:func:`doubled`): then a word of lack on the other side answers it not, it says the
    opposite ("Niemand widersprach ihm" / "Все ему возражали")."""
    return i < len(one.doubled) and one.doubled[i] >= 0


def _present(one: Negations, other: Negations, at: int, counterparts: Mapping[int, int]) -> bool:
    """Whether ``other`` has a preposition of presence (:data:`PRESENCE`) in a clause that
    renders the clause of ``one``'s preposition of absence at ``at`` (any clause, when that
    one has no counterpart there, or one next to such a clause): "came forward without any
    self-assurance" / "traten mit großem Selbstbewußtsein auf", where the vectors pair no
    noun, says the opposite."""
    from .negation import clause_of  # it imports this module

    clause = clause_of(one.clauses, at)
    aligned = {
        clause_of(other.clauses, p)
        for q, p in counterparts.items()
        if clause_of(one.clauses, q) == clause
    }
    near = {c + d for c in aligned for d in (-1, 0, 1)}
    return any(not aligned or clause_of(other.clauses, w) in near for w in other.presence)


def lack_denied(one: Negations, other: Negations) -> bool:
    """Whether every explicit negation of ``one`` negates a word of lack in its turn while
    ``other`` has no explicit negation but a word of lack: "Niemand widersprach ihm" / "Все
    ему возражали" (nobody objected / everyone objected)."""
    return (
        bool(one.explicit)
        and all(doubles(one, i) for i in range(len(one.explicit)))
        and not other.explicit
        and bool(other.affixed)
    )

"""Phrases that say a lack with words that alone say none: a noun of need in a prepositional
phrase ("for want of such knowledge"), "short of" ("was short of bread", "fell short"), a
comparative of less before its "than" ("less occasion than the present"), a quantifier of few
("little to fear" renders "not much to fear"), a verb of omission or exclusion with its
particle ("leave out" renders "omit"; "I shall leave the laws out of the discussion" renders
"I will not now discuss the laws"; "schließen sich gegenseitig aus": exclude each other).

"But when, for want of such knowledge, they are allowed to grow" renders "but when, through not
having been foreseen, they have been permitted to grow": "want" is a wish alone, a lack in "for
want of" (as "aus Mangel an", "за неимением"). And "had each of them less occasion than the
present" renders "had no more opportunity than the present offers": a negated comparative
says what "less ... than" says ("weniger ... als", "меньше ... чем"). Each *answers* an
explicit negation on the other side, as "failed" does (:func:`.boundabsence.lack_at`), and
never raises a difference itself: "more occasion than" against "no more opportunity than"
still differs. Not "no less than" (as much as: :data:`.privative.NOT_NEGATING`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .preventions import against_at, prevention_at

_NEED = {"en": (frozenset({"for", "from", "through"}), frozenset({"want"}), "of")}
_SHORT = {"en": (frozenset({"fall", "falls", "fell", "fallen", "falling"}), "of")}
"""Per language, the verbs before "short" and the preposition after it that make it a lack
("was short of bread" renders "не хватало хлеба", "fell short of": failed to reach); "short"
alone is a length ("a short walk")."""
"""Per language, the prepositions before a noun of need, those nouns, and the preposition
after them ("for want of"): nouns that say a lack only there."""
_LESS = {
    "en": (re.compile(r"less|fewer"), frozenset({"than"})),
    "de": (re.compile(r"weniger"), frozenset({"als"})),
    "ru": (re.compile(r"меньше|менее"), frozenset({"чем"})),
}
"""Per language, the comparatives of less and the word that brings their second term."""
_FEW = {
    "en": (re.compile(r"little|few"), frozenset(
        "a the this that these those his her its my our your their very so too".split())),
    "de": (re.compile(r"wenig|wenige[nmrs]?"), frozenset({"ein", "sehr", "zu", "so"})),
    "ru": (re.compile(r"мало"), frozenset({"очень", "слишком", "так"})),
}  # fmt: skip
"""Per language, the quantifiers of few that say "not much" ("little to fear", "wenig zu
fürchten", "мало"), and the words before them that make them a size or a small amount instead
("the little safe", "a little", "ein wenig") or an emphasis the other side may not render."""
_DENIED = frozenset({"no", "not", "nothing", "nicht", "nichts", "kein", "не", "ни"})
"""Negations before a comparative of less that turn it into as much as ("no less than")."""
_THAN_REACH = 4  # words from "less" to "than": "less occasion than", "less of a chance than"


_LEAVE_OUT = {
    "en": (re.compile(r"leav(?:e|es|ing)|left"), frozenset({"out", "off"}), frozenset({"out"})),
    "de": (re.compile(r"(?:schliess|lass)(?:e|en|t|st)?|schloss(?:en)?|liess(?:en|t)?"),
           frozenset({"aus", "weg"}), frozenset({"aus", "weg"})),
}  # fmt: skip
"""Per language, the verbs that say an omission or an exclusion with a particle after them
("leave out", "left off": WordNet's synonyms of "omit"; "lässt ... weg", "schließen sich
gegenseitig aus": exclude), the particles right after them, and those that may stand a few
words later ("leave the laws out": not "off")."""
_NOT_A_PARTICLE = frozenset(
    "dem der den des einem einer eines diesem dieser diesen allen jedem".split()
)
"""German articles after "aus": a preposition then ("schließt die Tür aus dem Zimmer"), no
separated particle."""
_OUT_REACH = 4  # words between "leave" and its "out": "I shall leave the laws out of it"


def lack_phrase_at(folded: Sequence[str], i: int, language: str) -> bool:
    """Whether the folded word at ``i`` says a lack in its phrase (see the module).

    >>> lack_phrase_at("but for want of such knowledge".split(), 2, "en")
    True
    >>> lack_phrase_at("they want such knowledge".split(), 1, "en")
    False
    >>> words = "the town was short of bread".split()
    >>> lack_phrase_at(words, 3, "en"), lack_phrase_at("a short walk".split(), 1, "en")
    (True, False)
    >>> lack_phrase_at("i leave the laws out of it".split(), 1, "en")
    True
    >>> words = "die optionen schliessen sich gegenseitig aus".split()
    >>> lack_phrase_at(words, 2, "de"), lack_phrase_at("er schliesst die tur".split(), 1, "de")
    (True, False)
    >>> words = "they had less occasion than the present".split()
    >>> lack_phrase_at(words, 2, "en"), lack_phrase_at("no less than two".split(), 1, "en")
    (True, False)
    """
    if prevention_at(folded, i, language) or against_at(folded, i, language):
        return True  # "stop the shell from interpreting", "sind gegen" (.preventions)
    leave = _LEAVE_OUT.get(language)
    if leave is not None and leave[0].fullmatch(folded[i]) is not None:
        if i + 1 < len(folded) and folded[i + 1] in leave[1]:  # "leave out Hiero"
            return True
        later = range(i + 2, min(len(folded), i + 2 + _OUT_REACH))  # "leave the laws out of"
        return any(
            j + 1 == len(folded) or folded[j + 1] not in _NOT_A_PARTICLE
            for j in later
            if folded[j] in leave[2]
        )
    short = _SHORT.get(language)
    if short is not None and folded[i] == "short":
        after = folded[i + 1] if i + 1 < len(folded) else ""
        return after == short[1] or (i > 0 and folded[i - 1] in short[0])
    need = _NEED.get(language)
    if need is not None and folded[i] in need[1]:
        before = folded[i - 1] if i > 0 else ""
        after = folded[i + 1] if i + 1 < len(folded) else ""
        return before in need[0] and after == need[2]
    few = _FEW.get(language)
    if few is not None and few[0].fullmatch(folded[i]) is not None:
        return i == 0 or folded[i - 1] not in few[1]
    less = _LESS.get(language)
    if less is None or less[0].fullmatch(folded[i]) is None:
        return False
    if i > 0 and folded[i - 1] in _DENIED:
        return False
    return any(w in less[1] for w in folded[i + 1 : i + 1 + _THAN_REACH])

"""What a phrase of prevention keeps from happening, said on the other side as happening:
"The dam was built to stop the river from flooding the town" against "Der Damm wurde gebaut,
damit der Fluss die Stadt überschwemmt" (the fresh-clone trial of session 22).

A phrase of prevention ("stop ... from flooding", "vor Hochwasser schützen", "защитить от
наводнения": :mod:`.preventions`) is a word of lack: it answers an explicit negation on the
other side ("damit der Fluss die Stadt nicht überschwemmt") and never raises a difference by
itself (:func:`.boundabsence.lack_at`), since a word of lack alone may be rendered by a word
that says it otherwise. But the phrase names what it denies: the gerund after "from", the
noun after "vor" or "от", the infinitive after "daran/davor ... zu". When the alignment pairs
that word with a word of the other side, and that word's clause there negates nothing (no
explicit negation, no word negated by an affix or of lack: "verhindern", "не"), the other
side says as happening what this side says is kept from happening: a ``negation``
(:func:`prevented_pair`). Not when the phrase itself stands under a negation ("did not stop
the river from flooding": it floods, :mod:`.cancelling`).
"""

from __future__ import annotations

from ..normalize import WORD_RE, fold
from .negation import Negations
from .negcompounds import negated_in_clause
from .preventions import prevention_at
from .wordpairs import Alignment, WordPair

_ARTICLES = frozenset(
    "the a an its their his her den die das dem der einen eine einem einer".split()
)
_LINKED = {"de": frozenset({"davor", "daran", "davon", "dagegen"})}
"""German prepositional adverbs whose prevented act follows as "zu" and an infinitive."""
_ZU_REACH = 10  # words from "daran" to its "zu" ("daran hindern, die Stadt zu überfluten")


def prevented_pair(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> WordPair | None:
    """The pair of counterparts whose one word a phrase of prevention keeps from happening
    and whose other word its clause says unnegated (see the module); None otherwise."""
    sides = ((quote, quote_language), (passage, passage_language))
    read: dict[int, Negations] = {}
    for k in (0, 1):
        text, language = sides[k]
        words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
        folded = [fold(w) if language != "ru" else w.casefold() for _, w in words]
        for i in range(len(folded)):
            if not prevention_at(folded, i, language):
                continue
            j = _prevented(folded, i, language)
            if j is None or negated_in_clause(read, k, sides, words[i][0], exclude=words[i][0]):
                continue  # no act named, or "did not stop ... from": .cancelling
            at = words[j][0]
            pair = next(
                (p for p in alignment.pairs if (p.quote_at if k == 0 else p.passage_at) == at),
                None,
            )
            if pair is None:
                continue
            there = pair.passage_at if k == 0 else pair.quote_at
            if not negated_in_clause(read, 1 - k, sides, there, exclude=-1):
                return pair
    return None


def _prevented(folded: list[str], i: int, language: str) -> int | None:
    """The word that the phrase of prevention whose preposition stands at ``i`` keeps from
    happening: an English gerund after "from" ("from flooding"), the first word after the
    preposition that is no article, or a German infinitive after the "zu" that "daran",
    "davor" announce."""
    if language == "en" and folded[i] == "from":
        return next((j for j in range(i + 1, min(len(folded), i + 3))
                     if folded[j].endswith("ing")), None)  # fmt: skip
    if folded[i] in _LINKED.get(language, ()):
        zu = next((j for j in range(i + 1, min(len(folded), i + _ZU_REACH))
                   if folded[j] == "zu"), None)  # fmt: skip
        return zu + 1 if zu is not None and zu + 1 < len(folded) else None
    return next((j for j in range(i + 1, min(len(folded), i + 3))
                 if folded[j] not in _ARTICLES), None)  # fmt: skip

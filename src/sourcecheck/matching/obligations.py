"""Obligation negated two ways: "must not" (forbidden) against "need not" (not required), in
English, German and Russian (task modal112).

"Members must not bring guests" forbids it; "Members need not bring guests" allows them not
to. Both negate a modal of obligation, so the negation check sees one negation on each side,
and the opposites table's "must" / "may" (:data:`MUST`, :data:`MAY`) sees "must" on both
sides, or, across languages, "must" against "dürfen" where "Mitglieder dürfen keine Gäste
mitbringen" is the very prohibition. What the two say is read here per clause:

- *forbidden*: "must not", "shall not", "should not" ("may not" only beside a prohibition:
  it may doubt, "it may not work"); "darf / soll ... nicht (kein, nie)" in one clause;
  "нельзя", "не должен", "не следует", "не вправе", "запрещено";
- *not required*: "need not", "do not need / have to", "not required", "no need",
  "unnecessary", "is optional"; "muss / braucht ... nicht (kein)" in one clause, "nicht
  nötig"; "не обязан", "не нужно", "не надо", "необязательно", "нет необходимости" (said of
  the act: not "an optional argument", "необязательный параметр").

One side forbidden and the other not required (each saying only that) is an ``opposite``
(:func:`obligation_opposite`); both saying the same is no opposite of "must" and "dürfen"
(:func:`obligation_agrees`). "not only" ("nicht nur", "не только") negates no modal.
"""

from __future__ import annotations

import re
from functools import cache

from .privative import idiom_spans

MUST = {
    "en": r"must|(?:have|has|had)\s+to|required|mandatory|obligatory|compulsory",
    "de": r"muss|musst|müssen|müsst|musste\w*|erforderlich\w*|pflicht|obligatorisch\w*|"
    r"verpflichtend\w*",
    "ru": r"должен|должна|должно|должны|обязан\w*|обязательн\w*",
}
"""Words of obligation (a concept of :data:`.opposites.OPPOSITES`, against :data:`MAY`)."""
MAY = {
    "en": r"(?-i:may)|can|could|optional|voluntary",
    "de": r"kann|kannst|können|könnt|darf|dürfen|optional\w*|freiwillig\w*",
    "ru": r"может|могут|можно|вправе|необязательн\w*|факультативн\w*|добровольн\w*",
}
"""Words of permission or possibility (the other concept)."""

FORBIDDEN, UNNEEDED = "forbidden", "not required"
_PHRASES = {
    (FORBIDDEN, "en"): r"(?:must|shall|should|ought)\s+(?:not|never)|mustn[’']t|shan[’']t|"
    r"shouldn[’']t|(?:is|are|was|were)\s+not\s+(?:allowed|permitted)\s+to|forbidden\s+to",
    (UNNEEDED, "en"): r"needs?\s+not|needn[’']t|need\s+never|(?:do|does|did|will)(?:\s+not|n[’']t)"
    r"\s+(?:need|have)\s+to|not\s+(?:required|obliged|obligated|necessary|mandatory|compulsory)"
    r"|unnecessary|no\s+need|(?:is|are|was|were|be)\s+optional",
    (FORBIDDEN, "ru"): r"нельзя(?!\s+не\b)|не\s+(?:должен|должна|должно|должны|следует|вправе|"
    r"положено|разрешается|разрешено|позволено)|запрещ\w+|воспрещ\w+",
    (UNNEEDED, "ru"): r"не\s+(?:обязан\w*|обязательн(?:о|а|ы)|обязателен|нужн\w*|надо|требуется|"
    r"необходим\w*|приходится)|необязательн(?:о|а|ы)|необязателен|"
    r"нет\s+(?:необходимости|нужды|надобности)|незачем",
    (UNNEEDED, "de"): r"nicht\s+(?:nötig|notwendig|erforderlich|verpflichtet|gezwungen|zwingend|"
    r"obligatorisch)|unnötig|kein(?:e|en)?\s+(?:pflicht|bedarf|notwendigkeit)|"
    r"(?:ist|sind|war|waren)\s+optional",
}
"""Per reading and language, the phrases that say it."""
_MAY_NOT = {"en": r"may\s+not|mayn[’']t"}
"""Phrases that forbid or only doubt ("it may not work"): read as a prohibition where the other
side says one (:func:`obligation_agrees`), never against "need not"."""
_GERMAN_MODALS = {
    FORBIDDEN: r"darf|darfst|dürfen|dürft|durfte\w*|dürfte\w*|soll|sollst|sollen|sollt|sollte\w*",
    UNNEEDED: r"muss|musst|müssen|müsst|musste\w*|müsste\w*|"
    r"brauche|brauchst|braucht|brauchen|brauchte\w*",
}
"""German modals negated anywhere in their clause ("dürfen ... keine Gäste mitbringen")."""
_GERMAN_NEGATION = re.compile(r"(?i)(?<!\w)(?:nicht|kein\w*|nie|niemals)(?!\w)")
_CLAUSE = re.compile(r"[^.;:!?,]+")


@cache
def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)")


def obligation_readings(text: str, language: str, *, doubtful: bool = False) -> dict[str, str]:
    """What ``text`` (in ``language``) says of an obligation, each reading with the words
    that first say it (see the module); ``doubtful``: "may not" too (:data:`_MAY_NOT`).

    >>> obligation_readings("Members must not bring guests.", "en")
    {'forbidden': 'must not'}
    >>> obligation_readings("Mitglieder müssen keine Gäste mitbringen.", "de")
    {'not required': 'müssen keine'}
    >>> obligation_readings("Гостей приводить необязательно.", "ru")
    {'not required': 'необязательно'}
    """
    idioms = idiom_spans(text, language)  # "must not only": no negated modal
    found: dict[str, str] = {}
    for reading in (FORBIDDEN, UNNEEDED):
        words = _PHRASES.get((reading, language))
        if doubtful and reading == FORBIDDEN and language in _MAY_NOT:
            words = f"{words}|{_MAY_NOT[language]}"
        for m in _pattern(words).finditer(text) if words else ():
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in idioms):
                found.setdefault(reading, " ".join(m.group().split()))
                break
        if language == "de" and reading not in found:
            said = _german(text, _GERMAN_MODALS[reading], idioms)
            if said:
                found[reading] = said
    return found


def _german(text: str, modals: str, idioms: list[tuple[int, int]]) -> str:
    """A German modal and a negation in one clause ("darf ... nicht"), or ""."""
    for clause in _CLAUSE.finditer(text):
        modal = _pattern(modals).search(text, clause.start(), clause.end())
        if modal is None:
            continue
        for neg in _GERMAN_NEGATION.finditer(text, clause.start(), clause.end()):
            if not any(a <= neg.start() < b for a, b in idioms):
                first, last = sorted((modal, neg), key=lambda m: m.start())
                between = text[first.end() : last.start()]
                return f"{first.group()}{' … ' if between.strip() else ' '}{last.group()}"
    return ""


def obligation_opposite(
    quote: str, quote_language: str, passage: str, passage_language: str
) -> tuple[str, str] | None:
    """The words (quote's, passage's) when one side says an act is forbidden and the other
    that it is not required, each saying only that (see the module), or None.

    >>> obligation_opposite("Members must not bring guests.", "en",
    ...                     "Mitglieder brauchen keine Gäste mitzubringen.", "de")
    ('must not', 'brauchen keine')
    >>> print(obligation_opposite("Members must not bring guests.", "en",
    ...                           "Членам клуба нельзя приводить гостей.", "ru"))
    None
    """
    mine = obligation_readings(quote, quote_language)
    theirs = obligation_readings(passage, passage_language)
    if len(mine) != 1 or len(theirs) != 1 or mine.keys() == theirs.keys():
        return None
    return next(iter(mine.values())), next(iter(theirs.values()))


def obligation_agrees(quote: str, quote_language: str, passage: str, passage_language: str) -> bool:
    """Whether both sides say the same of an obligation ("must not" / "dürfen keine", "need
    not" / "muss nicht"): their modals are no opposites then."""
    mine = obligation_readings(quote, quote_language, doubtful=True)
    theirs = obligation_readings(passage, passage_language, doubtful=True)
    return bool(mine) and mine.keys() == theirs.keys()

"""A clause in the passive voice, its English participle irregular: "was built", "were sent",
"is held", "was put".

:mod:`.roles` and :mod:`.reversal` read who acts in a clause from its order unless the clause
is passive (then the one after "by" acts, and a passive naming no doer is not read). Their
pattern knew the participles in "-ed", "-en", "-wn" only, so "The dam was built to stop the
river from flooding the town" was read as active, the dam acting on the river, and its true
Russian rendering "Плотину построили, чтобы река не затопляла город" (the dam an object, the
river the subject of its own clause) was flagged ``roles`` (the fresh-clone trial of session
22). An English participle is also a form WordNet lists among a verb's irregular forms (its
``verb.exc``: "built" -> "build", "sent" -> "send"; not a form in "-ing": "was lying" is
active) or one of the verbs whose participle is their base form (:data:`_INVARIANT`). German
("wurde ... gebaut") and Russian ("был построен") passives are read by their auxiliaries and
endings as before.
"""

from __future__ import annotations

import re

from .wordnet import _exceptions

PASSIVE = {
    "en": re.compile(
        r"(?i)\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|not|no|never|longer|first|also|"
        r"then|later|still|already|just|only|often|always|once|now|all|ever|thus)\s+){0,3}"
        r"(?:\w+(?:ed|en|wn)\b|\w+\s+by\b)"  # "was taken", "was hit by", "is no longer held"
    ),
    "de": re.compile(r"(?i)\b(?:wurde|wurden|worden|wird|werden)\b"),
    "ru": re.compile(r"(?i)\b(?:был|была|были|было)\s+\w+(?:н|на|но|ны|т|та|то|ты)\b"),
}
_IRREGULAR = re.compile(
    r"(?i)\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|not|no|never|longer|first|also|"
    r"then|later|still|already|just|only|often|always|once|now|all|ever|thus)\s+){0,3}"
    r"([a-z]+)\b"
)
"""An English auxiliary of the passive and the word after it (past a few adverbs)."""
_INVARIANT = frozenset(
    "bet bid burst cast cost cut hit hurt let put quit read set shed shut slit split spread "
    "thrust upset".split()
)
"""English verbs whose participle is their base form ("was put", "were set")."""


def passive_at(text: str, start: int, end: int, language: str) -> int | None:
    """Where the clause ``text[start:end]`` shows the passive voice (its auxiliary's
    offset), or None.

    >>> t = "The dam was built to stop the river."
    >>> passive_at(t, 0, len(t), "en"), passive_at("He was lying there.", 0, 19, "en")
    (8, None)
    >>> passive_at("Der Damm wurde gebaut.", 0, 22, "de")
    9
    """
    pattern = PASSIVE.get(language)
    if pattern is None:
        return None
    found = pattern.search(text, start, end)
    if found is not None:
        return found.start()
    if language != "en":
        return None
    for m in _IRREGULAR.finditer(text, start, end):
        if _participle(m.group(1).lower()):
            return m.start()
    return None


def _participle(word: str) -> bool:
    """Whether ``word`` is an irregular English participle ("built", "put"), by WordNet's
    irregular forms (without WordNet: the invariant ones only)."""
    if word in _INVARIANT:
        return True
    return not word.endswith("ing") and any(b != word for b in _exceptions("v").get(word, ()))

"""Phrases of prevention and of being against: words of lack that alone say none (issue 10).

A translator renders "so that the shell does not interpret them" ("чтобы оболочка не
обрабатывала их") as "to stop the shell from interpreting them", and "it cannot be lost" ("он
не может быть потерян") as "it is secure against being lost": the meaning is kept with an
explicit negation on one side only. "stop", "secure", "from" and "against" say no lack alone
("stop at the door", "from Berlin"); a verb or adjective of keeping or protecting with its
preposition does ("keep ... from going", "vor Verlust geschützt", "защищён от кражи"), as
"prevent" and "verhindern" do (:mod:`.privative`). Such a phrase *answers* an explicit
negation on the other side, and never raises a difference itself
(:func:`.boundabsence.lack_at`); negated ("not protected from theft"), it affirms
(:mod:`.cancelling`).

And being against is opposing: "sind gegen einen Mindestlohn", "были против", "are against"
say what "opposed" and "возражали" say (words of lack in :mod:`.privative`), so that "sind
nicht gegen einen Mindestlohn" renders "are not opposed to a minimum wage" (each a negation
of a word of lack: litotes), and "sind gegen" does not render "are not opposed".

The preposition is the word of lack: the negation of "not protected from theft" reaches it
through its verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_KEEPING = {
    "en": re.compile(
        r"stop(?:s|ped|ping)?|keep(?:s|ing)?|kept|bar(?:s|red|ring)?|hinder(?:s|ed|ing)?"
        r"|protect(?:s|ed|ing|ion)?|secur(?:e|es|ed|ing)|safe|guard(?:s|ed|ing)?"
        r"|shield(?:s|ed|ing)?|sav(?:e|es|ed|ing)|immune|proof"
    ),
    "de": re.compile(
        r"(?:ge)?sch[uü]tz(?:t|te|ten|en|e|st)?|(?:ge)?sch[uü]tzt(?:e[mnrs]?)?|bewahr[a-z]*"
        r"|sicher(?:t|te|ten|n)|gesichert[a-z]*|(?:ge)?hinder(?:t|te|ten|n)?"
        r"|abhalt[a-z]*|abgehalten|abzuhalten|gefeit"
    ),
    "ru": re.compile(
        r"защи(?:щ|т)[а-яё]*|убер[её]г[а-яё]*|уберечь|обер[её]г[а-яё]*|предохран[а-яё]*"
        r"|обезопас[а-яё]*|застрахова[а-яё]*|огра(?:дить|ждать|ждён[а-яё]*|жден[а-яё]*)"
    ),
}
"""Per language, the verbs and adjectives of keeping something from happening or of
protecting against it (folded: "geschutzt")."""
_PREPOSITIONS = {
    "en": frozenset({"from", "against"}),
    "de": frozenset({"vor", "gegen", "davor", "dagegen", "daran", "davon"}),
    "ru": frozenset({"от"}),
}
"""Per language, the prepositions that bring what is kept from happening."""
_GERUND_ONLY = re.compile(
    r"stop(?:s|ped|ping)?|keep(?:s|ing)?|kept|bar(?:s|red|ring)?|hinder\w*|sav\w*|secur\w*"
)
"""English verbs whose "from" is a prevention only before a gerund ("kept from going", "saved
from drowning"; not "kept from the start", "stopped from Berlin", "saved from the sale", "a
loan secured from the bank")."""
_REACH = {"en": 4, "de": 5, "ru": 3}
"""Words between the verb and its preposition ("stop the shell from", "den Schlüssel vor";
German and Russian may put the verb after: "vor Verlust zu schützen", "от кражи защищён")."""
_AFTER_REACH = {"en": 0, "de": 5, "ru": 3}

_BEING = {
    "en": frozenset("am is are was were be been being".split()),
    "de": frozenset("bin bist ist sind seid war waren ware waren sein".split()),
    "ru": frozenset(
        "был была было были будет будут есть выступал выступала выступали выступает выступают "
        "я ты он она оно мы вы они все".split()
    ),
}
"""Per language, the forms of "be" before "against" (and Russian "выступать", speak out, and
the personal pronouns, before which Russian says no "be" in the present: "мы против")."""
_AGAINST = {"en": "against", "de": "gegen", "ru": "против"}
_GERMAN_ARTICLES = frozenset(
    "den die das dem der einen eine einem einer jede jeden jedes diese diesen dieses "
    "solche solchen".split()
)
"""German words after a "gegen" of opposing (not a time: "war gegen Mittag da")."""
_NEGATIONS = frozenset({"not", "nicht", "не", "never", "nie"})


def prevention_at(folded: Sequence[str], i: int, language: str) -> bool:
    """Whether the folded word at ``i`` is the preposition of a phrase of prevention
    ("stop the shell from interpreting", "secure against being lost", "vor Verlust
    geschützt", "защищён от кражи").

    >>> prevention_at("to stop the shell from interpreting them".split(), 4, "en")
    True
    >>> prevention_at("they stopped from berlin to paris".split(), 2, "en")
    False
    >>> prevention_at("der schlussel ist vor verlust geschutzt".split(), 3, "de")
    True
    >>> prevention_at("ключ защищён от кражи".split(), 2, "ru")
    True
    """
    prepositions = _PREPOSITIONS.get(language)
    if prepositions is None or folded[i] not in prepositions:
        return False
    keeping = _KEEPING[language]
    before = folded[max(0, i - _REACH[language]) : i]
    after = folded[i + 1 : i + 1 + _AFTER_REACH[language]]
    if language == "en":
        verbs = [w for w in before if keeping.fullmatch(w)]
        if not verbs:
            return False
        gerund = any(w.endswith("ing") for w in folded[i + 1 : i + 3])
        nominal = folded[i] == "against" or not all(_GERUND_ONLY.fullmatch(w) for w in verbs)
        return gerund or nominal
    return any(keeping.fullmatch(w) for w in (*before, *after))


def against_at(folded: Sequence[str], i: int, language: str) -> bool:
    """Whether the folded word at ``i`` is the "against" of being against something ("are
    against the plan", "sind nicht gegen einen Mindestlohn", "были против").

    >>> against_at("wir sind nicht gegen einen mindestlohn".split(), 3, "de")
    True
    >>> against_at("er war gegen mittag da".split(), 2, "de")
    False
    >>> against_at("они были против".split(), 2, "ru"), against_at("мы не против".split(), 2, "ru")
    (True, True)
    """
    if language not in _AGAINST or folded[i] != _AGAINST[language] or i == 0:
        return False
    j = i - 1 if folded[i - 1] not in _NEGATIONS else i - 2
    if j < 0 or folded[j] not in _BEING[language]:
        return False
    return language != "de" or (i + 1 < len(folded) and folded[i + 1] in _GERMAN_ARTICLES)

"""The dictionary forms of an inflected German word that its Snowball stem does not reach.

A German word is looked up in the dictionary as written, then as the headwords of its stem
(:mod:`.bilingual`). Two kinds of inflection escape both, and a true rendering lost its plain
translations (walk107 ke-05 and kd-08: "a stranger" / "einem Fremden", "bowed" /
"verbeugten" unpaired):

- a weak verb's past ("verbeugten", "öffnete", "sagtest"): Snowball keeps the past's "t"
  ("verbeugt"), so no headword has its stem; its infinitive is the stem before "-te", "-ten",
  "-test", "-tet" (and "-ete..." after a stem in d or t: "arbeiteten") with "-en";
- a noun made of an adjective ("der Fremde", "einem Fremden", "den Kranken"): written as a
  noun with an adjective's ending, it is listed under the "-e" form, while the word as
  written is its adjective's entry ("fremden": alien, foreign); a capitalized word is read
  as written only (:data:`.bilingual.CAPITALIZED`), so the noun's entry was never read;
- an inflected comparative ("leichtere", "schwereren"): listed as the comparative itself
  ("leichter": "lighter", "easier"), its stem's headwords being the positive's many senses.

Each form is only a further headword to look up; a form that is no headword finds nothing.
"""

from __future__ import annotations

import re

_WEAK_PAST = re.compile(r"^(?P<stem>.{3,}?[^aeiouäöü\W])(?:e?te|e?ten|e?test|e?tet)$")
_ADJECTIVE_NOUN = re.compile(r"^(?P<stem>[A-ZÄÖÜ].{3,}?)e(?:n|m|r|s)$")
_COMPARATIVE = re.compile(r"^(?P<stem>[a-zäöüß]{3,}er)(?:e|en|em|er|es)$")


def german_forms(word: str) -> list[str]:
    """Further headwords (lower case) of the German ``word``: a weak verb's infinitive, a
    noun made of an adjective in its "-e" form (see the module).

    >>> german_forms("verbeugten"), german_forms("Fremden"), german_forms("arbeiteten")
    (['verbeugen'], ['fremde'], ['arbeiten'])
    >>> german_forms("Hut"), german_forms("Schwerkranken"), german_forms("leichtere")
    ([], ['schwerkranke'], ['leichter'])
    """
    found = []
    past = _WEAK_PAST.match(word.casefold()) if word[:1].islower() else None
    if past is not None:
        found.append(past.group("stem") + "en")
    noun = _ADJECTIVE_NOUN.match(word)
    if noun is not None:
        found.append(noun.group("stem").casefold() + "e")
    degree = _COMPARATIVE.match(word) if word[:1].islower() else None
    if degree is not None:
        found.append(degree.group("stem"))
    return found

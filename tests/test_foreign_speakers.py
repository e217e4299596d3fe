"""Speakers in German and Russian passages written for the tests (issue 12): German nouns are
nobody ("bei diesen Umständen", "mit der Faust", "nach einer kleinen Weile", "im
Nebenzimmer"), a German subject before "aber" or before a clause of purpose speaks, a Russian
title in lower case stays with its name ("спросил князь Андрей"), and a Russian name after the
verb in the dative is the addressee ("Андрей сказал Пьеру:")."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.extract.lexicon import common_nouns

GERMAN = (
    "Gregor lag im Bett. Die Mutter stand vor der Tür, der Vater im Nebenzimmer, und die "
    "Schwester weinte in der Küche. Der Vater hatte die Zeitung in der Hand.\n\n"
    "Gregor hatte ausführlich antworten wollen, beschränkte sich aber bei diesen Umständen "
    "darauf, zu sagen: »Ja, ja, danke, ich stehe schon auf.« Da klopfte der Vater, schwach, "
    "aber mit der Faust. »Gregor, Gregor,« rief er, »was ist denn?« Und nach einer kleinen "
    "Weile mahnte er nochmals mit tieferer Stimme: »Gregor! Gregor!«\n\n"
    "Der Vater kehrte zu seinem Frühstück zurück, die Schwester aber flüsterte: »Gregor, mach "
    "auf, ich beschwöre dich.« Aus dem Nebenzimmer rechts flüsterte die Schwester, um Gregor "
    "zu verständigen: »Der Prokurist ist da.«\n"
)

RUSSIAN = """Князь Андрей вошёл в гостиную. Пьер стоял у окна.

— Ты надолго к нам? — спросил князь Андрей.

— На неделю, — ответил Пьер.

Андрей сказал Пьеру: «Оставайся у нас до весны».
"""


def speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract(text).claims if c.kind in ("quotation", "oral")}


def test_german_nouns_are_no_speakers() -> None:
    found = speakers(GERMAN)
    nouns = {"Umständen", "Faust", "Weile", "Nebenzimmer", "Stimme", "Frühstück", "Hand"}
    assert not nouns & {w for s in found.values() for w in (s or "").split()}, found
    assert found["Ja, ja, danke, ich stehe schon auf."] == "Gregor"


def test_german_nouns_without_an_article_are_nouns() -> None:
    text = "Er sprach in Eile und wider Erwarten, mit ausgebreiteten Armen; etwas Ähnliches."
    assert {"Eile", "Erwarten", "Armen", "Ähnliches"} <= common_nouns(text)
    assert "Grete" not in common_nouns("Grete kam. »Grete!« fragte die Mutter. Grete lachte.")


def test_a_german_subject_before_aber_or_a_clause_of_purpose_speaks() -> None:
    found = speakers(GERMAN)
    assert found["Gregor, mach auf, ich beschwöre dich."] == "die Schwester"
    assert found["Der Prokurist ist da."] == "die Schwester"


def test_a_russian_title_in_lower_case_stays_with_its_name() -> None:
    found = speakers(RUSSIAN)
    assert found["Ты надолго к нам?"] in ("князь Андрей", "Князь Андрей")


def test_a_russian_name_in_the_dative_is_the_addressee() -> None:
    found = speakers(RUSSIAN)
    assert found["Оставайся у нас до весны"] in ("Князь Андрей", "Андрей")

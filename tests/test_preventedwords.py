"""What a phrase of prevention keeps from happening, said as happening on the other side, is a
negation; said negated, or kept from happening there too, it agrees
(matching/preventedwords.py). Passages written for the tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.preventedwords import _prevented

FILL = {
    "en": "The weather that spring was cold and wet. Many farmers lost their harvest. ",
    "de": "Das Wetter war in jenem Frühjahr kalt und nass. Viele Bauern verloren ihre Ernte. ",
    "ru": "Весна в тот год была холодной и сырой. Многие крестьяне потеряли урожай. ",
}
SEA_EN = "The council raised the wall to keep the sea from flooding the harbour."
HARBOUR_DE = "Der Rat erhöhte die Mauer, um den Hafen vor Überflutung zu schützen."
HARBOUR_RU = "Совет поднял стену, чтобы защитить гавань от затопления."
DAM_EN = "The dam was built to stop the river from flooding the town."


def test_the_prevented_act_is_the_gerund_the_noun_or_the_announced_infinitive() -> None:
    words = "to keep the sea from flooding the harbour".split()
    assert words[_prevented(words, 4, "en") or 0] == "flooding"
    words = "um den hafen vor uberflutung zu schutzen".split()
    assert words[_prevented(words, 3, "de") or 0] == "uberflutung"
    words = "den fluss daran hindern die stadt zu uberfluten".split()
    assert words[_prevented(words, 2, "de") or 0] == "uberfluten"
    words = "чтобы защитить гавань от затопления".split()
    assert words[_prevented(words, 3, "ru") or 0] == "затопления"


@pytest.mark.parametrize(
    ("quote", "language", "passage", "text_language", "flagged"),
    [
        ("Der Rat erhöhte die Mauer, damit das Meer den Hafen überflutet.",
         "de", SEA_EN, "en", True),
        ("Der Rat erhöhte die Mauer, damit das Meer den Hafen nicht überflutet.",
         "de", SEA_EN, "en", False),
        ("Der Rat erhöhte die Mauer, um eine Überflutung des Hafens durch das Meer zu "
         "verhindern.", "de", SEA_EN, "en", False),
        ("Совет поднял стену, чтобы море не затопляло гавань.", "ru", SEA_EN, "en", False),
        ("The council raised the wall so that the harbour would be flooded.",
         "en", HARBOUR_DE, "de", True),
        ("The council raised the wall so that the harbour would not be flooded.",
         "en", HARBOUR_DE, "de", False),
        ("The council raised the wall to protect the harbour from flooding.",
         "en", HARBOUR_DE, "de", False),
        ("The council raised the wall so that the harbour would be flooded.",
         "en", HARBOUR_RU, "ru", True),
        ("The council raised the wall so that the harbour would not be flooded.",
         "en", HARBOUR_RU, "ru", False),
        ("Der Damm wurde gebaut, damit der Fluss die Stadt überschwemmt.",
         "de", DAM_EN, "en", True),
        ("Der Damm wurde gebaut, damit der Fluss die Stadt nicht überschwemmt.",
         "de", DAM_EN, "en", False),
    ],
)  # fmt: skip
def test_an_act_kept_from_happening_said_as_happening_is_a_negation(
    quote: str, language: str, passage: str, text_language: str, flagged: bool
) -> None:
    text = FILL[text_language] + passage + " " + FILL[text_language]
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED
    assert ("negation" in result.flags) == flagged

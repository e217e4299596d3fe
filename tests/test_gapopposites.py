"""Opposites across languages where the dictionary lacks the other language's word: the
English word's WordNet opposites translated forwards ("discourage" / "ermuntern", "added
automatically" / "добавить вручную"; matching/gapopposites.py, matching/crossantonyms.py).
Passages written for the tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.gapopposites import gap_opposed
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.morph_ru import adverb_adjective

pytestmark = pytest.mark.skipif(
    not (bilingual.available() and wordnet.available()), reason="dictionaries or WordNet missing"
)
FILL = {
    "en": "The weather that spring was cold and wet. Many farmers lost their harvest. ",
    "de": "Das Wetter war in jenem Frühjahr kalt und nass. Viele Bauern verloren ihre Ernte. ",
    "ru": "Весна в тот год была холодной и сырой. Многие крестьяне потеряли урожай. ",
}
DONORS_DE = (
    "Außerdem ermuntern wir die Benutzer dazu, bei Herstellern zu kaufen, die an das Projekt "
    "spenden."
)
REPORT_EN = "The program writes the report and adds the details about your system automatically."
NETWORK_RU = "Настройки сети после установки нужно ввести вручную в файле конфигурации."


def test_a_russian_adverb_of_a_preposition_and_an_adjective_is_read_as_the_adjective() -> None:
    assert adverb_adjective("вручную") == "ручной"
    assert adverb_adjective("вслепую") == "слепой"
    assert adverb_adjective("быстро") is None
    assert adverb_adjective("ручной") is None  # an adjective, no adverb


@pytest.mark.parametrize(
    ("english", "word", "language", "opposed"),
    [
        ("discourage", "ermuntern", "de", True),
        ("encourage", "ermuntern", "de", False),
        ("automatically", "вручную", "ru", True),
        ("manually", "вручную", "ru", False),
        ("round", "schüttelte", "de", False),  # "schütten" is another verb, not its form
    ],
)
def test_a_word_the_dictionary_lacks_is_read_through_the_english_words_opposites(
    english: str, word: str, language: str, opposed: bool
) -> None:
    assert gap_opposed(english, word, language) == opposed


@pytest.mark.parametrize(
    ("quote", "language", "passage", "text_language", "flagged"),
    [
        ("We also discourage users from buying from manufacturers who donate to the project.",
         "en", DONORS_DE, "de", True),
        ("We also encourage users to buy from manufacturers who donate to the project.",
         "en", DONORS_DE, "de", False),
        ("Программа пишет отчёт, а подробности о вашей системе нужно добавить вручную.",
         "ru", REPORT_EN, "en", True),
        ("Программа пишет отчёт и автоматически добавляет подробности о вашей системе.",
         "ru", REPORT_EN, "en", False),
        ("Das Programm schreibt den Bericht und fügt die Angaben über Ihr System automatisch "
         "hinzu.", "de", REPORT_EN, "en", False),
        ("After the installation the network settings are entered automatically in the "
         "configuration file.", "en", NETWORK_RU, "ru", True),
        ("After the installation the network settings must be entered manually in the "
         "configuration file.", "en", NETWORK_RU, "ru", False),
    ],
)  # fmt: skip
def test_an_opposite_the_dictionary_knows_only_one_way_is_flagged(
    quote: str, language: str, passage: str, text_language: str, flagged: bool
) -> None:
    text = FILL[text_language] + passage + " " + FILL[text_language]
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED
    assert ("opposite" in result.flags) == flagged
    assert "negation" not in result.flags

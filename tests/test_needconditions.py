"""Always against only when needed (matching/needconditions.py): "always modify the control
file" / "Passen Sie die Datei control an, falls notwendig" (walk111 ch-freq-01) is an
opposite in each language pair; "immer noch", "как всегда" say no frequency, and a rendering
that keeps "always" or the condition is no opposite."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import opposite_words

OPPOSITE = "opposite"


@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language", "expected"),
    [
        ("Always modify the control file.", "en",
         "Passen Sie die Datei control an, falls notwendig.", "de", ("Always", "falls notwendig")),
        ("Измените файл control при необходимости.", "ru",
         "Always modify the control file.", "en", ("при необходимости", "Always")),
        ("Passen Sie die Datei control immer an.", "de",
         "Modify the control file if necessary.", "en", ("immer", "if necessary")),
        ("Always modify the control file.", "en",
         "Modify the control file where required.", "en", ("Always", "where required")),
        ("Всегда изменяйте файл control.", "ru",
         "Passen Sie die Datei control bei Bedarf an.", "de", ("Всегда", "bei Bedarf")),
    ],
)  # fmt: skip
def test_always_against_a_condition_of_need(quote, language, passage, passage_language, expected):
    assert opposite_words(quote, language, passage, passage_language) == expected


@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language"),
    [
        ("Always modify the control file.", "en", "Passen Sie immer die Datei control an.", "de"),
        ("Modify the control file if needed.", "en",
         "Измените файл control, если нужно.", "ru"),
        ("Die Datei ist immer noch falsch, falls notwendig.", "de",
         "The file is still wrong, if necessary.", "en"),
        ("Как всегда, измените файл control при необходимости.", "ru",
         "As usual, modify the control file if necessary.", "en"),
        ("Always modify the control file, and the rules file if necessary.", "en",
         "Passen Sie immer die Datei control an, und die Datei rules falls notwendig.", "de"),
    ],
)  # fmt: skip
def test_a_rendering_that_keeps_its_frequency_is_no_opposite(
    quote, language, passage, passage_language
):
    assert opposite_words(quote, language, passage, passage_language) is None


CONTEXT = {
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "ru": "Погода была плохой уже несколько дней. Магазин на углу закрывался рано. ",
}


@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Always modify the control file (see Section 4.1, “control”).", "en",
         "Passen Sie die Datei control an, falls notwendig (siehe Abschnitt 4.1, „control“).",
         "de", True),  # walk111 ch-freq-01
        ("Всегда изменяйте файл control (см. раздел 4.1, «control»).", "ru",
         "Modify the control file if necessary (see Section 4.1, “control”).", "en", True),
        ("Modify the control file if necessary (see Section 4.1, “control”).", "en",
         "Измените файл control при необходимости (см. раздел 4.1, «control»).", "ru", False),
    ],
)  # fmt: skip
def test_end_to_end(quote, language, rendering, text_language, flagged):
    text = f"{CONTEXT[text_language]}{rendering} {CONTEXT[text_language]}"
    r = match_meaning(quote, text, language=language, text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert (OPPOSITE in r.flags) is flagged, r.reason

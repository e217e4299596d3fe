"""Opposites across languages read a Russian word by its lemma when the dictionary does not
know its form (matching/crossantonyms.py :func:`listed`): "в конце" / "at the beginning",
"в начале" / "at the end" (walk111 ch-opp-04), as German "Ende" / "beginning" is read."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual
from sourcecheck.matching.crossantonyms import listed, opposed
from sourcecheck.matching.meaning import REWORDED, match_meaning

needs_dictionary = pytest.mark.skipif(not bilingual.available(), reason="no FreeDict")


@needs_dictionary
def test_an_inflected_russian_word_is_read_by_its_lemma():
    # "конце" is read as "конец": by listed() where the dictionary does not know the form,
    # by the dictionary itself where it reads dictionary forms (Müller's, .mueller)
    assert "end" in bilingual.translated_words(listed("конце", "ru"), "ru", "en")
    assert listed("конец", "ru") == "конец"
    assert listed("Ende", "de") == "Ende"


@needs_dictionary
@pytest.mark.parametrize(
    ("english", "word", "language", "expected"),
    [
        ("beginning", "конце", "ru", True),
        ("end", "начале", "ru", True),
        ("beginning", "Ende", "de", True),
        ("end", "конце", "ru", False),
        ("beginning", "начале", "ru", False),
    ],
)
def test_position_nouns_are_opposites_in_any_case_form(english, word, language, expected):
    assert opposed(english, word, language) is expected


CONTEXT = {
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "ru": "Погода была плохой уже несколько дней. Магазин на углу закрывался рано. ",
}


@needs_dictionary
@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Поместите эти опции в конце командной строки при вызове программы.", "ru",
         "Place these options at the beginning of the command line when invoking the program.",
         "en", True),
        ("Place these options at the end of the command line when invoking the program.", "en",
         "Поместите эти опции в начале командной строки при вызове программы.", "ru", True),
        ("Setzen Sie diese Optionen an das Ende der Befehlszeile, wenn Sie das Programm "
         "aufrufen.", "de",
         "Place these options at the beginning of the command line when invoking the program.",
         "en", True),
        ("Поместите эти опции в начале командной строки при вызове программы.", "ru",
         "Place these options at the beginning of the command line when invoking the program.",
         "en", False),
    ],
)  # fmt: skip
def test_end_against_beginning_is_an_opposite(quote, language, rendering, text_language, flagged):
    text = f"{CONTEXT[text_language]}{rendering} {CONTEXT[text_language]}"
    r = match_meaning(quote, text, language=language, text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert ("opposite" in r.flags) is flagged, r.reason

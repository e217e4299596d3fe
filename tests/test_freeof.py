"""Being "free" of something says its absence (matching/freeof.py): "must be fuzz free",
"fehlerfrei", "frei von Fehlern", "свободны от ошибок" render "without any fuzz", "ohne
Fehler", "без ошибок" and answer their negation; "is free", "broke free" say no absence, and
"not free" still differs from "free"."""

from __future__ import annotations

import pytest

from sourcecheck.matching.freeof import free_of_at
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negation import read_negations

NEGATION = "negation"


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("The patches must be fuzz free.", "en", "free"),
        ("The patches must be fuzz-free.", "en", "fuzz-free"),
        ("The service is free of charge.", "en", "free"),
        ("Die Patches müssen fehlerfrei sein.", "de", "fehlerfrei"),
        ("Die Patches müssen frei von Fehlern sein.", "de", "frei"),
        ("Патчи должны быть свободны от ошибок.", "ru", "свободны"),
    ],
)
def test_free_of_a_noun_reads_as_a_word_of_lack(text, language, word):
    negations = read_negations(text, language)
    assert [w for _, w in negations.affixed] == [word]
    assert negations.words == ()


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("the software is free", "en"),
        ("he broke free", "en"),
        ("they set the prisoners free", "en"),
        ("feel free to ask", "en"),
        ("a totally free country", "en"),
        ("ein freier mann", "de"),
        ("свободный человек", "ru"),
    ],
)
def test_free_alone_says_no_absence(words, language):
    folded = words.split()
    at = next(i for i, w in enumerate(folded) if w.startswith(("free", "frei", "свобод")))
    assert not free_of_at(folded, at, language)


CONTEXT = {
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "ru": "Погода была плохой уже несколько дней. Магазин на углу закрывался рано. ",
}
QUOTES = {
    "en": "Patches kept in the new 3.0 (quilt) source format have to apply cleanly, without any "
    "fuzz.",  # walk111 rt-de-07
    "de": "Patches im neuen Quellformat 3.0 (quilt) müssen sauber und ohne jeden Fuzz angewendet "
    "werden.",
    "ru": "Патчи в новом формате исходников 3.0 (quilt) должны применяться чисто, без всякого "
    "fuzz.",
}


@pytest.mark.parametrize(
    ("language", "text_language", "rendering"),
    [
        ("en", "en", "The patches stored in the newer 3.0 (quilt) source format must be fuzz "
         "free."),
        ("de", "en", "The patches stored in the newer 3.0 (quilt) source format must be "
         "fuzz-free."),
        ("ru", "de", "Die Patches, die in dem neuen Quellformat 3.0 (quilt) gespeichert werden, "
         "müssen frei von Fuzz sein."),
        ("en", "ru", "Патчи, хранящиеся в новом формате исходников 3.0 (quilt), должны быть "
         "свободны от fuzz."),
    ],
)  # fmt: skip
def test_without_rendered_by_free_of_is_no_negation(language, text_language, rendering):
    text = f"{CONTEXT[text_language]}{rendering} {CONTEXT[text_language]}"
    r = match_meaning(QUOTES[language], text, language=language, text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert NEGATION not in r.flags, r.reason


def test_not_free_still_differs_from_free_of():
    text = f"{CONTEXT['en']}The patches stored in the newer 3.0 (quilt) source format must not be "
    text += f"fuzz free. {CONTEXT['en']}"
    quote = "Patches kept in the new 3.0 (quilt) source format have to apply cleanly, with fuzz."
    r = match_meaning(quote, text, language="en", text_language="en")
    assert r.status == REWORDED, r.reason
    assert NEGATION in r.flags, r.reason

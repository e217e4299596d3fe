""" "The same" against "varies" (matching/sameness.py): a claim that a thing is the same, identical
or alike where its source says it varies or differs, in English, German and Russian, on
man-page prose (walk112's ch-opp-01-en), and true renderings that must stay unflagged."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.opposites import opposite_words
from sourcecheck.matching.sameness import sameness_varied

AROUND = {
    "en": ("This manual page describes how a computer is started. ",
           " The firmware runs first and loads the boot loader."),
    "de": ("Diese Handbuchseite beschreibt, wie ein Rechner gestartet wird. ",
           " Zuerst läuft die Firmware und lädt den Bootloader."),
    "ru": ("Эта страница руководства описывает, как запускается компьютер. ",
           " Сначала выполняется прошивка, которая загружает загрузчик."),
}  # fmt: skip
VARIES = {
    "en": "The boot process varies in its details among systems, but can be roughly divided "
    "into phases controlled by the following components.",
    "de": "Der Startvorgang unterscheidet sich in den Einzelheiten zwischen den Systemen, lässt "
    "sich aber grob in Phasen einteilen, die von den folgenden Komponenten gesteuert werden.",
    "ru": "Процесс загрузки различается в деталях от системы к системе, но его можно грубо "
    "разделить на этапы, которыми управляют следующие компоненты.",
}
SAME = {
    "en": "The boot process is the same in its details on all systems, but can be roughly "
    "divided into phases controlled by the following components.",
    "de": "Der Startvorgang ist in seinen Einzelheiten auf allen Systemen gleich, lässt sich "
    "aber grob in Phasen einteilen, die von den folgenden Komponenten gesteuert werden.",
    "ru": "Процесс загрузки одинаков в деталях на всех системах, но его можно грубо разделить "
    "на этапы, которыми управляют следующие компоненты.",
}


def _found(quote: str, language: str, passage_language: str, passage: str):
    before, after = AROUND[passage_language]
    return match_meaning(
        quote, before + passage + after, language=language, text_language=passage_language
    )


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_same_against_varies_in_one_language(language: str) -> None:
    found = sameness_varied(SAME[language], language, VARIES[language], language)
    assert found is not None
    r = _found(SAME[language], language, language, VARIES[language])
    assert r.status == "reworded" and "opposite" in r.flags, r.reason
    assert f"it says “{found[0]}” where the source says the opposite, “{found[1]}”" in r.reason


@pytest.mark.parametrize(
    ("language", "passage_language"), [("ru", "en"), ("de", "en"), ("en", "ru"), ("en", "de")]
)
def test_the_same_against_varies_across_languages(language: str, passage_language: str) -> None:
    r = _found(SAME[language], language, passage_language, VARIES[passage_language])
    assert r.status == "reworded" and "opposite" in r.flags, r.reason


@pytest.mark.parametrize(
    ("language", "passage_language"),
    [("en", "en"), ("de", "en"), ("ru", "en"), ("en", "de"), ("en", "ru"), ("ru", "ru")],
)
def test_varies_rendered_as_varies_or_differs_is_no_opposite(
    language: str, passage_language: str
) -> None:
    quote = {
        "en": "The boot process differs in its details from system to system, but can be "
        "divided roughly into phases that the following components control.",
        "de": VARIES["de"],
        "ru": "Процесс загрузки отличается в деталях на разных системах, но его можно "
        "примерно разделить на этапы, которыми управляют следующие компоненты.",
    }[language]
    r = _found(quote, language, passage_language, VARIES[passage_language])
    assert r.status == "reworded" and "opposite" not in r.flags, r.reason


def test_sameness_negated_or_said_of_another_thing_or_an_idiom_is_no_opposite() -> None:
    assert sameness_varied("The boot process is not the same on all systems.", "en",
                           VARIES["en"], "en") is None  # fmt: skip
    assert sameness_varied("Процесс загрузки не одинаков на всех системах.", "ru",
                           VARIES["ru"], "ru") is None  # fmt: skip
    assert sameness_varied("At the same time the firmware loads the boot loader.", "en",
                           VARIES["en"], "en") is None  # fmt: skip
    assert sameness_varied("Zur gleichen Zeit lädt die Firmware den Bootloader.", "de",
                           VARIES["de"], "de") is None  # fmt: skip
    assert sameness_varied("The version number is the same on all architectures.", "en",
                           "The file names differ.", "en") is None  # fmt: skip


def test_a_side_that_says_both_is_no_opposite() -> None:
    quote = "The boot process is the same on all systems, though its details vary."
    assert sameness_varied(quote, "en", VARIES["en"], "en") is None


def test_bare_words_are_read_by_the_word_matcher_s_check() -> None:
    assert opposite_words("same", "en", "varies", "en") == ("same", "varies")
    assert opposite_words("одинаков", "ru", "различается", "ru") == ("одинаков", "различается")

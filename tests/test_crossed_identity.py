""" "The same" against "different" across languages (matching/crossidentity.py), quantity
words shown as shared ("plenty" / "wenig": matching/crossquantities.py), and a negation on an
adjective ("commercial" / "non-commercial", "некоммерческий", "nichtkommerzielle":
matching/negprefix.py, facts/languages.py) on technical prose in English, German and Russian."""

from __future__ import annotations

import pytest

from sourcecheck.matching.crossidentity import crossed_identity
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.opposites import IDENTITY
from sourcecheck.matching.wordpairs import Alignment, WordPair

AROUND = {
    "en": ("The Debian project is an association of individuals who share a common goal. ",
           " Every package in the archive has a maintainer who takes care of it."),
    "de": ("Das Debian-Projekt ist eine Vereinigung von Einzelpersonen mit einem gemeinsamen "
           "Ziel. ", " Jedes Paket im Archiv hat einen Betreuer, der sich darum kümmert."),
    "ru": ("Проект Debian — это объединение людей с общей целью. ",
           " У каждого пакета в архиве есть сопровождающий, который о нём заботится."),
}  # fmt: skip
SAME = "All architectures must build the package with the same version number."


def _found(quote: str, passage: str, language: str, quote_language: str = "en"):
    before, after = AROUND[language]
    return match_meaning(
        quote, before + passage + after, language=quote_language, text_language=language
    )


@pytest.mark.parametrize(
    ("language", "passage", "word"),
    [("de", "Alle Architekturen müssen das Paket mit einer anderen Versionsnummer bauen.",
      "anderen"),
     ("de", "Alle Architekturen müssen das Paket mit verschiedenen Versionsnummern bauen.",
      "verschiedenen"),
     ("ru", "Все архитектуры должны собирать пакет с другим номером версии.", "другим"),
     ("ru", "Все архитектуры должны собирать пакет с иным номером версии.", "иным")],
)  # fmt: skip
def test_the_same_against_a_different_one_across_languages_is_opposite(
    language: str, passage: str, word: str
) -> None:
    r = _found(SAME, passage, language)
    assert r.status == "reworded" and "opposite" in r.flags
    assert f"it says “same” where the source says the opposite, “{word}”" in r.reason


@pytest.mark.parametrize(
    ("language", "passage"),
    [("de", "Alle Architekturen müssen das Paket mit derselben Versionsnummer bauen."),
     ("de", "Alle Architekturen müssen das Paket mit der gleichen Versionsnummer bauen."),
     ("ru", "Все архитектуры должны собирать пакет с одинаковым номером версии."),
     ("ru", "Все архитектуры должны собирать пакет с тем же номером версии.")],
)  # fmt: skip
def test_the_same_rendered_as_the_same_is_no_opposite(language: str, passage: str) -> None:
    r = _found(SAME, passage, language)
    assert r.status == "reworded" and r.flags == []


def test_different_against_the_same_in_russian_and_german_both_ways() -> None:
    r = _found("Each architecture builds the package with a different version number.",
               "Каждая архитектура собирает пакет с одинаковым номером версии.", "ru")  # fmt: skip
    assert "opposite" in r.flags
    assert not any("одинаков" in w for w in r.evidence.shared_words)
    r = _found("Все архитектуры должны собирать пакет с одинаковым номером версии.",
               "Alle Architekturen müssen das Paket mit einer anderen Versionsnummer bauen.",
               "de", quote_language="ru")  # fmt: skip
    assert "opposite" in r.flags


def test_identity_words_tied_to_other_things_or_negated_are_no_opposite() -> None:
    same = (IDENTITY.one, IDENTITY.other)
    quote, passage = (
        "They use the same version on all machines.",
        "Andere Rechner nutzen eine Version.",
    )
    version = WordPair("version", quote.index("version"), "Version", passage.index("Version"), 0.9)
    machines = WordPair("machines", quote.index("machines"), "Rechner", 7, 0.8)
    # "the same" qualifies the version, "andere" the machines: no tie
    assert crossed_identity(quote, "en", passage, "de", Alignment(2, (version, machines)),
                            same) is None  # fmt: skip
    tied = "Sie nutzen eine andere Version."
    moved = WordPair("version", version.quote_at, "Version", tied.index("Version"), 0.9)
    assert crossed_identity(quote, "en", tied, "de", Alignment(1, (moved,)), same) == (
        "same", "andere")  # fmt: skip
    # "nicht dieselbe" says "a different" (the negation check reads that)
    negated = "Sie nutzen nicht dieselbe Version."
    moved = WordPair("version", 22, "Version", negated.index("Version"), 0.9)
    assert crossed_identity("They use a different version.", "en", negated, "de",
                            Alignment(1, (moved,)), same) is None  # fmt: skip


@pytest.mark.parametrize(
    ("language", "passage", "word"),
    [("de", "Es gibt wenig Dokumentation für neue Betreuer auf der Webseite.", "wenig"),
     ("ru", "На сайте мало документации для новых сопровождающих.", "мало")],
)  # fmt: skip
def test_plenty_against_little_is_an_opposite_and_no_shared_word(
    language: str, passage: str, word: str
) -> None:
    r = _found("There is plenty of documentation for new maintainers on the website.", passage,
               language)  # fmt: skip
    assert "opposite" in r.flags
    assert f"plenty/{word}" not in r.evidence.shared_words


@pytest.mark.parametrize(
    ("language", "passage"),
    [("en", "Debian is a non-commercial distribution maintained by volunteers."),
     ("en", "Debian is not a commercial distribution and is maintained by volunteers."),
     ("de", "Debian ist keine kommerzielle Distribution und wird von Freiwilligen betreut."),
     ("de", "Debian ist eine nichtkommerzielle Distribution, die Freiwillige betreuen."),
     ("ru", "Debian — некоммерческий дистрибутив, который поддерживают добровольцы.")],
)  # fmt: skip
def test_a_negated_adjective_is_flagged_by_the_meaning_stage(language: str, passage: str) -> None:
    r = _found("Debian is a commercial distribution maintained by volunteers.", passage, language)
    assert r.status == "reworded" and "negation" in r.flags


def test_the_adjective_rendered_as_it_is_is_no_negation() -> None:
    quote = "Debian is a commercial distribution maintained by volunteers."
    r = _found(quote, "Debian — коммерческий дистрибутив, который поддерживают добровольцы.", "ru")
    assert r.status == "reworded" and r.flags == []


@pytest.mark.parametrize(
    ("language", "quote", "passage"),
    [("en", "The software may be used for commercial purposes without restriction.",
      "The software may be used for non-commercial purposes without restriction."),
     ("de", "Debian ist eine kommerzielle Distribution, die von Freiwilligen betreut wird.",
      "Debian ist eine nichtkommerzielle Distribution, die von Freiwilligen betreut wird."),
     ("de", "Debian ist eine kommerzielle Distribution, die von Freiwilligen betreut wird.",
      "Debian ist eine nicht kommerzielle Distribution, die von Freiwilligen betreut wird."),
     ("ru", "Debian — коммерческий дистрибутив, который поддерживают добровольцы со всего мира.",
      "Debian — некоммерческий дистрибутив, который поддерживают добровольцы со всего мира.")],
)  # fmt: skip
def test_the_word_matcher_flags_a_negation_added_before_an_adjective(
    language: str, quote: str, passage: str
) -> None:
    before, after = AROUND[language]
    r = match_quote(quote, before + passage + after, language=language)
    assert r.status in ("close", "partial") and "negation" in r.flags

"""A compound negated by a hyphenated prefix ("non-Debian-specific", "Nicht-Mitglieder")
negates on its side: a rendering that says its part affirmed differs, one that negates it
agrees (matching/negcompounds.py, matching/negation.py). Passages written for the tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negcompounds import compound_pair, negated_compound
from sourcecheck.matching.wordpairs import Alignment

FILL = {
    "en": "The weather that spring was cold and wet. Many farmers lost their harvest. ",
    "de": "Das Wetter war in jenem Frühjahr kalt und nass. Viele Bauern verloren ihre Ernte. ",
    "ru": "Весна в тот год была холодной и сырой. Многие крестьяне потеряли урожай. ",
}
USERS_EN = "Users should post non-Debian-specific questions to one of the Linux USENET groups."
MEMBERS_DE = "Die Versammlung der Nicht-Mitglieder des Vereins fand im Rathaus der Stadt statt."
PACKAGES_RU = "Вопросы о пакетах Debian задавайте в списке рассылки debian-user."


def _flags(quote: str, language: str, passage: str, text_language: str) -> list[str]:
    text = FILL[text_language] + passage + " " + FILL[text_language]
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED
    return [f for f in result.flags if f not in ("elided", "interpolated")]


def test_a_hyphenated_negating_prefix_is_read_with_what_it_denies() -> None:
    assert negated_compound("non-Debian-specific", "en") == "Debian-specific"
    assert negated_compound("Nicht-Mitglieder", "de") == "Mitglieder"
    assert negated_compound("не-Debian", "ru") == "Debian"
    assert negated_compound("nonsense", "en") is None  # no hyphen: no certain prefix
    assert negated_compound("union-based", "en") is None


@pytest.mark.parametrize(
    ("quote", "languages", "passage", "differs"),
    [
        ("вопросы, относящиеся к Debian", "ru en", "non-Debian-specific questions", True),
        ("вопросы, не относящиеся к Debian", "ru en", "non-Debian-specific questions", False),
        ("questions about non-Debian packages", "en ru", "Вопросы о пакетах Debian", True),
        ("non-Debian packages", "en ru", "пакеты, не входящие в Debian", False),
        ("not a non-Debian question", "en ru", "вопрос о Debian", False),  # negated twice
        ("main, contrib and non-free", "en de", "main, contrib und non-free", False),  # a name
        ("die nicht-englische Dokumentation", "de en", "the non-English documentation", False),
        ("in a language other than English", "en en", "in a non-English environment", False),
        ("in an English environment", "en en", "in a non-English environment", True),
        ("Fragen außer zu Debian", "de en", "non-Debian questions", False),
        ("Fragen zu Debian-Paketen", "de en", "questions on non-Debian packages", True),
    ],
)
def test_a_part_of_the_compound_said_affirmed_on_the_other_side_differs(
    quote: str, languages: str, passage: str, differs: bool
) -> None:
    ql, pl = languages.split()
    pair = compound_pair(quote, ql, passage, pl, Alignment(1, ()))
    assert (pair is not None) == differs
    if pair is not None:
        assert "-" in pair.quote + pair.passage  # the compound is one of the pair


@pytest.mark.parametrize(
    ("quote", "language", "passage", "text_language", "flagged"),
    [
        (
            "Пользователи могут отправлять вопросы, относящиеся к Debian, в одну из групп "
            "Linux USENET.",
            "ru", USERS_EN, "en", True,
        ),
        (
            "Пользователи могут отправлять вопросы, не относящиеся к Debian, в одну из групп "
            "Linux USENET.",
            "ru", USERS_EN, "en", False,
        ),
        (
            "Benutzer sollten Debian-spezifische Fragen in eine der Linux-Gruppen im USENET "
            "schicken.",
            "de", USERS_EN, "en", True,
        ),
        (
            "The meeting of those who were not members of the club took place in the town hall.",
            "en", MEMBERS_DE, "de", False,
        ),
        ("Собрание тех, кто не был членом клуба, прошло в ратуше города.",
         "ru", MEMBERS_DE, "de", False),
        ("Ask questions about non-Debian packages on the debian-user mailing list.",
         "en", PACKAGES_RU, "ru", True),
        ("Ask questions about Debian packages on the debian-user mailing list.",
         "en", PACKAGES_RU, "ru", False),
    ],
)  # fmt: skip
def test_a_negated_compound_is_a_negation_of_its_side_in_the_meaning_stage(
    quote: str, language: str, passage: str, text_language: str, flagged: bool
) -> None:
    assert ("negation" in _flags(quote, language, passage, text_language)) == flagged

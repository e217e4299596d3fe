"""Paragraphs a translation left in the quote's language (matching/untranslated.py): an
untranslated passage that says something else (another release, another number) does not
beat the translation that agrees, in the meaning stage nor in the word stage's ``close``."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.matching.meaning import MeaningResult, match_meaning
from sourcecheck.matching.untranslated import (
    replaces_close,
    skipped_units,
    translated_instead,
    untranslated_close,
)
from sourcecheck.matching.vectors import text_units
from sourcecheck.models import Claim, MatchResult, Source, Span
from sourcecheck.records.catalog import add_claim, add_source, attach_text
from sourcecheck.verify import verify

# A project's history in Russian whose later releases the translators left in English.
RUSSIAN = """\
Глава 3. Выпуски

Выпуск 4.0 вышел в марте 2019 года под кодовым именем Орион. В нём появились новая система \
сборки пакетов и поддержка архитектуры arm64.

Подробнее о новых возможностях этого выпуска см. раздел «Что нового в версии 4.0» в \
примечаниях к выпуску Орион.

Выпуск 4.1 исправил ошибки установщика и обновил ядро.

Release 5.0, code-named Vega, came out in June 2021. It replaced the old text installer with \
a graphical one and dropped support for the i386 architecture.

For more details on the new features of this release, see the What's new in version 5.0 \
section of the Vega release notes.

Release 6.0, code-named Lyra, came out in May 2023.

Perl 5.36

For more details on the new features of this release, see the What's new in version 6.0 \
section of the Lyra release notes.
"""
GERMAN = """\
Kapitel 3. Veröffentlichungen

Version 4.0 erschien im März 2019 unter dem Codenamen Orion. Sie brachte ein neues System \
zum Bauen der Pakete und die Unterstützung der Architektur arm64.

Weitere Informationen über die Neuerungen dieser Veröffentlichung finden Sie im Abschnitt \
„Was ist neu in Version 4.0“ der Hinweise zur Veröffentlichung von Orion.

Version 4.1 behob Fehler des Installationsprogramms und aktualisierte den Kernel.

Release 5.0, code-named Vega, came out in June 2021. It replaced the old text installer with \
a graphical one and dropped support for the i386 architecture.

For more details on the new features of this release, see the What's new in version 5.0 \
section of the Vega release notes.

Release 6.0, code-named Lyra, came out in May 2023.

For more details on the new features of this release, see the What's new in version 6.0 \
section of the Lyra release notes.
"""
# the claim: the note on release 4.0, quoted in English (the original's words)
NOTE = (
    "For more details on the new features of this release, see the What's new in version 4.0 "
    "section of the Orion release notes."
)


def _units_of(text: str, language: str, skip) -> list[str]:
    spans = text_units(text, language).spans
    return [text[a:b] for (a, b), s in zip(spans.tolist(), skip.tolist(), strict=True) if s]


@pytest.mark.parametrize("text, language", [(RUSSIAN, "ru"), (GERMAN, "de")])
def test_the_paragraphs_in_the_quotes_language_are_the_untranslated_ones(text, language):
    skip = skipped_units(text, language, "en")
    assert skip is not None
    skipped = _units_of(text, language, skip)
    assert any(u.startswith("Release 5.0, code-named Vega") for u in skipped)
    assert any("Lyra release notes" in u for u in skipped)
    assert not any("Orion" in u or "Орион" in u for u in skipped)  # the translation stays
    assert "Perl 5.36" not in skipped  # a name and a number are no language
    assert skipped_units(text, language, language) is None  # the quote in the text's language
    assert skipped_units(text, language, "ru" if language == "de" else "de") is None


def test_russian_paragraphs_left_in_an_english_text_for_a_russian_quote():
    english = (
        "Chapter 1. The founders\n\nThe project was founded in 1993 by a student.\n\n"
        "Проект был основан в 1993 году студентом университета.\n"
    )
    skip = skipped_units(english, "en", "ru")
    assert skip is not None and _units_of(english, "en", skip) == [
        "Проект был основан в 1993 году студентом университета."
    ]


@pytest.mark.parametrize(
    "text, language, start",
    [
        (RUSSIAN, "ru", "Подробнее о новых возможностях"),
        (GERMAN, "de", "Weitere Informationen über die Neuerungen"),
    ],
)
def test_the_translation_that_agrees_beats_the_untranslated_paragraph(text, language, start):
    result = match_meaning(NOTE, text, language="en", text_language=language)
    assert result.status == "reworded" and result.span is not None
    assert result.span.slice(text).startswith(start)
    assert not {"number", "name"} & set(result.flags)
    assert "a passage left untranslated, in English like the quote" in result.reason
    assert "but differs there (" in result.reason and "number" in result.reason.split("differs")[-1]
    # without the rule (a language no paragraph is in: nothing skipped, no second search)
    # the untranslated note of another release wins, flagged
    kept = match_meaning(NOTE, text, language="en", text_language=language, skip_language="xx")
    assert kept.span is not None and "Vega" in kept.span.slice(text)
    assert {"number", "name"} & set(kept.flags)


def _result(status: str, span: Span, flags: list[str], language: str = "ru") -> MeaningResult:
    return MeaningResult(status, 80.0, 1, span=span, flags=flags, language=language)


def _untranslated_span() -> Span:
    start = RUSSIAN.index(
        "For more details on the new features of this release, see the What's new in version 5.0"
    )
    return Span(start, RUSSIAN.index("\n", start))


def test_an_untranslated_passage_that_says_the_quote_stays():
    first = _result("reworded", _untranslated_span(), [])

    def never() -> MeaningResult:
        raise AssertionError("searched again")

    assert translated_instead(first, "en", RUSSIAN, never, str) is first


def test_a_flagged_translation_does_not_replace_a_flagged_untranslated_passage():
    first = _result("reworded", _untranslated_span(), ["number"])
    translation = Span(RUSSIAN.index("Подробнее"), RUSSIAN.index("Орион.\n\nВыпуск 4.1"))
    flagged = _result("reworded", translation, ["negation"])
    assert translated_instead(first, "en", RUSSIAN, lambda: flagged, str) is first
    clean = _result("reworded", translation, [])
    taken = translated_instead(first, "en", RUSSIAN, lambda: clean, str)
    assert taken is clean and "differs there (number)" in taken.reason
    # a rejected untranslated passage gives way to any rendering found in the translation
    rejected = MeaningResult("not_found", 61.0, 1, candidate=_untranslated_span(), language="ru")
    assert translated_instead(rejected, "en", RUSSIAN, lambda: flagged, str) is flagged
    assert "was rejected as its rendering" in flagged.reason
    # a passage of the translation, rejected or flagged, is not searched again
    there = _result("reworded", translation, ["number"])
    assert translated_instead(there, "en", RUSSIAN, lambda: clean, str) is there


def test_a_close_word_result_in_an_untranslated_paragraph_is_looked_at_again():
    said = "found at line 15 with 2 differences: number “4.0” → “5.0”"
    close = MatchResult("close", 94.0, 1, flags=["number", "name"], reason=said)
    english = "For more details, see the What's new in version 5.0 section of the release notes."
    assert untranslated_close(close, english, "ru")
    assert untranslated_close(close, english, "de")
    assert not untranslated_close(close, english, "en")  # the text's own language
    assert not untranslated_close(close, "Подробнее см. раздел «Что нового в версии 5.0».", "ru")
    plain = MatchResult("close", 94.0, 1, flags=["word_changed"])
    assert not untranslated_close(plain, english, "ru")  # no checkable difference
    assert not untranslated_close(MatchResult("verbatim", 100.0, 1), english, "ru")


def test_only_a_translation_that_agrees_replaces_the_close_result():
    said = "found at line 15 with 1 difference: number “4.0” → “5.0”"
    close = MatchResult("close", 94.0, 1, flags=["number"], reason=said)
    found = match_meaning(NOTE, RUSSIAN, language="en", text_language="ru", text_id=1)
    assert replaces_close(close, found)
    assert "is close (score 94) at line 15 with 1 difference: number “4.0” → “5.0”" in found.reason
    other_text = match_meaning(NOTE, RUSSIAN, language="en", text_language="ru", text_id=2)
    assert not replaces_close(close, other_text)
    flagged = match_meaning(NOTE, RUSSIAN, language="en", text_language="ru", text_id=1)
    flagged.flags.append("date")
    assert not replaces_close(close, flagged)


def test_verify_takes_the_translation_over_the_close_untranslated_note(db, tmp_path: Path):
    path = tmp_path / "history-ru.txt"
    path.write_text(RUSSIAN, encoding="utf-8")
    add_source(db, Source("history-ru", "A history of the project (Russian)", kind="book"))
    attach_text(db, "history-ru", path, language="ru")
    add_claim(db, Claim("note-4", NOTE, source_id="history-ru"))
    [words] = verify(db, meaning=None).verdicts  # the words alone: the 5.0 note, close
    assert words.result.status == "close" and "number" in words.result.flags
    assert words.result.span is not None and "Vega" in words.result.span.slice(RUSSIAN)
    [verdict] = verify(db).verdicts
    result = verdict.result
    assert result.status == "reworded" and result.span is not None
    assert result.span.slice(RUSSIAN).startswith("Подробнее о новых возможностях")
    assert "number" not in result.flags and "name" not in result.flags
    assert "by words, a passage left untranslated, in English like the quote, is close" in (
        result.reason
    )

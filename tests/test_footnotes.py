"""Footnote marks (facts/footnotes.py): "[56]" is a note's number, no figure, on either side,
at the word stage and the meaning stage; an identifier's possessive ("help2man's") is the
identifier (facts/identifiers.py)."""

from __future__ import annotations

import pytest

from sourcecheck.facts.footnotes import footnote_spans, is_footnote_mark
from sourcecheck.facts.identifiers import differing_identifiers
from sourcecheck.facts.languages import read_numbers_in
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import REWORDED, match_meaning

NOTES = """Notes

[54] The upstream tarball may be signed; check the signature before you build anything from it.

[55] Most packages keep their configuration under /etc, and only the administrator may change it.

[56] Some tools write a placeholder manual page that claims the full documentation is in the
info system.

[57] A library package must not ship static archives unless another package needs them to link.

[58] Note that txt2man's generated page lists the options in the order the program prints them.
"""
"""A book's notes, each after its mark (the Debian New Maintainers' Guide: walk111)."""


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "[56] Note that 3 tools write a page[57] of 12 lines in [1918].", [3, 12, 1918]),
        ("de", "[56] Beachten Sie: 3 Werkzeuge schreiben eine Seite[57] mit 12 Zeilen.", [3, 12]),
        ("ru", "[56] Заметим, что 3 инструмента пишут страницу[57] из 12 строк.", [3, 12]),
    ],
)  # fmt: skip
def test_the_number_readers_skip_footnote_marks_but_not_figures(language, text, values):
    assert [n.value for n in read_numbers_in(text, language)] == values


def test_a_mark_is_up_to_three_digits_alone_in_square_brackets():
    text = "page[56] and [1918] and [3 men] and (57) and [999]"
    assert [text[a:b] for a, b in footnote_spans(text)] == ["56", "999"]
    assert is_footnote_mark(text, 5, 7) and not is_footnote_mark(text, 14, 18)


def test_an_identifiers_possessive_is_the_identifier():
    assert differing_identifiers(["help2man", "info"], ["help2man's", "info"]) == ((), ())
    assert differing_identifiers(["man2html"], ["txt2man’s"]) == (("man2html",), ("txt2man’s",))


@pytest.mark.parametrize(
    ("language", "quote", "source"),
    [
        (
            "en",
            "You can use the help2man command to generate a man page out of the --help output.",
            "Tools.\nYou can use the help2man command to generate a man page[56] out of the "
            "--help output.\nMore.",
        ),
        (
            "de",
            "Sie können den Befehl help2man verwenden, um eine Handbuchseite aus der Ausgabe von "
            "--help zu erzeugen.",
            "Werkzeuge.\nSie können den Befehl help2man verwenden, um eine Handbuchseite[56] aus "
            "der Ausgabe von --help zu erzeugen.\nMehr.",
        ),
        (
            "ru",
            "Можно использовать команду help2man, чтобы создать страницу руководства из вывода "
            "--help.",
            "Инструменты.\nМожно использовать команду help2man, чтобы создать страницу[56] "
            "руководства из вывода --help.\nДалее.",
        ),
    ],
)
def test_the_word_matcher_does_not_read_a_sources_mark_as_a_changed_number(language, quote, source):
    r = match_quote(quote, source, language=language)
    assert r.status == "close", r.reason
    assert "number" not in r.flags
    assert [(d.kind, d.source) for d in r.differences] == [("missing", "56")]


def test_the_word_matcher_still_reads_a_number_the_quote_changed():
    source = "Tools.\nYou can use it to generate 56 man pages[56] out of the output.\nMore."
    r = match_quote("You can use it to generate 57 man pages out of the output.", source)
    assert "number" in r.flags, r.reason


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        (
            "ru",
            "Многие инструменты создают страницу руководства-заглушку, в которой утверждается, "
            "что полная документация находится в системе info.",
        ),
        (
            "de",
            "Viele Werkzeuge erzeugen eine Platzhalter-Handbuchseite, die behauptet, die "
            "vollständige Dokumentation sei im Info-System.",
        ),
        (
            "en",
            "Many utilities produce a stub manual page saying that the complete documentation "
            "lives in the info system.",
        ),
    ],
)
def test_a_notes_mark_is_no_number_at_the_passage_found_by_meaning(language, quote):
    # the quote's "many" against the mark "56" was "a number on one side only"
    r = match_meaning(quote, NOTES, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and r.span.slice(NOTES).startswith("[56] Some tools")
    assert "number" not in r.flags, r.reason
    assert "56" not in r.reason


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        (
            "ru",
            "Заметим, что созданная txt2man страница перечисляет параметры в том порядке, в "
            "котором их выводит программа.",
        ),
        (
            "de",
            "Beachten Sie, dass die von txt2man erzeugte Seite die Optionen in der Reihenfolge "
            "aufführt, in der das Programm sie ausgibt.",
        ),
        (
            "en",
            "The page made by txt2man lists the options in the same order as the program "
            "prints them.",
        ),
    ],
)
def test_a_tool_named_with_its_possessive_is_the_same_tool(language, quote):
    r = match_meaning(quote, NOTES, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "txt2man's" in r.span.slice(NOTES)
    assert "number" not in r.flags, r.reason


def test_another_tool_in_its_place_is_still_flagged():
    quote = (
        "Заметим, что созданная man2html страница перечисляет параметры в том порядке, в "
        "котором их выводит программа."
    )
    r = match_meaning(quote, NOTES, language="ru", text_language="en")
    assert r.status == REWORDED and "number" in r.flags, r.reason
    assert "man2html" in r.reason and "txt2man's" in r.reason

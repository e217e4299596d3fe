"""A code the quote prints and the text prints once places the quote there
(matching/uniquecode.py): a rendering of a manual's example that stands hardly above the
passages around it is no topic match when its file name is printed nowhere else; a quote that
opens with a manual's options is placed at the text's one entry of them (walk112 rt-ru-en-06,
xc-de-en-03)."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.uniquecode import (
    at_entry,
    code_placed,
    codes,
    entry_names,
    entry_placed,
    entry_span,
)
from sourcecheck.models import Span

GUIDE_EN = """Upstream versions

The upstream tarball of the example is gentoo-0.9.12.tar.gz, and the Debian package built from
it is gentoo_0.9.12-1.
Unpack gentoo-0.9.12.tar.gz in a new directory and run dh_make there.
The version of the Debian package is the upstream version gentoo-0.9.12 followed by a revision.
One tricky case occurs when upstream releases gentoo-0.9.12-ReleaseCandidate-99.tar.gz as the
pre-release of gentoo-0.9.12.tar.gz.
You need to make sure that the upgrade works properly by renaming the upstream source to
gentoo-0.9.12~rc99.tar.gz.
When gentoo-0.9.13.tar.gz comes out, the watch file finds it and uscan downloads it.
If gentoo-0.9.12.tar.gz is signed, check its signature before you build anything.
"""
GUIDE_DE = """Upstream-Versionen

Der Upstream-Tarball des Beispiels ist gentoo-0.9.12.tar.gz, und das daraus gebaute
Debian-Paket ist gentoo_0.9.12-1.
Entpacken Sie gentoo-0.9.12.tar.gz in einem neuen Verzeichnis und rufen Sie dort dh_make auf.
Die Version des Debian-Pakets ist die Upstream-Version gentoo-0.9.12, gefolgt von einer
Revision.
Ein kniffliger Fall tritt ein, wenn die Originalautoren
gentoo-0.9.12-ReleaseCandidate-99.tar.gz als Vorabveröffentlichung von gentoo-0.9.12.tar.gz
herausgeben.
Sie müssen dafür sorgen, dass die Aktualisierung richtig funktioniert, indem Sie die Quelle in
gentoo-0.9.12~rc99.tar.gz umbenennen.
Wenn gentoo-0.9.13.tar.gz erscheint, findet die watch-Datei es und uscan lädt es herunter.
Falls gentoo-0.9.12.tar.gz signiert ist, prüfen Sie die Signatur, bevor Sie etwas bauen.
"""
"""A guide whose example's name is on every line (the Debian New Maintainers' Guide: walk111)."""


def test_codes_are_names_with_digits_dots_slashes_or_underscores_inside():
    text = "См. /usr/share/doc, «dh_auto_configure» и gentoo-0.9.12.tar.gz; версия 0.9.12, 1918."
    assert codes(text) == ["/usr/share/doc", "dh_auto_configure", "gentoo-0.9.12.tar.gz"]
    assert codes("Die Datei a/b und Version 2.6.32.") == []  # too short to place anything


def test_a_code_places_the_quote_only_where_the_text_prints_it_once():
    at = GUIDE_EN.index("One tricky case")
    span = Span(at, GUIDE_EN.index("\n", at))
    assert code_placed("… gentoo-0.9.12-ReleaseCandidate-99.tar.gz …", GUIDE_EN, span)
    assert not code_placed("… gentoo-0.9.12.tar.gz …", GUIDE_EN, span)  # on many lines
    assert not code_placed("… gentoo-0.9.12-ReleaseCandidate-99.tar.gz …", GUIDE_EN,
                           Span(0, at))  # fmt: skip


@pytest.mark.parametrize(
    ("language", "quote"),
    [
        (
            "ru",
            "Иногда бывает, что автор выпускает предварительную версию gentoo-0.9.12.tar.gz с "
            "именем gentoo-0.9.12-ReleaseCandidate-99.tar.gz.",
        ),  # walk111 xc-ru-en-03
        (
            "de",
            "Manchmal kommt es vor, dass der Autor eine Vorabversion von gentoo-0.9.12.tar.gz "
            "unter dem Namen gentoo-0.9.12-ReleaseCandidate-99.tar.gz veröffentlicht.",
        ),
    ],
)
def test_a_restructured_rendering_is_placed_by_its_file_name(language, quote):
    r = match_meaning(quote, GUIDE_EN, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "One tricky case" in r.span.slice(GUIDE_EN)
    assert "placed the quote here" in r.reason


def test_an_english_rendering_finds_the_german_guides_sentence():
    quote = (
        "Sometimes the author puts out a preview of gentoo-0.9.12.tar.gz under the name "
        "gentoo-0.9.12-ReleaseCandidate-99.tar.gz."
    )
    r = match_meaning(quote, GUIDE_DE, language="en", text_language="de")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "kniffliger Fall" in r.span.slice(GUIDE_DE)


def test_the_file_name_alone_does_not_make_another_statement_a_rendering():
    quote = (
        "Архив gentoo-0.9.12-ReleaseCandidate-99.tar.gz был удалён с сервера из-за ошибки в "
        "лицензии."
    )
    r = match_meaning(quote, GUIDE_EN, language="ru", text_language="en")
    assert r.status == "not_found", r.reason


CAT = """NAME
       cat - concatenate files and print on the standard output

DESCRIPTION
       Concatenate FILE(s) to standard output.

       -A, --show-all
              equivalent to -vET

       -b, --number-nonblank
              number nonempty output lines, overrides -n

       -E, --show-ends
              display $ at end of each line

       -n, --number
              number all output lines

       -s, --squeeze-blank
              suppress repeated empty output lines

       -T, --show-tabs
              display TAB characters as ^I

       --color[=WHEN]
              color the output WHEN; more info below

       -v, --show-nonprinting
              use ^ and M- notation, except for LFD and TAB

   Using color
       Using color to distinguish file types is disabled both by default and with --color=never.
       With --color=auto, cat emits color codes only when standard output is connected to a
       terminal.
"""
"""A manual page's entries, written after cat(1) and ls(1): every entry an option and a few
words, all alike."""
LS_S = """       -s, --size
              print the allocated size of each file, in blocks
"""


def test_an_entry_is_a_quote_opening_with_options_bare_or_with_a_placeholder():
    assert entry_names("-s, --squeeze-blank: never print two blank lines") == {
        "-s", "--squeeze-blank"
    }  # fmt: skip
    assert entry_names("--width=COLS set output width") == {"--width"}
    assert entry_names("--quoting-style=СЛОВО использовать стиль СЛОВО") == {"--quoting-style"}
    assert entry_names("--color[=WANN] Steuerung, wann Farbe eingesetzt wird") == {"--color"}
    # a value, not a placeholder: a sentence about the option; an option not at the start
    assert entry_names("--color=auto makes cat emit color codes") == frozenset()
    assert entry_names("With -s, cat squeezes blank lines") == frozenset()


def test_the_texts_entry_is_the_one_line_opening_with_the_options():
    span = entry_span("-s, --squeeze-blank: never print two blank lines", CAT)
    assert span is not None
    assert span.slice(CAT).split() == ["-s,", "--squeeze-blank", "suppress", "repeated",
                                       "empty", "output", "lines"]  # fmt: skip
    color = entry_span("--color[=КОГДА] раскрашивать вывод", CAT)  # not "--color=never"
    assert color is not None and "color the output WHEN" in color.slice(CAT)
    assert entry_span("-x, --extra: something", CAT) is None  # no such entry
    # two pages with "-s": it names no one entry; "--squeeze-blank" still does
    assert entry_span("-s: print sizes", CAT + LS_S) is None
    assert entry_span("-s, --squeeze-blank: one blank line", CAT + LS_S) is not None


def test_entry_placed_and_only_candidates_at_the_entry():
    quote = "--color[=WANN] Steuerung, wann Farbe eingesetzt wird"
    entry = CAT.index("--color[=WHEN]")
    prose = CAT.index("Using color to")
    assert entry_placed(quote, CAT, Span(entry, entry + 40))
    assert not entry_placed(quote, CAT, Span(prose, prose + 60))

    class Passage:
        def __init__(self, start: int) -> None:
            self.span = Span(start, start + 40)

    class Candidate:
        def __init__(self, start: int) -> None:
            self.passage = Passage(start)

    found = at_entry(quote, CAT, [Candidate(prose), Candidate(entry)])
    assert [c.passage.span.start for c in found] == [entry]
    assert len(at_entry("Farbe wird eingesetzt", CAT, [Candidate(prose)])) == 1  # no entry


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("-s, --squeeze-blank: suppress repeated blank lines in the output", "en"),
        ("-s, --squeeze-blank wiederholte leere Ausgabezeilen unterdrücken", "de"),
        ("-s, --squeeze-blank подавлять повторяющиеся пустые строки вывода", "ru"),
    ],
)
def test_a_rendered_entry_is_reworded_at_its_entry(quote, language):
    r = match_meaning(quote, CAT, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "suppress repeated" in r.span.slice(CAT)


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        # walk112 xc-de-en-03: the German says more than the English entry, and the vectors
        # put it at the paragraph on colors and file types (flagged there: "never")
        ("--color[=WANN] Steuerung, wann Farbe zum Unterscheiden der Dateitypen eingesetzt "
         "wird; mehr dazu nachfolgend", "de"),
        ("--color[=КОГДА] управлять тем, когда цвет используется для различения типов "
         "файлов; подробнее ниже", "ru"),
    ],
)  # fmt: skip
def test_an_entry_is_judged_at_its_entry_never_at_a_paragraph_on_its_topic(quote, language):
    r = match_meaning(quote, CAT, language=language, text_language="en")
    entry = CAT.index("--color[=WHEN]")
    at = r.span if r.status == REWORDED else r.candidate
    assert at is not None and at.start <= entry + 2 < at.end, r.reason
    assert "Using color to" not in at.slice(CAT)


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("-s, --squeeze-blank: delete every file in the current directory", "en"),
        ("-s, --squeeze-blank löscht alle Dateien im aktuellen Verzeichnis", "de"),
        ("-s, --squeeze-blank удаляет все файлы в текущем каталоге", "ru"),
    ],
)
def test_an_entrys_options_alone_make_no_rendering(quote, language):
    r = match_meaning(quote, CAT, language=language, text_language="en")
    assert r.status == "not_found", r.reason


def test_a_sentence_about_an_option_is_found_where_the_text_says_it():
    r = match_meaning("--color=auto makes cat emit color codes only when its output is a "
                      "terminal", CAT, language="en", text_language="en")  # fmt: skip
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "With --color=auto" in r.span.slice(CAT)

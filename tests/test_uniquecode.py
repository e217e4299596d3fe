"""A code the quote prints and the text prints once places the quote there
(matching/uniquecode.py): a rendering of a manual's example that stands hardly above the
passages around it is no topic match when its file name is printed nowhere else."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.uniquecode import code_placed, codes
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

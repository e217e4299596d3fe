"""Words hyphenated across a line break (a man page's "direc‐\\n   tory", a scanned book's
"Bol-\\nsheviks") are read whole by the meaning stage, as the word matcher reads them: their
dictionary counterparts, their stems and the text that is embedded (linebreaks.unbroken)."""

from __future__ import annotations

import pytest

from sourcecheck.linebreaks import unbroken
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.stems import content_stems
from sourcecheck.matching.vectors import flat_text, raw_words
from sourcecheck.models import excerpt

# A man page as `man -l | col -b` prints it: words hyphenated (U+2010) at the right margin.
MAN_PAGE = """HIER(7)

NAME
       hier - description of the file system hierarchy

DESCRIPTION
       /var/tmp
              Like /tmp, this directory holds temporary files stored for an unspec\u2010
              ified duration.  The files in this direc\u2010
              tory are usually removed when the machine restarts, or by a job
              run regularly by the scheduler.

       /var/log
              Miscellaneous log files written by the daemons of the sys\u2010
              tem, rotated weekly by a program of the administrator.
"""


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("direc\u2010\n              tory", "directory"),
        ("Bol-\nsheviks", "Bolsheviks"),
        ("Schnittstel\u00ad\n   len", "Schnittstellen"),
        ("боль-\nшевики", "большевики"),
        ("the anti-\nBolshevik Party", "the anti-Bolshevik Party"),  # a capital: a compound
        ("(1478-\n     1507)", "(1478-\n     1507)"),  # a range of years, not a word
        ("the kind--\n     permanent", "the kind--\n     permanent"),  # a dash
        ("a well-known line", "a well-known line"),
    ],
)
def test_unbroken_joins_a_word_broken_at_a_line_end_only(printed, read):
    assert unbroken(printed) == read


def test_the_words_stems_and_embedded_text_of_a_wrapped_passage_are_whole():
    start = MAN_PAGE.index("The files")
    end = MAN_PAGE.index("restarts") + len("restarts")
    assert "directory" in raw_words(MAN_PAGE[start:end])
    assert "directori" in content_stems(raw_words(MAN_PAGE[start:end]), "en")
    assert flat_text(MAN_PAGE, start, end) == (
        "The files in this directory are usually removed when the machine restarts"
    )
    assert "directory" in excerpt(MAN_PAGE, 200, start, end)


@pytest.mark.parametrize(
    ("quote", "language", "pair"),
    [
        ("Die Dateien in diesem Verzeichnis werden in der Regel gelöscht, wenn der Rechner neu "
         "startet.", "de", "Verzeichnis/directory"),
        ("Файлы в этом каталоге обычно удаляются при перезапуске машины.", "ru",
         "каталоге/directory"),
    ],
)  # fmt: skip
def test_a_translation_of_a_wrapped_man_page_sentence_is_found_there(quote, language, pair):
    result = match_meaning(quote, MAN_PAGE, language=language, text_language="en")
    flat = MAN_PAGE.replace("\u2010\n              ", "")
    same = match_meaning(quote, flat, language=language, text_language="en")
    assert same.status == REWORDED  # the test's own premise: found in the unwrapped page
    assert result.status == REWORDED, result.reason
    assert "direc" in MAN_PAGE[result.span.start : result.span.end]
    assert pair in result.reason  # the wrapped "direc-/tory" is read as one word, paired
    assert result.score == pytest.approx(same.score, abs=0.5)  # read as if unwrapped

"""A lower-case Latin name of a Russian claim against another in the passage's same place
(matching/barenames.py): "команду dcut из пакета dupload" / "the dcut command from the dput
package" (walk111 ch-name-05) is the ``name`` flag; the same name, a word the dictionary knows
or a name of another place of the text is none."""

from __future__ import annotations

import pytest

from sourcecheck.matching.barenames import bare_stand_in
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordnet import available

pytestmark = pytest.mark.skipif(not available(), reason="no WordNet")


@pytest.mark.parametrize(
    ("quote", "passage", "passage_language", "expected"),
    [
        ("Или же вы можете использовать команду dcut из пакета dupload.",
         "Alternatively, you can use the dcut command from the dput package.", "en",
         ("dupload", "dput")),
        ("Или же вы можете использовать команду dcut из пакета dupload.",
         "Alternativ können Sie den Befehl dcut aus dem Paket dput verwenden.", "de",
         ("dupload", "dput")),
        ("Запустите lintian после сборки пакета.",
         "Run piuparts after building the package.", "en", ("lintian", "piuparts")),
    ],
)  # fmt: skip
def test_another_bare_name_in_its_place(quote, passage, passage_language, expected):
    assert bare_stand_in(quote, "ru", passage, passage_language) == expected


@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language"),
    [
        ("Или же вы можете использовать команду dcut из пакета dput.", "ru",
         "Alternatively, you can use the dcut command from the dput package.", "en"),
        ("Запустите quilt после сборки пакета.", "ru",
         "Run dquilt after building the package.", "en"),  # "quilt": a word the dictionary knows
        ("Запустите lintian после сборки пакета.", "ru",
         "Run it after building the package and read what it reports about your files "
         "and directories; see also the manual of piuparts.", "en"),  # another place
        ("Alternatively, you can use the dcut command from the dupload package.", "en",
         "Alternatively, you can use the dcut command from the dput package.", "en"),
        ("Файл устанавливается командой dh_lintian, например aptitude safe-upgrade.", "ru",
         "The file is installed by the dh_lintian command, e.g. aptitude safe-upgrade.",
         "en"),  # printed whole, with "_" and "-": walk111 xc-ru-en-01, xc-ru-en-08
        ("Смотрите ftp://ftp.upload.debian.org/pub/UploadQueue/README.", "ru",
         "See ftp://ftp.upload.debian.org/pub/UploadQueue/README for it.", "en"),
    ],
)  # fmt: skip
def test_no_other_name_in_its_place(quote, language, passage, passage_language):
    assert bare_stand_in(quote, language, passage, passage_language) is None


CONTEXT = {
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
}


@pytest.mark.parametrize(
    ("quote", "rendering", "text_language", "flagged"),
    [
        ("Смотрите ftp://ftp.upload.debian.org/pub/UploadQueue/README. Или же вы можете "
         "использовать команду dcut из пакета dupload.",
         "See ftp://ftp.upload.debian.org/pub/UploadQueue/README. Alternatively, you can use "
         "the dcut command from the dput package.", "en", True),  # walk111 ch-name-05
        ("Смотрите ftp://ftp.upload.debian.org/pub/UploadQueue/README. Или же вы можете "
         "использовать команду dcut из пакета dupload.",
         "Siehe ftp://ftp.upload.debian.org/pub/UploadQueue/README. Alternativ können Sie den "
         "Befehl dcut aus dem Paket dput verwenden.", "de", True),
        ("Смотрите ftp://ftp.upload.debian.org/pub/UploadQueue/README. Или же вы можете "
         "использовать команду dcut из пакета dput.",
         "See ftp://ftp.upload.debian.org/pub/UploadQueue/README. Alternatively, you can use "
         "the dcut command from the dput package.", "en", False),
    ],
)  # fmt: skip
def test_end_to_end(quote, rendering, text_language, flagged):
    text = f"{CONTEXT[text_language]}{rendering} {CONTEXT[text_language]}"
    r = match_meaning(quote, text, language="ru", text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert ("name" in r.flags) is flagged, r.reason

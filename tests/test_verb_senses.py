"""A Russian verb's English translations are read in their verb senses for opposites
(matching/crossantonyms.py): "выбирает" gives "elect", whose adjective's sense (elected, not
yet in office) is no opposite of "currently"; a verb's real opposite still is one."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.crossantonyms import opposed
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.morph_ru import is_verb

debian = pytest.mark.skipif(
    not bilingual.available() or not wordnet.available(),
    reason="FreeDict's dictionaries or WordNet missing (make test installs them)",
)


def test_russian_verbs_by_their_likeliest_reading():
    assert [is_verb(w) for w in ("выбирает", "выбирать", "выбирая")] == [True] * 3
    assert not any(is_verb(w) for w in ("установленные", "настоящий", "быстро", "пакеты"))


@debian
def test_a_verbs_translation_is_no_opposite_by_its_adjectives_sense():
    assert not opposed("currently", "выбирает", "ru")
    assert not opposed("currently", "выбирал", "ru")
    assert opposed("closed", "открыл", "ru")  # verbs against verbs: as before


SOURCE = (
    "The package manager reads the list of sources first. Since all versions are tested by "
    "default, this pattern normally matches packages which are currently installed. Upgrades "
    "are held back when a dependency is missing."
)


@debian
@pytest.mark.parametrize(
    ("language", "quote"),
    [
        (
            "ru",
            "Так как по умолчанию проверяются все версии, этот шаблон обычно выбирает пакеты, "
            "установленные в настоящий момент.",
        ),  # walk111 xc-ru-en-10
        (
            "ru",
            "Так как по умолчанию проверяются все версии, этот шаблон обычно выбирал пакеты, "
            "которые сейчас установлены.",
        ),
        (
            "de",
            "Da standardmäßig alle Versionen geprüft werden, wählt dieses Muster normalerweise "
            "Pakete, die derzeit installiert sind.",
        ),
    ],
)
def test_selecting_what_is_installed_now_is_no_opposite_of_currently(language, quote):
    r = match_meaning(quote, SOURCE, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert "opposite" not in r.flags, r.reason


@debian
def test_a_russian_verb_against_its_opposite_is_still_flagged():
    source = "The clerk opened the office at nine. The visitors waited in the hall."
    r = match_meaning("Служащий закрыл контору в девять.", source, language="ru",
                      text_language="en")  # fmt: skip
    assert r.status == REWORDED and "opposite" in r.flags, r.reason

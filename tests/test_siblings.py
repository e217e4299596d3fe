"""Sibling passages (matching/siblings.py): of two like sentences, the one that says the
quote's word wins over the one that says its opposite; an opposite spelled as the English one
("горизонтальное" / "horizontal") is read against the English word's opposite
(matching/cognateopposites.py)."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.cognateopposites import cognate_opposite
from sourcecheck.matching.meaning import REWORDED, match_meaning

debian = pytest.mark.skipif(
    not bilingual.available() or not wordnet.available(),
    reason="FreeDict's dictionaries or WordNet missing (make test installs them)",
)

RU = """"Параметры элементов экрана

ColAlign left|center|right;

Задаёт выравнивание элемента внутри столбца.

ColExpand true|false;

Если эта опция установлена в true, строке, содержащей этот элемент экрана, будет дополнительно
выделено доступное дополнительное горизонтальное пространство.

Если эта опция отсутствует, по умолчанию она имеет значение false.

RowAlign top|center|bottom;

Задаёт выравнивание элемента внутри строки.

RowExpand true|false;

Если значением этой опции является true, то строка, содержащая этот элемент экрана получит
некоторое дополнительное место по вертикали, если оно доступно.

Если эта опция не задана, её значением по умолчанию является false.
"""
DE = """"Optionen der Anzeigeelemente

ColAlign left|center|right;

Legt die Ausrichtung des Elements in seiner Spalte fest.

ColExpand true|false;

Wenn diese Option auf true gesetzt ist, wird der Zeile, die dieses Anzeigeelement enthält,
zusätzlich der verfügbare zusätzliche horizontale Platz zugeteilt.

Fehlt diese Option, ist ihr Standardwert false.

RowAlign top|center|bottom;

Legt die Ausrichtung des Elements in seiner Zeile fest.

RowExpand true|false;

Ist der Wert dieser Option true, so erhält die Zeile, die dieses Anzeigeelement enthält,
zusätzlichen vertikalen Platz, falls er verfügbar ist.

Ist diese Option nicht gesetzt, ist ihr Standardwert false.
"""
EN = """"Display element options

ColExpand true|false;

If this option is set to true, the column containing this display element will be allocated a
share of any extra horizontal space that is available.

If this option is not present, it defaults to false.

RowExpand true|false;

If this option is true, the row that contains this display element receives extra vertical
space when there is some.

If this option is not present, it defaults to false.
"""
"""Like options described in like sentences (aptitude's manual: walk111, xc-en-ru-07)."""

QUOTE = (
    "If this option is set to true, the row containing this display element will be "
    "allocated a share of any extra vertical space that is available."
)


@debian
def test_a_word_spelled_as_the_english_opposite_is_read_as_it():
    assert cognate_opposite("vertical", "горизонтальное", "ru") == "horizontal"
    assert cognate_opposite("vertical", "horizontale", "de") == "horizontal"
    assert cognate_opposite("positive", "негативный", "ru") == "negative"
    assert cognate_opposite("vertical", "вертикали", "ru") is None  # the word itself
    assert cognate_opposite("vertical", "пространство", "ru") is None


@debian
@pytest.mark.parametrize(("text", "language", "rendering"), [
    (RU, "ru", "место по вертикали"),
    (DE, "de", "zusätzlichen vertikalen Platz"),
])  # fmt: skip
def test_the_sibling_that_says_the_quotes_word_is_the_passage(text, language, rendering):
    r = match_meaning(QUOTE, text, language="en", text_language=language)
    assert r.status == REWORDED, r.reason
    assert r.span is not None and rendering in " ".join(r.span.slice(text).split())
    assert "opposite" not in r.flags, r.reason


@debian
@pytest.mark.parametrize(("quote", "language"), [
    ("Если эта опция установлена в true, строке, содержащей этот элемент экрана, будет "
     "выделено доступное дополнительное вертикальное пространство.", "ru"),
    ("Wenn diese Option auf true gesetzt ist, wird der Zeile, die dieses Anzeigeelement "
     "enthält, der verfügbare zusätzliche vertikale Platz zugeteilt.", "de"),
])  # fmt: skip
def test_a_rendering_of_the_vertical_one_finds_it_in_the_english_manual(quote, language):
    r = match_meaning(quote, EN, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "extra vertical space" in " ".join(r.span.slice(EN).split())


@debian
def test_without_a_sibling_that_says_it_the_opposite_is_flagged():
    text = RU[: RU.index("RowAlign")]  # the horizontal one only
    r = match_meaning(QUOTE, text, language="en", text_language="ru")
    assert r.status == REWORDED and "opposite" in r.flags, r.reason
    assert "горизонтальное" in r.reason

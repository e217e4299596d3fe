"""A German claim that opens with an adverbial ("Am Nachmittag", "Im Herbst", "Nach einer
Viertelstunde") has its doer read (:mod:`sourcecheck.matching.doers`): a capitalized word after
an article, or a preposition holding one, is a German noun, not a name that may be the doer
("Gregor bat die Schwester" keeps its name read as one).

The weaver's family notes (:mod:`test_owners`) are ours, written for these tests.
"""

from __future__ import annotations

import pytest
from test_owners import WEAVER_EN, WEAVER_RU, _event

from sourcecheck.matching.meaning import REWORDED


@pytest.mark.parametrize(
    ("quote", "text", "text_language", "doer", "mine"),
    [
        ("Am Nachmittag trug der Vater den schweren Webstuhl in die Scheune und legte sein "
         "Werkzeug auf die Bank.", WEAVER_EN, "en", "son", "Vater"),
        ("Im Herbst fegte die Mutter jeden Morgen den ganzen Hof und überhörte alle Klagen über "
         "den Staub.", WEAVER_RU, "ru", "дочь", "Mutter"),
    ],
)  # fmt: skip
def test_a_doer_after_an_opening_adverbial_is_read(
    quote: str, text: str, text_language: str, doer: str, mine: str
) -> None:
    found = _event(quote, "de", text, text_language)
    assert found.status == "not_found", found.reason
    assert f"“{doer}” do this, not “{mine}”" in found.reason


def test_the_doer_after_an_opening_adverbial_stays_a_rendering() -> None:
    quote = "Am Nachmittag trug der Sohn den schweren Webstuhl in die Scheune."
    found = _event(quote, "de", WEAVER_EN, "en")
    assert found.status == REWORDED, found.reason

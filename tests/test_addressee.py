"""The one a manual addresses (matching/addressee.py): "Please" opening a request is no
person, the German polite "Sie" is its clause's doer; a rendering that fronts the condition
("Falls Sie sie benötigen, stellen Sie sicher, dass Sie ... lesen") is no roles swap."""

from __future__ import annotations

import pytest

from sourcecheck.matching.addressee import formal_you, requests
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.roles import ROLES, clause_people


def test_words_of_request_in_each_language():
    assert [requests(w, lang) for w, lang in [("Please", "en"), ("Bitte", "de"),
            ("Пожалуйста", "ru"), ("Kindly", "en")]] == [True] * 4  # fmt: skip
    assert not requests("Lenin", "en") and not requests("Please", "de")


def test_the_polite_sie_is_a_doer_inside_a_sentence_only():
    text = "Dann lesen Sie das Tutorial. Sie las das Tutorial. Es hilft Ihnen und mit Sie nicht."
    found = [formal_you(text, text.index("Sie", at), "Sie", "de") for at in (0, 27, 60)]
    assert found == [True, False, False]  # "Sie las": she or they; "mit Sie": no doer
    assert not formal_you("and Sie", 4, "Sie", "en")


def test_the_polite_sie_makes_the_name_after_it_the_one_acted_upon():
    text = "dass Sie das Debian Tutorial lesen"
    people = [text.index("Debian")]
    found = clause_people(text, "de", (0, len(text)), people)
    assert found is not None
    assert [(p.at, p.doer) for p in found] == [(5, True), (text.index("Debian"), False)]


CONTEXT = {
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "ru": "Погода была плохой уже несколько дней. Магазин на углу закрывался рано. ",
}
REQUEST = (
    "Please make sure to read the Debian Policy Manual and the local copy of the changelog, "
    "if you need to use it."
)


@pytest.mark.parametrize(
    ("language", "rendering"),
    [
        (
            "de",
            "Falls Sie sie benötigen, stellen Sie sicher, dass Sie das Debian Policy Manual und "
            "die lokale Kopie des Änderungsprotokolls lesen.",
        ),  # walk111 xc-en-de-04
        (
            "ru",
            "Если они вам нужны, обязательно прочитайте Debian Policy Manual и локальную копию "
            "журнала изменений.",
        ),
        (
            "en",
            "If you need them, make sure you read the Debian Policy Manual and the local copy "
            "of the changelog.",
        ),
    ],
)
def test_a_request_rendered_with_its_condition_in_front_is_no_roles_swap(language, rendering):
    text = f"{CONTEXT[language]}{rendering} {CONTEXT[language]}"
    r = match_meaning(REQUEST, text, language="en", text_language=language)
    assert r.status == REWORDED, r.reason
    assert ROLES not in r.flags, r.reason

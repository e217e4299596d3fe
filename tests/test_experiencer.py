"""Verbs whose one who needs or likes is in the dative (matching/experiencer.py): "они вам
нужны" / "you need them", "es gefällt mir" / "I like it" is no swap of pronoun roles."""

from __future__ import annotations

import pytest

from sourcecheck.matching.experiencer import experiencer_clause
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.roles import ROLES


@pytest.mark.parametrize(
    ("language", "clause", "expected"),
    [
        ("ru", "если они вам нужны", True),
        ("ru", "мне понравилась эта книга", True),
        ("ru", "ему не хватает времени", True),
        ("ru", "он дал ей книгу", False),
        ("ru", "нравственный закон в нас", False),
        ("de", "wenn sie Ihnen gefallen", True),
        ("de", "mir fehlt das Geld", True),
        ("de", "er gab ihr das Buch", False),
        ("en", "if you need them", False),
    ],
)
def test_clauses_with_a_dative_experiencer(language, clause, expected):
    assert experiencer_clause(clause, (0, len(clause)), language) is expected


CONTEXT = {
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "ru": "Погода была плохой уже несколько дней. Магазин на углу закрывался рано. ",
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
}


@pytest.mark.parametrize(
    ("quote_language", "quote", "text_language", "rendering"),
    [
        (
            "en",
            "If you need them, make sure you read the Debian Policy Manual and the local copy "
            "of the changelog.",
            "ru",
            "Если они вам нужны, обязательно прочитайте Debian Policy Manual и локальную копию "
            "журнала изменений.",
        ),
        (
            "ru",
            "Если они вам нужны, обязательно прочитайте Debian Policy Manual и локальную копию "
            "журнала изменений.",
            "en",
            "If you need them, make sure you read the Debian Policy Manual and the local copy "
            "of the changelog.",
        ),
        (
            "en",
            "I liked him from the first day, and I told him so at the station.",
            "de",
            "Er gefiel mir vom ersten Tag an, und ich sagte es ihm am Bahnhof.",
        ),
    ],
)
def test_needing_and_liking_rendered_the_other_way_round_is_no_swap(
    quote_language, quote, text_language, rendering
):
    text = f"{CONTEXT[text_language]}{rendering} {CONTEXT[text_language]}"
    r = match_meaning(quote, text, language=quote_language, text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert ROLES not in r.flags, r.reason


def test_a_pronoun_swap_elsewhere_is_still_flagged():
    text = f"{CONTEXT['ru']}Я сказал ему правду на вокзале. {CONTEXT['ru']}"
    r = match_meaning("He told me the truth at the station.", text, language="en",
                      text_language="ru")  # fmt: skip
    assert r.status == REWORDED and ROLES in r.flags, r.reason

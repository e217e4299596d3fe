"""A pronoun role swap found by the word matcher is flagged `roles`: "I told him" where the
source says "he told me" was `close` with two function words changed and no flag (fresh109)."""

from __future__ import annotations

import pytest

from sourcecheck.matching.match import match_quote

STATION = {
    "en": "The station was cold that evening. When the clerk came back, he told me that the "
    "train would be late, and we waited in the hall until midnight.",
    "ru": "Вечером на вокзале было холодно. Когда кассир вернулся, он сказал мне, что поезд "
    "опоздает, и мы ждали в зале до полуночи.",
}


@pytest.mark.parametrize(
    ("language", "swapped", "faithful"),
    [("en", "When the clerk came back, I told him that the train would be late.",
      "When the clerk came back, he told me that the train would be late."),
     ("ru", "Когда кассир вернулся, я сказал ему, что поезд опоздает.",
      "Когда кассир вернулся, он сказал мне, что поезд опоздает.")],
)  # fmt: skip
def test_two_pronouns_exchanging_their_persons_are_flagged_roles(
    language: str, swapped: str, faithful: str
) -> None:
    result = match_quote(swapped, STATION[language], language=language)
    assert result.status in ("close", "partial") and "roles" in result.flags
    assert "who does what to whom differs" in result.reason
    assert "roles" not in match_quote(faithful, STATION[language], language=language).flags


def test_another_pronoun_of_a_third_person_is_no_exchange() -> None:
    result = match_quote("When the clerk came back, he told her that the train would be late.",
                         STATION["en"], language="en")  # fmt: skip
    assert "roles" not in result.flags

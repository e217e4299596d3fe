""" "Most" against "few" in the same language is an opposite, as it was across languages
("Most of the owners have accepted" / "Only a few of the owners have accepted": a fresh-clone
trial found it `reworded` with no flag), and "only a few" says few ("a few" alone says some).
"Most" / "many" is a difference of strength, not an opposite. The passages are ours.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.quantities import quantity_words

PASSAGES = {
    "en": "The mine owners met in March. Most of the owners have already accepted the principle "
    "of a minimum wage, and the talks go on in Cardiff.",
    "de": "Die Grubenbesitzer trafen sich im März. Die meisten Besitzer haben den Grundsatz eines "
    "Mindestlohns bereits angenommen, und die Gespräche gehen in Cardiff weiter.",
    "ru": "Владельцы шахт встретились в марте. Большинство владельцев уже приняли принцип "
    "минимальной заработной платы, и переговоры в Кардиффе продолжаются.",
}
OPPOSED = {
    "en": "Only a few of the owners have already accepted the principle of a minimum wage.",
    "de": "Nur wenige Besitzer haben den Grundsatz eines Mindestlohns bereits angenommen.",
    "ru": "Лишь немногие владельцы уже приняли принцип минимальной заработной платы.",
}
STRENGTH = {
    "en": "Many of the owners have already accepted the principle of a minimum wage.",
    "de": "Viele Besitzer haben den Grundsatz eines Mindestlohns bereits angenommen.",
    "ru": "Многие владельцы уже приняли принцип минимальной заработной платы.",
}


@pytest.mark.parametrize("language", list(PASSAGES))
def test_few_against_most_in_one_language_is_flagged_opposite(language: str) -> None:
    result = match_meaning(
        OPPOSED[language], PASSAGES[language], language=language, text_language=language
    )
    if result.status == REWORDED:
        assert "opposite" in result.flags, result.reason
    else:  # rejected: a short quotation needs more than its topic; its difference is said
        assert result.status == "not_found", result.reason
        assert "the source says the opposite" in result.reason, result.reason


@pytest.mark.parametrize("language", list(PASSAGES))
def test_many_against_most_is_no_opposite(language: str) -> None:
    result = match_meaning(
        STRENGTH[language], PASSAGES[language], language=language, text_language=language
    )
    assert result.status == REWORDED, result.reason
    assert "opposite" not in result.flags, result.reason


def test_only_a_few_says_few_and_quite_a_few_says_no_amount() -> None:
    assert quantity_words("only a few owners agreed", "most owners agreed", "en") == (
        "few",
        "most",
    )
    assert quantity_words("quite a few owners agreed", "most owners agreed", "en") is None
    assert quantity_words("a few owners agreed", "many owners agreed", "en") is None

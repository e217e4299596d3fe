"""Identity words are opposites in one language: "the same version" where the source says "a
different version" (walk110's meaning changes), compared before the same words only."""

from __future__ import annotations

import pytest

from sourcecheck.matching.opposites import opposite_words


@pytest.mark.parametrize(
    ("language", "quote", "passage", "found"),
    [("en", "Each new ferry gets the same licence number.",
      "Each new ferry gets a different licence number.", ("same", "different")),
     ("de", "Jede neue Fähre bekommt die gleiche Nummer vom Amt.",
      "Jede neue Fähre bekommt eine andere Nummer vom Amt.", ("gleiche", "andere")),
     ("ru", "Каждый паром получает одинаковые номера от управления.",
      "Каждый паром получает разные номера от управления.", ("одинаковые", "разные"))],
)  # fmt: skip
def test_the_same_where_the_source_says_different_is_an_opposite(
    language: str, quote: str, passage: str, found: tuple[str, str]
) -> None:
    assert opposite_words(quote, language, passage, language) == found


def test_identity_words_before_other_words_or_on_both_sides_are_no_opposite() -> None:
    assert opposite_words("They took the same road home.", "en",
                          "They took a different ferry home.", "en") is None  # fmt: skip
    assert opposite_words("The same rule holds for different ports.", "en",
                          "The same rule holds for different ports.", "en") is None  # fmt: skip

"""Opposites across English, German and Russian (issue 10, task opposites112): "Few farms"
for "Die meisten Betriebe" and "Most members" for "Лишь немногие члены" are flagged
``opposite`` (the scale of "most" read with that of "many" / "few" across languages); a
faithful rendering ("Most farms" / "Die meisten Betriebe", "many" / "most") is not. The
passages are ours, written for these tests in the manner of news, minutes, a judgment and a
scientific abstract.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.crossquantities import crossed_quantity
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE
from sourcecheck.matching.wordpairs import Alignment, WordPair


def _aligned(quote: str, passage: str, *pairs: tuple[str, str]) -> Alignment:
    """An alignment pairing each (quote word, passage word), found whole in each text."""
    found = [WordPair(q, quote.index(q), p, passage.index(p), 0.9) for q, p in pairs]
    return Alignment(len(pairs), tuple(found))


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pair", "expected"),
    [
        ("Few farms reported losses.", "en", "Die meisten Betriebe meldeten Verluste.", "de",
         ("reported", "meldeten"), ("Few", "meisten")),
        ("Most members voted for the motion.", "en",
         "Nur wenige Mitglieder stimmten für den Antrag.", "de", ("members", "Mitglieder"),
         ("Most", "wenige")),
        ("Most farms reported losses.", "en", "Лишь немногие хозяйства сообщили об убытках.",
         "ru", ("farms", "хозяйства"), ("Most", "немногие")),
        ("Большинство членов проголосовало за предложение.", "ru",
         "Few members voted for the motion.", "en", ("членов", "members"),
         ("Большинство", "Few")),
        ("Die meisten Mitglieder stimmten dafür.", "de", "Лишь немногие члены голосовали за.",
         "ru", ("Mitglieder", "члены"), ("meisten", "немногие")),
    ],
)  # fmt: skip
def test_most_and_few_are_opposed_across_languages(
    quote: str, q_lang: str, passage: str, p_lang: str, pair: tuple[str, str],
    expected: tuple[str, str],
) -> None:  # fmt: skip
    alignment = _aligned(quote, passage, pair)
    assert crossed_quantity(quote, q_lang, passage, p_lang, alignment) == expected


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "pair"),
    [
        ("Most farms reported losses.", "en", "Die meisten Betriebe meldeten Verluste.", "de",
         ("reported", "meldeten")),
        ("Many members voted for the motion.", "en",
         "Die meisten Mitglieder stimmten für den Antrag.", "de", ("members", "Mitglieder")),
        ("Few farms reported losses.", "en", "Лишь немногие хозяйства сообщили об убытках.",
         "ru", ("farms", "хозяйства")),
    ],
)  # fmt: skip
def test_most_and_many_or_a_faithful_rendering_are_no_opposite(
    quote: str, q_lang: str, passage: str, p_lang: str, pair: tuple[str, str]
) -> None:
    alignment = _aligned(quote, passage, pair)
    assert crossed_quantity(quote, q_lang, passage, p_lang, alignment) is None


@pytest.mark.parametrize(
    ("quote", "passage", "flagged"),
    [
        ("Few farms reported losses.",
         "Einleitung. Die meisten Betriebe meldeten Verluste. Der Rest machte Gewinn.", True),
        ("Few members voted for the motion.",
         "Protokoll. Die meisten Mitglieder stimmten für den Antrag. Danach war Pause.", True),
        ("Most farms reported losses.",
         "Введение. Лишь немногие хозяйства сообщили об убытках. Остальные получили прибыль.",
         True),
        ("Most farms reported losses.",
         "Einleitung. Die meisten Betriebe meldeten Verluste. Der Rest machte Gewinn.", False),
        ("Few members voted for the motion.",
         "Protokoll. Nur wenige Mitglieder stimmten für den Antrag. Danach war Pause.", False),
    ],
)  # fmt: skip
def test_end_to_end_most_for_few_is_flagged(quote: str, passage: str, flagged: bool) -> None:
    result = match_meaning(quote, passage)
    assert result.status == REWORDED
    assert (OPPOSITE in result.flags) == flagged

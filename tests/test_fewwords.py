"""A negated quantity ("nicht viel zu fürchten", "not much to fear") against the claim's
"much to fear" (the negation dropped: flagged) and "little to fear" (a quantifier of few says
the same: not flagged), in German and English (a new user's clone, fresh107). Passages
written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.lackphrases import lack_phrase_at
from sourcecheck.matching.meaning import match_meaning

MILL_DE = (
    "Im Dorf am Fluss lebte ein alter Müller mit seiner Familie. Der Müller verkaufte sein Mehl "
    "im Winter nicht an die Händler, und er hatte von den hungrigen Bauern nicht viel zu "
    "fürchten. Im Frühling reparierte er das große Rad der Mühle."
)
MILL_EN = (
    "In the village by the river lived an old miller with his family. The miller did not sell "
    "his flour to the traders in winter, and he had not much to fear from the hungry peasants. "
    "In spring he mended the great wheel of the mill."
)
OPENING = "The miller did not sell his flour to the traders in winter, and he had "


@pytest.mark.parametrize(("text", "language"), [(MILL_DE, "de"), (MILL_EN, "en")])
@pytest.mark.parametrize(
    ("rest", "flagged"),
    [
        ("much to fear from the hungry peasants.", True),
        ("not much to fear from the hungry peasants.", False),
        ("little to fear from the hungry peasants.", False),
    ],
)
def test_negated_quantity(text: str, language: str, rest: str, flagged: bool) -> None:
    result = match_meaning(OPENING + rest, text, language="en", text_language=language)
    assert result.status in {"reworded", "close"}
    assert ("negation" in result.flags) is flagged, result.reason


@pytest.mark.parametrize(
    ("words", "at", "language", "lack"),
    [
        ("he had little to fear", 2, "en", True),
        ("he opened the little safe", 3, "en", False),
        ("he waited a little longer", 3, "en", False),
        ("er hatte wenig zu fürchten", 2, "de", True),
        ("er wartete ein wenig", 3, "de", False),
        ("им было мало дела", 2, "ru", True),
    ],
)
def test_few_is_a_lack_unless_a_size(words: str, at: int, language: str, lack: bool) -> None:
    assert lack_phrase_at(words.split(), at, language) is lack

"""An image read as an opposite (task falseflag113, from walk113's handbook): "Before diving into
this work head first" renders "Prior to jumping into this exercise with both feet", and WordNet
reads "head" / "foot" as opposites. A word in a fixed expression ("head first", "Hals über
Kopf") is no opposite, unless the other word stands in the same frame ("feet first", "the foot
of the list"): a change, still flagged. Passages written for these tests."""

from __future__ import annotations

import pytest
from conftest import rendering_pairs

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.idioms import expression_words, figurative
from sourcecheck.matching.meaning import match_meaning

GUIDE_EN = (
    "Prior to jumping into this exercise with both feet, it is strongly recommended that you "
    "read the remainder of this book.\n\n"
    "The new options stand at the head of the list, the old ones at the bottom.\n\n"
    "In the film the stuntman jumps into the cold lake feet first."
)
GUIDE_DE = (
    "Bevor Sie sich Hals über Kopf in diese Arbeit stürzen, sollten Sie den Rest dieses "
    "Buches lesen.\n\n"
    "Die neuen Optionen stehen am Kopf der Liste, die alten am Fuß der Liste."
)
GUIDE_RU = (
    "Прежде чем с головой погрузиться в эту работу, настоятельно рекомендуем прочитать "
    "оставшуюся часть книги.\n\n"
    "Новые параметры стоят во главе списка, старые — в конце."
)
IMAGES = """
GUIDE_EN en>en: Before diving into this work head first, we strongly advise you to read the rest
    of the book.
  | In the film the stuntman jumps into the cold lake head first.
GUIDE_EN en>en: The new options stand at the top of the list, the old ones at the bottom.
  | The new options stand at the foot of the list, the old ones at the bottom.
"""
"""An image against another image (WordNet's "head" / "foot") and, after "|", a word changed
in its frame ("feet first" / "head first", "head of the list" / "foot of the list")."""


@pytest.mark.skipif(not wordnet.available(), reason="WordNet's files are not installed")
@pytest.mark.parametrize(
    ("text", "true", "changed", "languages"), rendering_pairs(IMAGES, {"GUIDE_EN": GUIDE_EN})
)
def test_a_word_in_a_fixed_expression_is_no_opposite_unless_changed_in_its_frame(
    text: str, true: str, changed: str, languages: tuple[str, str]
) -> None:
    r = match_meaning(true, text, language=languages[0], text_language=languages[1])
    assert r.status == "reworded", r.reason
    assert "opposite" not in r.flags, r.reason
    r = match_meaning(changed, text, language=languages[0], text_language=languages[1])
    assert r.status == "not_found" or "opposite" in r.flags, r.reason


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language"),
    [
        ("Before throwing yourself into this work with both feet, you should read the rest of "
         "this book.", "en", GUIDE_DE, "de"),
        ("Before diving into this work head first, we strongly recommend reading the rest of the "
         "book.", "en", GUIDE_RU, "ru"),
        ("Bevor Sie sich mit beiden Füßen in diese Übung stürzen, sollten Sie den Rest dieses "
         "Buches lesen.", "de", GUIDE_EN, "en"),
        ("Прежде чем с головой погрузиться в это упражнение, настоятельно рекомендуем прочитать "
         "оставшуюся часть книги.", "ru", GUIDE_EN, "en"),
    ],
)  # fmt: skip
def test_images_across_languages_are_no_opposites(
    quote: str, language: str, text: str, text_language: str
) -> None:
    r = match_meaning(quote, text, language=language, text_language=text_language)
    assert r.status == "reworded", r.reason
    assert "opposite" not in r.flags, r.reason


@pytest.mark.skipif(not wordnet.available(), reason="WordNet's files are not installed")
def test_fixed_expressions_are_read_from_wordnet_and_the_dictionary() -> None:
    text = "Before diving into this work head first, read the book."
    assert expression_words(text, text.index("head"), "en") == {"first"}
    text = "They walked hand in hand."
    assert expression_words(text, text.index("hand"), "en") == {"in", "hand"}
    # the word with its prepositions or an article is the word itself
    for text, word in (("the head of the committee", "head"), ("the foot of the list", "foot"),
                       ("learned it by heart", "heart"), ("it was hot", "hot")):  # fmt: skip
        assert expression_words(text, text.index(word), "en") == frozenset(), text
    if bilingual.available():
        text = "Er stürzte sich Hals über Kopf in die Arbeit."
        assert expression_words(text, text.index("Kopf"), "de") == {"hals", "uber"}
        text = "Er legte den Kopf auf den Tisch."
        assert expression_words(text, text.index("Kopf"), "de") == frozenset()
    text = "Он с головой ушёл в работу."  # no dictionary of Russian expressions
    assert expression_words(text, text.index("головой"), "ru") == frozenset()


@pytest.mark.skipif(not wordnet.available(), reason="WordNet's files are not installed")
def test_an_expression_framing_the_other_word_is_a_change_in_place() -> None:
    head = "He jumped into the lake head first."
    assert figurative(head, "en", head.index("head"), "He jumped in with both feet.", "en", 24)
    feet = "He jumped into the lake feet first."
    assert not figurative(head, "en", head.index("head"), feet, "en", feet.index("feet"))
    assert figurative(head, "en", head.index("head"), "Er sprang mit beiden Füßen.", "de", 19)

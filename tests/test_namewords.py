"""Capitalised common words are no names, and a two-letter word spells none (issue 10;
walk106: rs-02, rs-00, ap-01, ke-19, ch-14). "Hearing the bell, ..." / "Услыхав звонок, ...":
the two opening words were compared as two people; 'shouted "Farewell, friends"' had
"Farewell" missing as a name; "Numberless ..." was swapped for a passage's name; "Соня" is
keyed "son", and "so" spelled it, so a passage saying it of Natasha hid the swap. Another
person's name must still be flagged. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching import wordnet
from sourcecheck.matching.anchors import name_key, read_anchors, same_name
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namewords import mere_word
from sourcecheck.matching.pairednames import unspelled

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="needs WordNet (make wordnet)")

MILL = (
    "Мельница на Оке. Весной мельник Тихон Ильич починил плотину и запруду. Услыхав звонок, "
    "сторож выглянул в окно, и в ту же минуту Гаврила побежал к мосту. Гаврила услышал второй "
    "звонок и выскочил на мост без фуражки. Вечером мельник долго считал мешки с мукой."
)
SISTERS = (
    "The Inn on the Hill. In the evening Lisa and Vera played cards with the innkeeper. "
    "The room was full of that warm idleness which Lisa liked so much and knew so well. "
    "Vera looked out of the window and said nothing."
)


@needs_wordnet
def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    quote = "Hearing the bell, the watchman looked out of the window, and at that moment Gavrila ran to the bridge."  # noqa: E501
    result = match_meaning(quote, MILL, language="en", text_language="ru")
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "Услыхав" in result.span.slice(MILL)
    assert "name" not in result.flags, result.reason


@needs_wordnet
def test_which_words_are_mere_words() -> None:
    assert mere_word("Hearing", "en", "Hearing the bell, Pierre turned.")
    assert mere_word("Farewell", "en", 'He shouted "Farewell, friends" and left.')
    assert not mere_word("Pierre", "en", "Pierre turned round.")  # a name in WordNet too
    assert not mere_word("Hearing", "en", "Hearing it, he went to the Hearing Office.")
    assert mere_word("Услыхав", "ru", "Услыхав звонок, сторож выглянул.")  # pymorphy3: a verb
    assert not mere_word("Гаврила", "ru", "Гаврила побежал к мосту.")  # a name there


@needs_wordnet
def test_a_common_word_opening_a_quoted_speech_is_no_name() -> None:
    names = read_anchors('He shouted "Farewell, friends" and "Gavrila, come" at the door.', "en")
    assert "Farewell" not in names.names and "Gavrila" in names.names


@needs_wordnet
def test_a_common_word_opening_a_claim_is_no_name_swapped_in() -> None:
    quote = "Numberless instances might be given of this, but one will do."
    assert unspelled(quote, "en", "an instance from the Old Testament will do") == []
    assert unspelled("Gavrila ran to the bridge.", "en", "Сторож побежал к мосту.") == ["Gavrila"]


def test_another_person_in_the_place_of_a_name_is_still_flagged() -> None:
    quote = "Ivan heard the second bell and ran out onto the bridge without his cap."
    result = match_meaning(quote, MILL, language="en", text_language="ru")
    assert result.status == "reworded", result.reason
    assert "name" in result.flags, result.reason


def test_a_two_letter_word_spells_no_name() -> None:
    assert name_key("Соня") == "son" and not same_name(name_key("Соня"), name_key("so"))
    assert same_name(name_key("Ли"), name_key("Li"))
    quote = "В комнате царила та тёплая праздность, которую Вера так любила и так хорошо знала."
    result = match_meaning(quote, SISTERS, language="ru", text_language="en")
    assert result.status == "reworded", result.reason
    assert "name" in result.flags and "Вера" in result.reason, result.reason
    true = match_meaning(quote.replace("Вера", "Лиза"), SISTERS, language="ru", text_language="en")
    assert true.status == "reworded" and "name" not in true.flags, true.reason

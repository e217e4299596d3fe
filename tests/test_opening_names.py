"""A name that opens a sentence is still a name (matching/openers.py): read as one on the
evidence of the text and its source, and compared, so that a claim naming another person
than the source is flagged. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.openers import source_names

RU = (
    "Совет собрался поздно вечером. Председательствовал Петров, и собрание было бурным. "
    "Карпов предложил отложить решение до утра. Петров с ним согласился. Все разошлись."
)


def test_a_russian_surname_opening_a_sentence_is_a_name():
    assert read_anchors("Карпов с ним согласился.", "ru").names == ("Карпов",)
    assert read_anchors("Вечером все разошлись.", "ru").names == ()


def test_a_surname_shape_used_in_lower_case_is_no_name():
    text = "Готов ли ты? Я был готов."  # "Готов" has a surname's ending, but is a word here
    assert "Готов" not in read_anchors(text, "ru").names
    source = source_names("Мы ждали большевиков. Большевиков было мало.", "ru")
    assert read_anchors("Большевиков было мало.", "ru").names == ("Большевиков",)
    assert read_anchors("Большевиков было мало.", "ru", known_names=source).names == ()


def test_a_name_named_elsewhere_in_the_source_opens_a_passage():
    source = "Am Morgen kam Herr Brandt an. Brandt unterschrieb sofort. Dann ging er."
    known = source_names(source, "de")
    assert read_anchors("Brandt unterschrieb sofort.", "de", known_names=known).names == ("Brandt",)
    assert read_anchors("Brandt unterschrieb sofort.", "de").names == ()


def test_a_word_capitalized_in_speech_but_used_in_lower_case_is_no_name():
    source = 'She said, "Therefore we stay." He therefore stayed. Therefore they waited.'
    known = source_names(source, "en")
    assert "therefore" not in known.keys and "therefore" in known.lower
    assert read_anchors("Therefore they waited.", "en", known_names=known).names == ()


def test_a_german_genitive_before_its_noun_is_left_to_the_roles_reader():
    source = "Der Vater rief Martins Namen. Martins Blick fiel auf die Tür."
    known = source_names(source, "de")
    assert "martin" in known.keys or "martins" in known.keys
    assert "Martins" not in read_anchors("Martins Blick fiel.", "de", known_names=known).names


@pytest.mark.parametrize(
    ("quote", "flagged"),
    [("Karpov proposed to put the decision off until the morning.", False),
     ("Sokolov proposed to put the decision off until the morning.", True)],
)  # fmt: skip
def test_another_person_at_the_sentence_start_is_flagged(quote, flagged):
    r = match_meaning(quote, RU, language="en", text_language="ru")
    assert r.status == "reworded"
    assert ("name" in r.flags) is flagged
    if flagged:
        assert "CHECK: names differ (Sokolov not there; it names Карпов)" in r.reason

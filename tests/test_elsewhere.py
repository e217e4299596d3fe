"""A quote's word the chosen passage pairs weakly or not at all, rendered by another passage
(matching/elsewhere.py): that passage is taken when it renders more of the quote, else the
weak counterpart is not counted where the word is not rendered."""

from __future__ import annotations

import pytest
from conftest import shared_excerpt

from sourcecheck.matching.elsewhere import lacking
from sourcecheck.matching.evidence import Weighing
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.verdict import Signals
from sourcecheck.matching.wordpairs import Alignment, WordPair


def test_lacking_words_are_those_unpaired_or_paired_weakly():
    quote = "The father pelted Gregor with apples."
    pairs = (
        WordPair("father", 4, "Vater", 50, 0.93),
        WordPair("pelted", 11, "zog", 7, 0.61),
        WordPair("Gregor", 18, "Gregor", 0, 1.0),
    )
    signals = Signals(0.7, 0.15, 0.75, cross=True, content_words=4, counterparts=3)
    weighed = Weighing(signals, Alignment(4, pairs), None, None)  # type: ignore[arg-type]
    missing = lacking(quote, "en", weighed)
    assert missing == {11: pairs[1], 30: None}  # "pelted" weakly, "apples" not at all


@pytest.mark.shared
def test_a_passage_with_the_quotes_key_noun_wins_over_one_paired_by_chance():
    # our own paraphrase; the nearest sentence by vectors, "Gregor zog den Kopf von der Tür
    # zurück und hob ihn gegen den Vater.", has no apples ("pelted"/"zog" at 0.61)
    text = shared_excerpt("kafka-die-verwandlung-de.txt", "\nII.\n", "\nIII.\n")
    quote = "The father pelted Gregor with apples, and one of them got stuck in his back."
    r = match_meaning(quote, text, language="en", text_language="de")
    assert r.status == REWORDED, r.reason
    assert "Es war ein Apfel" in r.span.slice(text)
    assert "apples/Apfel" in r.reason


@pytest.mark.shared
def test_a_word_paired_weakly_and_rendered_elsewhere_is_not_counted_there():
    # roles-13: "кулаком" paired with "slammed" at the nearest passage, with "fist" where
    # the scene is; counted there, the nearest passage has too few counterparts
    text = shared_excerpt("kafka-metamorphosis-en.txt", "One morning, when Gregor Samsa", "\nII\n")
    text += "\n\n" + shared_excerpt("kafka-metamorphosis-en.txt", "\nIII\n", "End of the Project")
    quote = "И вот уже Грегор постучал в одну из боковых дверей — слабо, но кулаком."
    r = match_meaning(quote, text, language="ru", text_language="en")
    assert r.status == "not_found", r.reason
    assert "“кулаком”/“slammed”" in r.reason and "only weakly" in r.reason
    assert "“fist”" in r.reason

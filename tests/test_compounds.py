"""A German paraphrase that writes a compound's parts apart ("die Sohlen seiner Stiefel" for
"seine Stiefelsohlen") is a rendering of the German passage: the compound pairs with each of
its parts, where the word vectors paired it with one at most and the paraphrase was rejected as
a topic (issue 10, walkthrough walk99 F7, :mod:`sourcecheck.matching.compounds`).

The village chronicle is ours, written for these tests.
"""

from __future__ import annotations

from sourcecheck.matching.compounds import is_part, with_compounds
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordpairs import Alignment

CHRONIK = (
    "Der Schmied kam spät am Abend aus der Stadt zurück. Er stellte die Laterne auf den Tisch "
    "und setzte sich an den Ofen. Lange betrachtete er die Riesengröße seiner Stiefelsohlen. "
    "Dann löschte er das Licht und ging schlafen. Am Morgen lag Schnee über dem ganzen Dorf, "
    "und die Kinder liefen zur Schule."
)


def test_a_paraphrase_with_the_compound_apart_is_found_at_its_sentence() -> None:
    result = match_meaning(
        "Lange betrachtete er die riesigen Sohlen seiner Stiefel.", CHRONIK, language="de",
        text_language="de",
    )  # fmt: skip
    assert result.status == REWORDED, result.reason
    assert "Stiefelsohlen" in result.span.slice(CHRONIK)


def test_another_thing_of_the_same_words_stays_not_found() -> None:
    # the compound's parts, but the sentence says something else of other things
    sold = "Der Schmied verkaufte im Winter seine Stiefel und die Sohlen an die Kinder im Dorf."
    assert match_meaning(sold, CHRONIK, language="de", text_language="de").status == "not_found"


def test_only_german_compounds_and_long_enough_parts_pair() -> None:
    assert is_part("sohl", "stiefelsohl") and is_part("stiefel", "stiefelsohl")
    assert not is_part("mal", "einmal")  # too short a part: "mal" closes many words
    assert not is_part("stiefel", "stiefeln")  # an inflection, not a compound
    english = with_compounds(Alignment(2, ()), "boot soles", "en", "bootsoles here", "en")
    assert english.pairs == ()

"""Opposites beyond the curated table (issue 10): a long, otherwise faithful English rendering
with one word replaced by its opposite ("a happy ending" where the source says "a sad end")
is flagged ``opposite``, read from WordNet's antonyms (Debian's ``wordnet-base``, which
``make test`` installs); the same sentence with a word of like meaning ("unhappy" for "sad",
"triumphant" for "victorious") is not. The chronicle is ours, written for these tests.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.antonyms import antonym_words, opposites
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE, opposite_words

CHRONICLE = (
    "The chronicle of the valley towns, as the abbot's clerk kept it.\n\n"
    "In the spring the miller's guild petitioned the council for a new weir above the "
    "bridge, and the council granted it after a long debate about the fishermen's rights.\n\n"
    "Of the three brothers who governed the upper valley, being all of modest habits, "
    "lovers of the law and enemies of violence, every one came to a sad end except the "
    "youngest, who retired to the abbey.\n\n"
    "The town of Marrow withstood a siege of nine weeks by the league of the lowland "
    "cities and a victorious army of hired soldiers, and kept its walls and its charter.\n\n"
    "In the autumn the river froze early and the ferrymen carried the mail across the ice.\n"
)

pytestmark = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet is not installed (make test installs it)"
)


@pytest.mark.parametrize(
    ("word", "other"),
    [("happy", "sad"), ("victorious", "defeated"), ("rich", "poor"), ("strength", "weakness"),
     ("hostile", "friendly"), ("easily", "difficult"), ("carefully", "careless")],
)  # fmt: skip
def test_words_that_wordnet_reads_as_opposites(word: str, other: str) -> None:
    assert opposites(word, other) and opposites(other, word)


@pytest.mark.parametrize(
    ("word", "other"),
    [("ungrateful", "thankless"), ("fickle", "voluble"), ("sad", "unhappy"),
     ("hostile", "unfriendly"), ("victorious", "triumphant"), ("poor", "needy"),
     ("happy", "happy"), ("Marrow", "sad"), ("qwertyuiop", "happy"),
     # converses (one event told from the other side) are not read; a comparison told from
     # the other side ("greater" / "smaller") is read by .converses
     ("bought", "sold"), ("lend", "borrow")],
)  # fmt: skip
def test_words_of_like_meaning_or_unknown_are_no_opposites(word: str, other: str) -> None:
    assert not opposites(word, other)


def test_only_words_one_side_lacks_are_compared() -> None:
    passage = "Every one came to a sad end, and the youngest was happy in the abbey."
    # "happy" is there too: the quote's "happy" is rendered, whatever else the passage says
    assert antonym_words("They all had a happy ending.", passage) is None
    assert antonym_words("They all had a happy ending.", "They all came to a sad end.") == (
        "happy",
        "sad",
    )
    # in any form: "defeated" is the passage's "defeat" said as an adjective
    assert antonym_words("The defeated army fled.", "The army's defeat was total.") is None
    # or by a word of one of its senses: "careful" is rendered by "cautious", "bold" by
    # "impetuous", though "careful" / "impetuous" are opposites
    assert (
        antonym_words(
            "It is better to be bold than careful.", "It is better to be impetuous than cautious."
        )
        is None
    )
    # a word a negation may turn round: "not to be good" says "to do wrong"
    assert (
        antonym_words(
            "A prince must learn how not to be good.", "A prince must know how to do wrong."
        )
        is None
    )
    assert antonym_words("A prince must learn how to be good.", "A prince must know how to do "
                         "wrong.") == ("good", "wrong")  # fmt: skip


def test_opposite_words_reads_wordnet_and_keeps_the_negation_rule() -> None:
    quote = "Every one of the brothers had a happy ending except the youngest."
    passage = "Every one came to a sad end except the youngest."
    assert opposite_words(quote, "en", passage, "en") == ("happy", "sad")
    # a negation on one side only is the negation check's ("not happy" is "sad")
    assert opposite_words(quote.replace("had a", "had not a"), "en", passage, "en") is None
    # across languages WordNet is read through a dictionary (.crossantonyms), when there
    german = opposite_words("Jeder nahm ein trauriges Ende.", "de", quote, "en")
    assert german == (("trauriges", "happy") if bilingual.available() else None)
    assert opposite_words("Jeder nahm ein trauriges Ende.", "de", passage, "en") is None


def _meaning(quote: str):
    return match_meaning(quote, CHRONICLE, language="en", text_language="en")


def test_a_long_faithful_rendering_with_one_opposite_word_is_flagged() -> None:
    result = _meaning(
        "Of the three brothers who ruled the upper valley, all of them modest in their "
        "habits, lovers of law and enemies of violence, each had a happy ending except the "
        "youngest, who withdrew to the abbey."
    )
    assert result.status == REWORDED and OPPOSITE in result.flags, result.reason
    assert "“happy” where the source says the opposite, “sad”" in result.reason
    assert result.span is not None and "sad end" in result.span.slice(CHRONICLE)
    army = _meaning(
        "The town of Marrow endured a siege of nine weeks by the league of the lowland cities "
        "and a defeated army of hired soldiers, and kept both its walls and its charter."
    )
    assert army.status == REWORDED and OPPOSITE in army.flags, army.reason
    assert "“defeated” where the source says the opposite, “victorious”" in army.reason


def test_the_same_rendering_with_words_of_like_meaning_is_not_flagged() -> None:
    result = _meaning(
        "Of the three brothers who ruled the upper valley, all of them modest in their "
        "habits, lovers of law and enemies of violence, each had an unhappy ending except the "
        "youngest, who withdrew to the abbey."
    )
    assert result.status == REWORDED and result.flags == [], result.reason
    army = _meaning(
        "The town of Marrow endured a siege of nine weeks by the league of the lowland cities "
        "and a triumphant army of hired soldiers, and kept both its walls and its charter."
    )
    assert army.status == REWORDED and army.flags == [], army.reason


def test_without_the_wordnet_files_no_opposite_is_read_and_nothing_fails(tmp_path) -> None:
    code = (
        "from sourcecheck.matching.antonyms import antonym_words, opposites\n"
        "from sourcecheck.matching import wordnet\n"
        "print(wordnet.available(), opposites('happy', 'sad'),"
        " antonym_words('a happy end', 'a sad end'))\n"
    )
    env = {**os.environ, "WNSEARCHDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False", "None"]

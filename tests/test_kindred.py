"""English words of one sense by WordNet pair as counterparts (task clause107,
:mod:`sourcecheck.matching.kindred`): "obliged" / "compelled", "murdered" / "killed",
"enfeeble" / "weaken"; opposites, a noun and its kind, and words of other senses do not.

The sentences are written for these tests. WordNet (Debian's wordnet-base) is installed on
the machines the suite runs on; without it the words pair by their vectors only.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching import wordnet
from sourcecheck.matching.kindred import kindred, with_kindred
from sourcecheck.matching.wordpairs import Alignment, WordPair

pytestmark = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")


@pytest.mark.parametrize(
    ("word", "other"),
    [("obliged", "compelled"), ("murdered", "killed"), ("enfeeble", "weaken"),
     ("prudent", "wise"), ("nimble", "agile"), ("affairs", "matters"), ("risk", "danger")],
)  # fmt: skip
def test_words_of_one_sense_are_kindred(word: str, other: str) -> None:
    assert kindred(word, other) and kindred(other, word)


@pytest.mark.parametrize(
    ("word", "other"),
    [("happy", "sad"), ("strengthened", "weakened"), ("dog", "animal"), ("king", "prince"),
     ("murder", "death"), ("bought", "stole"), ("army", "soldiers")],
)  # fmt: skip
def test_opposites_kinds_and_other_senses_are_not(word: str, other: str) -> None:
    assert not kindred(word, other)


def test_a_word_without_a_counterpart_pairs_with_a_kindred_one_left_over() -> None:
    quote = "The burghers were obliged to leave the walls and the council had the traitor killed."
    passage = (
        "the citizens were compelled to abandon the walls, and the council murdered the traitor"
    )
    kept = WordPair("walls", quote.index("walls"), "walls", passage.index("walls"), 1.0)
    a = with_kindred(Alignment(8, (kept,)), quote, "en", passage, "en")
    pairs = {(p.quote, p.passage) for p in a.pairs}
    assert {("obliged", "compelled"), ("killed", "murdered")} <= pairs
    assert ("walls", "walls") in pairs and len(pairs) == len(a.pairs)  # each passage word once
    # a word already paired is not paired again, and other languages are not read
    assert with_kindred(a, quote, "en", passage, "en").pairs == a.pairs
    assert with_kindred(Alignment(8, ()), quote, "en", passage, "de").pairs == ()


def test_an_opposite_is_no_counterpart() -> None:
    quote = "The duke strengthened the garrison of the town."
    passage = "The duke weakened the garrison of the town."
    a = with_kindred(Alignment(4, ()), quote, "en", passage, "en")
    assert ("strengthened", "weakened") not in {(p.quote, p.passage) for p in a.pairs}

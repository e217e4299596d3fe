"""Older English read as the same English (task archaic109): the second person's old pronouns,
the "-eth" / "-est" verbs, "unto", "wherefore", and "without" of place are forms of the modern
words, not changed words; "within" against "outside" is an opposite. Passages written for
these tests: a guild's ordinance in an older register and its modern wording."""

from __future__ import annotations

import pytest

from sourcecheck import match_quote
from sourcecheck.matching import wordnet
from sourcecheck.matching.archaic import forms_of_one, same_form, verb_lemma
from sourcecheck.matching.negation import read_negations
from sourcecheck.matching.opposites import opposite_words
from sourcecheck.matching.outside import place_reading
from sourcecheck.matching.stems import content_stems

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")

MODERN = (
    "The masters of the guild met in the long hall. The master said to the apprentices, "
    "“Why do you wait outside? You have your wages, and the doors are open to you.” "
    "Afterwards the carters who stood outside the town gave their names to the clerk."
)
OLDER = (
    "The masters of the guild met in the long hall. The master said unto the apprentices, "
    "Wherefore wait ye without? Ye have your wages, and the doors are open unto thee. "
    "Afterwards the carters that stood without the town gave their names to the clerk."
)


def test_old_pronouns_and_auxiliaries_are_forms_of_the_modern_words() -> None:
    assert same_form("thee", "you") and same_form("ye", "you") and same_form("thou", "thee")
    assert same_form("hath", "has") and same_form("shalt", "shall") and same_form("unto", "to")
    assert same_form("wherefore", "why") and same_form("ere", "before")
    assert not same_form("thee", "me") and not same_form("hath", "had")


@needs_wordnet
def test_eth_and_est_verbs_are_read_as_their_verb_and_modern_words_keep_theirs() -> None:
    assert [verb_lemma(w) for w in ("knoweth", "cometh", "crieth", "standest", "forgettest")] == [
        "know", "come", "cry", "stand", "forget"]  # fmt: skip
    assert [verb_lemma(w) for w in ("honest", "forest", "teeth", "suggest", "greatest")] == [
        None] * 5  # fmt: skip
    assert content_stems("the steward knoweth it".split(), "en") == content_stems(
        "the steward knows it".split(), "en"
    )
    assert content_stems("thee thou hath unto".split(), "en") == []


@needs_wordnet
def test_forms_of_one_lemma_are_no_changed_word_and_two_verbs_are() -> None:
    assert forms_of_one(["smote"], ["smites"]) and forms_of_one(["hath"], ["has"])
    assert not forms_of_one(["struck"], ["smote"]) and not forms_of_one(["gave"], ["took"])


def test_the_word_matcher_reads_old_forms_as_variants_not_changed_words() -> None:
    quote = "The master said unto the apprentices: Ye have your wages, and the doors are open."
    result = match_quote(quote, MODERN.replace("Why do you wait outside? ", ""), language="en")
    assert result.status == "close" and not result.flags
    kinds = {d.quote: d.kind for d in result.differences}
    assert kinds == {"unto": "spelling", "Ye": "spelling"}


@needs_wordnet
def test_without_of_place_is_outside_and_without_of_lack_stays_a_negation() -> None:
    assert place_reading("the carters that stood without the town", "en") == (
        "the carters that stood outside the town"
    )
    assert read_negations("Wherefore wait ye without? Come in.", "en").words == ()
    assert read_negations("The carters stood without the town.", "en").words == ()
    assert read_negations("He signed without the consent of the masters.", "en").words == (
        "without",
    )
    assert read_negations("We cannot pay, we must do without.", "en").words == ("cannot",)


@needs_wordnet
def test_within_against_outside_is_an_opposite_and_without_against_outside_is_not() -> None:
    modern = "the carters who stood outside the town"
    found = opposite_words("the carters that stood within the town", "en", modern, "en")
    assert found == ("within", "outside")
    assert opposite_words("the carters that stood without the town", "en", modern, "en") is None


@needs_wordnet
def test_a_changed_place_is_still_flagged_by_the_word_matcher() -> None:
    faithful = "Afterwards the carters that stood without the town gave their names to the clerk."
    changed = "Afterwards the carters that stood within the town gave their names to the clerk."
    kept = match_quote(faithful, MODERN, language="en")
    assert kept.status == "close" and "negation" not in kept.flags
    assert "opposite" not in kept.flags
    flipped = match_quote(changed, MODERN, language="en")
    assert flipped.status == "close" and "opposite" in flipped.flags
    modern = match_quote("the carters who stood inside the town gave their names", OLDER,
                         language="en")  # fmt: skip
    assert "opposite" in modern.flags

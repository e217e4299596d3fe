"""A claim whose doer, a person's noun, is nowhere in the passage, where another person does
what it says, is not found there (issue 10, :mod:`sourcecheck.matching.doers`); a rendering
that names its doer otherwise (a pronoun that fits, a name) stays one. A kin noun in another
kin noun's place (the father for the mother) is found there, flagged ``name``
(:mod:`sourcecheck.matching.otherpersons`, task names107).

The miller's household notes are ours, written for these tests.
"""

from __future__ import annotations

from sourcecheck.matching.doers import doer_reason
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordpairs import Alignment, WordPair

HOUSE = (
    "Notes of the miller's household, kept by the eldest son.\n\n"
    "In the morning the daughter carried a basket of eggs to the market and sold them all "
    "before noon. The miller stayed at home and mended the old cart.\n\n"
    "In the evening the mother lit the stove and cooked a thick soup of beans for the whole "
    "family. Afterwards she sang by the window until the candles burned down.\n\n"
    "On Sunday the father drove the cart to church, and the neighbours walked behind it.\n\n"
    "The geese were loud all that winter. At dusk he fed the geese and locked the gate of the "
    "yard.\n"
)


def _event(quote: str, language: str):
    return match_meaning(quote, HOUSE, language=language, text_language="en", kind="event")


def test_a_claim_whose_doer_is_another_person_of_the_passage_is_not_found() -> None:
    # the daughter carried the eggs, the mother cooked: every other word has a counterpart
    maid = _event("Служанка отнесла на рынок корзину яиц и продала их все до полудня.", "ru")
    assert maid.status == "not_found", maid.reason
    assert "“daughter” do this, not “Служанка”" in maid.reason
    assert maid.candidate is not None and "basket of eggs" in maid.candidate.slice(HOUSE)
    father = _event("Отец затопил печь и сварил густой суп из фасоли для всей семьи.", "ru")
    assert father.status == REWORDED and "name" in father.flags, father.reason
    assert "“Отец” in the quote, “mother” there" in father.reason
    assert father.span is not None and "thick soup" in father.span.slice(HOUSE)


def test_a_pronoun_of_the_other_gender_is_another_doer() -> None:
    sister = _event(
        "Die Schwester fütterte in der Dämmerung die Gänse und schloss das Tor des Hofes ab.", "de"
    )
    assert sister.status == "not_found", sister.reason
    assert "“he” do this, not “Schwester”" in sister.reason


def test_an_adverb_opening_the_claim_is_no_name_before_its_doer() -> None:
    # "Утром" (the dictionary reads no name), "In the morning" (function words): read on
    maid = _event("Утром служанка отнесла на рынок корзину яиц и продала их все до полудня.", "ru")
    assert maid.status == "not_found", maid.reason
    assert "“daughter” do this, not “служанка”" in maid.reason
    son = _event("In the evening the son lit the stove and cooked a thick soup of beans.", "en")
    assert son.status == REWORDED and "name" in son.flags, son.reason
    assert "“son” in the quote, “mother” there" in son.reason
    for quote, language in [
        ("Утром дочь отнесла на рынок корзину яиц и продала их все до полудня.", "ru"),
        ("In the evening she lit the stove and cooked a thick soup of beans.", "en"),
    ]:
        found = _event(quote, language)
        assert found.status == REWORDED, (quote, found.reason)


def test_a_person_noun_opening_the_claim_is_not_swapped_for_a_name() -> None:
    # "Мать" opens the claim: no name to compare again with "Sunday" in its place (.swapped);
    # the father in the mother's place is another person (.otherpersons)
    mother = _event("Мать отвезла телегу в церковь, а соседи шли за ней.", "ru")
    assert mother.status == REWORDED and "name" in mother.flags, mother.reason
    assert "“Мать” in the quote, “father” there" in mother.reason
    assert "Sunday" not in mother.reason.split("CHECK")[-1]


def test_the_doer_rendered_or_named_otherwise_stays_a_rendering() -> None:
    for quote, language in [
        ("Дочь отнесла на рынок корзину яиц и продала их все до полудня.", "ru"),
        ("Мать затопила печь и сварила густой суп из фасоли для всей семьи.", "ru"),
        ("Отец отвёз телегу в церковь, а соседи шли за ней.", "ru"),
        ("Der Bruder fütterte in der Dämmerung die Gänse und schloss das Tor des Hofes ab.", "de"),
    ]:
        found = _event(quote, language)
        assert found.status == REWORDED, (quote, found.reason)


def test_a_name_or_a_fitting_pronoun_may_be_the_claims_doer() -> None:
    quote = "The maid carried the bowl out."
    for passage in ("Grete carried the dish out.", "She carried the dish out."):
        pairs = (
            WordPair("carried", quote.index("carried"), "carried", passage.index("carried"), 1.0),
            WordPair("bowl", quote.index("bowl"), "dish", passage.index("dish"), 0.8),
        )
        assert doer_reason(quote, "en", (), passage, "en", Alignment(3, pairs), ("Grete",)) is None
    passage = "He carried the dish out."
    pairs = (
        WordPair("carried", quote.index("carried"), "carried", passage.index("carried"), 1.0),
        WordPair("bowl", quote.index("bowl"), "dish", passage.index("dish"), 0.8),
    )
    assert "“He” do this" in str(doer_reason(quote, "en", (), passage, "en", Alignment(3, pairs)))

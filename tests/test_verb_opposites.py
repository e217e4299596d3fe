"""Verbs said by their opposite (issue 10, walkthrough walk106): a long, otherwise faithful
English rendering that says "remember" where its source says "forget", "weakened" for
"strengthened", "advanced" for "retreated" is flagged ``opposite`` (WordNet's verb antonyms,
:mod:`sourcecheck.matching.antonyms`); words of like meaning ("reinforced", "withdrew") and
converses, one event told from the other side ("lent" / "borrowed"), are not; and a word
paired with its opposite is never listed as a word both share. The chronicle is ours,
written for these tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching import wordnet
from sourcecheck.matching.antonyms import opposites
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE, opposite_change
from sourcecheck.models import Difference

CHRONICLE = (
    "The chronicle of the river wardens, as the toll clerk kept it.\n\n"
    "The old warden used to say that whoever believes that fresh favours make great lords "
    "forget old wrongs deceives himself, since an insult outlives any gift.\n\n"
    "When the spring floods came, the wardens strengthened the dykes along the lower meadows, "
    "so that the water would spill into the marsh rather than into the town.\n\n"
    "In the dry year the abbot lent the millers forty florins to mend the great wheel, and "
    "they repaid him at Martinmas.\n\n"
    "At dawn the hired companies retreated across the ford, and the townsmen watched them from "
    "the walls until noon.\n"
)
WARDEN = (
    "The old warden would say that anyone who thinks new favours make great lords {} old "
    "wrongs is deceiving himself, since an insult outlives any gift."
)
FLOODS = (
    "At the time of the spring floods the wardens {} the dykes by the lower meadows, so that "
    "the water would flow into the marsh rather than into the town."
)
FORD = (
    "At daybreak the hired companies {} across the ford, while the townsmen watched them from "
    "the walls till midday."
)

pytestmark = pytest.mark.skipif(
    not wordnet.available(), reason="WordNet is not installed (make test installs it)"
)


@pytest.mark.parametrize(
    ("word", "other"),
    [("remember", "forgotten"), ("forgot", "remembered"), ("weakened", "strengthening"),
     ("advanced", "retreated"), ("opened", "closed"), ("hates", "loved"),
     ("friends", "enemies")],
)  # fmt: skip
def test_verbs_that_wordnet_reads_as_opposites(word: str, other: str) -> None:
    assert opposites(word, other) and opposites(other, word)


@pytest.mark.parametrize(
    ("word", "other"),
    [("recalled", "remembered"), ("withdrew", "retreated"), ("reinforced", "strengthened"),
     ("cherish", "love"), ("keep", "lets"),
     # converses: one transfer or one fight told from its other side
     ("lent", "borrowed"), ("bought", "sold"), ("gave", "took"), ("attacked", "defended")],
)  # fmt: skip
def test_verbs_of_like_meaning_and_converses_are_no_opposites(word: str, other: str) -> None:
    assert not opposites(word, other) and not opposites(other, word)


def _meaning(quote: str):
    return match_meaning(quote, CHRONICLE, language="en", text_language="en")


@pytest.mark.parametrize(
    ("quote", "opposed"),
    [(WARDEN.format("remember"), ("remember", "forget")),
     (FLOODS.format("weakened"), ("weakened", "strengthened")),
     (FORD.format("advanced"), ("advanced", "retreated"))],
)  # fmt: skip
def test_a_verb_said_the_other_way_round_is_flagged_and_no_shared_word(
    quote: str, opposed: tuple[str, str]
) -> None:
    result = _meaning(quote)
    assert result.status == REWORDED and OPPOSITE in result.flags, result.reason
    assert f"“{opposed[0]}” where the source says the opposite, “{opposed[1]}”" in result.reason
    assert result.evidence is not None
    assert "/".join(opposed) in result.evidence.opposite_words
    assert not any(opposed[0] in w for w in result.evidence.shared_words)


@pytest.mark.parametrize(
    "quote",
    [WARDEN.format("put aside"), FLOODS.format("reinforced"), FORD.format("withdrew"),
     "In the dry year the millers borrowed forty florins from the abbot to mend the great "
     "wheel, and they paid him back at Martinmas."],
)  # fmt: skip
def test_words_of_like_meaning_and_a_converse_are_not_flagged_opposite(quote: str) -> None:
    result = _meaning(quote)
    assert result.status == REWORDED and OPPOSITE not in result.flags, result.reason


def test_an_opposite_turned_round_by_a_negation_is_no_shared_word_either() -> None:
    # "do not let ... remember" / "make ... forget": the negation check's, not an opposite;
    # but "remember/forget" is still no word both share
    result = _meaning(WARDEN.format("remember").replace("make great", "do not let great"))
    assert result.status == REWORDED and OPPOSITE not in result.flags, result.reason
    assert result.evidence is not None
    assert not any("remember" in w for w in result.evidence.shared_words), result.reason
    assert "remember" not in result.reason.partition("shared words")[2].partition(";")[0]


def test_the_word_matchers_changed_verb_is_read_as_an_opposite() -> None:
    found = opposite_change([Difference("changed", "remembered", "forgot")], "en")
    assert found is not None and found.quote == "remembered"
    assert opposite_change([Difference("changed", "borrowed", "lent")], "en") is None

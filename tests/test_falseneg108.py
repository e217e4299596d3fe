"""Faithful renderings that were flagged `negation` (task falseneg108, from walk107's real
retranslations): a word that only looks negated ("dismissed"), a concession
("no matter how"), an exception ("none other than", "no other masters but"), a privative
prefix against a privative preposition ("disarmed" / "without arms"), one elliptical negation
placed otherwise on each side ("and not the other" / "and the other does not": on the
Negations read), "could not
refuse ... without" against "impossible to refuse", "leave ... out of the discussion" against
"will not discuss". Each with a change of the same shape, which stays flagged. Passages
written for these tests."""

from __future__ import annotations

import re

import pytest
from conftest import rendering_pairs

from sourcecheck.matching import wordnet
from sourcecheck.matching.deniedlack import denied_lacks
from sourcecheck.matching.ellipses import elliptical, without_ellipses
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations
from sourcecheck.matching.prefixsense import negated_by_dis, prefix_negates
from sourcecheck.matching.privative import idiom_spans

HARBOUR = (
    "The Harbour\n\n"
    "When the captain came back to the harbour, the old merchant dismissed the clerk and said "
    'to his daughter, "Now sail to the islands, look around you, and choose your cargo."\n\n'
    "The island markets are opened either by silver or by friendship, but they are kept "
    "without either; for they rest on the old customs of the fishermen, which are so strong "
    "that the markets may be held no matter how their wardens behave and live.\n\n"
    "Then the captains of the coast, quarrelling among themselves, could each draw a share of "
    "the harbours to his side; and these harbours, when the house of their old lords had died "
    "out, recognised no other masters but the Genoese.\n\n"
    "The sailors, being entirely without arms, sent three hundred archers to take the tower, "
    "whereby they ran more danger than at any other time of the siege.\n\n"
    "The governor, having watched the fleet and wishing to keep the bishop his friend, found "
    "it impossible to refuse him.\n\n"
    "The admiral, having read the letter of the council, found it easy to refuse them.\n\n"
    "I will not now discuss the harbour dues, but will speak of the ships."
)
GAVAN = (
    "Гавань\n\n"
    "Когда капитан вернулся в гавань, старый купец отпустил приказчика и сказал дочери: "
    "«Теперь плыви на острова, осмотрись и выбирай себе груз»."
)
TEXTS = {"HARBOUR": HARBOUR, "GAVAN": GAVAN}

PAIRS = """
GAVAN en>ru: When the captain returned to the harbour, the old merchant dismissed the clerk
    and said to his daughter, "Now sail to the islands, look around, and choose your cargo."
  | When the captain returned to the harbour, the old merchant did not dismiss the clerk and
    said to his daughter, "Now sail to the islands, look around, and choose your cargo."
HARBOUR en>en: They are opened either by silver or by friendship, but are kept without either,
    for they are sustained by the ancient customs of the fishermen, which are so powerful
    that they keep the markets in hand in whatever manner their wardens proceed and live.
  | They are opened either by silver or by friendship, but are kept without either, for they
    are sustained by the ancient customs of the fishermen, which are so weak that the markets
    may not be held, no matter how their wardens behave and live.
HARBOUR en>en: And the captains, fighting among themselves, could each attach to himself a
    part of the harbours; and the house of the old lords being extinct, none other than the
    Genoese were acknowledged.
  | And the captains, fighting among themselves, could each attach to himself a part of the
    harbours; and the house of the old lords being extinct, the Genoese were not acknowledged.
HARBOUR en>en: The sailors, being totally disarmed, hired 300 archers to attack the tower, by
    which measure they ran greater risk than at any period of the siege.
  | The sailors, being well armed, hired 300 archers to attack the tower, by which measure
    they ran greater risk than at any period of the siege.
HARBOUR en>en: The governor, having watched the fleet and wishing to keep the bishop his
    friend, judged that he could not refuse him without manifest injury.
  | The admiral, having read the letter of the council, judged that he could not refuse them
    without manifest injury.
HARBOUR en>en: I shall leave the harbour dues out of the discussion and shall speak of the
    ships.
  | I shall now discuss the harbour dues and shall speak of the ships.
"""
"""A pair a case (indented lines go on): the text, the languages, a faithful rendering, and
after "|" the same shape with a negation added or removed (or the other side's negation
answered by nothing)."""


@pytest.mark.parametrize(("text", "true", "changed", "languages"), rendering_pairs(PAIRS, TEXTS))
def test_faithful_renderings_are_not_flagged_and_the_same_shapes_negated_are(
    text: str, true: str, changed: str, languages: tuple[str, str]
) -> None:
    r = match_meaning(true, text, language=languages[0], text_language=languages[1])
    assert r.status == "reworded", r.reason
    assert "negation" not in r.flags, r.reason
    r = match_meaning(changed, text, language=languages[0], text_language=languages[1])
    assert r.status == "not_found" or "negation" in r.flags, r.reason


@pytest.mark.skipif(not wordnet.available(), reason="WordNet's files are not installed")
def test_a_prefix_negates_only_a_word_it_is_the_opposite_of() -> None:
    assert [prefix_negates(w) for w in ("dismissed", "displayed", "informed")] == [False] * 3
    assert [prefix_negates(w) for w in ("disarmed", "disobeyed", "impossible")] == [True] * 3
    assert negated_by_dis("disarmed") and not negated_by_dis("dismissed")
    words = read_negations("Being disarmed, they dismissed the guard.", "en").affixed
    assert [w for _, w in words] == ["disarmed"]


def test_concessions_and_exceptions_negate_nothing() -> None:
    for text, language, phrase in (
        ("they may be held no matter how their wardens behave", "en", "no matter"),
        ("and they recognised no other masters but the Genoese", "en", "no other masters but"),
        (
            "sie erkannten keine anderen Herren als die Genuesen an",
            "de",
            "keine anderen Herren als",
        ),
        ("und er bekam keine andere Antwort, als ein Nicken", "de", "keine andere Antwort, als"),
        ("это был никто иной, как капитан", "ru", "никто иной"),
    ):
        assert [text[a:b] for a, b in idiom_spans(text, language)] == [phrase]
    assert read_negations("It was no matter to him.", "en").words == ("no",)


def test_a_refusal_after_impossible_is_negated_in_its_turn() -> None:
    text = "He found it impossible to refuse him, and refused the others."
    negations = read_negations(text, "en")
    assert denied_lacks(negations) == {text.index("refuse ")}


def test_a_negation_after_a_conjunction_with_no_word_after_it_is_elliptical() -> None:
    text = "One reaches the port and the other does not, but he did not sail."
    negations = read_negations(text, "en")
    content = {text.index(w): True for w in ("reaches", "port", "other", "sail")}
    assert elliptical(negations, content) == {text.index("not,")}


def test_elliptical_negations_are_left_out_only_when_each_side_has_as_many() -> None:
    quote = "Of two pilots, one arrives at the port and not the other."
    passage = "Of two pilots, one reaches the port and the other does not."
    changed = "Of two pilots, one does not arrive at the port and the other does."
    words = {
        text: {m.start(): True for m in re.finditer(r"pilots|arrive|reaches|port", text)}
        for text in (quote, passage, changed)
    }
    q, p, c = (read_negations(t, "en") for t in (quote, passage, changed))
    kept = without_ellipses(q, p, (words[quote], words[passage]))
    assert (kept[0].words, kept[1].words) == ((), ())
    kept = without_ellipses(c, p, (words[changed], words[passage]))
    assert (kept[0].words, kept[1].words) == (("not",), ("not",))

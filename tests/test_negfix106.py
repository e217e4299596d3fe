"""False flags on true renderings (task negfix106, from new users' walkthroughs): a claim that
quotes part of a sentence says nothing about the conjunct it leaves out ("... und wagte nicht,
sich zu rühren"); a regnal number in words is the word matcher's Roman numeral ("Julius the
Second" / "Julius II."), another value a changed number; a number a found passage does not
state is not found there, not "differs". Passages written for these tests."""

from __future__ import annotations

from sourcecheck.facts.check import TextFacts, check_numbers
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.quote import parse_quote
from sourcecheck.models import Span

KUECHE = (
    "Am Morgen kam die Nachricht aus der Stadt. Der Bürgermeister war erleichtert und schrieb "
    "sofort an den Landrat. Der Landrat antwortete noch am selben Tag.\n\n"
    "Je länger der Winter dauerte, desto weniger Holz blieb im Schuppen.\n\n"
    "Die Köchin stand am Herd; das Mädchen starrte auf die glänzenden Kupferkessel der Frau "
    "und wagte nicht, sich zu bewegen."
)
FORGE = (
    "The Forge\n\nIn the morning the news came from the town. The mayor was relieved and wrote "
    "at once to the district officer.\n\nThe smith stood at the anvil; the apprentice gazed at "
    "the heavy iron hammers of the master and did not dare to speak. Later the rain came over "
    "the hills."
)


def test_a_claim_quoting_part_of_a_sentence_says_nothing_of_its_negated_rest() -> None:
    for quote, text, language, text_language in (
        ("das Mädchen starrte auf die glänzenden Kessel aus Kupfer", KUECHE, "de", "de"),
        ("the girl stared at the shining copper kettles of the woman", KUECHE, "en", "de"),
        ("The smith stood at the anvil and the apprentice looked at the heavy iron hammers.",
         FORGE, "en", "en"),
    ):  # fmt: skip
        r = match_meaning(quote, text, language=language, text_language=text_language)
        assert r.status == "reworded", r.reason
        assert "negation" not in r.flags, r.reason


def test_a_rendered_conjunct_without_its_negation_is_still_flagged() -> None:
    dared = match_meaning(
        "The smith stood at the anvil and the apprentice looked at the heavy iron hammers "
        "and dared to speak.",
        FORGE,
    )
    assert dared.status == "reworded" and "negation" in dared.flags, dared.reason
    gewagt = match_meaning(
        "das Mädchen starrte auf die glänzenden Kessel aus Kupfer und wagte, sich zu bewegen",
        KUECHE, language="de", text_language="de",
    )  # fmt: skip
    assert gewagt.status == "reworded" and "negation" in gewagt.flags, gewagt.reason


def test_a_negated_claim_is_not_answered_by_the_conjunct_it_leaves_out() -> None:
    r = match_meaning(
        "The smith stood at the anvil and the apprentice did not look at the heavy iron hammers.",
        FORGE,
    )
    assert r.status == "not_found" or "negation" in r.flags, r.reason


CHRONICLE = (
    "In that spring Pope Julius II. ordered the painting of the great hall in the palace. "
    "In the autumn King Louis the Twelfth marched his army over the mountains into Lombardy. "
    "After the second siege the town surrendered."
)


def test_the_word_matcher_reads_a_regnal_number_in_words_as_its_numeral() -> None:
    for quote in (
        "Pope Julius the Second ordered the painting of the great hall in the palace.",
        "In that spring Pope Julius the Second ordered the painting",  # short: every word counts
        "King Louis XII. marched his army over the mountains into Lombardy.",
    ):
        r = match_quote(parse_quote(quote), CHRONICLE)
        assert r.status == "close", r.reason
        assert not r.flags, r.reason
        assert [d.kind for d in r.differences] == ["spelling"], r.reason


def test_the_word_matcher_reads_another_regnal_number_as_a_changed_number() -> None:
    for quote in (
        "Pope Julius the Third ordered the painting of the great hall in the palace.",
        "King Louis XI. marched his army over the mountains into Lombardy.",
        "After the third siege the town surrendered, and the army marched",
    ):
        r = match_quote(parse_quote(quote), CHRONICLE)
        assert r.status in ("close", "not_found"), r.reason
        assert r.status == "not_found" or "number" in r.flags, r.reason


def test_a_number_a_found_passage_does_not_state_is_not_found_there() -> None:
    text = "The middle gentleman smiled at his friends. The others had many friends in town."
    first = Span(0, text.index(".") + 1)
    facts = TextFacts(text, language="en")
    check = check_numbers("The middle of the three gentlemen smiled at his friends", facts,
                          passage=first)  # fmt: skip
    assert check is not None
    assert (check.verdict, check.source, check.span) == ("not_found", None, None)
    assert "states no number" in check.detail
    second = Span(first.end + 1, len(text))
    vague = check_numbers("The others had two friends in town.", facts, passage=second)
    assert vague is not None and vague.verdict == "differs"  # "many" where the claim says two

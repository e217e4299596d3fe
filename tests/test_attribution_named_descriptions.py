"""Speakers the text names with an article, as animals and strangers are ("the Mock Turtle",
"the White Rabbit", "the man with the black beard"), and the lead-ins that name them: each
rule on a passage written for the test."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.leadins import cue_in_leadin
from sourcecheck.extract.sieves import cue_after, cue_before
from sourcecheck.models import Claim


def after(text: str) -> str | None:
    cue = cue_after(text, 1, len(text))
    return cue.words if cue else None


def before(text: str) -> str | None:
    """The speaker the lead-in before the final opening mark names (either sieve)."""
    end = len(text) - 1
    cue = cue_in_leadin(text, 0, end) or cue_before(text, 0, end)
    return cue.words if cue else None


def test_a_capitalized_word_after_its_article_is_a_name_not_a_verb() -> None:
    # "mock" is a verb of saying; "the Mock Turtle" is who speaks.
    assert after("” said the Mock Turtle.") == "the Mock Turtle"
    assert after("” the Mock Turtle replied, sighing.") == "the Mock Turtle"
    assert after("” said the mock orator.") is None  # (lower case: the verb ends it)


def test_a_description_ends_at_its_capitalized_noun() -> None:
    assert after("” said the Duchess very decidedly, and she went on.") == "the Duchess"
    assert after("” said the\nInvisible Man many times over.") == "the\nInvisible Man"
    # an owner's noun goes on after the possessive
    assert after("” said the Gardener's voice; and Alice") == "the Gardener's voice"
    assert after("” said the old gentleman kindly.") == "the old gentleman"
    # a capitalized adjective before the person's noun does not end it ("A German", wrongly)
    assert after("” said the German officer.") == "the German officer"
    assert after("” said the Russian delegate slowly.") == "the Russian delegate"
    text = "A German official of high standing said to me in 1918: “We cannot go on so.”\n"
    assert [c.speaker for c in extract_claims(text)] == ["a German official"]


def test_a_name_with_its_article_heard_saying() -> None:
    # "the Hare say" is no noun after an article ("a half whisper"): the Hare is heard saying
    assert before("and after a while Alice heard the Hare say, “") == "the Hare"
    assert before("she was not surprised to hear the Hare say to itself, “") == "the Hare"


def test_a_relative_clause_after_a_name_with_its_article() -> None:
    text = "The Duchess glanced anxiously at the March Hare, who said in a low voice, “"
    assert before(text) == "the March Hare"


def test_a_name_with_its_article_opens_the_clause_of_the_verb() -> None:
    text = "The Duchess turned angrily away from him, and said to the Footman “"
    assert before(text) == "The Duchess"
    # not when the verb is a relative clause's: the Footman said it
    assert before("The Duchess looked hard at the Footman, who said, “") != "The Duchess"


def test_a_capitalized_adverb_opening_the_sentence_is_no_name() -> None:
    text = "Suddenly the lodger raised his gloved hands, stamped his foot, and said, “"
    assert before(text) != "Suddenly"
    assert after("” said Polly, laughing.") == "Polly"  # (a name ending so stays one)


def test_a_description_with_what_tells_the_person_apart() -> None:
    assert after("” said the man with the black beard.") == "the man with the black beard"
    assert after("” said the man with the utmost gravity.") == "the man"


def speakers(text: str) -> dict[str, str | None]:
    claims: list[Claim] = extract_claims(text)
    return {c.quote: c.speaker for c in claims if c.kind in ("quotation", "oral")}


def test_the_man_with_the_black_beard_stays_himself() -> None:
    # The phrase that tells him apart keeps the description as written: he is not the one
    # man named before him (Mr. Jobling, who hides).
    text = (
        "Mr. Jobling ran into the bar, panting, and hid behind the counter.\n\n"
        '"He is after me! Lock me in somewhere," said Mr. Jobling.\n\n'
        '"Shut the doors!" cried the barmaid.\n\n'
        '"Draw the bolts," said the man with the black beard. "I am not afraid."\n'
    )
    assert speakers(text)["Draw the bolts"] == "the man with the black beard"


def test_a_determiner_opens_a_new_phrase_not_a_longer_description() -> None:
    # "that the Hare": a conjunction and a name, not one description ("that" as determiner)
    text = "Alice answered, so eagerly that the Hare said, in a rather offended tone, “"
    assert before(text) == "the Hare"
    assert after("” said the little one.") == "the little one"


def test_an_intensifier_before_a_phrase_of_manner() -> None:
    text = "she asked the Hare, and the Hare answered, very nearly in the same words as before, “"
    assert before(text) == "the Hare"

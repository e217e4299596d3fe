"""Conversation turns of a gender (extract/turns.py): a turn whose pronoun or description says
a gender takes the first person of that gender the conversation offers, and a pronoun nobody
of its gender explains is the one the turns before it call by name. Every passage is written
for these tests."""

from __future__ import annotations

from test_attribution_turns import _Turn

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.cue import Cue
from sourcecheck.extract.people import people_of
from sourcecheck.extract.turns import fill_turns


def _named(paragraph: int, name: str, cue: Cue | None = None) -> _Turn:
    """A turn named beside it ("said Ann"; "I asked" with a cue of the first person)."""
    return _Turn(paragraph, name, "I" if cue else name, cue, True, 0.95)


def _unknown(paragraph: int, words: str, cue: Cue, confidence: float = 0.2) -> _Turn:
    """A turn whose pronoun or description nobody resolved ("he replied", "the old lady")."""
    return _Turn(paragraph, None, words, cue, True, confidence, f"'{words}' beside it")


def test_a_pronoun_turn_passes_over_the_other_gender_to_the_next_candidate() -> None:
    # Ann asks, Mr. Hale answers, then "he replied" that nobody resolved; Ann again, then
    # Mr. Bell. The one who spoke two turns before is Ann, a woman: not "he"; the one who
    # speaks two turns after, Mr. Bell, is (before, the turn was left to nobody).
    people = people_of(
        "Ann came in; she sat. Ann smiled. Mr. Hale came; he sat. Mr. Bell came; he stood."
    )
    he = Cue("he", "pronoun", 40, 42, "replied", (35, 50))
    said = [
        _named(2, "Ann"),
        _named(3, "Mr. Hale"),
        _unknown(4, "he", he),
        _named(5, "Ann"),
        _named(6, "Mr. Bell"),
    ]
    fill_turns(said, lambda s: "It is so.", people)
    assert said[2].speaker == "Mr. Bell"
    assert said[2].evidence == "conversation turns: speaks two turns after"


def test_a_pronoun_nobody_explains_is_the_man_the_turns_before_call() -> None:
    # Mr. Hale is named long before; here only Ann's words call him. "he replied" has no man
    # in the narration to refer to: he is the one the conversation calls by name.
    rain = "".join(
        f"The rain fell on the {w} all that day, and the road was heavy with mud.\n\n"
        for w in "roofs fields lanes hedges barns orchards meadows gardens hills".split()
    )
    text = (
        "Mr. Hale was a quiet man; he read in his study, and he walked alone in the copse.\n\n"
        f"{rain}Ann put on her bonnet, and Mary took her shawl; she was the quicker of the "
        "two, and she reached the gate first.\n\n"
        "“Oh, Mr. Hale, what news?” cried Ann.\n\n"
        "“Let me read it to you,” said Mary, “if the writing tires your eyes.”\n\n"
        "“I had rather you did not,” he replied; “the news is not good.”"
    )
    claims = extract_claims(text)
    reply = next(c for c in claims if c.quote.startswith("I had rather"))
    assert reply.speaker == "Mr. Hale"
    assert "the one of its gender the turns before call" in (reply.notes or "")
    assert {c.speaker for c in claims if "news?" in c.quote or "writing" in c.quote} == {
        "Ann",
        "Mary",
    }


def test_he_or_she_is_never_the_one_who_speaks_as_i() -> None:
    # "“...,” I asked" is the narrator's turn (named Watson by how the others call him); two
    # turns later "said he" is not Watson, whose gender the text never says: the man who
    # speaks two turns after is (before, Watson, who spoke two turns before).
    people = people_of("Mr. Jones came; he sat. Mr. Bell came; he stood. Watson. Watson.")
    i_asked = Cue("I", "first", 40, 41, "asked", (35, 50))
    he = Cue("he", "pronoun", 40, 42, "said", (35, 50))
    said = [
        _named(2, "Watson", i_asked),
        _named(3, "Mr. Jones"),
        _unknown(4, "he", he),
        _named(5, "Watson", i_asked),
        _named(6, "Mr. Bell"),
    ]
    fill_turns(said, lambda s: "It is so.", people)
    assert said[2].speaker == "Mr. Bell"


def test_a_person_shown_of_the_gender_is_surer_than_one_never_shown() -> None:
    # "replied the old lady", whom nobody resolved: two turns before spoke Kit, whose gender
    # the text never shows; two turns after speaks Ann, a woman: the old lady is Ann.
    people = people_of("Ann came; she sat. Mr. Hale came; he sat. Kit came. Kit went.")
    lady = Cue("the old lady", "description", 40, 52, "replied", (35, 60))
    said = [
        _named(2, "Kit"),
        _named(3, "Mr. Hale"),
        _unknown(4, "the old lady", lady, 0.4),
        _named(5, "Mr. Hale"),
        _named(6, "Ann"),
    ]
    fill_turns(said, lambda s: "It is so.", people)
    assert said[2].speaker == "Ann"
    assert said[2].evidence == "conversation turns: speaks two turns after"

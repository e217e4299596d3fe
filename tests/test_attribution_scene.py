"""Pronouns beside quotations resolved to the person present in the scene: someone who speaks
in these paragraphs, rather than one the narration merely mentions. Passages written for the
tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of
from sourcecheck.extract.resolve import Referents, Turn
from sourcecheck.texts.paragraphs import Paragraph

SCENE = (
    "Mr. Thornton had left the house early; Mr. Thornton rode to the mill, and Mr. Hale came "
    "down to breakfast alone.\n\n"
    "“Shall we walk down to the mill this morning?” said Mr. Hale.\n\n"
    "“If you like,” said Margaret.\n\n"
    "Mr. Hale said, “You must see the new looms.”\n\n"
    "Margaret smiled. She had sent his letter on to Mr. Thornton the day before.\n\n"
    "“I would rather stay at home,” he replied, “and read.”"
)


def _scene() -> tuple[Referents, list[Turn], int]:
    text = SCENE
    paras, at = [], 0
    for number, block in enumerate(text.split("\n\n"), 1):
        paras.append(Paragraph(number, at, at + len(block)))
        at += len(block) + 2
    quoted = []
    start = text.find("“")
    while start != -1:
        end = text.index("”", start)
        quoted.append((start + 1, end))
        start = text.find("“", end)
    people = people_of(text)
    referents = Referents(text, people, quoted=quoted, paras=paras)
    turns = []
    for words, name in (("Shall we", "Mr. Hale"), ("If you", "Margaret"), ("You must", "Mr. Hale")):
        mark = text.index("“" + words)
        paragraph = next(p.number for p in paras if p.start <= mark < p.end)
        turns.append(Turn(mark, paragraph, people.resolve(name), name))
    return referents, turns, text.index("“I would")


def test_he_is_the_man_who_speaks_in_the_scene_not_one_mentioned_after_a_preposition() -> None:
    referents, turns, offset = _scene()
    # Mr. Thornton is the last man named ("to Mr. Thornton"), but he is away: Mr. Hale, who
    # spoke two paragraphs before, is the one present.
    assert referents.pronoun(offset, "M", turns=turns) == ("Mr. Hale", True)


def test_without_a_speaker_nearby_the_man_mentioned_is_still_the_referent() -> None:
    referents, turns, offset = _scene()
    # The same narration with nobody speaking in the last paragraphs: the man mentioned.
    assert referents.pronoun(offset, "M", turns=turns[:1])[0] == "Mr. Thornton"


# -- the text's main person of that gender, when near, over another woman named since ---------

MAIN = (
    "Miss Anne Elliot lived at Kellynch. Anne read and walked, and Anne wrote letters, and "
    "Anne was content there; she had her books.\n\n"
    "The house was quiet after the visitors had gone.\n\n"
    "Her sister had left, and with her went Mrs. Croft.\n\n"
    "“It is very quiet now,” she said."
)


def test_she_is_the_main_woman_of_the_text_when_named_in_the_last_paragraphs() -> None:
    # No clause of the narration names a woman before its "she"/"her"; the last woman named
    # is Mrs. Croft, leaving; Anne, whom the text names far more, was named just before.
    claims = extract_claims(MAIN)
    assert [c.speaker for c in claims] == ["Anne"]


def test_without_a_main_woman_she_is_the_last_woman_named() -> None:
    # Anne named as often as Mrs. Croft: nobody is the text's main woman.
    text = MAIN.replace(
        "Anne read and walked, and Anne wrote letters, and Anne was content there",
        "She read and walked, and wrote letters, and was content there",
    )
    assert [c.speaker for c in extract_claims(text)] == ["Mrs. Croft"]


def test_the_main_man_does_not_win_over_the_man_the_last_paragraphs_are_about() -> None:
    # Lenin is the man the text names most, and he is named in the paragraph before; but
    # that paragraph is about Haase, named there more often: "he" goes on about him.
    text = (
        "Mr. Lenin wrote every day. Lenin read, Lenin spoke, and Lenin argued with everyone.\n\n"
        "The winter was long.\n\n"
        "The roads were closed.\n\n"
        "Mr. Haase was a cautious man, and Haase never hurried. Lenin, on the contrary, was "
        "always bold. Haase was like a clerk who counts his coins twice.\n\n"
        "At first he wanted to wait. Later on he changed his mind. In May, he wrote: "
        "“One thing is necessary above all.”"
    )
    assert [c.speaker for c in extract_claims(text)] == ["Haase"]

"""A description or a pronoun resolved past what merely stands nearer: the person the narration
just introduced ("a German prince ... The German prince said"), the description a German
"sie" goes on about past a sentence about a man. Passages written for the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.introductions import introduced_as

HUNT = (
    "Franz Ferdinand took his gun. The prince rose early, and the prince rode far; the prince "
    "shot well, the prince never tired, the prince ate little. Franz Ferdinand came home late. "
    "The prince slept; the prince woke; the prince dressed; the prince went out again. Franz "
    "Ferdinand shook his head.\n\n"
)
FILLER = "".join(
    "Berchtold wrote to Tisza about the harvest and the railways of the monarchy. " * 12 + "\n\n"
    for _ in range(20)
)
PRINCE = (
    HUNT
    + FILLER
    + "Some years ago a German prince, who could not tell the archdukes apart, came to Vienna. "
    "He sat next to Franz Ferdinand at dinner. The German prince, who mistook the Archduke "
    'Franz Ferdinand for someone else, said to him during dinner: "I hope the plan will be '
    'changed."\n'
)


def test_a_description_the_narration_just_introduced_is_that_new_person() -> None:
    # "a German prince" came to Vienna: "The German prince" is he, whom the text never names,
    # not Franz Ferdinand, whom the text names around the word "prince" far more than anywhere.
    assert speaker_of(extract_claims(PRINCE), "I hope the plan") == "the German prince"


def test_an_introduction_keeps_its_adjectives_and_is_not_a_predicate() -> None:
    text = "A tall man came in. Emma looked up. He was a man of few words. The man said"
    assert introduced_as(text, "the man", text.rindex("The man"), 0, lambda at: False) == (
        "a tall man"
    )
    # "the old man" is not the tall man introduced; "was a man of few words" introduces nobody
    assert introduced_as(text, "the old man", text.rindex("The man"), 0, lambda at: False) is None
    text = "Emma looked up. He was a man of few words. The man said"
    assert introduced_as(text, "the man", text.rindex("The man"), 0, lambda at: False) is None


def test_a_trade_introduced_with_its_modifiers_keeps_them() -> None:
    # "a river constable" pushed through the crowd: "said the constable" is the river
    # constable, as a reader would call him (not a constable of any kind).
    text = (
        "Tom slipped on the wet stones of the quay, and the crowd closed round him. "
        "Then a river constable pushed his way through and took him by the arm.\n\n"
        "“Up you get,” said the constable, roughly.\n\n"
        "“I did nothing,” said Tom."
    )
    assert speaker_of(extract_claims(text), "Up you get") == "the river constable"


MOTHER = (
    "Gregor lag in seinem Zimmer und dachte an die Arbeit. Er hörte Schritte auf dem Gang, "
    "und er wusste nicht, was er tun sollte.\n\n"
    "Die Mutter kam an die Tür und klopfte leise. Gregor wartete, ob noch etwas käme. "
    "»Gregor«, sagte sie, »ist dir nicht wohl? Brauchst du etwas?«\n"
)


def test_sie_goes_back_past_a_sentence_about_a_man_to_the_description() -> None:
    # The sentence right before names only Gregor, whom the text shows as "er": "sie" is the
    # mother that opens the sentence before it.
    assert speaker_of(extract_claims(MOTHER), "ist dir nicht") == "die Mutter"


def test_er_opening_the_next_sentence_shows_a_man() -> None:
    # Gregor is named once before "Er hörte": that shows him a man, so "sie" is never Gregor.
    text = (
        "Gregor lag im Bett. Er hörte Schritte.\n\n"
        "Die Mutter kam an die Tür und klopfte leise. Gregor wartete, ob noch etwas käme. "
        "»Gregor«, sagte sie, »ist dir nicht wohl?«\n"
    )
    assert speaker_of(extract_claims(text), "ist dir nicht") == "die Mutter"


def test_a_description_is_not_the_person_its_own_clause_names() -> None:
    # Oliver spoke two turns before and is the one man of the scene, but "the man" seizes
    # him: whoever the man is, not Oliver.
    text = (
        "Oliver shook his head.\n\n"
        "“I did nothing!” cried Oliver.\n\n"
        "The street was full of people.\n\n"
        "“Stop, thief!” cried the man, seizing Oliver by the collar.\n"
    )
    assert speaker_of(extract_claims(text), "Stop, thief") == "the man"


def test_he_is_the_description_opening_the_sentence_before_after_an_adverb() -> None:
    # "Meanwhile, the old doctor walked ...": the sentence's subject is the doctor (its
    # adjectives read up to the noun, not "the old"), whom "he" goes on about; the men named
    # a paragraph earlier are not.
    text = (
        "Mr. Blathers and Mr. Duff sat in the kitchen, and Mr. Blathers took his hat.\n\n"
        "Meanwhile, the old doctor walked up and down the next room in a very uneasy state; "
        "and Mrs. Maylie and Rose looked on.\n\n"
        "“Upon my word,” he said, making a halt, “I hardly know what to do.”\n"
    )
    assert speaker_of(extract_claims(text), "I hardly know") == "the old doctor"


def test_she_goes_back_past_a_sentence_that_opens_with_she() -> None:
    # "She sighed." goes on about the nurse of the sentence before it: "she said" is the
    # nurse, not Rose, the last woman named.
    text = (
        "Rose Maylie sat at the window of the parlour, and Rose smiled at her aunt.\n\n"
        "The old nurse put down her cup. She sighed.\n\n"
        "“It is a cold night,” she said.\n"
    )
    assert speaker_of(extract_claims(text), "It is a cold") == "the old nurse"


INN = (
    "Hawkins and Dick walked along the road until they reached the inn at the crossing.\n\n"
    "“We shall rest here,” said Hawkins, pushing the door open.\n\n"
    "Inside, by the fire, sat a lame old man with a pipe in his hand.\n\n"
    "“Cold night for walking,” said the man, looking up.\n\n"
    "“It is,” replied Hawkins.\n\n"
    "“Going far?” asked the man.\n"
)


def test_the_man_after_a_newcomer_told_apart_is_that_newcomer() -> None:
    # The narration has just introduced "a lame old man": "said the man" is he, named as
    # the text tells him apart, not Dick, the one man of the scene who has not spoken.
    claims = extract_claims(INN)
    assert speaker_of(claims, "Cold night") == "the lame old man"
    # the same description later in the scene is still the newcomer
    assert speaker_of(claims, "Going far") == "the lame old man"


def test_a_bare_introduction_or_a_relative_clause_names_no_newcomer() -> None:
    # "a man" tells nobody apart (the conversation may say who); "the man who held the
    # lantern" is told apart by its own clause: neither is resolved as the newcomer.
    bare = INN.replace("a lame old man with a pipe", "a man with a pipe")
    said = next(c for c in extract_claims(bare) if c.quote.startswith("Cold night"))
    assert "of the narration" not in (said.notes or "")
    other = INN.replace("said the man, looking up", "said the man who held the lantern")
    said = next(c for c in extract_claims(other) if c.quote.startswith("Cold night"))
    assert "of the narration" not in (said.notes or "")


def test_a_description_saying_more_than_its_noun_stays_as_written() -> None:
    # "the fat gentleman" after "a fat gentleman jumped out": that newcomer, not Mr. Giles,
    # who had just spoken and whom the narration names in the same sentence.
    text = (
        "“Brittles is slow,” said Mrs. Maylie.\n\n"
        "“He is, ma'am,” replied Mr. Giles.\n\n"
        "A gig drove up, out of which there jumped a fat gentleman, who ran into the room "
        "and nearly overturned Mr. Giles.\n\n"
        "“I never heard of such a thing!” exclaimed the fat gentleman.\n"
    )
    assert speaker_of(extract_claims(text), "I never heard") == "the fat gentleman"

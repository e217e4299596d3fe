"""Walls a second new user's walkthrough of ``extract`` hit (issue 12), each on a passage
written for the test: "she" given to a man the text shows is one, a German "sie" given to a
man by the conversation turns, a German interrupted quotation that lost its second piece,
German and Russian figures never read."""

from __future__ import annotations

import pytest

from sourcecheck.extract import verbs
from sourcecheck.extract.claims import extract
from sourcecheck.extract.people import people_of


def _quotations(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.quote, c.speaker, c.notes or "")
        for c in extract(text).claims
        if c.kind in ("oral", "quotation")
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Der Minister kam spät in den Saal.\n\n"
            "„Wir werden das nie unterschreiben“, erwiderte der Minister. „Nach drei Wochen "
            "beginnt unsere Offensive.“\n",
            "Wir werden das nie unterschreiben",
            "Nach drei Wochen beginnt unsere Offensive.",
        ),
        (
            "The minister came late into the hall.\n\n"
            "“We shall never sign this,” replied the minister. “After three weeks our "
            "offensive begins.”\n",
            "We shall never sign this",
            "After three weeks our offensive begins.",
        ),
    ],
)
def test_a_sentence_after_an_attributing_sentence_is_the_speakers_words(
    text: str, first: str, second: str
) -> None:
    # „A“, erwiderte der Minister. „B.“: B is the minister's words going on, a short full
    # sentence of speech (not a term quoted in passing) in German as in English.
    said = _quotations(text)
    assert [q for q, _, _ in said] == [first, second]
    assert {s for _, s, _ in said} == {said[0][1]} and "minister" in (said[0][1] or "").lower()


@pytest.mark.parametrize(
    ("text", "figure", "value", "counts"),
    [
        (
            "Die Versammlung tagte bis spät in die Nacht.\n\n"
            "Siebenundvierzig Delegierte verließen vor der Abstimmung den Saal. Vierzehn Tage "
            "später kam der Brief aus Wien.\n",
            "Siebenundvierzig Delegierte verließen vor der Abstimmung den Saal.",
            47,
            "delegierte",
        ),
        (
            "Собрание продолжалось до поздней ночи.\n\n"
            "Сорок семь делегатов покинули зал перед голосованием. Через четырнадцать дней "
            "пришло письмо из Вены.\n",
            "Сорок семь делегатов покинули зал перед голосованием.",
            47,
            "делегатов",
        ),
        (
            "The assembly sat until late at night.\n\n"
            "Forty-seven delegates left the hall before the vote. Fourteen days later the "
            "letter came from Vienna.\n",
            "Forty-seven delegates left the hall before the vote.",
            47,
            "delegates",
        ),
    ],
)
def test_figures_are_read_in_the_texts_language(
    text: str, figure: str, value: int, counts: str
) -> None:
    # The number words of the text's language (German compounds, Russian runs), what they
    # count, and its durations ("vierzehn Tage später" is no figure).
    (claim,) = [c for c in extract(text).claims if c.kind == "figure"]
    assert claim.quote == figure
    assert f"figures: {value} ({counts})" in (claim.notes or "")


def _speaker_of(text: str, words: str) -> str | None:
    (speaker,) = [s for q, s, _ in _quotations(text) if q.startswith(words)]
    return speaker


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Maria Ilyinichna and her brother Sergei sat by the stove. Sergei slept.", "Sergei", "M"),
        ("Sergei came home with his younger sister Vera. Vera laughed.", "Vera", "F"),
        ("We met Sergei, her brother, at the station. Sergei was late.", "Sergei", "M"),
    ],
)
def test_a_relation_in_apposition_gives_a_name_its_gender(
    text: str, name: str, gender: str
) -> None:
    with verbs.reading(text):
        person = people_of(text).resolve(name)
    assert person is not None and person.gender == gender


SHE_AFTER_A_MAN = (
    # "her brother Sergei" shows Sergei a man; so does "he answered", given to him
    (
        "On a winter evening, Maria Ilyinichna and her brother Sergei sat by the stove.\n\n"
        "“Will you write to the committee?” Sergei asked.\n\n"
        "“Yes,” said Maria. “No,” he answered. “I will not write to them again.”\n\n"
        "Sergei stared at the fire for a long time. “Then they will take the mill,” she said "
        "quietly.\n"
    ),
    (
        "In the spring of 1920, Olga Sergeyevna and Pyotr waited at the station.\n\n"
        "“Shall we take the early train?” Pyotr asked.\n\n"
        "“Yes,” said Olga. “No,” he replied. “The early train never leaves on time.”\n\n"
        "Pyotr looked at the clock for a long while. “Then we shall miss the meeting,” she "
        "said softly.\n"
    ),
)


@pytest.mark.parametrize("text", SHE_AFTER_A_MAN)
def test_she_never_names_a_man_the_text_shows_one(text: str) -> None:
    man = "Sergei" if "Sergei" in text else "Pyotr"
    woman = "Maria" if man == "Sergei" else "Olga"
    assert _speaker_of(text, "I will not" if man == "Sergei" else "The early") == man
    assert _speaker_of(text, "Then") == woman


def test_a_german_sie_is_the_description_that_opens_the_sentence_before() -> None:
    text = (
        "Am Morgen traf Herr Weber den alten Herrn Lanski im Garten des Hotels.\n\n"
        "„Haben Sie den Brief aus Berlin schon gelesen?“, fragte Herr Weber.\n\n"
        "„Noch nicht“, sagte Herr Lanski.\n\n"
        "Die Gräfin schrieb am selben Abend einen langen Brief an ihre Schwester. „Ich "
        "fürchte um unser Haus“, sagte sie.\n"
    )
    assert _speaker_of(text, "Ich fürchte") == "die Gräfin"


def test_the_turns_never_give_sie_to_a_man() -> None:
    # Nobody the text names is a woman: "sagte sie" stays unattributed rather than going to
    # Herr Lanski, who spoke two turns before.
    text = (
        "Am Morgen traf Herr Weber den alten Herrn Lanski im Garten des Hotels.\n\n"
        "„Haben Sie den Brief aus Berlin schon gelesen?“, fragte Herr Weber.\n\n"
        "„Noch nicht“, sagte Herr Lanski.\n\n"
        "„Dann lesen Sie ihn bitte noch heute“, sagte Herr Weber.\n\n"
        "„Ich werde ihn niemals lesen“, sagte sie.\n"
    )
    assert _speaker_of(text, "Ich werde") is None


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Der General stand am Fenster.\n\n„In drei Tagen“, antwortete der General, „wenn "
            "das Wetter es erlaubt und die Bahn endlich frei ist.“\n",
            ["In drei Tagen", "wenn das Wetter es erlaubt und die Bahn endlich frei ist"],
        ),
        (
            "The general stood at the window.\n\n“In three days,” answered the general, “if "
            "the weather allows it and the line is at last clear.”\n",
            ["In three days", "if the weather allows it and the line is at last clear"],
        ),
        (  # "One" is a pronoun here, not a figure: the short piece stays out
            "The general stood at the window.\n\n“One could ask,” answered the general, “if "
            "the weather allows it and the line is at last clear.”\n",
            ["if the weather allows it and the line is at last clear"],
        ),
    ],
)
def test_a_short_piece_holding_a_number_is_proposed_on_its_own(
    text: str, pieces: list[str]
) -> None:
    # of an interrupted quotation only pieces of eight words are proposed, or the longest:
    # a piece with a number is a fact to check however short, in any language
    assert [q.rstrip(".") for q, _, _ in _quotations(text)] == pieces

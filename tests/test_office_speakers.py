"""Offices as speakers (task speakers115): minutes and Hansard-style transcripts label
speeches by office ("The CHANCELLOR of the EXCHEQUER:", "Präsident:", "Председатель:") and a
claim may give the person or the office. A person against an office (or an office against a
person) is checked only where the transcript says who held it, in a label or in its heading
("Präsident Löbe eröffnet die Sitzung", "Председательствует ... Хомяков", "[Mr. SPEAKER (Mr.
LOWTHER) in the Chair.]"); else the label is shown and nothing flagged. Two offices are
told apart by the words that narrow them ("the Prime Minister" / "The MINISTER of LABOUR",
"Председатель Совета министров" / "Председатель"). Transcripts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.matching.labelspeaker import label_note, label_verdict
from sourcecheck.matching.transcripts import stated_holders, transcript_turns, turn_at

HANSARD = (
    "HOUSE OF COMMONS. Thursday, 29 April 1909.\n\n"
    "[Mr. SPEAKER (Mr. LOWTHER) in the Chair.]\n\n"
    "Mr. SPEAKER: Order, order. I call on the right hon. Gentleman.\n\n"
    "The CHANCELLOR of the EXCHEQUER: This is a war Budget, for raising money to wage "
    "implacable warfare against poverty.\n\n"
    "Mr. AUSTEN CHAMBERLAIN: The right hon. Gentleman has taxed the land twice over.\n\n"
    "The PRIME MINISTER: The Government will stand by every word of the Budget.\n\n"
    "Mr. LOWTHER: The question is that the Bill be now read a second time.\n\n"
    "The MINISTER of LABOUR: The exchanges will open in every town."
)
REICHSTAG = (
    "Reichstag. 45. Sitzung. Dienstag, den 18. März 1930.\n\n"
    "Präsident Löbe eröffnet die Sitzung um 2 Uhr 20 Minuten.\n\n"
    "Präsident: Das Wort hat der Herr Reichskanzler.\n\n"
    "Reichskanzler: Die Reichsregierung wird dem Young-Plan zustimmen.\n\n"
    "Abg. Breitscheid (SPD): Wir stimmen dem Gesetz zu, aber die Renten dürfen nicht "
    "gekürzt werden.\n\n"
    "Abg. Graf Westarp (DNVP): Meine Partei lehnt den Young-Plan ab.\n\n"
    "Präsident: Wir kommen zur Abstimmung."
)
DUMA = (
    "Государственная дума. Стенографический отчёт. Заседание 10 мая 1907 года.\n\n"
    "Председательствует Председатель Государственной думы Ф. А. Головин.\n\n"
    "Председатель: Слово принадлежит Председателю Совета министров.\n\n"
    "Председатель Совета министров Столыпин: Им нужны великие потрясения, нам нужна "
    "великая Россия.\n\n"
    "Марков 2-й: Правительство сделало всё, что было в его силах.\n\n"
    "Председатель: Объявляю перерыв до восьми часов вечера."
)
TEXTS = {"en": HANSARD, "de": REICHSTAG, "ru": DUMA}


def _verdict(language: str, words: str, speaker: str):
    text = TEXTS[language]
    turns = transcript_turns(text)
    at = text.index(words)
    turn = turn_at(turns, at, at + len(words))
    assert turn is not None
    stated = stated_holders(text, turns[0].start)
    return label_verdict(speaker, turns, turn, text[turn.body : at], stated)


@pytest.mark.parametrize(
    ("language", "words", "speaker", "same"),
    [
        # a person against an office no one is said to hold: shown, not checked
        ("en", "war Budget", "Lloyd George", None),
        ("de", "wird dem Young-Plan", "Hermann Müller", None),
        ("en", "exchanges will open", "Winston Churchill", None),
        # the office against the office: one, or two told apart by their words
        ("en", "war Budget", "the Chancellor of the Exchequer", True),
        ("en", "war Budget", "the Prime Minister", False),
        ("en", "exchanges will open", "the Minister of Labour", True),
        ("en", "exchanges will open", "the Prime Minister", False),
        ("de", "wird dem Young-Plan", "der Reichskanzler", True),
        ("de", "wird dem Young-Plan", "der Präsident", False),
        ("ru", "великие потрясения", "председатель Совета министров", True),
        ("ru", "великие потрясения", "Stolypin", True),
        # the chair named in the heading or a note, not by a label
        ("de", "zur Abstimmung", "Paul Löbe", True),
        ("de", "zur Abstimmung", "Лёбе", True),
        ("de", "zur Abstimmung", "Graf Westarp", False),
        ("ru", "Объявляю перерыв", "Golovin", True),
        ("ru", "Объявляю перерыв", "Головин", True),
        ("ru", "Объявляю перерыв", "Stolypin", False),  # not the Council's chairman
        ("en", "Order, order", "Mr. Lowther", True),
        # the office against a person: the holder the note names, else not checked
        ("en", "be now read a second time", "the Speaker", True),
        ("en", "taxed the land", "the Speaker", False),
        ("de", "Meine Partei lehnt", "der Präsident", False),
        ("ru", "сделало всё", "председатель Государственной думы", False),
    ],
)  # fmt: skip
def test_offices_and_persons_against_the_label(
    language: str, words: str, speaker: str, same: bool | None
) -> None:
    verdict = _verdict(language, words, speaker)
    assert verdict is not None and verdict.same is same, verdict


def test_a_person_the_transcript_gives_no_office_is_not_checked() -> None:
    """The Speaker against a member's label, where no label or note names the Speaker."""
    text = HANSARD.replace("[Mr. SPEAKER (Mr. LOWTHER) in the Chair.]\n\n", "")
    turns = transcript_turns(text)
    at = text.index("be now read")
    turn = turn_at(turns, at, at + 10)
    assert turn is not None
    verdict = label_verdict("the Speaker", turns, turn, "", stated_holders(text, turns[0].start))
    assert verdict is not None and verdict.same is None
    note = label_note(verdict)
    assert "said there by Mr. LOWTHER" in note and "not checked" in note


def test_the_heading_names_the_chair_of_an_office_label() -> None:
    turns = transcript_turns(REICHSTAG)
    assert [t.display() for t in turns if t.label == "Präsident"] == ["Präsident (Löbe)"] * 2
    turns = transcript_turns(DUMA)
    chairs = [t.display() for t in turns if t.label == "Председатель"]
    assert chairs == ["Председатель (Головин)"] * 2  # not Stolypin, the Council's chairman


def test_a_statement_in_a_speech_names_no_holder() -> None:
    """Only the heading and notes in brackets say who held an office: a speaker's "President
    Hindenburg" in a speech names no chair."""
    text = REICHSTAG.replace("Präsident Löbe eröffnet die Sitzung um 2 Uhr 20 Minuten.\n\n", "")
    text = text.replace("Meine Partei", "Reichspräsident Hindenburg hat recht. Meine Partei")
    turns = transcript_turns(text)
    assert stated_holders(text, turns[0].start) == ()
    assert [t.names for t in turns if t.label == "Präsident"] == [(), ()]


def test_verify_shows_an_unheld_office_and_flags_a_checkable_one(cli, tmp_path: Path) -> None:
    """End to end: a person against an office no one is said to hold gets the label in its
    reason and no flag; a person against the chair the heading names is checked."""
    path = tmp_path / "hansard.txt"
    path.write_text(HANSARD, encoding="utf-8")
    rpath = tmp_path / "reichstag.txt"
    rpath.write_text(REICHSTAG, encoding="utf-8")
    for name, p in (("hansard", path), ("reichstag", rpath)):
        assert cli("source", "add", name, "--title", name, "--kind", "minutes").exit_code == 0
        assert cli("source", "text", name, p).exit_code == 0
    claims = [
        ("lg", "This is a war Budget", "hansard", "Lloyd George"),
        ("pm", "This is a war Budget", "hansard", "the Prime Minister"),
        ("loebe", "Wir kommen zur Abstimmung.", "reichstag", "Paul Löbe"),
        ("westarp", "Wir kommen zur Abstimmung.", "reichstag", "Graf Westarp"),
    ]
    for claim, quote, source, speaker in claims:
        added = cli("claim", "add", quote, "--source", source, "--id", claim,
                    "--speaker", speaker)  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify", "--no-meaning").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["lg"]["status"] == "verbatim" and "speaker" not in items["lg"]["flags"]
    assert "said there by The CHANCELLOR of the EXCHEQUER" in items["lg"]["reason"]
    assert "not checked" in items["lg"]["reason"]
    assert "speaker" in items["pm"]["flags"]
    assert "speaker" not in items["loebe"]["flags"]
    assert "said there by Präsident (Löbe), the claim's speaker" in items["loebe"]["reason"]
    assert "speaker" in items["westarp"]["flags"]


@pytest.mark.parametrize(
    ("quote", "content", "speaker"),
    [
        (
            "Purischkewitsch sagte, die Regierung sei der Lebensmittelversorgung nicht gewachsen.",
            "Die Regierung sei der Lebensmittelversorgung nicht gewachsen.",
            "Purischkewitsch",
        ),
        (
            "Graf Westarp erklärte, seine Partei lehne den Young-Plan ab und werde dagegen sein.",
            "Seine Partei lehne den Young-Plan ab und werde dagegen sein.",
            "Graf Westarp",
        ),
    ],
)
def test_a_german_frame_of_reported_speech_without_dass(
    quote: str, content: str, speaker: str
) -> None:
    """German reports speech with a comma and the subjunctive, no "dass": the frame is the
    claim's citation (a fresh trial's "Purischkewitsch sagte, die Regierung sei ..." was
    compared whole, its speaker never checked)."""
    from sourcecheck.matching.frames import frame_speaker, reported_content

    found = reported_content(quote, "de")
    assert found is not None and found[0] == content
    assert frame_speaker(found[1], "de") == speaker
    # the indicative after a comma is the speaker's own words, no report: compared whole
    assert reported_content("Breitscheid sagte, wir stimmen dem Gesetz zu und verlangen "
                            "die volle Rente.", "de") is None  # fmt: skip


@pytest.mark.parametrize("speaker", ["The Government", "Die Regierung", "Правительство"])
def test_an_institution_as_speaker_is_not_checked_against_a_label(speaker: str) -> None:
    """A speaker opened by an article, or a Russian common noun, is an institution or a
    description: the label of a deputy cannot contradict it."""
    assert _verdict("de", "Meine Partei lehnt", speaker) is None
    assert _verdict("ru", "сделало всё", speaker) is None

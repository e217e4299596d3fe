"""Who said it in a transcript: a speaker's label owns the words up to the next label, so a
claim giving them to another speaker is flagged ``speaker`` and a claim giving them to the
labelled speaker says so. A fresh-clone trial found "Purishkevich said that they had lost
faith ..." (Milyukov's words in a Duma record, the next label Purishkevich's) accepted
without a flag: the frame's speaker was "named just around the passage"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sourcecheck.matching.labelspeaker import label_verdict
from sourcecheck.matching.transcripts import label_words, transcript_turns, turn_at
from sourcecheck.report import RATINGS

DUMA = (
    "Государственная дума. Стенографический отчёт. Заседание 3 (16) ноября 1916 года.\n\n"
    "Председатель (Родзянко): Слово принадлежит члену Государственной думы Шингарёву.\n\n"
    "Шингарёв: Господа, продовольственное дело в стране расстроено. Подвоз хлеба в "
    "города сократился вдвое, и правительство не приняло никаких мер.\n\n"
    "Голос справа: Неправда!\n\n"
    "Марков 2-й: Правительство сделало всё, что было в его силах.\n\n"
    "Председатель: Прошу не прерывать оратора. Заседание закрывается."
)
HANSARD = (
    "HOUSE OF COMMONS. Thursday, 7 May 1931. Unemployment Insurance Bill.\n\n"
    "The CHAIRMAN (Sir Robert Young): The question is that the Clause stand part of the "
    "Bill.\n\n"
    "Mr. BAKER: The Government have given the Committee no figures for the cost of the "
    "transitional benefit, and we are asked to vote for it blindly.\n\n"
    "The MINISTER of LABOUR (Miss Bondfield): The cost of the transitional benefit this "
    "year will be met from the Exchequer and not from the Fund.\n\n"
    "Mr. BAKER: That answer does not meet my point at all.\n\n"
    "The CHAIRMAN: Order! The hon. Member must not repeat his speech."
)
REICHSTAG = (
    "Reichstag. 12. Sitzung. Berlin, Dienstag, den 4. Februar 1930.\n\n"
    "Präsident Löbe: Ich eröffne die Sitzung. Das Wort hat der Abgeordnete Dr. Breitscheid.\n\n"
    "Dr. Breitscheid (SPD): Die Regierung hat uns über die Verhandlungen im Haag nur "
    "unvollständig unterrichtet, und die Fraktion verlangt einen vollständigen Bericht.\n\n"
    "Abg. Koenen (KPD): Die Arbeiter werden diese Politik nicht mitmachen!\n\n"
    "Präsident: Ich rufe den Abgeordneten Koenen zur Ordnung."
)


def _owner(text: str, words: str) -> str | None:
    turns = transcript_turns(text)
    at = text.index(words)
    turn = turn_at(turns, at, at + len(words))
    return turn.display() if turn else None


def test_labels_own_the_words_up_to_the_next_label_in_three_languages() -> None:
    assert _owner(DUMA, "Подвоз хлеба в города") == "Шингарёв"
    assert _owner(DUMA, "Неправда") == "Голос справа"  # a voice ends Shingarev's stretch
    assert _owner(DUMA, "сделало всё") == "Марков 2-й"
    assert _owner(DUMA, "Заседание закрывается") == "Председатель (Родзянко)"  # the chair
    assert _owner(HANSARD, "vote for it blindly") == "Mr. BAKER"
    assert _owner(HANSARD, "met from the Exchequer") == "The MINISTER of LABOUR (Miss Bondfield)"
    assert _owner(HANSARD, "must not repeat") == "The CHAIRMAN (Robert, Young)"
    assert _owner(REICHSTAG, "nur unvollständig") == "Dr. Breitscheid (SPD)"
    assert _owner(REICHSTAG, "zur Ordnung") == "Präsident (Löbe)"
    assert _owner(REICHSTAG, "Reichstag. 12. Sitzung") is None  # the heading: no one's


def test_a_label_reads_names_and_offices() -> None:
    assert label_words("The PRIME MINISTER (Mr. Asquith)") == (("Asquith",), (5, False))
    assert label_words("Präsident Dr. Löbe") == (("Löbe",), (0, False))
    assert label_words("Председатель Государственной думы Родзянко") == (("Родзянко",), (0, False))
    assert label_words("Vizepräsident Esser")[1] == (0, True)  # a deputy is another person
    assert label_words("Товарищ председателя (Варун-Секрет)")[1] == (0, True)
    assert label_words("Abg. Müller (Franken) (SPD)") == (("Müller",), None)


@pytest.mark.parametrize(
    "text",
    [
        # a diary's headings, a place and a date or a weekday after a comma
        "Brest-Litovsk, January 7th: Trotsky arrived.\n\nBrest-Litovsk, January 8th: Talks."
        "\n\nVienna, January 20th: Food is short.\n\nBerlin, Montag: Regen.",
        # a memoir printing one exchange as a play does: one label with a person
        "We waited. Trotsky: No peace and no war! Nobody answered.\n\nKühlmann left the room.",
        "Trotsky: No peace!\n\nThen we went out into the snow and said nothing for an hour.",
        # a manual's admonitions, a diary's days, an interview's Q and A: no person
        "Note: back up first.\n\nWarning: this erases the disk.\n\nExample: mkfs /dev/sdb1\n\n"
        "Note: see above.",
        "Montag: Regen.\n\nDienstag: wieder Regen.\n\nMittwoch: Sonne.\n\nDonnerstag: Regen.",
        "Понедельник: дождь.\n\nВторник: снова дождь.\n\nСреда: солнце.",
        "Q: When did you arrive?\n\nA: In May.\n\nQ: Alone?\n\nA: Yes.",
        # a sentence ending in a colon is no label
        "Trotsky replied: no.\n\nLenin answered: yes.\n\nThe House divided: Ayes, 348.",
        "Es gibt mehrere Ressourcen zur Paketeigentümerschaft:\n\nEs gibt zwei Arten von "
        "Gerätedateien:\n\nHier einige Grundlagen zu Dateien unter Unix:",
        # a book's headings and headers, a manual's fields, glossaries and release lists
        "Title: War and Peace\n\nAuthor: Leo Tolstoy\n\nBOOK ONE: 1805\n\nCHAPTER I\n\n"
        "BOOK TWO: 1805\n\nBOOK THREE: 1805",
        "Package: procps\nVersion: 2:3.3.15\nMaintainer: Craig Small\nArchitecture: amd64\n\n"
        "Package: grep\nVersion: 3.3\nMaintainer: Anibal Monsalve\nArchitecture: amd64",
        "Debian Developer (DD): a member.\n\nDebian Maintainer (DM): a maintainer.\n\n"
        "Sponsor: a developer who uploads.\n\nMentor: a developer who helps.",
        "Debian 8 Jessie (April 2015): systemd.\n\nDebian 9 Stretch (June 2017): MariaDB.\n\n"
        "Debian 10 Buster (July 2019): AppArmor.",
        "E: missing-dependency\nW: old-standards-version\nI: spelling\nE: no-copyright",
    ],
)
def test_a_text_that_is_no_transcript_has_no_turns(text: str) -> None:
    assert transcript_turns(text) == ()


def test_a_label_may_give_a_role_after_a_comma() -> None:
    """The Reichstag's printed form: "Dr. Breitscheid, Abgeordneter:" (a new user's trial
    found these labels unread, a wrong speaker passing as verbatim)."""
    text = (
        "Präsident Dr. Löbe: Ich eröffne die Sitzung. Das Wort hat der Abgeordnete Breitscheid.\n\n"
        "Dr. Breitscheid, Abgeordneter: Wir stimmen dem Young-Plan zu.\n\n"
        "Graf Westarp, Abgeordneter: Meine Partei lehnt den Young-Plan ab.\n\n"
        "Präsident Dr. Löbe: Die Sitzung ist geschlossen."
    )
    assert _owner(text, "Meine Partei lehnt") == "Graf Westarp, Abgeordneter"
    assert _owner(text, "Wir stimmen dem") == "Dr. Breitscheid, Abgeordneter"
    assert [t.names for t in transcript_turns(text)][1:3] == [("Breitscheid",), ("Westarp",)]


def test_labels_before_a_transcript_are_not_its_speakers() -> None:
    """Headings with a colon before a transcript ("FOOTNOTES:") own nothing: a run opens and
    closes with a label that shows a person."""
    text = f"FOOTNOTES:\n\n[1] See the report of 1911.\n\n{HANSARD}"
    assert _owner(text, "See the report") is None
    assert _owner(text, "vote for it blindly") == "Mr. BAKER"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (REICHSTAG, "DIE PUMPENWERKE WENDT: Jahresbericht über das Jahr 1929."),
        (REICHSTAG, "Stahlwerke Krupp AG: Jahresbericht über das Jahr 1929."),
        (HANSARD, "ACME STEEL COMPANY: Annual report for the year 1929."),
        (DUMA, "ЗАВОД БРАТЬЕВ НОБЕЛЬ: Годовой отчёт за 1915 год."),
    ],
)
def test_a_firms_heading_is_no_speakers_label(text: str, heading: str) -> None:
    """A firm's name in capitals with a colon is a shouted heading (a trial's "DIE
    PUMPENWERKE WENDT:"): a label needs a person's shape (a title, a name) or an office."""
    with_heading = f"{text}\n\n{heading}\n\nMehr folgt."
    assert _owner(with_heading, heading.split(": ")[1][:12]) is None
    assert [t.label for t in transcript_turns(with_heading)] == [
        t.label for t in transcript_turns(text)
    ]


def test_the_last_label_owns_its_paragraph_only() -> None:
    text = f"{HANSARD}\n\nThe Bill was read a third time the next week without a division."
    assert _owner(text, "must not repeat") == "The CHAIRMAN (Robert, Young)"
    assert _owner(text, "without a division") is None  # the narration after the record


@pytest.mark.parametrize(
    ("text", "words", "speaker", "same"),
    [
        (DUMA, "Подвоз хлеба", "Shingarev", True),  # another script and spelling
        (DUMA, "Подвоз хлеба", "Schingarjow", True),
        (DUMA, "Подвоз хлеба", "Markov", False),
        (DUMA, "Подвоз хлеба", "the chairman", False),  # the chair is Rodzianko
        (DUMA, "Заседание закрывается", "Rodzianko", True),
        (DUMA, "Заседание закрывается", "der Vorsitzende", True),
        (DUMA, "Заседание закрывается", "Шингарёв", False),
        (HANSARD, "vote for it blindly", "Mr. Baker", True),
        (HANSARD, "vote for it blindly", "Margaret Bondfield", False),
        (HANSARD, "met from the Exchequer", "Бондфилд", True),  # an English name in Russian
        (HANSARD, "met from the Exchequer", "the Minister of Labour", True),
        (HANSARD, "met from the Exchequer", "the chairman", False),
        (REICHSTAG, "nur unvollständig", "Rudolf Breitscheid", True),
        (REICHSTAG, "nur unvollständig", "Koenen", False),
        (REICHSTAG, "zur Ordnung", "Paul Löbe", True),
        (REICHSTAG, "zur Ordnung", "Koenen", False),  # the chair names him: not his words
    ],
)
def test_a_claims_speaker_against_the_label(
    text: str, words: str, speaker: str, same: bool
) -> None:
    turns = transcript_turns(text)
    at = text.index(words)
    turn = turn_at(turns, at, at + len(words))
    assert turn is not None
    verdict = label_verdict(speaker, turns, turn)
    assert verdict is not None and verdict.same is same


QUOTING = {
    "ru": (
        f"{DUMA}\n\nШингарёв: Штюрмер заявил нам: «Хлеба в стране достаточно». Это неправда, "
        "и Штюрмер это знает.",
        "Хлеба в стране достаточно",
        "Это неправда",
        "Stürmer",
    ),
    "en": (
        f"{HANSARD}\n\nMr. BAKER: Miss Bondfield told the House last week: “The Fund is "
        "solvent.” That is not so, and Miss Bondfield knows it.",
        "The Fund is solvent",
        "That is not so",
        "Margaret Bondfield",
    ),
    "de": (
        f"{REICHSTAG}\n\nAbg. Koenen (KPD): Herr Breitscheid hat gesagt: „Die Regierung hat "
        "recht.“ Das ist falsch, und Herr Breitscheid weiß es.",
        "Die Regierung hat recht",
        "Das ist falsch",
        "Breitscheid",
    ),
}


@pytest.mark.parametrize("language", sorted(QUOTING))
def test_a_speaker_quoting_another_person_is_no_wrong_speaker(language: str) -> None:
    """Words a labelled speaker quotes from the claim's person (named, then a colon or a
    mark) may be that person's: the label cannot tell. The speaker's own words after
    naming them are still the speaker's."""
    text, quoted, own, person = QUOTING[language]
    turns = transcript_turns(text)
    for words, expected in ((quoted, None), (own, False)):
        at = text.index(words)
        turn = turn_at(turns, at, at + len(words))
        assert turn is not None
        verdict = label_verdict(person, turns, turn, text[turn.body : at])
        assert (verdict.same if verdict else None) is expected, words


@pytest.mark.parametrize("speaker", ["his father", "he", "a deputy from Kursk"])
def test_a_speaker_the_label_cannot_tell_is_left_as_before(speaker: str) -> None:
    turns = transcript_turns(DUMA)
    at = DUMA.index("Неправда")
    voice = turn_at(turns, at, at + 8)
    assert voice is not None and voice.voice
    assert label_verdict("Markov", turns, voice) is None  # a voice from the floor: anyone
    at = DUMA.index("Подвоз хлеба")
    turn = turn_at(turns, at, at + 12)
    assert turn is not None and label_verdict(speaker, turns, turn) is None


def test_verify_flags_the_wrong_speaker_of_a_transcript(cli, db_path: Path, tmp_path: Path) -> None:
    """End to end: quotations with a ``speaker`` (verbatim, by the words) in each language
    and a paraphrase framed by another speaker's name (reworded, by meaning)."""
    for name, text in (("duma", DUMA), ("hansard", HANSARD), ("reichstag", REICHSTAG)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        assert cli("source", "add", name, "--title", name, "--kind", "other").exit_code == 0
        assert cli("source", "text", name, path).exit_code == 0
    claims = [
        ("ru-right", "Подвоз хлеба в города сократился вдвое", "duma", "Шингарёв"),
        ("ru-wrong", "правительство не приняло никаких мер", "duma", "Марков"),
        ("en-right", "we are asked to vote for it blindly", "hansard", "Mr. Baker"),
        ("en-wrong", "will be met from the Exchequer", "hansard", "Baker"),
        ("de-right", "Ich rufe den Abgeordneten Koenen zur Ordnung", "reichstag", "Paul Löbe"),
        ("de-wrong", "Ich rufe den Abgeordneten Koenen", "reichstag", "Koenen"),
    ]
    for claim, quote, source, speaker in claims:
        added = cli("claim", "add", quote, "--source", source, "--id", claim,
                    "--speaker", speaker)  # fmt: skip
        assert added.exit_code == 0, added.output
    framed = (
        "Markov said that the supply of grain to the towns had been halved and that the "
        "government had taken no measures."
    )
    added = cli(
        "claim", "add", framed, "--source", "duma", "--id", "framed", "--kind", "paraphrase"
    )
    assert added.exit_code == 0, added.output
    verified = cli("verify")
    assert verified.exit_code == 0, verified.output
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    for claim in ("ru-right", "en-right", "de-right"):
        assert items[claim]["status"] == "verbatim"
        assert "speaker" not in items[claim]["flags"]
        assert "the claim's speaker (the transcript's label" in items[claim]["reason"]
    owners = {
        "ru-wrong": "Шингарёв",
        "en-wrong": "The MINISTER of LABOUR (Miss Bondfield)",
        "de-wrong": "Präsident (Löbe)",  # the chair named by the office alone
    }
    for claim, owner in owners.items():
        assert items[claim]["status"] == "verbatim"
        assert "speaker" in items[claim]["flags"], items[claim]["reason"]
        assert f"the transcript gives these words to {owner}" in items[claim]["reason"]
    assert items["framed"]["status"] == "reworded", items["framed"]["reason"]
    assert "speaker" in items["framed"]["flags"]
    assert "gives these words to Шингарёв" in items["framed"]["reason"]
    reviews = {
        r["identifier"]: r["reviewRating"]["alternateName"]
        for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    assert reviews["en-right"] == RATINGS["verbatim"].name
    assert reviews["en-wrong"] == RATINGS["partial"].name  # the words, not the speaker's
    markdown = cli("report", "--format", "markdown").output
    assert "the transcript gives these words to Шингарёв" in markdown
    assert "⚠ who said it" in markdown
    with sqlite3.connect(db_path) as conn:  # Datasette's view: a wrong speaker needs a look first
        attention = dict(conn.execute("SELECT claim_id, attention FROM claim_report").fetchall())
    assert attention["ru-wrong"] == attention["en-wrong"] == attention["framed"] == 1
    assert attention["ru-right"] == attention["en-right"] == 7  # verbatim, the speaker's own

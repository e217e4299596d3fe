"""Reported speech inside narration (:mod:`.matching.speech`), and a date that agrees never
costing a claim its passage (:mod:`.matching.contenders`).

The passages are ours, written after the minutes and diaries a new user checked: Russian
minutes that report a speaker's words in «», a German diary that reports them in „“, and
minutes whose date is printed in a sentence of its own before the one that says the claim.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.speech import speech_pieces
from sourcecheck.matching.vectors import SCHEME, build_text_vectors, unit_clauses

MINUTES = (
    "Заседание Центрального комитета\n\n"
    "Заседание открылось поздно вечером. Троцкий взял слово после Сталина и заявил: "
    "«Армия не будет воевать, но и мира мы не подпишем».\n\n"
    "Сталин возразил, что революционной войны нет и быть не может. За предложение Троцкого "
    "голосовали девять человек.\n"
)
DIARY = (
    "Brest-Litowsk, 3. Februar 1918.\n\n"
    "Die Verhandlungen zogen sich auch heute ohne Ergebnis hin. Am Vormittag sprach Trotzki "
    "über zwei Stunden lang von der Revolution und vom Selbstbestimmungsrecht der Völker, ohne "
    "auf unsere Vorschläge einzugehen. Kühlmann antwortete ihm ruhig und ausführlich. Am Abend "
    "saßen wir noch lange beim Essen zusammen, und die Stimmung war gedrückt. „Die Russen "
    "werden nicht unterschreiben, sie wollen nur Zeit gewinnen“, sagte Graf Czernin, als wir "
    "nach Hause gingen. General Hoffmann war anderer Meinung und hielt einen Abbruch der "
    "Verhandlungen für das Beste.\n\n"
    "In der Nacht kam ein Telegramm aus Wien: die Lebensmittellage sei verzweifelt, und man "
    "erwarte einen raschen Frieden. Ich schlief schlecht und dachte lange an die hungernden "
    "Städte.\n"
)
DATED = (
    "Протокол\n\n"
    "8 (21) января 1918 года в Смольном состоялось совещание. Ленин выступил первым и "
    "потребовал немедленно принять германские условия мира, потому что армия разбегается, а "
    "немцы через две недели будут в Ревеле.\n\n"
    "Против него выступил Бухарин, который требовал революционной войны. Его поддержало "
    "большинство.\n"
)


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in speech_pieces(text, 0, len(text))]


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        (
            "Ленин выступил первым и сказал: «Мы должны подписать мир немедленно».",
            ["Ленин выступил первым и сказал", "«Мы должны подписать мир немедленно»."],
        ),
        (
            "„Die Russen werden nicht unterschreiben“, sagte Graf Czernin.",
            ["„Die Russen werden nicht unterschreiben“", "sagte Graf Czernin."],
        ),
        (
            "»Wir müssen es loszuwerden suchen«, sagte die Schwester.",
            ["»Wir müssen es loszuwerden suchen«", "sagte die Schwester."],
        ),
        (
            "“I cannot sign this,” said the envoy, “not while the army holds.”",
            ["“I cannot sign this,”", "said the envoy", "“not while the army holds.”"],
        ),
        (
            "The envoy said 'we shall never sign it' and left the room.",
            ["The envoy said", "'we shall never sign it'", "and left the room."],
        ),
        # after a colon, without quotation marks
        (
            "Lenin answered him: the army cannot fight any longer.",
            ["Lenin answered him", "the army cannot fight any longer."],
        ),
        # speech going on in the next sentence, and the end of speech begun before
        (
            "Then he rose and said: «We must sign at once.",
            ["Then he rose and said", "«We must sign at once."],
        ),
        (
            "Otherwise the Germans will take Reval.» So Lenin spoke.",
            ["Otherwise the Germans will take Reval.»", "So Lenin spoke."],
        ),
    ],
)
def test_speech_is_cut_out_of_its_sentence_in_any_languages_marks(
    sentence: str, pieces: list[str]
) -> None:
    assert _pieces(sentence) == pieces


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called “peace party” met at Lenin's flat.",  # a scare-quoted term
        "The Germans' army was at Reval, and Lenin's friends were worried.",  # apostrophes
        "«Мы должны подписать мир немедленно, иначе будет поздно».",  # all of it quoted
        "The delegation met at 10:30 in the old school.",  # no colon of speech
        "Lenin had one answer: peace.",  # too little after the colon
    ],
)
def test_no_speech_beside_narration_leaves_the_sentence_whole(sentence: str) -> None:
    assert _pieces(sentence) == []


def test_a_short_sentences_quotation_is_a_stored_clause() -> None:
    """A sentence of 8 words had no clauses (only those of 20 words or more do): its quoted
    words were embedded only with their attribution."""
    text = "„Die Russen werden nicht unterschreiben“, sagte Graf Czernin."
    assert [text[s:e] for s, e in unit_clauses(text, 0, len(text))] == [
        "„Die Russen werden nicht unterschreiben“",
        "sagte Graf Czernin.",
    ]
    vectors = build_text_vectors(text)
    assert vectors.clause_spans.tolist() == [[0, 40], [42, 61]]
    assert "quoted" in vectors.scheme and vectors.scheme == SCHEME


def test_words_reported_in_russian_minutes_are_found_for_their_english_rendering() -> None:
    """The sentence as a whole is 0.44 from the rendering, a topic match (not_found before);
    the quoted words alone 0.68."""
    result = match_meaning(
        "The army will not fight, but we will not sign the peace either.",
        MINUTES,
        language="en",
        text_language="ru",
    )
    assert result.status == REWORDED, result.reason
    assert result.span is not None
    assert result.span.slice(MINUTES) == "«Армия не будет воевать, но и мира мы не подпишем»."


def test_words_reported_in_a_german_diary_are_found_for_their_english_rendering() -> None:
    result = match_meaning(
        "The Russians will not sign; they only want to gain time.",
        DIARY,
        language="en",
        text_language="de",
    )
    assert result.status == REWORDED, result.reason
    assert result.span is not None
    quoted = result.span.slice(DIARY)
    assert quoted.startswith("„Die Russen") and "Czernin" not in quoted


def test_a_date_that_agrees_does_not_cost_the_claim_its_passage() -> None:
    """The claim's date words draw it to the sentence that prints the date and says nothing
    else (rejected: 1 of 5 content words); the sentence after it says the claim."""
    claim = "Lenin spoke first at the meeting of January 8, 1918."
    result = match_meaning(claim, DATED, language="en", text_language="ru",
                           claim_date="1918-01-08")  # fmt: skip
    assert result.status == REWORDED, result.reason
    assert result.span is not None and "Ленин выступил первым" in result.span.slice(DATED)
    assert "date" not in result.flags


def test_a_number_far_from_the_claims_words_is_not_its_evidence() -> None:
    """'через две недели' is clauses away from the words that render the claim: the quote
    states no number, and the passage's is no evidence of one."""
    claim = "Lenin spoke first at the meeting of January 8, 1918."
    result = match_meaning(claim, DATED, language="en", text_language="ru",
                           claim_date="1918-01-08")  # fmt: skip
    assert result.status == REWORDED and result.span is not None, result.reason
    assert "через две недели" in result.span.slice(DATED)
    assert result.evidence is not None and result.evidence.passage_numbers == ()
    assert "numbers" not in result.reason


def test_verify_rebuilds_vectors_stored_before_speech_was_cut_out(cli, db_path, tmp_path) -> None:
    """A database whose vectors were stored under the previous unit scheme (the quotation
    embedded only with its sentence) gets them rebuilt by verify, and the claims are found."""
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES + "\n" + DATED, encoding="utf-8")
    assert cli("source", "add", "minutes", "--title", "Minutes", "--kind", "report").exit_code == 0
    assert cli("source", "text", "minutes", path).exit_code == 0
    claims = (
        ("speech", "The army will not fight, but we will not sign the peace either.", ()),
        ("dated", "Lenin spoke first at the meeting of January 8, 1918.",
         ("--kind", "date", "--date", "1918-01-08")),
    )  # fmt: skip
    for claim_id, quote, extra in claims:
        added = cli("claim", "add", quote, "--source", "minutes", "--id", claim_id, *extra)
        assert added.exit_code == 0, added.output
    conn = sqlite3.connect(db_path)
    with conn:  # as stored before this scheme
        conn.execute("UPDATE text_vectors SET scheme = 'units60+clauses20/6+speech'")
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["speech"]["status"] == REWORDED, items["speech"]["reason"]
    assert items["speech"]["passage"] == "«Армия не будет воевать, но и мира мы не подпишем»."
    assert items["dated"]["status"] == REWORDED, items["dated"]["reason"]
    assert "Ленин выступил первым" in items["dated"]["passage"]
    assert conn.execute("SELECT scheme FROM text_vectors").fetchall() == [(SCHEME,)]
    conn.close()

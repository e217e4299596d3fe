"""Extraction on passages a new user tried (issue 12): interrupted quotations with two
speakers, pronouns and later names, short sentences in quotation marks, German and Russian
attributions and dates. Every passage is written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.extract import verbs
from sourcecheck.extract.claims import extract
from sourcecheck.extract.quotes import find_quotations
from sourcecheck.extract.sieves import cue_after
from sourcecheck.models import Claim


def by_quote(claims: list[Claim]) -> dict[str, Claim]:
    return {c.quote: c for c in claims if c.kind in ("quotation", "oral")}


def pieces(text: str) -> list[list[str]]:
    return [[p.span.slice(text) for p in q.pieces] for q in find_quotations(text)]


# -- interrupted quotations and a second speaker -----------------------------------------------


def test_a_second_attribution_naming_another_speaker_starts_another_quotation() -> None:
    text = "“Yes,” said Anna. “No,” he replied. “I do not believe it will come at all.”"
    assert pieces(text) == [["Yes,"], ["No,", "I do not believe it will come at all."]]
    claims = by_quote(extract(text).claims)
    assert claims["Yes"].speaker == "Anna"
    reply = claims["I do not believe it will come at all."]
    assert "said Anna" not in (reply.notes or "") and "'Yes,'" not in (reply.notes or "")
    assert "he replied" in (reply.notes or "")


@pytest.mark.parametrize(
    "text, expected",
    [
        # one attribution: "A," said X. "B." stays one quotation (PDNC: 98% of the time)
        (
            "“Yes,” said Anna. “I do not believe it will come at all.”",
            [["Yes,", "I do not believe it will come at all."]],
        ),
        # a description after a name is mostly the same person's epithet
        (
            "“Yes,” returned Mr. Bumble, “that is the rule, ma’am,” said the beadle, “all over"
            " the country.”",
            [["Yes,", "that is the rule, ma’am,", "all over the country."]],
        ),
    ],
)
def test_an_interrupted_quotation_of_one_speaker_stays_one(
    text: str, expected: list[list[str]]
) -> None:
    assert pieces(text) == expected


# -- pronouns and people named later --------------------------------------------------------------


def test_a_pronoun_never_resolves_to_a_person_first_named_after_the_quotation() -> None:
    text = (
        "Anna sat by the window.\n\n“Because it is always true,” he said.\n\n“Is it?”\n\n"
        "“Yes,” said Mr. Hallam.\n"
    )
    claim = by_quote(extract(text).claims)["Because it is always true"]
    assert claim.speaker is None
    assert "not Mr. Hallam: first named after the quotation" in " ".join(
        (claim.notes or "").split()
    )


def test_a_pronoun_may_resolve_to_a_person_its_own_paragraph_names_after_it() -> None:
    text = "It was late.\n\n“Come in,” he said, and Mr. Hallam opened the door for them all.\n"
    claim = by_quote(extract(text).claims)["Come in"]
    assert "first named after" not in (claim.notes or "")


# -- full sentences are never scare quotes ---------------------------------------------------------


def test_a_short_full_sentence_in_quotation_marks_is_proposed() -> None:
    text = "Anna looked at him. “You always say that, Peter.”"
    out = extract(text)
    assert list(by_quote(out.claims)) == ["You always say that, Peter."]
    assert out.skipped == []


def test_a_verbless_line_standing_as_a_sentence_is_proposed() -> None:
    # after a sentence of the narration and ending its paragraph, or before the next sentence
    text = (
        "The doctor set down his bag. “Thirty drops of the tincture, no more.”\n\n"
        "She nodded. “Not a word to the children.” Then she left.\n"
    )
    out = extract(text)
    assert list(by_quote(out.claims)) == [
        "Thirty drops of the tincture, no more.",
        "Not a word to the children.",
    ]
    assert out.skipped == []


@pytest.mark.parametrize(
    "text",
    [
        "„Ich werde nicht unterschreiben“, sagte Trotzki, „aber ich werde mich der Stimme "
        "enthalten.“\n",
        "“I will not sign,” said Trotsky, “but I shall abstain from the vote in the committee.”\n",
    ],
)
def test_a_short_piece_holding_a_negation_is_a_claim_of_its_own(text: str) -> None:
    # the word a misquotation drops or adds: never only a note of the longer piece's claim
    quotes = list(by_quote(extract(text).claims))
    assert len(quotes) == 2 and quotes[0] in ("Ich werde nicht unterschreiben", "I will not sign")


def test_a_bare_no_before_the_speech_goes_on_is_not_a_claim_of_its_own() -> None:
    text = "“No,” rejoined Lenin, “we must sign at once, before the offensive begins.”\n"
    assert list(by_quote(extract(text).claims)) == [
        "we must sign at once, before the offensive begins."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Clara laughed at the word “currency” and sat down.\n",
        "Clara lachte über das Wort „Währung“ und setzte sich.\n",
        "Клара засмеялась, услышав слово «валюта», и села.\n",
    ],
)
def test_a_word_the_narration_mentions_is_no_claim(text: str) -> None:
    out = extract(text)
    assert by_quote(out.claims) == {} and len(out.skipped) == 1


def test_a_short_term_in_quotation_marks_is_still_left_out() -> None:
    text = "He read the “Times.” every day, and hated the “progressive” papers."
    out = extract(text)
    assert by_quote(out.claims) == {}
    assert len(out.skipped) == 2


# -- German ---------------------------------------------------------------------------------------

GERMAN = (
    "Am 11. Februar 1918 verhandelte Czernin in Brest-Litowsk mit Anna und den Russen.\n\n"
    "„Dann müssen wir eben weitermarschieren“, meinte General Hoffmann trocken.\n\n"
    "„Wir erklären den Krieg für beendet“, sagte Trotzki, „aber wir unterzeichnen keinen "
    "Frieden.“\n\n"
    "„Ich glaube nicht, dass die Russen jemals unterzeichnen werden“, antwortete er.\n"
)


def test_german_verbs_of_saying_with_inversion_name_the_speaker() -> None:
    claims = by_quote(extract(GERMAN).claims)
    assert claims["Dann müssen wir eben weitermarschieren"].speaker == "General Hoffmann"
    assert "meinte" in (claims["Dann müssen wir eben weitermarschieren"].notes or "")
    trotzki = claims["aber wir unterzeichnen keinen Frieden."]
    assert trotzki.speaker == "Trotzki"
    assert "Wir erklären den Krieg für beendet" in (trotzki.notes or "")  # its other piece


def test_german_pronoun_is_read_as_a_speaker_of_its_gender() -> None:
    claims = by_quote(extract(GERMAN).claims)
    answer = claims["Ich glaube nicht, dass die Russen jemals unterzeichnen werden"]
    assert "antwortete er" in (answer.notes or "") and "speaker words: 'er'" in (answer.notes or "")
    assert answer.speaker not in ("Anna", "Czernin", "Trotzki")  # not the one answered


def test_german_interrupted_quotation_is_one_quotation() -> None:
    with verbs.reading(GERMAN):
        found = pieces(GERMAN)
    assert found[1] == [
        "Wir erklären den Krieg für beendet",
        "aber wir unterzeichnen keinen Frieden.",
    ]


def test_german_dates_are_read_in_the_text_months() -> None:
    dated = [c for c in extract(GERMAN).claims if c.kind == "date"]
    assert [(c.quote[:19], c.date) for c in dated] == [("Am 11. Februar 1918", "1918-02-11")]


# -- Russian --------------------------------------------------------------------------------------

RUSSIAN = (
    "8 (21) января 1918 года Ленин выступил в Смольном.\n\n"
    "— Да, — сказал Ленин. — Мир нужен немедленно.\n\n"
    "— Это невозможно, — ответил Троцкий.\n\n"
    "«Война окончена», — заявил он.\n"
)


def test_russian_dialogue_dashes_and_verbs_name_the_speaker() -> None:
    claims = by_quote(extract(RUSSIAN).claims)
    assert claims["Мир нужен немедленно."].speaker == "Ленин"
    assert claims["Это невозможно"].speaker == "Троцкий"
    said = claims["Война окончена"]
    assert "заявил он" in (said.notes or "") and "speaker words: 'он'" in (said.notes or "")


def test_russian_claims_get_readable_latin_ids() -> None:
    claims = by_quote(extract(RUSSIAN).claims)
    # Cyrillic transliterated, not dropped (ids were "quotation", "quotation-2")
    assert claims["Мир нужен немедленно."].id == "lenin-mir-nuzhen-nemedlenno"
    assert claims["Это невозможно"].id.startswith("trotski")


def test_russian_dates_with_both_calendars() -> None:
    dated = [c for c in extract(RUSSIAN).claims if c.kind == "date"]
    assert [c.date for c in dated] == ["1918-01-08"]


# -- the language picks the verbs --------------------------------------------------------------


def test_the_language_of_the_text_picks_the_verbs_and_pronouns() -> None:
    assert verbs.language() == "en"
    with verbs.reading(GERMAN) as lang:
        assert lang == "de" and "meinte" in verbs.speech_verbs()
        assert verbs.subject_pronouns()["er"] == "M"
    with verbs.reading(RUSSIAN) as lang:
        assert lang == "ru" and "сказала" in verbs.speech_verbs()
    assert verbs.language() == "en" and "meinte" not in verbs.speech_verbs()
    assert "er" not in verbs.subject_pronouns()  # English "er" is a hesitation, no speaker


def test_a_german_verb_is_no_verb_of_saying_in_an_english_text() -> None:
    gap = "”, meinte Anna."
    assert cue_after(gap, 1, len(gap)) is None
    with verbs.reading(GERMAN):
        cue = cue_after(gap, 1, len(gap))
    assert cue is not None and (cue.words, cue.verb) == ("Anna", "meinte")


@pytest.mark.parametrize(
    "text, pronoun",
    [
        ("Es war spät.\n\nSie fragte: „Und was geschieht nun mit uns allen hier?“\n", "Sie"),
        ("Было поздно.\n\nОна спросила: «Что же будет с нами теперь, товарищи?»\n", "Она"),
    ],
)
def test_a_capitalized_german_or_russian_pronoun_is_no_person(text: str, pronoun: str) -> None:
    (claim,) = by_quote(extract(text).claims).values()
    assert claim.speaker != pronoun
    assert f"speaker words: '{pronoun}'" in (claim.notes or "")

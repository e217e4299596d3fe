""" "he replied" is never the person whose words it answers, in the same paragraph or the
next, whatever the text shows of that person's gender (issue 12, the new user's
walkthrough); and a wrong "he" does not spread: "she said" after it is still the woman of
the scene. Passages written for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.gender import german_gender


def notes(text: str) -> dict[str, tuple[str | None, str]]:
    """Each proposed quotation's speaker and notes."""
    return {c.quote: (c.speaker, c.notes or "") for c in extract_claims(text, min_words=1)}


ENGLISH = (
    "Peter met Anna at the station.\n\n"
    "“Yes,” said Anna. “No,” he replied. “I have to stay in Moscow for five more days.”\n\n"
    "Anna looked at him. “Then I shall go alone,” she said.\n"
)


def test_he_replied_in_the_paragraph_of_the_words_it_answers_is_not_their_speaker() -> None:
    found = notes(ENGLISH)
    assert found["Yes"][0] == "Anna"
    assert found["No"][0] == "Peter" and "he = Peter" in found["No"][1]
    assert found["I have to stay in Moscow for five more days."][0] == "Peter"


def test_he_replied_opening_its_own_paragraph_is_not_the_speaker_before() -> None:
    text = ENGLISH.replace("Anna. “No,", "Anna.\n\n“No,")
    found = notes(text)
    assert found["No"][0] == "Peter"


def test_german_and_russian_replies() -> None:
    german = "Peter traf Anna am Bahnhof.\n\n„Ja“, sagte Anna. „Nein“, antwortete er.\n"
    assert notes(german)["Nein"][0] == "Peter"
    russian = "Пётр встретил Анну на вокзале.\n\n— Да, — сказала Анна.\n\n— Нет, — ответил он.\n"
    assert notes(russian)["Нет"][0] == "Пётр"


def test_two_speakers_of_one_russian_dash_paragraph_are_two_quotations() -> None:
    text = (
        "Пётр встретил Анну на вокзале.\n\n"
        "— Да, — сказала Анна. — Нет, — ответил он. — Мне надо остаться в Москве.\n\n"
        "Анна посмотрела на него. — Тогда я поеду одна, — сказала она.\n"
    )
    found = notes(text)
    assert found["Да"][0] == "Анна"
    assert found["Нет"][0] == "Пётр" and "piece 1 of 2" in found["Нет"][1]
    assert found["Тогда я поеду одна"][0] == "Анна"


def test_she_said_after_the_exchange_is_the_woman_of_the_scene() -> None:
    found = notes(ENGLISH)
    assert found["Then I shall go alone"][0] == "Anna"
    assert "she = Anna" in found["Then I shall go alone"][1]  # the attribution, not a guess
    german = (
        "Peter traf Anna am Bahnhof.\n\n„Ja“, sagte Anna. „Nein“, antwortete er.\n\n"
        "Anna sah ihn an. „Dann gehe ich allein“, sagte sie.\n"
    )
    assert notes(german)["Dann gehe ich allein"][0] == "Anna"


def test_a_german_object_pronoun_shows_nothing_of_the_subject() -> None:
    # "Anna sah ihn an": "ihn" is someone else (German says "sich" for oneself)
    text = "Anna sah ihn an. Gregor fand er sich verwandelt."
    assert german_gender(text, 4) is None
    assert german_gender("Als Gregor erwachte, fand er sich verwandelt.", 10) == "M"

"""The gender a pronoun says is never overruled: "he" is never a woman the text shows, in
English, German or Russian (where the verb's ending or number says it). Passages written
for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.extract.quotes import find_quotations
from sourcecheck.models import Claim


def by_quote(text: str) -> dict[str, Claim]:
    return {c.quote: c for c in extract(text).claims if c.kind in ("quotation", "oral")}


# -- a pronoun never names a person of the other known gender -----------------------------------

ANNA = "Anna shook her head and looked at the fire.\n\n“Yes,” said Anna. “No,” he replied.\n"


def test_a_reply_with_its_own_attribution_is_not_a_piece_of_the_first_quotation() -> None:
    found = [[p.span.slice(ANNA) for p in q.pieces] for q in find_quotations(ANNA)]
    assert found == [["Yes,"], ["No,"]]  # was one quotation of Anna's: ["Yes,", "No,"]


def test_he_is_never_the_woman_named_just_before() -> None:
    claims = by_quote(ANNA)
    assert claims["Yes"].speaker == "Anna"
    assert claims["No"].speaker is None  # "he": nobody of that gender named, not Anna
    assert "he = ?" in " ".join((claims["No"].notes or "").split())


def test_he_is_never_the_woman_named_just_before_after_a_split() -> None:
    text = ANNA.replace("he replied.", "he replied. “Never.”")
    claims = by_quote(text)
    assert claims["No"].speaker is None  # was "Anna" (the person the narration names)


# -- Russian: the past tense says the gender ---------------------------------------------------

RUSSIAN = (
    "Анна и Борис долго сидели у окна. Анна встала и подошла к двери.\n\n"
    "— Ты уедешь завтра? — спросила Анна.\n\n"
    "— Утром, — ответил Борис.\n\n"
    "— Так скоро? — спросила она.\n\n"
    "— Так нужно, — ответил он.\n\n"
    "— Жаль, — сказала она.\n"
)


def test_russian_names_take_the_gender_of_their_verbs() -> None:
    from sourcecheck.extract.people import people_of

    people = people_of(RUSSIAN)
    assert people.gender("Анна") == "F"  # "Анна встала", "спросила Анна"
    assert people.gender("Борис") == "M"  # "ответил Борис"


def test_russian_pronouns_name_the_person_of_their_gender() -> None:
    claims = by_quote(RUSSIAN)
    assert claims["Так скоро?"].speaker == "Анна"  # "она": was Борис, the last one named
    assert claims["Так нужно"].speaker == "Борис"
    assert claims["Жаль"].speaker == "Анна"


def test_an_unnamed_russian_speaker_takes_the_gender_of_the_verb() -> None:
    text = (
        "Борис вошёл в комнату. Борис сел у окна.\n\n"
        "— Кто там? — спросил Борис.\n\n"
        "— Это я, — ответила старушка.\n\n"
        "— Входите, — сказал он.\n"
    )
    claims = by_quote(text)
    assert claims["Это я"].speaker is None  # "ответила": a woman, not Борис (the last named)
    assert claims["Входите"].speaker == "Борис"  # so "он" answers her: Борис


# -- German: "sie" is she after a singular verb, several after a plural one ----------------------

GERMAN = (
    "Frau Berger stand am Fenster, und die beiden Jungen warteten unten im Garten.\n\n"
    "„Kommt ihr jetzt herein?“, fragte Frau Berger.\n\n"
    "„Nein, wir bleiben noch draußen“, antworteten sie.\n\n"
    "„Warum denn nicht?“, fragte sie.\n\n"
    "„Es regnet doch gar nicht mehr“, riefen sie.\n\n"
    "„Dann bleibt eben draußen“, sagte sie.\n"
)


def notes(claim: Claim) -> str:
    return " ".join((claim.notes or "").split())


def test_german_sie_after_a_plural_verb_is_nobody_in_particular() -> None:
    claims = by_quote(GERMAN)
    answer = claims["Nein, wir bleiben noch draußen"]
    assert answer.speaker is None  # was Frau Berger: "antworteten sie" is the boys
    assert "antworteten sie" in notes(answer) and "sie = several" in notes(answer)
    assert claims["Es regnet doch gar nicht mehr"].speaker is None


def test_german_sie_after_a_singular_verb_is_the_woman() -> None:
    claims = by_quote(GERMAN)
    asked = claims["Warum denn nicht?"]  # was a guess: the person last named
    assert asked.speaker == "Frau Berger" and "sie = Frau Berger" in notes(asked)
    assert claims["Dann bleibt eben draußen"].speaker == "Frau Berger"

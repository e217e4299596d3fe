"""False ``negation`` and ``roles`` flags on true renderings, and a passive's agent (task
flags91, a new user's walkthrough): "without a word" for "in silence", a negation on both
sides ("without having seen" / "не повидав"), a refusal ("would not" / "weigerten sich"),
"no more than" (only), a double negation ("No one ... disagreed"), a time phrase read as a
doer, and the agent of a passive ("by the clerk") that is not the passage's doer. Passages
written for these tests."""

from __future__ import annotations

from sourcecheck.matching.cancelling import doubled
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations
from sourcecheck.matching.timephrases import time_phrase

MILL = (
    "Notes of the mill inspector, spring 1890. The foreman read the new rules aloud, and the "
    "weavers listened in silence. The weavers' union refused to accept the night shift. All "
    "the members present agreed with the proposal of the dyers. The inspector stayed at the "
    "mill only two days before he went back to the city. Five days later the owners shut the "
    "dye works."
)
MUEHLE = (
    "Notizen des Fabrikinspektors, Frühjahr 1890. Der Vorarbeiter verlas die neuen Regeln, "
    "und die Weber hörten schweigend zu. Die Gewerkschaft der Weber weigerte sich, die "
    "Nachtschicht anzunehmen. Alle anwesenden Mitglieder stimmten dem Vorschlag der Färber zu."
)
FABRIKA = (
    "Записки фабричного инспектора, весна 1890 года. Мастер прочитал вслух новые правила, и "
    "ткачи слушали молча. 3 мая инспектор покинул фабрику, не повидав владельцев."
)


def test_a_preposition_of_absence_telling_a_manner_negates_nothing() -> None:
    quote = "The foreman read out the new rules, and the weavers heard them without a word."
    for text in (MILL, MUEHLE, FABRIKA):
        found = match_meaning(quote, text)
        assert found.status == "reworded" and "negation" not in found.flags, text[:20]
    # its noun rendered affirmed is still a difference
    changed = match_meaning("The weavers listened to the foreman without silence.", MILL)
    assert changed.status == "not_found" or "negation" in changed.flags


def test_a_negation_on_both_sides_answers_through_having() -> None:
    found = match_meaning(
        "On 3 May the inspector left the mill without having seen the owners.", FABRIKA
    )
    assert found.status == "reworded" and not found.flags
    english = read_negations("He left without having seen them.", "en")
    assert english.targets == ("He left without having seen them.".index("seen"),)
    changed = match_meaning("On 3 May the inspector left the mill after he had seen the owners.",
                            FABRIKA)  # fmt: skip
    assert "negation" in changed.flags


def test_a_refusal_answers_a_negation_in_every_language() -> None:
    quote = "The weavers' union would not accept the night shift."
    found = match_meaning(quote, MUEHLE)
    assert found.status == "not_found" or "negation" not in found.flags
    assert "weigerte" in [w for _, w in read_negations(MUEHLE, "de").affixed]
    assert "возражал" in [w for _, w in read_negations("Никто не возражал.", "ru").affixed]
    english = match_meaning("The weavers' union would not take the night shift.", MILL)
    assert english.status == "reworded" and "negation" not in english.flags


def test_no_more_than_and_a_double_negation_are_no_negations() -> None:
    stayed = match_meaning(
        "The inspector remained at the mill for no more than two days and then went back to "
        "the city.",
        MILL,
    )
    assert stayed.status == "reworded" and "negation" not in stayed.flags
    assert not read_negations("Он пробыл там не более чем два дня.", "ru").explicit
    agreed = match_meaning(
        "No one among the members present disagreed with the dyers' proposal.", MILL
    )
    assert agreed.status == "reworded" and "negation" not in agreed.flags
    german = match_meaning("Nicht alle anwesenden Mitglieder stimmten dem Vorschlag der Färber zu.",
                           MILL)  # fmt: skip
    assert german.status == "not_found" or "negation" in german.flags  # one side only


def test_a_double_negation_is_read_in_the_scope_of_its_negation() -> None:
    text = "No one in the yard disagreed, and nobody left the useless loom."
    n = read_negations(text, "en")
    assert n.doubled == (text.index("disagreed"), -1)  # "useless" is no verb "nobody" negates
    assert doubled("not unknown", "en", [(0, "not")], [(4, "unknown")], [4], [0, 0]) == (4,)
    assert doubled("not the unknown", "en", [(0, "not")], [(8, "unknown")], [4], [0, 0]) == (-1,)


def test_a_time_phrase_is_no_doer() -> None:
    assert time_phrase({"five", "days"}, "en") and time_phrase({"mai"}, "de")
    assert not time_phrase({"owners"}, "en") and not time_phrase({"five"}, "en")
    found = match_meaning("Через пять дней владельцы закрыли красильню.", MILL)
    assert "roles" not in found.flags


def test_the_agent_of_a_passive_is_its_doer() -> None:
    same = match_meaning(
        "The new rules were read out by the foreman, and the weavers listened in silence.", MILL
    )
    assert same.status == "reworded" and "roles" not in same.flags
    other = match_meaning(
        "The new rules were read out by the clerk, and the weavers listened in silence.", MILL
    )
    assert other.status == "reworded" and "roles" in other.flags
    assert "clerk" in other.reason and "foreman" in other.reason
    german = match_meaning(
        "Die neuen Regeln wurden vom Schreiber verlesen, und die Weber hörten schweigend zu.",
        MUEHLE,
    )
    assert "roles" in german.flags
    kept = match_meaning(
        "Die neuen Regeln wurden vom Vorarbeiter verlesen, und die Weber hörten schweigend zu.",
        MUEHLE,
    )
    assert kept.status == "reworded" and "roles" not in kept.flags
    russian = match_meaning(
        "Новые правила были прочитаны вслух писарем, и ткачи слушали молча.", MILL
    )
    assert "roles" in russian.flags


def test_a_refusal_answers_the_negation_of_its_infinitive_clause() -> None:
    text = (
        "Protokoll der Versammlung der Weber. Wir erklärten, der Streik sei beendet, aber wir "
        "weigerten uns, die neuen Regeln zu unterschreiben."
    )
    assert read_negations(text, "de").infinitive == frozenset({4})
    found = match_meaning(
        "We declared that the strike was over, but we would not sign the new rules.", text
    )
    assert found.status == "reworded" and "negation" not in found.flags

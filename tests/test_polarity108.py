"""Polarity kept across a rendering (task polarity108): a negation of a word of lack affirms
("scheute nicht", "не избегал", "did not shy away from"), so it answers no single negation
("did not take the trouble") and no affirmation raises a difference against it; a negation in
a complement clause ("understand that it would not ...") is answered by no negation of the
main clause ("no other way"); a quantity of few turned to one of much across languages ("much
to fear" / "wenig zu fürchten"); a negating prefix answers a negation of the same word
("dissatisfied" / "nicht zufrieden", "не был доволен", "not pleased"). Passages written for
these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning

SMITH_DE = (
    "Am Rand des Marktes stand eine Schmiede. Der junge Schmied scheute nicht die Arbeit, "
    "jedes lahme Pferd des Dorfes selbst zu beschlagen, auch bei bitterem Frost. Seine "
    "Schwester brachte ihm das Essen."
)
SMITH_RU = (
    "На краю рынка стояла кузница. Молодой кузнец не избегал работы самому подковывать каждую "
    "хромую лошадь деревни, даже в лютый мороз. Его сестра носила ему еду."
)
SMITH_EN = (
    "At the edge of the market stood a forge. The young smith did not shy away from the work "
    "of shoeing every lame horse of the village himself, even in bitter frost. His sister "
    "brought him his meals."
)
REST = " the work of shoeing every lame horse of the village himself, even in bitter frost."


def _flags(claim: str, passage: str, language: str) -> list[str]:
    result = match_meaning(claim, passage, language="en", text_language=language)
    assert result.status == "reworded", result.reason
    return result.flags


@pytest.mark.parametrize("passage, language", [(SMITH_DE, "de"), (SMITH_RU, "ru")])
@pytest.mark.parametrize(("doing", "flagged"), [("did not take on", True), ("took on all", False)])
def test_litotes_answers_only_its_polarity(
    passage: str, language: str, doing: str, flagged: bool
) -> None:
    assert ("negation" in _flags(f"The young smith {doing}{REST}", passage, language)) is flagged


@pytest.mark.parametrize(("doing", "flagged"), [("go to", True), ("shrink from", False)])
def test_litotes_in_the_word_matcher(doing: str, flagged: bool) -> None:
    claim = f"The young smith did not {doing}{REST}"
    result = match_quote(claim, SMITH_EN, language="en")
    assert result.status == "close"
    assert ("negation" in result.flags) is flagged, result.differences


MILL = (
    "The miller had long been afraid of the spring. There was no other way of quieting the "
    "miller than by making him understand that the river would not reach his wheel; but "
    "when the water rose, he fled to the hill."
)


@pytest.mark.parametrize(("would", "flagged"), [("would", True), ("would not", False)])
def test_a_negation_past_that_is_not_the_main_clauses(would: str, flagged: bool) -> None:
    claim = (
        "There was no other way of calming the miller except making him understand that the "
        f"river {would} reach his wheel; but when the water rose, he fled to the hill."
    )
    assert ("negation" in _flags(claim, MILL, "en")) is flagged


MILL_DE = (
    "Der Müller hatte lange Angst vor dem Frühjahr. Es gab keinen anderen Weg, den Müller zu "
    "beruhigen, als ihn verstehen zu lassen, dass der Fluss sein Rad nicht erreichen würde."
)


def test_a_negation_in_a_german_that_clause_is_not_the_main_clauses() -> None:
    claim = (
        "There was no other way of calming the miller than by making him understand that "
        "the river would reach his wheel."
    )
    assert "negation" in _flags(claim, MILL_DE, "de")


FERRY_DE = (
    "Der Fährmann nahm im Winter kein Geld von den Pilgern, und er hatte von den Räubern "
    "wenig zu fürchten. Er flickte sein Boot am Ufer."
)


@pytest.mark.parametrize(("amount", "flagged"), [("much", True), ("little", False)])
def test_few_against_much_across_languages(amount: str, flagged: bool) -> None:
    claim = (
        "The ferryman took no money from the pilgrims in winter, and he had "
        f"{amount} to fear from the robbers."
    )
    assert ("opposite" in _flags(claim, FERRY_DE, "de")) is flagged


TAILOR_DE = (
    "Der Schneider nähte den ganzen Winter an dem Mantel, aber er war mit seiner Arbeit nicht "
    "zufrieden."
)
TAILOR_RU = "Портной всю зиму шил пальто, но он не был доволен своей работой."


@pytest.mark.parametrize("passage, language", [(TAILOR_DE, "de"), (TAILOR_RU, "ru")])
@pytest.mark.parametrize(("said", "flagged"), [("dissatisfied", False), ("satisfied", True)])
def test_a_negating_prefix_answers_the_negation_of_its_word(
    passage: str, language: str, said: str, flagged: bool
) -> None:
    claim = f"The tailor sewed the coat all winter, but he was {said} with his work."
    assert ("negation" in _flags(claim, passage, language)) is flagged


def test_a_negating_prefix_in_the_word_matcher() -> None:
    text = "The tailor sewed the coat all winter, but he was not satisfied with his work."
    result = match_quote(
        "The tailor sewed the coat all winter, but he was dissatisfied with his work.",
        text,
        language="en",
    )
    assert result.status == "close"
    assert "negation" not in result.flags, result.differences


CLERK_RU = (
    "Даже если он успеет на поезд, хозяйского гнева ему не миновать: писарь ждал у поезда и "
    "давно уже доложил о его опоздании."
)


@pytest.mark.parametrize(("would", "flagged"), [("would not", False), ("would", True)])
def test_a_litotes_rendered_by_a_litotes_across_languages(would: str, flagged: bool) -> None:
    claim = (
        f"Even if he caught the train he {would} avoid his master's anger, as the clerk had "
        "waited at the train and had long since reported his lateness."
    )
    assert ("negation" in _flags(claim, CLERK_RU, "ru")) is flagged

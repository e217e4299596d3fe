"""Negations read right across clauses, languages and conjunctions (task polarity109):
negated conjuncts said once ("не может быть лишён X или Y") or twice ("shall be deprived of X
nor denied Y") carry one polarity; "solange ... nicht" and "пока ... не" say "until"; "non-"
negates ("non‐self‐governing"); a negation opening the source's clause right before the
passage ("Don’t be hasty") is the quote's "Be not hasty"; a negation in a clause the passage
leaves out is read against the sentence in its place. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations

ABBEY_EN = (
    "The Rule of the Abbey of Saint Hilda. No monk shall be secretly deprived of his cell nor "
    "denied the right to read in the library after vespers. Every novice shall be held free "
    "of blame until his fault is proved before the chapter of the brothers. The village below "
    "the hill is non‐self‐governing and pays its tithe to the abbot."
)


def _flags(claim: str, passage: str, language: str, text_language: str = "en") -> list[str]:
    result = match_meaning(claim, passage, language=language, text_language=text_language)
    assert result.status == "reworded", result.reason
    return result.flags


@pytest.mark.parametrize(
    ("claim", "language", "flagged"),
    [
        ("Никто из монахов не может быть тайно лишён своей кельи или права читать в библиотеке "
         "после вечерни.", "ru", False),
        ("Каждый монах может быть тайно лишён своей кельи или права читать в библиотеке после "
         "вечерни.", "ru", True),
        ("Keinem Mönch darf seine Zelle entzogen noch das Recht verweigert werden, nach der "
         "Vesper in der Bibliothek zu lesen.", "de", False),
        ("Jedem Mönch darf seine Zelle entzogen und das Recht verweigert werden, nach der "
         "Vesper in der Bibliothek zu lesen.", "de", True),
    ],
)  # fmt: skip
def test_negated_conjuncts_carry_one_polarity(claim: str, language: str, flagged: bool) -> None:
    assert ("negation" in _flags(claim, ABBEY_EN, language)) is flagged


@pytest.mark.parametrize(
    ("claim", "language", "flagged"),
    [
        ("Jeder Novize gilt als frei von Schuld, solange sein Fehler nicht vor dem Kapitel der "
         "Brüder bewiesen ist.", "de", False),
        ("Kein Novize gilt als frei von Schuld, solange sein Fehler nicht vor dem Kapitel der "
         "Brüder bewiesen ist.", "de", True),
        ("Каждый послушник считается свободным от вины, пока его проступок не будет доказан "
         "перед капитулом братьев.", "ru", False),
    ],
)  # fmt: skip
def test_a_negation_saying_until_answers_until(claim: str, language: str, flagged: bool) -> None:
    assert ("negation" in _flags(claim, ABBEY_EN, language)) is flagged


def test_non_negates_its_word_whatever_its_hyphen() -> None:
    for word in ("non‐self‐governing", "non-violent", "nonresident"):
        assert [w for _, w in read_negations(f"It is {word}.", "en").affixed] == [word]
    assert read_negations("It was none of his nonsense, nor nonchalance.", "en").affixed == ()


GUILD_EN = (
    "The statutes of the weavers. Don’t be hasty to leave the hall of the guild before the "
    "masters rise. The dyers keep their vats by the river."
)


@pytest.mark.parametrize(("opening", "flagged"), [("Be not hasty", False), ("Be hasty", True)])
def test_a_negation_opening_the_sources_clause(opening: str, flagged: bool) -> None:
    result = match_quote(
        f"{opening} to leave the hall of the guild before the masters rise.",
        GUILD_EN,
        language="en",
    )
    assert result.status == "close", result.differences
    assert ("negation" in result.flags) is flagged, result.differences
    assert GUILD_EN[result.span.start :].startswith("Don’t be hasty")


@pytest.mark.parametrize(("subject", "flagged"), [("No monk", False), ("Any monk", True)])
def test_or_against_nor_in_the_word_matcher(subject: str, flagged: bool) -> None:
    claim = f"{subject} shall be deprived of his cell or of the right to read in the library."
    result = match_quote(claim, ABBEY_EN, language="en")
    assert result.status == "close", result.differences
    assert ("negation" in result.flags) is flagged, result.differences


SIEGE_EN = (
    "The siege went on. The whole garrison was terrified. The soldiers barred the gates of the "
    "citadel, and kept watch on the walls until morning."
)


@pytest.mark.parametrize(("who", "flagged"), [("no man", True), ("every man", False)])
def test_a_negation_in_a_clause_the_passage_leaves_out(who: str, flagged: bool) -> None:
    claim = (
        f"And {who} was afraid, and they barred the gates of the citadel and kept watch on the "
        "walls until morning."
    )
    assert ("negation" in _flags(claim, SIEGE_EN, "en")) is flagged

"""A title rendered is no other name, a title and a name are one person, and a regnal numeral's
period ends no clause (issue 10; closing note 14: t104-1, t104-6). "Pope Clement the Fifth" /
"Папа Климент V" opening a sentence: "Pope" and "Папа" are capitalised, spelled apart and
under the name similarity, but "pope" is a common noun (WordNet) and the pair is nearer than
two people's surnames. "Lenin received ..." / "Папа Климент V принял ...": the one person
named in Lenin's place is Clement, with his title. "Karl VIII. mit einem Heer die Alpen": the
clause goes on after "VIII.", else "die Alpen" was that clause's doer (a roles swap read).
Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching import wordnet
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import clause_spans

ABBAYE = (
    "Хроника аббатства. Папа Климент V принял послов аббатства в Авиньоне, но кардиналы могли "
    "обойтись без дружбы короля. Весной монахи перенесли библиотеку в верхний зал."
)
KLOSTER = (
    "Die Klosterchronik. Im Frühjahr 1310 überquerte Abt Heinrich IV. mit zwanzig Mönchen "
    "die Alpen. Nach dem Hochwasser brachten die Mönche ihre Bücher in den oberen Saal."
)
RECEIVED = (
    "received the envoys of the abbey in Avignon, but the cardinals could do without the "
    "friendship of the king."
)


def test_a_regnal_numerals_period_ends_no_clause() -> None:
    text = "Im Frühjahr überquerte Abt Heinrich IV. mit zwanzig Mönchen die Alpen. Danach ging er."
    clauses = [text[a:b].strip(" .") for a, b in clause_spans(text) if text[a:b].strip(" .")]
    assert clauses == [
        "Im Frühjahr überquerte Abt Heinrich IV. mit zwanzig Mönchen die Alpen",
        "Danach ging er",
    ]
    figure = "Es kostete 3.5 Millionen, nicht mehr."
    assert next(figure[a:b] for a, b in clause_spans(figure)) == "Es kostete 3.5 Millionen"


def test_a_rendering_whose_doer_follows_a_regnal_numeral_has_its_roles() -> None:
    result = match_meaning(
        "In the spring of 1310 Abbot Henry the Fourth crossed the Alps with twenty monks.",
        KLOSTER, language="en", text_language="de",
    )  # fmt: skip
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "Heinrich IV." in result.span.slice(KLOSTER)
    assert not result.flags, result.reason


@pytest.mark.skipif(not wordnet.available(), reason="needs WordNet (make wordnet)")
def test_a_title_rendered_is_no_other_name() -> None:
    result = match_meaning(
        f"Pope Clement the Fifth {RECEIVED}", ABBAYE, language="en", text_language="ru"
    )
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "Климент" in result.span.slice(ABBAYE)
    assert "name" not in result.flags, result.reason


def test_another_person_in_the_place_of_a_title_and_name_is_flagged() -> None:
    for quote in (f"Lenin {RECEIVED}", f"Pope Boniface the Fifth {RECEIVED}"):
        result = match_meaning(quote, ABBAYE, language="en", text_language="ru")
        assert result.status == "reworded", result.reason
        assert "name" in result.flags, result.reason
        assert "it names Климент" in result.reason


def test_a_russian_sentence_opening_name_is_a_name_by_the_dictionary() -> None:
    """walk106 ru-12: "Пьер" opening the claim was paired with "dog" of an unrelated passage;
    a name and a common word are no counterparts, and the passage does not name him."""
    from sourcecheck.matching.anchors import read_anchors
    from sourcecheck.matching.wordpairs import written_as

    quote = "Пьер повернул назад, то и дело подпрыгивая, чтобы не отстать от неё."
    assert written_as(quote, 0, "Пьер", "ru") == "name"
    assert written_as("Услыхав крик, офицер обернулся.", 0, "Услыхав", "ru") is None
    assert "Пьер" in read_anchors(quote, "ru").names

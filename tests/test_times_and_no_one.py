"""How many times is a number ("twice", "thrice", "дважды" read as 2, 3), and "no-one" is a
negation as "no one" and "nobody" are (issue 10; walk106: "three times routed" / "twice beaten"
passed unflagged, "nobody"/"no-one" / "niemand" was flagged as a negation on one side only).
Passages written for these tests."""

from __future__ import annotations

from sourcecheck.facts.languages import read_word_numbers
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations

CHRONICLE = (
    "Of the war on the coast. Though the count was twice beaten by the pirates and at last "
    "besieged, he held his town, and leaving part of his men for its defence, he attacked "
    "their harbour with the others. The pirates were compelled to come to terms."
)
KAMMER = (
    "Die Schwester kam noch einmal. Es war schon spät, und niemand kam mehr bis zum Morgen "
    "zu Gregor herein. Er schlief bald ein."
)


def test_how_many_times_is_a_number() -> None:
    assert [n.value for n in read_word_numbers("he was twice beaten".split(), "en")] == [2]
    assert [n.value for n in read_word_numbers("thrice".split(), "en")] == [3]
    assert [n.value for n in read_word_numbers("он был дважды разбит".split(), "ru")] == [2]


def test_another_count_of_times_is_a_changed_number() -> None:
    rest = (
        "routed by the pirates and finally besieged, the count held his town and, leaving "
        "part of his men to defend it, attacked their harbour with the rest."
    )
    changed = match_meaning(f"Although he was three times {rest}", CHRONICLE)
    assert changed.status == "reworded" and "number" in changed.flags, changed.reason
    same = match_meaning(f"Although he was twice {rest}", CHRONICLE)
    assert same.status == "reworded" and "number" not in same.flags, same.reason


def test_no_one_hyphenated_is_a_negation() -> None:
    assert [w for _, w in read_negations("No-one came in.", "en").explicit] == ["No-one"]
    result = match_meaning(
        "It was already late, and no-one would come into Gregor's room any more until morning.",
        KAMMER, language="en", text_language="de",
    )  # fmt: skip
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "negation" not in result.flags, result.reason

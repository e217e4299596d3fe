"""A negation rendered in other words is no difference (issue 10): "failed to", "ignorant of",
"с трудом" answer an explicit negation, and "none the less", "тем не менее", "если не
считать" hold no negation. Passages written for these tests."""

from __future__ import annotations

from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations

FARM = (
    "Autumn on the hill farm. The porter failed to lock the gate that night, and the goats "
    "wandered down to the orchard. Nevertheless the farmer kept him on until the spring."
)


def test_words_of_lack_answer_and_idioms_negate_nothing() -> None:
    english = read_negations("None the less he failed to lock the gate; he did not care.", "en")
    assert [w for _, w in english.explicit] == ["not"]  # "None the less" is no negation
    assert [w for _, w in english.affixed] == ["failed"]
    russian = read_negations("Тем не менее сторож, если не считать ворот, не запер сарай.", "ru")
    assert [w for _, w in russian.explicit] == ["не"]  # only "не запер"
    german = read_negations("Der Pförtner versäumte es, das Tor zu schließen.", "de")
    assert [w for _, w in german.affixed] == ["versäumte"] and not german.explicit


def test_did_not_for_failed_to_is_no_negation_difference() -> None:
    kept = match_meaning("That night the porter did not lock the gate, and the goats went "
                         "down to the orchard.", FARM)  # fmt: skip
    assert kept.status == "reworded" and "negation" not in kept.flags
    changed = match_meaning("That night the porter locked the gate, and the goats did not go "
                            "down to the orchard.", FARM)  # fmt: skip
    assert changed.status == "not_found" or "negation" in changed.flags

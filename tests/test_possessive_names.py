"""A name in the English possessive is the name itself when names are compared, as a Russian
or German genitive is (issue 10, walk107 rs-06: "Pierre’s childish words" / "детские речи
Пьера" was flagged ``name``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.anchors import compare_anchors, name_key, read_anchors, same_name


@pytest.mark.parametrize(
    ("possessive", "other"),
    [("Fyodor’s", "Фёдора"), ("Pierre's", "Пьера"), ("Marya’s", "Марьи"), ("Pétya’s", "Пети")],
)
def test_a_possessive_name_is_the_name(possessive: str, other: str) -> None:
    assert same_name(name_key(possessive), name_key(other))


def test_a_possessive_name_is_no_other_name_across_scripts() -> None:
    quote = read_anchors("The old count only laughed at Fyodor’s bold plans.", "en")
    passage = read_anchors("Старый граф только посмеялся над смелыми планами Фёдора.", "ru")
    comparison = compare_anchors(quote, passage)
    assert comparison.missing_names == () and "name" not in comparison.flags
    assert comparison.shared_names == ("Fyodor’s",)
    # another person in the possessive is still another name
    other = compare_anchors(read_anchors("The old count laughed at Stepan’s plans.", "en"), passage)
    assert other.missing_names == ("Stepan’s",) and "name" in other.flags


def test_a_german_genitive_name_after_a_preposition_is_a_name() -> None:
    # "über" ends as an inflected adjective does ("-er"), but a function word is no adjective:
    # the name after it is no common noun
    passage = read_anchors("Die Mutter lachte nur über Friedrichs neue Pläne.", "de")
    assert "Friedrichs" in passage.names
    same = compare_anchors(read_anchors("Mother only laughed at Friedrich’s plans.", "en"), passage)
    assert same.shared_names == ("Friedrich’s",) and "name" not in same.flags
    other = compare_anchors(read_anchors("Mother only laughed at Anton’s plans.", "en"), passage)
    assert "name" in other.flags

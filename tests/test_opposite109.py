"""An opposite is never shown as a shared word (task opposite109): a word negated by its prefix
on one side only across languages, read through the dictionary where the vectors barely tell
it ("ungleich" / "equal"), paired or not; WordNet's antonyms read for comparatives and
superlatives ("shorter" / "longer", "lighter" / "schwerer"), but not in a comparison told
from the other side; both words denied ("keine leichtere" / "Nor ... heavier") still
opposed. Each with the faithful rendering of the same shape, unflagged. Passages written for
these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.comparisons import reversed_comparison
from sourcecheck.matching.converses import converse
from sourcecheck.matching.germanforms import german_forms
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negprefix import dictionary_negated, unpaired_prefixed
from sourcecheck.matching.opposites import opposite_words
from sourcecheck.matching.wordpairs import Alignment, content_positions

needs_both = pytest.mark.skipif(
    not (bilingual.available() and wordnet.available()),
    reason="FreeDict or WordNet missing (make test installs them)",
)
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet's files missing")

MILL = (
    "The Mill on the Weir\n\n"
    "Under the old statute all tenants of the valley were equal before the steward and in the "
    "manor court. No miller could buy the steward's favour, and no widow was turned away.\n\n"
    "The upper road to the mill is longer than the track along the weir, and it is steeper "
    "than the lane through the orchard. Carters in a hurry took the track.\n\n"
    "The new millstone was heavier than the stone it replaced, and it cracked within two "
    "winters.\n\n"
    "Of the four fields of the estate the western one was the smallest, and the tenants "
    "ploughed it last."
)
MUEHLE = (
    "Die Mühle am Wehr\n\n"
    "Nach dem alten Statut waren alle Pächter des Tals vor dem Verwalter und vor dem "
    "Gutsgericht gleich. Kein Müller konnte sich die Gunst des Verwalters kaufen.\n\n"
    "Der neue Mühlstein war schwerer als der Stein, den er ersetzte, und er sprang binnen "
    "zweier Winter."
)


def _shared(result: object) -> tuple[str, ...]:
    evidence = getattr(result, "evidence", None)
    return () if evidence is None else evidence.shared_words


STATUTE = {
    "de": "Nach dem alten Statut waren alle Pächter des Tals vor dem Verwalter und vor dem "
    "Gutsgericht {}.",
    "en": "Under the old statute all tenants of the valley were {} before the steward and in "
    "the manor court.",
}


@needs_both
@pytest.mark.parametrize(
    ("language", "text", "negated", "plain"),
    [("de", MILL, "ungleich", "gleich"),  # paired with "equal": 0.72 by the vectors
     ("en", MUEHLE, "unequal", "equal")],  # left unpaired, as "gleich" is
)  # fmt: skip
def test_a_prefix_the_vectors_miss_is_read_by_the_dictionary(
    language: str, text: str, negated: str, plain: str
) -> None:
    other = "de" if language == "en" else "en"
    quote = STATUTE[language]
    changed = match_meaning(quote.format(negated), text, language=language, text_language=other)
    assert changed.status == "reworded" and "negation" in changed.flags
    assert not any(w.casefold().startswith(f"{negated}/") for w in _shared(changed))
    faithful = match_meaning(quote.format(plain), text, language=language, text_language=other)
    assert faithful.status == "reworded" and "negation" not in faithful.flags


@needs_both
def test_the_dictionary_reads_a_prefix_only_where_the_whole_word_is_negated_too() -> None:
    assert dictionary_negated("ungleich", "de", "equal", "en")
    assert dictionary_negated("unequal", "en", "gleich", "de")
    assert not dictionary_negated("ungleich", "de", "unequal", "en")  # both negated
    assert not dictionary_negated("Unfall", "de", "case", "en")  # "accident": no negation


@needs_wordnet
def test_a_comparative_turned_into_its_antonym_is_an_opposite_in_one_language() -> None:
    changed = match_meaning(
        "The upper road to the mill is shorter than the track along the weir, and it is "
        "steeper than the lane through the orchard.", MILL, language="en", text_language="en",
    )  # fmt: skip
    assert "opposite" in changed.flags
    assert not any("shorter" in w for w in _shared(changed))
    assert opposite_words("the eastern field was the largest", "en",
                          "the eastern field was the smallest", "en") is not None  # fmt: skip
    # a comparative WordNet lists as an adjective of its own keeps its own senses: "later"
    # is no "late" of "the late steward" ("früher": "former")
    later = opposite_words("she came a little later than usual", "en",
                           "sie kam ein wenig früher als sonst", "de")  # fmt: skip
    assert later == ("later", "früher")


@needs_wordnet
def test_a_comparison_told_from_the_other_side_is_no_opposite_nor_reversed() -> None:
    quote = "The track along the weir is shorter than the upper road to the mill."
    passage = "The upper road to the mill is longer than the track along the weir."
    assert converse(quote, "en", "shorter", passage, "en", "longer")
    assert opposite_words(quote, "en", passage, "en") is None
    counterparts = {w: frozenset({w}) for w in ("track", "weir", "upper", "road", "mill")}
    assert reversed_comparison(quote, "en", passage, "en", counterparts) is None
    result = match_meaning(quote, MILL, language="en", text_language="en")
    assert result.status == "reworded"
    assert "opposite" not in result.flags and "roles" not in result.flags


STONE = "Der neue Mühlstein war schwerer als der Stein, den er ersetzte."
SET = "{} stone was to be set than the old one."


@needs_both
@pytest.mark.parametrize(
    ("english", "expected"), [("lighter", ("lighter", "schwerer")), ("heavier", None)]
)
def test_a_comparative_across_languages_is_read_by_its_own_entry(
    english: str, expected: tuple[str, str] | None
) -> None:
    assert german_forms("schwerere") == ["schwerer"]  # "schwerer": its own entry
    claim = f"The new millstone was {english} than the stone it replaced."
    assert opposite_words(claim, "en", STONE, "de") == expected


@needs_both
def test_two_words_each_denied_are_still_opposed() -> None:
    denied = "Kein leichterer Stein durfte eingesetzt werden als der alte."
    heavier = SET.format("No heavier")
    assert opposite_words(denied, "de", heavier, "en") == ("leichterer", "heavier")
    assert opposite_words(SET.format("No lighter"), "en", heavier, "en") == ("lighter", "heavier")


def _unpaired(text: str, language: str) -> dict[int, bool]:
    return {at: False for at, _ in content_positions(text, language)}


@needs_both
def test_a_prefixed_word_the_other_side_also_renders_whole_is_no_negation() -> None:
    # walk108 ud-05: "unschuldig" left unpaired was read as "guilty" negated, though the
    # passage says "innocent" too
    quote = "Er gilt als unschuldig"
    said = "he is presumed innocent until proved guilty"
    alignment = Alignment(1, (), rendered=(_unpaired(quote, "de"), _unpaired(said, "en")))
    assert unpaired_prefixed(quote, "de", said, "en", alignment) is None
    unsaid = "he is presumed to be so until proved guilty"
    alignment = Alignment(1, (), rendered=(_unpaired(quote, "de"), _unpaired(unsaid, "en")))
    found = unpaired_prefixed(quote, "de", unsaid, "en", alignment)
    assert found is not None and (found.quote, found.passage) == ("unschuldig", "guilty")

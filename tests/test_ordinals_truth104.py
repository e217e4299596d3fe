"""False flags on true renderings and ordinals as numbers (issue 10, task truth104, from a
walkthrough on real translation pairs): ordinals and regnal numbers are numbers compared by
value ("the Second" / "II." agree, "VIII." / "the Seventh" differ, "second war" / "first
war" differ); "do without" / "entbehren" and "beyond remedy" / "no longer remedy" are no
negation on one side only; two negations of words each side words otherwise are the same
negation; a number the passage does not state is not found there, not "differs". Passages
written for these tests."""

from __future__ import annotations

import re

from sourcecheck.facts.rendering import rendering_facts
from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.evidence import Evidence, _negation_note
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations
from sourcecheck.matching.ordinals import ordinal_value
from sourcecheck.matching.quote import parse_quote
from sourcecheck.models import Span

ABBEY = (
    "The abbey chronicle. In the winter of 1310 Abbot Henry the Fourth rebuilt the north "
    "wall of the cloister with stone from the quarry. After the second flood of the river "
    "the monks moved their library to the upper hall. The old mill by the ford was beyond "
    "repair when the waters fell. The brothers could do without the wine of the valley, but "
    "the bread had to be baked every day."
)
KLOSTER = (
    "Die Klosterchronik. Im Winter 1310 baute Abt Heinrich IV. die Nordmauer des Kreuzgangs "
    "mit Steinen aus dem Bruch neu auf. Nach dem zweiten Hochwasser des Flusses brachten die "
    "Mönche ihre Bibliothek in den oberen Saal. Die Brüder konnten den Wein des Tales "
    "entbehren, aber das Brot musste jeden Tag gebacken werden."
)


def test_ordinals_are_read_by_value_in_three_languages() -> None:
    assert [ordinal_value(w, "en") for w in ("second", "Seventh", "VIII", "secondly")] == [
        2, 7, 8, None,
    ]  # fmt: skip
    assert [ordinal_value(w, "de") for w in ("zweiten", "dritte", "Achte")] == [2, 3, 8]
    assert [ordinal_value(w, "ru") for w in ("второй", "третьей", "Восьмой", "пятно")] == [
        2, 3, 8, None,
    ]  # fmt: skip


def test_a_regnal_number_is_no_name() -> None:
    """ "Julius the Second" and "Julius II." are a name and a number, not two names."""
    words = read_anchors("He spoke with Pope Julius the Second about it.", "en")
    roman = read_anchors("He spoke with Pope Julius II. about it.", "en")
    assert "Second" not in words.names and "II" not in roman.names
    assert "Julius" in words.names and "Julius" in roman.names


def test_a_regnal_number_in_words_renders_the_roman_numeral() -> None:
    result = match_meaning(
        "In the winter of 1310 Abbot Henry IV. rebuilt the north wall of the cloister with "
        "stone from the quarry.",
        ABBEY,
    )
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "Fourth" in result.span.slice(ABBEY)
    assert not {"name", "number"} & set(result.flags), result.reason


def test_another_regnal_number_is_a_changed_number() -> None:
    result = match_meaning(
        "In the winter of 1310 Abbot Henry the Third rebuilt the north wall of the cloister "
        "with stone from the quarry.",
        KLOSTER, language="en", text_language="de",
    )  # fmt: skip
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "Heinrich IV." in result.span.slice(KLOSTER)
    assert "number" in result.flags and "name" not in result.flags, result.reason
    assert "the numbers differ" in result.reason
    assert result.evidence is not None and "Third" in result.evidence.quote_numbers


def test_another_ordinal_is_a_changed_number_across_languages() -> None:
    same = match_meaning(
        "After the second flood of the river the monks moved their library to the upper hall.",
        KLOSTER, language="en", text_language="de",
    )  # fmt: skip
    assert same.status == "reworded" and "number" not in same.flags, same.reason
    changed = match_meaning(
        "After the first flood of the river the monks moved their library to the upper hall.",
        KLOSTER, language="en", text_language="de",
    )  # fmt: skip
    assert changed.status == "reworded" and "number" in changed.flags, changed.reason
    assert changed.evidence is not None
    assert not any("first" in w for w in changed.evidence.shared_words)  # no shared word


def test_the_word_matcher_reads_a_changed_ordinal_as_a_number() -> None:
    result = match_quote(parse_quote("After the third flood of the river the monks moved"), ABBEY)
    assert result.status == "close", result.reason
    assert "number" in result.flags and [d.kind for d in result.differences] == ["number"]


def test_do_without_renders_entbehren() -> None:
    assert not read_negations("The brothers could do without the wine.", "en").explicit
    assert read_negations("They left without a word.", "en").words == ("without",)
    assert not read_negations("Они могли обойтись без вина.", "ru").explicit
    kept = match_meaning(
        "The brothers could do without the wine of the valley, but the bread had to be baked "
        "every day.",
        KLOSTER, language="en", text_language="de",
    )  # fmt: skip
    assert kept.status == "reworded" and "negation" not in kept.flags, kept.reason
    denied = match_meaning(
        "The brothers could not do without the wine of the valley, but the bread had to be "
        "baked every day.",
        KLOSTER, language="en", text_language="de",
    )  # fmt: skip
    assert denied.status == "not_found" or "negation" in denied.flags, denied.reason


def test_beyond_repair_renders_no_longer_repaired() -> None:
    result = match_meaning("When the waters fell, the old mill by the ford could no longer be "
                           "repaired.", ABBEY)  # fmt: skip
    assert result.status == "reworded" and "negation" not in result.flags, result.reason


def test_two_negations_of_words_worded_otherwise_are_one() -> None:
    """Both sides negate once, each before words the other side words otherwise ("did not
    afterwards turn out as hoped" / "did not help them at all"): no negation flag."""
    text = (
        "The council armed the guilds against the bishop. This, however, did not help them "
        "at all, as was seen when, after the fire at Lindau, a part of those guilds "
        "immediately rose and took the whole town."
    )
    quote = ("Which, as we saw, did not afterwards turn out as hoped, because, after the fire "
             "at Lindau, one guild at once rose up and seized the town.")  # fmt: skip
    result = match_meaning(quote, text)
    assert result.status == "reworded", result.reason
    assert "negation" not in result.flags, result.reason


def test_a_negation_on_each_side_is_never_on_one_side_only() -> None:
    both = Evidence("en", "en", quote_negations=("not",), passage_negations=("not",))
    assert "one side only" not in _negation_note(both)
    assert "another place" in _negation_note(both)
    one = Evidence("en", "de", passage_negations=("nicht",))
    assert (
        _negation_note(one)
        == "CHECK: a negation on one side only (none in the quote, “nicht” there)"
    )


def test_a_number_the_passage_does_not_state_is_not_found_there() -> None:
    text = "Der mittlere Zimmerherr lächelte seinen Freunden zu. Er hatte viele Freunde."
    first = Span(0, text.index(".") + 1)
    [check] = rendering_facts(
        "The middle of the three gentlemen smiled at his two friends.", text, first,
        quote_language="en", language="de",
    )  # fmt: skip
    assert (check.verdict, check.source, check.span) == ("not_found", None, None)
    assert re.search(r"states no number", check.detail)
    [vague] = rendering_facts(
        "He had two friends.", text, Span(first.end + 1, len(text)),
        quote_language="en", language="de",
    )  # fmt: skip
    assert vague.verdict == "differs"  # "viele" where the claim says two

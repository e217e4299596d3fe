"""A negation moved within its clause is the same negation; one cut off at the passage's end
is left out (matching/movednegation.py). Passages written for the tests in the manner of the
King James Version, Luther's German and a Russian chronicle."""

from __future__ import annotations

import pytest

from sourcecheck import match_quote
from sourcecheck.matching.align import align
from sourcecheck.matching.differences import segment_differences
from sourcecheck.normalize import tokenize

BELLS_EN = (
    "And the bells shall be upon the priest when he serveth: and their sound shall be heard "
    "when he goeth in unto the holy place before the altar, and when he cometh out, that he "
    "die not. And thou shalt make a plate of pure gold."
)
BELLS_DE = (
    "Und die Glocken sollen am Priester sein, wenn er dient, und man soll ihren Klang hören, "
    "wenn er hineingeht in das Heiligtum vor dem Altar und wenn er herauskommt, auf dass er "
    "sterbe nicht. Und du sollst ein Blech aus feinem Golde machen."
)
GATE_RU = (
    "Сторож закрывал ворота каждый вечер, и в ту ночь воры не вошли в город, потому что "
    "стража стояла у моста. Наутро купцы открыли лавки."
)


def _kinds(quote: str, text: str, language: str = "en") -> list[tuple[str, str, str]]:
    result = match_quote(quote, text, language=language)
    return [(d.kind, d.quote, d.source) for d in result.differences]


@pytest.mark.parametrize(
    ("quote", "language", "text"),
    [
        ("and when he cometh out, that he not die.", "en", BELLS_EN),
        ("und wenn er herauskommt, auf dass er nicht sterbe.", "de", BELLS_DE),
    ],
)
def test_a_negation_said_before_its_verb_where_the_source_says_it_after_is_no_negation(
    quote: str, language: str, text: str
) -> None:
    result = match_quote(quote, text, language=language)
    assert result.status == "close"
    assert "negation" not in result.flags
    assert [(d.kind, d.quote) for d in result.differences] == [("extra", quote.split()[-2])]


@pytest.mark.parametrize(
    ("quote", "language", "text"),
    [
        ("and when he cometh out, that he die", "en", BELLS_EN),
        ("und wenn er herauskommt, auf dass er sterbe", "de", BELLS_DE),
    ],
)
def test_a_quote_ending_at_the_verb_before_the_sources_closing_negation_leaves_it_out(
    quote: str, language: str, text: str
) -> None:
    result = match_quote(quote, text, language=language)
    assert "negation" in result.flags
    assert ("negation", "", "not" if language == "en" else "nicht") in _kinds(quote, text, language)


def test_the_source_negation_moved_inside_the_passage_pairs_with_the_quotes() -> None:
    quote = "so that the guard go not out of the house before the morning"
    text = "And he spake so that the guard not go out of the house before the morning came."
    q, t = tokenize(quote), tokenize(text)
    diffs = segment_differences(quote, q, text, t, align(q.words, t.words), "en")
    assert [d.kind for d in diffs if d.quote == "not" or d.source == "not"] != []
    assert not [d for d in diffs if d.kind == "negation"]


@pytest.mark.parametrize(
    ("quote", "text"),
    [  # a quantifier, a complementizer crossed: the negation says something else
        (
            "the elders did not see all the men of the city",
            "And the elders did see all not the men of the city that day.",
        ),
        (
            "the elders did not say that the men of the city came",
            "And the elders did say that not the men of the city came that day.",
        ),
    ],
)
def test_a_negation_moved_over_a_word_of_scope_still_differs(quote: str, text: str) -> None:
    q, t = tokenize(quote), tokenize(text)
    diffs = segment_differences(quote, q, text, t, align(q.words, t.words), "en")
    assert [d for d in diffs if d.kind == "negation"]


def test_a_russian_negation_before_another_word_negates_that_word() -> None:
    """ "воры вошли не в город" says where they went; "не вошли" that they did not."""
    quote = "и в ту ночь воры вошли не в город, потому что стража стояла у моста"
    result = match_quote(quote, GATE_RU, language="ru")
    assert "negation" in result.flags
    kept = "и в ту ночь воры не вошли в город, потому что стража стояла у моста"
    assert "negation" not in match_quote(kept, GATE_RU, language="ru").flags

"""Negations that negate nothing, and a negation in a reported clause (issue 10): "nothing
but", "no one but" (only) and "never ceased to" (always) are no negations, so "never loved
him at all" against "loved no one but him and had never ceased to love him" is flagged
``negation`` and "just a family estate" against "nothing but the private property" is not;
a negation in a reported clause ("and said that such a storm had never been seen") that the
quote does not cover is no difference, in English as in German (", dass ... noch nie").
The diary is ours, written for these tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negation import read_negations

DIARY_EN = (
    "From the notebook of a ship's doctor.\n\n"
    "Ilse cared for no one but the old captain and had never ceased to care for him. She "
    "sent him a letter from every port.\n\n"
    "The harbour of Varna has become nothing but the private property of the Zorin "
    "brothers, the purser said.\n\n"
    "Captain Maric struck the table with his fist and said that such a storm had never "
    "been seen on that coast.\n"
)
DIARY_DE = (
    "Aus dem Notizbuch eines Schiffsarztes.\n\n"
    "Kapitän Maric schlug mit der Faust auf den Tisch und sagte, dass man so einen Sturm "
    "an dieser Küste noch nie gesehen habe.\n"
)


@pytest.mark.parametrize(
    ("text", "language", "negations"),
    [
        ("She cared for no one but the captain.", "en", ()),
        ("It is nothing but a warehouse.", "en", ()),
        ("He had never ceased to hope.", "en", ()),
        ("Sie liebte niemanden als ihn und hatte nie aufgehört, ihn zu lieben.", "de", ()),
        ("Он не переставал надеяться.", "ru", ()),
        # a real negation beside them stays one
        ("No one came, but the captain never wrote.", "en", ("No", "never")),
    ],
)
def test_phrases_whose_negation_negates_nothing(text: str, language: str, negations) -> None:
    assert read_negations(text, language).words == negations


def _meaning(quote: str, text: str, language: str, text_language: str):
    return match_meaning(quote, text, language=language, text_language=text_language,
                         kind="paraphrase")  # fmt: skip


def test_never_against_no_one_but_and_never_ceased_is_flagged() -> None:
    r = _meaning("Ilse never cared for the old captain at all.", DIARY_EN, "en", "en")
    assert r.status == REWORDED and "negation" in r.flags, (r.flags, r.reason)
    assert "“never” in the quote, none there" in r.reason


def test_only_and_always_render_no_one_but_and_never_ceased_unflagged() -> None:
    r = _meaning("Ilse cared only for the old captain, and she always cared for him.",
                 DIARY_EN, "en", "en")  # fmt: skip
    assert r.status == REWORDED and r.flags == [], (r.flags, r.reason)


def test_nothing_but_rendered_by_just_is_no_negation() -> None:
    r = _meaning("The harbour of Varna is now just an estate of the Zorins, said the purser.",
                 DIARY_EN, "en", "en")  # fmt: skip
    assert r.status == REWORDED and "negation" not in r.flags, (r.flags, r.reason)


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language"),
    [
        ("Капитан Марич ударил кулаком по столу.", "ru", DIARY_EN, "en"),
        ("Captain Maric struck the table with his fist.", "en", DIARY_DE, "de"),
    ],
)
def test_a_negation_in_a_reported_clause_the_quote_leaves_out_is_no_difference(
    quote: str, language: str, text: str, text_language: str
) -> None:
    r = _meaning(quote, text, language, text_language)
    assert r.status == REWORDED and "negation" not in r.flags, (r.flags, r.reason)


def test_a_quote_that_covers_the_reported_clause_without_its_negation_is_flagged() -> None:
    r = _meaning("Captain Maric said that such a storm had been seen on that coast.",
                 DIARY_EN, "en", "en")  # fmt: skip
    assert "negation" in r.flags, (r.status, r.flags, r.reason)

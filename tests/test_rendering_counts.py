"""A value both sides state agrees however often each side says it: "the two drafts ... the
second" against "die beiden Entwürfe ... der zweite" (fresh109: a false alarm "the passage
says 2; not 2" once ordinal words became numbers)."""

from __future__ import annotations

from sourcecheck.facts.rendering import rendering_facts
from sourcecheck.models import Span


def _number_verdict(quote: str, text: str, language: str) -> tuple[str, str | None]:
    checks = rendering_facts(quote, text, Span(0, len(text)), quote_language="en",
                             language=language)  # fmt: skip
    (check,) = [c for c in checks if c.kind == "number"]
    return check.verdict, check.detail


def test_a_value_stated_on_both_sides_agrees_whatever_the_count() -> None:
    quote = "The two drafts were unequal: the first draft was shorter than the second."
    german = "Die beiden Entwürfe waren ungleich lang: der erste Entwurf war kürzer als der zweite."
    assert _number_verdict(quote, german, "de")[0] == "agrees"
    russian = "Оба доклада были неравны: первый доклад был короче, чем второй."
    assert _number_verdict(quote, russian, "ru")[0] == "agrees"


def test_a_value_the_passage_does_not_state_still_differs() -> None:
    quote = "The two drafts were unequal: the first draft was shorter than the third."
    german = "Die beiden Entwürfe waren ungleich lang: der erste Entwurf war kürzer als der zweite."
    verdict, detail = _number_verdict(quote, german, "de")
    assert verdict == "differs" and detail is not None and "not 3" in detail

"""Preventing says a negation's meaning, as failing and refusing do: "she was prevented from
telling them" renders "da sie aber nicht erzählen durfte" (walk106 ke-19 was flagged
`negation`, a faithful translation rated misquoted). Passages written for these tests."""

from __future__ import annotations

from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.privative import lacking

KÜCHE = (
    "Die Köchin stand noch in der Tür. Da sie aber nicht erzählen durfte, erinnerte sie sich an "
    "die große Eile, die sie hatte, drehte sich um und verließ mit lautem Türenschlagen die "
    "Wohnung. Niemand sah ihr nach."
)
REST = (
    "them all about it, she remembered what a hurry she was in, turned round and left the "
    "flat, slamming the door loudly."
)


def test_prevented_answers_a_negation() -> None:
    result = match_meaning(
        f"As she was prevented from telling {REST}", KÜCHE, language="en", text_language="de"
    )
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "negation" not in result.flags, result.reason


def test_preventing_is_a_word_of_lack_in_three_languages() -> None:
    assert all(lacking(w, "en") for w in ("prevented", "prevents", "preventing"))
    assert lacking("verhinderte", "de") and lacking("помешал", "ru")
    assert not lacking("presented", "en") and not lacking("eventually", "en")

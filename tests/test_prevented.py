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


def test_a_negated_verb_rendered_by_its_opposite_is_no_negation() -> None:
    """fresh106: "did not remember" / "forgot" was `close` with ⚠ a negation differs (rated
    misquoted); "did not forget" / "forgot" stays a negation, "remembered" an opposite."""
    from sourcecheck.matching import wordnet
    from sourcecheck.matching.match import match_quote

    text = "The chamberlain forgot the date of the audience and the envoy waited in vain."
    rest = "the date of the audience and the envoy waited in vain."
    changed = match_quote(f"The chamberlain did not forget {rest}", text)
    assert "negation" in changed.flags, changed.reason
    if wordnet.available():  # (make test installs it; the opposites are WordNet's)
        same = match_quote(f"The chamberlain did not remember {rest}", text)
        assert same.status == "close" and "negation" not in same.flags, same.reason
        opposite = match_quote(f"The chamberlain remembered {rest}", text)
        assert "opposite" in opposite.flags, opposite.reason


def test_erst_answers_not_until() -> None:
    """walk106 kd-02: "Spät erst in der Nacht" / "It was not until late at night" was flagged
    `negation` both ways."""
    english = (
        "The evening passed quietly. It was not until late at night that the lamp in the "
        "living room was put out, and now it was easy to see that his parents had stayed awake."
    )
    result = match_meaning(
        "Spät erst in der Nacht wurde die Lampe im Wohnzimmer ausgelöscht, und nun war leicht "
        "festzustellen, daß die Eltern so lange wachgeblieben waren.",
        english, language="de", text_language="en",
    )  # fmt: skip
    assert result.status == "reworded" and result.span is not None, result.reason
    assert "negation" not in result.flags, result.reason

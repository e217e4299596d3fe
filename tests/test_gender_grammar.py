"""The gender a pronoun says is never overruled: "he" is never a woman the text shows, in
English, German or Russian (where the verb's ending or number says it). Passages written
for the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.extract.quotes import find_quotations
from sourcecheck.models import Claim


def by_quote(text: str) -> dict[str, Claim]:
    return {c.quote: c for c in extract(text).claims if c.kind in ("quotation", "oral")}


# -- a pronoun never names a person of the other known gender -----------------------------------

ANNA = "Anna shook her head and looked at the fire.\n\n“Yes,” said Anna. “No,” he replied.\n"


def test_a_reply_with_its_own_attribution_is_not_a_piece_of_the_first_quotation() -> None:
    found = [[p.span.slice(ANNA) for p in q.pieces] for q in find_quotations(ANNA)]
    assert found == [["Yes,"], ["No,"]]  # was one quotation of Anna's: ["Yes,", "No,"]


def test_he_is_never_the_woman_named_just_before() -> None:
    claims = by_quote(ANNA)
    assert claims["Yes"].speaker == "Anna"
    assert claims["No"].speaker is None  # "he": nobody of that gender named, not Anna
    assert "he = ?" in " ".join((claims["No"].notes or "").split())


def test_he_is_never_the_woman_named_just_before_after_a_split() -> None:
    text = ANNA.replace("he replied.", "he replied. “Never.”")
    claims = by_quote(text)
    assert claims["No"].speaker is None  # was "Anna" (the person the narration names)

"""The meaning stage chooses by what the claim says: its date (:mod:`.matching.contenders`),
and a person's title is no name of its own.

The text is ours, written after Czernin's report of February 10, 1918 (the case that showed
the failure): the same colonel opposes something twice, once in a passage that prints no
date and is worded like the claim, once in a clause of a long sentence that follows the
claim's date.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.contenders import dated_contenders, dated_units
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import REWORDED, match_meaning, prepare_quote
from sourcecheck.matching.passages import nearest_reading
from sourcecheck.matching.vectors import cached_vectors, text_units

FILL = (
    "The roads were bad that winter and the post came late. "
    "Supplies for the garrison were carried on sledges across the frozen river. "
    "The town council met in the old school, since the hall had burned down. "
    "Few of the delegates had brought their families with them. "
) * 3
EARLIER = (
    "The first proposal of the delegation was a frontier along the river. The chairman was "
    "anxious to reach a compromise on this question also, in which he had the support of the "
    "envoy, while Colonel Brandt most vehemently opposed any further concession."
)
DATED = (
    "The situation created by this declaration offered no occasion for further talks. At a "
    "meeting on March 3 of the civil and military delegates it was agreed unanimously, save "
    "for a single dissentient, that the offer must be accepted. The one dissentient "
    "vote--that of Colonel Brandt--was to the effect that the talks should be broken off at "
    "once, the army sent forward, and the rebels supported openly."
)
TEXT = f"Report of the negotiations at Riga.\n\n{EARLIER}\n\n{FILL}\n\n{DATED}\n\n{FILL}"
CLAIM = "Only Colonel Brandt opposed it."


def _inside(text: str, span: object, part: str) -> bool:
    start = text.index(part)
    return start <= span.start and span.end <= start + len(part)  # type: ignore[attr-defined]


def test_without_a_date_the_passage_worded_like_the_claim_is_chosen() -> None:
    result = match_meaning(CLAIM, TEXT)
    assert result.status == REWORDED, result.reason
    assert result.span is not None and _inside(TEXT, result.span, EARLIER)


def test_a_claims_date_chooses_the_passage_at_that_date() -> None:
    result = match_meaning(CLAIM, TEXT, claim_date="1921-03-03")
    # The passage at the date says "The one dissentient vote--that of Colonel Brandt": a
    # claim of five words must share every content word, so it is named as the candidate,
    # with what it lacks, and the undated passage is no longer said to render the claim.
    assert result.status == "not_found", result.reason
    assert result.candidate is not None and _inside(TEXT, result.candidate, DATED)
    assert "dissentient vote--that of Colonel Brandt" in result.candidate.slice(TEXT)
    assert "lacks “opposed”" in result.reason


def test_a_date_that_agrees_at_the_nearest_passage_keeps_it() -> None:
    text = TEXT.replace("The first proposal", "On March 3 the first proposal")
    dated = text.replace("meeting on March 3", "meeting on March 9")
    result = match_meaning(CLAIM, dated, claim_date="1921-03-03")
    assert result.status == REWORDED, result.reason
    assert result.span is not None
    assert "Colonel Brandt most vehemently opposed" in result.span.slice(dated)


def test_an_old_style_offset_places_no_claim_in_an_english_source() -> None:
    # March 3 Old Style is March 16: an English report prints the Gregorian calendar, so a
    # claim dated March 16 is not at the passage of March 3 (it was, as "agrees_old_style").
    result = match_meaning(CLAIM, TEXT, claim_date="1921-03-16", text_language="en")
    assert result.status == REWORDED, result.reason
    assert result.span is not None and _inside(TEXT, result.span, EARLIER)


def test_dated_units_of_a_russian_text_agree_in_either_calendar() -> None:
    russian = "3 марта 1917 г. делегаты собрались. Полковник Брандт выступил первым."
    english = "On March 3, 1917 the delegates met. Colonel Brandt spoke first."
    for text, language, found in ((russian, "ru", 2), (english, "en", 0)):
        units = text_units(text, language)
        assert len(dated_units(text, units, "1917-03-16")) == found, language  # New Style
        assert len(dated_units(text, units, "1917-03-03")) == 2, language


def test_a_date_printed_nowhere_changes_nothing() -> None:
    result = match_meaning(CLAIM, TEXT, claim_date="1921-04-20")
    assert result.status == REWORDED, result.reason
    assert result.span is not None and _inside(TEXT, result.span, EARLIER)


def test_dated_units_follow_the_date_until_another_is_printed() -> None:
    text = (
        "On March 3 the delegates met. Colonel Brandt spoke first. The envoy answered him. "
        "On March 5 the delegates met again. Colonel Brandt left the hall."
    )
    units = text_units(text, "en")
    found = [text[units.spans[u, 0] : units.spans[u, 1]].strip() for u in dated_units(
        text, units, "1921-03-03")]  # fmt: skip
    assert found == [
        "On March 3 the delegates met.", "Colonel Brandt spoke first.", "The envoy answered him."
    ]  # fmt: skip
    assert dated_units(text, units, "1921-03") == []  # a month places a claim nowhere


def test_dated_contenders_use_the_similarities_the_ranking_computed() -> None:
    """The quote's similarity with every unit is one product over the text's vectors: the
    ranking computes it and the dated contenders take it (they computed it again)."""
    embedder = default_embedder()
    vectors = cached_vectors(TEXT, embedder)
    units = text_units(TEXT, "en")
    quote = prepare_quote(CLAIM, "en", "en", embedder)
    sims = nearest_reading(vectors.dense(), quote.readings)
    args = (quote.readings, quote.anchors, "1921-03-03", embedder)
    found = dated_contenders(TEXT, units, sims, *args, words=quote.words)
    shifted = dated_contenders(TEXT, units, sims + 0.25, *args, words=quote.words)
    whole = [d.passage for d in found if not d.passage.clause]
    assert whole and any("dissentient" in p.span.slice(TEXT) for p in whole)
    moved = {d.passage.span: d.passage.similarity for d in shifted if not d.passage.clause}
    for p in whole:  # a whole unit's similarity is the one given, not recomputed
        assert moved[p.span] == pytest.approx(p.similarity + 0.25)


def test_a_title_before_a_name_is_not_a_name_of_its_own() -> None:
    assert read_anchors("Only General Hoffmann opposed it.", "en").names == ("Hoffmann",)
    assert read_anchors("He sold it to Mr. Samsa.", "en").names == ("Samsa",)
    assert read_anchors("while General\nHoffmann opposed it", "en").names == ("Hoffmann",)
    # a title alone names someone: "the Prince", "the General"
    assert read_anchors("Next to the Prince of Bavaria sat Kameneff.", "en").names == (
        "Prince", "Bavaria", "Kameneff",
    )  # fmt: skip
    assert read_anchors("Then the General said so.", "en").names == ("General",)


def test_verify_reports_the_passage_at_the_claims_date(cli, tmp_path: Path) -> None:
    path = tmp_path / "riga.txt"
    path.write_text(TEXT, encoding="utf-8")
    for claim_id, date in (("undated", None), ("dated", "1921-03-03")):  # a source each
        assert cli("source", "add", claim_id, "--title", "Riga", "--kind", "report").exit_code == 0
        assert cli("source", "text", claim_id, path).exit_code == 0
        extra = ("--date", date) if date else ()
        added = cli("claim", "add", CLAIM, "--source", claim_id, "--kind", "event", "--id",
                    claim_id, *extra)  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["undated"]["status"] == REWORDED
    assert "most vehemently opposed" in items["undated"]["passage"]
    dated = items["dated"]
    # an event's words are its writer's: the short-quotation rule (every content word
    # shared) is a quotation's, so the passage at the claim's date renders it (task flags67)
    assert dated["status"] == REWORDED, dated["reason"]
    assert "The one dissentient vote--that of Colonel Brandt" in dated["passage"]
    assert "most vehemently" not in dated["passage"]
    assert "The one dissentient vote--that of Colonel Brandt" in cli("show", "dated").output

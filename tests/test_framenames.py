"""A name swapped inside a claim's reporting frame is flagged (:mod:`.matching.framenames`).

The minutes are ours, written for these tests: who answered whom at a village meeting. (A
name that only opens a sentence is not read as one without more evidence, :mod:`.openers`:
the chairman is named again.)
"""

from __future__ import annotations

from sourcecheck.matching.framenames import frame_name_flag
from sourcecheck.matching.meaning import REWORDED, MeaningResult, match_meaning
from sourcecheck.models import MatchResult, Span

MINUTES = (
    "Протокол собрания жителей села (наш текст, написанный для проверки).\n\n"
    "Собрание открылось в шесть часов вечера в школе. Присутствовали сорок "
    "человек, председательствовал староста Морозов.\n\n"
    "Морозов ответил, что новую дорогу нужно строить до начала осенних дождей. "
    "Учитель напомнил, что школа просит денег на дрова.\n\n"
    "Кузнецова заметила, что мельница стоит без работы уже третий месяц. "
    "Решено было собрать деньги на ремонт моста через ручей.\n"
)
SWAPPED = "Sokolov replied that the new road had to be built before the autumn rains began."
KEPT = "Morozov replied that the new road had to be built before the autumn rains began."


def test_a_name_swapped_in_the_frame_is_flagged_at_the_passage() -> None:
    r = match_meaning(SWAPPED, MINUTES, language="en", text_language="ru")
    assert r.status == REWORDED, r.reason
    assert r.span is not None and "Морозов ответил" in r.span.slice(MINUTES)
    assert "name" in r.flags
    assert "Sokolov not there" in r.reason and "in the claim's reporting frame" in r.reason


def test_the_frames_own_name_raises_no_flag() -> None:
    r = match_meaning(KEPT, MINUTES, language="en", text_language="ru")
    assert r.status == REWORDED, r.reason
    assert r.flags == [] and "CHECK" not in r.reason


def test_only_the_same_passage_and_a_name_the_content_does_not_differ_by_count() -> None:
    content = MatchResult("reworded", 80.0, span=Span(100, 160), reason="the source says this")
    elsewhere = MatchResult("reworded", 60.0, span=Span(300, 360), flags=["name"])
    assert frame_name_flag(elsewhere, content).flags == []  # another passage: not its name
    negated = MatchResult("reworded", 60.0, span=Span(100, 160), flags=["negation"])
    assert frame_name_flag(negated, content).flags == []  # the whole differs, not by a name
    rejected = MeaningResult("not_found", 40.0, reason="... CHECK: names differ (A not there)",
                             candidate=Span(110, 160), candidate_flags=["name"])  # fmt: skip
    flagged = frame_name_flag(rejected, content)
    assert flagged.flags == ["name"] and "CHECK: names differ (A not there)" in flagged.reason

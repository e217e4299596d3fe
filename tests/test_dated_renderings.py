"""A date of a day rendered in the other calendar (facts/rendering.py ``rendered_dates``): a
Russian chronicle prints "28 мая" (Old Style) where an English claim says "9 June 1854", and
the month set read "June" / "мая" as another month (a ``date`` flag on a true rendering,
matching/othertimes.py). A date both sides print as the same day, in either calendar and
whichever side prints the Old Style one, is the same date; a month of another day is still
another time. (Counting such a date's words as rendered was tried and dropped: the date's own
sentence, "8 (21) января 1918 года ... состоялось совещание.", then passed for the claim's
passage: tests/test_speech.py.) The chronicle is ours.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.facts.rendering import rendered_dates
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.othertimes import other_time

CHRONICLE = (
    "Летопись уездного города за 1854 год.\n\n"
    "В январе выпал глубокий снег, и дороги стояли три недели. Купцы жаловались на убытки.\n\n"
    "5 (17) марта в соборе освятили новый колокол, отлитый на средства купечества.\n\n"
    "28 мая губернатор собрал дворянство; на собрании решили открыть в городе больницу на "
    "сорок коек.\n\n"
    "14 (26) августа сгорели лавки на торговой площади; пожар тушили до утра.\n"
)


@pytest.mark.parametrize(
    ("quote", "quote_language", "passage", "language", "rendered"),
    [
        ("On 9 June 1854 he came.", "en", "28 мая он приехал.", "ru", "9 June 1854"),
        ("Am 9. Juni 1854 kam er.", "de", "28 мая 1854 года он приехал.", "ru", "9. Juni 1854"),
        ("28 мая 1854 года он приехал.", "ru", "He came on June 9, 1854.", "en", "28 мая 1854"),
        ("On 17 March 1854 it rang.", "en", "5 (17) марта он зазвонил.", "ru", "17 March 1854"),
        ("Am 28. Mai 1854 kam er.", "de", "He came on May 28, 1854.", "en", "28. Mai 1854"),
    ],
)  # fmt: skip
def test_a_date_of_the_same_day_in_either_calendar_is_rendered(
    quote: str, quote_language: str, passage: str, language: str, rendered: str
) -> None:
    assert [quote[s:e] for s, e in rendered_dates(quote, quote_language, passage, language)] == [
        rendered
    ]


@pytest.mark.parametrize(
    ("quote", "quote_language", "passage", "language"),
    [
        ("On 10 June 1854 he came.", "en", "28 мая он приехал.", "ru"),  # another day
        ("Am 9. Juni 1855 kam er.", "de", "28 мая 1854 года он приехал.", "ru"),  # another year
        ("On 9 June 1854 he came.", "en", "Am 28. Mai 1854 kam er.", "de"),  # no Old Style there
        ("In June 1854 he came.", "en", "28 мая он приехал.", "ru"),  # no day
    ],
)  # fmt: skip
def test_another_day_year_or_calendar_is_no_rendered_date(
    quote: str, quote_language: str, passage: str, language: str
) -> None:
    assert rendered_dates(quote, quote_language, passage, language) == []


def test_a_month_of_the_same_day_in_the_old_style_is_no_other_month() -> None:
    passage = "28 мая губернатор собрал дворянство."
    assert other_time("On 9 June 1854 the governor met the nobles.", "en", passage, "ru") is None
    assert other_time("Am 9. Juni versammelte sich der Adel.", "de", passage, "ru") is None
    other = other_time("On 9 July 1854 the governor met the nobles.", "en", passage, "ru")
    assert other == ("July", "мая")


def test_a_rendering_dated_in_the_other_calendar_is_found_unflagged_and_another_day_flagged() -> (
    None
):
    claim = "On {} 1854 the governor assembled the nobility, and they decided to open a hospital."
    same = match_meaning(claim.format("9 June"), CHRONICLE, language="en", text_language="ru",
                         claim_date="1854-06-09", kind="event")  # fmt: skip
    assert same.status == REWORDED, same.reason
    assert "28 мая губернатор" in same.span.slice(CHRONICLE)
    assert same.flags == [], same.reason
    bell = "On {} 1854 a new bell was consecrated in the cathedral."
    other = match_meaning(bell.format("19 March"), CHRONICLE, language="en", text_language="ru",
                          kind="event")  # fmt: skip
    assert other.status != REWORDED or other.flags == ["date"], other.reason


def test_verify_checks_the_date_in_the_other_calendar_at_the_rendering(cli, tmp_path: Path) -> None:
    path = tmp_path / "chronicle.txt"
    path.write_text(CHRONICLE, encoding="utf-8")
    assert cli("source", "add", "chronicle", "--title", "Chronicle", "--kind", "book",
               "--language", "ru").exit_code == 0  # fmt: skip
    assert cli("source", "text", "chronicle", path).exit_code == 0
    added = cli("claim", "add", "On 9 June 1854 the governor assembled the nobility, and they "
                "decided to open a hospital in the town.", "--source", "chronicle", "--id",
                "hospital", "--kind", "event", "--date", "1854-06-09")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    (item,) = json.loads(cli("report", "--format", "json").output)
    assert item["status"] == REWORDED and item["flags"] == [], item["reason"]
    assert [(f["kind"], f["verdict"]) for f in item["facts"]] == [("date", "agrees_old_style")]
    shown = cli("show", "hospital")
    assert "the two dates are the same day in the Old and New Style calendars" in shown.output

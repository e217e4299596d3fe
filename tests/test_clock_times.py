"""A time of day on a 24-hour clock (facts/times.py ``read_clock``): "2 a.m." against "2 Uhr
nachmittags" is the same figure on a 12-hour dial, another time of day, and was accepted as a
true rendering (a fresh-clone trial's Reichstag minutes); "14 Uhr" against "2 p.m." is the
same time, and "at 14:00" had been read as the figures 14 and 0 (a changed number). The
passages are ours, in the manner of parliamentary minutes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.facts.languages import figures_in
from sourcecheck.facts.rendering import rendering_facts
from sourcecheck.facts.times import other_day_hour, read_clock
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.models import Span


@pytest.mark.parametrize(
    ("text", "language", "hours"),
    [
        ("The sitting opened at 2 p.m. and closed at 11.30pm.", "en", [14.0, 23.5]),
        ("He left at 6 a.m., and at 12 p.m., and at 12 a.m.", "en", [6.0, 12.0, 0.0]),
        ("at six in the evening, at 2 o'clock in the morning, at ten at night", "en",
         [18.0, 2.0, 22.0]),
        ("The council met at 14:00 and again at 9:15.", "en", [14.0, None]),
        ("um 2 Uhr nachmittags, um 6 Uhr morgens, abends um 8 Uhr", "de", [14.0, 6.0, 20.0]),
        ("um 14.30 Uhr, um 0 Uhr, um 3 Uhr nachts, um 2 Uhr", "de", [14.5, 0.0, 3.0, None]),
        ("в 2 часа дня, в 6 часов вечера, в 4 часа утра", "ru", [14.0, 18.0, 4.0]),
        ("в 2 часа ночи, в 11 часов ночи, в 14:00, в 5 часов", "ru", [2.0, 23.0, 14.0, None]),
    ],
)  # fmt: skip
def test_a_time_is_read_on_a_24_hour_clock_where_the_text_tells_the_half_of_the_day(
    text: str, language: str, hours: list[float | None]
) -> None:
    assert [t.day_hour for t in read_clock(text, language)] == hours


def test_a_clock_time_is_one_figure_on_the_dial_and_no_chapter_or_tally_is_a_time() -> None:
    assert [n.value for n in figures_in("The council met at 14:00.", "en")] == [2.0]
    assert [n.value for n in figures_in("Die Sitzung begann um 14.30 Uhr.", "de")] == [2.5]
    assert [n.value for n in figures_in("Заседание открылось в 14:00.", "ru")] == [2.0]
    assert [n.value for n in figures_in("He read John 3:16 aloud.", "en")] == [3.0, 16.0]
    assert read_clock("Der Antrag wurde mit 27:12 Stimmen angenommen.", "de") == ()
    assert read_clock("Ayes, 348; Noes, 225.", "en") == ()


@pytest.mark.parametrize(
    ("quote", "quote_language", "passage", "language", "other"),
    [
        ("He opened the session at 2 a.m.", "en", "Er eröffnete die Sitzung um 2 Uhr "
         "nachmittags.", "de", ("2 a.m.", "2 Uhr nachmittags")),
        ("Он открыл заседание в 2 часа ночи.", "ru", "Er eröffnete die Sitzung um 14 Uhr.", "de",
         ("2 часа ночи", "14 Uhr")),
        ("Die Sitzung wurde um 6 Uhr morgens geschlossen.", "de", "Заседание закрывается в 6 "
         "часов вечера.", "ru", ("6 Uhr morgens", "6 часов вечера")),
        ("Заседание закрылось в 4 часа утра.", "ru", "The Commission adjourned at 4 p.m.", "en",
         ("4 часа утра", "4 p.m.")),
        ("The sitting closed at 6 p.m.", "en", "The sitting closed at 6 in the morning.", "en",
         ("6 p.m.", "6 in the morning")),
    ],
)  # fmt: skip
def test_the_other_half_of_the_day_is_another_time_in_either_direction(
    quote: str, quote_language: str, passage: str, language: str, other: tuple[str, str]
) -> None:
    assert other_day_hour(quote, quote_language, passage, language) == other
    assert other_day_hour(passage, language, quote, quote_language) == (other[1], other[0])


@pytest.mark.parametrize(
    ("quote", "quote_language", "passage", "language"),
    [
        ("He opened the session at 2 p.m.", "en", "Er eröffnete die Sitzung um 14 Uhr.", "de"),
        ("He opened the session at 14:00.", "en", "Он открыл заседание в 2 часа дня.", "ru"),
        ("Die Sitzung wurde um 18 Uhr geschlossen.", "de", "Заседание закрывается в 6 часов "
         "вечера.", "ru"),
        # a half left untold on one side is no other time
        ("He opened the session at 2 a.m.", "en", "Er eröffnete die Sitzung um 2 Uhr.", "de"),
        ("Он открыл заседание в 2 часа.", "ru", "He opened the session at 2 p.m.", "en"),
    ],
)  # fmt: skip
def test_the_same_time_of_day_and_a_half_left_untold_are_no_other_time(
    quote: str, quote_language: str, passage: str, language: str
) -> None:
    assert other_day_hour(quote, quote_language, passage, language) is None
    assert other_day_hour(passage, language, quote, quote_language) is None


REICHSTAG = (
    "Sitzung des Reichstags vom 14. Juni 1923.\n\n"
    "Der Präsident Löbe eröffnete die Sitzung um 2 Uhr nachmittags.\n\n"
    "Abgeordneter Müller (SPD): Die Preise für Brot haben sich seit Januar verdreifacht.\n"
)


def test_the_number_check_at_a_rendering_says_the_time_of_day_differs() -> None:
    span = Span(REICHSTAG.index("Der Präsident"), REICHSTAG.index("nachmittags.") + 12)
    wrong = rendering_facts("Löbe opened the session at 2 a.m.", REICHSTAG, span,
                            quote_language="en", language="de")  # fmt: skip
    assert [(c.kind, c.verdict) for c in wrong] == [("number", "differs")]
    assert "another time of day: 2 a.m. claimed, 2 Uhr nachmittags there" in wrong[0].detail
    right = rendering_facts("Löbe opened the session at 14:00.", REICHSTAG, span,
                            quote_language="en", language="de")  # fmt: skip
    assert [(c.kind, c.verdict) for c in right] == [("number", "agrees")]


@pytest.mark.parametrize(
    ("claim", "language", "flagged"),
    [
        ("President Löbe opened the session at 2 a.m.", "en", True),
        ("President Löbe opened the session at 2 p.m.", "en", False),
        ("President Löbe opened the session at 14:00.", "en", False),
        ("Председатель Лёбе открыл заседание в 2 часа ночи.", "ru", True),
    ],
)
def test_a_rendering_in_the_other_half_of_the_day_is_flagged_and_the_same_time_is_not(
    claim: str, language: str, flagged: bool
) -> None:
    result = match_meaning(claim, REICHSTAG, language=language, text_language="de")
    assert result.status == REWORDED, result.reason
    assert "2 Uhr nachmittags" in result.span.slice(REICHSTAG)
    assert ("date" in result.flags) is flagged, result.reason
    assert "number" not in result.flags, result.reason  # 14:00 is no figure 14 and 0
    assert ("another time (" in result.reason) is flagged


def test_verify_flags_a_time_in_the_other_half_of_the_day_and_show_says_why(
    cli, tmp_path: Path
) -> None:
    path = tmp_path / "reichstag.txt"
    path.write_text(REICHSTAG, encoding="utf-8")
    assert cli("source", "add", "reichstag", "--title", "Reichstag", "--kind", "minutes",
               "--language", "de").exit_code == 0  # fmt: skip
    assert cli("source", "text", "reichstag", path).exit_code == 0
    for claim_id, quote in (("am", "President Löbe opened the session at 2 a.m."),
                            ("pm", "President Löbe opened the session at 2 p.m.")):  # fmt: skip
        added = cli("claim", "add", quote, "--source", "reichstag", "--id", claim_id,
                    "--kind", "paraphrase")  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["am"]["status"] == REWORDED and "date" in items["am"]["flags"]
    assert items["pm"]["status"] == REWORDED and items["pm"]["flags"] == []
    verdicts = {i: [(f["kind"], f["verdict"]) for f in items[i]["facts"]] for i in items}
    assert verdicts == {"am": [("number", "differs")], "pm": [("number", "agrees")]}
    shown = cli("show", "am")
    assert shown.exit_code == 0
    assert "another time of day: 2 a.m. claimed, 2 Uhr nachmittags there" in shown.output


@pytest.mark.parametrize(
    ("quote", "passage", "language"),
    [
        ("The Board adjourned at 6 a.m. until Thursday.", "The minutes were read. The Board "
         "adjourned at 6 p.m. until Thursday.", "en"),
        ("Der Bürgermeister eröffnete die Sitzung um 4 Uhr morgens und begrüßte die Mitglieder.",
         "Der Bürgermeister eröffnete die Sitzung um 4 Uhr nachmittags und begrüßte die "
         "Mitglieder.", "de"),
        ("Пожар на площади начался в 3 часа дня и был потушен только к полудню.",
         "Пожар на площади начался в 3 часа ночи и был потушен только к полудню.", "ru"),
    ],
)  # fmt: skip
def test_the_word_matcher_flags_a_time_changed_to_the_other_half_of_the_day(
    quote: str, passage: str, language: str
) -> None:
    # one letter or word changed ("a" / "p", "morgens" / "nachmittags"): close, and flagged
    changed = match_quote(quote, passage, language=language)
    assert changed.status == "close", changed.reason
    assert "date" in changed.flags, changed.reason
    assert "another time of day" in changed.reason
    same = match_quote(passage.split(". ")[-1], passage, language=language)
    assert same.status == "verbatim" and same.flags == [], same.reason

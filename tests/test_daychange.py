"""A changed day of the month found by the word matcher is a changed date (matching/daychange.py),
in English, German and Russian: flagged ``date`` with both dates in its CHECK, and verify shows
the quote's printed date against the passage's as a fact (workers.passage_facts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.matching.match import match_quote
from sourcecheck.store import db as dbm

CASES = {
    "en": ("The sailors held out for two weeks. On 14 March 1921 the garrison of Kronstadt elected "
           "a new committee and sent 30 delegates to Petrograd. The government refused to talk.",
           "On 15 March 1921 the garrison of Kronstadt elected a new committee and sent 30 "
           "delegates to Petrograd.", "15 March 1921", "14 March 1921"),
    "de": ("Die Matrosen hielten zwei Wochen aus. Am 14. März 1921 wählte die Besatzung von "
           "Kronstadt einen neuen Ausschuss und schickte 30 Abgeordnete nach Petrograd.",
           "Am 15. März 1921 wählte die Besatzung von Kronstadt einen neuen Ausschuss und "
           "schickte 30 Abgeordnete nach Petrograd.", "15. März 1921", "14. März 1921"),
    "ru": ("Матросы продержались две недели. 14 марта 1921 года гарнизон Кронштадта избрал новый "
           "комитет и отправил 30 делегатов в Петроград.",
           "15 марта 1921 года гарнизон Кронштадта избрал новый комитет и отправил 30 делегатов "
           "в Петроград.", "15 марта 1921", "14 марта 1921"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_a_changed_day_next_to_its_month_is_a_date_flag(language: str) -> None:
    text, quote, mine, theirs = CASES[language]
    r = match_quote(quote, text, language=language)
    assert r.status == "close"
    assert "date" in r.flags and "number" not in r.flags
    assert f"CHECK: the date differs (“{mine}” in the quote, “{theirs}” there)" in r.reason


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_a_changed_figure_stays_a_number(language: str) -> None:
    text, quote, _, _ = CASES[language]
    changed = quote.replace("30", "40")
    r = match_quote(changed, text, language=language)
    assert "number" in r.flags and "date" not in r.flags


def test_verify_shows_the_quote_s_printed_date_against_the_passage_s(
    cli, db_path, tmp_path: Path
) -> None:
    text, quote, _, _ = CASES["en"]
    path = tmp_path / "chronicle.txt"
    path.write_text(text + "\n")
    cli("source", "add", "chronicle", "--title", "Chronicle", "--kind", "book")
    assert cli("source", "text", "chronicle", path).exit_code == 0
    cli("claim", "add", quote, "--source", "chronicle", "--id", "rising")
    cli("claim", "add", quote.replace("15", "14"), "--source", "chronicle", "--id", "right")
    assert cli("verify", "--no-meaning").exit_code == 0
    facts = dbm.latest_fact_checks(dbm.open_db(db_path))
    rising = {f["kind"]: f for f in facts["rising"]}
    assert rising["date"]["verdict"] == "differs" and rising["date"]["claim_value"] == "1921-03-15"
    assert {f["kind"]: f for f in facts["right"]}["date"]["verdict"] == "agrees"
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["rising"]["flags"] == ["date"]

"""Extraction of a new user's article: "X wrote that Y “...”" quotes X's writing (Y is the
subject of the reported clause); a date a verb gives an event ("dated ... to January 29,
1918") is a date claim; a date marked Old Style is read as its New Style day."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.extract.claims import extract
from sourcecheck.records.formats import parse_file


def _quotations(text: str) -> list[tuple[str | None, float | None, str]]:
    return [
        (c.speaker, c.speaker_confidence, c.quote)
        for c in extract(text, document_id="article").claims
        if c.kind in ("quotation", "oral")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "That evening Marta Quist wrote that Ebbe Lund “gave me his word that the harbour "
            "would stay open.” The harbour closed a week later.",
            "Marta Quist",
        ),
        (
            "Marta Quist wrote in her journal that Ebbe Lund “gave me his word that the harbour "
            "would stay open.” The harbour closed a week later.",
            "Marta Quist",
        ),
        (
            "The mayor Otto Brink said that he “would never sell the harbour to the railway.” "
            "He sold it in the spring.",
            "Otto Brink",
        ),
    ],
)
def test_words_quoted_in_a_that_clause_are_the_reporters(text: str, speaker: str) -> None:
    # the person after "that" is what the words are about ("gave me": the writer's "me")
    [(found, confidence, _)] = _quotations(text)
    assert found is not None and found.endswith(speaker)  # ("the mayor Otto Brink")
    assert confidence is not None and confidence >= 0.8


def test_that_as_a_demonstrative_still_names_the_speaker_after_the_verb() -> None:
    # no reported clause: "said that old sailor" names who spoke
    text = "Late in the night said that old sailor Jens Holm: “The ice will hold till March.”"
    [(found, _, _)] = _quotations(text)
    assert found is not None and "Holm" in found


def _dated(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.kind, c.date, c.notes)
        for c in extract(text, document_id="article").claims
        if c.kind == "date"
    ]


def test_a_date_a_verb_gives_an_event_is_a_date_claim() -> None:
    text = (
        "The ferry strike ended in the spring. The harbour papers dated the first walkout to "
        "March 3, 1921. The council postponed its vote to April 12, 1921. The talks ran from "
        "May 1 to May 9, 1921.\n"
    )
    dated = _dated(text)
    assert [date for _, date, _ in dated] == ["1921-03-03", "1921-04-12", "1921-05-01"]


def test_a_date_marked_old_style_is_read_as_new_style() -> None:
    text = (
        "The strike spread to the capital. Petrograd papers dated the walkout to January 29, "
        "1918 (Old Style). Nobody in Vienna noticed.\n\n"
        "On March 2, 1917 O.S. the council said: “We shall not meet again.”\n"
    )
    claims = extract(text, document_id="article").claims
    [dated] = [c for c in claims if c.kind == "date"]
    assert dated.date == "1918-02-11"  # January 29 Julian is February 11 Gregorian
    assert "Old Style, 1918-01-29; New Style 1918-02-11" in (dated.notes or "")
    [said] = [c for c in claims if c.kind in ("quotation", "oral")]
    assert said.date == "1917-03-15"
    # an unmarked date stays as printed
    plain = extract(text.replace(" (Old Style)", ""), document_id="article").claims
    assert [c.date for c in plain if c.kind == "date"] == ["1918-01-29"]


def test_the_cli_writes_the_date_claim(cli, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "The strike spread. Petrograd papers dated the walkout to January 29, 1918 (Old Style).\n",
        encoding="utf-8",
    )
    out = tmp_path / "claims.yaml"
    assert cli("extract", article, "-o", out).exit_code == 0
    [claim] = [c for c in parse_file(out).claims if c.kind == "date"]
    assert claim.date == "1918-02-11" and claim.quote.endswith("(Old Style).")


DIARY = (
    "Diary of the harbour master, written for the tests.\n\n"
    "_March 3, 1921._--The storm came in the night and the harbour was closed.\n\n"
    + "We counted the boats and mended the nets while the wind held. "
    * 14
    + "\n\nThe pier is not yet lost, though the sea has taken the lamps.\n\n"
    "_March 4, 1921._--Calm at last.\n"
)


def test_verify_dates_a_quote_by_its_entrys_heading_far_before(cli, tmp_path: Path) -> None:
    """A verbatim quote more than 600 characters after its diary entry's heading: its date
    agrees with the heading (it was "not found": only 600 characters were read)."""
    assert DIARY.index("The pier") - DIARY.index("March 3") > 600
    diary = tmp_path / "diary.txt"
    diary.write_text(DIARY, encoding="utf-8")
    assert cli("source", "add", "harbour-diary", "--title", "Diary").exit_code == 0
    assert cli("source", "text", "harbour-diary", diary).exit_code == 0
    quote = "The pier is not yet lost, though the sea has taken the lamps."
    added = cli("claim", "add", quote, "--source", "harbour-diary", "--date", "1921-03-03")
    assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    shown = cli("show", "harbour-diary-1921-03-03")
    assert shown.exit_code == 0, shown.output
    assert "agrees" in shown.stdout and "March 3, 1921" in shown.stdout, shown.stdout

"""The reviewer's verdict in every report format: beside the machine's status in HTML and
Markdown (with a filter), CSV columns, ClaimReview rated by the reviewer and authored by them,
W3C annotations carrying the note; notes escaped like every other piece of data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from builders import REVIEWS, XSS_NOTE, add_reviews, build_database
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from sourcecheck.cli import app


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_database(tmp_path_factory.mktemp("reviewed"))
    add_reviews(path)
    return path


@pytest.fixture(scope="module")
def report_of(reviewed: Path, runner: CliRunner):
    def render(fmt: str, *args: str) -> str:
        result = runner.invoke(app, ["report", "--format", fmt, *args, "--db", str(reviewed)])
        assert result.exit_code == 0, result.output
        return result.stdout

    return render


def test_json_items_carry_the_review_or_null(report_of) -> None:
    items = {item["claim"]: item for item in json.loads(report_of("json"))}
    for claim, (verdict, by, note) in REVIEWS.items():
        review = items[claim]["review"]
        assert (review["verdict"], review["by"], review["note"]) == (verdict, by, note)
        assert set(review) == {"verdict", "note", "by", "at", "stale", "stale_reason"}
    assert items["vote"]["review"]["stale"] is True
    assert items["vote"]["review"]["stale_reason"] == "the status changed from close to reworded"
    assert items["diary"]["review"]["stale"] is False
    assert items["elided"]["review"] is None


def test_html_shows_the_verdict_beside_the_status_with_a_filter(report_of) -> None:
    html = report_of("html")
    assert XSS_NOTE not in html and "<img src=x" not in html  # the note is escaped
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'data-review="misquoted"' in html and 'data-review="none"' in html
    for verdict in ("misquoted", "accurate", "unverifiable", "minor_differences", "none"):
        assert f'data-review-filter="{verdict}"' in html
    assert 'data-review-filter="unsupported"' not in html  # only verdicts given
    card = html.split('id="claim-vote"', 1)[1].split("</article>", 1)[0]
    head = card.split("<blockquote", 1)[0]
    assert "reviewer: minor differences" in head and "review stale" in head
    assert "Stale: the status changed from close to reworded since the review" in card
    assert "reviewed by a person:" in html and "1 stale" in html


def test_markdown_shows_the_verdict_and_escapes_the_note(report_of) -> None:
    markdown = report_of("markdown")
    assert "### 2. diary: close (score 81.7) · reviewer: misquoted" in markdown
    assert "· reviewer: minor differences (stale)" in markdown
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<img" not in rendered and 'href="javascript' not in rendered
    assert "&lt;img src=x onerror=alert(1)&gt; *not* [a](javascript:x) | =SUM(A1)" in rendered
    assert "| misquoted | 1 |" in markdown and "| not reviewed | 7 |" in markdown
    assert "**1 review stale:**" in markdown


def test_the_report_filters_by_the_reviewers_verdict(report_of, reviewed, runner) -> None:
    only = json.loads(report_of("json", "--verdict", "misquoted", "--verdict", "unverifiable"))
    assert [i["claim"] for i in only] == ["diary", "notext"]
    unreviewed = json.loads(report_of("json", "--verdict", "none"))
    assert len(unreviewed) == 7 and all(i["review"] is None for i in unreviewed)
    markdown = report_of("markdown", "--verdict", "accurate")
    assert "Only claims with the reviewer's verdict accurate." in markdown
    bad = runner.invoke(app, ["report", "--verdict", "fine", "--db", str(reviewed)])
    assert bad.exit_code == 3 and "error: unknown verdict 'fine' (choose from: accurate" in (
        bad.stderr
    )


def test_csv_has_the_review_columns(report_of) -> None:
    rows = {r["claim"]: r for r in csv.DictReader(io.StringIO(report_of("csv")))}
    diary = rows["diary"]
    assert (diary["review_verdict"], diary["review_by"]) == ("misquoted", "Ann Lee")
    assert diary["review_note"] == XSS_NOTE
    assert rows["vote"]["review_stale"] == "stale: the status changed from close to reworded"
    assert rows["elided"]["review_verdict"] == "" and rows["diary"]["review_stale"] == ""
    assert rows["diary"]["review_at"].endswith("+00:00")


def test_claimreview_publishes_the_reviewers_verdict_as_theirs(report_of) -> None:
    reviews = {r["identifier"]: r for r in json.loads(report_of("claimreview"))}
    diary = reviews["diary"]
    assert diary["author"] == {"@type": "Person", "name": "Ann Lee"}
    assert diary["reviewRating"]["ratingValue"] == 2  # the machine said close: 4
    assert diary["reviewRating"]["alternateName"].startswith("Misquoted")
    assert diary["reviewBody"] == XSS_NOTE
    assert reviews["exact"]["reviewRating"]["ratingValue"] == 5
    # a claim the machine could not check, that a person reviewed, is published
    notext = reviews["notext"]
    assert "ratingValue" not in notext["reviewRating"]
    assert notext["reviewRating"]["alternateName"].startswith("Unverifiable")
    assert "oral" not in reviews and "unverified" not in reviews  # nobody checked those
    machine = reviews["elided"]
    assert machine["author"]["name"] == "sourcecheck" and "publisher" not in machine
    # a stale review judged another result: the claim as it is now gets the machine's rating
    vote = reviews["vote"]  # reviewed minor_differences (4) when close; now reworded
    assert vote["author"]["name"] == "sourcecheck"
    assert not vote["reviewRating"]["alternateName"].startswith("Accurate")
    assert vote["reviewRating"]["ratingValue"] in (2, 3)  # reworded, or flagged misquoted


def test_claimreview_names_the_publisher_and_the_machine_verdicts_author(report_of) -> None:
    reviews = {
        r["identifier"]: r
        for r in json.loads(
            report_of("claimreview", "--publisher", "The Checkers", "--reviewer", "Desk")
        )
    }
    assert reviews["elided"]["author"] == {"@type": "Organization", "name": "Desk"}
    assert reviews["diary"]["author"] == {"@type": "Person", "name": "Ann Lee"}
    for review in reviews.values():
        assert review["publisher"] == {"@type": "Organization", "name": "The Checkers"}


def test_annotations_carry_the_reviewers_note(report_of) -> None:
    collection = json.loads(report_of("annotations"))
    by_claim = {a["id"].split(":")[3]: a for a in collection["first"]["items"]}
    bodies = by_claim["diary"]["body"]
    comment = next(b for b in bodies if b["purpose"] == "commenting")
    assert comment["value"] == XSS_NOTE
    assert comment["creator"] == {"type": "Person", "name": "Ann Lee"}
    tags = [b["value"] for b in by_claim["vote"]["body"] if b["purpose"] == "tagging"]
    assert "reviewer: minor differences (stale: the status changed from close to reworded)" in tags
    assert not [b for b in by_claim["elided"]["body"] if b.get("creator")]


def test_the_report_command_says_when_reviews_are_stale(reviewed, runner, tmp_path) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "-o", str(out), "--db", str(reviewed)])
    assert result.exit_code == 0
    assert "note: 1 review in this report stale" in result.stderr


def test_the_summary_counts_the_reviewers_verdict_first(report_of) -> None:
    """diary is close (supported by the machine) but its reviewer found it misquoted: it
    needs a look; vote's review is stale: look again; exact stays supported (accurate)."""
    import re

    html = report_of("html")
    summary = {
        key: int(n)
        for key, n in re.findall(r'class="verdict v-(\w+)"><span class="n">(\d+)</span>', html)
    }
    assert summary == {"look": 7, "supported": 1, "unchecked": 3}
    assert "or a reviewer found it accurate" in html
    markdown = report_of("md")
    assert "- **1** supported by the cited source" in markdown
    assert "- **7** need a look" in markdown

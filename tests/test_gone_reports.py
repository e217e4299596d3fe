"""A claim ``extract --merge`` found gone from the corrected document (notes ``gone: ...``, no
offsets, as imported) is no longer the document's problem: every report format labels it "no
longer in the document", it is not counted in "need a look", ClaimReview does not publish it
as the document's misquote, and Datasette's ``claim_report`` says so and puts it last (a new
user's walkthrough saw the corrected article's old misquote published as "Misquoted")."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from sourcecheck.records.formats import parse_file

# written for the tests: the article misquotes the log ("not"), then is corrected
ARTICLE = (
    "The harbour master kept a log through the storm. On March 2, 1921, Elias Brandt wrote in "
    "his log: “The pier is not yet lost, though the sea has taken the lamps.” He slept little.\n"
)
LOG = (
    "March 2, 1921. Wind from the north all night. The pier is yet lost, though the sea has "
    "taken the lamps. I slept little, and the boats stayed in.\n"
)
SOURCES = (
    "id: brandt-log\ntitle: The Harbour Log\nauthor: Elias Brandt\ntexts:\n  - path: log.txt\n"
)
LABEL = "no longer in the document"


@pytest.fixture
def corrected(cli, tmp_path: Path) -> str:
    """The misquote imported and verified, the article corrected, merged, imported, verified
    again: returns the gone claim's id."""
    (tmp_path / "log.txt").write_text(LOG, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0
    article, claims = tmp_path / "article.txt", tmp_path / "claims.yaml"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli("extract", article, "-o", claims).exit_code == 0
    _cite_the_log(claims)
    assert cli("import", claims).exit_code == 0
    assert cli("verify").exit_code == 0
    article.write_text(ARTICLE.replace("is not yet lost", "is yet lost"), encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    _cite_the_log(claims)
    imported = cli("import", claims)
    assert imported.exit_code == 0 and "1 claim marked gone" in imported.stderr
    assert cli("verify").exit_code == 0
    (gone,) = [c.id for c in parse_file(claims).claims if (c.notes or "").startswith("gone:")]
    return gone


def _cite_the_log(claims: Path) -> None:
    """Every claim of ``claims`` cites the log (extract proposed a placeholder source)."""
    text = claims.read_text(encoding="utf-8")
    claims.write_text(
        text.replace("source: unidentified-elias-brandt", "source: brandt-log"), encoding="utf-8"
    )


def _report(cli, fmt: str) -> str:
    result = cli("report", "--format", fmt, "-o", "-")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_gone_misquote_is_labelled_and_not_counted_as_needing_a_look(cli, corrected) -> None:
    markdown = _report(cli, "markdown")
    assert "- **0** need a look" in markdown and f"- **1** {LABEL}" in markdown
    card = markdown.split(f"{corrected}: close")[1].split("\n### ")[0]
    assert f"**In the document:** **{LABEL}**" in card
    html = _report(cli, "html")
    assert f"<strong>{LABEL}</strong>" in html and 'class="verdict v-gone"' in html
    rows = {r["claim"]: r for r in csv.DictReader(io.StringIO(_report(cli, "csv")))}
    assert rows[corrected]["in_document"] == LABEL
    assert [c for c, r in rows.items() if r["in_document"]] == [corrected]
    items = {i["claim"]: i for i in json.loads(_report(cli, "json"))}
    assert items[corrected]["gone"] and not any(
        i["gone"] for c, i in items.items() if c != corrected
    )


def test_claimreview_does_not_publish_the_gone_misquote(cli, corrected) -> None:
    reviews = json.loads(_report(cli, "claimreview"))
    reviews = reviews if isinstance(reviews, list) else reviews.get("@graph", [reviews])
    named = [r.get("identifier") for r in reviews]
    assert corrected not in named and f"{corrected}-2" in named  # the corrected quote is
    assert all("Misquoted" not in json.dumps(r) for r in reviews)


def test_claim_report_says_gone_and_puts_it_last(cli, corrected, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        rows = dict(conn.execute("SELECT claim_id, in_document FROM claim_report").fetchall())
        attention = dict(conn.execute("SELECT claim_id, attention FROM claim_report").fetchall())
    assert rows[corrected] == LABEL and attention[corrected] == 8
    assert [c for c, label in rows.items() if label] == [corrected]

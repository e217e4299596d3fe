"""What a result asks a person to check (report/alarms.py) is said in the same words by every
format: the HTML and Markdown cards, the JSON and CSV reports, ClaimReview, the annotations,
``show`` and verify's table (a new user's check: the HTML card asked "a word changed: same
meaning or not?" of a ``close`` quote, its Markdown card said nothing). ``verify --fail-on
flagged`` fails a run on any such result, whatever its status: a flagged ``close`` passes
``--fail-on partial,not_found``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

ASKED = "a word changed: same meaning or not? check it"
SOURCE = (
    "In the evening the dock workers gathered at the river and voted to strike until the "
    "wages were paid in full. The foreman promised that the money would come before Sunday.\n"
)
CLAIMS = """claims:
  - id: lake
    source: harbour
    quote: the dock workers gathered at the lake and voted to strike until the wages were paid
  - id: exact
    source: harbour
    quote: The foreman promised that the money would come before Sunday.
"""


def _loaded(cli, tmp_path: Path) -> None:
    """The source (its text in harbour.txt) and the two claims, imported from files."""
    (tmp_path / "harbour.txt").write_text(SOURCE)
    (tmp_path / "harbour.yaml").write_text(
        "id: harbour\ntitle: Harbour Notes\nkind: diary\ntexts:\n  - path: harbour.txt\n"
    )
    (tmp_path / "claims.yaml").write_text(CLAIMS)
    imported = cli("import", tmp_path / "harbour.yaml", tmp_path / "claims.yaml")
    assert imported.exit_code == 0, imported.output


def test_every_format_asks_about_a_changed_word_in_the_same_words(cli, tmp_path: Path) -> None:
    _loaded(cli, tmp_path)
    run = cli("verify", "--no-meaning")
    assert run.exit_code == 0 and f"⚠ {ASKED}" in run.stdout
    markdown = cli("report", "--format", "markdown").stdout
    lake = markdown.split("lake: close")[1].split("###")[0]
    assert f"**⚠ {ASKED}**" in lake  # the old Markdown card had no headline
    assert "⚠" not in markdown.split("exact: verbatim")[1]
    html = cli("report", "--format", "html").stdout
    card = html.split('id="claim-lake"')[1].split("</article>")[0]
    assert f'<span class="alarm">⚠ {ASKED}</span>' in card
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    assert items["lake"]["alarms"] == [ASKED] and items["exact"]["alarms"] == []
    rows = {
        r["claim"]: r for r in csv.DictReader(io.StringIO(cli("report", "--format", "csv").stdout))
    }
    assert rows["lake"]["alarms"] == ASKED and rows["exact"]["alarms"] == ""
    reviews = {
        r["identifier"]: r for r in json.loads(cli("report", "--format", "claimreview").stdout)
    }
    assert reviews["lake"]["reviewRating"]["ratingExplanation"].startswith(f"⚠ {ASKED}. found")
    assert "⚠" not in reviews["exact"]["reviewBody"]
    notes = json.loads(cli("report", "--format", "annotations").stdout)["first"]["items"]
    assessed = {a["id"].split(":")[3]: a["body"][0]["value"] for a in notes}
    assert f"⚠ {ASKED}. found" in assessed["lake"] and "⚠" not in assessed["exact"]
    shown = cli("show", "lake").stdout
    assert f"check     ⚠ {ASKED}" in shown
    assert "check" not in cli("show", "exact").stdout


def test_fail_on_flagged_fails_a_flagged_close_result(cli, tmp_path: Path) -> None:
    _loaded(cli, tmp_path)
    passed = cli("verify", "--no-meaning", "--fail-on", "partial,not_found")
    assert passed.exit_code == 0 and "error" not in passed.stderr  # its status is close
    flagged = cli("verify", "--no-meaning", "--fail-on", "partial,flagged")
    assert flagged.exit_code == 1
    assert "error: 1 claim ended close ⚠ flagged (--fail-on): lake" in flagged.stderr
    only_exact = cli("verify", "exact", "--no-meaning", "--fail-on", "flagged")
    assert only_exact.exit_code == 0
    bad = cli("verify", "--fail-on", "flaged")
    assert bad.exit_code == 3 and "flagged" in bad.stderr.split("choose from")[1]

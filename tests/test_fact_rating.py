"""One verdict across formats: a claim whose date or figure, checked as a fact at its passage,
differs from the source is rated "Misquoted" in ClaimReview, as Datasette's ``attention`` (1)
and the reports' "need a look" count it, even when the quoted words are verbatim. A
walkthrough found a verbatim quote with a wrong date rated 5, "Accurately quoted"."""

from __future__ import annotations

import json
from pathlib import Path

from sourcecheck.report import RATINGS

LOG = (
    "Log of the river station, kept for the tests.\n\n"
    "March 3, 1921. The ferry did not run; the ice had closed the river.\n\n"
    "March 9, 1921. The ferry ran again at noon. The keeper counted forty passengers.\n"
)


def test_a_fact_that_differs_lowers_the_rating_of_a_verbatim_quote(cli, tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_text(LOG, encoding="utf-8")
    cli("source", "add", "log", "--title", "Station log", "--kind", "diary")
    assert cli("source", "text", "log", log).exit_code == 0
    right = "The ferry ran again at noon."
    wrong = "The keeper counted forty passengers."
    for claim, quote, date in (("right", right, "1921-03-09"), ("wrong", wrong, "1921-03-03")):
        added = cli("claim", "add", quote, "--source", "log", "--date", date, "--id", claim)
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["right"]["status"] == items["wrong"]["status"] == "verbatim"
    assert {f["kind"]: f["verdict"] for f in items["wrong"]["facts"]}["date"] == "differs"
    assert {f["verdict"] for f in items["right"]["facts"]} == {"agrees"}
    reviews = {
        r["identifier"]: r["reviewRating"]
        for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    assert reviews["right"]["ratingValue"] == RATINGS["verbatim"].value
    assert reviews["wrong"]["ratingValue"] == RATINGS["misquoted"].value
    assert reviews["wrong"]["alternateName"] == RATINGS["misquoted"].name

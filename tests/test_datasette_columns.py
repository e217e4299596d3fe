"""claim_report's page in Datasette shows claims first (its column descriptions on a page of
their own), the ``flags`` description names every flag the code emits, and the "said in other
words" query shows the evidence a person needs in readable columns, in real Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import add_reviews, build_database, serving
from test_browser import CHROMIUM, CHROMIUM_ARGS, Watched, screenshot

import sourcecheck
from sourcecheck.browse import datasette as browse
from sourcecheck.browse.columns import COLUMN_PAGES, FLAG_MEANINGS, FLAGS_DESCRIPTION

SRC = Path(sourcecheck.__file__).parent
_EMITS = re.compile(r"\bflags(?:\.append\(|\s*\+=|\s*=\s*[\[(]|=\s*\[|=\s*\()")
_CONSTANT = re.compile(r'^([A-Z][A-Z_]+) = "([a-z_]+)"', re.M)


def emitted_flags() -> set[str]:
    """The flags the code puts on results: string literals and constants after each place
    that appends to, extends or builds a ``flags`` list, comments aside (extraction's quote
    notes, and the reports and Datasette that read flags, aside)."""
    readers = ("extract", "browse", "report")
    files = [p for p in SRC.rglob("*.py") if p.parent.name not in readers]
    constants = {
        name: value for path in files for name, value in _CONSTANT.findall(path.read_text())
    }
    found: set[str] = set()
    for path in files:
        for line in path.read_text().splitlines():
            emits = _EMITS.search(line)
            if not emits:
                continue
            code = line[emits.start() :].split("#")[0]
            found |= set(re.findall(r'"([a-z_]+)"', code))
            found |= {constants[n] for n in re.findall(r"\b[A-Z][A-Z_]+\b", code) if n in constants}
    return found


def test_the_flags_description_lists_every_flag_the_code_emits() -> None:
    emitted = emitted_flags()
    assert {"negation", "speaker", "lookalike", "word_changed", "date", "name"} <= emitted
    assert emitted == set(FLAG_MEANINGS), (
        f"not described: {sorted(emitted - set(FLAG_MEANINGS))}; "
        f"described, never emitted: {sorted(set(FLAG_MEANINGS) - emitted)}"
    )
    tables = browse.metadata("db")["databases"]["db"]["tables"]
    for flag in FLAG_MEANINGS:
        assert f"{flag}: " in FLAGS_DESCRIPTION
    assert tables["results"]["columns"]["flags"] == FLAGS_DESCRIPTION


def test_claim_report_columns_are_a_page_of_their_own() -> None:
    database = browse.metadata("db")["databases"]["db"]
    report = database["tables"]["claim_report"]
    assert "columns" not in report
    assert '<a href="/db/claim_report_columns">' in report["description_html"]
    assert set(COLUMN_PAGES.values()) <= set(database["queries"])
    assert len(report["description"]) < 400  # a few lines, not a screen


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    built = build_database(tmp_path_factory.mktemp("columns"))
    add_reviews(built)  # "vote" ends reworded: a row for the "said in other words" query
    with serving(built) as base:
        yield base, built.stem


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} missing")
def test_claims_come_first_and_the_evidence_reads(served, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    base, name = served
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        watched = Watched(browser, viewport={"width": 1600, "height": 1200})
        page = watched.page
        page.goto(f"{base}/{name}/claim_report")
        screenshot(page, "datasette-claim-report-first-screen.png", tmp_path)
        assert page.locator("dl.column-descriptions").count() == 0
        first_row = page.locator("table.rows-and-columns tbody tr").first.bounding_box()
        assert first_row is not None and first_row["y"] < 1200 - 200  # on the first screen

        page.click("text=what each column means")
        page.wait_for_url("**/claim_report_columns")
        meanings = dict(
            zip(
                page.eval_on_selector_all("td.col-column", "cells => cells.map(c => c.innerText)"),
                page.eval_on_selector_all("td.col-meaning", "cells => cells.map(c => c.innerText)"),
                strict=True,
            )
        )
        assert "speaker: " in meanings["flags"] and "attention" in meanings

        page.goto(f"{base}/{name}/reworded")
        screenshot(page, "datasette-reworded-query.png", tmp_path)
        assert "vote" in page.inner_text("td.col-claim")
        for column in ("quote", "passage"):
            box = page.locator(f"td.col-{column}").first.bounding_box()
            assert box is not None and box["width"] >= 200, (column, box)
            assert box["height"] <= 200, (column, box)
        headers = page.eval_on_selector_all("th", "cells => cells.map(c => c.innerText.trim())")
        assert {"flags", "no_counterpart", "names_missing"} <= set(headers)
        assert watched.errors == []
        watched.close()
        browser.close()

"""``sourcecheck serve`` reads ``claim_report?id...`` as the view's key (``claim_id``): a URL
written as for the claims table (``?id__in=a,b``) failed with "no such column: id" on the page
and in the serve terminal. No page's link writes such a URL: the pages a person reaches from
the database page log no SQL error."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest
from builders import build_database, serving


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_database(tmp_path_factory.mktemp("viewkey"))


def test_claim_report_reads_id_as_its_key(built: Path) -> None:
    printed: list[str] = []
    name = built.stem
    with serving(built, output=printed) as base:
        rows = httpx.get(
            f"{base}/{name}/claim_report.json",
            params={"id__in": "diary,exact", "_shape": "array"},
            timeout=60,
        )
        one = httpx.get(f"{base}/{name}/claim_report", params={"id": "vote"}, timeout=60)
        sorted_ = httpx.get(
            f"{base}/{name}/claim_report.json",
            params={"_sort": "id", "_shape": "array"},
            timeout=60,
        )
    assert rows.status_code == 200, rows.text
    assert sorted(r["claim_id"] for r in rows.json()) == ["diary", "exact"]
    assert one.status_code == 200 and "1 row" in one.text and ">vote<" in one.text
    ids = [r["claim_id"] for r in sorted_.json()]
    assert sorted_.status_code == 200 and ids == sorted(ids)
    assert "no such column" not in printed[0]


def test_no_page_reached_from_the_database_page_logs_an_sql_error(built: Path) -> None:
    printed: list[str] = []
    name = built.stem
    with serving(built, output=printed) as base:
        seen: set[str] = set()
        todo = [f"/{name}", f"/{name}/claim_report"]
        while todo and len(seen) < 80:
            path = todo.pop(0)
            if path in seen:
                continue
            seen.add(path)
            page = httpx.get(base + path, timeout=60)
            assert page.status_code == 200, path
            links = (html.unescape(h) for h in re.findall(r'href="([^"]+)"', page.text))
            todo += [h for h in links if h.startswith(f"/{name}/") and ".csv" not in h]
    assert len(seen) >= 40 and "ERROR" not in printed[0], printed[0][-2000:]

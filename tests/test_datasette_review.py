"""Reviews in Datasette, through its own client: claim_report shows each claim's verdict with a
link to the form that records one, facets on it, the writable canned query stores a review the
way the CLI does (and refuses what is not one), only from the addresses allowed; the files for
Datasette 1.0 carry the same query; the text search opens with a form, not an FTS error."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from builders import build_database
from conftest import dump
from typer.testing import CliRunner

from sourcecheck.browse import datasette as browse
from sourcecheck.cli import app


@pytest.fixture
def built(tmp_path: Path, runner: CliRunner) -> Path:
    path = build_database(tmp_path)
    result = runner.invoke(
        app, ["review", "diary", "--verdict", "misquoted", "--by", "Ann", "--db", str(path)]
    )
    assert result.exit_code == 0, result.output
    return path


def _requests(ds: Any, *calls: tuple[str, str, dict[str, Any] | None], client: str = "127.0.0.1"):
    """Run (method, path, body) requests against Datasette from ``client``'s address, each
    without cookies (a script's POST: Datasette's CSRF check is for browsers, which the
    Chromium test drives)."""

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=ds.app(), client=(client, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as http:
            out = []
            for method, path, body in calls:
                http.cookies.clear()
                if method == "GET":
                    out.append(await http.get(path))
                else:
                    out.append(
                        await http.post(path, json=body, headers={"accept": "application/json"})
                    )
            return out

    return asyncio.run(run())


def _review_of(runner: CliRunner, path: Path, claim: str) -> dict[str, Any] | None:
    result = runner.invoke(app, ["show", claim, "--json", "--db", str(path)])
    return json.loads(result.stdout)["review"]


def test_claim_report_shows_the_verdict_with_a_link_and_facets_on_it(built: Path) -> None:
    ds = browse.make_datasette(built, reviewer="Ann Lee")
    page, rows = _requests(
        ds,
        ("GET", "/sourcecheck/claim_report", None),
        ("GET", "/sourcecheck/claim_report.json?_shape=objects&_facet=verdict", None),
    )
    assert page.status_code == 200
    diary_link = '<a class="sourcecheck-review" href="/sourcecheck/record_review?claim=diary'
    assert f"misquoted {diary_link}&amp;reviewer=Ann+Lee" in page.text
    assert "not reviewed</span> <a" in page.text and "review…</a>" in page.text
    data = rows.json()
    verdicts = {r["claim_id"]: r["verdict"] for r in data["rows"]}
    assert verdicts["diary"] == "misquoted" and verdicts["exact"] is None
    facet = data["facet_results"]["verdict"]["results"]
    assert {(f["value"], f["count"]) for f in facet} == {("misquoted", 1)}
    # the metadata's default facets include the verdict and whether the review is stale
    assert 'data-column="verdict"' in page.text and 'data-column="review_stale"' in page.text


def test_the_form_records_a_review_as_the_cli_does(built: Path, runner: CliRunner) -> None:
    ds = browse.make_datasette(built)
    form, good = _requests(
        ds,
        ("GET", "/sourcecheck/record_review?claim=exact&reviewer=Ann", None),
        ("POST", "/sourcecheck/record_review",
         {"claim": "exact", "verdict": "Accurate", "note": "p. 12", "reviewer": "Web Person"}),
    )  # fmt: skip
    assert form.status_code == 200
    for name in ("claim", "verdict", "note", "reviewer"):
        assert f'name="{name}"' in form.text
    assert 'value="exact"' in form.text and 'value="Ann"' in form.text
    assert good.json()["ok"] is True
    review = _review_of(runner, built, "exact")
    assert review is not None
    assert (review["verdict"], review["note"], review["by"]) == ("accurate", "p. 12", "Web Person")
    assert review["stale"] is False
    history = json.loads(
        runner.invoke(app, ["review", "exact", "--json", "--db", str(built)]).stdout
    )["history"]
    assert history[0]["status"] == "verbatim" and history[0]["run_id"] is not None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"claim": "exact", "verdict": "fine", "note": "", "reviewer": "W"}, "unknown verdict"),
        ({"claim": "nosuch", "verdict": "accurate", "note": "", "reviewer": "W"}, "no claim"),
        ({"claim": "exact", "verdict": "accurate", "note": "", "reviewer": " "}, "reviewer"),
    ],
)
def test_the_form_refuses_what_is_not_a_review(built: Path, body, message: str) -> None:
    before = dump(built)
    [response] = _requests(
        browse.make_datasette(built), ("POST", "/sourcecheck/record_review", body)
    )
    assert response.json()["ok"] is False and message in response.json()["message"]
    assert dump(built) == before


def test_only_allowed_addresses_may_record_a_review(built: Path, runner: CliRunner) -> None:
    body = {"claim": "exact", "verdict": "misquoted", "note": "", "reviewer": "Remote"}
    before = dump(built)
    form, post, report = _requests(
        browse.make_datasette(built),
        ("GET", "/sourcecheck/record_review", None),
        ("POST", "/sourcecheck/record_review", body),
        ("GET", "/sourcecheck/claim_report", None),
        client="192.0.2.7",
    )
    assert form.status_code == 403 and post.status_code == 403
    assert report.status_code == 200  # reading stays open to all
    assert dump(built) == before
    [allowed] = _requests(
        browse.make_datasette(built, review_from=["192.0.2.0/24"]),
        ("POST", "/sourcecheck/record_review", body),
        client="192.0.2.7",
    )
    assert allowed.json()["ok"] is True
    assert _review_of(runner, built, "exact")["by"] == "Remote"
    [local] = _requests(
        browse.make_datasette(built, review_from=["192.0.2.0/24"]),
        ("POST", "/sourcecheck/record_review", body),
    )
    assert local.status_code == 403  # the networks given replace this machine's


def test_the_query_itself_refuses_another_address_when_no_allow_block_does(built: Path) -> None:
    """Datasette 1.0a19 runs a canned query's POST without checking its allow block: the SQL
    asks the plugin (a magic parameter a client cannot post in its place) as well."""
    from datasette.app import Datasette

    meta = browse.metadata("sourcecheck")
    del meta["databases"]["sourcecheck"]["queries"]["record_review"]["allow"]
    ds = Datasette([str(built)], metadata=meta)
    body = {"claim": "exact", "verdict": "misquoted", "note": "", "reviewer": "Remote",
            "_sourcecheck_review_from": "allowed"}  # fmt: skip
    before = dump(built)
    [refused] = _requests(ds, ("POST", "/sourcecheck/record_review", body), client="192.0.2.7")
    assert refused.json()["ok"] is False
    assert "reviews are recorded only from the addresses" in refused.json()["message"]
    assert dump(built) == before
    [local] = _requests(ds, ("POST", "/sourcecheck/record_review", body))
    assert local.json()["ok"] is True


def test_datasette_1_files_carry_the_writable_query_and_who_may_use_it() -> None:
    meta, config = browse.datasette_files("sc", "1.0a19", review_from=["10.0.0.0/8"])
    assert config is not None
    query = config["databases"]["sc"]["queries"]["record_review"]
    assert query["write"] is True and query["allow"] == {"sourcecheck": "reviewer"}
    assert query["params"] == ["claim", "verdict", "note", "reviewer"]
    assert query["on_success_redirect"] == "/sc/claim_report"
    assert config["plugins"]["sourcecheck"]["review_from"] == ["10.0.0.0/8"]
    assert "plugins" not in meta and "queries" not in meta["databases"]["sc"]
    old, none = browse.datasette_files("sc", "0.65.5")
    assert none is None and old["databases"]["sc"]["queries"]["record_review"]["write"] is True
    assert old["plugins"]["sourcecheck"]["review_from"] == ["127.0.0.1/32", "::1/128"]


def test_the_text_search_opens_with_a_form_not_an_fts_error(built: Path) -> None:
    empty, blank, found = _requests(
        browse.make_datasette(built),
        ("GET", "/sourcecheck/search_texts", None),
        ("GET", "/sourcecheck/search_texts.json?words=+&_shape=objects", None),
        ("GET", "/sourcecheck/search_texts.json?words=Trotski+declines&_shape=objects", None),
    )
    assert empty.status_code == 200 and 'name="words"' in empty.text
    assert "syntax error" not in empty.text and "fts5" not in empty.text.lower()
    assert blank.status_code == 200 and blank.json()["rows"] == []
    assert [r["source"] for r in found.json()["rows"]] == ["czernin"]


def test_serve_refuses_a_bad_review_network_before_announcing(built: Path, runner) -> None:
    result = runner.invoke(app, ["serve", "--allow-review-from", "the office", "--db", str(built)])
    assert result.exit_code == 3
    assert result.stderr == (
        "error: 'the office' is not an address or a network (such as 192.168.1.0/24, or any)\n"
    )

"""Datasette on a database built through the CLI, in-process through its own client: every
table and view with its metadata, the canned queries' rows, facets, full-text search,
escaping, labelled foreign keys, long texts kept out of table pages, and the files
`datasette-metadata` writes for Datasette 0.65 and 1.0."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from builders import EXPECTED, MINUTES, XSS_QUOTE, build_database, serving
from datasette.app import Datasette
from typer.testing import CliRunner

from sourcecheck.browse import datasette as browse
from sourcecheck.browse.columns import COLUMN_PAGES
from sourcecheck.cli import app
from sourcecheck.errors import InputError

Get = Callable[..., Any]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> Path:
    """The report tests' database, then a second, stricter run of one claim (for history)."""
    path = build_database(tmp_path_factory.mktemp("datasette"))
    result = runner.invoke(app, ["verify", "diary", "--close-min", "90", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def name(built: Path) -> str:
    return built.stem


def fetch(ds: Datasette, *paths: str) -> list[Any]:
    """GET each path in one event loop; JSON for .json paths, else (status, text)."""

    async def run() -> list[Any]:
        out = []
        for path in paths:
            response = await ds.client.get(path)
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
            out.append(response.json() if ".json" in path else response.text)
        return out

    return asyncio.run(run())


@pytest.fixture(scope="module")
def ds(built: Path) -> Datasette:
    return browse.make_datasette(built)


def schema(path: Path) -> dict[str, list[str]]:
    """Every table and view (FTS shadow tables aside) and its columns."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
            )
        ]
        shadow = ("_data", "_idx", "_docsize", "_config", "_content")
        names = [n for n in names if not ("_fts_" in n and n.endswith(shadow))]
        return {n: [r[1] for r in conn.execute(f"PRAGMA table_info([{n}])")] for n in names}
    finally:
        conn.close()


def test_every_table_and_column_is_described_and_every_page_loads(built, ds, name) -> None:
    tables = browse.metadata(name)["databases"][name]["tables"]
    live = schema(built)
    assert "claim_report" in live and "latest_results" in live
    paged = {
        view: {r["column"] for r in rows(ds, name, query)} for view, query in COLUMN_PAGES.items()
    }
    for table, columns in live.items():
        assert table in tables, f"{table}: no title/description in sourcecheck/datasette.py"
        assert tables[table]["title"] and tables[table]["description"]
        described = paged[table] if table in paged else set(tables[table]["columns"])
        missing = set(columns) - described
        assert not missing, f"{table}: columns without a description: {sorted(missing)}"
    pages = [f"/{name}/{table}" for table in live]
    jsons = [f"/{name}/{table}.json?_size=1" for table in live]
    for table, html in zip(live, fetch(ds, *pages), strict=True):
        assert tables[table]["title"].split("(")[0].strip().replace("'", "&#39;") in html, table
    for table, data in zip(live, fetch(ds, *jsons), strict=True):
        assert data["columns"], table
    [database] = fetch(ds, f"/{name}.json")
    hidden = {t["name"] for t in database["tables"] if t["hidden"]}
    assert {
        "index_runs",
        "index_texts",
        "_sqlite_migrations",
        "claims_fts",
        "texts_fts_data",
    } <= hidden
    assert {"claims", "sources", "texts", "results"}.isdisjoint(hidden)


def test_the_database_page_leads_to_the_report_view_and_the_queries(ds, name) -> None:
    [html] = fetch(ds, f"/{name}")
    assert f'href="/{name}/claim_report"' in html
    for query, spec in browse.QUERIES.items():
        assert f'href="/{name}/{query}"' in html and spec["title"].replace("'", "&#39;") in html


def rows(ds: Datasette, name: str, query: str, **params: str) -> list[dict[str, Any]]:
    extra = "".join(f"&{k}={v}" for k, v in params.items())
    [data] = fetch(ds, f"/{name}/{query}.json?_shape=array{extra}")
    return data


def test_canned_queries_return_the_right_rows(ds, name) -> None:
    # the second run judged it with --close-min 90: partial by words, reworded by meaning
    latest = dict(EXPECTED, diary="reworded")
    not_verbatim = rows(ds, name, "not_verbatim")
    assert {r["claim"] for r in not_verbatim} == {k for k, v in latest.items() if v != "verbatim"}
    assert not_verbatim[0]["claim"] in ("negated", "vote", "xss", "formula", "misattributed")
    assert next(r for r in not_verbatim if r["claim"] == "vote")["passage"].startswith("The Cent")

    by_source = {r["source"]: r for r in rows(ds, name, "claims_by_source")}
    assert by_source["czernin"] == {
        "source": "czernin", "title": "In the World War", "claims": 7, "verbatim": 1,
        "close": 1, "reworded": 1, "partial": 1, "not_found": 2, "no_text": 0, "not_verified": 1,
        "texts": 1,
    }  # fmt: skip
    assert by_source[None]["no_text"] == 1 and by_source["speech"]["texts"] == 0

    differ = {(r["claim"], r["kind"], r["in_quote"], r["in_source"])
              for r in rows(ds, name, "numbers_and_negations")}  # fmt: skip
    assert differ == {("vote", "number", "five", "four"), ("negated", "negation", "not", "")}

    assert [r["claim"] for r in rows(ds, name, "sources_without_text")] == ["notext"]

    facts = rows(ds, name, "facts")
    assert facts and facts[0]["verdict"] == "differs"
    assert ("vote", "number", "differs") in {(r["claim"], r["kind"], r["verdict"]) for r in facts}

    [found] = rows(ds, name, "misattributions")
    assert (found["claim"], found["cited_source"], found["found_in"], found["status"]) == (
        "misattributed", "letters", "czernin", "verbatim"
    )  # fmt: skip
    assert found["cited_status"] == "not_found" and found["passage"].startswith("The peace conf")

    history = [r for r in rows(ds, name, "claim_history", claim="diary") if r["best"]]
    assert [h["status"] for h in history] == ["reworded", "close"]
    assert history[0]["similarity"] > 60 and history[0]["language"] == "en"

    [reworded] = rows(ds, name, "reworded")
    assert (reworded["claim"], reworded["language"]) == ("diary", "en")
    assert "sign" in reworded["words_paired"].split(", ")
    assert {"no_counterpart", "names_missing", "flags", "quote", "passage"} <= set(reworded)
    assert json.loads(history[0]["parameters"])["close_min"] == 90

    [hit] = rows(ds, name, "search_texts", words="abstaining")
    assert hit["source"] == "minutes" and "⟦abstaining⟧" in hit["passage"]
    assert rows(ds, name, "search_texts", words='"unbalanced') == []  # user input is escaped


def test_facets_and_full_text_search(ds, name) -> None:
    report, claims, texts, view_search = fetch(
        ds,
        f"/{name}/claim_report.json?_size=0",
        f"/{name}/claims.json?_search=Austrians&_shape=objects",
        f"/{name}/texts.json?_search=abstaining&_shape=objects",
        f"/{name}/claim_report.json?_search=waltz&_shape=objects",
    )
    facets = report["facet_results"]
    assert {"status", "source_id", "kind", "speaker"} <= set(facets)
    counts = {f["value"]: f["count"] for f in facets["status"]["results"]}
    assert counts == {
        "close": 2, "reworded": 1, "partial": 1, "not_found": 3, "no_text": 2, "verbatim": 1
    }  # fmt: skip
    assert [r["id"] for r in claims["rows"]] == ["xss"]
    assert [r["source_id"] for r in texts["rows"]] == ["minutes"]
    assert [r["claim_id"] for r in view_search["rows"]] == ["xss"]
    [ordered] = fetch(ds, f"/{name}/claim_report.json?_shape=array")
    attention = [r["attention"] for r in ordered]
    assert attention == sorted(attention) and ordered[-1]["status"] == "verbatim"
    assert {r["claim_id"]: r["attention"] for r in ordered} == {
        "negated": 1, "vote": 1, "xss": 1, "formula": 1, "misattributed": 1, "elided": 2,
        "diary": 3, "notext": 5, "oral": 5, "unverified": 6, "exact": 7,
    }  # fmt: skip


def test_a_script_in_a_claim_comes_back_escaped(ds, name) -> None:
    escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
    for html in fetch(ds, f"/{name}/claims", f"/{name}/claim_report", f"/{name}/claims/xss",
                      f"/{name}/not_verbatim"):  # fmt: skip
        assert escaped in html and "<script>alert" not in html
    [row] = fetch(ds, f"/{name}/claims/xss.json?_shape=array")
    assert row[0]["quote"] == XSS_QUOTE


def test_foreign_keys_render_as_labelled_links(ds, name) -> None:
    claims, results, report = fetch(
        ds, f"/{name}/claims", f"/{name}/results?claim_id=diary", f"/{name}/claim_report"
    )
    assert f'<a href="/{name}/sources/czernin">In the World War</a>' in claims
    assert f'<a href="/{name}/documents/memoir">My Life, chapter XXXII: Peace</a>' in claims
    assert f'<a href="/{name}/texts/1">Cassell 1919 translation</a>' in results
    assert f'<a href="/{name}/claims/diary">Trotsky refuses to sign.' in results
    # a view has no foreign keys: the plugin links its id columns
    assert f'<a href="/{name}/claims/diary">diary</a>' in report
    assert f'<a href="/{name}/sources/minutes">minutes</a>' in report


def test_long_texts_are_not_dumped_into_pages(ds, name) -> None:
    [minutes_id] = [r["text"] for r in rows(ds, name, "search_texts", words="abstaining")]
    page, row_page, data = fetch(
        ds, f"/{name}/texts", f"/{name}/texts/{minutes_id}",
        f"/{name}/texts/{minutes_id}.json?_shape=array",
    )  # fmt: skip
    assert "END-OF-MINUTES" not in page and "END-OF-MINUTES" not in row_page
    assert f"({len(MINUTES):,} characters in all" in page
    assert data[0]["text"] == MINUTES  # the API still gives the whole text


def test_metadata_files_for_datasette_0_65_and_1_0(
    built: Path, tmp_path: Path, name: str, runner: CliRunner
) -> None:
    old = tmp_path / "old" / "metadata.yml"
    old.parent.mkdir()
    result = runner.invoke(app, ["datasette-metadata", "-o", str(old), "--db", str(built),
                                 "--datasette-version", "0.65.5"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in old.parent.iterdir()) == ["metadata.yml"]
    meta = yaml.safe_load(old.read_text())
    database = meta["databases"][name]
    assert set(database["queries"]) == set(browse.QUERIES) | set(COLUMN_PAGES.values())
    assert database["tables"]["sources"]["label_column"] == "title"
    # the file works when Datasette loads it
    served = Datasette([str(built)], metadata=meta)
    [found] = fetch(served, f"/{name}/misattributions.json?_shape=array")
    assert found[0]["claim"] == "misattributed"

    new = tmp_path / "new" / "metadata.yml"
    new.parent.mkdir()
    result = runner.invoke(app, ["datasette-metadata", "-o", str(new), "--db", str(built),
                                 "--datasette-version", "1.0a19"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in new.parent.iterdir()) == ["datasette.yaml", "metadata.yml"]
    assert "-c " in result.output
    meta, config = (yaml.safe_load((new.parent / f).read_text())
                    for f in ("metadata.yml", "datasette.yaml"))  # fmt: skip
    tables = meta["databases"][name]["tables"]
    assert "queries" not in meta["databases"][name]
    assert tables["claims"]["columns"]["quote"] and "label_column" not in tables["claims"]
    assert all(not set(t) & browse.CONFIG_TABLE_KEYS for t in tables.values())
    configured = config["databases"][name]
    assert set(configured["queries"]) == set(browse.QUERIES) | set(COLUMN_PAGES.values())
    assert configured["tables"]["claims"]["label_column"] == "quote"
    assert configured["tables"]["texts"]["plugins"]["sourcecheck"]["excerpt_columns"] == ["text"]
    assert config["settings"] == browse.SETTINGS

    missing = runner.invoke(app, ["datasette-metadata", "-o", str(tmp_path / "no" / "m.yml"),
                                  "--db", str(built)])  # fmt: skip
    assert missing.exit_code == 4


def test_serve_refuses_a_missing_database_or_a_busy_port(
    tmp_path: Path, built: Path, runner: CliRunner
) -> None:
    import socket

    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 4 and "no such database" in result.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(built), "--port", str(port)])
        with pytest.raises(InputError) as refused:
            browse.serve(built, port=port)
    assert result.exit_code == 3 and f"cannot listen on 127.0.0.1:{port}: " in result.stderr
    # the library names the address; only the CLI knows its flags
    assert str(refused.value).startswith(f"cannot listen on 127.0.0.1:{port}: ")
    assert "--" not in str(refused.value)


def test_serve_answers_a_bad_request_without_dumping_a_traceback(built: Path, name: str) -> None:
    """A bad ?_col= (or sort, or page) is answered with an error page; the serve terminal does
    not get Datasette's traceback with its locals (hundreds of lines per request)."""
    import httpx

    printed: list[str] = []
    with serving(built, output=printed) as base:
        asked = {
            "_col=nope": 400, "_col=": 400, "_sort=nope": 500, "_nocol=nope": 400,
        }  # fmt: skip
        for query, status in asked.items():
            answer = httpx.get(f"{base}/{name}/claims.json?{query}", timeout=30)
            assert answer.status_code == status and answer.json()["ok"] is False
        assert httpx.get(f"{base}/{name}/no-such-table", timeout=30).status_code == 404
        assert httpx.get(f"{base}/{name}/claims.json", timeout=30).status_code == 200
    [output] = printed
    assert "Datasette on http://127.0.0.1:" in output  # what serve says is still said
    assert "Traceback" not in output and "locals" not in output
    assert "never awaited" not in output

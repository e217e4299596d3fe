"""The public Python API (``sourcecheck/__init__.py``): what a notebook user imports.

Its examples run as doctests (pytest's --doctest-modules over src/); these tests check that
the API gives the CLI's answers, that its errors are the library's, and that the package stays
light to import.
"""

from __future__ import annotations

import inspect
import json
import pydoc
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from conftest import FIXTURES

import sourcecheck
from sourcecheck import (
    Claim,
    Source,
    add_claim,
    add_source,
    add_text,
    extract_claims,
    import_files,
    match_quote,
    open_db,
    parse_quote,
    render_report,
    verify,
    write_report,
)
from sourcecheck.cli import app
from sourcecheck.errors import InputError, NotFoundError

VERBS = [name for name in sourcecheck.__all__ if inspect.isfunction(getattr(sourcecheck, name))]

SOURCES = """\
sources:
  - id: czernin-diary
    title: In the World War (the diary)
    author: Ottokar Czernin
    kind: diary
"""


def test_every_verb_is_documented_with_an_example_and_listed_by_help() -> None:
    assert set(VERBS) >= {
        "open_db", "import_files", "add_source", "add_claim", "add_text", "verify",
        "render_report", "write_report", "match_quote", "parse_quote", "extract_claims",
    }  # fmt: skip
    page = pydoc.render_doc(sourcecheck, renderer=pydoc.plaintext)
    for name in VERBS:
        doc = inspect.getdoc(getattr(sourcecheck, name)) or ""
        assert doc.count("\n>>> ") + doc.startswith(">>> ") >= 1, name
        assert f"    {name}(" in page, name
    assert "class Claim" in page and "class Source" in page


def test_a_session_through_the_api_gives_the_cli_answers(tmp_path: Path, runner) -> None:
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    db_file = tmp_path / "checks.db"
    db = open_db(db_file)
    assert import_files(db, [tmp_path / "sources.yaml"]).count("sources", "added") == 1
    text_id, added = add_text(db, "czernin-diary", str(FIXTURES / "diary.txt"), label="diary")
    assert added and add_text(db, "czernin-diary", FIXTURES / "diary.txt") == (text_id, False)
    quotes = {
        "close": "Trotsky declines to sign. War is over, but there is no peace.",
        "not_found": "The Austrians danced a waltz at midnight in the great hall.",
    }
    for status, quote in quotes.items():
        add_claim(db, Claim(status.replace("_", "-"), quote, source_id="czernin-diary"))
    run = verify(db)
    assert {v.claim.id: v.result.status for v in run.verdicts} == {
        "close": "close",
        "not-found": "not_found",
    }
    [close] = [v.result for v in run.verdicts if v.claim.id == "close"]
    assert close.span is not None and close.span.slice(FIXTURES.joinpath("diary.txt").read_text())
    items = json.loads(render_report(db))
    assert [(i["claim"], i["status"]) for i in items] == [
        ("close", "close"),
        ("not-found", "not_found"),
    ]
    # the CLI reads the same database and prints the same contract
    shown = runner.invoke(app, ["report", "--format", "json", "--db", str(db_file)])
    assert shown.exit_code == 0 and json.loads(shown.stdout) == items
    content, report = write_report(db, str(tmp_path / "report.md"))
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == content
    assert report.counts()["close"] == 1 and "Trotsky" in content


def test_api_errors_are_the_library_errors_and_change_nothing(tmp_path: Path) -> None:
    db = open_db(tmp_path / "checks.db")
    add_source(db, Source("czernin-diary", "Diary", kind="diary"))
    with pytest.raises(NotFoundError, match="no source 'lenin'"):
        add_text(db, "lenin", FIXTURES / "diary.txt")
    with pytest.raises(NotFoundError, match=r"missing\.txt"):
        add_text(db, "czernin-diary", tmp_path / "missing.txt")
    with pytest.raises(InputError, match="claim, field 'quote': missing"):
        add_claim(db, Claim("", "  ", source_id="czernin-diary"))
    with pytest.raises(InputError, match="unknown report format 'pdf'"):
        render_report(db, fmt="pdf")
    assert db["texts"].count == 0 and db["claims"].count == 0


def test_the_pure_verbs_need_no_database() -> None:
    parsed = parse_quote("The war is over ... no peace [sic].")
    assert [s.words for s in parsed.segments] == [("the", "war", "is", "over"), ("no", "peace")]
    text = (FIXTURES / "diary.txt").read_text(encoding="utf-8")
    result = match_quote(parsed, text)
    assert result.status == "verbatim" and result.flags == ["elided", "interpolated"]
    [claim] = [
        c for c in extract_claims("Czernin wrote: “The war is over, but there is no peace.”")
    ]
    assert claim.quote == "The war is over, but there is no peace." and claim.speaker == "Czernin"


def test_import_is_light_and_verify_stays_the_function() -> None:
    """``import sourcecheck`` loads no matching, database or CLI library; importing the
    module ``sourcecheck.verify`` (as the CLI does) does not hide the function."""
    code = (
        "import sys, sourcecheck\n"
        "heavy = [m for m in ('numpy', 'rapidfuzz', 'sqlite_utils', 'typer', 'httpx')"
        " if m in sys.modules]\n"
        "import sourcecheck.cli, sourcecheck.verify\n"
        "from sourcecheck import verify\n"
        "from sourcecheck.verify import Verdict\n"
        "print(heavy, verify is sourcecheck.verify, verify.__module__, Verdict.__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["[]", "True", "sourcecheck.verify", "Verdict"]


def test_every_way_a_text_arrives_tells_its_notices_one_way(tmp_path: Path) -> None:
    # One channel: import, `source text` (attach_text) and `source fetch` (fetch_texts) each
    # take `notify`, told one line per notice; no report carries a list of its own.
    from sourcecheck.records.catalog import FetchReport, attach_text, fetch_texts
    from sourcecheck.records.importer import ImportReport

    for way in (import_files, attach_text, fetch_texts):
        assert "notify" in inspect.signature(way).parameters, way.__name__
    assert "notices" not in {f.name for f in fields(ImportReport)} | set(FetchReport.__slots__)
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - id: pravda\n    title: Pravda\n    texts:\n"
        "      - url: https://example.org/pravda-1918.html\n",
        encoding="utf-8",
    )
    told: list[str] = []
    import_files(open_db(tmp_path / "t.db"), [sources], notify=told.append)
    assert told == [
        "source pravda: 1 text listed by URL not fetched yet (sourcecheck source fetch pravda)"
    ]

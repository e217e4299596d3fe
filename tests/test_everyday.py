"""The everyday commands and what a new user ran into: editing and removing claims and
sources in one transaction, duplicates refused or merged, every bad record of an import
reported, report formats and suffixes, the verify table, a failed command leaving no new
database, Ctrl-C, and `serve` checking before it announces."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from html import unescape
from pathlib import Path

import pytest
from conftest import FIXTURES, dump

from sourcecheck.cli import app

SOURCES = """\
sources:
  - id: czernin
    title: In the World War
    author: Ottokar Czernin
    issued: "1919"
    kind: memoir
    texts:
      - path: diary.txt
  - id: minutes
    title: Minutes
    kind: minutes
    texts:
      - path: minutes.txt
claims:
  - id: diary
    quote: "Trotsky refuses to sign. War is over, but there is no peace."
    source: czernin
  - id: vote
    quote: "The Committee voted: seven for, five against."
    source: minutes
    kind: figure
  - id: signed
    quote: "On March 3 the treaty was signed at Brest."
    source: minutes
    kind: event
"""
MINUTES = (
    "Session of 23 February 1918. " + "The delegates argued about the terms until late. " * 8
    + "\n\nThe Committee voted: seven for, four against.\n"
)  # fmt: skip


@pytest.fixture
def imported(cli, tmp_path: Path) -> Path:
    (tmp_path / "diary.txt").write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"))
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    result = cli("import", tmp_path / "sources.yaml")
    assert result.exit_code == 0, result.output
    return tmp_path


def _rows(db_path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# -- claim edit, claim remove, source remove ------------------------------------------------


def test_claim_edit_changes_fields_checked_as_an_import_checks_them(
    cli, imported, db_path: Path
) -> None:
    result = cli("claim", "edit", "diary", "--speaker", "Ottokar Czernin", "--date", "1918-02-11",
                 "--paragraph", "4")  # fmt: skip
    assert (
        result.exit_code == 0 and result.stdout == "claim diary: changed speaker, date, paragraph\n"
    )
    shown = json.loads(cli("claim", "show", "diary", "--json").stdout)
    assert (shown["speaker"], shown["date"], shown["paragraph"]) == (
        "Ottokar Czernin", "1918-02-11", 4,
    )  # fmt: skip
    cleared = cli("claim", "edit", "diary", "--speaker", "")
    assert cleared.stdout == "claim diary: changed speaker\n"
    assert json.loads(cli("claim", "show", "diary", "--json").stdout)["speaker"] is None
    same = cli("claim", "edit", "diary", "--date", "1918-02-11")
    assert "nothing changed" in same.stdout

    before = dump(db_path)
    for args, code, message in [
        (["--date", "1918-02-31"], 3, "claim 'diary', field 'date': '1918-02-31' is not a date"),
        (["--source", "nosuch"], 3, "field 'source': unknown source 'nosuch'"),
        (["--kind", "rumour"], 3, "field 'kind': 'rumour' is not one of"),
        (["--quote", "  "], 3, "field 'quote': missing (required)"),
        (["--start", "x"], 3, "--start: expected a whole number"),
        (["--start", "10"], 3, "give both start and end"),
        ([], 3, "nothing to change"),
    ]:
        bad = cli("claim", "edit", "diary", *args)
        assert bad.exit_code == code and message in bad.stderr, (args, bad.output)
    assert cli("claim", "edit", "nosuch", "--speaker", "x").exit_code == 4
    assert dump(db_path) == before


def test_claim_edit_renames_a_claim_with_its_results_and_reviews(
    cli, imported, db_path: Path
) -> None:
    # An id made from a wrong speaker can be renamed: the claim's results, fact checks and
    # review follow it, in one transaction; a taken id or a bad slug changes nothing.
    assert cli("verify").exit_code == 0
    assert cli("review", "diary", "--verdict", "misquoted", "--by", "Ann").exit_code == 0
    rows = "SELECT count(*) FROM {} WHERE claim_id = '{}'"
    counts = [_rows(db_path, rows.format(t, "diary"))[0][0] for t in ("results", "reviews")]
    before = dump(db_path)
    for new, message in [("vote", "the id 'vote' is taken"), ("Not A Slug", "new id")]:
        refused = cli("claim", "edit", "diary", "--id", new, "--speaker", "x")
        assert refused.exit_code == 3 and message in refused.stderr, refused.output
    assert dump(db_path) == before
    renamed = cli("claim", "edit", "diary", "--id", "czernin-declines", "--speaker", "Czernin")
    assert renamed.exit_code == 0, renamed.output
    assert renamed.stdout == "claim diary: renamed czernin-declines; changed speaker\n"
    assert "adds it again under its old id" in renamed.stderr
    assert cli("claim", "show", "diary").exit_code == 4
    moved = [
        _rows(db_path, rows.format(t, "czernin-declines"))[0][0] for t in ("results", "reviews")
    ]
    assert moved == counts and counts[0] > 0 and counts[1] == 1
    shown = json.loads(cli("show", "czernin-declines", "--json").stdout)
    assert shown["review"]["verdict"] == "misquoted" and not shown["review"]["stale"]
    assert shown["status"] is not None and shown["speaker"] == "Czernin"


def test_editing_the_quote_makes_the_review_stale(cli, imported) -> None:
    assert cli("verify").exit_code == 0
    assert cli("review", "diary", "--verdict", "misquoted", "--by", "Ann").exit_code == 0
    edited = cli("claim", "edit", "diary", "--quote", "Trotski declines to sign.")
    assert edited.exit_code == 0 and "changed quote" in edited.stdout
    assert "sourcecheck verify diary" in edited.stderr
    review = json.loads(cli("show", "diary", "--json").stdout)["review"]
    assert review["stale"] and review["stale_reason"] == "the claim's quote was edited"
    html = unescape(cli("report", "--format", "html").stdout)
    markdown = cli("report", "--format", "md").stdout
    for out in (html, markdown):
        assert "since since" not in out
        assert "the claim's quote was edited since the review; look again." in out
    assert "(the claim's quote or result changed since the review)" in html
    assert "the claim's quote or result changed since the review; look again." in markdown
    # the old quote's result is not the new quote's: not verified, no ClaimReview rating it,
    # until verify checks the new quote (and then it has a result again)
    item = json.loads(cli("show", "diary", "--json").stdout)
    assert item["status"] is None and item["quote"] == "Trotski declines to sign."
    reviews = json.loads(cli("report", "--format", "claimreview").stdout)
    assert "diary" not in {r["identifier"] for r in reviews}
    assert cli("verify", "diary").exit_code == 0
    assert json.loads(cli("show", "diary", "--json").stdout)["status"] is not None


def test_claim_remove_takes_its_results_and_reviews(cli, imported, db_path: Path) -> None:
    assert cli("verify").exit_code == 0
    assert cli("review", "diary", "--verdict", "accurate", "--by", "Ann").exit_code == 0
    removed = cli("claim", "remove", "diary")
    assert removed.exit_code == 0
    assert removed.stdout == "claim diary removed, with 1 result, 1 review\n"
    for table in ("claims", "results", "reviews"):
        column = "id" if table == "claims" else "claim_id"
        assert _rows(db_path, f"SELECT count(*) FROM {table} WHERE {column} = 'diary'") == [(0,)]
    assert cli("claim", "remove", "diary").exit_code == 4


def test_source_remove_is_refused_while_claims_cite_it_unless_cascade(
    cli, imported, db_path: Path
) -> None:
    assert cli("verify", "--anywhere").exit_code == 0
    before = dump(db_path)
    refused = cli("source", "remove", "minutes")
    assert refused.exit_code == 3
    assert refused.stderr == (
        "error: source 'minutes' is cited by 2 claims (signed, vote): remove or edit them "
        "first, or remove them with the source (--cascade)\n"
    )
    assert dump(db_path) == before
    done = cli("source", "remove", "minutes", "--cascade")
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith("source minutes removed, with 2 claims, 1 text, ")
    assert _rows(db_path, "SELECT id FROM claims") == [("diary",)]
    assert _rows(db_path, "SELECT count(*) FROM texts WHERE source_id = 'minutes'") == [(0,)]
    # the diary claim's --anywhere results in the minutes' text went with it
    assert _rows(db_path, "SELECT count(*) FROM results WHERE source_id = 'minutes'") == [(0,)]
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert cli("source", "remove", "minutes").exit_code == 4


def test_claim_add_refuses_an_exact_duplicate(cli, imported, db_path: Path) -> None:
    before = dump(db_path)
    quote = "Trotsky refuses to sign. War is over, but there is no peace."
    again = cli("claim", "add", quote, "--source", "czernin")
    assert again.exit_code == 3
    assert again.stderr == (
        "error: the same claim (quote, source, document and speaker) is already stored as 'diary'\n"
    )
    assert dump(db_path) == before
    other = cli("claim", "add", quote, "--source", "minutes")  # another source: another claim
    assert other.exit_code == 0 and other.stdout == "claim minutes-trotsky-refuses-to added\n"


def test_claim_add_takes_one_quote_given_to_another_speaker(cli, imported, db_path) -> None:
    """One quotation attributed to two people is two claims (a fact-checker compares them);
    the same speaker again, spaces aside, is the duplicate it was."""
    quote = "Trotsky refuses to sign. War is over, but there is no peace."
    added = cli("claim", "add", quote, "--source", "czernin", "--speaker", "Kühlmann")
    assert added.exit_code == 0, added.output
    again = cli("claim", "add", quote, "--source", "czernin", "--speaker", " Kühlmann ")
    assert again.exit_code == 3 and "already stored as" in again.stderr
    rows = _rows(db_path, "SELECT speaker FROM claims WHERE quote LIKE 'Trotsky refuses to%'")
    assert sorted(r[0] or "" for r in rows) == ["", "Kühlmann"]


@pytest.mark.parametrize("kind", ["memoir", "report", "pamphlet"])
def test_the_new_source_kinds(cli, tmp_path: Path, kind: str) -> None:
    assert cli("source", "add", "s", "--title", "T", "--kind", kind).exit_code == 0
    out = tmp_path / "s.json"
    assert cli("export", out, "--format", "csl-json").exit_code == 0
    assert cli("source", "remove", "s").exit_code == 0
    assert cli("import", out).exit_code == 0
    assert json.loads(cli("source", "show", "s", "--json").stdout)["kind"] == kind


# -- import: every problem; identical duplicates ---------------------------------------------


def test_import_reports_every_bad_record_and_imports_nothing(cli, tmp_path: Path, db_path) -> None:
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    before = dump(db_path)
    (tmp_path / "a.yaml").write_text(
        "claims:\n  - {id: a1, quote: Fine., source: s}\n  - {id: a2, quote: Bad date., source:"
        " s, date: 1918-13-01}\n  - {id: a3, quote: Bad kind., source: s, kind: rumour}\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        "claims:\n  - {id: b1, quote: Unknown source., source: nosuch}\n  - {id: a1, quote: "
        "Other words., source: s}\n",
        encoding="utf-8",
    )
    (tmp_path / "c.yaml").write_text("claims: [\n", encoding="utf-8")
    result = cli("import", tmp_path / "a.yaml", tmp_path / "b.yaml", tmp_path / "c.yaml")
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert all(line.startswith("error: ") for line in lines)
    assert f"error: {tmp_path / 'a.yaml'}:3: claim 'a2', field 'date'" in lines[0]
    assert f"error: {tmp_path / 'a.yaml'}:4: claim 'a3', field 'kind'" in lines[1]
    # file by file, line by line
    assert f"{tmp_path / 'b.yaml'}:2: claim 'b1', field 'source': unknown source" in lines[2]
    assert "duplicate claim id 'a1'" in lines[3] and f"{tmp_path / 'a.yaml'}:2" in lines[3]
    assert f"{tmp_path / 'c.yaml'}:2: malformed YAML" in lines[4]
    assert lines[5] == "error: 5 problems: nothing was imported"
    assert dump(db_path) == before


def test_a_missing_file_is_reported_with_the_other_files_problems(
    cli, tmp_path: Path, db_path
) -> None:
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    before = dump(db_path)
    (tmp_path / "a.yaml").write_text(
        "claims:\n  - {id: a1, quote: Bad kind., source: s, kind: rumour}\n", encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text("not a claims file", encoding="utf-8")
    missing = tmp_path / "gone.yaml"
    result = cli("import", tmp_path / "a.yaml", missing, tmp_path / "notes.txt")
    lines = result.stderr.splitlines()
    assert result.exit_code == 3  # bad input among them: 3, not the missing file's 4
    assert lines[0] == f"error: {missing}: no such file or directory"
    assert any(f"{tmp_path / 'a.yaml'}:2: claim 'a1', field 'kind'" in line for line in lines)
    assert f"error: {tmp_path / 'notes.txt'}: not a claims/sources file" in result.stderr
    assert lines[-1] == "error: 3 problems: nothing was imported"
    assert dump(db_path) == before
    # only paths that do not exist: "not found", as for one
    result = cli("import", missing, tmp_path / "gone2.yaml")
    assert result.exit_code == 4
    assert result.stderr.splitlines()[-1] == "error: 2 problems: nothing was imported"


def test_import_lists_the_first_20_problems_and_counts_them_all(cli, tmp_path: Path) -> None:
    bad = "".join(f"  - {{id: c{n}, quote: Q{n}., source: nosuch}}\n" for n in range(25))
    (tmp_path / "many.yaml").write_text(f"claims:\n{bad}", encoding="utf-8")
    result = cli("import", tmp_path / "many.yaml")
    lines = result.stderr.splitlines()
    assert result.exit_code == 3 and len(lines) == 21
    assert lines[-1] == "error: 25 problems (the first 20 shown): nothing was imported"
    assert not (tmp_path / "test.db").exists()  # and no new database is left behind


def test_one_library_exported_twice_is_one_library(cli, imported, tmp_path: Path, runner) -> None:
    """A YAML export and a CSL-JSON export of the same sources import together."""
    yaml_out, csl_out = tmp_path / "all.yaml", tmp_path / "sources.json"
    assert cli("export", yaml_out).exit_code == 0
    assert cli("export", csl_out, "--format", "csl-json").exit_code == 0
    fresh = tmp_path / "fresh.db"
    both = runner.invoke(app, ["import", str(csl_out), str(yaml_out), "--db", str(fresh)])
    assert both.exit_code == 0, both.output
    assert "sources: 2 added" in both.stdout and "claims: 3 added" in both.stdout
    conflicting = tmp_path / "other.yaml"
    conflicting.write_text("id: czernin\ntitle: Another title\n", encoding="utf-8")
    clash = runner.invoke(app, ["import", str(csl_out), str(conflicting), "--db", str(fresh)])
    assert clash.exit_code == 3
    assert f"{conflicting}:1: duplicate source id 'czernin' (first defined at {csl_out}:" in (
        clash.stderr
    )


def test_import_help_names_the_formats(runner) -> None:
    shown = " ".join(runner.invoke(app, ["import", "-h"]).output.split())
    for name in ("YAML", "BibTeX", "CSL-JSON"):
        assert name in shown


# -- reports -------------------------------------------------------------------------------


def test_report_refuses_a_suffix_that_names_no_format(cli, imported, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    refused = cli("report", "-o", out)
    assert refused.exit_code == 3 and not out.exists()
    assert refused.stderr == (
        f"error: {out}: which report format? The suffix '.txt' names none (.html, .htm, .md, "
        ".markdown, .csv, .json do): name the format (--format FORMAT)\n"
    )
    named = cli("report", "-o", out, "--format", "md")
    assert named.exit_code == 0 and out.read_text().startswith("# Verification report")
    alias = cli("report", "--format", "md")
    assert alias.exit_code == 0 and alias.stdout.startswith("# Verification report")


# -- verify: the table, the wording, the run's start ---------------------------------------


def test_verify_table_shows_what_must_not_be_missed_and_the_whole_reason(cli, imported) -> None:
    result = cli("verify")
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if line.startswith("│ vote"))
    assert "⚠ a number differs from the source" in row  # report/alarms.py's words
    table = " ".join(line.strip("│ ") for line in result.stdout.splitlines())
    words = " ".join(table.replace("│", " ").split())
    # the whole reason, however long: never cut with an ellipsis
    # a figure claim is its writer's words (not held to the short-quotation rule): found in
    # other words, with the numbers of each side and the CHECK (task flags67)
    assert "numbers seven, five in the quote, seven, four there; CHECK: the numbers differ" in words
    assert "…" not in words.split("run 1", 1)[1]
    assert "this claim is an event: its words are the document's own" in words


def test_the_run_starts_when_verify_starts(imported, db_path: Path) -> None:
    from sourcecheck.models import now_iso
    from sourcecheck.store import db as dbm
    from sourcecheck.verify import verify

    seen: list[str] = []

    def slow(_claim: object) -> None:  # a run that lasts past the end of a second
        first = now_iso()
        while now_iso() == first:
            time.sleep(0.02)
        seen.append(now_iso())

    database = dbm.open_db(db_path)
    run = verify(database, claim_ids=["diary"], progress=slow)
    started, finished = _rows(
        db_path, f"SELECT started_at, finished_at FROM runs WHERE id = {run.run_id}"
    )[0]
    assert started < seen[0] <= finished


# -- a failed command, Ctrl-C, serve ---------------------------------------------------------


def test_a_failed_command_leaves_no_new_database(runner, tmp_path: Path) -> None:
    new = tmp_path / "typo.db"
    for args in (
        ["claim", "add", "Words.", "--source", "nosuch"],
        ["source", "add", "s", "--title", "T", "--kind", "rumour"],
        ["import", str(tmp_path / "missing.yaml")],
    ):
        result = runner.invoke(app, [*args, "--db", str(new)])
        assert result.exit_code in (3, 4), result.output
        assert sorted(p.name for p in tmp_path.iterdir()) == [], args


def test_ctrl_c_stores_nothing_exits_130_and_removes_a_new_database(
    runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcecheck.records import importer  # what the import command calls when it runs

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    (tmp_path / "s.yaml").write_text("id: s\ntitle: S\n", encoding="utf-8")
    monkeypatch.setattr(importer, "import_paths", interrupted)
    new = tmp_path / "new.db"
    result = runner.invoke(app, ["import", str(tmp_path / "s.yaml"), "--db", str(new)])
    assert result.exit_code == 130
    assert result.stderr == "interrupted: nothing was stored\n"
    assert not new.exists() and not Path(f"{new}-wal").exists()


def test_serve_checks_the_port_and_the_database_before_announcing(
    runner, imported, db_path: Path, tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = runner.invoke(app, ["serve", "--port", str(port), "--db", str(db_path)])
    assert busy.exit_code == 3 and "Datasette on" not in busy.output
    assert busy.stderr.startswith(f"error: cannot listen on 127.0.0.1:{port}: ")
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all" * 100)
    result = runner.invoke(app, ["serve", "--db", str(broken)])
    assert result.exit_code == 5 and "Datasette on" not in result.output


def test_counts_of_one_are_singular(cli, imported, tmp_path: Path) -> None:
    """One plural helper (models.counted) for every count a command prints."""
    out = tmp_path / "report.md"
    assert cli("verify", "diary").exit_code == 0
    written = cli("report", "--source", "czernin", "-o", str(out))
    assert written.exit_code == 0 and written.stderr.rstrip().endswith(": 1 claim"), written.stderr
    assert ": 1 claim." in out.read_text(encoding="utf-8")
    exported = cli("export", str(tmp_path / "all.yaml"))
    assert "1 claims" not in exported.stdout and "1 sources" not in exported.stdout
    imported_again = cli("import", str(tmp_path / "sources.yaml"))
    assert "imported 1 file into" in imported_again.stdout
    removed = cli("claim", "remove", "diary")
    assert "(s)" not in removed.stdout


def test_verify_without_any_text_says_so_and_how_to_attach_one(cli) -> None:
    assert cli("source", "add", "czernin", "--title", "In the World War").exit_code == 0
    assert cli("claim", "add", "Peace was signed.", "--source", "czernin").exit_code == 0
    result = cli("verify")
    assert result.exit_code == 0, result.output
    assert "┏" not in result.stdout  # no empty table frame
    assert "run 1: no claim has a text to check" in result.stdout
    assert "czernin: 1" in result.stdout
    assert "attach a text: sourcecheck source text SLUG FILE-OR-URL" in result.stdout


def test_oral_remarks_without_source_get_no_advice_to_attach_a_text(cli) -> None:
    assert cli("claim", "add", "We shall see.", "--kind", "oral").exit_code == 0
    result = cli("verify")
    assert result.exit_code == 0, result.output
    assert "(no source: oral remarks): 1" in result.stdout
    assert "attach a text" not in result.stdout


def test_ctrl_c_while_indexing_a_new_text_says_the_text_is_stored(
    cli, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcecheck.records import catalog

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    (tmp_path / "s.txt").write_text("The war is over, but there is no peace.", encoding="utf-8")
    monkeypatch.setattr(catalog, "index_new_texts", interrupted)
    result = cli("source", "text", "s", tmp_path / "s.txt")
    assert result.exit_code == 130
    assert result.stderr.startswith("interrupted: what was read is stored; indexing it was not")
    assert "sourcecheck index --meaning" in result.stderr
    assert _rows(db_path, "SELECT count(*) FROM texts") == [(1,)]
    monkeypatch.undo()  # and the index it names finishes the work
    assert "indexed 1 text" in cli("index").stdout


@pytest.mark.parametrize("stop", [KeyboardInterrupt(), SystemExit(130)])
def test_ctrl_c_before_a_command_began_is_one_line_and_130(
    stop: BaseException, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # KeyboardInterrupt: while typer builds its commands; SystemExit(130): typer's own silent
    # exit for one while a command imports its modules, before cli_errors
    from sourcecheck import cli as cli_module

    def app() -> None:
        raise stop

    monkeypatch.setattr(cli_module, "app", app)
    monkeypatch.setattr("sys.argv", ["sourcecheck", "verify"])
    with pytest.raises(SystemExit) as end:
        cli_module.main()
    assert end.value.code == 130
    assert capsys.readouterr().err == "interrupted: nothing was stored\n"

"""The CLI is a thin layer: what it checks, the library checks; the database path has one
default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sourcecheck.errors import InputError
from sourcecheck.matching.params import MatchParams


def test_thresholds_are_checked_by_match_params(cli) -> None:
    with pytest.raises(
        InputError, match=r"partial_min <= close_min .*partial_min=70, close_min=50"
    ):
        MatchParams(close_min=50, partial_min=70)
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    result = cli("verify", "--close-min", "50", "--partial-min", "70")
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert "partial_min <= close_min" in result.stderr


def test_the_database_comes_from_the_environment_unless_given(
    runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sourcecheck.cli import app

    from_env = tmp_path / "env.db"
    monkeypatch.setenv("SOURCECHECK_DB", str(from_env))
    assert runner.invoke(app, ["source", "add", "s", "--title", "S"]).exit_code == 0
    result = runner.invoke(app, ["source", "list", "--json"])
    assert result.exit_code == 0 and '"id": "s"' in result.output
    given = tmp_path / "given.db"
    assert runner.invoke(app, ["source", "list", "--db", str(given)]).exit_code == 4
    monkeypatch.setenv("SOURCECHECK_DB", "")  # empty: the default, ./sourcecheck.db
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["source", "add", "t", "--title", "T"]).exit_code == 0
    assert (tmp_path / "sourcecheck.db").exists() and not given.exists()


def test_library_errors_name_no_flags_and_the_cli_does(cli, tmp_path: Path) -> None:
    from sourcecheck.errors import OutputExistsError
    from sourcecheck.extract.output import extract_file

    text = tmp_path / "memoir.txt"
    text.write_text('Lenin said: "War is over." That was all.\n', encoding="utf-8")
    out = tmp_path / "claims.yaml"
    with pytest.raises(InputError) as both:
        extract_file(text, output=out, merge=tmp_path / "other.yaml")
    extract_file(text, output=out)
    with pytest.raises(OutputExistsError) as exists:
        extract_file(text, output=out)
    for caught in (both, exists):
        message = str(caught.value).replace(str(tmp_path), "DIR")
        assert "--" not in message and "-o" not in message
    assert extract_file(text, output=out, force=True).written == out
    result = cli("extract", text, "-o", out)
    assert result.exit_code == 3
    assert f"{out}: already exists: use --merge" in result.stderr and "--force" in result.stderr


def test_the_report_formats_of_the_cli_are_the_library_s() -> None:
    from sourcecheck.commands.verify import ReportFormat
    from sourcecheck.report import FORMATS

    assert [f.value for f in ReportFormat] == list(FORMATS)


@pytest.mark.parametrize(
    ("command", "option", "bad", "choices"),
    [
        (["export", "-"], "--format", "ris", "yaml, csl-json"),
        (["report"], "--format", "pdf", "markdown, html, json, csv, claimreview, annotations"),
        (["report"], "--status", "wrong", "verbatim, close, reworded, partial, not_found, no_text"),
        (["verify"], "--fail-on", "partial,wrong", "verbatim, close, reworded, partial, not_found"),
    ],
)
def test_choices_are_listed_in_help_and_a_bad_one_exits_3(
    cli, runner, command: list[str], option: str, bad: str, choices: str
) -> None:
    from sourcecheck.cli import app

    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    shown = " ".join(runner.invoke(app, [*command, "-h"]).output.split())
    assert choices.replace(", ", "|") in shown or choices in shown
    result = cli(*command, option, bad)
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("error: unknown ") and result.stderr.count("\n") == 1
    assert f"'{bad.split(',')[-1]}' (choose from: {choices}" in result.stderr


def test_each_command_says_how_it_sets_the_option_an_error_names(cli, tmp_path: Path) -> None:
    """The library says 'give the right encoding'; `source text` adds its flag, `import` the
    key of the sources file."""
    text = tmp_path / "g.txt"
    text.write_bytes("Ce fut fort embêtant, dit Kühlmann.\n".encode("latin-1") * 3)
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    attached = cli("source", "text", "s", text)
    assert attached.exit_code == 3
    assert attached.stderr.rstrip().endswith("Give the right encoding (--encoding NAME)")
    sources = tmp_path / "sources.yaml"
    sources.write_text("id: t\ntitle: T\ntexts:\n  - path: g.txt\n", encoding="utf-8")
    imported = cli("import", sources)
    assert imported.exit_code == 3 and "--encoding" not in imported.stderr
    assert "(`encoding:` in the text's entry under the source's `texts:`" in imported.stderr
    assert cli("source", "text", "s", text, "--encoding", "latin-1").exit_code == 0


def _commands() -> list[list[str]]:
    """Every command the CLI registers, as the words a user types (sub-apps walked)."""
    import typer

    from sourcecheck.cli import app

    def walk(group: Any, prefix: list[str]) -> list[list[str]]:
        found = []
        for name, command in sorted(group.commands.items()):
            if hasattr(command, "commands"):  # a group (typer vendors its own click)
                found += walk(command, [*prefix, name])
            else:
                found.append([*prefix, name])
        return found

    return walk(typer.main.get_command(app), [])


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_command_has_help_and_is_in_the_readme(runner, command: list[str]) -> None:
    from sourcecheck.cli import app

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    result = runner.invoke(app, [*command, "-h"])
    assert result.exit_code == 0 and "Usage:" in result.output, result.output
    summary = result.output.split("Usage:", 1)[1].split("\n\n", 2)[1].strip()
    assert summary, f"{command}: no description in --help"
    assert f"sourcecheck {' '.join(command)}" in readme, f"{command} missing from README"


def test_the_version_is_printed(runner) -> None:
    from sourcecheck import __version__
    from sourcecheck.cli import app

    assert runner.invoke(app, ["--version"]).output == f"sourcecheck {__version__}\n"


def test_the_readme_examples_run_one_after_the_other(runner, tmp_path, monkeypatch) -> None:
    """The Commands block's source add and claim add, then the Python API block, as a new
    user runs them in one folder with the default ./sourcecheck.db (the text: a fixture in
    place of the development copy)."""
    import re
    import shlex

    from conftest import FIXTURES

    from sourcecheck.cli import app

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCECHECK_DB")
    commands = readme.split("## Commands", 1)[1].replace("\\\n", " ")
    for prefix in ("sourcecheck source add ", "sourcecheck claim add "):
        line = next(x for x in commands.splitlines() if x.startswith(prefix))
        result = runner.invoke(app, shlex.split(line)[1:])
        assert result.exit_code == 0, (line, result.output)
    [python] = re.findall(r"```python\n(from sourcecheck import.*?)```", readme, re.S)
    diary = str(FIXTURES / "diary.txt")
    python = python.replace("../shared/sources/czernin-in-the-world-war.txt", diary)
    import sqlite3

    def sources() -> list[tuple]:
        with sqlite3.connect(tmp_path / "sourcecheck.db") as conn:
            return conn.execute("SELECT * FROM sources ORDER BY id").fetchall()

    before = sources()
    exec(compile(python, "README.md", "exec"), {})  # the README's own code, as a user runs it
    assert (tmp_path / "example.html").exists()
    # the example works in a database of its own: the user's records are left as they were
    # (add_source updates a source of the same id with the example's few fields)
    assert sources() == before


def test_the_demo_hint_points_at_a_folder_of_the_users_own(tmp_path) -> None:
    """With TEXTS naming a shared folder, the offline hint must not invite writing into it."""
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    repo = Path(__file__).resolve().parents[1]
    shared = tmp_path / "shared" / "sources"
    dry = subprocess.run(
        ["make", "-n", "demo", f"TEXTS={shared}", f"DB={tmp_path / 'demo.db'}"],
        cwd=repo, capture_output=True, text=True, check=True,
    )  # fmt: skip
    hint = " ".join(dry.stdout.split("going on without those texts", 1)[1].split("*)")[0].split())
    assert str(shared) not in hint
    assert "a folder of your own" in hint and "TEXTS=DIR" in hint


@pytest.mark.parametrize("shared_texts", [True, False])
def test_the_demo_reads_the_development_texts_beside_the_checkout(tmp_path, shared_texts) -> None:
    """make demo's default TEXTS: ../shared/sources when it holds texts, else sources/texts."""
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    checkout = tmp_path / "sourcecheck"
    checkout.mkdir()
    for name in ("Makefile", "pyproject.toml"):  # demo depends on .venv, made from pyproject
        shutil.copy(Path(__file__).resolve().parents[1] / name, checkout)
    if shared_texts:
        (tmp_path / "shared" / "sources").mkdir(parents=True)
        (tmp_path / "shared" / "sources" / "a-book.txt").write_text("text", encoding="utf-8")
    dry = subprocess.run(
        ["make", "-n", "demo"], cwd=checkout, capture_output=True, text=True, check=True
    )
    expected = "../shared/sources" if shared_texts else "sources/texts"
    assert f"--texts {expected} " in dry.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{out}"],
        ["export", "{out}", "--format", "csl-json"],
        ["report", "--format", "html", "-o", "{out}"],
        ["report", "-o", "{out}"],
        ["datasette-metadata", "-o", "{out}"],
        ["extract", "{text}", "-o", "{out}", "--force"],
    ],
    ids=lambda c: c[0] + (" csl" if "csl-json" in c else ""),
)
def test_an_output_path_that_cannot_be_a_file_is_one_line_and_leaves_nothing(
    cli, tmp_path: Path, command: list[str]
) -> None:
    """A folder, or a file in a missing folder: a one-line error with a documented code, no
    traceback, and no hidden temporary file left beside it (a new user's walkthrough)."""
    assert cli("source", "add", "s1", "--title", "T").exit_code == 0
    text = tmp_path / "t.txt"
    text.write_text("“Yes,” said Anna.\n", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    cases = {
        folder: (3, "is a directory"),
        tmp_path / "none" / "out.json": (4, "does not exist"),
        text / "out.json": (3, "is a file, not a directory"),
    }
    for out, (code, said) in cases.items():
        args = [a.format(out=out, text=text) for a in command]
        result = cli(*args)
        assert result.exit_code == code, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert f"{out}: " in result.stderr and said in result.stderr, result.stderr
    leftovers = [p.name for p in [*tmp_path.iterdir(), *folder.iterdir()] if p.name.startswith(".")]
    assert leftovers == [] and list(folder.iterdir()) == []


def test_a_long_verify_table_prints_plain_with_the_same_cells(
    tmp_path: Path, runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past PLAIN_ROWS rows, verify prints a row a line (no frame, no wrapping: a Rich table of
    1,000 rows took a third of verify --no-meaning); below, the Rich table as before."""
    import sqlite3

    from builders import build_database

    from sourcecheck.cli import app
    from sourcecheck.commands import common
    from sourcecheck.models import excerpt

    db_path = build_database(tmp_path)

    def verify() -> tuple[list[str], list[tuple[str, str, str]]]:
        result = runner.invoke(app, ["verify", "--no-meaning", "--db", str(db_path)])
        assert result.exit_code == 0, result.output
        conn = sqlite3.connect(db_path)
        rows = conn.execute(
            "SELECT claim_id, status, reason FROM results WHERE best = 1 AND status != 'no_text'"
            " AND run_id = (SELECT max(id) FROM runs) ORDER BY claim_id"
        ).fetchall()
        conn.close()
        return result.stdout.splitlines(), rows

    boxed, rows = verify()
    assert len(rows) > 3 and any("┃" in line or "│" in line for line in boxed)
    monkeypatch.setattr(common, "PLAIN_ROWS", 3)
    plain, rows = verify()
    assert not any(mark in "".join(plain) for mark in "┃│━─")
    assert plain[1].split() == ["claim", "status", "score", "look", "reason"]
    width = plain[1].index("status")
    for claim, status, reason in rows:
        [line] = [line for line in plain if line[:width].rstrip() == claim]
        assert line[width:].split()[0] == status
        shown = excerpt(reason, 160) if status == "verbatim" else reason
        assert line.endswith(shown)
    assert plain[2 + len(rows)].startswith("not checked (no text): ")  # a row a line

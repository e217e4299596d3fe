"""`sourcecheck --db FILE COMMAND`: the database given before the command, as README's "every
command takes --db" reads (a walkthrough's `sourcecheck --db b.db index` got "No such option").
The command's own --db wins; the environment is as it was after the command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sourcecheck.cli import app


def _sources(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM sources ORDER BY id")]


def test_db_before_the_command_is_the_commands_database(runner, tmp_path: Path) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    env = os.environ.get("SOURCECHECK_DB")
    added = runner.invoke(app, ["--db", str(first), "source", "add", "diary", "--title", "D"])
    assert added.exit_code == 0, added.output
    assert _sources(first) == ["diary"] and os.environ.get("SOURCECHECK_DB") == env
    own = ["--db", str(first), "source", "add", "minutes", "--title", "M", "--db", str(second)]
    assert runner.invoke(app, own).exit_code == 0  # the command's own --db wins
    assert _sources(first) == ["diary"] and _sources(second) == ["minutes"]


def test_db_before_the_command_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    command = [sys.executable, "-m", "sourcecheck", "--db", str(db)]
    env = {k: v for k, v in os.environ.items() if k != "SOURCECHECK_DB"}
    run = subprocess.run(
        [*command, "source", "add", "speech", "--title", "S"], env=env, cwd=tmp_path,
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    listed = subprocess.run(
        [*command, "index"], env=env, cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert listed.returncode == 0, listed.stderr
    assert "No such option" not in listed.stderr and not (tmp_path / "sourcecheck.db").exists()
    assert _sources(db) == ["speech"]

"""A run without WordNet says so (a fresh clone's finding, fresh105 F1): without it an English
opposite outside sourcecheck's own table ("defeated" where the source says "victorious") passes
unflagged, and two machines would rate the same claim differently without a word. verify warns
on stderr and the run's stored parameters record which opposites were read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from sourcecheck.matching import wordnet

TEXT = (
    "Her brother returned victorious from the long campaign in the north, and the village "
    "met him.\n"
)
CLAIM = "Her brother came home defeated from the long campaign in the north."


def _verify(cli, tmp_path: Path, db_path: Path):
    text = tmp_path / "letter.txt"
    text.write_text(TEXT)
    cli("source", "add", "letter", "--title", "Letter")
    assert cli("source", "text", "letter", text).exit_code == 0
    cli("claim", "add", CLAIM, "--source", "letter", "--id", "brother", "--kind", "paraphrase")
    run = cli("verify")
    conn = sqlite3.connect(db_path)
    parameters = json.loads(conn.execute("SELECT parameters FROM runs").fetchone()[0])
    conn.close()
    return run, parameters


@pytest.fixture
def fresh_wordnet():
    wordnet._mapped.cache_clear()  # the files are mapped once per process
    yield
    wordnet._mapped.cache_clear()


def test_a_run_without_wordnet_warns_and_records_it(
    cli, tmp_path: Path, db_path: Path, monkeypatch, fresh_wordnet
) -> None:
    monkeypatch.setenv("WNSEARCHDIR", str(tmp_path / "no-wordnet"))
    run, parameters = _verify(cli, tmp_path, db_path)
    assert run.exit_code == 0, run.output
    assert "warning: WordNet not found in" in run.stderr and "make wordnet" in run.stderr
    assert parameters["opposites"] == "table only"


def test_a_run_with_wordnet_reads_it_and_says_nothing(
    cli, tmp_path: Path, db_path: Path, fresh_wordnet
) -> None:
    assert wordnet.available(), "make test installs wordnet-base"
    run, parameters = _verify(cli, tmp_path, db_path)
    assert run.exit_code == 0, run.output
    assert "WordNet" not in run.stderr
    assert parameters["opposites"] == "table and WordNet"

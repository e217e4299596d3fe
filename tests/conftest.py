"""Shared fixtures: a fresh database per test, a CLI runner, the development texts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcecheck.cli import app
from sourcecheck.store import db as dbm

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default database at tmp_path so no test touches ./sourcecheck.db."""
    path = tmp_path / "default.db"
    monkeypatch.setenv("SOURCECHECK_DB", str(path))
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path: Path) -> dbm.Database:
    """A fresh, migrated database file."""
    return dbm.open_db(db_path)


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    """A typer CLI runner (stateless: one for the whole session)."""
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner, db_path: Path):
    """Run the CLI against ``db_path``; returns the click Result."""

    def run(*args: str):
        return runner.invoke(app, [*map(str, args), "--db", str(db_path)])

    return run


def dump(path: Path) -> list[str]:
    """Every row of every table, as SQL: to assert a database did not change."""
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def shared_file(*parts: str) -> Path:
    """A file of ../shared; a clear skip when this checkout has no ../shared beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (development texts live in ../shared)")
    return path


def shared_excerpt(name: str, start: str, end: str) -> str:
    """The stretch of a text of ../shared/translations from ``start`` up to ``end``."""
    text = shared_file("translations", name).read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end)]


def rendering_pairs(
    pairs: str, texts: dict[str, str]
) -> list[tuple[str, str, str, tuple[str, str]]]:
    """Cases written as ``TEXT xx>yy: a true rendering`` lines, each followed by ``  | a
    changed one`` lines (continuation lines indented four spaces): (text, true, changed,
    (quote language, text language)) per changed line."""
    cases, head = [], None
    for line in pairs.strip().replace("\n    ", " ").splitlines():
        if line.startswith("  | "):
            assert head is not None
            text, pair, true = head
            cases.append((texts[text], true, line[4:], (pair[:2], pair[3:])))
        else:
            left, true = line.split(": ", 1)
            text, pair = left.split()
            head = (text, pair, true)
    return cases

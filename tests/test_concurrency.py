"""Several processes importing into one database at once: no "database is locked", no loss."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sourcecheck.store import db as dbm


def test_parallel_imports_into_one_new_database(tmp_path: Path) -> None:
    db_path = tmp_path / "shared.db"
    files = []
    for n in range(6):
        claims = "\n".join(
            f"  - {{id: c{n}-{i}, quote: 'words {n} {i}', source: s{n}}}" for i in range(40)
        )
        path = tmp_path / f"batch{n}.yaml"
        path.write_text(f"sources:\n  - {{id: s{n}, title: Source {n}}}\nclaims:\n{claims}\n")
        files.append(path)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "sourcecheck", "import", str(path), "--db", str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    assert not any("locked" in err for _, err in results)
    counts = dbm.table_counts(dbm.open_db(db_path))
    assert counts["sources"] == 6 and counts["claims"] == 240


def test_open_waits_while_another_process_writes_a_new_rollback_file(tmp_path: Path) -> None:
    """The race CI hit: a file still in rollback mode, another connection holding the write
    lock. Switching to WAL is refused at once (no busy handler: SQLite's deadlock rule), so
    opening must retry until the writer commits, not fail with "database is locked"."""
    db_path = tmp_path / "new.db"
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("CREATE TABLE t (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO t VALUES (1)")
    script = f"from sourcecheck.store.db import open_db; open_db({str(db_path)!r})"
    opener = subprocess.Popen(
        [sys.executable, "-c", script],
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)  # the opener is waiting on the lock by now
    writer.execute("COMMIT")
    writer.close()
    assert opener.wait(timeout=60) == 0, opener.stderr.read()
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert check.execute("SELECT x FROM t").fetchall() == [(1,)]

"""Several processes importing into one database at once: no "database is locked", no loss."""

from __future__ import annotations

import subprocess
import sys
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

"""A dictionary's translations by headword, read once and kept in a small SQLite table under
the user's cache folder (issue 10).

Reading an entry of a FreeDict database (:mod:`.bilingual`) inflates the dictzip chunk that
holds it, some 58 KB of text for one line; the two German-English databases are 100 and 80 MB
inflated, too big to keep in memory, and a claim checked across languages looked up hundreds
of words (4,000 chunks inflated for 80 claims, 10 ms a claim). All that is read of an entry is
its first line's one-word translations, so each database is read once, whole, and those lines
kept by headword in ``$XDG_CACHE_HOME/sourcecheck`` (``~/.cache/sourcecheck``), a file named
after the database's size and time (a new version of the package makes a new table). A lookup
is then one indexed query. The table is written to a temporary file and moved into place, so
two processes that build it at once do not read half of one; where the folder cannot be
written, the callers read the entries as before.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

FORMAT = 1
"""The table's format: a change of what is kept makes new files."""


def cache_folder() -> Path:
    """Where the tables are kept: ``$XDG_CACHE_HOME/sourcecheck`` or ``~/.cache/sourcecheck``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sourcecheck"


class Table:
    """The one-word translations of each headword of one database, from its cached table."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def translations(self, headword: str) -> tuple[str, ...] | None:
        """The translations of ``headword``'s entries in order (as :func:`.bilingual.
        translations_of` reads them), or None when it is no headword."""
        row = self.db.execute("SELECT words FROM t WHERE head = ?", (headword,)).fetchone()
        if row is None:
            return None
        return tuple(row[0].split("\n")) if row[0] else ()


def table_path(data: Path, kind: str = "") -> Path:
    """The cached table's file for the database ``data`` (its name, size and time); ``kind``
    names another table of the same database (:mod:`.verbforms`: its verb forms' lemmas)."""
    stat = data.stat()
    name = f"{data.name}-{stat.st_size}-{stat.st_mtime_ns}-v{FORMAT}{kind}.sqlite"
    return cache_folder() / name


def open_table(
    data: Path, entries: Callable[[], Iterator[tuple[str, list[str]]]], kind: str = ""
) -> Table | None:
    """The table ``kind`` for the database ``data``, built from ``entries`` (headword, its
    translations or other words; a headword may come again) when it is not there yet; None
    when it cannot be written."""
    try:
        path = table_path(data, kind)
        if not path.exists():
            _build(path, entries())
        return Table(path)
    except (OSError, sqlite3.Error):
        return None


def _build(path: Path, entries: Iterator[tuple[str, list[str]]]) -> None:
    """Write the table to a temporary file beside ``path``, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    words: dict[str, list[str]] = {}
    for head, found in entries:
        words.setdefault(head, []).extend(found)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    db = sqlite3.connect(temporary)
    try:
        db.execute("CREATE TABLE t (head TEXT PRIMARY KEY, words TEXT) WITHOUT ROWID")
        db.executemany("INSERT INTO t VALUES (?, ?)", ((h, "\n".join(w)) for h, w in words.items()))
        db.commit()
    finally:
        db.close()
    os.replace(temporary, path)

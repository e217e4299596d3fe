"""Stored indexes: every text's word pairs, in shards, built when the text arrives.

:func:`index_texts` indexes the texts that have no index yet, one text at a time (memory stays
that of one text and one shard's runs), each in its own transaction: an interrupted run keeps
what it finished. A text joins the open shard at the shard's end; its sorted pairs become a new
run, and runs are merged while the newest is at least half the size of the one before, so a
shard holds a few runs of geometric sizes and adding a text never rebuilds the others. Once a
shard holds :data:`~sourcecheck.matching.shards.SHARD_WORDS` words its runs are merged into one
and it is sealed. :func:`load_shard` reads a shard's arrays straight from the BLOBs (no copy).

Workers of ``verify --workers`` and ``--cluster`` open the database with :func:`open_readonly`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlite_utils import Database

from ..errors import DatabaseError, NotFoundError
from ..matching.index import INDEX_VERSION, build_index
from ..matching.shards import SHARD_TEXTS, SHARD_WORDS, Run, Shard, sorted_run, text_run
from ..models import counted, now_iso
from .db import transaction

IndexProgress = Callable[[int, int], None]
"""Called after each text is indexed with (texts done, texts to do)."""


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What :func:`index_texts` did."""

    indexed: int
    words: int
    shards: int
    rebuilt: bool = False
    text_ids: tuple[int, ...] = ()  # the texts indexed (the new ones, unless rebuilt)

    def summary(self) -> str:
        if not self.indexed:
            return f"every text is indexed ({counted(self.shards, 'shard')})"
        what = "rebuilt" if self.rebuilt else "indexed"
        texts, words = counted(self.indexed, "text"), counted(self.words, "word")
        return f"{what} {texts}, {words}, in {counted(self.shards, 'shard')}"


@dataclass(frozen=True, slots=True)
class TextPlace:
    """Where an indexed text lies: its shard, its source and its size in words."""

    text_id: int
    source_id: str
    shard_id: int
    words: int
    length: int
    text_language: str | None = None  # given or detected (how its words, numbers are read)


def pending_texts(db: Database) -> list[int]:
    """Ids of the texts with no index (or one of an older version), oldest first."""
    return [
        r[0]
        for r in db.execute(
            """SELECT t.id FROM texts t LEFT JOIN index_texts i ON i.text_id = t.id
               WHERE i.text_id IS NULL OR i.version != ? ORDER BY t.id""",
            [INDEX_VERSION],
        )
    ]


def index_texts(
    db: Database, *, rebuild: bool = False, progress: IndexProgress | None = None
) -> IndexReport:
    """Index every text that has no index yet (every text with ``rebuild``)."""
    stale = db.execute(
        "SELECT count(*) FROM index_texts WHERE version != ?", [INDEX_VERSION]
    ).fetchone()[0]
    if rebuild or stale:
        with transaction(db):
            for table in ("index_run_parts", "index_runs", "index_texts", "index_shards"):
                db.execute(f"DELETE FROM {table}")
    todo = pending_texts(db)
    words = 0
    for done, text_id in enumerate(todo, 1):
        words += _index_one(db, text_id)
        if progress:
            progress(done, len(todo))
    shards = db.execute("SELECT count(*) FROM index_shards").fetchone()[0]
    rebuilt = bool(todo) and (rebuild or bool(stale))
    return IndexReport(len(todo), words, shards, rebuilt=rebuilt, text_ids=tuple(todo))


def _index_one(db: Database, text_id: int) -> int:
    """Index one text into the open shard, in one transaction; return its words."""
    row = db.execute("SELECT text FROM texts WHERE id = ?", [text_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no text {text_id}")
    text: str = row[0]
    index = build_index(text, spans=False)  # spans are not stored
    with transaction(db):
        shard_id, base = _open_shard(db)
        db.table("index_texts").insert(
            {"text_id": text_id, "shard_id": shard_id, "base": base, "length": len(text),
             "words": index.n_words, "version": INDEX_VERSION, "built_at": now_iso()}
        )  # fmt: skip
        _insert_run(db, shard_id, text_run(index, base))
        db.execute(
            'UPDATE index_shards SET texts = texts + 1, words = words + ?, "end" = ? WHERE id = ?',
            [index.n_words, base + len(text) + 1, shard_id],
        )
        _compact(db, shard_id)
        if base + len(text) + 1 >= 2**31 or _full(db, shard_id):
            _seal(db, shard_id)
    return index.n_words


def _open_shard(db: Database) -> tuple[int, int]:
    """The shard the next text joins (the open one, or a new one) and where it starts in it."""
    row = db.execute(
        'SELECT id, "end" FROM index_shards WHERE sealed = 0 ORDER BY id DESC'
    ).fetchone()
    if row is None:
        cursor = db.execute("INSERT INTO index_shards (sealed) VALUES (0)")
        return int(cursor.lastrowid or 0), 0
    return int(row[0]), int(row[1])


def _full(db: Database, shard_id: int) -> bool:
    texts, words = db.execute(
        "SELECT texts, words FROM index_shards WHERE id = ?", [shard_id]
    ).fetchone()
    return bool(texts >= SHARD_TEXTS or words >= SHARD_WORDS)


def _runs(db: Database, shard_id: int) -> list[tuple[int, int]]:
    """(run id, pairs) of a shard's runs, oldest first."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT id, pairs FROM index_runs WHERE shard_id = ? ORDER BY id", [shard_id]
        )
    ]


def _compact(db: Database, shard_id: int) -> None:
    """Merge the newest runs while the newest is at least half the size of the one before:
    run sizes stay geometric, so a shard has a few runs and each pair is merged a few times."""
    runs = _runs(db, shard_id)
    while len(runs) >= 2 and runs[-2][1] <= 2 * runs[-1][1]:
        _merge(db, shard_id, [runs[-2][0], runs[-1][0]])
        runs = _runs(db, shard_id)


def _seal(db: Database, shard_id: int) -> None:
    """Merge all runs of a full shard into one and close it."""
    runs = [run_id for run_id, _ in _runs(db, shard_id)]
    if len(runs) > 1:
        _merge(db, shard_id, runs)
    db.execute("UPDATE index_shards SET sealed = 1 WHERE id = ?", [shard_id])


def _merge(db: Database, shard_id: int, run_ids: list[int]) -> None:
    """Replace runs by their merge (read straight into the merged arrays, written in parts)."""
    keys, positions = _read_runs(db, run_ids)
    marks = ", ".join("?" for _ in run_ids)
    db.execute(f"DELETE FROM index_run_parts WHERE run_id IN ({marks})", run_ids)
    db.execute(f"DELETE FROM index_runs WHERE id IN ({marks})", run_ids)
    _insert_run(db, shard_id, sorted_run(keys, positions))


PART_PAIRS = 1 << 20
"""Pairs per stored part of a run: 12 MB, so that neither SQLite nor Python ever holds a
whole shard's arrays twice (a BLOB is read and written whole)."""


def _insert_run(db: Database, shard_id: int, run: Run) -> None:
    width = run.positions.dtype.itemsize
    cursor = db.execute(
        "INSERT INTO index_runs (shard_id, pairs, position_bytes) VALUES (?, ?, ?)",
        [shard_id, len(run.keys), width],
    )
    for part, start in enumerate(range(0, len(run.keys), PART_PAIRS)):
        stop = start + PART_PAIRS
        db.execute(
            "INSERT INTO index_run_parts (run_id, part, keys, positions) VALUES (?, ?, ?, ?)",
            [
                cursor.lastrowid,
                part,
                np.ascontiguousarray(run.keys[start:stop], dtype="<u8").tobytes(),
                np.ascontiguousarray(
                    run.positions[start:stop], dtype="<u4" if width == 4 else "<i8"
                ).tobytes(),
            ],
        )


def _read_runs(db: Database, run_ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of runs end to end (keys, positions), read part by part into the arrays."""
    marks = ", ".join("?" for _ in run_ids)
    sizes = db.execute(
        f"SELECT sum(pairs), max(position_bytes) FROM index_runs WHERE id IN ({marks})", run_ids
    ).fetchone()
    total, width = int(sizes[0] or 0), int(sizes[1] or 4)
    keys = np.empty(total, dtype="<u8")
    positions = np.empty(total, dtype="<u4" if width == 4 else "<i8")
    at = 0
    parts = db.execute(
        f"""SELECT p.keys, p.positions, r.position_bytes FROM index_run_parts p
            JOIN index_runs r ON r.id = p.run_id WHERE p.run_id IN ({marks})
            ORDER BY p.run_id, p.part""",
        run_ids,
    )
    for key_bytes, position_bytes, part_width in parts:
        n = len(key_bytes) // 8
        keys[at : at + n] = np.frombuffer(key_bytes, dtype="<u8")
        positions[at : at + n] = np.frombuffer(
            position_bytes, dtype="<u4" if part_width == 4 else "<i8"
        )
        at += n
    return keys, positions


def forget_texts(db: Database, text_ids: list[int]) -> int:
    """Drop the index of texts about to be deleted: the shards that hold them are dropped
    whole (a shard's runs mix its texts' pairs), and their other texts are indexed again by the
    next :func:`index_texts` (any verify does it). The caller holds the transaction. Returns
    the number of these texts that had an index."""
    if not text_ids:
        return 0
    marks = ", ".join("?" for _ in text_ids)
    shards = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT shard_id FROM index_texts WHERE text_id IN ({marks})", text_ids
        )
    ]
    indexed = db.execute(
        f"SELECT count(*) FROM index_texts WHERE text_id IN ({marks})", text_ids
    ).fetchone()[0]
    for shard_id in shards:
        db.execute(
            "DELETE FROM index_run_parts WHERE run_id IN "
            "(SELECT id FROM index_runs WHERE shard_id = ?)",
            [shard_id],
        )
        for table, column in (("index_runs", "shard_id"), ("index_texts", "shard_id"),
                              ("index_shards", "id")):  # fmt: skip
            db.execute(f"DELETE FROM {table} WHERE {column} = ?", [shard_id])
    return int(indexed)


# -- reading ----------------------------------------------------------------------------------


def shard_ids(db: Database) -> list[int]:
    """Ids of the shards that hold texts."""
    return [r[0] for r in db.execute("SELECT id FROM index_shards WHERE texts > 0 ORDER BY id")]


def text_places(db: Database) -> dict[int, TextPlace]:
    """Every indexed text: its source, shard, words and language."""
    return {
        r[0]: TextPlace(*r)
        for r in db.execute(
            """SELECT t.id, t.source_id, i.shard_id, i.words, i.length, t.language
               FROM texts t JOIN index_texts i ON i.text_id = t.id ORDER BY t.id"""
        )
    }


MMAP_BYTES = 1 << 40


def load_shard(db: Database, shard_id: int) -> Shard:
    """A shard's texts and runs, the arrays read straight from the BLOBs."""
    texts = db.execute(
        """SELECT i.text_id, i.base, t.source_id FROM index_texts i
           JOIN texts t ON t.id = i.text_id WHERE i.shard_id = ? ORDER BY i.base""",
        [shard_id],
    ).fetchall()
    names = tuple(sorted({r[2] for r in texts}))
    number = {name: n for n, name in enumerate(names)}
    run_ids = [
        r[0]
        for r in db.execute("SELECT id FROM index_runs WHERE shard_id = ? ORDER BY id", [shard_id])
    ]
    # through a memory map the arrays load about five times faster than by SQLite's page
    # reads; it is dropped after, so that the mapped pages are not held beside the arrays
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    try:
        runs = tuple(Run(*_read_runs(db, [run_id])) for run_id in run_ids)
    finally:
        db.execute("PRAGMA mmap_size = 0")
    return Shard(
        shard_id=shard_id,
        text_ids=np.array([r[0] for r in texts], dtype=np.int64),
        bases=np.array([r[1] for r in texts], dtype=np.int64),
        sources=np.array([number[r[2]] for r in texts], dtype=np.int64),
        source_names=names,
        runs=runs,
    )


def load_texts(db: Database, text_ids: list[int]) -> dict[int, str]:
    """The texts with these ids."""
    marks = ", ".join("?" for _ in text_ids)
    rows = db.execute(f"SELECT id, text FROM texts WHERE id IN ({marks})", text_ids)
    return {r[0]: r[1] for r in rows}


def text_chars(db: Database, text_ids: set[int]) -> int:
    """The characters of these indexed texts together (from their index entries: the texts
    are not read)."""
    ids = sorted(text_ids)
    marks = ", ".join("?" for _ in ids)
    row = db.execute(f"SELECT sum(length) FROM index_texts WHERE text_id IN ({marks})", ids)
    return int(row.fetchone()[0] or 0)


def text_slices(
    db: Database, wanted: list[tuple[int, int, int]]
) -> dict[tuple[int, int, int], str]:
    """``text[start:end]`` for each ``(text id, start, end)``, reading each text once (one at a
    time): slicing in SQL would read a long text again for every slice."""
    by_text: dict[int, list[tuple[int, int, int]]] = {}
    for request in wanted:
        by_text.setdefault(request[0], []).append(request)
    slices = {}
    for text_id, requests in sorted(by_text.items()):
        text = load_texts(db, [text_id]).get(text_id, "")
        for request in requests:
            slices[request] = text[max(0, request[1]) : max(0, request[2])]
    return slices


def open_readonly(path: str | Path, *, immutable: bool = False) -> Database:
    """The database at ``path`` opened read-only, as the workers of a verify run open it.

    ``immutable``: read the file alone, without locks or the WAL's shared memory, which a
    reader on another machine cannot share; the writer checkpoints the WAL into the file
    first (:func:`checkpoint`) and nothing may write to it while such readers run.
    """
    path = Path(path)
    if not path.exists():
        raise NotFoundError(f"{path}: no such database (workers must reach the same path)")
    mode = "ro&immutable=1" if immutable else "ro"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM index_runs").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: cannot open database read-only: {exc}") from exc
    return Database(conn)


def checkpoint(db: Database) -> None:
    """Move the WAL into the database file, so that readers elsewhere see every write."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def database_path(db: Database) -> str | None:
    """The file of an open database (None in memory)."""
    row: Any = db.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row and row[2] else None

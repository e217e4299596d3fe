"""The one module that owns the database: opening, migrating, transactions, reads and writes.

Every write of a user action runs in one ``BEGIN IMMEDIATE`` transaction (:func:`transaction`),
so two processes writing at once queue on the busy timeout instead of failing with
"database is locked", and a failed import leaves the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError as RowNotFound

from ..errors import (
    STORED_NOT_INDEXED,
    DatabaseError,
    InterruptedAfterStoring,
    NotFoundError,
)
from ..models import Claim, Document, Source, SourceText
from .migrations_later import migrations
from .sourcefilter import SourceIds, source_slugs, sources_where

__all__ = ["Database", "open_db", "transaction"]

BUSY_TIMEOUT_MS = 30_000

Row = dict[str, Any]
Record = TypeVar("Record", Document, Source, Claim, SourceText)
MAIN_TABLES = ("documents", "sources", "texts", "claims")


def open_db(path: str | os.PathLike[str], *, create: bool = True) -> Database:
    """Open (and create, and migrate) the database at ``path``.

    Sets WAL mode (synchronous at checkpoints only), a busy timeout and foreign keys, then
    applies pending migrations inside an immediate transaction so that two processes opening
    a new file do not race.
    """
    path = Path(path)
    if not create and not path.exists():
        raise NotFoundError(f"{path}: no such database (run an import first)")
    if path.parent and not path.parent.exists():
        raise DatabaseError(f"{path}: directory {path.parent} does not exist")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db = Database(conn)
        _switch_to_wal(conn)
        # In WAL mode NORMAL syncs at checkpoints, not at every commit: the file cannot be
        # corrupted, but a power cut may undo the last commits (see docs/database.md)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if migrations.pending(db):
            with transaction(db):
                migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: cannot open database: {exc}") from exc
    return db


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode, waiting up to the busy timeout for other processes.

    Two processes switching a new file at once both hold a read lock and both ask for the
    write lock; SQLite refuses one of them at once, without its busy handler (a deadlock
    otherwise), so the refused one retries here until the other has switched.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = wal")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One ``BEGIN IMMEDIATE`` transaction: all of the block's writes, or none of them."""
    if db.conn.in_transaction:
        with db.atomic():  # nested: a savepoint
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"cannot start a write transaction: {exc}") from exc
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    else:
        db.conn.commit()


@contextmanager
def stored_if_interrupted(db: Database) -> Iterator[None]:
    """Around a command's write and the indexing after it: Ctrl-C once the write has
    committed (the main tables' counts changed) is :class:`InterruptedAfterStoring`, so
    the user hears that what was read is stored, not that nothing was."""
    before = table_counts(db)
    try:
        yield
    except KeyboardInterrupt as stop:
        if isinstance(stop, InterruptedAfterStoring) or table_counts(db) == before:
            raise
        raise InterruptedAfterStoring(STORED_NOT_INDEXED) from None


def table_counts(db: Database) -> dict[str, int]:
    """Number of rows in each main table."""
    return {name: db.table(name).count for name in MAIN_TABLES}


# -- generic upsert ------------------------------------------------------------------------


def _upsert(db: Database, name: str, row: Row) -> str:
    """Insert or update ``row`` by its ``id``; return 'added', 'updated' or 'unchanged'."""
    table = db.table(name)
    try:
        current = table.get(row["id"])
    except RowNotFound:
        table.insert(row)
        return "added"
    if all(current.get(k) == v for k, v in row.items()):
        return "unchanged"
    table.update(row["id"], row)
    return "updated"


def _insert(db: Database, name: str, row: Row) -> int:
    """Insert ``row`` into a table with an integer primary key; return that key."""
    pk = db.table(name).insert(row).last_pk
    assert isinstance(pk, int), pk
    return pk


def _get(db: Database, cls: type[Record], name: str, pk: str | int, missing: str) -> Record:
    """The row of ``name`` with primary key ``pk`` as a ``cls``, or NotFoundError(missing)."""
    try:
        return _row_to(cls, db.table(name).get(pk))
    except RowNotFound:
        raise NotFoundError(missing) from None


def _row_to(cls: type[Record], row: Row) -> Record:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


# -- documents, sources, claims ------------------------------------------------------------


def upsert_document(db: Database, document: Document) -> str:
    """Insert or update a document; return 'added', 'updated' or 'unchanged'."""
    return _upsert(db, "documents", dataclasses.asdict(document))


def upsert_source(db: Database, source: Source) -> str:
    """Insert or update a source record (not its texts)."""
    row = dataclasses.asdict(source)
    row.pop("texts")  # listed in text_urls (set_text_urls), stored in texts (store_text)
    return _upsert(db, "sources", row)


def upsert_claim(db: Database, claim: Claim) -> str:
    """Insert or update a claim; return 'added', 'updated' or 'unchanged'."""
    return _upsert(db, "claims", dataclasses.asdict(claim))


def get_source(db: Database, source_id: str) -> Source:
    """The source with this slug, or :class:`NotFoundError`."""
    missing = f"no source {source_id!r} (see `sourcecheck source list`)"
    return _get(db, Source, "sources", source_id, missing)


def source_exists(db: Database, source_id: str) -> bool:
    """Whether a source with this slug is stored."""
    return bool(db.table("sources").count_where("id = ?", [source_id]))


def list_sources(db: Database) -> list[Source]:
    """Every source, by slug."""
    return [_row_to(Source, row) for row in db.table("sources").rows_where(order_by="id")]


def source_summaries(db: Database) -> list[Row]:
    """Each source's id, kind, title, author and issued date, with its number of texts and of
    claims citing it, by slug."""
    return list(
        db.query(
            """SELECT s.id, s.kind, s.title, s.author, s.issued,
                 (SELECT count(*) FROM texts t WHERE t.source_id = s.id) AS texts,
                 (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claims
               FROM sources s ORDER BY s.id"""
        )
    )


def list_documents(db: Database) -> list[Document]:
    """Every document, by id."""
    return [_row_to(Document, row) for row in db.table("documents").rows_where(order_by="id")]


def get_claim(db: Database, claim_id: str) -> Claim:
    """The claim with this id, or :class:`NotFoundError`."""
    missing = f"no claim {claim_id!r} (see `sourcecheck claim list`)"
    return _get(db, Claim, "claims", claim_id, missing)


def claim_ids(db: Database) -> set[str]:
    """The ids of every stored claim (to make new ones unique)."""
    return {row["id"] for row in db.table("claims").rows_where(select="id")}


def require_sources(db: Database, source_id: SourceIds) -> None:
    """NotFoundError for the first slug of the filter that names no stored source."""
    for slug in source_slugs(source_id):
        get_source(db, slug)


def _claims_where(
    source_id: SourceIds, claim_ids: list[str] | None
) -> tuple[str | None, list[str]]:
    where, params = sources_where("source_id", source_id)
    if claim_ids:
        where.append(f"id IN ({', '.join('?' for _ in claim_ids)})")
        params.extend(claim_ids)
    return " AND ".join(where) or None, params


def list_claims(
    db: Database,
    *,
    source_id: SourceIds = None,
    claim_ids: list[str] | None = None,
) -> list[Claim]:
    """Claims in document order (then the order they were added), those of no document after
    the documents' (a claim added by hand is not put before the text's first), optionally only
    those citing ``source_id`` (one slug or several) or with these ids."""
    where, params = _claims_where(source_id, claim_ids)
    rows = db.table("claims").rows_where(
        where, params, order_by="document_id IS NULL, document_id, coalesce(start, 1e18), rowid"
    )
    return [_row_to(Claim, row) for row in rows]


def count_claims(
    db: Database, *, source_id: SourceIds = None, claim_ids: list[str] | None = None
) -> int:
    """How many claims :func:`list_claims` would return, without reading them."""
    return db.table("claims").count_where(*_claims_where(source_id, claim_ids))


def find_claim_id(db: Database, claim: Claim) -> str | None:
    """The id of a stored claim with the same document, source, quote and speaker, if any:
    a claims file without ids re-imported does not duplicate its claims."""
    row = db.execute(
        """SELECT id FROM claims WHERE quote = ? AND source_id IS ? AND document_id IS ?
           AND start IS ? AND COALESCE(TRIM(speaker), '') = ? ORDER BY id LIMIT 1""",
        [claim.quote, claim.source_id, claim.document_id, claim.start, speaker_key(claim)],
    ).fetchone()
    return row[0] if row else None


def find_same_claim(db: Database, claim: Claim) -> str | None:
    """The id of a stored claim with exactly this quote, source, document and speaker, if any:
    the same claim added twice. One quotation given to two speakers is two claims (no index
    is unique on these columns: the rule is here, not in the schema)."""
    row = db.execute(
        "SELECT id FROM claims WHERE quote = ? AND source_id IS ? AND document_id IS ? "
        "AND COALESCE(TRIM(speaker), '') = ? ORDER BY id LIMIT 1",
        [claim.quote, claim.source_id, claim.document_id, speaker_key(claim)],
    ).fetchone()
    return row[0] if row else None


def speaker_key(claim: Claim) -> str:
    """A claim's speaker as the duplicate rule compares it: no speaker is the empty one."""
    return (claim.speaker or "").strip()


# -- texts ---------------------------------------------------------------------------------

TEXT_META_COLUMNS = (
    "id", "source_id", "label", "language", "language_detected", "origin", "retrieved_at",
    "sha256", "encoding", "encoding_source", "extraction", "length",
)  # fmt: skip
TEXT_PROVENANCE_COLUMNS = (
    "extractor", "extraction_notes", "byte_length", "final_url", "redirects", "http_status",
    "content_type",
)  # fmt: skip
"""Columns migration m003 added: how a text was obtained (see ``ingest.Provenance``)."""


def list_texts(db: Database, *, source_id: str | None = None) -> list[Row]:
    """Metadata and provenance of stored texts (without the text itself), oldest first."""
    return list(
        db.table("texts").rows_where(
            "source_id = ?" if source_id is not None else None,
            [source_id] if source_id is not None else None,
            order_by="id",
            select=", ".join(TEXT_META_COLUMNS + TEXT_PROVENANCE_COLUMNS),
        )
    )


def get_text(db: Database, text_id: int) -> SourceText:
    """The stored text with this id (the whole text), or :class:`NotFoundError`."""
    return _get(db, SourceText, "texts", text_id, f"no text {text_id}")


# -- verification runs, results, stored indexes ---------------------------------------------


def start_run(
    db: Database, *, started_at: str, tool_version: str, parameters: str, anywhere: bool
) -> int:
    """Record the start of a verification run; return its id."""
    row = {
        "started_at": started_at,
        "tool_version": tool_version,
        "parameters": parameters,
        "anywhere": int(anywhere),
    }
    return _insert(db, "runs", row)


def finish_run(db: Database, run_id: int, *, finished_at: str, claims: int) -> None:
    """Record when a run finished and how many claims it verified."""
    db.table("runs").update(run_id, {"finished_at": finished_at, "claims": claims})


def insert_results(db: Database, rows: list[Row]) -> None:
    """Store result rows (one per claim and text examined) of a run."""
    db.table("results").insert_all(rows)


def latest_results(
    db: Database, *, claim_ids: list[str] | None = None, source_id: SourceIds = None
) -> list[Row]:
    """The latest reported result of each claim, in document order, with the claim's fields."""
    where: list[str] = ["1"]
    params: list[Any] = []
    if claim_ids:
        where.append(f"c.id IN ({', '.join('?' for _ in claim_ids)})")
        params.extend(claim_ids)
    sources, slugs = sources_where("c.source_id", source_id)
    where.extend(sources)
    params.extend(slugs)
    rows = db.query(
        f"""SELECT r.*, c.id AS claim, c.quote AS claim_quote, c.kind, c.speaker, c.date,
               c.locator, c.document_id, c.start AS claim_start, c."end" AS claim_end,
               c.paragraph, c.source_id AS cited_source, c.notes AS claim_notes,
               c.speaker_confidence
        FROM claims c LEFT JOIN latest_results r ON r.claim_id = c.id
        WHERE {" AND ".join(where)}
        ORDER BY c.document_id, coalesce(c.start, 1e18), c.rowid""",
        params,
    )
    # the claim's quote (the result's own, results.quote, is the same or null: m014)
    return [{**row, "quote": row["claim_quote"]} for row in rows]


def claim_history(db: Database, claim_id: str) -> list[Row]:
    """Every result row of a claim, newest run first."""
    rows = db.table("results").rows_where(
        "claim_id = ?", [claim_id], order_by="run_id DESC, best DESC, id"
    )
    return list(rows)


def texts_of_source(db: Database, source_id: str) -> list[int]:
    """The ids of a source's texts, oldest first."""
    rows = db.table("texts").rows_where("source_id = ?", [source_id], order_by="id", select="id")
    return [row["id"] for row in rows]


def all_text_ids(db: Database) -> list[tuple[int, str]]:
    """``(text id, source id)`` of every stored text, oldest first."""
    rows = db.table("texts").rows_where(order_by="id", select="id, source_id")
    return [(row["id"], row["source_id"]) for row in rows]


def insert_fact_checks(db: Database, rows: list[Row]) -> None:
    """Store the fact checks of a run."""
    if rows:
        db.table("fact_checks").insert_all(rows)


def latest_fact_checks(db: Database) -> dict[str, list[Row]]:
    """The fact checks of each claim's latest run, by claim id."""
    rows = db.query(
        """SELECT f.* FROM fact_checks f
           WHERE f.run_id = (SELECT max(r.run_id) FROM results r WHERE r.claim_id = f.claim_id)
           ORDER BY f.claim_id, f.id"""
    )
    by_claim: dict[str, list[Row]] = {}
    for row in rows:
        by_claim.setdefault(row["claim_id"], []).append(row)
    return by_claim


# -- reports ------------------------------------------------------------------------------


def text_excerpt(db: Database, text_id: int, start: int, end: int) -> str:
    """``text[start:end]`` of a stored text, sliced by SQLite so a book is not loaded whole.

    SQLite's ``substr`` counts characters of a TEXT value, as Python's offsets do.
    """
    start = max(0, start)
    if end <= start:
        return ""
    row = db.execute(
        "SELECT substr(text, ?, ?) FROM texts WHERE id = ?", [start + 1, end - start, text_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no text {text_id}")
    return str(row[0])


# -- storing texts, and the texts records list by URL (migration m003) -----------------------

TEXT_URL_FIELDS = ("url", "label", "language", "encoding")


def store_text(db: Database, text: SourceText, provenance: Row) -> tuple[int, bool]:
    """Store a source text with its provenance columns, unless the same bytes are already
    stored for that source. Returns ``(text id, added)``."""
    unknown = set(provenance) - set(TEXT_PROVENANCE_COLUMNS)
    if unknown:
        raise ValueError(f"not provenance columns: {sorted(unknown)}")
    existing = db.execute(
        "SELECT id FROM texts WHERE source_id = ? AND sha256 = ?", [text.source_id, text.sha256]
    ).fetchone()
    if existing:
        return existing[0], False
    row = dataclasses.asdict(text)
    row.pop("id")
    row["length"] = len(text.text)
    row.update(provenance)
    return _insert(db, "texts", row), True


def text_id_from_url(db: Database, source_id: str, url: str) -> int | None:
    """The id of a text of ``source_id`` downloaded from ``url`` (asked for or landed on)."""
    row = db.execute(
        "SELECT id FROM texts WHERE source_id = ? AND (origin = ? OR final_url = ?) "
        "ORDER BY id LIMIT 1",
        [source_id, url, url],
    ).fetchone()
    return row[0] if row else None


def set_text_urls(db: Database, source_id: str, entries: list[Row]) -> bool:
    """Make ``entries`` ({url, label, language, encoding}) the URLs listed for a source's
    texts, in order; return whether anything changed."""
    wanted = [
        {"source_id": source_id, "position": n, **{k: e.get(k) for k in TEXT_URL_FIELDS}}
        for n, e in enumerate(entries)
    ]
    table = db.table("text_urls")
    current = table.rows_where(
        "source_id = ?",
        [source_id],
        order_by="position",
        select=", ".join(("source_id", "position", *TEXT_URL_FIELDS)),
    )
    if list(current) == wanted:
        return False
    table.delete_where("source_id = ?", [source_id])
    if wanted:
        table.insert_all(wanted)
    return True


def list_text_urls(db: Database, *, source_ids: list[str] | None = None) -> list[Row]:
    """The URLs listed for sources' texts, by source then position."""
    where = f"source_id IN ({', '.join('?' for _ in source_ids)})" if source_ids else None
    rows = db.table("text_urls").rows_where(where, source_ids, order_by="source_id, position")
    return list(rows)

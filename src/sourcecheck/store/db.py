"""The one module that owns the database: opening, migrating, transactions, reads and writes.

Every write of a user action runs in one ``BEGIN IMMEDIATE`` transaction (:func:`transaction`),
so two processes writing at once queue on the busy timeout instead of failing with
"database is locked", and a failed import leaves the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import DatabaseError, NotFoundError
from ..models import Claim, Document, Source, SourceText
from .migrations import migrations

__all__ = ["Database", "open_db", "transaction"]

DEFAULT_DB = "sourcecheck.db"
BUSY_TIMEOUT_MS = 30_000

Row = dict[str, Any]


def default_db_path() -> str:
    """``$SOURCECHECK_DB`` when set, else ``./sourcecheck.db``."""
    return os.environ.get("SOURCECHECK_DB") or DEFAULT_DB


def open_db(path: str | os.PathLike[str], *, create: bool = True) -> Database:
    """Open (and create, and migrate) the database at ``path``.

    Sets WAL mode, a busy timeout and foreign keys, then applies pending migrations inside
    an immediate transaction so that two processes opening a new file do not race.
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
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA foreign_keys = ON")
        if migrations.pending(db):
            with transaction(db):
                migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: cannot open database: {exc}") from exc
    return db


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


def table_counts(db: Database) -> dict[str, int]:
    """Number of rows in each main table."""
    return {
        name: db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
        for name in ("documents", "sources", "texts", "claims")
    }


# -- generic upsert ------------------------------------------------------------------------


def _upsert(db: Database, table: str, row: Row) -> str:
    """Insert or update ``row`` by its ``id``; return 'added', 'updated' or 'unchanged'."""
    existing = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row["id"]]).fetchone()
    if existing is None:
        db[table].insert(row)
        return "added"
    columns = [d[0] for d in db.execute(f"SELECT * FROM [{table}] LIMIT 0").description]
    current = dict(zip(columns, existing, strict=True))
    if all(current.get(k) == v for k, v in row.items()):
        return "unchanged"
    db[table].update(row["id"], row)
    return "updated"


def _columns(table_obj: Any) -> list[str]:
    return [f.name for f in dataclasses.fields(table_obj) if f.name != "texts"]


# -- documents, sources, claims ------------------------------------------------------------


def upsert_document(db: Database, document: Document) -> str:
    """Insert or update a document; return 'added', 'updated' or 'unchanged'."""
    return _upsert(db, "documents", dataclasses.asdict(document))


def upsert_source(db: Database, source: Source) -> str:
    """Insert or update a source record (not its texts)."""
    row = {name: getattr(source, name) for name in _columns(source)}
    return _upsert(db, "sources", row)


def upsert_claim(db: Database, claim: Claim) -> str:
    """Insert or update a claim; return 'added', 'updated' or 'unchanged'."""
    return _upsert(db, "claims", dataclasses.asdict(claim))


def _row_to(cls: type, row: Row) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


def get_source(db: Database, source_id: str) -> Source:
    """The source with this slug, or :class:`NotFoundError`."""
    rows = list(db["sources"].rows_where("id = ?", [source_id]))
    if not rows:
        raise NotFoundError(f"no source {source_id!r} (see `sourcecheck source list`)")
    return _row_to(Source, rows[0])


def source_exists(db: Database, source_id: str) -> bool:
    return db.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is not None


def list_sources(db: Database) -> list[Source]:
    return [_row_to(Source, row) for row in db["sources"].rows_where(order_by="id")]


def list_documents(db: Database) -> list[Document]:
    return [_row_to(Document, row) for row in db["documents"].rows_where(order_by="id")]


def get_claim(db: Database, claim_id: str) -> Claim:
    """The claim with this id, or :class:`NotFoundError`."""
    rows = list(db["claims"].rows_where("id = ?", [claim_id]))
    if not rows:
        raise NotFoundError(f"no claim {claim_id!r} (see `sourcecheck claim list`)")
    return _row_to(Claim, rows[0])


def claim_ids(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT id FROM claims")}


def list_claims(
    db: Database,
    *,
    source_id: str | None = None,
    claim_ids: list[str] | None = None,
) -> list[Claim]:
    """Claims in document order (then id), optionally only those citing ``source_id``."""
    where, params = [], []
    if source_id is not None:
        where.append("source_id = ?")
        params.append(source_id)
    if claim_ids:
        where.append(f"id IN ({', '.join('?' for _ in claim_ids)})")
        params.extend(claim_ids)
    rows = db["claims"].rows_where(
        " AND ".join(where) or None,
        params,
        order_by="document_id, coalesce(start, 1e18), id",
    )
    return [_row_to(Claim, row) for row in rows]


def find_claim_id(db: Database, claim: Claim) -> str | None:
    """The id of a stored claim with the same document, source and quote, if any.

    Lets a claims file without ids be re-imported without duplicating its claims.
    """
    row = db.execute(
        """SELECT id FROM claims WHERE quote = ? AND source_id IS ? AND document_id IS ?
           AND start IS ? ORDER BY id LIMIT 1""",
        [claim.quote, claim.source_id, claim.document_id, claim.start],
    ).fetchone()
    return row[0] if row else None


# -- texts ---------------------------------------------------------------------------------

TEXT_META_COLUMNS = (
    "id, source_id, label, language, origin, retrieved_at, sha256, encoding, "
    "encoding_source, extraction, length"
)


def list_texts(db: Database, *, source_id: str | None = None) -> list[Row]:
    """Metadata of stored texts (without the text itself), oldest first."""
    sql = f"SELECT {TEXT_META_COLUMNS} FROM texts"
    params: list[Any] = []
    if source_id is not None:
        sql += " WHERE source_id = ?"
        params.append(source_id)
    return [dict(r) for r in _dict_rows(db, sql + " ORDER BY id", params)]


def get_text(db: Database, text_id: int) -> SourceText:
    rows = list(db["texts"].rows_where("id = ?", [text_id]))
    if not rows:
        raise NotFoundError(f"no text {text_id}")
    return _row_to(SourceText, rows[0])


def _dict_rows(db: Database, sql: str, params: list[Any] | None = None) -> Iterator[Row]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def query(db: Database, sql: str, params: list[Any] | None = None) -> list[Row]:
    """Rows of a read query as dicts (for reports and summaries)."""
    return list(_dict_rows(db, sql, params))


# -- verification runs, results, stored indexes ---------------------------------------------


def start_run(
    db: Database, *, started_at: str, tool_version: str, parameters: str, anywhere: bool
) -> int:
    cursor = db["runs"].insert(
        {
            "started_at": started_at,
            "tool_version": tool_version,
            "parameters": parameters,
            "anywhere": int(anywhere),
        }
    )
    return int(cursor.last_pk)


def finish_run(db: Database, run_id: int, *, finished_at: str, claims: int) -> None:
    db["runs"].update(run_id, {"finished_at": finished_at, "claims": claims})


def insert_results(db: Database, rows: list[Row]) -> None:
    db["results"].insert_all(rows)


def latest_results(
    db: Database, *, claim_ids: list[str] | None = None, source_id: str | None = None
) -> list[Row]:
    """The latest reported result of each claim, in document order, with the claim's fields."""
    where, params = ["1"], []
    if claim_ids:
        where.append(f"c.id IN ({', '.join('?' for _ in claim_ids)})")
        params.extend(claim_ids)
    if source_id:
        where.append("c.source_id = ?")
        params.append(source_id)
    return query(
        db,
        f"""SELECT r.*, c.id AS claim, c.quote, c.kind, c.speaker, c.date, c.locator,
                   c.document_id, c.start AS claim_start, c."end" AS claim_end, c.paragraph,
                   c.source_id AS cited_source
            FROM claims c LEFT JOIN latest_results r ON r.claim_id = c.id
            WHERE {" AND ".join(where)}
            ORDER BY c.document_id, coalesce(c.start, 1e18), c.id""",
        params,
    )


def claim_history(db: Database, claim_id: str) -> list[Row]:
    """Every result row of a claim, newest run first."""
    return query(
        db,
        "SELECT * FROM results WHERE claim_id = ? ORDER BY run_id DESC, best DESC, id",
        [claim_id],
    )


def load_index(db: Database, text_id: int, version: int) -> Row | None:
    row = db.execute(
        "SELECT n_words, keys, positions, position_bytes FROM text_index "
        "WHERE text_id = ? AND version = ?",
        [text_id, version],
    ).fetchone()
    if row is None:
        return None
    return {"n_words": row[0], "keys": row[1], "positions": row[2], "position_bytes": row[3]}


def save_index(db: Database, text_id: int, row: Row) -> None:
    with transaction(db):
        db["text_index"].upsert({"text_id": text_id, **row}, pk="text_id")


def texts_of_source(db: Database, source_id: str) -> list[int]:
    return [
        r[0]
        for r in db.execute("SELECT id FROM texts WHERE source_id = ? ORDER BY id", [source_id])
    ]


def all_text_ids(db: Database) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT id, source_id FROM texts ORDER BY id")]


def insert_fact_checks(db: Database, rows: list[Row]) -> None:
    if rows:
        db["fact_checks"].insert_all(rows)


def latest_fact_checks(db: Database) -> dict[str, list[Row]]:
    """The fact checks of each claim's latest run, by claim id."""
    rows = query(
        db,
        """SELECT f.* FROM fact_checks f
           WHERE f.run_id = (SELECT max(r.run_id) FROM results r WHERE r.claim_id = f.claim_id)
           ORDER BY f.claim_id, f.id""",
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


# -- text provenance and the texts records list by URL (migration m003) ----------------------

TEXT_PROVENANCE_COLUMNS = (
    "extractor",
    "extraction_notes",
    "byte_length",
    "final_url",
    "redirects",
    "http_status",
    "content_type",
)
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
    cursor = db["texts"].insert(row)
    return int(cursor.last_pk), True


def text_id_from_url(db: Database, source_id: str, url: str) -> int | None:
    """The id of a text of ``source_id`` downloaded from ``url`` (asked for or landed on)."""
    row = db.execute(
        "SELECT id FROM texts WHERE source_id = ? AND (origin = ? OR final_url = ?) "
        "ORDER BY id LIMIT 1",
        [source_id, url, url],
    ).fetchone()
    return row[0] if row else None


def list_texts_with_provenance(db: Database, *, source_id: str | None = None) -> list[Row]:
    """Metadata and provenance of stored texts (without the text itself), oldest first."""
    columns = f"{TEXT_META_COLUMNS}, {', '.join(TEXT_PROVENANCE_COLUMNS)}"
    sql, params = f"SELECT {columns} FROM texts", []
    if source_id is not None:
        sql, params = sql + " WHERE source_id = ?", [source_id]
    return query(db, sql + " ORDER BY id", params)


def set_text_urls(db: Database, source_id: str, entries: list[Row]) -> bool:
    """Make ``entries`` ({url, label, language, encoding}) the URLs listed for a source's
    texts, in order; return whether anything changed."""
    wanted = [
        {"source_id": source_id, "position": n, **{k: e.get(k) for k in TEXT_URL_FIELDS}}
        for n, e in enumerate(entries)
    ]
    current = query(
        db,
        f"SELECT source_id, position, {', '.join(TEXT_URL_FIELDS)} FROM text_urls "
        "WHERE source_id = ? ORDER BY position",
        [source_id],
    )
    if current == wanted:
        return False
    db.execute("DELETE FROM text_urls WHERE source_id = ?", [source_id])
    if wanted:
        db["text_urls"].insert_all(wanted)
    return True


def list_text_urls(db: Database, *, source_ids: list[str] | None = None) -> list[Row]:
    """The URLs listed for sources' texts, by source then position."""
    sql, params = "SELECT * FROM text_urls", []
    if source_ids:
        sql += f" WHERE source_id IN ({', '.join('?' for _ in source_ids)})"
        params = list(source_ids)
    return query(db, sql + " ORDER BY source_id, position", params)

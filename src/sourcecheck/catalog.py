"""Adding and exporting records one at a time: what `source add`, `source text`,
`claim add` and `export` do."""

from __future__ import annotations

from pathlib import Path

from . import db as dbm
from .db import Database
from .errors import InputError
from .formats import DATE_RE, SLUG_RE, dump_yaml
from .importer import new_claim_id
from .ingest import read_text_file
from .models import CLAIM_KINDS, SOURCE_KINDS, Claim, Source, TextEntry


def add_source(db: Database, source: Source) -> str:
    """Add or update a source record; return 'added', 'updated' or 'unchanged'."""
    if not SLUG_RE.match(source.id):
        raise InputError(f"{source.id!r} is not a slug (lowercase letters, digits, '-', '_', '.')")
    if source.kind not in SOURCE_KINDS:
        raise InputError(f"kind {source.kind!r} is not one of: {', '.join(SOURCE_KINDS)}")
    if source.issued and not DATE_RE.match(source.issued):
        raise InputError(f"date {source.issued!r} is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)")
    with dbm.transaction(db):
        return dbm.upsert_source(db, source)


def attach_text(
    db: Database,
    source_id: str,
    path: Path,
    *,
    label: str | None = None,
    language: str | None = None,
) -> tuple[int, bool]:
    """Read ``path`` and store it as a text of ``source_id``; return (text id, added)."""
    source = dbm.get_source(db, source_id)
    text = read_text_file(
        path, source_id=source.id, label=label, language=language or source.language
    )
    with dbm.transaction(db):
        return dbm.add_text(db, text)


def add_claim(db: Database, claim: Claim) -> Claim:
    """Add a claim (its id generated from source and date when empty); return it as stored."""
    if claim.kind not in CLAIM_KINDS:
        raise InputError(f"kind {claim.kind!r} is not one of: {', '.join(CLAIM_KINDS)}")
    if not claim.quote.strip():
        raise InputError("the quote is empty")
    if claim.date and not DATE_RE.match(claim.date):
        raise InputError(f"date {claim.date!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if claim.id and not SLUG_RE.match(claim.id):
        raise InputError(f"{claim.id!r} is not a slug (lowercase letters, digits, '-', '_', '.')")
    if claim.kind != "oral" and not claim.source_id:
        raise InputError("a claim needs --source (only kind 'oral' may have none)")
    with dbm.transaction(db):
        if claim.source_id:
            dbm.get_source(db, claim.source_id)  # NotFoundError names the slug
        taken = dbm.claim_ids(db)
        if claim.id and claim.id in taken:
            raise InputError(f"a claim {claim.id!r} already exists")
        if not claim.id:
            claim.id = new_claim_id(claim, taken)
        dbm.upsert_claim(db, claim)
    return claim


def export_yaml(db: Database, path: Path | None = None) -> str:
    """Every document, source and claim in the import format; written to ``path`` if given."""
    sources = dbm.list_sources(db)
    for source in sources:
        source.texts = [
            TextEntry(url=t["origin"], label=t["label"], language=t["language"])
            for t in dbm.list_texts(db, source_id=source.id)
            if t["origin"].startswith(("http://", "https://"))
        ]
    text = dump_yaml(documents=dbm.list_documents(db), sources=sources, claims=dbm.list_claims(db))
    if path is not None:
        write_atomic(path, text)
    return text


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it into place."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(path)

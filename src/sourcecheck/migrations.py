"""The database schema as named, ordered migrations. An applied migration is never edited:
a schema change is a new function at the end of this file."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("sourcecheck")


@migrations()
def m001_initial(db: Database) -> None:
    """Documents, sources, their texts and the claims, with full-text search."""
    db.execute(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT,
            author TEXT,
            issued TEXT,
            url TEXT,
            sha256 TEXT,
            note TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            author TEXT,
            issued TEXT,
            kind TEXT NOT NULL DEFAULT 'other',
            language TEXT,
            translator TEXT,
            edition TEXT,
            publisher TEXT,
            container_title TEXT,
            url TEXT,
            note TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE texts (
            id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id),
            label TEXT,
            language TEXT,
            origin TEXT NOT NULL,
            retrieved_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            encoding TEXT,
            encoding_source TEXT,
            extraction TEXT NOT NULL DEFAULT 'plain',
            length INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (source_id, sha256)
        )"""
    )
    db.execute(
        """
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            document_id TEXT REFERENCES documents(id),
            start INTEGER,
            "end" INTEGER,
            paragraph INTEGER,
            quote TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'quotation',
            speaker TEXT,
            date TEXT,
            locator TEXT,
            source_id TEXT REFERENCES sources(id),
            notes TEXT
        )"""
    )
    db.execute("CREATE INDEX claims_source_id ON claims(source_id)")
    db.execute("CREATE INDEX claims_document_id ON claims(document_id)")
    db.execute("CREATE INDEX texts_source_id ON texts(source_id)")
    db["claims"].enable_fts(["quote", "speaker", "locator", "notes"], create_triggers=True)
    db["texts"].enable_fts(["label", "text"], create_triggers=True)

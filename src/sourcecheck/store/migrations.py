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
    db.table("claims").enable_fts(["quote", "speaker", "locator", "notes"], create_triggers=True)
    db.table("texts").enable_fts(["label", "text"], create_triggers=True)


@migrations()
def m002_results(db: Database) -> None:
    """Verification runs and their results (one row per claim and text examined), the
    stored candidate index of each text, and the latest result of each claim."""
    db.execute(
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            tool_version TEXT NOT NULL,
            parameters TEXT NOT NULL,
            anywhere INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """
        CREATE TABLE results (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            claim_id TEXT NOT NULL REFERENCES claims(id),
            source_id TEXT REFERENCES sources(id),
            text_id INTEGER REFERENCES texts(id),
            cited INTEGER NOT NULL DEFAULT 1,
            best INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL,
            score REAL NOT NULL,
            start INTEGER,
            "end" INTEGER,
            passage TEXT,
            prefix TEXT,
            suffix TEXT,
            differences TEXT NOT NULL DEFAULT '[]',
            flags TEXT NOT NULL DEFAULT '[]',
            alternatives TEXT NOT NULL DEFAULT '[]',
            reason TEXT NOT NULL,
            verified_at TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            parameters TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX results_claim_run ON results(claim_id, run_id)")
    db.execute("CREATE INDEX results_status ON results(status)")
    db.execute(
        """
        CREATE TABLE text_index (
            text_id INTEGER PRIMARY KEY REFERENCES texts(id),
            version INTEGER NOT NULL,
            n_words INTEGER NOT NULL,
            keys BLOB NOT NULL,
            positions BLOB NOT NULL,
            position_bytes INTEGER NOT NULL,
            built_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE VIEW latest_results AS
        SELECT r.* FROM results r
        WHERE r.best = 1
          AND r.run_id = (SELECT max(r2.run_id) FROM results r2 WHERE r2.claim_id = r.claim_id)
        """
    )


@migrations()
def m003_text_provenance(db: Database) -> None:
    """Where each text came from and how it was read, and the texts records list by URL.

    ``texts`` gains: the extracting library and its version (``extractor``), notes from
    extraction (pages without text), the raw size (``byte_length``), and for downloads the
    final URL, the redirect chain (JSON), the HTTP status and the Content-Type.
    ``text_urls`` keeps the ``texts: - url:`` entries of sources files, fetched or not yet, so
    that ``source fetch`` and ``export`` know them.
    """
    texts = db.table("texts")
    texts.add_column("extractor", str)
    texts.add_column("extraction_notes", str)
    texts.add_column("byte_length", int)
    texts.add_column("final_url", str)
    texts.add_column("redirects", str)
    texts.add_column("http_status", int)
    texts.add_column("content_type", str)
    db.execute(
        """
        CREATE TABLE text_urls (
            source_id TEXT NOT NULL REFERENCES sources(id),
            url TEXT NOT NULL,
            label TEXT,
            language TEXT,
            encoding TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (source_id, url)
        )"""
    )


@migrations()
def m004_report_views(db: Database) -> None:
    """``claim_report``: one row per claim with its latest result, its cited source and its
    document, the worst first by ``attention`` -- the page that answers "what is wrong in
    this text?" in Datasette.

    ``attention``: 1 not found, or a meaning-changing difference (a negation or a number), or
    a better match in another source; 2 partial; 3 close; 4 no text; 5 not verified yet;
    6 verbatim. ``claim_rowid`` lets Datasette search the view through ``claims_fts``.
    """
    db.execute(
        """
        CREATE VIEW claim_report AS
        SELECT
            c.id AS claim_id,
            CASE
                WHEN r.status IS NULL THEN 5
                WHEN r.status = 'not_found' THEN 1
                WHEN r.status IN ('close', 'partial') AND EXISTS (
                    SELECT 1 FROM json_each(r.flags)
                    WHERE json_each.value IN ('negation', 'number', 'found_elsewhere')
                ) THEN 1
                WHEN r.status = 'partial' THEN 2
                WHEN r.status = 'close' THEN 3
                WHEN r.status = 'no_text' THEN 4
                ELSE 6
            END AS attention,
            r.status,
            r.score,
            c.quote,
            r.passage,
            coalesce(r.reason, 'not verified yet: run sourcecheck verify') AS reason,
            r.flags,
            c.source_id,
            s.title AS source_title,
            c.speaker,
            c.date,
            c.locator,
            c.kind,
            c.document_id,
            c.paragraph,
            r.text_id,
            r.verified_at,
            c.rowid AS claim_rowid
        FROM claims c
        LEFT JOIN latest_results r ON r.claim_id = c.id
        LEFT JOIN sources s ON s.id = c.source_id
        LEFT JOIN documents d ON d.id = c.document_id
        """
    )


@migrations()
def m005_fact_checks(db: Database) -> None:
    """Facts checked as facts: one row per number or date of a claim and the passage that
    confirms or contradicts it, in the run that checked it."""
    db.execute(
        """
        CREATE TABLE fact_checks (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            claim_id TEXT NOT NULL REFERENCES claims(id),
            text_id INTEGER REFERENCES texts(id),
            kind TEXT NOT NULL,
            claim_value TEXT NOT NULL,
            source_value TEXT,
            verdict TEXT NOT NULL,
            start INTEGER,
            "end" INTEGER,
            detail TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX fact_checks_claim_run ON fact_checks(claim_id, run_id)")


# The verdicts of m007's check, frozen with it (models.REVIEW_VERDICTS may grow later: a new
# migration then replaces the trigger).
_M007_VERDICTS = (
    "accurate", "minor_differences", "partly_supported", "misquoted", "misattributed",
    "unsupported", "unverifiable",
)  # fmt: skip


@migrations()
def m007_reviews(db: Database) -> None:
    """A person's verdict on a claim, with its history, bound to what was reviewed.

    ``reviews`` keeps every review and every clearing (``verdict`` null) of a claim: who,
    when, the verdict and a note, and what the reviewer looked at: the claim's quote and the
    result of its latest run then (run, status, text and span). A trigger refuses an unknown
    claim, an unknown verdict or no reviewer, whoever writes (the CLI or Datasette's form).

    ``current_reviews``: each claim's latest review unless cleared, ``stale`` (with
    ``stale_reason``) when the claim's quote or its latest result (status, text or span)
    is no longer the one reviewed. ``claim_report`` is recreated with the review's columns.
    """
    _m007_reviews_table(db)
    _m007_current_reviews(db)
    db.execute("DROP VIEW claim_report")
    _m007_claim_report(db)


def _m007_reviews_table(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            verdict TEXT,
            note TEXT,
            reviewer TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            quote TEXT NOT NULL,
            run_id INTEGER,
            status TEXT,
            text_id INTEGER,
            start INTEGER,
            "end" INTEGER
        )"""
    )
    db.execute("CREATE INDEX reviews_claim ON reviews(claim_id, id)")
    verdicts = ", ".join(f"'{v}'" for v in _M007_VERDICTS)
    db.execute(
        f"""
        CREATE TRIGGER reviews_check BEFORE INSERT ON reviews
        BEGIN
            SELECT RAISE(ABORT, 'no claim with this id (see the claims table)')
            WHERE NOT EXISTS (SELECT 1 FROM claims WHERE id = NEW.claim_id);
            SELECT RAISE(ABORT, 'unknown verdict: choose from {verdicts.replace("'", "")}')
            WHERE NEW.verdict IS NOT NULL AND NEW.verdict NOT IN ({verdicts});
            SELECT RAISE(ABORT, 'give the name of the reviewer')
            WHERE trim(coalesce(NEW.reviewer, '')) = '';
        END"""
    )


def _m007_current_reviews(db: Database) -> None:
    db.execute(
        """
        CREATE VIEW current_reviews AS
        SELECT *, stale_reason IS NOT NULL AS stale FROM (
            SELECT v.id AS review_id, v.claim_id, v.verdict, v.note, v.reviewer,
                v.reviewed_at, v.run_id AS reviewed_run, v.status AS reviewed_status,
                v.text_id AS reviewed_text, v.start AS reviewed_start, v."end" AS reviewed_end,
                CASE
                    WHEN c.quote IS NOT v.quote THEN 'the claim''s quote was edited since'
                    WHEN r.status IS NOT v.status THEN 'the status changed from '
                        || coalesce(v.status, 'not verified') || ' to '
                        || coalesce(r.status, 'not verified')
                    WHEN r.text_id IS NOT v.text_id OR r.start IS NOT v.start
                        OR r."end" IS NOT v."end" THEN 'the passage changed from '
                        || coalesce('text ' || v.text_id || ' ' || v.start || '-' || v."end",
                                    'none')
                        || ' to ' || coalesce('text ' || r.text_id || ' ' || r.start || '-'
                                              || r."end", 'none')
                END AS stale_reason
            FROM reviews v
            JOIN claims c ON c.id = v.claim_id
            LEFT JOIN results r ON r.claim_id = v.claim_id AND r.best = 1
                AND r.run_id = (SELECT max(r2.run_id) FROM results r2
                                WHERE r2.claim_id = v.claim_id)
            WHERE v.verdict IS NOT NULL
              AND v.id = (SELECT max(v2.id) FROM reviews v2 WHERE v2.claim_id = v.claim_id)
        )
        """
    )


def _m007_claim_report(db: Database) -> None:
    db.execute(
        """
        CREATE VIEW claim_report AS
        SELECT
            c.id AS claim_id,
            CASE
                WHEN r.status IS NULL THEN 5
                WHEN r.status = 'not_found' THEN 1
                WHEN r.status IN ('close', 'partial') AND EXISTS (
                    SELECT 1 FROM json_each(r.flags)
                    WHERE json_each.value IN ('negation', 'number', 'found_elsewhere')
                ) THEN 1
                WHEN r.status = 'partial' THEN 2
                WHEN r.status = 'close' THEN 3
                WHEN r.status = 'no_text' THEN 4
                ELSE 6
            END AS attention,
            r.status,
            r.score,
            v.verdict,
            v.stale AS review_stale,
            c.quote,
            r.passage,
            coalesce(r.reason, 'not verified yet: run sourcecheck verify') AS reason,
            r.flags,
            c.source_id,
            s.title AS source_title,
            c.speaker,
            c.date,
            c.locator,
            c.kind,
            c.document_id,
            c.paragraph,
            r.text_id,
            r.verified_at,
            v.reviewer,
            v.reviewed_at,
            v.note AS review_note,
            v.stale_reason AS review_stale_reason,
            c.rowid AS claim_rowid
        FROM claims c
        LEFT JOIN latest_results r ON r.claim_id = c.id
        LEFT JOIN sources s ON s.id = c.source_id
        LEFT JOIN documents d ON d.id = c.document_id
        LEFT JOIN current_reviews v ON v.claim_id = c.id
        """
    )


# What m008 indexes: each column with "ё" read as "е" (normalize.search_form does the same to
# the words searched for). NFD text needs nothing: the FTS5 tokenizer drops combining marks.
_M008_FTS = {"claims": ("quote", "speaker", "locator", "notes"), "texts": ("label", "text")}


def _yo(expression: str) -> str:
    return f"replace(replace({expression}, 'ё', 'е'), 'Ё', 'Е')"


@migrations()
def m008_fts_yo(db: Database) -> None:
    """Full-text search finds "еще" for "ещё" and the reverse: the triggers that keep
    ``claims_fts`` and ``texts_fts`` up to date index each column with "ё" read as "е", and
    both indexes are rebuilt so. (Datasette's searches fold the words searched for the same
    way: sourcecheck's plugin gives its connections an ``escape_fts`` that does.)"""
    for table, columns in _M008_FTS.items():
        fts = f"{table}_fts"
        names = ", ".join(f'"{c}"' for c in columns)
        new = ", ".join(_yo(f'new."{c}"') for c in columns)
        old = ", ".join(_yo(f'old."{c}"') for c in columns)
        insert = f'INSERT INTO "{fts}" (rowid, {names}) VALUES (new.rowid, {new});'
        delete = (
            f'INSERT INTO "{fts}" ("{fts}", rowid, {names}) VALUES (\'delete\', old.rowid, {old});'
        )
        for suffix in ("ai", "ad", "au"):
            db.execute(f'DROP TRIGGER IF EXISTS "{table}_{suffix}"')
        db.execute(f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN {insert} END')
        db.execute(f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN {delete} END')
        db.execute(
            f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN {delete} {insert} END'
        )
        db.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'delete-all\')')
        folded = ", ".join(_yo(f'"{c}"') for c in columns)
        db.execute(f'INSERT INTO "{fts}" (rowid, {names}) SELECT rowid, {folded} FROM "{table}"')


@migrations()
def m009_index_shards(db: Database) -> None:
    """Word-pair indexes built when texts arrive, grouped into shards (issue 11).

    ``index_shards``: texts searched together; ``sealed`` once full (its one run is final).
    ``index_texts``: where each indexed text lies in its shard (``base``, in characters).
    ``index_runs``: a shard's sorted word-pair keys and their shard positions, stored in
    ``index_run_parts`` as raw little-endian arrays of at most a million pairs each (a BLOB
    is read and written whole); a text's run is merged with others as runs accumulate.
    ``text_index`` (one index per text, built on first use) is replaced and dropped: run
    ``sourcecheck index`` (or any verify) to build the new one.
    """
    db.execute(
        """
        CREATE TABLE index_shards (
            id INTEGER PRIMARY KEY,
            sealed INTEGER NOT NULL DEFAULT 0,
            texts INTEGER NOT NULL DEFAULT 0,
            words INTEGER NOT NULL DEFAULT 0,
            "end" INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """
        CREATE TABLE index_texts (
            text_id INTEGER PRIMARY KEY REFERENCES texts(id),
            shard_id INTEGER NOT NULL REFERENCES index_shards(id),
            base INTEGER NOT NULL,
            length INTEGER NOT NULL,
            words INTEGER NOT NULL,
            version INTEGER NOT NULL,
            built_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX index_texts_shard ON index_texts(shard_id)")
    db.execute(
        """
        CREATE TABLE index_runs (
            id INTEGER PRIMARY KEY,
            shard_id INTEGER NOT NULL REFERENCES index_shards(id),
            pairs INTEGER NOT NULL,
            position_bytes INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX index_runs_shard ON index_runs(shard_id)")
    db.execute(
        """
        CREATE TABLE index_run_parts (
            run_id INTEGER NOT NULL REFERENCES index_runs(id),
            part INTEGER NOT NULL,
            keys BLOB NOT NULL,
            positions BLOB NOT NULL,
            PRIMARY KEY (run_id, part)
        )"""
    )
    db.execute("DROP TABLE text_index")

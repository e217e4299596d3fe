"""A stored text read again from the same bytes (another encoding, another language): the
row is updated in place, so its id stays, and everything computed from the old reading goes
with it: its word index and sentence vectors (rebuilt by the next index or verify), and the
results and fact checks found in it (their spans point into the old text). A claim's review
of a passage in it becomes stale. The caller holds the transaction."""

from __future__ import annotations

import dataclasses
from collections import Counter

from ..models import SourceText
from .db import TEXT_PROVENANCE_COLUMNS, Database, Row
from .indexes import forget_texts
from .vectors import forget_vectors

READING_COLUMNS = ("text", "encoding", "language")
"""What a new reading of the same bytes can change that matters (the rest is provenance)."""


def stored_reading(db: Database, text_id: int) -> dict[str, object]:
    """The reading stored for a text: its :data:`READING_COLUMNS`, and ``language_detected``."""
    columns = ", ".join((*READING_COLUMNS, "language_detected"))
    row = db.execute(f"SELECT {columns} FROM texts WHERE id = ?", [text_id]).fetchone()
    return dict(zip((*READING_COLUMNS, "language_detected"), row, strict=True))


def replace_text(db: Database, text_id: int, text: SourceText, provenance: Row) -> Counter[str]:
    """Make ``text`` (with ``provenance``) the stored reading of text ``text_id`` and drop
    what was computed from the old one; count the rows dropped per table."""
    unknown = set(provenance) - set(TEXT_PROVENANCE_COLUMNS)
    if unknown:
        raise ValueError(f"not provenance columns: {sorted(unknown)}")
    dropped: Counter[str] = Counter()
    for table in ("fact_checks", "results"):
        dropped[table] = db.execute(f"DELETE FROM {table} WHERE text_id = ?", [text_id]).rowcount
    dropped["index_texts"] = forget_texts(db, [text_id])
    forget_vectors(db, [text_id])
    row = dataclasses.asdict(text)
    for key in ("id", "source_id", "sha256"):
        row.pop(key)
    row["length"] = len(text.text)
    row.update(provenance)
    assignments = ", ".join(f'"{column}" = ?' for column in row)
    db.execute(f"UPDATE texts SET {assignments} WHERE id = ?", [*row.values(), text_id])
    return dropped

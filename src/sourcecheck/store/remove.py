"""Removing claims and sources with everything that refers to them (results, fact checks,
reviews; a source's texts, their indexes, sentence vectors and listed URLs), and renaming a
claim with its rows. The caller holds the transaction."""

from __future__ import annotations

from collections import Counter

from .db import Database
from .indexes import forget_texts
from .vectors import forget_vectors


def _marks(values: list[str] | list[int]) -> str:
    return ", ".join("?" for _ in values)


CLAIM_ROWS = ("fact_checks", "results", "reviews")
"""The tables whose rows belong to a claim (``claim_id``): they go, or move, with it."""


def delete_claims(db: Database, claim_ids: list[str]) -> Counter[str]:
    """Delete claims and their results, fact checks and reviews; count the rows per table."""
    removed: Counter[str] = Counter()
    if not claim_ids:
        return removed
    where = f"claim_id IN ({_marks(claim_ids)})"
    for table in CLAIM_ROWS:
        removed[table] += db.execute(f"DELETE FROM {table} WHERE {where}", claim_ids).rowcount
    removed["claims"] += db.execute(
        f"DELETE FROM claims WHERE id IN ({_marks(claim_ids)})", claim_ids
    ).rowcount
    return removed


def rename_claim(db: Database, old: str, new: str) -> Counter[str]:
    """Give claim ``old`` the id ``new`` (not taken: the caller checked), with its results,
    fact checks and reviews; count the rows moved per table. The foreign keys allow no
    update of the id in place: the claim is copied under its new id, its rows moved, and the
    old one deleted."""
    columns = ", ".join(f'"{c}"' for c in db.table("claims").columns_dict if c != "id")
    db.execute(
        f"INSERT INTO claims (id, {columns}) SELECT ?, {columns} FROM claims WHERE id = ?",
        [new, old],
    )
    moved: Counter[str] = Counter()
    for table in CLAIM_ROWS:
        moved[table] += db.execute(
            f"UPDATE {table} SET claim_id = ? WHERE claim_id = ?", [new, old]
        ).rowcount
    db.execute("DELETE FROM claims WHERE id = ?", [old])
    return moved


def delete_source(db: Database, source_id: str) -> Counter[str]:
    """Delete a source that no claim cites, its texts (and their indexes, and the results and
    fact checks of other claims found in them with ``--anywhere``) and its listed URLs."""
    removed: Counter[str] = Counter()
    text_ids = [r[0] for r in db.execute("SELECT id FROM texts WHERE source_id = ?", [source_id])]
    if text_ids:
        in_texts = f"text_id IN ({_marks(text_ids)})"
        for table in ("fact_checks", "results"):
            removed[table] += db.execute(f"DELETE FROM {table} WHERE {in_texts}", text_ids).rowcount
        removed["index_texts"] += forget_texts(db, text_ids)
        forget_vectors(db, text_ids)
    removed["results"] += db.execute(
        "DELETE FROM results WHERE source_id = ?", [source_id]
    ).rowcount
    for table, column in (("texts", "source_id"), ("text_urls", "source_id"), ("sources", "id")):
        removed[table] += db.execute(
            f"DELETE FROM {table} WHERE {column} = ?", [source_id]
        ).rowcount
    return removed


def claims_citing(db: Database, source_id: str) -> list[str]:
    """The ids of the claims that cite a source, by id."""
    rows = db.execute("SELECT id FROM claims WHERE source_id = ? ORDER BY id", [source_id])
    return [row[0] for row in rows]

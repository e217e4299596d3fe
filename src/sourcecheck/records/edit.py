"""Changing and removing records one at a time: what `claim edit`, `claim remove` and
`source remove` do, each in one transaction."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from ..errors import InputError
from ..models import Claim, counted
from ..store import db as dbm
from ..store import remove as store
from ..store.db import Database
from . import rules

EDITABLE = (
    "quote", "kind", "source_id", "document_id", "speaker", "date", "locator", "start", "end",
    "paragraph", "notes",
)  # fmt: skip
"""The fields of a claim :func:`edit_claim` changes; ``id`` renames it (:func:`_rename`)."""


def edit_claim(db: Database, claim_id: str, changes: dict[str, Any]) -> list[str]:
    """Change fields of a claim, checked as an import checks them (an empty string clears an
    optional field); return the names of the fields that changed (none: nothing written).
    Giving the speaker, even the same one, clears ``speaker_confidence``: a person decided.
    An ``id`` renames the claim, its results, fact checks and reviews following it (a new id
    already taken is refused); "id" is then the first field named.

    A claim whose quote changes keeps its results and review, which are then about the old
    quote: its review becomes stale, and a verify checks the new quote. Its ``start`` and
    ``end`` (the old quote's place in the document) are cleared unless given with it.

    >>> from sourcecheck import Claim, Source, add_claim, add_source, open_db
    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("diary", "Diary", kind="diary"))
    >>> _ = add_claim(db, Claim("c1", "The war is over.", source_id="diary"))
    >>> edit_claim(db, "c1", {"speaker": "Czernin", "date": "1918-02-11", "notes": ""})
    ['speaker', 'date']
    >>> edit_claim(db, "c1", {"id": "czernin-war-over"})
    ['id']
    """
    changes = dict(changes)
    new_id = changes.pop("id", claim_id)
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InputError(f"not a field of a claim that can be edited: {unknown[0]!r}")
    with dbm.transaction(db):
        claim = dbm.get_claim(db, claim_id)
        renamed = _rename(db, claim, new_id)
        before = dataclasses.asdict(claim)
        for name, value in changes.items():
            setattr(claim, name, None if value == "" and name != "quote" else value)
        if "speaker" in changes:  # a person gave or confirmed it: no longer extract's guess
            claim.speaker_confidence = None
        if claim.quote != before["quote"] and not {"start", "end"} & set(changes):
            claim.start = claim.end = None  # the old quote's offsets: text[start:end] != quote
        rules.check(claim)
        _check_references(db, claim)
        changed = [
            name
            for name in (*EDITABLE, "speaker_confidence")
            if before[name] != getattr(claim, name)
        ]
        if changed:
            dbm.upsert_claim(db, claim)
    return ["id", *changed] if renamed else changed


def _rename(db: Database, claim: Claim, new_id: str) -> bool:
    """Give ``claim`` the id ``new_id`` in the database (with its rows: results, fact checks,
    reviews) and in place; whether it changed. A slug that is not one, or is taken, is
    refused."""
    if new_id == claim.id:
        return False
    problem = rules.slug_problem(new_id)
    if problem:
        raise InputError(f"claim {claim.id!r}, new id {new_id!r}: {problem}")
    if new_id in dbm.claim_ids(db):
        raise InputError(
            f"claim {claim.id!r}: the id {new_id!r} is taken by another claim "
            "(see `sourcecheck claim list`)"
        )
    store.rename_claim(db, claim.id, new_id)
    claim.id = new_id
    return True


def _check_references(db: Database, claim: Claim) -> None:
    """The cited source and the document must exist, as an import requires."""
    if claim.source_id and not dbm.source_exists(db, claim.source_id):
        raise InputError(
            f"claim {claim.id!r}, field 'source': unknown source {claim.source_id!r} "
            "(see `sourcecheck source list`)"
        )
    documents = {d.id for d in dbm.list_documents(db)}
    if claim.document_id and claim.document_id not in documents:
        raise InputError(
            f"claim {claim.id!r}, field 'document': unknown document {claim.document_id!r}"
        )


def remove_claim(db: Database, claim_id: str) -> Counter[str]:
    """Remove a claim with its results, fact checks and reviews; count what was removed."""
    with dbm.transaction(db):
        dbm.get_claim(db, claim_id)
        return store.delete_claims(db, [claim_id])


def remove_source(db: Database, source_id: str, *, cascade: bool = False) -> Counter[str]:
    """Remove a source, its texts (with their indexes) and its listed URLs; count what was
    removed. Refused while claims cite it, unless ``cascade``: then they go too."""
    with dbm.transaction(db):
        dbm.get_source(db, source_id)
        citing = store.claims_citing(db, source_id)
        if citing and not cascade:
            shown = ", ".join(citing[:5]) + (
                f" and {len(citing) - 5} more" if len(citing) > 5 else ""
            )
            raise InputError(
                f"source {source_id!r} is cited by {counted(len(citing), 'claim')} ({shown}): "
                "remove or edit them first, or remove them with the source",
                option="cascade",
            )
        removed = store.delete_claims(db, citing)
        removed.update(store.delete_source(db, source_id))
    return removed

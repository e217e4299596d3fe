"""A person's verdict on a claim: what `sourcecheck review` records, clears and lists.

The tool's status is a proposal; the verdict that gets published is a person's. A review is
stored with its history and bound to what the reviewer looked at (the claim's quote and the
result of its latest run: status, text and span). A later ``verify`` that finds the same
passage with the same status keeps it; one that finds another passage or status makes it
stale, and so does an edit of the claim's quote (``Review.stale_reason`` says which).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from ..errors import InputError
from ..models import REVIEW_VERDICTS, Review
from ..store import db as dbm
from ..store import reviews as store
from ..store.db import Database

REVIEWER_ENV = "SOURCECHECK_REVIEWER"
CONFIG_ENV = "SOURCECHECK_CONFIG"


def config_path(environ: Mapping[str, str] = os.environ) -> Path:
    """Where sourcecheck's configuration file is: ``$SOURCECHECK_CONFIG``, else
    ``$XDG_CONFIG_HOME/sourcecheck/config.toml`` (``~/.config`` when unset)."""
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sourcecheck" / "config.toml"


def configured_reviewer(environ: Mapping[str, str] = os.environ) -> str | None:
    """The reviewer's name from ``$SOURCECHECK_REVIEWER``, else from ``reviewer = "..."`` in
    the configuration file (:func:`config_path`), else None.

    >>> configured_reviewer({"SOURCECHECK_REVIEWER": " Ann Lee ", "SOURCECHECK_CONFIG": "/x"})
    'Ann Lee'
    """
    name = (environ.get(REVIEWER_ENV) or "").strip()
    if name:
        return name
    path = config_path(environ)
    if not path.is_file():
        return None
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"malformed configuration file: {exc}", location=str(path)) from exc
    value = config.get("reviewer")
    if value is not None and not isinstance(value, str):
        raise InputError("`reviewer` must be a string (a name)", location=str(path))
    return (value or "").strip() or None


def _checked(verdict: str, by: str) -> tuple[str, str]:
    verdict = verdict.strip().lower()
    if verdict not in REVIEW_VERDICTS:
        raise InputError(f"unknown verdict {verdict!r} (choose from: {', '.join(REVIEW_VERDICTS)})")
    if not by.strip():
        raise InputError("a review needs the name of its reviewer", option="reviewer")
    return verdict, by.strip()


def record_review(
    db: Database, claim_id: str, verdict: str, *, by: str, note: str | None = None
) -> Review:
    """Record ``by``'s verdict on a claim, bound to the claim's quote and latest result.

    Raises NotFoundError for an unknown claim, InputError for an unknown verdict or an empty
    reviewer name.

    >>> from sourcecheck import Claim, Source, add_claim, add_source, open_db
    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("diary", "Diary", kind="diary"))
    >>> _ = add_claim(db, Claim("c1", "The war is over.", source_id="diary"))
    >>> review = record_review(db, "c1", "unverifiable", by="Ann Lee", note="no text yet")
    >>> review.verdict, review.by, review.note, review.stale
    ('unverifiable', 'Ann Lee', 'no text yet', False)
    """
    verdict, by = _checked(verdict, by)
    dbm.get_claim(db, claim_id)  # NotFoundError names an unknown id
    with dbm.transaction(db):
        store.insert_review(db, claim_id, verdict, note=(note or "").strip() or None, by=by)
    return store.current_reviews(db, claim_ids=[claim_id])[claim_id]


def clear_review(db: Database, claim_id: str, *, by: str) -> Review | None:
    """Clear a claim's review (recorded in its history, by ``by``); return the review that
    was cleared, or None when the claim had none (nothing is written then)."""
    dbm.get_claim(db, claim_id)
    if not by.strip():
        raise InputError("a review needs the name of its reviewer", option="reviewer")
    with dbm.transaction(db):
        current = store.current_reviews(db, claim_ids=[claim_id]).get(claim_id)
        if current is not None:
            store.insert_review(db, claim_id, None, note=None, by=by.strip())
    return current


def list_reviews(db: Database, *, stale_only: bool = False) -> list[Review]:
    """The current review of every reviewed claim, oldest review first; ``stale_only``:
    only reviews whose claim or result changed since."""
    return list(store.current_reviews(db, stale_only=stale_only).values())


def stale_claims(db: Database) -> set[str]:
    """The ids of the claims whose current review is stale."""
    return set(store.current_reviews(db, stale_only=True))


def review_of(db: Database, claim_id: str) -> tuple[Review | None, list[dbm.Row]]:
    """A claim's current review (None if it has none) and its history, newest first: every
    review and clearing with what it reviewed (run, status, text and span)."""
    dbm.get_claim(db, claim_id)
    current = store.current_reviews(db, claim_ids=[claim_id]).get(claim_id)
    return current, store.review_history(db, claim_id)

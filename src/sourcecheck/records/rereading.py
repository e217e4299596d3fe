"""The same bytes added again to a source, read differently (``source text --encoding`` or
``--language`` given to correct a text stored wrongly decoded or labelled): refused with the
way to correct it, or, with ``replace``, the stored text re-read in place
(:func:`sourcecheck.store.retext.replace_text`)."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import InputError
from ..store.db import Database
from ..store.retext import replace_text, stored_reading
from ..texts.ingest import Ingested


def _changes(old: dict[str, object], ingested: Ingested) -> list[str]:
    """What the new reading changes: the text (another decoding), or the language when the
    user gave one (a detected one is no correction; the encoding's name alone changes
    nothing when the text is the same)."""
    new = ingested.text
    changes = []
    if new.text != old["text"]:
        changes.append(f"encoding {old['encoding'] or 'unknown'} -> {new.encoding}")
    if not new.language_detected and new.language and new.language != old["language"]:
        detected = " (detected)" if old["language_detected"] else ""
        changes.append(f"language {old['language'] or 'none'}{detected} -> {new.language}")
    return changes


def read_again(
    db: Database,
    text_id: int,
    ingested: Ingested,
    *,
    where: str,
    replace: bool,
    notify: Callable[[str], None] | None = None,
) -> bool:
    """Whether text ``text_id`` (stored from the same bytes as ``ingested``) was re-read.

    Nothing changes when the new reading is the stored one. Otherwise, without ``replace``,
    :class:`InputError` says what differs and how to correct it; with it, the stored text is
    replaced (the caller holds the transaction) and ``notify`` is told what went with it.
    """
    changes = _changes(stored_reading(db, text_id), ingested)
    if not changes:
        return False
    source_id = ingested.text.source_id
    if not replace:
        raise InputError(
            f"text {text_id} of source {source_id} holds these bytes, read differently "
            f"({'; '.join(changes)}); nothing changed. To re-read the stored text this way, "
            "replace it: its index and sentence vectors are rebuilt and the results found in "
            "it dropped (verify again)",
            location=where,
            option="replace",
        )
    dropped = replace_text(db, text_id, ingested.text, ingested.provenance.row())
    if notify is not None:
        results = dropped["results"]
        notify(
            f"text {text_id} re-read ({'; '.join(changes)}): {results} result"
            f"{'' if results == 1 else 's'} found in it dropped; run `sourcecheck verify` "
            "to check its claims again"
        )
    return True

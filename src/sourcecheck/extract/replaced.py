"""A placeholder source the reviewer replaced stays replaced: when a merge proposes more words
of a person whose placeholder (``unidentified-...``) the reviewer deleted from the file's
``sources:``, having made that person's claims cite a real source, the new claims cite that
source too (or ``unidentified``, no source, when the person's claims cite several), and the
placeholder is not appended again. A person new to the file gets their placeholder."""

from __future__ import annotations

from ..models import Claim, Source
from ..records.formats import ParsedFile
from ..records.rules import UNKNOWN_SOURCE, words_slug
from .placeholders import same_person


def keep_replaced(
    added: list[Claim], existing: ParsedFile, placeholders: list[Source]
) -> dict[str, str]:
    """Make each claim of ``added`` that cites one of ``placeholders`` the file no longer
    declares cite what the file's claims of the same person cite (one source: it; several:
    ``unidentified``), when the file has claims of that person; returns {claim id: source}."""
    declared = {s.id for s in existing.sources}
    waiting = {s.id for s in placeholders} - declared
    changed: dict[str, str] = {}
    for claim in added:
        if claim.source_id not in waiting:
            continue
        theirs = {c.source_id or UNKNOWN_SOURCE for c in _of_person(claim.source_id, existing)}
        if not theirs or theirs & waiting:
            continue  # a person new to the file, or a file citing an undeclared source
        source = theirs.pop() if len(theirs) == 1 else UNKNOWN_SOURCE
        note = (
            f"source: {source}, as the file's other claims of {claim.speaker} "
            f"(its placeholder {claim.source_id} was replaced in review)"
        )
        notes = [n for n in (claim.notes or "").split("; ") if not n.startswith("source: ")]
        claim.notes, claim.source_id = "; ".join([*notes, note]), source
        changed[claim.id] = source
    return changed


def _of_person(placeholder: str, existing: ParsedFile) -> list[Claim]:
    """The file's claims whose speaker's placeholder would be ``placeholder``."""
    return [
        c
        for c in existing.claims
        if c.speaker
        and (slug := f"unidentified-{words_slug(c.speaker, 4)}")
        and (slug == placeholder or same_person(placeholder, {slug: Source(slug, "")}))
    ]

"""A claims file's claims against the text of its document, when ``import`` can find it.

The database keeps a document's sha256, not its text. A claims file written by ``extract``
names the text it was read from on its first line (:func:`header_line`); ``import`` looks for that
file beside the claims file and warns (it never refuses) when the text changed since the file
was written, or when a claim's ``start``-``end`` do not slice its quote from it: a report
would cite other characters. It also names the claims a merge marked gone from their
document's text (their notes start with ``gone:``).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import SourcecheckError
from ..gone import gone_from
from ..models import Claim, counted
from ..normalize import normalize
from .formats import ParsedFile, read_utf8

_HEADER = re.compile(r"^# Claims proposed by `sourcecheck extract` from (.+?) on \d{4}-\d\d-\d\d\.")
MAX_SHOWN = 10


def header_line(source_name: str, day: str) -> str:
    """The first line of a claims file ``extract`` writes: it names the text it read.

    >>> header_line("memoir.txt", "2026-11-27")
    '# Claims proposed by `sourcecheck extract` from memoir.txt on 2026-11-27.'
    >>> _HEADER.match(header_line("memoir.txt", "2026-11-27")).group(1)
    'memoir.txt'
    """
    return f"# Claims proposed by `sourcecheck extract` from {source_name} on {day}."


def is_gone(claim: Claim) -> bool:
    """Whether a merge marked ``claim`` as gone from its document's text (and it has no
    offsets: a person who gave it offsets again took it back)."""
    return gone_from(claim.notes, claim.start)


def offset_warnings(parsed: ParsedFile) -> list[str]:
    """What is wrong between the claims of ``parsed`` and their document's text, one line each:
    claims marked gone, the text changed since (its sha256), offsets that miss their quote."""
    warnings = []
    gone = [c.id or c.quote[:40] for c in parsed.claims if is_gone(c)]
    if gone:
        warnings.append(
            f"{parsed.path}: {counted(len(gone), 'claim')} marked gone from the document's text "
            f"by extract --merge (no offsets; `sourcecheck claim remove ID` removes one with its "
            f"results and reviews): {_shown(gone)}"
        )
    found = _document_text(parsed)
    if found is None:
        return warnings
    path, text, sha256 = found
    document = parsed.documents[0]
    if document.sha256 and document.sha256 != sha256:
        warnings.append(
            f"{parsed.path}: {path.name} changed since its claims were written (sha256 differs): "
            f"their offsets may cite other characters; `sourcecheck extract {path.name} --merge "
            f"{parsed.path.name}` moves them"
        )
        return warnings
    missed = [c.id or c.quote[:40] for c in parsed.claims if _misses(c, text, document.id)]
    if missed:
        warnings.append(
            f"{parsed.path}: {counted(len(missed), 'claim')} whose start-end do not hold its "
            f"quote in {path.name}: {_shown(missed)}"
        )
    return warnings


def _document_text(parsed: ParsedFile) -> tuple[Path, str, str] | None:
    """The text the file's first line names, beside the file, if it is there and readable."""
    if len(parsed.documents) != 1:
        return None
    try:
        with parsed.path.open(encoding="utf-8") as f:
            first = f.readline()
    except (OSError, UnicodeDecodeError):
        return None
    m = _HEADER.match(first)
    if m is None:
        return None
    path = parsed.path.parent / m.group(1)
    if "/" in m.group(1) or not path.is_file():
        return None
    try:
        raw, text = read_utf8(path, hint="")
    except SourcecheckError:
        return None
    return path, text.removeprefix("\ufeff"), hashlib.sha256(raw).hexdigest()


def _misses(claim: Claim, text: str, document_id: str) -> bool:
    if claim.start is None or claim.end is None or claim.document_id not in (None, document_id):
        return False
    return normalize(text[claim.start : claim.end]) != normalize(claim.quote)


def _shown(ids: list[str]) -> str:
    return ", ".join(ids[:MAX_SHOWN]) + (", …" if len(ids) > MAX_SHOWN else "")

"""Reading source texts from files: refuse what is not text, decode strictly, keep provenance.

A wrongly decoded text looks exactly like a misquotation, so nothing here guesses silently:
bytes that are not valid in the chosen encoding are an error naming the byte offset.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from .errors import InputError, NotFoundError
from .models import SourceText

DEFAULT_MAX_BYTES = 200 * 1024 * 1024

# Leading bytes of common non-text files, so a refusal can say what the file is.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or EPUB/DOCX)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%PDF-", "a PDF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)


def now_iso() -> str:
    """The current UTC time as ISO 8601, seconds precision."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def sniff_binary(raw: bytes) -> str | None:
    """Name the kind of a binary file from its first bytes, or None if it may be text."""
    for magic, name in MAGIC:
        if raw.startswith(magic):
            return name
    if b"\x00" in raw[:65536]:
        return "binary data (NUL bytes)"
    return None


def decode_utf8(raw: bytes, *, where: str) -> tuple[str, str]:
    """Decode strictly as UTF-8 (with or without BOM); return (text, how it was decided)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, how = raw[3:], "BOM"
    else:
        how = "strict UTF-8"
    try:
        return raw.decode("utf-8"), how
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if how == "BOM" else 0)
        raise InputError(
            f"not valid UTF-8 at byte {offset} ({raw[exc.start : exc.start + 4]!r}); "
            "convert the file to UTF-8 first",
            location=where,
        ) from exc


def read_text_file(
    path: Path,
    *,
    source_id: str,
    label: str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Read ``path`` as a text of ``source_id``: refuse binaries, decode strictly, hash bytes."""
    where = str(path)
    if not path.exists():
        raise NotFoundError(f"{where}: no such file")
    if path.is_dir():
        raise InputError("is a directory, not a text file", location=where)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size:,} bytes, over the limit of {max_bytes:,}", location=where
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", location=where) from exc
    kind = sniff_binary(raw)
    if kind:
        raise InputError(f"not a text file: it is {kind}", location=where)
    text, how = decode_utf8(raw, where=where)
    if not text.strip():
        raise InputError("the file is empty: there is no text to check against", location=where)
    return SourceText(
        source_id=source_id,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        origin=str(path),
        label=label,
        language=language,
        retrieved_at=now_iso(),
        encoding="utf-8",
        encoding_source=how,
        extraction="plain",
    )

"""Reading source texts: refuse what is not text, decode strictly, extract, keep provenance.

A text arrives as the bytes of a file or of a downloaded body. Its kind (plain, markdown, html,
pdf, epub) comes from the file's suffix or the server's content type, checked against the
bytes themselves: a PNG named ``.txt`` is refused as a PNG. Text kinds are decoded by
:mod:`sourcecheck.texts.decode` (which never guesses silently) and extracted by
:mod:`sourcecheck.texts.readers`. The sha256 of the raw bytes is the text's key.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, NotFoundError
from ..models import SourceText, now_iso
from .decode import (
    Decoded,
    decode_bytes,
    gutenberg_declared_encoding,
    html_declared_encoding,
    xml_declared_encoding,
)
from .language import detect_language
from .languageclash import clash
from .languagecodes import contradiction, read_as
from .limits import DEFAULT_MAX_BYTES, ReadLimits, over_limit
from .readers import Extracted, epub_to_text, html_to_text, markdown_to_text, pdf_to_text

if TYPE_CHECKING:
    import httpx

    from .fetch import Progress
    from .limits import FetchLimits

SUFFIX_KINDS = {
    ".txt": "plain", ".text": "plain", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".epub": "epub",
}  # fmt: skip
MEDIA_KINDS = {
    "text/plain": "plain", "text/markdown": "markdown", "text/x-markdown": "markdown",
    "text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf",
    "application/x-pdf": "pdf", "application/epub+zip": "epub",
}  # fmt: skip

# Leading bytes of common non-text files, so a refusal can say what the file is.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (save it as text)"),
    (b"{\\rtf", "an RTF document (save it as plain text)"),
)
_EPUB_MAGIC = b"PK\x03\x04"
_EPUB_MIMETYPE = b"mimetypeapplication/epub+zip"
# The tags that start an HTML document in WHATWG MIME sniffing.
_HTML_TAGS = "!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p"
_HTML_STARTS = tuple(b"<" + tag.encode() for tag in _HTML_TAGS.split("|"))
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(slots=True)
class Provenance:
    """How a text was obtained, beyond what :class:`SourceText` records."""

    byte_length: int
    extractor: str | None = None
    extraction_notes: str | None = None
    final_url: str | None = None
    redirects: list[dict[str, Any]] = field(default_factory=list)  # [{"url", "status"}]
    http_status: int | None = None
    content_type: str | None = None

    def row(self) -> dict[str, Any]:
        """The columns of the ``texts`` table (migration m003) this provenance fills."""
        return {
            "byte_length": self.byte_length,
            "extractor": self.extractor,
            "extraction_notes": self.extraction_notes,
            "final_url": self.final_url,
            "redirects": json.dumps(self.redirects) if self.redirects else None,
            "http_status": self.http_status,
            "content_type": self.content_type,
        }


@dataclass(slots=True)
class Ingested:
    """A text read and ready to store, with its provenance."""

    text: SourceText
    provenance: Provenance
    warnings: tuple[str, ...] = ()
    """What the reader should check (a given language detection contradicts)."""


def sniff_binary(raw: bytes) -> str | None:
    """Name the kind of a binary file from its first bytes, or None if it may be text.

    >>> sniff_binary(b"\\x89PNG\\r\\n\\x1a\\n...."), sniff_binary(b"plain words")
    ('a PNG image', None)
    """
    if raw.startswith(_TEXT_BOMS[1:]):
        return None  # UTF-16/32 text has NUL bytes and a BOM
    for magic, name in MAGIC:
        if raw.startswith(magic):
            return name
    if b"\x00" in raw[:65536]:
        return "binary data (NUL bytes)"
    return None


def looks_like_html(raw: bytes) -> bool:
    """Whether the bytes start like HTML, by the WHATWG MIME sniffing patterns.

    >>> [looks_like_html(b) for b in (b" <!DOCTYPE html><html>", b"<P>War", b"<Paris>")]
    [True, True, False]
    """
    head = raw[:512].lstrip(b"\xef\xbb\xbf \t\r\n\x0c").lower()
    if head.startswith(b"<?xml"):
        return b"<html" in raw[:2048].lower()
    for tag in _HTML_STARTS:
        if head.startswith(tag) and head[len(tag) : len(tag) + 1] in (b" ", b">"):
            return True
    return head.startswith(b"<!--")


def detect_kind(raw: bytes, *, declared: str | None, where: str) -> str:
    """The kind of ``raw``: the declared kind checked against the bytes, or sniffed.

    Raises :class:`InputError` for binaries, naming what they are.
    """
    if raw.startswith(b"%PDF-"):
        return "pdf"  # a PDF is read as a PDF whatever it is called
    if raw.startswith(_EPUB_MAGIC) and raw[30:58] == _EPUB_MIMETYPE:
        return "epub"
    if declared in ("pdf", "epub"):
        found = sniff_binary(raw) or "text"
        raise InputError(f"expected a {declared.upper()} but the bytes are {found}", location=where)
    binary = sniff_binary(raw)
    if binary:
        raise InputError(f"not a text file: it is {binary}", location=where)
    if declared:
        return declared
    return "html" if looks_like_html(raw) else "plain"


def read_text_file(
    path: Path,
    *,
    source_id: str,
    label: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
    limits: ReadLimits = ReadLimits(),
    keep_language: bool = False,
) -> Ingested:
    """Read ``path`` (.txt, .md, .html, .pdf, .epub, ...) as a text of ``source_id``.

    Files over ``limits.max_bytes`` are refused before they are read.
    """
    where = str(path)
    raw = read_regular_file(path, max_bytes=limits.max_bytes)
    return read_text_bytes(
        raw,
        where=where,
        origin=str(path.resolve()),  # where the file is, whatever folder the command ran in
        source_id=source_id,
        kind=SUFFIX_KINDS.get(path.suffix.lower()),
        label=label,
        language=language,
        encoding=encoding,
        limits=limits,
        keep_language=keep_language,
    )


_NOT_REGULAR = (
    (stat.S_ISDIR, "is a directory, not a text file"),
    (stat.S_ISFIFO, "is a FIFO (a named pipe), not a file: refused before reading"),
    (stat.S_ISCHR, "is a character device, not a file: refused before reading"),
    (stat.S_ISBLK, "is a block device, not a file: refused before reading"),
    (stat.S_ISSOCK, "is a socket, not a file: refused before reading"),
)


def read_regular_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; a directory, a device
    (``/dev/zero`` would never end), a FIFO (would wait for a writer) or a socket is refused
    before anything is read, and so is a file over the limit.

    The file is opened without blocking and checked through its descriptor, so what is read
    is what was checked.
    """
    where = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise NotFoundError(f"{where}: no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", location=where) from exc
    try:
        status = os.fstat(fd)
        for test, refusal in _NOT_REGULAR:
            if test(status.st_mode):
                raise InputError(refusal, location=where)
        if not stat.S_ISREG(status.st_mode):
            raise InputError("not a regular file: refused before reading", location=where)
        if status.st_size > max_bytes:
            raise InputError(
                f"file is {over_limit(status.st_size, max_bytes)}",
                location=where,
                option="max_mb",
            )
        with os.fdopen(os.dup(fd), "rb") as file:
            raw = file.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", location=where) from exc
    finally:
        os.close(fd)
    if len(raw) > max_bytes:  # it grew while being read
        raise InputError(
            f"file is {over_limit(len(raw), max_bytes)}", location=where, option="max_mb"
        )
    return raw


def read_text_bytes(
    raw: bytes,
    *,
    where: str,
    origin: str,
    source_id: str,
    kind: str | None = None,
    charset: str | None = None,
    label: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
    retrieved_at: str | None = None,
    limits: ReadLimits = ReadLimits(),
    keep_language: bool = False,
) -> Ingested:
    """Turn the bytes of a file or download into a text ready to store.

    ``kind``: what the name or the server says it is (checked against the bytes); ``charset``:
    the HTTP header's charset; ``encoding``: the user's, overriding everything. ``language``:
    the user's, else detected (:func:`~sourcecheck.texts.language.detect_language`; None when
    unsure); a given language the text certainly is not in (:mod:`.languageclash`) is refused
    unless ``keep_language`` (then, as any contradiction, only warned about).

    >>> read_text_bytes(b"<p>War is over.</p>", where="x", origin="x", source_id="s").text.text
    'War is over.\\n'
    """
    kind = detect_kind(raw, declared=kind, where=where)
    read = READERS[kind](raw, _How(where, charset=charset, encoding=encoding, limits=limits))
    if not read.extracted.text.strip():
        what = (  # the text of an HTML page, an EPUB or a PDF may be empty when its file is not
            "the file is empty"
            if kind in ("plain", "markdown")
            else f"no readable text in this {kind.upper()}"
        )
        raise InputError(f"{what}: there is no text to check against", location=where)
    language = read_as(language)
    clashed = clash(read.extracted.text, language)
    if clashed is not None and not keep_language:
        raise InputError(clashed.message(), location=where, option="keep_language")
    detected = None if language else detect_language(read.extracted.text)
    contradicted = contradiction(read.extracted.text, language)
    text = SourceText(
        source_id=source_id,
        text=read.extracted.text,
        sha256=hashlib.sha256(raw).hexdigest(),
        origin=origin,
        label=label,
        language=language or (detected.code if detected else None),
        language_detected=detected is not None,
        retrieved_at=retrieved_at or now_iso(),
        encoding=read.encoding,
        encoding_source=read.encoding_source,
        extraction=kind,
    )
    provenance = Provenance(
        byte_length=len(raw),
        extractor=read.extracted.extractor,
        extraction_notes=read.extracted.notes,
    )
    return Ingested(text, provenance, (f"{where}: {contradicted}",) if contradicted else ())


# -- one reader per kind -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _How:
    """How to read bytes: where they come from (for errors), the HTTP charset, the user's
    encoding, the limits."""

    where: str
    charset: str | None
    encoding: str | None
    limits: ReadLimits


@dataclass(frozen=True, slots=True)
class _Read:
    """A kind's reading of the bytes: the text, and the encoding it was decoded from."""

    extracted: Extracted
    encoding: str | None = None
    encoding_source: str | None = None


Reader = Callable[[bytes, _How], _Read]


def _read_pdf(raw: bytes, how: _How) -> _Read:
    limits = how.limits
    return _Read(
        pdf_to_text(
            raw, where=how.where, timeout=limits.pdf_timeout, memory_mb=limits.pdf_memory_mb
        )
    )


def _read_epub(raw: bytes, how: _How) -> _Read:
    def decode(data: bytes, at: str) -> str:
        return _decode(data, at, "html", charset=None, encoding=how.encoding).text

    extracted = epub_to_text(raw, where=how.where, max_bytes=how.limits.max_bytes, decode=decode)
    return _Read(extracted, "utf-8", "each document's declaration, or UTF-8")


def _decoded(kind: str, to_text: Callable[[str], Extracted]) -> Reader:
    """The reader of a text kind: decode the bytes (by its declarations), then extract."""

    def read(raw: bytes, how: _How) -> _Read:
        decoded = _decode(raw, how.where, kind, charset=how.charset, encoding=how.encoding)
        return _Read(to_text(decoded.text), decoded.encoding, decoded.source)

    return read


_DECODED = {
    "plain": lambda text: Extracted(text, None),
    "markdown": markdown_to_text,
    "html": html_to_text,
}
READERS: dict[str, Reader] = {
    **{kind: _decoded(kind, to_text) for kind, to_text in _DECODED.items()},
    "pdf": _read_pdf,
    "epub": _read_epub,
}
"""The reader of each kind a text can be (what :func:`detect_kind` answers)."""
KINDS = tuple(READERS)


def read_url(
    url: str,
    *,
    source_id: str,
    client: httpx.Client,
    label: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
    allow_private: bool = False,
    fetch_limits: FetchLimits | None = None,
    limits: ReadLimits = ReadLimits(),
    progress: Progress | None = None,
    keep_language: bool = False,
) -> Ingested:
    """Download ``url`` (see :func:`sourcecheck.texts.fetch.fetch`) and read it as a text.

    The provenance records the final URL, the redirect chain, the HTTP status, the
    Content-Type and the retrieval time.
    """
    from urllib.parse import urlsplit

    from .fetch import FetchLimits, fetch

    fetched = fetch(
        url,
        client=client,
        limits=fetch_limits or FetchLimits(max_bytes=limits.max_bytes),
        allow_private=allow_private,
        progress=progress,
    )
    suffix = Path(urlsplit(fetched.final_url).path).suffix.lower()
    ingested = read_text_bytes(
        fetched.body,
        where=url,
        origin=url,
        source_id=source_id,
        kind=MEDIA_KINDS.get(fetched.media_type or "") or SUFFIX_KINDS.get(suffix),
        charset=fetched.charset,
        label=label,
        language=language,
        encoding=encoding,
        retrieved_at=fetched.retrieved_at,
        limits=limits,
        keep_language=keep_language,
    )
    provenance = ingested.provenance
    provenance.final_url = fetched.final_url
    provenance.redirects = fetched.redirects
    provenance.http_status = fetched.status
    provenance.content_type = fetched.content_type
    return ingested


def _decode(
    raw: bytes, where: str, kind: str, *, charset: str | None, encoding: str | None
) -> Decoded:
    declared: list[tuple[str | None, str]] = [(charset, "the HTTP Content-Type header")]
    if kind == "html":
        declared.append((xml_declared_encoding(raw), "the XML declaration"))
        declared.append((html_declared_encoding(raw), "the page's <meta charset>"))
    elif kind == "plain":
        declared.append((gutenberg_declared_encoding(raw), "the Project Gutenberg header"))
    return decode_bytes(raw, where=where, declared=declared, encoding=encoding)

"""The limits on reading a file and on downloading a URL: plain values, imported without the
readers or the HTTP client (the command line shows their defaults in --help)."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 200 * MIB


def over_limit(size: int, max_bytes: int) -> str:
    """How a size over the limit is said, in bytes and in MB (MiB, as ``--max-mb`` counts).

    >>> over_limit(217_369_944, DEFAULT_MAX_BYTES)
    '217,369,944 bytes (207.3 MB), over the limit of 200 MB'
    """
    return f"{size:,} bytes ({size / MIB:,.1f} MB), over the limit of {max_bytes / MIB:,.4g} MB"


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Limits on what is read: size in bytes, and the PDF child process's time and memory."""

    max_bytes: int = DEFAULT_MAX_BYTES
    pdf_timeout: float = 120.0
    pdf_memory_mb: int = 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Time limits in seconds, size limits in bytes, and the number of redirects followed."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 300.0
    max_bytes: int = 200 * MIB
    max_decoded_bytes: int = 200 * MIB
    max_redirects: int = 5

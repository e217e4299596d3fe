"""The child process that reads a PDF: ``python -m sourcecheck.texts.pdfworker MEMORY_MB``.

Reads the PDF's bytes on standard input and writes one JSON object on standard output:
``{"pages": [...], "pypdf": "version"}`` or ``{"error": "..."}``. It caps its own address space
at MEMORY_MB (where the platform allows) before parsing anything, and its parent kills it after
a timeout, so a damaged or hostile PDF costs at most that much.
"""

from __future__ import annotations

import contextlib
import json
import sys


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on Windows
        return
    limit = megabytes * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):  # a lower hard limit may already apply
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def extract(raw: bytes, memory_mb: int) -> dict[str, object]:
    """The text of each page of the PDF ``raw``, or an error message."""
    out_of_memory: dict[str, object] = {
        "error": f"reading this PDF ran out of memory (limit {memory_mb} MB)"
    }
    import io

    try:
        import pypdf
        from pypdf.errors import FileNotDecryptedError, PyPdfError
    except MemoryError:
        return out_of_memory
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            return {"error": "this PDF is encrypted with a password: decrypt it first"}
        pages = [page.extract_text() or "" for page in reader.pages]
    except MemoryError:
        return out_of_memory
    except FileNotDecryptedError:
        return {"error": "this PDF is encrypted with a password: decrypt it first"}
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return {"error": f"not a readable PDF: {exc}"}
    return {"pages": pages, "pypdf": pypdf.__version__}


def main(argv: list[str]) -> int:
    memory_mb = int(argv[1]) if len(argv) > 1 else 1024
    _limit_memory(memory_mb)
    answer = extract(sys.stdin.buffer.read(), memory_mb)
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

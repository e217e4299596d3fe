"""Readers of document formats: the text of HTML, Markdown, EPUB and PDF, paragraphs kept.

Each extractor returns the text and the name and version of the library that did the work,
for the text's provenance. HTML keeps everything a reader sees, footnotes included (they are
part of a source), and drops scripts, styles, forms and navigation. PDF text is extracted by
pypdf in a child process (:mod:`sourcecheck.texts.pdfworker`) under time and memory limits.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .limits import over_limit

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# Elements whose text is not part of the document a reader reads.
SKIP_TAGS = frozenset(
    "head script style noscript template nav svg math iframe object embed canvas "
    "button select option textarea input audio video map".split()
)
# Elements that start a new paragraph.
BLOCK_TAGS = frozenset(
    "html body address article aside blockquote center details dialog dd div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu ol p pre "
    "section summary table tbody thead tfoot tr ul caption legend".split()
)
CELL_TAGS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; a no-break space is text


@dataclass(frozen=True, slots=True)
class Extracted:
    """Text extracted from a document, the library that extracted it, and any notes."""

    text: str
    extractor: str | None  # None: the text is the decoded bytes themselves
    notes: str | None = None


def library(name: str) -> str:
    """``"name version"`` of an installed distribution, for provenance."""
    return f"{name} {version(name)}"


# -- HTML ------------------------------------------------------------------------------------


def html_to_text(html: str) -> Extracted:
    """The readable text of an HTML page: paragraphs separated by blank lines.

    >>> html_to_text("<nav>Home</nav><p>Trotsky <b>refuses</b>\\n to sign.<sup>1</sup></p>"
    ...              "<script>x()</script><p class=note>1. Czernin's diary.</p>").text
    "Trotsky refuses to sign.1\\n\\n1. Czernin's diary.\\n"
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.root
    out = _TextBuilder()
    if root is not None:
        _walk(root, out)
    return Extracted(out.finish(), library("selectolax"))


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    return (attrs.get("role") or "") == "navigation"


def _walk(root: LexborNode, out: _TextBuilder) -> None:
    """Depth-first over the tree without recursion (pages nest deeply), emitting text."""
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    pre_depth = 0
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            if tag == "pre":
                pre_depth -= 1
            if tag in BLOCK_TAGS:
                out.paragraph()
            continue
        if tag == "-text":
            out.text(node.text_content or "", pre=pre_depth > 0)
            continue
        if tag.startswith("-") or tag in SKIP_TAGS or _hidden(node):
            continue  # comments, doctype, and what is not read
        if tag == "br":
            out.line()
            continue
        if tag in BLOCK_TAGS:
            out.paragraph()
        elif tag in CELL_TAGS:
            out.text(" ", pre=False)
        if tag == "pre":
            pre_depth += 1
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))


class _TextBuilder:
    """Accumulates inline text into lines and paragraphs."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[tuple[str, bool]] = []  # (line, whether it is pre-formatted)
        self.current: list[str] = []
        self.pre = False

    def text(self, value: str, *, pre: bool) -> None:
        self.pre = self.pre or pre
        if pre:
            head, *rest = value.split("\n")
            self.current.append(head)
            for line in rest:
                self.line()
                self.pre = True
                self.current.append(line)
        else:
            self.current.append(_SPACES.sub(" ", value))

    def line(self) -> None:
        self.lines.append(("".join(self.current), self.pre))
        self.current, self.pre = [], False

    def paragraph(self) -> None:
        self.line()
        # Pre-formatted lines keep their indentation; other lines lose collapsed spaces.
        lines = [line.rstrip() if pre else line.strip(" ") for line, pre in self.lines]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            # Blank lines inside a <pre> would split one paragraph into several; keep the
            # text, drop the extra blank lines.
            self.paragraphs.append("\n".join(line for line in lines if line.strip()))
        self.lines = []

    def finish(self) -> str:
        self.paragraph()
        return "\n\n".join(self.paragraphs) + ("\n" if self.paragraphs else "")


# -- Markdown --------------------------------------------------------------------------------


def markdown_to_text(markdown: str) -> Extracted:
    """The text of a Markdown document (rendered by markdown-it-py, then read as HTML).

    >>> markdown_to_text("# Diary\\n\\n*February 11.* Trotsky declines\\nto sign.").text
    'Diary\\n\\nFebruary 11. Trotsky declines to sign.\\n'
    """
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown)
    extracted = html_to_text(html)
    return Extracted(extracted.text, f"{library('markdown-it-py')} + {extracted.extractor}")


# -- EPUB ------------------------------------------------------------------------------------

Decoder = Callable[[bytes, str], str]


def epub_to_text(raw: bytes, *, where: str, decode: Decoder, max_bytes: int) -> Extracted:
    """The text of an EPUB's documents in reading (spine) order.

    ``decode(bytes, where)`` decodes one XHTML document; ``max_bytes`` bounds the unpacked
    size, so a zip bomb is refused before it is unpacked.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"not a readable EPUB (bad zip: {exc})", location=where) from exc
    if unpacked > max_bytes:
        raise InputError(
            f"EPUB unpacks to {over_limit(unpacked, max_bytes)}", location=where, option="max_mb"
        )
    import warnings

    from ebooklib import ITEM_DOCUMENT, epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
            book = epub.read_epub(io.BytesIO(raw), options={"ignore_ncx": True})
    except Exception as exc:  # ebooklib raises bare Exception and KeyError on bad books
        raise InputError(f"not a readable EPUB: {exc}", location=where) from exc
    chapters = []
    for idref, *_ in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ITEM_DOCUMENT:
            continue
        html = decode(item.get_content(), f"{where}!{item.get_name()}")
        text = html_to_text(html).text.strip()
        if text:
            chapters.append(text)
    return Extracted(
        "\n\n".join(chapters) + "\n" if chapters else "",
        f"{library('ebooklib')} + {library('selectolax')}",
    )


# -- PDF -------------------------------------------------------------------------------------


def pdf_to_text(raw: bytes, *, where: str, timeout: float, memory_mb: int) -> Extracted:
    """The text of a PDF, page after page (pages separated by a blank line).

    pypdf runs in a child process with ``timeout`` seconds and ``memory_mb`` of address space:
    a PDF that would take too long or too much is refused instead of hanging the tool.
    """
    command = [sys.executable, "-m", "sourcecheck.texts.pdfworker", str(memory_mb)]
    # The child imports this package from where the parent did, installed or not.
    package_root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (package_root, os.environ.get("PYTHONPATH")) if p
    )}  # fmt: skip
    try:
        done = subprocess.run(
            command, input=raw, capture_output=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError(
            f"reading this PDF took more than {timeout:g} s: it may be damaged or hostile",
            location=where,
        ) from exc
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        stderr = done.stderr.decode("utf-8", "replace")
        tail = (stderr.strip().splitlines() or [""])[-1][:200]
        # under the address-space limit an allocation may also fail inside C code that sets no
        # exception ("SystemError: error return without exception set", seen in an import)
        hints = ("MemoryError", "failed to map", "allocate", "error return without exception")
        memory = any(hint in stderr for hint in hints)
        raise InputError(
            f"reading this PDF failed (exit {done.returncode}: {tail})"
            + (f"; it ran out of memory (limit {memory_mb} MB)" if memory else ""),
            location=where,
        ) from None
    if "error" in answer:
        raise InputError(answer["error"], location=where)
    pages = [page.strip() for page in answer["pages"]]
    if not any(pages):
        raise InputError(
            f"this PDF has no text (scanned?): OCR it first (e.g. with ocrmypdf) "
            f"({len(pages)} page(s), none with a text layer)",
            location=where,
        )
    empty = [str(n) for n, page in enumerate(pages, 1) if not page]
    notes = f"pages without text (scanned?): {', '.join(empty)}" if empty else None
    return Extracted(
        "\n\n".join(page for page in pages if page) + "\n", f"pypdf {answer['pypdf']}", notes
    )

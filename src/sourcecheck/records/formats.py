"""The YAML files users write: claims files and sources files, parsed with line numbers.

A file may hold any of these top-level keys:

- ``document``: one document (the text making the claims) that the file's claims belong to;
- ``documents``: a list of documents (what ``export`` writes);
- ``sources``: a list of sources; or the file is itself one source (a mapping with ``id``);
- ``claims``: a list of claims;
- ``proposed``: the spans of the document (``start-end``) that ``extract`` proposed as claims
  into this file, each followed by a digest of its words and their context
  (:class:`~sourcecheck.models.Proposal`): ``extract --merge`` does not propose again one
  that a person removed from ``claims`` (``import`` reads no more than that they are spans).

Every record is checked (:mod:`sourcecheck.records.rules`); an error names the file, the line
and the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import yaml

from ..errors import InputError, InputErrors, SourcecheckError
from ..models import Claim, Document, Proposal, Source, Span, TextEntry, excerpt
from ..texts.ingest import read_regular_file, sniff_binary
from . import rules

Record = TypeVar("Record", Document, Source, Claim)
LINE_KEY = "__line__"
FIELD_LINES_KEY = "__field_lines__"

DOCUMENT_FIELDS = ("id", "title", "author", "issued", "url", "sha256", "note")
SOURCE_FIELDS = (
    "id", "title", "author", "issued", "kind", "language", "translator", "edition",
    "publisher", "container_title", "url", "note", "texts",
)  # fmt: skip
TEXT_FIELDS = ("path", "url", "label", "language", "encoding")
CLAIM_FIELDS = (
    "id", "quote", "kind", "source", "document", "speaker", "speaker_confidence", "date",
    "locator", "start", "end", "paragraph", "notes",
)  # fmt: skip


@dataclass
class ParsedFile:
    """Everything one YAML file declares, with the line of each record."""

    path: Path
    documents: list[Document] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind, id) -> line
    claim_lines: list[int] = field(default_factory=list)  # line of claims[i]
    source_field_lines: list[int] = field(default_factory=list)  # line of claims[i].source
    text_lines: dict[tuple[str, int], int] = field(default_factory=dict)  # (source, i) -> line
    errors: list[SourcecheckError] = field(default_factory=list)  # bad records, keep_going
    proposed: list[Proposal] | None = None  # what extract proposed into the file, if it says
    refused_claims: list[tuple[Claim, int]] = field(default_factory=list)  # bad, with source line

    def where(self, kind: str, record_id: str) -> str:
        return f"{self.path}:{self.lines.get((kind, record_id), 1)}"


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Hashable, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    mapping[FIELD_LINES_KEY] = {
        key.value: key.start_mark.line + 1 for key, _ in node.value if isinstance(key.value, str)
    }
    return mapping


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    # An unquoted 1918-02-11 stays text, as the rules check it: PyYAML would make it a date,
    # and crash with a ValueError on an impossible one (1918-02-31).
    return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def read_utf8(path: Path, *, hint: str) -> tuple[bytes, str]:
    """A file's bytes and its text decoded strictly as UTF-8; an error names the file and,
    for bad bytes, their offset (``hint`` says what to do about it)."""
    raw = read_regular_file(path)
    binary = sniff_binary(raw)  # "it is a PNG image" says more than "not valid UTF-8 at byte 0"
    if binary:
        # the hint is about decoding: no advice to convert an image or an archive to UTF-8
        raise InputError(f"not a text file: it is {binary}", location=str(path))
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 at byte {exc.start} ({hint})", location=str(path)
        ) from exc


def load_yaml(path: Path) -> Any:
    """Parse a YAML file strictly as UTF-8, mapping every failure to a SourcecheckError."""
    _, text = read_utf8(path, hint="YAML files must be UTF-8")
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        context, started = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if started is not None and mark is not None and started.line != mark.line:
            problem = f"{problem} ({context} that began on line {started.line + 1})"
            if context and ("quoted" in context or "flow" in context):
                # An unclosed quote or bracket is noticed lines later, at the end of the
                # file: the line where it opened is the one to fix.
                mark = started
        line = f":{mark.line + 1}" if mark else ""
        raise InputError(f"malformed YAML: {problem}", location=f"{path}{line}") from exc


def parse_file(path: Path, *, keep_going: bool = False) -> ParsedFile:
    """Parse and validate one claims/sources YAML file.

    A bad record raises :class:`InputError`; with ``keep_going`` the file's bad records are
    collected in ``errors`` instead and the good ones kept (a file that cannot be read or
    parsed at all still raises).
    """
    data = load_yaml(path)
    parsed = ParsedFile(path=path)
    if data is None:
        raise InputError(
            "empty file: expected `claims:`, `sources:` or a source", location=str(path)
        )
    if not isinstance(data, dict):
        raise InputError("expected a mapping at the top level", location=f"{path}:1")
    if "id" in data and "title" in data:  # a file that is one source
        parsed.sources.append(_source(data, parsed))
        return parsed
    known = {"document", "documents", "sources", "claims", "proposed", LINE_KEY, FIELD_LINES_KEY}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(
            f"unknown top-level key {unknown[0]!r} (expected document, documents, sources, "
            "claims, proposed, or a single source with id and title)",
            location=f"{path}:{data[LINE_KEY]}",
        )
    default_document = None
    if data.get("document") is not None:
        default_document = _document(_mapping(data["document"], path, "document"), parsed)
        parsed.documents.append(default_document)
    for record in _list(data, "documents", path):
        parsed.documents += _keep(parsed, keep_going, _document, record)
    for record in _list(data, "sources", path):
        parsed.sources += _keep(parsed, keep_going, _source, record)
    for record in _list(data, "claims", path):
        parsed.claims += _keep(parsed, keep_going, claim_record, record, default_document)
    if "proposed" in data:
        line = data[FIELD_LINES_KEY].get("proposed", 1)
        parsed.proposed = _spans(data["proposed"], f"{path}:{line}")
    return parsed


_SPAN = re.compile(r"(\d+)-(\d+)(?:\s+([0-9a-f]{6,16})(?:\.([0-9a-f]{2,16}))?)?")


def _spans(value: Any, where: str) -> list[Proposal]:
    """The entries of a ``proposed:`` list: ``start-end``, then the digests of the words and
    their context if given (files written before words were remembered have none)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError("`proposed` must be a list of spans start-end", location=where)
    spans = []
    for item in value:
        m = _SPAN.fullmatch(str(item).strip())
        if m is None or int(m.group(2)) <= int(m.group(1)):
            raise InputError(
                f"`proposed`: {item!r} is not a span start-end (two offsets, the first smaller)",
                location=where,
            )
        spans.append(Proposal(Span(int(m.group(1)), int(m.group(2))), m.group(3), m.group(4)))
    return spans


def _keep(
    parsed: ParsedFile, keep_going: bool, read: Callable[..., Record], *args: Any
) -> list[Record]:
    """One record read (``read(*args, parsed)`` as a list of it); with ``keep_going`` a bad
    one is noted in ``parsed.errors`` and the list is empty."""
    try:
        return [read(args[0], parsed, *args[1:])]
    except InputError as exc:
        if not keep_going:
            raise
        parsed.errors += exc.errors if isinstance(exc, InputErrors) else [exc]
        return []


# -- records -------------------------------------------------------------------------------


class _Record:
    """Field access on one YAML mapping, with errors that say where."""

    def __init__(self, data: dict[str, Any], parsed: ParsedFile, kind: str, allowed: Iterable[str]):
        self.data, self.parsed, self.kind = data, parsed, kind
        self.line = data.get(LINE_KEY, 1)
        rid, quote = data.get("id"), data.get("quote")
        if isinstance(rid, str) and rid:
            self.label = f"{kind} {rid!r}"
        elif isinstance(quote, str) and quote.strip():  # a claim without an id yet
            self.label = f"{kind} “{excerpt(quote, 40)}” (no id)"
        else:
            self.label = kind
        self.problems: list[InputError] = []  # every problem of the record, not only the first
        for name in sorted(set(data) - set(allowed) - {LINE_KEY, FIELD_LINES_KEY}):
            hint = rules.did_you_mean(str(name), allowed)
            self.note(name, f"unknown field{hint} (allowed: {', '.join(allowed)})")

    def note(self, name: str, message: str) -> None:
        """Note a problem of one field; :meth:`finish` raises them all."""
        line = self.data.get(FIELD_LINES_KEY, {}).get(name, self.line)
        self.problems.append(
            InputError(
                f"{self.label}, field {name!r}: {message}", location=f"{self.parsed.path}:{line}"
            )
        )

    def fail(self, name: str, message: str) -> NoReturn:
        """A field the record cannot be read past: raise it with the problems noted so far."""
        self.note(name, message)
        self.finish()
        raise AssertionError("unreachable: finish() raises a noted problem")

    def finish(self) -> None:
        """Raise the problems noted, one as it is, several together."""
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise InputErrors(list(self.problems), what=f"{self.label} was not read")

    def line_of(self, name: str) -> int:
        return self.data.get(FIELD_LINES_KEY, {}).get(name, self.line)

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, (bool, dict | list)):
            self.fail(name, f"expected text, got {type(value).__name__}")
        return str(value)

    def check(self, record: rules.Record) -> None:
        """Note every field the record's rules refuse, at its line."""
        for name, problem in rules.problems(record):
            self.note(name, problem)

    def share(self, name: str) -> float | None:
        """A number from 0 to 1 (a confidence)."""
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            self.fail(name, f"expected a number from 0 to 1, got {value!r}")
        return float(value)

    def integer(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(name, f"expected a whole number >= 0, got {value!r}")
        return value


def _document(data: dict[str, Any], parsed: ParsedFile) -> Document:
    r = _Record(data, parsed, "document", DOCUMENT_FIELDS)
    doc = Document(
        id=r.text("id") or "",
        title=r.text("title"),
        author=r.text("author"),
        issued=r.text("issued"),
        url=r.text("url"),
        sha256=r.text("sha256"),
        note=r.text("note"),
    )
    r.check(doc)
    r.finish()
    parsed.lines[("document", doc.id)] = r.line
    return doc


def _source(data: dict[str, Any], parsed: ParsedFile) -> Source:
    r = _Record(data, parsed, "source", SOURCE_FIELDS)
    source = Source(
        id=r.text("id") or "",
        title=r.text("title") or "",
        author=r.text("author"),
        issued=r.text("issued"),
        kind=r.text("kind") or "other",
        language=r.text("language"),
        translator=r.text("translator"),
        edition=r.text("edition"),
        publisher=r.text("publisher"),
        container_title=r.text("container_title"),
        url=r.text("url"),
        note=r.text("note"),
    )
    r.check(source)
    r.finish()
    texts = data.get("texts") or []
    if not isinstance(texts, list):
        r.fail("texts", "expected a list of {path: ...} or {url: ...} entries")
    for entry in texts:
        if not isinstance(entry, dict):
            r.fail("texts", f"expected a mapping with path or url, got {entry!r}")
        t = _Record(entry, parsed, f"source {source.id!r} text", TEXT_FIELDS)
        text = TextEntry(
            path=t.text("path"),
            url=t.text("url"),
            label=t.text("label"),
            language=t.text("language") or source.language,
            encoding=t.text("encoding"),
        )
        if (text.path is None) == (text.url is None):
            t.fail("path", "give exactly one of path or url")
        if text.url is not None and rules.url_problem(text.url):
            t.fail("url", str(rules.url_problem(text.url)))
        if text.language and rules.language_problem(text.language):
            t.fail("language", str(rules.language_problem(text.language)))
        parsed.text_lines[(source.id, len(source.texts))] = t.line
        source.texts.append(text)
    parsed.lines[("source", source.id)] = r.line
    return source


def claim_record(
    data: dict[str, Any], parsed: ParsedFile, document: Document | None = None
) -> Claim:
    """The claim of one record (a YAML mapping, a CSV row), checked as an import checks it:
    its problems raised together, each at its line (``LINE_KEY``, ``FIELD_LINES_KEY``)."""
    r = _Record(data, parsed, "claim", CLAIM_FIELDS)
    claim = Claim(
        id=r.text("id") or "",
        quote=r.text("quote") or "",
        kind=r.text("kind") or "quotation",
        source_id=r.text("source"),
        document_id=r.text("document") or (document.id if document else None),
        speaker=r.text("speaker"),
        date=r.text("date"),
        locator=r.text("locator"),
        start=r.integer("start"),
        end=r.integer("end"),
        paragraph=r.integer("paragraph"),
        notes=r.text("notes"),
        speaker_confidence=r.share("speaker_confidence"),
    )
    r.check(claim)
    if r.problems:  # its references are still checked, so that one import reports them all
        parsed.refused_claims.append((claim, r.line_of("source")))
    r.finish()
    parsed.claim_lines.append(r.line)  # ids may be assigned later, so lines go by position
    parsed.source_field_lines.append(r.line_of("source"))
    return claim


def _mapping(value: Any, path: Path, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"`{key}` must be a mapping", location=str(path))
    return value


def _list(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    line = data.get(LINE_KEY, 1)
    if not isinstance(value, list):
        raise InputError(f"`{key}` must be a list", location=f"{path}:{line}")
    for item in value:
        if not isinstance(item, dict):
            raise InputError(
                f"every entry of `{key}` must be a mapping, got {item!r}", location=f"{path}:{line}"
            )
    return value


# -- writing -------------------------------------------------------------------------------


def _clean(
    row: dict[str, Any], names: Iterable[str], rename: Callable[[str], str]
) -> dict[str, Any]:
    return {rename(n): row[n] for n in names if row.get(n) not in (None, "", [])}


def dump_yaml(
    *,
    documents: list[Document],
    sources: list[Source],
    claims: list[Claim],
) -> str:
    """Serialize records in the same format :func:`parse_file` reads (a combined file)."""
    from dataclasses import asdict

    out: dict[str, Any] = {}
    if documents:
        out["documents"] = [_clean(asdict(d), DOCUMENT_FIELDS, str) for d in documents]
    if sources:
        out["sources"] = []
        for s in sources:
            row = _clean(asdict(s), [f for f in SOURCE_FIELDS if f != "texts"], str)
            urls = [_clean(asdict(t), TEXT_FIELDS, str) for t in s.texts if t.url]
            if urls:
                row["texts"] = urls
            out["sources"].append(row)
    if claims:
        renames = {"source_id": "source", "document_id": "document"}
        names = [
            "id",
            "quote",
            "kind",
            "source_id",
            "document_id",
            "speaker",
            "speaker_confidence",
            "date",
            "locator",
            "start",
            "end",
            "paragraph",
            "notes",
        ]
        out["claims"] = [_clean(asdict(c), names, lambda n: renames.get(n, n)) for c in claims]
    return yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=100)

"""Sources from and to bibliographies: BibTeX (read) and CSL-JSON (read and write).

A bibliography entry becomes a source: its key or id becomes the source's slug (lowercased,
other characters turned into ``-``), and the fields map to the source's CSL-named fields.
Entries that cannot be parsed, or lack what a source needs (a title), are errors naming the
file and line, and nothing of the file is imported. Fields a source has no place for (ISBN,
abstract, keywords, ...) are ignored: a bibliography is not ours to police.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import SOURCE_KINDS, Source, excerpt
from ..texts.decode import decode_bytes
from ..texts.ingest import read_regular_file
from . import rules
from .formats import ParsedFile

BIBTEX_KINDS = {
    "book": "book", "mvbook": "book", "collection": "book", "proceedings": "book",
    "article": "article", "inproceedings": "article", "online": "article",
    "letter": "letter", "report": "report", "techreport": "report", "booklet": "pamphlet",
}  # fmt: skip
# CSL item types to source kinds; on export, kinds CSL has no type for become a type plus
# a ``genre`` naming the kind, which import reads back first.
CSL_KINDS = {
    "book": "book", "article": "article", "article-journal": "article",
    "article-magazine": "article", "article-newspaper": "newspaper", "speech": "speech",
    "letter": "letter", "personal_communication": "letter", "report": "report",
    "pamphlet": "pamphlet",
}  # fmt: skip
KIND_CSL = {
    "diary": "manuscript", "minutes": "report", "speech": "speech", "letter": "letter",
    "telegram": "personal_communication", "book": "book", "article": "article",
    "newspaper": "article-newspaper", "memoir": "book", "report": "report",
    "pamphlet": "pamphlet", "other": "document",
}  # fmt: skip
LANGUAGES = {
    "english": "en", "american": "en", "british": "en", "russian": "ru", "german": "de",
    "ngerman": "de", "french": "fr", "italian": "it", "spanish": "es", "polish": "pl",
    "ukrainian": "uk", "czech": "cs", "hungarian": "hu",
}  # fmt: skip
MONTHS = {
    name: n for n, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
NAME_SEPARATOR = "; "


def _language(value: str | None) -> str | None:
    """A bibliography's language when it is a language code (``en-US``, or ``ngerman`` made
    ``de`` by :data:`LANGUAGES`); None for a name it has no code for ("dutch", "Latin"): a
    reference manager's field, not the user's word on a text, is no reason to refuse a file.

    >>> _language("en-US"), _language("dutch")
    ('en-US', None)
    """
    return value if value and rules.language_problem(value) is None else None


logging.getLogger("bibtexparser").addHandler(logging.NullHandler())  # errors are ours to report


# -- BibTeX ----------------------------------------------------------------------------------


def parse_bibtex(path: Path) -> ParsedFile:
    """The sources of a BibTeX file, one per entry (bibtexparser v2)."""
    import bibtexparser
    from bibtexparser import middlewares

    text = _read(path)
    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            middlewares.SeparateCoAuthors(),
            middlewares.SplitNameParts(),
            middlewares.LatexDecodingMiddleware(),
        ],
    )
    failed = sorted(library.failed_blocks, key=lambda block: block.start_line or 0)
    if failed:
        first = failed[0]
        error = getattr(first, "error", None)
        reason = (getattr(error, "abort_reason", None) or str(error or "")).strip()
        reason = reason.splitlines()[0].rstrip(" .") if reason else "syntax error"
        more = [str((block.start_line or 0) + 1) for block in failed[1:]]
        also = (
            f"; {'entries at lines' if len(more) > 1 else 'the entry at line'} "
            f"{', '.join(more)} could not be parsed either"
            if more
            else ""
        )
        raise InputError(
            f"could not parse the entry that starts here ({excerpt(reason, 160)}){also}",
            location=f"{path}:{(first.start_line or 0) + 1}",
        )
    parsed = ParsedFile(path=path)
    for entry in library.entries:
        line = (entry.start_line or 0) + 1
        fields = {key.lower(): field.value for key, field in entry.fields_dict.items()}
        source = _bibtex_source(entry.key, entry.entry_type.lower(), fields, f"{path}:{line}")
        _add(parsed, source, line)
    return parsed


def _bibtex_source(key: str, entry_type: str, fields: dict[str, Any], where: str) -> Source:
    label = f"entry {key!r}"
    url = _text(fields.get("url"))
    if not url and _text(fields.get("doi")):
        url = f"https://doi.org/{_text(fields.get('doi'))}"
    language = _text(fields.get("langid") or fields.get("language"))
    source = Source(
        id=_slug(key, label, where),
        title=_text(fields.get("title")) or "",
        author=_bibtex_names(fields.get("author") or fields.get("editor")),
        issued=_bibtex_date(fields, label, where),
        kind=BIBTEX_KINDS.get(entry_type, "other"),
        language=_language(LANGUAGES.get(language.lower(), language) if language else None),
        translator=_bibtex_names(fields.get("translator")),
        edition=_text(fields.get("edition")),
        publisher=_text(
            fields.get("publisher") or fields.get("institution") or fields.get("organization")
        ),
        container_title=_text(
            fields.get("journaltitle") or fields.get("journal") or fields.get("booktitle")
        ),
        url=url,
        note=_text(fields.get("note")),
    )
    rules.check(source, location=where, named=label)
    return source


def _bibtex_names(value: Any) -> str | None:
    """``First von Last, Jr`` for each name, joined by ``; `` (LaTeX accents decoded)."""
    if not value:
        return None
    if isinstance(value, str):
        return _latex(value)
    names = []
    for parts in value:
        if isinstance(parts, str):
            names.append(_latex(parts))
            continue
        name = " ".join(_latex(p) for p in [*parts.first, *parts.von, *parts.last])
        if parts.jr:
            name += ", " + " ".join(_latex(p) for p in parts.jr)
        names.append(name)
    return NAME_SEPARATOR.join(n for n in names if n) or None


def _latex(value: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    return " ".join(LatexNodes2Text().latex_to_text(value).split())


def _bibtex_date(fields: dict[str, Any], label: str, where: str) -> str | None:
    date = _text(fields.get("date"))
    if date:
        first = date.split("/")[0]  # a biblatex range: its start
        problem = rules.date_problem(first)
        if problem:
            raise InputError(f"{label}, field 'date': {problem}", location=where)
        return first
    year = _text(fields.get("year"))
    if not year:
        return None
    if not re.fullmatch(r"\d{4}", year):
        raise InputError(f"{label}, field 'year': {year!r} is not a year", location=where)
    month = _text(fields.get("month"))
    if not month:
        return year
    number = MONTHS.get(month[:3].lower()) or (int(month) if month.isdigit() else None)
    if number is None or not 1 <= number <= 12:
        raise InputError(f"{label}, field 'month': {month!r} is not a month", location=where)
    day = _text(fields.get("day"))
    return f"{year}-{number:02d}" + (f"-{int(day):02d}" if day and day.isdigit() else "")


# -- CSL-JSON --------------------------------------------------------------------------------


def parse_csl_json(path: Path) -> ParsedFile:
    """The sources of a CSL-JSON file (an array of items, or one item)."""
    text = _read(path)
    parsed = ParsedFile(path=path)
    for item, line in _json_items(text, path):
        where = f"{path}:{line}"
        if not isinstance(item, dict):
            raise InputError(f"expected a CSL item (an object), got {item!r:.40}", location=where)
        _add(parsed, _csl_source(item, where), line)
    return parsed


def _json_items(text: str, path: Path) -> list[tuple[Any, int]]:
    """The items of a JSON array, each with the line it starts on."""
    decoder = json.JSONDecoder()
    try:
        start = len(text) - len(text.lstrip())
        if text[start : start + 1] != "[":
            value, _ = decoder.raw_decode(text, start)
            return [(value, text.count("\n", 0, start) + 1)]
        items, pos = [], start + 1
        while True:
            pos = _skip(text, pos)
            if text[pos : pos + 1] == "]":
                break
            value, end = decoder.raw_decode(text, pos)
            items.append((value, text.count("\n", 0, pos) + 1))
            pos = _skip(text, end)
            if text[pos : pos + 1] == ",":
                pos += 1
            elif text[pos : pos + 1] != "]":
                raise json.JSONDecodeError("expected ',' or ']'", text, pos)
        if text[pos + 1 :].strip():
            raise json.JSONDecodeError("extra data after the array", text, pos + 1)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg}", location=f"{path}:{exc.lineno}") from exc
    return items


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _csl_source(item: dict[str, Any], where: str) -> Source:
    raw_id = item.get("id")
    if raw_id is None or raw_id == "":
        raise InputError("a CSL item without an id", location=where)
    label = f"item {str(raw_id)!r}"
    genre = _text(item.get("genre"))
    kind = genre if genre in SOURCE_KINDS else CSL_KINDS.get(_text(item.get("type")) or "", "other")
    url = _text(item.get("URL"))
    if not url and _text(item.get("DOI")):
        url = f"https://doi.org/{_text(item.get('DOI'))}"
    source = Source(
        id=_slug(str(raw_id), label, where),
        title=_text(item.get("title")) or "",
        author=_csl_names(item.get("author") or item.get("editor"), label, where),
        issued=_csl_date(item.get("issued"), label, where),
        kind=kind,
        language=_language(_text(item.get("language"))),
        translator=_csl_names(item.get("translator"), label, where),
        edition=_text(item.get("edition")),
        publisher=_text(item.get("publisher")),
        container_title=_text(item.get("container-title")),
        url=url,
        note=_text(item.get("note")),
    )
    rules.check(source, location=where, named=label)
    return source


def _csl_names(value: Any, label: str, where: str) -> str | None:
    if not value:
        return None
    if not isinstance(value, list):
        raise InputError(f"{label}: names must be a list of objects", location=where)
    names = []
    for name in value:
        if not isinstance(name, dict):
            raise InputError(f"{label}: a name must be an object, got {name!r:.40}", location=where)
        if name.get("literal"):
            names.append(str(name["literal"]))
            continue
        parts = [
            name.get(k) for k in ("given", "dropping-particle", "non-dropping-particle", "family")
        ]
        full = " ".join(str(p) for p in parts if p)
        if name.get("suffix"):
            full += f", {name['suffix']}"
        if full:
            names.append(full)
    return NAME_SEPARATOR.join(names) or None


def _csl_date(value: Any, label: str, where: str) -> str | None:
    if not value:
        return None
    if isinstance(value, dict) and value.get("date-parts"):
        try:
            parts = [int(p) for p in value["date-parts"][0]]
        except (TypeError, ValueError, IndexError):
            parts = []
        if parts and 1 <= len(parts) <= 3:
            return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])
    raw = value.get("raw") or value.get("literal") if isinstance(value, dict) else value
    if isinstance(raw, str) and rules.is_iso_date(raw.strip()):
        return raw.strip()
    raise InputError(f"{label}, field 'issued': {value!r:.60} is not a date", location=where)


def to_csl_json(sources: list[Source]) -> str:
    """Sources as a CSL-JSON array that :func:`parse_csl_json` reads back unchanged.

    >>> item = json.loads(to_csl_json([Source(id="czernin", title="In the World War",
    ...                    issued="1919-05", kind="diary", author="Ottokar Czernin")]))[0]
    >>> item["type"], item["genre"], item["author"], item["issued"]
    ('manuscript', 'diary', [{'literal': 'Ottokar Czernin'}], {'date-parts': [[1919, 5]]})
    """
    items = []
    for s in sources:
        item: dict[str, Any] = {"id": s.id, "type": KIND_CSL.get(s.kind, "document")}
        if CSL_KINDS.get(item["type"]) != s.kind:
            item["genre"] = s.kind
        item["title"] = s.title
        fields = {
            "author": _literal_names(s.author),
            "issued": {"date-parts": [[int(p) for p in s.issued.split("-")]]} if s.issued else None,
            "language": s.language,
            "translator": _literal_names(s.translator),
            "edition": s.edition,
            "publisher": s.publisher,
            "container-title": s.container_title,
            "URL": s.url,
            "note": s.note,
        }
        item.update({k: v for k, v in fields.items() if v})
        items.append(item)
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def _literal_names(value: str | None) -> list[dict[str, str]] | None:
    # Literal names: splitting "Ottokar Czernin" into given and family is a guess that a
    # corporate author ("Central Committee of the RSDLP(b)") would not survive.
    if not value:
        return None
    return [{"literal": name} for name in value.split(NAME_SEPARATOR) if name]


# -- shared ----------------------------------------------------------------------------------


def _read(path: Path) -> str:
    return decode_bytes(read_regular_file(path), where=str(path)).text


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _slug(key: str, label: str, where: str) -> str:
    slug = rules.slugify(key)
    if not slug:
        raise InputError(f"{label}: cannot make a slug of this key", location=where)
    return slug


def _add(parsed: ParsedFile, source: Source, line: int) -> None:
    if ("source", source.id) in parsed.lines:
        first = parsed.lines[("source", source.id)]
        raise InputError(
            f"two entries become source {source.id!r} (the first at line {first})",
            location=f"{parsed.path}:{line}",
        )
    parsed.sources.append(source)
    parsed.lines[("source", source.id)] = line

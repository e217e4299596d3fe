"""Import claims and sources from YAML, BibTeX and CSL-JSON files and directories, in one
transaction.

Everything is parsed and checked, and every local text read, before the first write; then all
records are written in one transaction, so a bad record anywhere leaves the database unchanged.
Texts listed by URL are remembered, not downloaded: ``sourcecheck source fetch`` does that.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import InputError, NotFoundError
from ..models import Claim
from ..store import db as dbm
from ..store.db import Database
from ..texts.ingest import SUFFIX_KINDS, Ingested, read_text_file
from .formats import ParsedFile, parse_file
from .rules import unique_id

YAML_SUFFIXES = (".yaml", ".yml")
BIBLIOGRAPHY_SUFFIXES = (".bib", ".json")
IMPORT_SUFFIXES = YAML_SUFFIXES + BIBLIOGRAPHY_SUFFIXES
# What ``--texts DIR`` looks for, in this order: DIR/<source-id><suffix>.
TEXT_SUFFIXES = tuple(SUFFIX_KINDS)


@dataclass
class ImportReport:
    """What an import did: counts per (record kind, outcome) and notices for the user."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    notices: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def count(self, kind: str, outcome: str) -> int:
        return self.counts[(kind, outcome)]

    @property
    def changed(self) -> bool:
        return any(n for (_, outcome), n in self.counts.items() if outcome in ("added", "updated"))

    def summary(self) -> str:
        """One line per record kind, e.g. ``claims: 3 added, 1 updated, 40 unchanged``."""
        lines = []
        for kind in ("documents", "sources", "texts", "claims"):
            parts = [
                f"{self.counts[(kind, o)]} {o}"
                for o in ("added", "updated", "unchanged")
                if self.counts[(kind, o)]
            ]
            if parts:
                lines.append(f"{kind}: {', '.join(parts)}")
        if not self.changed:
            lines.append("nothing changed: the database already held all of it")
        return "\n".join(lines)


def collect_files(paths: list[Path]) -> list[Path]:
    """The files named, and the .yaml/.yml/.bib/.json files found (recursively, sorted) in
    directories named, except under a ``texts`` folder."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix in IMPORT_SUFFIXES and p.is_file()
            )
            files.extend(p for p in found if "texts" not in p.relative_to(path).parts[:-1])
        elif path.is_file():
            if path.suffix not in IMPORT_SUFFIXES:
                raise InputError(
                    "not a claims/sources file (expected .yaml, .yml, .bib or CSL .json)",
                    location=str(path),
                )
            files.append(path)
        else:
            raise NotFoundError(f"{path}: no such file or directory")
    return files


def import_paths(
    db: Database,
    paths: list[Path],
    *,
    texts_dir: Path | None = None,
) -> ImportReport:
    """Import every claims/sources file in ``paths`` into ``db`` in one transaction.

    ``texts_dir``: attach ``texts_dir/<source-id>.txt`` to each imported source that has one.
    Re-importing the same files changes nothing and the report says so.
    """
    files = collect_files(paths)
    parsed = [_parse(path) for path in files]
    _check_duplicates(parsed)
    if texts_dir is not None and not texts_dir.is_dir():
        raise NotFoundError(f"{texts_dir}: no such directory (the folder of texts to attach)")
    texts = _read_texts(parsed, texts_dir)
    report = ImportReport(files=[str(p) for p in files])
    with dbm.transaction(db):
        for pf in parsed:
            for document in pf.documents:
                report.counts[("documents", dbm.upsert_document(db, document))] += 1
            for source in pf.sources:
                outcome = dbm.upsert_source(db, source)
                if pf.path.suffix in YAML_SUFFIXES:  # a bibliography does not list texts
                    urls = [asdict(t) for t in source.texts if t.url]
                    if dbm.set_text_urls(db, source.id, urls) and outcome == "unchanged":
                        outcome = "updated"
                report.counts[("sources", outcome)] += 1
        for ingested in texts:
            _, added = dbm.store_text(db, ingested.text, ingested.provenance.row())
            report.counts[("texts", "added" if added else "unchanged")] += 1
        document_ids = {d.id for d in dbm.list_documents(db)}
        taken = dbm.claim_ids(db) | {c.id for pf in parsed for c in pf.claims if c.id}
        for pf in parsed:
            for claim, line in zip(pf.claims, pf.source_field_lines, strict=True):
                where = f"{pf.path}:{line}"
                _check_references(db, claim, where, document_ids)
                if not claim.id:
                    claim.id = dbm.find_claim_id(db, claim) or new_claim_id(claim, taken)
                    taken.add(claim.id)
                report.counts[("claims", dbm.upsert_claim(db, claim))] += 1
    for pf in parsed:
        for source in pf.sources:
            pending = [
                t.url
                for t in source.texts
                if t.url and not dbm.text_id_from_url(db, source.id, t.url)
            ]
            if pending:
                report.notices.append(
                    f"source {source.id}: {len(pending)} text(s) listed by URL not fetched yet "
                    f"(sourcecheck source fetch {source.id})"
                )
    return report


def _parse(path: Path) -> ParsedFile:
    """Parse one file by its suffix: YAML, BibTeX or CSL-JSON."""
    if path.suffix in YAML_SUFFIXES:
        return parse_file(path)
    from .bibliography import parse_bibtex, parse_csl_json

    return parse_bibtex(path) if path.suffix == ".bib" else parse_csl_json(path)


def _check_duplicates(parsed: list[ParsedFile]) -> None:
    """Two records with one id are an error, except the same document repeated identically
    (several claims files about one document may each carry its ``document:`` block)."""
    seen: dict[tuple[str, str], tuple[str, object]] = {}
    for pf in parsed:
        located: list[tuple[tuple[str, str], str, object]] = []
        located += [(("document", d.id), pf.where("document", d.id), d) for d in pf.documents]
        located += [(("source", s.id), pf.where("source", s.id), s) for s in pf.sources]
        located += [
            (("claim", c.id), f"{pf.path}:{line}", c)
            for c, line in zip(pf.claims, pf.claim_lines, strict=True)
            if c.id
        ]
        for key, where, record in located:
            if key in seen:
                first_where, first = seen[key]
                if key[0] == "document" and first == record:
                    continue
                raise InputError(
                    f"duplicate {key[0]} id {key[1]!r} (first defined at {first_where})",
                    location=where,
                )
            seen[key] = (where, record)


def _check_references(db: Database, claim: Claim, where: str, document_ids: set[str]) -> None:
    if claim.source_id and not dbm.source_exists(db, claim.source_id):
        raise InputError(
            f"claim {claim.id or claim.quote[:30]!r}, field 'source': unknown source "
            f"{claim.source_id!r} (import its sources file too, or `sourcecheck source add`)",
            location=where,
        )
    if claim.document_id and claim.document_id not in document_ids:
        raise InputError(
            f"claim {claim.id!r}, field 'document': unknown document {claim.document_id!r}",
            location=where,
        )


def new_claim_id(claim: Claim, taken: set[str]) -> str:
    """A readable id from the cited source and date: ``czernin-in-the-world-war-1918-02-11``."""
    base = "-".join(part for part in (claim.source_id or claim.kind, claim.date) if part)
    return unique_id(base, taken)


def _read_texts(parsed: list[ParsedFile], texts_dir: Path | None) -> list[Ingested]:
    """Read every local text the files name, and ``texts_dir/<id>.<suffix>`` files, before
    writing anything."""
    texts: list[Ingested] = []
    for pf in parsed:
        for source in pf.sources:
            for entry in source.texts:
                if entry.path is None:
                    continue
                path = (pf.path.parent / entry.path).resolve()
                texts.append(
                    read_text_file(
                        path,
                        source_id=source.id,
                        label=entry.label,
                        language=entry.language,
                        encoding=entry.encoding,
                    )
                )
            if texts_dir is not None:
                for suffix in TEXT_SUFFIXES:
                    candidate = texts_dir / f"{source.id}{suffix}"
                    if candidate.is_file():
                        texts.append(
                            read_text_file(
                                candidate,
                                source_id=source.id,
                                label=f"{candidate.name} from {texts_dir}",
                                language=source.language,
                            )
                        )
    return texts

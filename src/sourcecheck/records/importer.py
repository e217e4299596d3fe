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
from typing import Any

from ..errors import InputError, InputErrors, NotFoundError, SourcecheckError
from ..models import Claim, Source, counted
from ..store import db as dbm
from ..store.db import Database
from ..store.indexes import IndexProgress
from ..store.vectors import Notify, VectorProgress, index_new_texts
from ..texts.ingest import Ingested
from .documenttext import offset_warnings
from .formats import ParsedFile, parse_file
from .handset import settle_speaker
from .importtexts import read_texts
from .replacing import carry_replaced_review
from .rereading import read_again
from .rules import label, unique_id, without_unknown_source, words_slug

YAML_SUFFIXES = (".yaml", ".yml")
BIBLIOGRAPHY_SUFFIXES = (".bib", ".json")
CSV_SUFFIXES = (".csv",)  # claims kept in a spreadsheet, or a report's CSV read back
IMPORT_SUFFIXES = YAML_SUFFIXES + BIBLIOGRAPHY_SUFFIXES + CSV_SUFFIXES
MAX_SHOWN = 20  # problems listed by a failed import (all are counted)
_FILE_NAMES = {"source_id": "source", "document_id": "document"}  # a claim's fields as written


@dataclass
class ImportReport:
    """What an import did: counts per (record kind, outcome) (its notices go to ``notify``)."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    files: list[str] = field(default_factory=list)
    updated_claims: list[tuple[str, list[str]]] = field(default_factory=list)
    """Each claim an import changed, with the fields it changed: the file wins over the
    database (a ``claim edit`` made since is undone), so the summary names them."""
    duplicates: list[str] = field(default_factory=list)
    """A warning (``file:line: ...``) for each new claim not imported: the database (or an
    earlier claim of the import) holds the same quote, source, document and speaker under
    another id (the fields in which it differs are named)."""
    carried_reviews: list[str] = field(default_factory=list)  # given the review they replace
    reread: list[str] = field(default_factory=list)
    """What each stored text re-read by ``replace`` changed, and the results dropped."""

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
        if self.updated_claims:
            shown = [f"{cid} ({', '.join(names)})" for cid, names in self.updated_claims]
            more = len(shown) - MAX_SHOWN
            lines.append(
                "claims updated from the file: "
                + "; ".join(shown[:MAX_SHOWN])
                + (f"; and {more} more" if more > 0 else "")
            )
        if self.duplicates:
            lines.append(
                f"claims: {len(self.duplicates)} not imported, the same as a stored claim "
                "(see the warnings)"
            )
        lines += self.reread
        if self.carried_reviews:
            lines.append(
                f"reviews carried to {counted(len(self.carried_reviews), 'claim')} that "
                "replace an edited one (stale until reviewed again): "
                + ", ".join(self.carried_reviews[:MAX_SHOWN])
            )
        if not self.changed and self.duplicates:  # the file said something the db lacks
            lines.append("nothing written: every claim not imported is listed in the warnings")
        elif not self.changed:
            lines.append("nothing changed: the database already held all of it")
        return "\n".join(lines)


def collect_files(paths: list[Path], problems: list[SourcecheckError]) -> list[Path]:
    """The files named, and the .yaml/.yml/.bib/.json/.csv files found (recursively, sorted) in
    directories named, except under a ``texts`` folder. A path that does not exist or is not
    a claims/sources file goes to ``problems``, so that the other files' are found too."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix in IMPORT_SUFFIXES and p.is_file()
            )
            files.extend(p for p in found if "texts" not in p.relative_to(path).parts[:-1])
        elif not path.exists():
            problems.append(NotFoundError(f"{path}: no such file or directory"))
        elif path.suffix not in IMPORT_SUFFIXES:  # a device or FIFO is refused when read
            problems.append(
                InputError(
                    "not a claims/sources file (expected .yaml, .yml, .bib, CSL .json or "
                    "claims .csv)",
                    location=str(path),
                )
            )
        else:
            files.append(path)
    return files


def import_paths(
    db: Database,
    paths: list[Path],
    *,
    texts_dir: Path | None = None,
    allow_outside_paths: bool = False,
    keep_language: bool = False,
    index_progress: IndexProgress | None = None,
    vector_progress: VectorProgress | None = None,
    notify: Notify | None = None,
    allow_duplicates: bool = False,
    replace: bool = False,
) -> ImportReport:
    """Import every claims/sources file in ``paths`` into ``db`` in one transaction.

    ``texts_dir``: attach ``texts_dir/<source-id>.txt`` to each imported source that has one.
    A sources file reads only texts in its own folder (or below): a ``texts: path:`` that
    leaves it (``..``, an absolute path, a symbolic link pointing out) is refused unless
    ``allow_outside_paths``, since a sources file may come from anyone. A text given a
    language it is certainly not in (:mod:`~sourcecheck.texts.languageclash`) is a problem
    unless ``keep_language``.
    Re-importing the same files changes nothing and the report says so. Every problem of
    every file is found before anything is written: one is raised as it is, several as one
    :class:`InputErrors` listing each (up to :data:`MAX_SHOWN`). New texts are then
    indexed, one at a time (``index_progress`` follows it), and given their sentence vectors
    when they are few enough (``vector_progress``; see :mod:`sourcecheck.store.vectors`).
    ``notify`` is told what the user should know besides the counts: vectors left for later,
    texts listed by URL not fetched yet. A new claim whose quote, source and document are
    those of a stored claim (an ``extract --merge --readd`` that gave it another id) is not
    imported, and ``report.duplicates`` says where it is, unless ``allow_duplicates``.
    A text whose bytes are stored already, read otherwise now (the ``encoding:`` or
    ``language:`` of its entry corrected), is refused unless ``replace``: then the stored
    text is re-read in place, in the same transaction, and ``report.reread`` says what
    changed and how many results found in it were dropped.
    A text given a language it is certainly not in is a problem unless ``keep_language``.
    """
    problems: list[SourcecheckError] = []
    files = collect_files(paths, problems)
    if not files and paths and not problems:  # only folders named, none holding a file
        named = ", ".join(str(p) for p in paths)
        raise NotFoundError(
            f"{named}: no claims or sources files in it (.yaml, .yml, .bib, .json, .csv)"
        )
    if texts_dir is not None and not texts_dir.is_dir():
        what = "not a directory" if texts_dir.exists() else "no such directory"
        raise NotFoundError(f"{texts_dir}: {what} (the folder of texts to attach)")
    parsed = _parse_all(files, problems)
    problems += merge_duplicates(parsed)
    problems += _reference_problems(db, parsed)
    texts = read_texts(
        parsed, texts_dir, problems, allow_outside=allow_outside_paths, keep_language=keep_language
    )
    if len(problems) == 1:
        raise problems[0]
    if problems:
        problems.sort(key=_reading_order)
        raise InputErrors(problems, what="nothing was imported", shown=MAX_SHOWN)
    report = ImportReport(files=[str(p) for p in files])
    warnings = [warning for ingested in texts for warning in ingested.warnings]
    with dbm.stored_if_interrupted(db):
        _write(db, parsed, texts, report, allow_duplicates=allow_duplicates, replace=replace)
        del texts  # indexed from the database, one text in memory at a time
        index_new_texts(
            db, index_progress=index_progress, vector_progress=vector_progress, notify=notify
        )
    if notify is not None:
        # claims files whose offsets no longer slice their text, then texts still to fetch
        offsets = [
            n for pf in parsed if pf.path.suffix in YAML_SUFFIXES for n in offset_warnings(pf)
        ]
        for notice in [*warnings, *offsets, *_unfetched(db, parsed)]:
            notify(notice)
    return report


def _unfetched(db: Database, parsed: list[ParsedFile]) -> list[str]:
    """A notice for each imported source with texts listed by URL and not downloaded yet."""
    notices = []
    for pf in parsed:
        for source in pf.sources:
            pending = [
                t.url
                for t in source.texts
                if t.url and not dbm.text_id_from_url(db, source.id, t.url)
            ]
            if pending:
                notices.append(
                    f"source {source.id}: {counted(len(pending), 'text')} listed by URL not "
                    f"fetched yet (sourcecheck source fetch {source.id})"
                )
    return notices


def _write(
    db: Database,
    parsed: list[ParsedFile],
    texts: list[Ingested],
    report: ImportReport,
    *,
    allow_duplicates: bool,
    replace: bool = False,
) -> None:
    """Write every record and text, checked already, in one transaction."""
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
            text_id, added = dbm.store_text(db, ingested.text, ingested.provenance.row())
            outcome = "added" if added else "unchanged"
            if not added and read_again(  # read otherwise: refused unless replace
                db, text_id, ingested, where=ingested.text.origin, replace=replace,
                notify=report.reread.append,
            ):  # fmt: skip
                outcome = "updated"
            report.counts[("texts", outcome)] += 1
        stored = dbm.claim_ids(db)
        taken = stored | {c.id for pf in parsed for c in pf.claims if c.id}
        for pf in parsed:
            for n, claim in enumerate(pf.claims):
                if not claim.id:
                    claim.id = dbm.find_claim_id(db, claim) or new_claim_id(claim, taken)
                    taken.add(claim.id)
                same = None if allow_duplicates else _stored_as(db, claim, stored)
                if same is not None:
                    differs = _differing_fields(claim, dbm.get_claim(db, same))
                    report.duplicates.append(_duplicate_warning(pf, n, claim.id, same, differs))
                    continue
                stored_claim = dbm.get_claim(db, claim.id) if claim.id in stored else None
                settle_speaker(claim, stored_claim)  # a speaker set by hand: no confidence
                before = asdict(stored_claim) if stored_claim is not None else {}
                outcome = dbm.upsert_claim(db, claim)
                report.counts[("claims", outcome)] += 1
                if carry_replaced_review(db, claim, stored):  # its words edited in the text
                    report.carried_reviews.append(claim.id)
                if outcome == "updated":
                    after = asdict(claim)
                    changed = [
                        _FILE_NAMES.get(k, k)
                        for k in after
                        if k != "id" and before.get(k) != after[k]
                    ]
                    report.updated_claims.append((claim.id, changed))


def _stored_as(db: Database, claim: Claim, stored: set[str]) -> str | None:
    """The id of a claim written already (stored before, or earlier in this import) with this
    new claim's quote, source and document: the same claim under another id."""
    if claim.id in stored:
        return None  # the file's version of a stored claim: an update, not a second one
    same = dbm.find_same_claim(db, claim)
    return same if same != claim.id else None


def _differing_fields(claim: Claim, stored: Claim) -> list[str]:
    """The fields (as a claims file names them) in which a claim left out as a duplicate
    differs from the stored one, its id aside: what the import did not write."""
    mine, theirs = asdict(claim), asdict(stored)
    return [
        _FILE_NAMES.get(k, k)
        for k in mine
        if k not in ("id", "speaker_confidence") and mine[k] != theirs.get(k) and mine[k]
    ]


def _duplicate_warning(
    pf: ParsedFile, n: int, claim_id: str | None, same: str, differs: list[str]
) -> str:
    line = pf.claim_lines[n] if n < len(pf.claim_lines) else 1
    lost = f"; its {', '.join(differs)} differ from the stored claim's" if differs else ""
    return (
        f"{pf.path}:{line}: claim {claim_id!r} not imported: the same quote, source, document "
        f"and speaker as claim {same!r}{lost} (remove one; import --allow-duplicates keeps both)"
    )


def _reading_order(problem: SourcecheckError) -> tuple[str, int]:
    """Problems listed file by file, line by line (a problem with no line first)."""
    location = getattr(problem, "location", None) or ""
    path, _, line = location.rpartition(":")
    return (path, int(line)) if line.isdigit() else (location, 0)


def _parse_all(files: list[Path], problems: list[SourcecheckError]) -> list[ParsedFile]:
    """Every file parsed; a file that cannot be read, and each bad record of the others, is
    noted in ``problems``."""
    parsed = []
    for path in files:
        try:
            pf = _parse(path)
        except SourcecheckError as exc:
            problems.append(exc)
            continue
        pf.sources = without_unknown_source(pf.sources, pf.claims)  # no source known
        problems += pf.errors
        parsed.append(pf)
    return parsed


def _parse(path: Path) -> ParsedFile:
    """Parse one file by its suffix: YAML, BibTeX, CSL-JSON or claims CSV."""
    if path.suffix in YAML_SUFFIXES:
        return parse_file(path, keep_going=True)
    if path.suffix in CSV_SUFFIXES:
        from .claimscsv import parse_claims_csv

        return parse_claims_csv(path)
    from .bibliography import parse_bibtex, parse_csl_json

    return parse_bibtex(path) if path.suffix == ".bib" else parse_csl_json(path)


def merge_duplicates(parsed: list[ParsedFile]) -> list[SourcecheckError]:
    """Keep once a record that several files give identically (a document block repeated in
    several claims files; a source in a YAML export and in a CSL-JSON export): the copy that
    lists texts, else the first. Two different records with one id are each a problem."""
    seen: dict[tuple[str, str], tuple[str, Any]] = {}
    dropped: set[int] = set()
    problems: list[SourcecheckError] = []
    for pf in parsed:
        for key, where, record in _located(pf):
            if key not in seen:
                seen[key] = (where, record)
                continue
            first_where, first = seen[key]
            if not _same(first, record):
                problems.append(InputError(
                    f"duplicate {key[0]} id {key[1]!r} (first defined at {first_where})",
                    location=where,
                ))  # fmt: skip
            elif isinstance(record, Source) and record.texts and not first.texts:
                dropped.add(id(first))
                seen[key] = (where, record)
            else:
                dropped.add(id(record))
    for pf in parsed:
        pf.documents = [d for d in pf.documents if id(d) not in dropped]
        pf.sources = [s for s in pf.sources if id(s) not in dropped]
        kept = [i for i, c in enumerate(pf.claims) if id(c) not in dropped]
        pf.claims = [pf.claims[i] for i in kept]
        pf.claim_lines = [pf.claim_lines[i] for i in kept]
        pf.source_field_lines = [pf.source_field_lines[i] for i in kept]
    return problems


def _located(pf: ParsedFile) -> list[tuple[tuple[str, str], str, Any]]:
    """Every record of a file that has an id: its key, where it is, the record."""
    located: list[tuple[tuple[str, str], str, Any]] = []
    located += [(("document", d.id), pf.where("document", d.id), d) for d in pf.documents]
    located += [(("source", s.id), pf.where("source", s.id), s) for s in pf.sources]
    located += [
        (("claim", c.id), f"{pf.path}:{line}", c)
        for c, line in zip(pf.claims, pf.claim_lines, strict=True)
        if c.id
    ]
    return located


def _same(first: Any, other: Any) -> bool:
    """The same record; two sources are the same when all but their texts agree and at most
    one of them lists texts (a bibliography never does)."""
    if isinstance(first, Source) and isinstance(other, Source):
        a, b = asdict(first), asdict(other)
        texts = a.pop("texts"), b.pop("texts")
        return a == b and (not all(texts) or texts[0] == texts[1])
    return bool(first == other)


def _reference_problems(db: Database, parsed: list[ParsedFile]) -> list[SourcecheckError]:
    """Claims citing a source or a document that is neither stored nor being imported."""
    sources = {s.id for s in dbm.list_sources(db)} | {s.id for pf in parsed for s in pf.sources}
    documents = {d.id for d in dbm.list_documents(db)}
    documents |= {d.id for pf in parsed for d in pf.documents}
    problems: list[SourcecheckError] = []
    for pf in parsed:
        read = zip(pf.claims, pf.source_field_lines, strict=True)
        for claim, line in sorted([*read, *pf.refused_claims], key=lambda c: c[1]):
            try:
                _check_references(claim, f"{pf.path}:{line}", sources, documents)
            except InputError as exc:
                problems.append(exc)
    return problems


def _check_references(claim: Claim, where: str, sources: set[str], documents: set[str]) -> None:
    if claim.source_id and claim.source_id not in sources:
        raise InputError(
            f"{label(claim)}, field 'source': unknown source "
            f"{claim.source_id!r} (import its sources file too, or `sourcecheck source add`)",
            location=where,
        )
    if claim.document_id and claim.document_id not in documents:
        raise InputError(
            f"{label(claim)}, field 'document': unknown document {claim.document_id!r}",
            location=where,
        )


def new_claim_id(claim: Claim, taken: set[str]) -> str:
    """A readable id from the cited source and date, ``czernin-in-the-world-war-1918-02-11``,
    or without a date the quote's first words, ``kafka-als-gregor-samsa`` (the source's slug
    alone reads as the source's, not a claim's).

    >>> new_claim_id(Claim("", "Als Gregor Samsa eines Morgens", source_id="kafka"), set())
    'kafka-als-gregor-samsa'
    """
    words = claim.date or words_slug(claim.quote)
    base = "-".join(part for part in (claim.source_id or claim.kind, words) if part)
    return unique_id(base, taken)

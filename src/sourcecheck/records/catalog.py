"""Adding and exporting records one at a time: what `source add`, `source text`,
`claim add` and `export` do."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict
from urllib.parse import urlsplit

from ..errors import FetchError, InputError, NotFoundError, OutputExistsError, SourcecheckError
from ..models import Claim, ExportFormat, Source, TextEntry
from ..store import db as dbm
from ..store.db import Database
from ..store.indexes import IndexProgress
from ..store.vectors import Notify, VectorProgress, index_new_texts
from ..texts.ingest import Ingested, ReadLimits, read_text_file, read_url
from ..texts.languagecodes import checked_language
from . import rules
from .formats import dump_yaml
from .importer import new_claim_id
from .rereading import read_again

if TYPE_CHECKING:
    import httpx

    from ..texts.fetch import FetchLimits, Progress

# A scheme of two letters or more, then a colon: "https://...", "javascript:...", "file:..."
# (one letter and a colon is a Windows drive).
_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


def add_source(db: Database, source: Source) -> str:
    """Add or update a source record; return 'added', 'updated' or 'unchanged'."""
    rules.check(source)
    with dbm.transaction(db):
        return dbm.upsert_source(db, source)


def is_url(value: str | Path) -> bool:
    """Whether a FILE-or-URL argument is a URL (``scheme:...``): then it is never read as a
    file name, and only http(s) is fetched (write ``./notes:1.txt`` for such a file).

    >>> is_url("https://www.marxists.org/x.htm"), is_url("texts/diary.txt")
    (True, False)
    >>> is_url("javascript:alert(1)"), is_url("C:/texts/diary.txt")
    (True, False)
    """
    return isinstance(value, str) and bool(_URL_RE.match(value))


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How downloads are made: the client, limits, whether private addresses are allowed."""

    client: httpx.Client | None = None
    limits: FetchLimits | None = None
    allow_private: bool = False
    progress: Progress | None = None


def attach_text(
    db: Database,
    source_id: str,
    file_or_url: str | Path,
    *,
    label: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
    limits: ReadLimits | None = None,
    fetching: FetchOptions = FetchOptions(),
    index_progress: IndexProgress | None = None,
    vector_progress: VectorProgress | None = None,
    notify: Notify | None = None,
    replace: bool = False,
    keep_language: bool = False,
) -> tuple[int, bool]:
    """Read a file or download a URL and store it as a text of ``source_id``, then index it
    (``index_progress`` follows the indexing), and build its sentence vectors
    (``vector_progress``; see :mod:`sourcecheck.store.vectors`); ``notify`` is told when
    they are left for later (the database's texts are too many to build them at arrival).

    Returns ``(text id, added)``; ``added`` is False when the same bytes were already stored
    and read the same way. Read differently (another ``encoding``, a given ``language``), they
    are refused unless ``replace``: then the stored text is re-read in place, and ``added`` is
    True (see :mod:`.rereading`). Everything is read (and downloaded) before the one write, so
    a failure stores nothing. A given ``language`` the text is certainly not in is refused
    unless ``keep_language`` (see :mod:`~sourcecheck.texts.languageclash`).
    """
    source = dbm.get_source(db, source_id)
    language = checked_language(language) or source.language
    limits = limits or ReadLimits()
    if is_url(file_or_url):
        problem = rules.url_problem(str(file_or_url))
        if problem:
            raise InputError(f"{problem}: only http(s) URLs are fetched (a file: ./NAME)")
        entry = TextEntry(url=str(file_or_url), label=label, language=language, encoding=encoding)
        ingested = _download(entry, source.id, fetching, limits=limits, keep_language=keep_language)
    else:
        ingested = read_text_file(
            Path(file_or_url), source_id=source.id, label=label, language=language,
            encoding=encoding, limits=limits, keep_language=keep_language,
        )  # fmt: skip
    for warning in ingested.warnings:
        if notify is not None:
            notify(warning)
    with dbm.stored_if_interrupted(db):
        with dbm.transaction(db):
            stored = dbm.store_text(db, ingested.text, ingested.provenance.row())
            if not stored[1]:
                where = str(file_or_url)
                again = read_again(db, stored[0], ingested, where=where, replace=replace,
                                   notify=notify)  # fmt: skip
                stored = (stored[0], again)
        del ingested  # the text is indexed from the database, one text in memory at a time
        index_new_texts(
            db, index_progress=index_progress, vector_progress=vector_progress, notify=notify
        )
    return stored


def _download(
    entry: TextEntry,
    source_id: str,
    fetching: FetchOptions,
    *,
    limits: ReadLimits,
    keep_language: bool = False,
) -> Ingested:
    """Download ``entry.url`` and read it as a text of ``source_id`` (with a client of its
    own unless ``fetching`` gives one)."""
    from ..texts.fetch import make_client

    assert entry.url is not None
    client = fetching.client or make_client()
    try:
        return read_url(
            entry.url, source_id=source_id, client=client, label=entry.label,
            language=entry.language, encoding=entry.encoding,
            allow_private=fetching.allow_private, fetch_limits=fetching.limits, limits=limits,
            progress=fetching.progress, keep_language=keep_language,
        )  # fmt: skip
    finally:
        if fetching.client is None:
            client.close()


# -- source fetch ----------------------------------------------------------------------------


@dataclass(slots=True)
class FetchOutcome:
    """What happened to one URL of ``source fetch``."""

    source_id: str
    url: str
    outcome: str  # added | unchanged | present | failed | skipped
    text_id: int | None = None
    message: str = ""
    other_texts: int = 0  # texts the source has from elsewhere (a failure matters less)
    error: SourcecheckError | None = field(default=None, repr=False, compare=False)
    """Why a URL failed or was skipped (its kind tells a caller which exit code to use)."""


@dataclass(slots=True)
class FetchReport:
    """Every URL ``source fetch`` considered, in order."""

    outcomes: list[FetchOutcome] = field(default_factory=list)

    def of(self, outcome: str) -> list[FetchOutcome]:
        return [o for o in self.outcomes if o.outcome == outcome]

    @property
    def failures(self) -> list[FetchOutcome]:
        return [o for o in self.outcomes if o.outcome in ("failed", "skipped")]

    def unfetched(self) -> dict[str, list[FetchOutcome]]:
        """The URLs that failed or were skipped, by source, in order."""
        by_source: dict[str, list[FetchOutcome]] = {}
        for outcome in self.failures:
            by_source.setdefault(outcome.source_id, []).append(outcome)
        return by_source

    def summary(self) -> str:
        parts = [
            f"{len(self.of(name))} {label}"
            for name, label in (
                ("added", "added"),
                ("unchanged", "already stored (same bytes)"),
                ("present", "already fetched"),
                ("failed", "failed"),
                ("skipped", "skipped (host unreachable)"),
            )
            if self.of(name)
        ]
        return f"texts from URLs: {', '.join(parts) or 'none to fetch'}"


class UrlToFetch(TypedDict):
    """A URL ``source fetch`` downloads, and how to read what it gets."""

    source_id: str
    url: str
    label: str | None
    language: str | None
    encoding: str | None


def urls_to_fetch(db: Database, source_ids: list[str] | None = None) -> list[UrlToFetch]:
    """The URLs ``source fetch`` would download: each source's listed text URLs, or else
    its own ``url``. Rows: source_id, url, label, language, encoding."""
    if source_ids:
        for source_id in source_ids:
            dbm.get_source(db, source_id)  # NotFoundError names an unknown slug
        sources = [dbm.get_source(db, s) for s in dict.fromkeys(source_ids)]
    else:
        sources = dbm.list_sources(db)
    listed: dict[str, list[dbm.Row]] = {}
    for row in dbm.list_text_urls(db, source_ids=[s.id for s in sources]):
        listed.setdefault(row["source_id"], []).append(row)
    wanted: list[UrlToFetch] = []
    for source in sources:
        rows = listed.get(source.id)
        if rows:
            wanted += [
                UrlToFetch(source_id=source.id, url=row["url"], label=row["label"],
                           language=row["language"] or source.language, encoding=row["encoding"])
                for row in rows
            ]  # fmt: skip
        elif source.url:
            wanted.append(
                UrlToFetch(source_id=source.id, url=source.url, label=None,
                           language=source.language, encoding=None)
            )  # fmt: skip
    return wanted


def fetch_texts(
    db: Database,
    source_ids: list[str] | None = None,
    *,
    refresh: bool = False,
    limits: ReadLimits | None = None,
    fetching: FetchOptions = FetchOptions(),
    on_start: Callable[[int, UrlToFetch], None] | None = None,
    on_done: Callable[[FetchOutcome], None] | None = None,
    index_progress: IndexProgress | None = None,
    vector_progress: VectorProgress | None = None,
    notify: Notify | None = None,
) -> FetchReport:
    """Download the texts of sources whose records carry a URL (all, or ``source_ids``).

    A URL a text was already downloaded from is skipped unless ``refresh``. Each text is
    stored in its own transaction once read whole; a failure is reported and the next URL
    tried. After a host fails to resolve or connect, its other URLs are skipped.
    ``on_start(total, row)`` and ``on_done(outcome)`` let a terminal show progress; the
    new texts are then indexed (``index_progress`` follows it) and given their sentence
    vectors when they are few enough (``vector_progress``; ``notify`` is told when they are
    left for later).
    """
    from ..texts.fetch import make_client

    wanted = urls_to_fetch(db, source_ids)
    limits = limits or ReadLimits()
    report = FetchReport()
    client = fetching.client or make_client()
    options = FetchOptions(client, fetching.limits, fetching.allow_private, fetching.progress)
    dead_hosts: dict[str, str] = {}  # host -> why its other URLs are not tried
    try:
        for row in wanted:
            if on_start:
                on_start(len(wanted), row)
            outcome = _fetch_one(db, row, refresh, limits, options, dead_hosts)
            if outcome.outcome in ("failed", "skipped"):
                outcome.other_texts = len(dbm.texts_of_source(db, row["source_id"]))
            report.outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    finally:
        if fetching.client is None:
            client.close()
    with dbm.stored_if_interrupted(db):
        index_new_texts(
            db, index_progress=index_progress, vector_progress=vector_progress, notify=notify
        )
    return report


def _fetch_one(
    db: Database,
    row: UrlToFetch,
    refresh: bool,
    limits: ReadLimits,
    fetching: FetchOptions,
    dead_hosts: dict[str, str],
) -> FetchOutcome:
    """Download and store one URL of ``source fetch`` (in its own transaction)."""
    from ..texts.fetch import UnreachableError

    source_id, url = row["source_id"], row["url"]
    host = urlsplit(url).hostname or ""
    existing = dbm.text_id_from_url(db, source_id, url)
    if existing is not None and not refresh:
        return FetchOutcome(source_id, url, "present", text_id=existing)
    if host in dead_hosts:
        error = FetchError(f"{url}: not tried: {dead_hosts[host]}")
        return FetchOutcome(source_id, url, "skipped", message=str(error), error=error)
    entry = TextEntry(
        url=url, label=row["label"], language=row["language"], encoding=row["encoding"]
    )
    try:
        ingested = _download(entry, source_id, fetching, limits=limits)
        with dbm.transaction(db):
            text_id, added = dbm.store_text(db, ingested.text, ingested.provenance.row())
    except SourcecheckError as exc:
        if isinstance(exc, UnreachableError):
            dead_hosts[host] = f"{host} could not be reached a moment ago"
        return FetchOutcome(source_id, url, "failed", message=str(exc), error=exc)
    return FetchOutcome(source_id, url, "added" if added else "unchanged", text_id=text_id)


def add_claim(db: Database, claim: Claim) -> Claim:
    """Add a claim (its id generated from source and date when empty); return it as stored.
    The same quote, source, document and speaker twice is refused, not stored again under
    ``-2``; the quote given to another speaker is another claim."""
    rules.check(claim)
    with dbm.transaction(db):
        if claim.source_id:
            dbm.get_source(db, claim.source_id)  # NotFoundError names the slug
        taken = dbm.claim_ids(db)
        if claim.id and claim.id in taken:
            raise InputError(f"a claim {claim.id!r} already exists")
        same = dbm.find_same_claim(db, claim)
        if same is not None:
            raise InputError(
                f"the same claim (quote, source, document and speaker) is already stored as "
                f"{same!r}"
            )
        if not claim.id:
            claim.id = new_claim_id(claim, taken)
        dbm.upsert_claim(db, claim)
    return claim


def export(
    db: Database, fmt: ExportFormat | None, path: Path | None = None, *, force: bool = False
) -> str:
    """Export in ``fmt`` (see :class:`ExportFormat`); written to ``path`` if given.

    Without ``fmt``, YAML, to a file named ``.yaml``/``.yml`` (or to none): a file named
    otherwise (``sources.json``, ``claims.pdf``) needs the format named, rather than getting
    YAML it does not expect. An existing ``path`` is replaced only with ``force``: it may be
    a reviewed claims file whose comments and ``proposed:`` memory an export does not keep.
    """
    if path is not None and path.exists() and not path.is_dir() and not force:
        raise OutputExistsError(
            "already exists: an export would replace it (a claims file's comments and its "
            "`proposed:` list would be lost); write to a new file, or replace it",
            location=str(path),
            option="force",
        )
    if fmt is None:
        if path is not None and path.suffix.lower() not in (".yaml", ".yml"):
            check_writable(path)
            raise InputError(
                f"{path}: which export format? yaml (everything) is written to .yaml/.yml "
                "files; name the format for another name (csl-json: the sources, as CSL-JSON)",
                option="format",
            )
        fmt = ExportFormat.YAML
    return EXPORTERS[fmt](db, path)


def export_yaml(db: Database, path: Path | None = None) -> str:
    """Every document, source and claim in the import format; written to ``path`` if given.

    A source's texts are exported as the URLs its record lists and the URLs its stored texts
    were downloaded from; local files are not (they stay where the user keeps them). A claim
    without a source (not an oral one) cites ``unidentified``, declared nowhere
    (:data:`~sourcecheck.records.rules.UNKNOWN_SOURCE`).
    """
    sources = dbm.list_sources(db)
    listed: dict[str, list[TextEntry]] = {}
    for row in dbm.list_text_urls(db):
        entry = TextEntry(
            url=row["url"],
            label=row["label"],
            language=row["language"],
            encoding=row["encoding"],
        )
        listed.setdefault(row["source_id"], []).append(entry)
    for source in sources:
        source.texts = list(listed.get(source.id, []))
        urls = {t.url for t in source.texts}
        source.texts += [
            TextEntry(url=t["origin"], label=t["label"], language=t["language"])
            for t in dbm.list_texts(db, source_id=source.id)
            if t["origin"].startswith(("http://", "https://")) and t["origin"] not in urls
        ]
    claims = [
        replace(c, source_id=rules.UNKNOWN_SOURCE)
        if c.source_id is None and c.kind != "oral"
        else c
        for c in dbm.list_claims(db)
    ]  # a claim without a source is written as its file says it: "unidentified"
    sources = [s for s in sources if s.id != rules.UNKNOWN_SOURCE]  # one imported before
    text = dump_yaml(documents=dbm.list_documents(db), sources=sources, claims=claims)
    if path is not None:
        write_atomic(path, text)
    return text


def export_csl_json(db: Database, path: Path | None = None) -> str:
    """Every source as CSL-JSON (what citation managers read); written to ``path`` if given."""
    from .bibliography import to_csl_json

    text = to_csl_json(dbm.list_sources(db))
    if path is not None:
        write_atomic(path, text)
    return text


EXPORTERS: dict[ExportFormat, Callable[[Database, Path | None], str]] = {
    ExportFormat.YAML: export_yaml,
    ExportFormat.CSL_JSON: export_csl_json,
}


def check_writable(path: Path) -> None:
    """Refuse, before anything is written, an output path that cannot become a file.

    Raises NotFoundError when its folder does not exist, InputError when it is a folder.
    """
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a file name to write")
    if path.parent.exists() and not path.parent.is_dir():
        raise InputError(f"{path}: {path.parent} is a file, not a directory")
    if not path.parent.is_dir():
        raise NotFoundError(f"{path}: directory {path.parent} does not exist")


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to a temporary file beside ``path``, then rename it into place.

    A reader never sees half a file; on any failure the temporary file is removed and the
    old file (if any) is left as it was.
    """
    check_writable(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None

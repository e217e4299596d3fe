"""Commands about sources: add, attach a text (file or URL), fetch texts, list, show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer
from rich.filesize import decimal
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column

from ..models import SOURCE_KINDS, Source, counted, excerpt
from ..texts.languagecodes import ACCEPTED as LANGUAGE_HELP
from ..texts.limits import FetchLimits, ReadLimits
from .common import (
    DEFAULT_DB,
    FILE_KEYS,
    DataTable,
    DbOption,
    JsonOption,
    KeepLanguageOption,
    adding_to,
    cli_errors,
    console,
    describe,
    err_console,
    open_database,
    print_json,
    visible,
)
from .index import text_bars
from .records import removed_summary

if TYPE_CHECKING:
    from ..records import catalog
    from ..texts.fetch import Progress as DownloadCallback

source_app = typer.Typer(
    help="Add, list, show and remove cited sources; attach and fetch their texts."
)

EncodingOption = Annotated[
    str | None,
    typer.Option(help="The text's encoding, when you know better than detection (koi8-r, ...)."),
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Allow URLs on loopback and private addresses (an intranet archive).",
    ),
]
TimeoutOption = Annotated[
    float, typer.Option("--timeout", help="Give up on a download after this many seconds.")
]
ConnectTimeoutOption = Annotated[
    float, typer.Option("--connect-timeout", help="Give up connecting after this many seconds.")
]
MaxMbOption = Annotated[
    int, typer.Option("--max-mb", help="Refuse files and downloads larger than this (MB).")
]
DEFAULT_FETCH = FetchLimits()
URL_COLUMN = Column(no_wrap=True, max_width=60, overflow="ellipsis")  # a URL has no word to cut at
MB = 1024 * 1024


def _limits(timeout: float, connect_timeout: float, max_mb: int) -> tuple[ReadLimits, FetchLimits]:
    read = ReadLimits(max_bytes=max_mb * MB)
    fetch = FetchLimits(
        connect_timeout=connect_timeout,
        read_timeout=min(DEFAULT_FETCH.read_timeout, timeout),
        deadline=timeout,
        max_bytes=max_mb * MB,
        max_decoded_bytes=max_mb * MB,
    )
    return read, fetch


@source_app.command("add")
def source_add(
    slug: Annotated[str, typer.Argument(help="Stable id, e.g. czernin-in-the-world-war.")],
    title: Annotated[str, typer.Option(help="Title of the work.")],
    author: Annotated[str | None, typer.Option(help="Author (CSL 'author').")] = None,
    date: Annotated[str | None, typer.Option(help="Date issued: YYYY[-MM[-DD]].")] = None,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(SOURCE_KINDS)}.")] = "other",
    language: Annotated[str | None, typer.Option(help=f"Language: {LANGUAGE_HELP}.")] = None,
    translator: Annotated[str | None, typer.Option(help="Translator.")] = None,
    edition: Annotated[str | None, typer.Option(help="Edition.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of a public copy.")] = None,
    note: Annotated[str | None, typer.Option(help="Free note.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add a source (or update the one with this slug)."""
    with cli_errors():
        source = Source(
            id=slug, title=title, author=author, issued=date, kind=kind, language=language,
            translator=translator, edition=edition, publisher=publisher, url=url, note=note,
        )  # fmt: skip
        from ..records import catalog  # here: the command line starts without it

        with adding_to(db) as database:
            outcome = catalog.add_source(database, source)
        console.print(f"source {slug}: {outcome}")


@source_app.command("text")
def source_text(
    slug: Annotated[str, typer.Argument(help="The source the text belongs to.")],
    file_or_url: Annotated[
        str,
        typer.Argument(
            metavar="FILE-or-URL",
            help="A .txt, .md, .html, .pdf or .epub file, or an http(s) URL.",
        ),
    ],
    label: Annotated[
        str | None, typer.Option(help="Which text this is (edition, translation).")
    ] = None,
    language: Annotated[
        str | None, typer.Option(help=f"Language of this text: {LANGUAGE_HELP}; else detected.")
    ] = None,
    encoding: EncodingOption = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="The same bytes are already stored, read otherwise (a wrong --encoding or "
            "--language): re-read the stored text in place; the results found in it are "
            "dropped, verify again.",
        ),
    ] = False,
    keep_language: KeepLanguageOption = False,
    allow_private: AllowPrivateOption = False,
    timeout: TimeoutOption = DEFAULT_FETCH.deadline,
    connect_timeout: ConnectTimeoutOption = DEFAULT_FETCH.connect_timeout,
    max_mb: MaxMbOption = 200,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Attach a text to a source, from a file or a URL. The same bytes twice are stored once
    (read otherwise, they are refused unless --replace)."""
    from ..records import catalog
    from ..store import db as dbm

    with cli_errors():
        database = open_database(db)
        read_limits, fetch_limits = _limits(timeout, connect_timeout, max_mb)
        notices: list[str] = []
        before = {row["id"] for row in dbm.list_texts(database, source_id=slug)}
        with (
            _download_progress(catalog.is_url(file_or_url)) as progress,
            text_bars() as (indexing, embedding),
        ):
            text_id, added = catalog.attach_text(
                database,
                slug,
                file_or_url,
                label=label,
                language=language,
                encoding=encoding,
                limits=read_limits,
                fetching=catalog.FetchOptions(
                    limits=fetch_limits, allow_private=allow_private, progress=progress
                ),
                index_progress=indexing,
                vector_progress=embedding,
                notify=notices.append,
                replace=replace,
                keep_language=keep_language,
            )
        if added:
            row = next(r for r in dbm.list_texts(database, source_id=slug) if r["id"] == text_id)
            done = "re-read for" if text_id in before else "added to"
            console.print(f"text {text_id} {done} source {slug}: {visible(_describe(row))}")
        else:
            console.print(
                f"text {text_id}: already stored for source {slug} (same bytes); nothing changed"
            )
        for notice in notices:
            err_console.print(f"note: {notice}")


@source_app.command("fetch")
def source_fetch(
    slugs: Annotated[
        list[str] | None, typer.Argument(help="Sources to fetch texts for (default: all).")
    ] = None,
    refresh: Annotated[
        bool, typer.Option(help="Download again texts already fetched (a changed page is kept).")
    ] = False,
    best_effort: Annotated[
        bool,
        typer.Option(help="Exit 0 even when some texts could not be fetched (they are listed)."),
    ] = False,
    allow_private: AllowPrivateOption = False,
    timeout: TimeoutOption = DEFAULT_FETCH.deadline,
    connect_timeout: ConnectTimeoutOption = DEFAULT_FETCH.connect_timeout,
    max_mb: MaxMbOption = 200,
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Download the texts of sources whose records carry a URL; skip those already fetched.

    A source's URLs are the `texts:` entries with a `url` in its sources file, or else its
    own `url`.
    """
    from ..records import catalog

    interrupted = "interrupted: the texts fetched before are stored; the one being fetched is not"
    notices: list[str] = []
    with cli_errors(FILE_KEYS, interrupted=interrupted):
        database = open_database(db)
        read_limits, fetch_limits = _limits(timeout, connect_timeout, max_mb)
        with (
            _FetchDisplay(enabled=err_console.is_terminal and not json_output) as display,
            text_bars() as (indexing, embedding),
        ):
            report = catalog.fetch_texts(
                database,
                slugs or None,
                refresh=refresh,
                limits=read_limits,
                fetching=catalog.FetchOptions(
                    limits=fetch_limits, allow_private=allow_private, progress=display.bytes
                ),
                on_start=display.start,
                on_done=None if json_output else display.done,
                index_progress=indexing,
                vector_progress=embedding,
                notify=notices.append,
            )
        if json_output:
            print_json(report.outcomes)
        else:
            console.print(report.summary())
            for notice in notices:
                err_console.print(f"note: {notice}")
            if report.failures:
                _say_unfetched(report)
        failure = next((o.error for o in report.failures if o.error), None)
        if failure is not None and not best_effort:
            raise typer.Exit(failure.exit_code)


def _say_unfetched(report: catalog.FetchReport) -> None:
    """Which sources' texts were not fetched, and the files that would supply them."""
    from ..records.importtexts import texts_dir_name

    unfetched = report.unfetched()
    err_console.print(
        f"could not fetch {counted(len(report.failures), 'text')} of "
        f"{counted(len(unfetched), 'source')}; supply each by hand with `sourcecheck source "
        "text SLUG FILE-or-URL`, or save it in a folder under the name below and import with "
        "--texts FOLDER:",
        highlight=False,
    )
    for source_id, outcomes in unfetched.items():
        urls = [o.url for o in outcomes]
        several = f" (the {len(urls)} pages in one file)" if len(urls) > 1 else ""
        err_console.print(
            f"  {visible(texts_dir_name(source_id, urls))}{several}: "
            + ", ".join(visible(url) for url in urls),
            highlight=False,
            soft_wrap=True,
        )


@source_app.command("remove")
def source_remove(
    slug: Annotated[str, typer.Argument(help="The source's slug.")],
    cascade: Annotated[
        bool, typer.Option("--cascade", help="Also remove the claims that cite it.")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Remove a source with its texts; refused while claims cite it, unless --cascade."""
    from ..records import edit

    with cli_errors({"cascade": "--cascade"}):
        removed = edit.remove_source(open_database(db), slug, cascade=cascade)
        console.print(f"source {slug} removed{removed_summary(removed, 'sources')}")


@source_app.command("list")
def source_list(json_output: JsonOption = False, db: DbOption = DEFAULT_DB) -> None:
    """List sources with their number of texts and claims."""
    from ..store import db as dbm

    with cli_errors():
        database = open_database(db)
        rows = dbm.source_summaries(database)
        if json_output:
            print_json(rows)
            return
        table = DataTable("source", "kind", "title", "texts", "claims")
        for r in rows:
            table.add_row(
                r["id"],
                r["kind"],
                excerpt(r["title"], 50),
                str(r["texts"]),
                str(r["claims"]),
            )
        console.print(table)


@source_app.command("show")
def source_show(
    slug: Annotated[str, typer.Argument(help="The source's slug.")],
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show a source, its texts with their provenance, and how many claims cite it."""
    from ..store import db as dbm

    with cli_errors():
        database = open_database(db)
        source = dbm.get_source(database, slug)
        texts = dbm.list_texts(database, source_id=slug)
        urls = [row["url"] for row in dbm.list_text_urls(database, source_ids=[slug])]
        claims = dbm.list_claims(database, source_id=slug)
        if json_output:
            print_json(
                {**print_ready(source), "texts": texts, "text_urls": urls,
                 "claims": [c.id for c in claims]}
            )  # fmt: skip
            return
        for name, value in print_ready(source).items():
            if value:
                console.print(f"{name:>16}: {visible(value)}")
        console.print(
            f"{'texts':>16}: {len(texts) or 'none yet (sourcecheck source text SLUG FILE-or-URL)'}"
        )
        for t in texts:
            label = f"{t['label']} " if t["label"] else ""
            console.print(f"{'':>16}  #{t['id']} {visible(label + _describe(t))}")
        fetched = {t["origin"] for t in texts}
        for url in urls:
            if url not in fetched:
                console.print(
                    f"{'':>16}  not fetched yet: {visible(url)} (sourcecheck source fetch {slug})"
                )
        console.print(f"{'claims':>16}: {len(claims)}")


def print_ready(source: Source) -> dict[str, object]:
    data = asdict(source)
    data.pop("texts")
    return data


def _describe(row: dict[str, object]) -> str:
    """``(12,345 chars, language ru (detected), html via selectolax 1.0.2, windows-1251 from
    <meta>, https://...)``."""
    how = str(row["extraction"])
    if row.get("extractor"):
        how += f" via {row['extractor']}"
    parts = [f"{row['length']:,} chars", how]
    if row.get("language"):
        detected = " (detected)" if row.get("language_detected") else ""
        parts.insert(1, f"language {row['language']}{detected}")
    if row.get("encoding"):
        parts.append(f"{row['encoding']} ({row['encoding_source']})")
    parts.append(str(row["origin"]))
    if row.get("final_url") and row["final_url"] != row["origin"]:
        parts.append(f"-> {row['final_url']}")
    if row.get("extraction_notes"):
        parts.append(str(row["extraction_notes"]))
    return f"({', '.join(parts)})"


# -- progress on a terminal ------------------------------------------------------------------


@contextmanager
def _download_progress(enabled: bool) -> Iterator[DownloadCallback | None]:
    """A transfer bar on stderr while one URL downloads (only on a terminal)."""
    if not (enabled and err_console.is_terminal):
        yield None
        return
    with Progress(
        TextColumn("downloading"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("download", total=None)

        def update(received: int, total: int | None) -> None:
            progress.update(task, completed=received, total=total)

        yield update


class _FetchDisplay:
    """For ``source fetch``: a bar over URLs and one over the current download's bytes, and a
    line per URL as it finishes. Without a terminal, only the lines."""

    def __init__(self, *, enabled: bool) -> None:
        self.progress: Progress | None = None
        if enabled:
            self.progress = Progress(
                TextColumn("{task.description}", table_column=URL_COLUMN), BarColumn(),
                TextColumn("{task.fields[done]}"),
                TimeElapsedColumn(), console=err_console, transient=True,
            )  # fmt: skip
        self.urls: TaskID | None = None
        self.download: TaskID | None = None
        self.finished = self.total = 0

    def __enter__(self) -> _FetchDisplay:
        if self.progress is not None:
            self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.__exit__(None, None, None)

    def start(self, total: int, row: catalog.UrlToFetch) -> None:
        if self.progress is None:
            return
        if self.urls is None:
            self.total = total
            self.urls = self.progress.add_task("texts", total=total, done=f"0/{total}")
            self.download = self.progress.add_task("", total=None, done="")
        assert self.download is not None
        self.progress.update(
            self.download, description=row["url"], completed=0, total=None, done=""
        )

    def bytes(self, received: int, total: int | None) -> None:
        if self.progress is not None and self.download is not None:
            done = decimal(received) + (f"/{decimal(total)}" if total else "")
            self.progress.update(self.download, completed=received, total=total, done=done)

    def done(self, outcome: catalog.FetchOutcome) -> None:
        if self.progress is not None and self.urls is not None:
            self.finished += 1
            self.progress.update(
                self.urls, completed=self.finished, done=f"{self.finished}/{self.total}"
            )
        if outcome.outcome in ("failed", "skipped"):
            others = outcome.other_texts
            has = f" (it has {counted(others, 'other text')})" if others else ""
            why = describe(outcome.error, FILE_KEYS) if outcome.error else outcome.message
            err_console.print(f"{outcome.outcome}: {outcome.source_id}{has}: {visible(why)}")
        else:
            text = f" (text {outcome.text_id})" if outcome.text_id else ""
            label = {"present": "already fetched", "unchanged": "same bytes already stored"}
            console.print(
                f"{label.get(outcome.outcome, outcome.outcome)}: {outcome.source_id}: "
                f"{visible(outcome.url)}{text}"
            )

"""Commands that add, import, list, show and export claims and sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from .. import catalog
from .. import db as dbm
from ..importer import import_paths
from ..models import CLAIM_KINDS, SOURCE_KINDS, Claim, Source
from .common import (
    DbOption,
    JsonOption,
    cli_errors,
    console,
    err_console,
    open_database,
    print_json,
    shorten,
)

source_app = typer.Typer(help="Add, list and show cited sources and attach their texts.")
claim_app = typer.Typer(help="Add, list and show claims.")


@source_app.command("add")
def source_add(
    slug: Annotated[str, typer.Argument(help="Stable id, e.g. czernin-in-the-world-war.")],
    title: Annotated[str, typer.Option(help="Title of the work.")],
    author: Annotated[str | None, typer.Option(help="Author (CSL 'author').")] = None,
    date: Annotated[str | None, typer.Option(help="Date issued: YYYY[-MM[-DD]].")] = None,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(SOURCE_KINDS)}.")] = "other",
    language: Annotated[str | None, typer.Option(help="Language code, e.g. en.")] = None,
    translator: Annotated[str | None, typer.Option(help="Translator.")] = None,
    edition: Annotated[str | None, typer.Option(help="Edition.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of a public copy.")] = None,
    note: Annotated[str | None, typer.Option(help="Free note.")] = None,
    db: DbOption = None,
) -> None:
    """Add a source (or update the one with this slug)."""
    with cli_errors():
        source = Source(
            id=slug, title=title, author=author, issued=date, kind=kind, language=language,
            translator=translator, edition=edition, publisher=publisher, url=url, note=note,
        )  # fmt: skip
        outcome = catalog.add_source(open_database(db), source)
        console.print(f"source {slug}: {outcome}")


@source_app.command("text")
def source_text(
    slug: Annotated[str, typer.Argument(help="The source the text belongs to.")],
    path: Annotated[Path, typer.Argument(help="A UTF-8 text file.")],
    label: Annotated[
        str | None, typer.Option(help="Which text this is (edition, translation).")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Language of this text.")] = None,
    db: DbOption = None,
) -> None:
    """Attach a text file to a source. The same bytes twice are stored once."""
    with cli_errors():
        text_id, added = catalog.attach_text(
            open_database(db), slug, path, label=label, language=language
        )
        if added:
            console.print(f"text {text_id} added to source {slug}")
        else:
            console.print(
                f"text {text_id}: already stored for source {slug} (same bytes); nothing changed"
            )


@source_app.command("list")
def source_list(json_output: JsonOption = False, db: DbOption = None) -> None:
    """List sources with their number of texts and claims."""
    with cli_errors():
        database = open_database(db)
        rows = dbm.query(
            database,
            """SELECT s.id, s.kind, s.title, s.author, s.issued,
                 (SELECT count(*) FROM texts t WHERE t.source_id = s.id) AS texts,
                 (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claims
               FROM sources s ORDER BY s.id""",
        )
        if json_output:
            print_json(rows)
            return
        table = Table("source", "kind", "title", "texts", "claims")
        for r in rows:
            table.add_row(
                r["id"], r["kind"], shorten(r["title"], 50), str(r["texts"]), str(r["claims"])
            )
        console.print(table)


@source_app.command("show")
def source_show(
    slug: Annotated[str, typer.Argument(help="The source's slug.")],
    json_output: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show a source, its texts and how many claims cite it."""
    with cli_errors():
        database = open_database(db)
        source = dbm.get_source(database, slug)
        texts = dbm.list_texts(database, source_id=slug)
        claims = dbm.list_claims(database, source_id=slug)
        if json_output:
            print_json({**print_ready(source), "texts": texts, "claims": [c.id for c in claims]})
            return
        for name, value in print_ready(source).items():
            if value:
                console.print(f"{name:>16}: {value}")
        console.print(
            f"{'texts':>16}: {len(texts) or 'none yet (sourcecheck source text SLUG FILE)'}"
        )
        for t in texts:
            console.print(
                f"{'':>16}  #{t['id']} {t['label'] or ''} ({t['length']:,} chars, {t['origin']})"
            )
        console.print(f"{'claims':>16}: {len(claims)}")


def print_ready(source: Source) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(source)
    data.pop("texts")
    return data


@claim_app.command("add")
def claim_add(
    quote: Annotated[
        str, typer.Argument(help="The exact words claimed, as the document prints them.")
    ],
    source: Annotated[str | None, typer.Option(help="Slug of the cited source.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Who the words are attributed to.")] = None,
    date: Annotated[str | None, typer.Option(help="Cited date: YYYY[-MM[-DD]].")] = None,
    locator: Annotated[str | None, typer.Option(help="Where in the source, as cited.")] = None,
    kind: Annotated[str, typer.Option(help=f"One of: {', '.join(CLAIM_KINDS)}.")] = "quotation",
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Id; default: from source and date.")
    ] = None,
    document: Annotated[
        str | None, typer.Option(help="Id of the document making the claim.")
    ] = None,
    notes: Annotated[str | None, typer.Option(help="Notes for reviewers.")] = None,
    db: DbOption = None,
) -> None:
    """Add one claim."""
    with cli_errors():
        claim = Claim(
            id=claim_id or "", quote=quote, kind=kind, source_id=source, document_id=document,
            speaker=speaker, date=date, locator=locator, notes=notes,
        )  # fmt: skip
        stored = catalog.add_claim(open_database(db), claim)
        console.print(f"claim {stored.id} added")


@claim_app.command("list")
def claim_list(
    source: Annotated[str | None, typer.Option(help="Only claims citing this source.")] = None,
    json_output: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List claims in document order."""
    with cli_errors():
        database = open_database(db)
        if source:
            dbm.get_source(database, source)
        claims = dbm.list_claims(database, source_id=source)
        if json_output:
            print_json(claims)
            return
        table = Table("claim", "kind", "source", "date", "quote")
        for c in claims:
            table.add_row(c.id, c.kind, c.source_id or "-", c.date or "", shorten(c.quote, 60))
        console.print(table)


@claim_app.command("show")
def claim_show(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.")],
    json_output: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Show one claim with all its fields."""
    with cli_errors():
        claim = dbm.get_claim(open_database(db), claim_id)
        if json_output:
            print_json(claim)
            return
        from dataclasses import asdict

        for name, value in asdict(claim).items():
            if value is not None and name != "quote":
                console.print(f"{name:>12}: {value}")
        console.print(f"{'quote':>12}: {claim.quote}")


def import_command(
    paths: Annotated[list[Path], typer.Argument(help="Claims/sources YAML files or directories.")],
    texts: Annotated[
        Path | None,
        typer.Option(help="Attach DIR/<source-id>.txt to each source that has such a file."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Import claims and sources from YAML files and directories, all or nothing."""
    with cli_errors():
        database = open_database(db)
        report = import_paths(database, paths, texts_dir=texts)
        console.print(f"imported {len(report.files)} file(s) into {db or dbm.default_db_path()}")
        console.print(report.summary())
        for notice in report.notices:
            err_console.print(f"note: {notice}")


def export_command(
    path: Annotated[Path, typer.Argument(help="YAML file to write, or - for standard output.")],
    db: DbOption = None,
) -> None:
    """Export documents, sources and claims as YAML that `import` reads back."""
    with cli_errors():
        database = open_database(db)
        if str(path) == "-":
            console.file.write(catalog.export_yaml(database))
            return
        catalog.export_yaml(database, path)
        counts = dbm.table_counts(database)
        console.print(f"wrote {path}: {counts['sources']} sources, {counts['claims']} claims")

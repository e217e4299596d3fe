"""Commands that add, list and show claims, and import and export everything."""

from __future__ import annotations

from pathlib import Path
from textwrap import shorten
from typing import Annotated

import typer
from rich.table import Table

from ..models import CLAIM_KINDS, Claim
from ..records import catalog
from ..records.catalog import ExportFormat
from ..records.importer import import_paths
from ..store import db as dbm
from .common import (
    DEFAULT_DB,
    FILE_KEYS,
    DbOption,
    JsonOption,
    choice,
    cli_errors,
    console,
    err_console,
    open_database,
    print_json,
)

claim_app = typer.Typer(help="Add, list and show claims.")


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
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add one claim."""
    with cli_errors():
        claim = Claim(
            id=claim_id or "", quote=quote, kind=kind, source_id=source, document_id=document,
            speaker=speaker, date=date, locator=locator, notes=notes,
        )  # fmt: skip
        stored = catalog.add_claim(open_database(db, create=True), claim)
        console.print(f"claim {stored.id} added")


@claim_app.command("list")
def claim_list(
    source: Annotated[str | None, typer.Option(help="Only claims citing this source.")] = None,
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
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
            table.add_row(
                c.id,
                c.kind,
                c.source_id or "-",
                c.date or "",
                shorten(c.quote, 60, placeholder="…"),
            )
        console.print(table)


@claim_app.command("show")
def claim_show(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.")],
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
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
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import claims and sources from YAML files and directories, all or nothing."""
    with cli_errors(FILE_KEYS):
        database = open_database(db, create=True)
        report = import_paths(database, paths, texts_dir=texts)
        console.print(f"imported {len(report.files)} file(s) into {db}")
        console.print(report.summary())
        for notice in report.notices:
            err_console.print(f"note: {notice}")


def export_command(
    path: Annotated[Path, typer.Argument(help="File to write, or - for standard output.")],
    export_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help="yaml: documents, sources and claims; csl-json: the sources, for citation "
            "managers. `import` reads both back.",
            parser=choice(ExportFormat, "format"),
        ),
    ] = ExportFormat.YAML,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export documents, sources and claims as YAML (or the sources as CSL-JSON)."""
    with cli_errors():
        database = open_database(db)
        if str(path) == "-":
            console.file.write(catalog.export(database, export_format))
            return
        catalog.export(database, export_format, path)
        counts = dbm.table_counts(database)
        what = "" if export_format is ExportFormat.CSL_JSON else f", {counts['claims']} claims"
        console.print(f"wrote {path}: {counts['sources']} sources{what}")

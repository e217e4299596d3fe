"""Commands that add, list and show claims, and import and export everything."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from ..models import CLAIM_KINDS, Claim, ExportFormat, counted, excerpt
from .common import (
    DEFAULT_DB,
    FILE_KEYS,
    DataTable,
    DbOption,
    JsonOption,
    KeepLanguageOption,
    SourcesOption,
    adding_to,
    choice,
    cli_errors,
    console,
    err_console,
    open_database,
    or_stdout,
    print_json,
    visible,
)
from .index import text_bars

claim_app = typer.Typer(help="Add, edit, remove, list and show claims.")


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
        from ..records import catalog  # here: the command line starts without it

        with adding_to(db) as database:
            stored = catalog.add_claim(database, claim)
        console.print(f"claim {stored.id} added")


@claim_app.command("list")
def claim_list(
    source: SourcesOption = None,
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """List claims in document order."""
    from ..store import db as dbm

    with cli_errors():
        database = open_database(db)
        dbm.require_sources(database, source)
        claims = dbm.list_claims(database, source_id=source)
        if json_output:
            print_json(claims)
            return
        table = DataTable("claim", "kind", "source", "date", "quote")
        for c in claims:
            table.add_row(
                c.id,
                c.kind,
                c.source_id or "-",
                c.date or "",
                excerpt(c.quote, 60),
            )
        console.print(table)


@claim_app.command("show")
def claim_show(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.")],
    json_output: JsonOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one claim with all its fields."""
    from ..store import db as dbm

    with cli_errors():
        claim = dbm.get_claim(open_database(db), claim_id)
        if json_output:
            print_json(claim)
            return
        from dataclasses import asdict

        for name, value in asdict(claim).items():
            if value is not None and name != "quote":
                console.print(f"{name:>12}: {visible(value)}")
        console.print(f"{'quote':>12}: {visible(claim.quote)}")


@claim_app.command("edit")
def claim_edit(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.")],
    new_id: Annotated[
        str | None,
        typer.Option("--id", help="A new id: its results, fact checks and reviews follow it."),
    ] = None,
    quote: Annotated[str | None, typer.Option(help="The exact words claimed.")] = None,
    kind: Annotated[str | None, typer.Option(help=f"One of: {', '.join(CLAIM_KINDS)}.")] = None,
    source: Annotated[str | None, typer.Option(help="Slug of the cited source.")] = None,
    document: Annotated[str | None, typer.Option(help="Id of the document.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Who the words are attributed to.")] = None,
    date: Annotated[str | None, typer.Option(help="Cited date: YYYY[-MM[-DD]].")] = None,
    locator: Annotated[str | None, typer.Option(help="Where in the source, as cited.")] = None,
    notes: Annotated[str | None, typer.Option(help="Notes for reviewers.")] = None,
    start: Annotated[str | None, typer.Option(help="Offset of the quote in the document.")] = None,
    end: Annotated[str | None, typer.Option(help="End offset of the quote.")] = None,
    paragraph: Annotated[str | None, typer.Option(help="Paragraph (1-based).")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Change fields of a claim, checked as an import checks them ("" clears a field)."""
    with cli_errors():
        given = {"id": new_id, "quote": quote, "kind": kind, "source_id": source,
                 "document_id": document, "speaker": speaker, "date": date, "locator": locator,
                 "notes": notes}  # fmt: skip
        changes: dict[str, object] = {k: v for k, v in given.items() if v is not None}
        for name, value in (("start", start), ("end", end), ("paragraph", paragraph)):
            if value is not None:
                changes[name] = _whole_number(name, value)
        if not changes:
            raise InputError("nothing to change: give a field, such as --speaker NAME")
        from ..records import edit

        changed = edit.edit_claim(open_database(db), claim_id, changes)
        if not changed:
            console.print(f"claim {claim_id}: nothing changed (the values given are stored)")
            return
        _say_edited(claim_id, new_id, changed)


def _say_edited(claim_id: str, new_id: str | None, changed: list[str]) -> None:
    """What ``claim edit`` changed, and what the user should know about it."""
    said = [f"renamed {new_id}"] if "id" in changed else []
    names = [{"source_id": "source", "document_id": "document"}.get(n, n) for n in changed]
    if names != ["id"]:
        said.append("changed " + ", ".join(n for n in names if n != "id"))
    console.print(f"claim {claim_id}: {'; '.join(said)}")
    err_console.print(
        "note: this changes the database only; importing a claims file that has this claim "
        + ("adds it again under its old id" if "id" in changed else "puts the file's version back")
        + " (sourcecheck export FILE writes the database's claims)"
    )
    if "quote" in changed:
        err_console.print(
            "note: it is not verified until verify checks the new quote (its results and "
            f"review are about the old one): sourcecheck verify {new_id or claim_id}"
        )


def _whole_number(name: str, value: str) -> int | str:
    """An offset typed on the command line: a whole number, or "" to clear it."""
    if value == "":
        return ""
    if not value.isdigit():
        raise InputError(f"--{name}: expected a whole number >= 0, got {value!r}")
    return int(value)


@claim_app.command("remove")
def claim_remove(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Remove a claim, with its results, fact checks and reviews."""
    from ..records import edit

    with cli_errors():
        removed = edit.remove_claim(open_database(db), claim_id)
        console.print(f"claim {claim_id} removed{removed_summary(removed, 'claims')}")


def removed_summary(removed: dict[str, int], main: str) -> str:
    """``, with 2 texts, 14 results and 1 review`` (what went with the record), or ""."""
    names = {
        "claims": ("claim",), "texts": ("text",), "index_texts": ("text index", "text indexes"),
        "text_urls": ("listed URL",), "results": ("result",), "fact_checks": ("fact check",),
        "reviews": ("review",),
    }  # fmt: skip
    parts = [counted(removed[k], *noun) for k, noun in names.items() if k != main and removed[k]]
    return f", with {', '.join(parts)}" if parts else ""


def import_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Claims and sources files (YAML: .yaml/.yml), bibliographies (BibTeX: .bib; "
            "CSL-JSON: .json), or directories holding them."
        ),
    ],
    texts: Annotated[
        Path | None,
        typer.Option(help="Attach DIR/<source-id>.txt to each source that has such a file."),
    ] = None,
    allow_outside_paths: Annotated[
        bool,
        typer.Option(
            "--allow-outside-paths",
            help="Let a sources file's `texts: path:` leave the file's folder (.., an absolute "
            "path, a link pointing out): only for sources files you trust.",
        ),
    ] = False,
    keep_language: KeepLanguageOption = False,
    allow_duplicates: Annotated[
        bool,
        typer.Option(
            "--allow-duplicates",
            help="Import a new claim even when a stored one has its quote, source and "
            "document (by default it is left out, with a warning naming its line).",
        ),
    ] = False,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="A text a sources file lists is stored already, now read otherwise (its "
            "entry's encoding: or language: corrected): re-read the stored text in place; the "
            "results found in it are dropped, verify again.",
        ),
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import claims and sources from YAML, BibTeX and CSL-JSON files and directories, all or
    nothing: every problem is listed (up to 20) and then nothing is imported. A claim or
    source stored already is updated from the file (the summary names what changed)."""
    from ..records.importer import import_paths

    notices: list[str] = []
    with cli_errors({**FILE_KEYS, "replace": "--replace"}):
        with adding_to(db) as database, text_bars() as (progress, embedding):
            report = import_paths(
                database,
                paths,
                texts_dir=texts,
                allow_outside_paths=allow_outside_paths,
                keep_language=keep_language,
                index_progress=progress,
                vector_progress=embedding,
                notify=notices.append,
                allow_duplicates=allow_duplicates,
                replace=replace,
            )
        console.print(f"imported {counted(len(report.files), 'file')} into {db}")
        console.print(report.summary())
        for warning in report.duplicates:
            err_console.print(f"warning: {visible(warning)}")
        for notice in notices:
            err_console.print(f"note: {notice}")


def export_command(
    path: Annotated[Path, typer.Argument(help="File to write, or - for standard output.")],
    export_format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            help="yaml: documents, sources and claims (the default, for .yaml/.yml or -); "
            "csl-json: the sources, for citation managers. `import` reads both back.",
            parser=choice(ExportFormat, "format"),
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Replace an existing file (its comments and proposed: are lost).")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export documents, sources and claims as YAML (or the sources as CSL-JSON)."""
    from ..records import catalog
    from ..store import db as dbm

    with cli_errors():
        database = open_database(db)
        if or_stdout(path) is None:
            console.file.write(catalog.export(database, export_format))
            return
        catalog.export(database, export_format, path, force=force)
        counts = dbm.table_counts(database)
        claims = f", {counted(counts['claims'], 'claim')}"
        what = "" if export_format is ExportFormat.CSL_JSON else claims
        console.print(f"wrote {path}: {counted(counts['sources'], 'source')}{what}")

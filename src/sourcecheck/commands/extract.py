"""The ``extract`` command: propose the claims of a text for review."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import InputError, OutputExistsError
from ..models import Claim, Source, counted, excerpt, speaker_bands_said
from .common import (
    DEFAULT_DB,
    DbOption,
    cli_errors,
    console,
    err_console,
    open_database,
    or_stdout,
)

if TYPE_CHECKING:
    from ..extract.output import ExtractReport


def extract_command(
    path: Annotated[Path, typer.Argument(help="The text to read (a UTF-8 file).")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write a new claims file (default, or -: print it)."),
    ] = None,
    merge: Annotated[
        Path | None,
        typer.Option(
            help="Add what is new to this claims file; its claims are never doubled, and changed "
            "only to follow an edited text (new offsets; a quote no longer there is marked gone)."
        ),
    ] = None,
    drop_gone: Annotated[
        bool,
        typer.Option(
            "--drop-gone",
            help="With --merge: drop the claims whose quote is gone from the text (else marked).",
        ),
    ] = False,
    document_id: Annotated[
        str | None,
        typer.Option("--document-id", help="Id of the document (default: from the file name)."),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title of the document.")] = None,
    author: Annotated[
        str | None, typer.Option(help="Author of the document: who “I” is in the text.")
    ] = None,
    issued: Annotated[
        str | None, typer.Option("--date", help="Date of the document: YYYY[-MM[-DD]].")
    ] = None,
    force: Annotated[bool, typer.Option(help="Replace an existing -o file.")] = False,
    readd: Annotated[
        bool,
        typer.Option(
            "--readd",
            help="With --merge: propose again the claims removed from the file in review "
            "(by default a removed claim is not proposed again).",
        ),
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Propose claims (quotations, speakers, dates, figures, events) from a text for review.

    Speakers and sources are matched against the sources in the database when it exists.
    """
    from ..extract.output import extract_file  # here: the command line starts without it

    output = or_stdout(output)
    with cli_errors(interrupted="interrupted: nothing was written"):
        if output is not None and merge is not None:
            raise InputError("give -o/--output or --merge, not both")
        if drop_gone and merge is None:
            raise InputError("--drop-gone goes with --merge")
        if readd and merge is None:
            raise InputError("--readd goes with --merge: it proposes again what was removed")
        sources, stored = _known(db)
        try:
            report = extract_file(
                path, output=output, merge=merge, document_id=document_id, title=title,
                author=author, issued=issued, sources=sources, force=force,
                drop_gone=drop_gone, readd=readd, stored=stored,
            )  # fmt: skip
        except OutputExistsError as exc:
            raise InputError(
                "already exists: use --merge to add to a reviewed file, or --force to replace it",
                location=exc.location,
            ) from None
        _print_report(report, merge)


def _known(db: Path) -> tuple[list[Source], list[Claim]]:
    """The sources to match speakers against and the claims stored (their ids are taken), from
    the database if there is one (reading needs no database: none is created)."""
    if not db.exists():
        err_console.print(f"note: no database at {db}: speakers and sources not matched")
        return [], []
    from ..store import db as dbm

    database = open_database(db)
    return dbm.list_sources(database), dbm.list_claims(database)


def _moved(report: ExtractReport) -> str:
    """The proposals the file has at another place: its claims that moved with the text."""
    if not report.moved_there:
        return ""
    return f"; {len(report.moved_there)} there at another place (moved with the text)"


def _unproposed(report: ExtractReport) -> str:
    """Why the claims moved can outnumber the proposals "there at another place": the moved
    claims this extraction does not propose (added by a person, or no longer proposed)."""
    alone = report.moved_unproposed
    if not alone:
        return ""
    return (
        f" ({len(report.moved) - len(alone)} proposed again, there at another place; "
        f"{len(alone)} not proposed by this extraction: {_ids(alone)})"
    )


def _removed(report: ExtractReport) -> str:
    """What the merge's memory did with the claims removed in review, named by their words."""
    claims, said = report.removed, "not proposed again (--readd proposes them again)"
    if report.readded:
        claims, said = report.readded, "proposed again (--readd)"
    if not claims:
        return ""
    words = ", ".join(f"“{excerpt(c.quote, 40)}”" for c in claims[:5])
    more = ", …" if len(claims) > 5 else ""
    return f"; {len(claims)} removed from it before, {said}: {words}{more}"


def _print_report(report: ExtractReport, merge: Path | None) -> None:
    """The claims file when nothing was written, else what was written; the counts, and why
    quotations were left out, whichever way the claims went."""
    kinds = Counter(c.kind for c in report.added)
    added = counted(len(report.added), "claim")
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    if report.written is None and merge is None:
        console.file.write(report.text)
        err_console.print(f"proposed {added}" + (f": {counts}" if counts else ""))
    elif merge is not None:
        where = report.written or merge
        console.print(
            f"{where}: added {added} ({counts or 'nothing new'}); "
            f"{len(report.already_there)} already there, left as they were{_moved(report)}"
            f"{_removed(report)}"
        )
        _print_edits(report, where)
    else:
        console.print(f"wrote {report.written}: {added} ({counts or 'none'})")
    _print_doubtful(report)


def _ids(ids: list[str]) -> str:
    return ", ".join(ids[:10]) + (", …" if len(ids) > 10 else "")


def _print_edits(report: ExtractReport, where: Path) -> None:
    """What a merge did to the file's claims after the text was edited: moved, gone, dropped."""
    if report.stale:
        err_console.print(
            f"note: {counted(len(report.stale), 'claim')} of {where} no longer at its start-end "
            f"(compared by its words instead; fix or clear its offsets): {_ids(report.stale)}"
        )
    if report.moved:
        err_console.print(
            f"note: the text changed since: {counted(len(report.moved), 'claim')} moved, "
            f"start-end updated{_unproposed(report)}: {_ids(report.moved)}"
        )
    newly = [g + _in_place(report, g) for g in report.gone if g not in report.dropped]
    if newly:
        err_console.print(
            f"note: the text changed since: {counted(len(newly), 'claim')} gone from it (the "
            f"quote is no longer in the text), kept with notes 'gone: ...' and no offsets; "
            f"check and remove them, or merge with --drop-gone: {_ids(newly)}"
        )
    if report.resourced:
        shown = [f"{c} → {s}" for c, s in report.resourced.items()]
        err_console.print(
            f"note: {counted(len(shown), 'new claim')} of a person whose placeholder source "
            f"you replaced cite what their other claims cite (placeholder not added again): "
            f"{_ids(shown)}"
        )
    if report.dropped:
        err_console.print(
            f"note: {counted(len(report.dropped), 'claim')} gone from the text dropped from "
            f"{where} (remove them from the database too: sourcecheck claim remove ID): "
            f"{_ids(report.dropped)}"
        )


def _in_place(report: ExtractReport, gone: str) -> str:
    """The claim added in the place of ``gone``, and whether it took its reviewed fields."""
    new = report.in_place_of.get(gone)
    if new is None:
        return ""
    carried = " with its reviewed fields (its words edited)" if new in report.inherited else ""
    return f" (in its place now: {new}){carried}"


def _print_doubtful(report: ExtractReport) -> None:
    """The claims to review first, and the quoted terms left out."""
    doubtful = [
        c for c in report.added if c.speaker_confidence is not None and c.speaker_confidence < 0.6
    ]
    if doubtful:
        ids = ", ".join(c.id for c in doubtful[:10]) + (", …" if len(doubtful) > 10 else "")
        err_console.print(
            f"note: review first: {counted(len(doubtful), 'speaker')} with speaker_confidence "
            f"under 0.6 (on novels {speaker_bands_said(0.6)}): {ids}"
        )
    skipped = report.left_out
    if skipped:
        terms = ", ".join(f"“{excerpt(words, 30)}”" for words in skipped[:5])
        terms += ", …" if len(skipped) > 5 else ""
        err_console.print(
            f"note: {counted(len(skipped), 'short quoted term')} left out (scare quotes, "
            f"titles, words mentioned): {terms}"
        )

"""The typer application: argument parsing and printing only; the work is in the library."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from .commands import browse, index, records, review, sources, verify
from .commands import extract as extract_cmd
from .commands.common import DB_ENV, interrupt_told
from .errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, NOTHING_STORED

app = typer.Typer(
    name="sourcecheck",
    help="Check the quotations, dates and figures of a text against the sources it cites.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.add_typer(sources.source_app, name="source")
app.add_typer(records.claim_app, name="claim")
app.command("import")(records.import_command)
app.command("export")(records.export_command)
app.command("index")(index.index_command)
app.command("verify")(verify.verify_command)
app.command("show")(verify.show_command)
app.command("report")(verify.report_command)
app.command("review")(review.review_command)
app.command("extract")(extract_cmd.extract_command)
app.command("serve")(browse.serve_command)
app.command("datasette-metadata")(browse.metadata_command)


def _version(value: bool) -> None:
    if value:
        from . import __version__  # read from the package's metadata: only when asked

        typer.echo(f"sourcecheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="FILE",
            help="The database file of the command that follows, given before it (`sourcecheck "
            "--db FILE verify`); the command's own --db, after it, wins.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check the quotations, dates and figures of a text against the sources it cites."""
    if db is not None:
        # every command's --db falls back on $SOURCECHECK_DB: set it for the command that
        # follows (its own --db still wins), and put it back when the command ends
        before = os.environ.get(DB_ENV)
        os.environ[DB_ENV] = db
        ctx.call_on_close(lambda: _restore(DB_ENV, before))


def _restore(name: str, value: str | None) -> None:
    """Put an environment variable back as it was (None: unset)."""
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def main() -> None:
    """Console-script entry point. An argument that is not valid UTF-8 (bytes a file name
    or a terminal in another encoding gave) is bad input: one line, exit 3."""
    for n, arg in enumerate(sys.argv[1:], 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes Python kept as lone surrogates (surrogateescape)
            raw = os.fsencode(arg)
            sys.stderr.write(
                f"error: argument {n} is not valid UTF-8: {raw!r} (give it in UTF-8, or "
                "rename the file)\n"
            )
            raise SystemExit(EXIT_BAD_INPUT) from None
    interrupt_told(forget=True)
    try:
        app()
    except (KeyboardInterrupt, RuntimeError) as stop:
        # while typer builds the commands, before any began; Python wraps one that lands in
        # a class's __set_name__ (while a module is imported) in a RuntimeError
        if isinstance(stop, RuntimeError) and not isinstance(stop.__cause__, KeyboardInterrupt):
            raise
        sys.stderr.write(NOTHING_STORED + "\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    except SystemExit as end:
        if end.code == EXIT_INTERRUPTED and not interrupt_told():  # before the command began
            sys.stderr.write(NOTHING_STORED + "\n")
        raise

"""Commands that open the database in Datasette: serve it, or write its metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import DEFAULT_DB, DbOption, cli_errors, console, err_console


def serve_command(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 127.0.0.1 is this machine only.")
    ] = "127.0.0.1",
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the database page in a web browser.")
    ] = False,
    allow_review_from: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-review-from",
            help="Addresses or networks that may record reviews in the browser (repeatable; "
            "any: everyone). Default: this machine only (127.0.0.1, ::1).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Browse the database in Datasette, with sourcecheck's titles, facets and queries, and a
    form to record reviews."""
    # Datasette is imported by the commands that run it only: the command line starts faster.
    from ..browse import datasette as browse
    from ..records.review import configured_reviewer

    _quiet_error_dumps()
    with cli_errors():
        browse.serve(
            db, host=host, port=port, open_browser=open_browser, review_from=allow_review_from,
            reviewer=configured_reviewer(),
            on_ready=lambda url: err_console.print(f"Datasette on {url} (Ctrl-C to stop)"),
        )  # fmt: skip


def _quiet_error_dumps() -> None:
    """Keep the serve terminal to what matters. Datasette answers a bad request (``?_col=nope``,
    ``?_sort=nope``, a page that does not exist) with a clear error page, and its default
    ``handle_exception`` hook then prints the exception with its locals (the request, the actor)
    on rich's global console: hundreds of lines per request. A plugin's ``handle_exception``
    cannot stop it (Datasette awaits every hook's answer), so that console is silenced in this
    process: sourcecheck prints through consoles of its own, and an exception that is a bug
    still prints its traceback (Datasette writes it with ``traceback.print_exc`` too). An
    empty ``?_col=`` leaves Datasette's facet coroutines never awaited: those warnings go too.
    """
    import warnings

    import rich

    rich.get_console().quiet = True
    warnings.filterwarnings(
        "ignore", message=r"coroutine '(TableView|\w+Facet)\.", category=RuntimeWarning
    )


def metadata_command(
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Metadata file to write (.yml, .yaml or .json).")
    ] = Path("metadata.yml"),
    config: Annotated[
        Path | None,
        typer.Option(
            help="Datasette 1.0 only: the datasette.yaml to write (default: beside -o).",
            show_default=False,
        ),
    ] = None,
    datasette_version: Annotated[
        str | None,
        typer.Option(
            help="Write for this Datasette version (default: the installed one), e.g. 1.0a19.",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write Datasette metadata (and for Datasette 1.0 its datasette.yaml) for the database."""
    from ..browse import datasette as browse

    with cli_errors():
        meta, config_file = browse.write_metadata(
            db, output, config_output=config, version=datasette_version
        )
        for file in (meta, config_file):
            if file is not None:
                console.print(f"wrote {file}")
        console.print("run: " + browse.datasette_command_line(db, meta, config_file))

"""The index command, and the progress bar of indexing that import and source commands show."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.errors import LiveError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..store.indexes import IndexProgress, index_texts
from .common import DEFAULT_DB, DbOption, cli_errors, console, err_console, open_database


@contextmanager
def indexing_bar() -> Iterator[IndexProgress]:
    """A progress bar of texts indexed, on a terminal only, shown from the first text indexed
    (not at all while another progress display is live, such as a download's)."""
    bar = Progress(
        TextColumn("indexing texts"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, disable=not sys.stderr.isatty(), transient=True,
    )  # fmt: skip
    task = bar.add_task("index", total=None, start=False)
    shown = False

    def advance(done: int, total: int) -> None:
        nonlocal shown
        if not shown:
            try:
                bar.start()
            except LiveError:
                bar.disable = True
            shown = True
        bar.update(task, completed=done, total=total)

    try:
        yield advance
    finally:
        if shown and not bar.disable:
            bar.stop()


def index_command(
    rebuild: Annotated[
        bool, typer.Option(help="Index every text again (after an upgrade that says so).")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Index the texts that have no index yet (import, source text and fetch index theirs)."""
    with cli_errors():
        database = open_database(db)
        with indexing_bar() as progress:
            report = index_texts(database, rebuild=rebuild, progress=progress)
        console.print(report.summary())

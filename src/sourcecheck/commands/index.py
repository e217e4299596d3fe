"""The index command, and the progress bars of indexing and embedding that import and source
commands show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer
from rich.errors import LiveError

from .common import DEFAULT_DB, DbOption, cli_errors, console, open_database
from .progress import progress_bars

if TYPE_CHECKING:
    from ..store.indexes import IndexProgress
    from ..store.vectors import VectorProgress


@contextmanager
def text_bars() -> Iterator[tuple[IndexProgress, VectorProgress]]:
    """Progress bars of texts indexed and of texts embedded (moving within a long text), on a
    terminal only, each shown from its first report (not at all while another progress
    display is live, such as a download's)."""
    bar = progress_bars()
    started = False

    def advancer(label: str) -> VectorProgress:
        task = bar.add_task(label, total=None, start=False, visible=False)

        def advance(done: float, total: int) -> None:
            nonlocal started
            if not started:
                try:
                    bar.start()
                except LiveError:
                    bar.disable = True
                started = True
            bar.update(task, completed=done, total=total, visible=True)

        return advance

    try:
        yield advancer("indexing texts"), advancer("embedding sentences")
    finally:
        if started and not bar.disable:
            bar.stop()


def index_command(
    rebuild: Annotated[
        bool, typer.Option(help="Index every text again (after an upgrade that says so).")
    ] = False,
    meaning: Annotated[
        bool,
        typer.Option(
            "--meaning",
            help="Also build the sentence vectors of every text that has none (of the current "
            "model): the meaning stage then searches texts of any size in any language. About "
            "25 s of CPU per MB.",
        ),
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Index the texts that have no index yet (import, source text and fetch index theirs),
    detect the language of texts stored without one, and with --meaning embed them."""
    from ..store.vectors import index_all  # here: the command line starts without numpy

    with cli_errors():
        database = open_database(db)
        with text_bars() as (indexing, embedding):
            summary = index_all(
                database,
                rebuild=rebuild,
                meaning=meaning,
                index_progress=indexing,
                vector_progress=embedding,
            )
        console.print(summary)

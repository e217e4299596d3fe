"""What every command shares: the --db option, output helpers and the one error path."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from ..errors import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    NOTHING_STORED,
    InputErrors,
    InterruptedAfterStoring,
    SourcecheckError,
)

if TYPE_CHECKING:
    from ..store.db import Database

# Rich markup and emoji codes stay off: quotes contain "[sic]", "[!]" and "[that is, Lenin
# and me]", and a ":flag:" is text. Piped output gets wide tables instead of 80 columns.
console = Console(
    markup=False, highlight=False, emoji=False, soft_wrap=True,
    width=None if sys.stdout.isatty() else 160,
)  # fmt: skip
err_console = Console(stderr=True, markup=False, highlight=False, emoji=False, soft_wrap=True)

# What a terminal would obey rather than show: C0 and C1 controls (escape sequences start with
# ESC or CSI), DEL, and the bidi overrides and isolates that reorder text ("Trojan Source").
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # what JSON leaves as is
_LAYOUT = re.compile("[\t\n]+")


def visible(value: object) -> str:
    r"""Data as a terminal shows it, never as it would obey it: line breaks and tabs become a
    space, every other control character (an escape sequence that would move the cursor or
    redraw a line, a bidi override) is written as its escape, visibly.

    >>> print(visible("verbatim\x1b[2K\r\u202eFAKE\nnext"))
    verbatim\x1b[2K\r\u202eFAKE next
    """
    text = _LAYOUT.sub(" ", str(value))
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class DataTable(Table):
    """A rich Table whose text cells are data: each is shown :func:`visible`."""

    def add_row(self, *renderables: Any, **kwargs: Any) -> None:
        super().add_row(*(visible(r) if isinstance(r, str) else r for r in renderables), **kwargs)


PLAIN_ROWS = 200
"""Past this many rows, :func:`print_table` prints a plain table: a Rich table measures and
wraps every cell, about 0.5 s for 1,000 rows (a third of ``verify --no-meaning`` on 100 MB)."""


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print ``rows`` of text cells (each shown :func:`visible`) under ``columns``: a Rich
    table (:class:`DataTable`) up to :data:`PLAIN_ROWS` rows; past them one line a row, each
    column but the last padded to its widest cell and the last printed whole, under a line
    of the column names: the same cells, without the frame and the wrapping.

    >>> print_table("run 1", ["claim", "reason"], [["a", "found"]] * (PLAIN_ROWS + 1))
    ... # doctest: +ELLIPSIS
    run 1
    claim  reason
    a      found
    ...
    """
    if len(rows) <= PLAIN_ROWS:
        table = DataTable(*columns, title=title)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        return
    shown = [[visible(cell) for cell in row] for row in rows]
    widths = [
        max(cell_len(name), *(cell_len(row[i]) for row in shown))
        for i, name in enumerate(columns[:-1])
    ]
    lines = [title]
    for row in [list(columns), *shown]:
        cells = [c + " " * (w - cell_len(c)) for c, w in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    console.file.write("\n".join(lines) + "\n")


DEFAULT_DB = Path("sourcecheck.db")
DB_ENV = "SOURCECHECK_DB"
"""The environment variable every command's --db falls back on (``sourcecheck --db FILE``,
before the command, sets it for that command)."""
DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar=DB_ENV,
        help="The database file. Default: $SOURCECHECK_DB, else ./sourcecheck.db.",
        show_default=False,
        show_envvar=False,
    ),
]
SourcesOption = Annotated[
    list[str] | None,
    typer.Option("--source", help="Only claims citing this source (repeatable)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
KeepLanguageOption = Annotated[
    bool,
    typer.Option(
        "--keep-language",
        help="Keep a text's given language (--language, the source's, or `language:` in a "
        "sources file) even when the text certainly is not in it (another script, or detection "
        "sure of a far language): by default such a text is refused (exit 3, nothing stored).",
    ),
]


FLAGS = {
    "encoding": "--encoding NAME",
    "allow_private": "--allow-private",
    "format": "--format FORMAT",
    "cascade": "--cascade",
    "force": "--force",
    "replace": "--replace",
    "max_mb": "--max-mb MB",
    "keep_language": "--keep-language keeps the given language anyway",
}
"""How a command's user sets the library option an error names (SourcecheckError.option)."""
FILE_KEYS = {
    **FLAGS,
    "allow_outside_paths": "--allow-outside-paths",
    "max_mb": "`source text` or `source fetch` with --max-mb MB",
    "replace": "`sourcecheck source text SOURCE FILE --replace` with the new --encoding or "
    "--language; then the sources file can say the same",
    "encoding": "`encoding:` in the text's entry under the source's `texts:` in its sources file",
    "keep_language": "`import --keep-language`, or `source text SOURCE FILE-or-URL "
    "--keep-language`, keeps the given language anyway",
}
"""The same, for commands that read texts as the sources files list them."""


def describe(exc: SourcecheckError, how: Mapping[str, str] = FLAGS) -> str:
    """The error's message, and how to set the option it names, if any."""
    hint = how.get(exc.option) if exc.option else None
    return f"{exc} ({hint})" if hint else str(exc)


_interrupt_told = False  # whether cli_errors said what a Ctrl-C left (see interrupt_told)


def interrupt_told(*, forget: bool = False) -> bool:
    """Whether a Ctrl-C was reported by :func:`cli_errors` (since the last ``forget``);
    typer turns one that came before (while a command imports its modules) into a silent
    exit 130, which ``main`` reports."""
    global _interrupt_told
    told, _interrupt_told = _interrupt_told, (_interrupt_told and not forget)
    return told


@contextmanager
def cli_errors(
    how: Mapping[str, str] = FLAGS, *, interrupted: str = NOTHING_STORED
) -> Iterator[None]:
    """Turn a :class:`SourcecheckError` into one line on stderr and its exit code; ``how``
    says how this command sets the options errors name. Ctrl-C prints ``interrupted`` (what
    is left of the command's work) and exits 130."""
    try:
        yield
    except KeyboardInterrupt as stop:
        global _interrupt_told
        _interrupt_told = True
        # stopped after its records were stored: say what stays, not "nothing"
        err_console.print(stop.kept if isinstance(stop, InterruptedAfterStoring) else interrupted)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SourcecheckError as exc:
        if isinstance(exc, InputErrors):
            for error in exc.errors[: exc.shown]:
                err_console.print(f"error: {visible(describe(error, how))}")
            err_console.print(f"error: {exc.summary}")
        else:
            err_console.print(f"error: {visible(describe(exc, how))}")
        raise typer.Exit(exc.exit_code) from None


Choice = TypeVar("Choice", bound=StrEnum)


def choice(
    enum: type[Choice], what: str, aliases: Mapping[str, str] | None = None
) -> Callable[[str], Choice]:
    """A typer ``parser`` for an Enum option: --help lists the Enum's values, and a value
    outside them (and their ``aliases``) is bad input (exit 3, one line), not click's usage
    error (exit 2)."""

    def parse(value: str | Choice) -> Choice:
        try:
            return enum((aliases or {}).get(str(value), value))
        except ValueError:
            choices = ", ".join([*(member.value for member in enum), *(aliases or {})])
            err_console.print(f"error: unknown {what} {value!r} (choose from: {choices})")
            raise typer.Exit(EXIT_BAD_INPUT) from None

    return parse


def open_database(path: Path) -> Database:
    """The database, which must exist: only commands that add records create one (see
    :func:`adding_to`), so a mistyped --db elsewhere is an error, not a new empty database."""
    from ..store.db import open_db  # here, not at the top: --help opens no database

    return open_db(path, create=False)


@contextmanager
def adding_to(path: Path) -> Iterator[Database]:
    """The database of a command that adds records: created when missing, and removed again
    when the command then fails or is interrupted, so a failed command never leaves a new
    empty database behind."""
    from ..store.db import open_db

    existed = path.exists()
    database = None
    try:
        database = open_db(path, create=True)
        yield database
    except BaseException:
        if not existed:
            if database is not None:
                database.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise


def or_stdout(path: Path | None) -> Path | None:
    """``path``, or None (standard output) where it is ``-``, the usual name for it: an
    ``-o -`` prints rather than writing a file named "-"."""
    return None if path is not None and str(path) == "-" else path


def print_json(data: Any) -> None:
    """Print data (dataclasses allowed) as indented JSON with unicode kept; JSON escapes the
    C0 controls itself, and C1 controls and bidi overrides are escaped too (``\\u009b``)."""
    text = json.dumps(to_jsonable(data), indent=2, ensure_ascii=False)
    sys.stdout.write(_INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def to_jsonable(data: Any) -> Any:
    """Dataclasses as dicts, tuples as lists, an error as the name of its kind."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return {f.name: to_jsonable(getattr(data, f.name)) for f in dataclasses.fields(data)}
    if isinstance(data, BaseException):
        return type(data).__name__
    if isinstance(data, list | tuple):
        return [to_jsonable(v) for v in data]
    if isinstance(data, dict):
        return {k: to_jsonable(v) for k, v in data.items()}
    return data

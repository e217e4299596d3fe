"""What every command shares: the --db option, output helpers and the one error path."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from ..errors import EXIT_BAD_INPUT, SourcecheckError
from ..store import db as dbm

# Rich markup stays off: quotes contain "[sic]", "[!]" and "[that is, Lenin and me]".
# Piped output gets wide tables instead of rich's default of 80 columns.
console = Console(
    markup=False, highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160
)
err_console = Console(stderr=True, markup=False, highlight=False, soft_wrap=True)

DEFAULT_DB = Path("sourcecheck.db")
DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        envvar="SOURCECHECK_DB",
        help="The database file. Default: $SOURCECHECK_DB, else ./sourcecheck.db.",
        show_default=False,
        show_envvar=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


FLAGS = {"encoding": "--encoding NAME", "allow_private": "--allow-private"}
"""How a command's user sets the library option an error names (SourcecheckError.option)."""
FILE_KEYS = {
    **FLAGS,
    "encoding": "`encoding:` in the text's entry under the source's `texts:` in its sources file",
}
"""The same, for commands that read texts as the sources files list them."""


def describe(exc: SourcecheckError, how: Mapping[str, str] = FLAGS) -> str:
    """The error's message, and how to set the option it names, if any."""
    hint = how.get(exc.option) if exc.option else None
    return f"{exc} ({hint})" if hint else str(exc)


@contextmanager
def cli_errors(how: Mapping[str, str] = FLAGS) -> Iterator[None]:
    """Turn a :class:`SourcecheckError` into one line on stderr and its exit code; ``how``
    says how this command sets the options errors name."""
    try:
        yield
    except SourcecheckError as exc:
        err_console.print(f"error: {describe(exc, how)}")
        raise typer.Exit(exc.exit_code) from None


Choice = TypeVar("Choice", bound=StrEnum)


def choice(enum: type[Choice], what: str) -> Callable[[str], Choice]:
    """A typer ``parser`` for an Enum option: --help lists the Enum's values, and a value
    outside them is bad input (exit 3, one line), not click's usage error (exit 2)."""

    def parse(value: str | Choice) -> Choice:
        try:
            return enum(value)
        except ValueError:
            choices = ", ".join(member.value for member in enum)
            err_console.print(f"error: unknown {what} {value!r} (choose from: {choices})")
            raise typer.Exit(EXIT_BAD_INPUT) from None

    return parse


def open_database(path: Path, *, create: bool = False) -> dbm.Database:
    """The database; only commands that add records create it (a mistyped --db elsewhere
    is an error, not a new empty database)."""
    return dbm.open_db(path, create=create)


def print_json(data: Any) -> None:
    """Print data (dataclasses allowed) as indented JSON with unicode kept."""
    sys.stdout.write(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False) + "\n")


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

"""The one error hierarchy of sourcecheck, and the exit code of each kind of error.

The CLI catches :class:`SourcecheckError`, prints ``error: <message>`` on one line to stderr
and exits with ``exit_code``. Anything else that escapes is a bug and keeps its traceback.

Exit codes (documented in the README):

====  =====================================================================
0     success (``verify`` ran, whatever it found)
1     ``verify --fail-on``: some claim ended with one of the listed statuses
2     usage error (unknown option, missing argument: typer/click's own code)
3     bad input: a claims/sources file, a text file or a field is invalid
4     not found: an unknown claim id, source slug or path
5     the database could not be opened, migrated or written
6     fetching a URL failed (network, HTTP status, limits, unsafe address)
7     ``verify --cluster``: the Dask scheduler could not be reached
130   interrupted (Ctrl-C): what the command was doing is not stored (what it wrote before
      the indexing that follows stays: :class:`InterruptedAfterStoring` says so)
====  =====================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_NOT_FOUND = 4
EXIT_DATABASE = 5
EXIT_FETCH = 6
EXIT_CLUSTER = 7
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


class SourcecheckError(Exception):
    """Base class: an error a user can act on, reported in one line.

    ``option`` names the parameter whose value would change the outcome (``encoding``,
    ``allow_private``): the message says what to do in words, and the CLI adds the flag (or
    the file key) that sets it, which only the CLI knows.
    """

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, option: str | None = None) -> None:
        self.option = option
        super().__init__(message)


class InputError(SourcecheckError):
    """A file, record or field supplied by the user is invalid.

    ``location`` names where: ``path:line`` or ``path:line: record 'id', field 'x'``.
    """

    exit_code = EXIT_BAD_INPUT

    def __init__(
        self, message: str, *, location: str | None = None, option: str | None = None
    ) -> None:
        self.location = location
        super().__init__(f"{location}: {message}" if location else message, option=option)


class InputErrors(InputError):
    """Several problems found in one run over user input (an import): every one is reported,
    up to ``shown`` of them, and nothing was done."""

    def __init__(self, errors: list[SourcecheckError], *, what: str, shown: int = 20) -> None:
        self.errors = errors
        self.shown = shown
        more = f" (the first {shown} shown)" if len(errors) > shown else ""
        self.summary = f"{len(errors)} problems{more}: {what}"
        super().__init__("\n".join([*(str(e) for e in errors[:shown]), self.summary]))
        codes = {e.exit_code for e in errors}  # every path missing: "not found" as for one
        self.exit_code = codes.pop() if len(codes) == 1 else EXIT_BAD_INPUT


class OutputExistsError(InputError):
    """A file to write already exists, and replacing it was not asked for."""


class NotFoundError(SourcecheckError):
    """An id, slug or path that does not exist."""

    exit_code = EXIT_NOT_FOUND


class DatabaseError(SourcecheckError):
    """The database cannot be opened, migrated or written."""

    exit_code = EXIT_DATABASE


class FetchError(SourcecheckError):
    """Fetching a URL failed; the message names the URL and the reason."""

    exit_code = EXIT_FETCH


class ClusterError(SourcecheckError):
    """The Dask cluster of ``verify --cluster`` could not be reached or used."""

    exit_code = EXIT_CLUSTER


NOTHING_STORED = "interrupted: nothing was stored"
"""What Ctrl-C leaves when it stops a command before its transaction commits."""

STORED_NOT_INDEXED = (
    "interrupted: what was read is stored; indexing it was not finished: "
    "`sourcecheck index --meaning` finishes it (a verify does too, when it needs it)"
)
"""What Ctrl-C leaves when it stops the indexing that follows a text's arrival."""


class InterruptedAfterStoring(KeyboardInterrupt):
    """Ctrl-C after a command stored what it read (in its own transaction), while it was
    indexing it: the records and texts stay, and ``kept`` says so and what finishes the rest.
    A KeyboardInterrupt still, so nothing on the way up mistakes it for an error."""

    def __init__(self, kept: str) -> None:
        self.kept = kept
        super().__init__(kept)

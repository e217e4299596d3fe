"""sourcecheck: check the quotations, dates and figures of a text against the sources it cites.

The Python API, for a notebook or a script (the ``sourcecheck`` command calls the same code):

- :func:`open_db` opens (creating and migrating) a database file;
- :func:`import_files` imports claims and sources files (YAML, BibTeX, CSL-JSON);
  :func:`add_source` and :func:`add_claim` add one record, :func:`add_text` a source's text
  (a file or a URL);
- :func:`verify` finds each claim's passage in its source's texts and stores its status;
- :func:`render_report` renders the latest results (json, markdown, html, csv, claimreview,
  annotations) and :func:`write_report` writes them to a file;
- :func:`record_review` records a person's verdict on a claim (bound to its latest result);
- :func:`match_quote` finds one quote in one text, without a database; :func:`parse_quote`
  reads its elisions and interpolations; :func:`match_meaning` finds it said in other words
  (another translation, a paraphrase, another language: ``reworded``);
- :func:`extract_claims` proposes the claims of a text (quotations, dates, figures).

Errors a user can act on are :class:`sourcecheck.errors.SourcecheckError` subclasses.

>>> from sourcecheck import match_quote
>>> match_quote("the war is over", "Feb. 11. The war is over, but there is no peace.").status
'verbatim'

The verbs load their modules on first use, so ``import sourcecheck`` stays light.
``sourcecheck.verify`` is the function: the module of that name is imported as
``from sourcecheck.verify import ...``.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lazy import lazy_names
from .models import Claim, Source

if TYPE_CHECKING:
    __version__: str
    from .extract.claims import extract_claims
    from .matching.match import match_quote
    from .matching.meaning import match_meaning
    from .matching.params import MatchParams
    from .matching.quote import parse_quote
    from .records.importer import ImportReport
    from .records.review import record_review
    from .report import render_report, write_report
    from .store.db import Database
    from .verify import verify

__all__ = [
    "Claim",
    "MatchParams",
    "Source",
    "__version__",
    "add_claim",
    "add_source",
    "add_text",
    "extract_claims",
    "import_files",
    "match_meaning",
    "match_quote",
    "open_db",
    "parse_quote",
    "record_review",
    "render_report",
    "verify",
    "write_report",
]

# Verbs whose documentation lives with their code, loaded on first use: name -> module.
_LAZY = {
    "extract_claims": ".extract.claims",
    "MatchParams": ".matching.params",
    "match_quote": ".matching.match",
    "match_meaning": ".matching.meaning",
    "parse_quote": ".matching.quote",
    "record_review": ".records.review",
    "render_report": ".report",
    "write_report": ".report",
    "verify": ".verify",
}
_load = lazy_names(__name__, _LAZY)


def __getattr__(name: str) -> Any:
    """Load a verb of the API from its module on first use (PEP 562); ``__version__`` too,
    read from the installed package's metadata (which costs tens of milliseconds)."""
    if name != "__version__":
        return _load(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("sourcecheck")
    except PackageNotFoundError:  # running from a source tree without installing
        value = "0.0.0+unknown"
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the verbs not loaded yet included."""
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The package module, keeping ``sourcecheck.verify`` the function.

    Importing a submodule sets it as an attribute of its package, so the first import of
    ``sourcecheck.verify`` (by the CLI, say) would rebind the name to the module.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return  # the submodule stays in sys.modules; the attribute is the verb
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def open_db(path: str | os.PathLike[str]) -> Database:
    """Open the database at ``path`` (``":memory:"`` for one that lives in memory), creating
    it and applying pending migrations. The result is a ``sqlite_utils.Database``.

    >>> db = open_db(":memory:")
    >>> [name for name in ("sources", "texts", "claims", "results") if db[name].exists()]
    ['sources', 'texts', 'claims', 'results']
    """
    from .store.db import open_db as open_database

    return open_database(path)


def import_files(
    db: Database,
    paths: Sequence[str | os.PathLike[str]],
    *,
    texts_dir: str | os.PathLike[str] | None = None,
    allow_outside_paths: bool = False,
    notify: Callable[[str], None] | None = None,
    allow_duplicates: bool = False,
    replace: bool = False,
) -> ImportReport:
    """Import claims and sources files (``.yaml``, ``.bib``, ``.json``; folders are searched)
    in one transaction: one bad record anywhere and nothing is imported.

    ``texts_dir``: attach ``texts_dir/<source-id>.txt`` (or ``.html``, ``.pdf``...) to each
    imported source that has one. A sources file's ``texts: path:`` must stay inside the
    file's folder unless ``allow_outside_paths``. ``notify`` is told, one line each, what
    to know besides the counts (sentence vectors left for later, texts listed by URL not
    fetched yet). A new claim with the quote, source and document of a stored one is left
    out (``report.duplicates`` says where) unless ``allow_duplicates``. A listed text stored
    already and now read otherwise (its entry's ``encoding:`` or ``language:`` corrected) is
    refused unless ``replace``, which re-reads it in place. The file formats are described in
    the README.

    >>> import pathlib, tempfile
    >>> db = open_db(":memory:")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     claims = pathlib.Path(folder, "claims.yaml")
    ...     _ = claims.write_text(
    ...         "sources:\\n  - {id: czernin-diary, title: Diary, kind: diary}\\n"
    ...         "claims:\\n  - {quote: The war is over., source: czernin-diary}\\n"
    ...     )
    ...     print(import_files(db, [claims]).summary())
    sources: 1 added
    claims: 1 added
    """
    from .records.importer import import_paths

    folder = Path(texts_dir) if texts_dir is not None else None
    return import_paths(
        db, [Path(p) for p in paths], texts_dir=folder, allow_outside_paths=allow_outside_paths,
        notify=notify, allow_duplicates=allow_duplicates, replace=replace,
    )  # fmt: skip


def add_source(db: Database, source: Source) -> str:
    """Add or update a source; return ``"added"``, ``"updated"`` or ``"unchanged"``.

    >>> db = open_db(":memory:")
    >>> add_source(db, Source("czernin-diary", "Diary", author="Ottokar Czernin", kind="diary"))
    'added'
    """
    from .records.catalog import add_source as add

    return add(db, source)


def add_claim(db: Database, claim: Claim) -> Claim:
    """Add a claim citing a source already in ``db``; an empty id is made from the source
    and the date (then ``-2``, ``-3``...). Returns the claim as stored.

    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("czernin-diary", "Diary", kind="diary"))
    >>> claim = Claim("", "The war is over.", source_id="czernin-diary", date="1918-02-11")
    >>> add_claim(db, claim).id
    'czernin-diary-1918-02-11'
    """
    from .records.catalog import add_claim as add

    return add(db, claim)


def add_text(
    db: Database,
    source_id: str,
    file_or_url: str | os.PathLike[str],
    *,
    label: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
) -> tuple[int, bool]:
    """Store a text of a source: a ``.txt``, ``.md``, ``.html``, ``.pdf`` or ``.epub`` file,
    or an http(s) URL. Returns ``(text id, added)``; ``added`` is False when the same bytes
    were already stored. ``encoding`` overrides the detected one.

    >>> import pathlib, tempfile
    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("czernin-diary", "Diary", kind="diary"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     diary = pathlib.Path(folder, "diary.txt")
    ...     _ = diary.write_text("_Feb. 11._--Trotski declines to sign. The war is over.")
    ...     first = add_text(db, "czernin-diary", diary, label="Czernin's diary")
    ...     first, add_text(db, "czernin-diary", diary)
    ((1, True), (1, False))
    """
    from .records.catalog import attach_text

    where = file_or_url if isinstance(file_or_url, str) else Path(file_or_url)
    return attach_text(db, source_id, where, label=label, language=language, encoding=encoding)

"""Reports of the latest verification: one item per claim, rendered in several formats.

``report_items`` is the JSON contract; ``build_report`` enriches it into cards; one module per
format renders a :class:`Report`; ``write_report`` is what ``sourcecheck report`` calls.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..lazy import lazy_names
from ..models import STATUSES, counted
from .review import VERDICT_KEYS, Publication, check_verdicts

if TYPE_CHECKING:
    from ..store.db import Database
    from ..store.sourcefilter import SourceIds
    from .build import build_report
    from .data import Item, Report, report_items
    from .jsonld import RATINGS

__all__ = [
    "ALIASES",
    "FORMATS",
    "RATINGS",
    "SUFFIXES",
    "Publication",
    "Report",
    "build_report",
    "format_for",
    "render",
    "render_report",
    "report_items",
    "write_report",
    "written",
]

# The renderers and the report's builder load on first use: the command line shows the
# formats and options below without importing Jinja, the database or the text indexes.
__getattr__ = lazy_names(
    __name__,
    {"RATINGS": ".jsonld", "Report": ".data", "Item": ".data", "report_items": ".data",
     "build_report": ".build"},
)  # fmt: skip


def render_json(report: Report) -> str:
    """The JSON contract: a list with one object per claim."""
    return json.dumps(report.items, indent=2, ensure_ascii=False) + "\n"


RENDERERS: dict[str, tuple[str, str]] = {
    "markdown": ("markdown", "render_markdown"),
    "html": ("html", "render_html"),
    "json": ("", "render_json"),
    "csv": ("csvfile", "render_csv"),
    "claimreview": ("jsonld", "render_claimreview"),
    "annotations": ("jsonld", "render_annotations"),
}
"""Each format's renderer: (module of this package, function), imported when used."""
FORMATS = tuple(RENDERERS)
MARKED = frozenset({"html", "markdown"})
"""The formats that show the quote and the passage with each difference marked."""

SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
            ".csv": "csv", ".json": "json"}  # fmt: skip
"""The formats an output file's suffix names."""
ALIASES = {suffix[1:]: fmt for suffix, fmt in SUFFIXES.items() if suffix[1:] != fmt}
"""Other names of formats, from the one table of suffixes (``md``, ``htm``): a name that
works as ``-o x.htm`` works as ``--format htm``."""


def renderer(fmt: str) -> Callable[[Report], str]:
    """The function that renders a report in ``fmt`` (a name of :data:`FORMATS`)."""
    module, name = RENDERERS[fmt]
    if not module:
        return render_json
    function: Callable[[Report], str] = getattr(
        importlib.import_module(f"{__name__}.{module}"), name
    )
    return function


def format_for(fmt: str | None, output: Path | None) -> str:
    """The format asked for (or its alias), else the one the output file's suffix names,
    else ``json``; an output whose suffix names no format needs the format named.

    >>> format_for(None, Path("report.html")), format_for("md", None), format_for(None, None)
    ('html', 'markdown', 'json')
    """
    if fmt:
        fmt = ALIASES.get(fmt, fmt)
        if fmt not in RENDERERS:
            raise InputError(
                f"unknown report format {fmt!r} (choose from: {', '.join([*FORMATS, *ALIASES])})"
            )
        return fmt
    if output is None:
        return "json"
    if output.is_dir():  # say so, rather than that its (missing) suffix names no format
        from ..records.catalog import check_writable

        check_writable(output)
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(dict.fromkeys(SUFFIXES))
        raise InputError(
            f"{output}: which report format? The suffix {suffix or '(none)'!r} names none "
            f"({known} do): name the format",
            option="format",
        )
    return SUFFIXES[suffix]


def render(report: Report | list[Item], *, fmt: str = "json") -> str:
    """Render a built report (or bare contract items, for ``json``) in ``fmt``."""
    fmt = format_for(fmt, None)
    if isinstance(report, list):
        if fmt != "json":
            raise InputError(f"format {fmt!r} needs a Report (see build_report)")
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    return renderer(fmt)(report)


def render_report(
    db: Database,
    *,
    fmt: str = "json",
    source_id: SourceIds = None,
    statuses: list[str] | None = None,
) -> str:
    """The report of the latest verification of every claim (or of the claims citing
    ``source_id``, or with one of ``statuses``), rendered in ``fmt``: one of :data:`FORMATS`.

    >>> import json
    >>> from sourcecheck import Claim, Source, add_claim, add_source, open_db
    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("czernin-diary", "Diary", kind="diary"))
    >>> _ = add_claim(db, Claim("c1", "The war is over.", source_id="czernin-diary"))
    >>> items = json.loads(render_report(db))
    >>> [(item["claim"], item["status"], item["reason"]) for item in items]
    [('c1', None, 'not verified yet: run `sourcecheck verify`')]
    """
    return write_report(db, fmt=fmt, source_id=source_id, statuses=statuses)[0]


def write_report(
    db: Database,
    output: str | os.PathLike[str] | None = None,
    *,
    fmt: str | None = None,
    source_id: SourceIds = None,
    statuses: list[str] | None = None,
    verdicts: list[str] | None = None,
    database_name: str = "",
    publication: Publication | None = None,
) -> tuple[str, Report]:
    """Build and render the report; write it atomically to ``output`` when given.

    The format is ``fmt``, else the one ``output``'s suffix names (``.html``, ``.md``,
    ``.csv``, ``.json``), else ``json``. ``verdicts``: only claims a reviewer gave one of
    these verdicts (``none``: claims nobody reviewed). Returns the rendered text and the
    report. An unknown source, status or verdict is an InputError / NotFoundError before
    anything is written. The report's cards have their marked pieces only for the formats
    that show them (:data:`MARKED`).

    >>> import pathlib, tempfile
    >>> from sourcecheck import Claim, Source, add_claim, add_source, open_db
    >>> db = open_db(":memory:")
    >>> _ = add_source(db, Source("czernin-diary", "Diary", kind="diary"))
    >>> _ = add_claim(db, Claim("c1", "The war is over.", source_id="czernin-diary"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _, report = write_report(db, pathlib.Path(folder, "report.md"))
    ...     print(pathlib.Path(folder, "report.md").read_text().splitlines()[0])
    # Verification report
    >>> report.counts()["unverified"]
    1
    """
    from ..records.catalog import write_atomic
    from ..store import db as dbm
    from .build import build_report

    output = Path(output) if output is not None else None
    chosen = format_for(fmt, output)
    unknown = [s for s in statuses or [] if s not in STATUSES]
    if unknown:
        raise InputError(f"unknown status {unknown[0]!r} (choose from: {', '.join(STATUSES)})")
    try:
        check_verdicts(verdicts or [])
    except ValueError as exc:
        choices = ", ".join(VERDICT_KEYS)
        raise InputError(f"unknown verdict {exc.args[0]!r} (choose from: {choices})") from None
    dbm.require_sources(db, source_id)
    report = build_report(
        db, source_id=source_id, statuses=statuses, verdicts=verdicts,
        database_name=database_name, publication=publication, marks=chosen in MARKED,
    )  # fmt: skip
    content = renderer(chosen)(report)
    if output is not None:
        write_atomic(output, content)
    return content, report


def written(report: Report, fmt: str) -> str:
    """What a report in ``fmt`` holds, for the line saying it was written: its claims, or
    for ``claimreview`` and ``annotations`` (one entry per checked claim, per found passage)
    how many entries of how many claims, and why the others have none.

    >>> from sourcecheck.report.data import Report
    >>> written(Report("", "", "", "", cards=[]), "md")
    '0 claims'
    """
    from .jsonld import claim_reviews, found_annotations

    fmt = format_for(fmt, None)
    claims = counted(len(report.cards), "claim")
    if fmt == "claimreview":
        n, entry = len(claim_reviews(report)), "ClaimReview"
        why = "no text checked, no review"
    elif fmt == "annotations":
        n, entry, why = len(found_annotations(report)), "annotation", "no passage found"
    else:
        return claims
    others = len(report.cards) - n
    return f"{counted(n, entry)} of {claims}" + (
        f" (the other {others:,}: {why})" if others else ""
    )

"""Claims from a spreadsheet: a CSV file with a header row, one claim per row.

The columns are the claims file's fields (``id``, ``quote``, ``kind``, ``source``,
``document``, ``speaker``, ``speaker_confidence``, ``date``, ``locator``, ``start``, ``end``,
``paragraph``, ``notes``; ``quote`` is required), so a claims list kept in a spreadsheet
imports as a YAML claims file does, each problem named by its line. A CSV that ``report``
wrote reads back too: its ``claim``, ``claim_start`` and ``claim_end`` columns are the claim's
``id``, ``start`` and ``end``, and the columns of the verification (status, score, passage,
review...) are the report's, not the claim's: they are left out, by name.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..errors import InputError, InputErrors
from ..report.csvfile import COLUMNS as REPORT_COLUMNS
from ..report.csvfile import FORMULA_STARTS
from . import rules
from .formats import CLAIM_FIELDS, FIELD_LINES_KEY, LINE_KEY, ParsedFile, claim_record, read_utf8

REPORT_NAMES = {"claim": "id", "claim_start": "start", "claim_end": "end"}
"""The report's names of a claim's fields (report/csvfile.py)."""
REPORT_ONLY = frozenset(REPORT_COLUMNS) - set(REPORT_NAMES) - (set(CLAIM_FIELDS) - {"start", "end"})
"""The columns of a report's CSV that describe a verification, not the claim."""
_NUMBERS = frozenset({"start", "end", "paragraph"})


def parse_claims_csv(path: Path) -> ParsedFile:
    """The claims of a CSV file (see the module docstring); its bad rows are collected in the
    result's ``errors`` as a YAML file's bad records are, every one with its line."""
    _, text = read_utf8(path, hint="save the spreadsheet as CSV UTF-8")
    rows = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    header = [cell.strip() for cell in next(rows, [])]
    if not any(header):
        raise InputError(
            "empty file: expected a header row naming the columns", location=f"{path}:1"
        )
    report = "claim_start" in header  # written by `report`: its start/end are the passage's
    names = _columns(header, path, report=report)
    parsed = ParsedFile(path=path)
    after = rows.line_num  # the line a row starts after: a quoted cell may hold line breaks
    for row in rows:
        line, after = after + 1, rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            parsed.errors.append(_cells_problem(row, header, f"{path}:{line}"))
            continue
        data: dict[str, Any] = {LINE_KEY: line, FIELD_LINES_KEY: {}}
        for name, cell in zip(names, row, strict=False):
            if name is not None and cell.strip():
                data[name] = _value(name, cell.strip(), report=report)
        try:
            parsed.claims.append(claim_record(data, parsed))
        except InputErrors as exc:
            parsed.errors += exc.errors
        except InputError as exc:
            parsed.errors.append(exc)
    return parsed


def _cells_problem(row: list[str], header: list[str], where: str) -> InputError:
    """A row with more or fewer cells than the header names: its cells would be read in the
    wrong columns (a cell left out moves every one after it), so the row is refused."""
    said = f"{len(row)} cells, the header names {len(header)}"
    if len(row) > len(header):
        return InputError(f"{said}: a cell too many (a comma in an unquoted cell?)", location=where)
    missing = ", ".join(repr(name) for name in header[len(row) :])
    return InputError(
        f"{said}: no cell for {missing}; a cell left out moves the ones after it into the "
        "wrong columns (leave an empty cell, ,, for no value)",
        location=where,
    )


def _columns(header: list[str], path: Path, *, report: bool) -> list[str | None]:
    """Each column's claim field (None: a report's column, left out); an unknown column or
    one named twice is an error naming the header."""
    names: list[str | None] = []
    for cell in header:
        if report and cell in REPORT_ONLY:
            names.append(None)
            continue
        name = REPORT_NAMES.get(cell, cell) if report else cell
        if name not in CLAIM_FIELDS:
            hint = rules.did_you_mean(cell, CLAIM_FIELDS)
            raise InputError(
                f"unknown column {cell!r}{hint} (claims columns: {', '.join(CLAIM_FIELDS)})",
                location=f"{path}:1",
            )
        if name in names:
            raise InputError(f"column {cell!r} named twice", location=f"{path}:1")
        names.append(name)
    if "quote" not in names:
        raise InputError("no 'quote' column: every claim needs its quote", location=f"{path}:1")
    return names


def _value(name: str, cell: str, *, report: bool) -> Any:
    """A cell as the claims file's field would hold it: offsets as whole numbers, the
    confidence as a number (what is not one stays text, refused with its line); in a
    report's CSV, a cell ``report`` kept from reading as a formula ("'-2") as written."""
    if report and cell[:1] == "'" and cell[1:2] in FORMULA_STARTS:
        cell = cell[1:]
    if name in _NUMBERS and cell.isdigit():
        return int(cell)
    if name == "speaker_confidence":
        try:
            return float(cell)
        except ValueError:
            return cell
    return cell

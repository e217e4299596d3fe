"""What the columns of a wide view mean, on a page of their own: Datasette prints every
column description of a table above its rows, and claim_report's 35 filled the first screen
before any claim. Its descriptions become a canned query (one row per column, linked from the
view's description) and the view's page shows the rows first. Also the flags a result can
carry, each with its meaning: the one list the ``flags`` descriptions are made from (a test
checks it against the flags the code emits)."""

from __future__ import annotations

from typing import Any

from markupsafe import escape

Metadata = dict[str, Any]

FLAG_MEANINGS = {
    "elided": "the quote leaves words out (...)",
    "interpolated": "the quote adds editorial words ([!], [sic])",
    "gap_too_long": "an elision skips more of the source than a quote plausibly does",
    "ambiguous": "the quote fits equally well in other places (alternatives)",
    "negation": "a not/no/never on one side only",
    "number": "a number differs, or is on one side only",
    "date": "a date differs",
    "name": "a name differs (the passage names another person, place or nation)",
    "roles": "who does what to whom is reversed",
    "word_changed": "a close match with a content word changed",
    "opposite": "the passage says the opposite of a word of the claim (opposed for supported)",
    "lookalike": "a short quote's likeness with a word changed: not found",
    "speaker": "the passage does not show the claim's speaker saying it",
    "found_elsewhere": "a better match is in another source (--anywhere)",
}
"""Every flag a result can carry, and what it asks a person to check."""

FLAGS_DESCRIPTION = (
    "JSON list of what to check: "
    + "; ".join(f"{flag}: {meaning}" for flag, meaning in FLAG_MEANINGS.items())
    + "."
)
"""The ``flags`` column's description, wherever a table or view has one."""

COLUMN_PAGES = {"claim_report": "claim_report_columns"}
"""Views whose column descriptions are a canned query of their own (view: query name)."""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def columns_query(view: str, columns: dict[str, str]) -> Metadata:
    """The canned query listing ``columns`` (name: meaning) of ``view``, in order."""
    rows = ",\n  ".join(
        f"({n}, {_literal(name)}, {_literal(meaning)})"
        for n, (name, meaning) in enumerate(columns.items(), 1)
    )
    return {
        "title": f"What each column of {view} means",
        "description": f"One row per column of {view}, in the order the view shows them.",
        "sql": f"select column2 as column, column3 as meaning from (values\n  {rows}\n)"
        " order by column1",
    }


def move_column_pages(name: str, tables: dict[str, Metadata], queries: dict[str, Metadata]) -> None:
    """Move the column descriptions of :data:`COLUMN_PAGES` views of database ``name`` into
    their canned queries, the view's description linking to it (in place)."""
    for view, query in COLUMN_PAGES.items():
        table = tables[view]
        queries[query] = columns_query(view, table.pop("columns"))
        link = f'<a href="/{escape(name)}/{query}">what each column means</a>'
        table["description_html"] = f"{escape(table['description'])} ({link})"

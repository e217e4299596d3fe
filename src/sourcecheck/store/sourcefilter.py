"""Which sources' claims a command reads: one slug, several (``verify --source A --source
B``), or all; the SQL condition that says so."""

from __future__ import annotations

from collections.abc import Sequence

SourceIds = str | Sequence[str] | None
"""One source's slug, several, or None for every source."""


def source_slugs(source_id: SourceIds) -> list[str]:
    """The slugs of a :data:`SourceIds` filter, each once (empty: no filter).

    >>> source_slugs("czernin"), source_slugs(["a", "b", "a"]), source_slugs(None)
    (['czernin'], ['a', 'b'], [])
    """
    if source_id is None:
        return []
    return [source_id] if isinstance(source_id, str) else list(dict.fromkeys(source_id))


def sources_where(column: str, source_id: SourceIds) -> tuple[list[str], list[str]]:
    """The SQL condition (none, or one ``IN``) and its parameters for a sources filter.

    >>> sources_where("c.source_id", ["a", "b"])
    (['c.source_id IN (?, ?)'], ['a', 'b'])
    """
    slugs = source_slugs(source_id)
    if not slugs:
        return [], []
    return [f"{column} IN ({', '.join('?' for _ in slugs)})"], slugs

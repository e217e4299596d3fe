"""``claim_report?id=...`` as the claims table's ``?id=...``: a view's key by the name every
table's key has.

Every table of the database is keyed by ``id``; the view ``claim_report`` by ``claim_id``. A
URL written as for the claims table (``claim_report?id__in=a,b``, ``?id=a``, ``?_sort=id``)
failed with "no such column: id", on the page and in the ``serve`` terminal (no link of
sourcecheck's or Datasette's writes one: a person types it, or a script written for the
tables). :func:`with_view_key` reads ``id`` there as the view's key.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

VIEW_KEYS = {"claim_report": "claim_id"}
"""The views whose key is not ``id``, and their key."""

_SORTS = ("_sort", "_sort_desc", "_col", "_nocol", "_facet")


def view_key_query(view: str, query: str) -> str | None:
    """``query`` (a URL's query string) with ``id`` read as ``view``'s key, or None when
    ``view`` has no other key or the query names no ``id``.

    >>> view_key_query("claim_report", "id__in=a%2Cb&_sort=id")
    'claim_id__in=a%2Cb&_sort=claim_id'
    >>> view_key_query("claim_report", "status=close") is None, view_key_query("claims", "id=a")
    (True, None)
    """
    key = VIEW_KEYS.get(view)
    if key is None or "id" not in query:
        return None
    pairs = parse_qsl(query, keep_blank_values=True)
    renamed = [
        (
            key + name[2:] if name == "id" or name.startswith("id__") else name,
            key if name in _SORTS and value == "id" else value,
        )
        for name, value in pairs
    ]
    return urlencode(renamed) if renamed != pairs else None


def with_view_key(scope: dict[str, Any]) -> dict[str, Any]:
    """An HTTP request's ``scope`` for a view page (``/db/view``, ``.json``, ``.csv``) with
    its query's ``id`` read as the view's key (:func:`view_key_query`); any other as it is."""
    parts = scope.get("path", "").strip("/").split("/")
    if scope.get("type") != "http" or len(parts) != 2:
        return scope
    query = scope.get("query_string", b"").decode("latin-1")
    renamed = view_key_query(parts[1].split(".", 1)[0], query)
    if renamed is None:
        return scope
    return {**scope, "query_string": renamed.encode("latin-1")}

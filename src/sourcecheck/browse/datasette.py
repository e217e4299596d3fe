"""Browsing the database in Datasette: the metadata and configuration sourcecheck writes, the
one small plugin hook configuration cannot replace, and ``sourcecheck serve``.

Datasette is configured rather than coded: titles and descriptions of the database, every
table, view and column; ``label_column`` so foreign keys read as titles; default sorts and
facets; full-text search; canned queries. Datasette 0.65 reads all of it from one metadata
file; the 1.0 alphas moved table options, canned queries, plugin settings and server settings
to ``datasette.yaml``, so for those :func:`datasette_files` splits it in two.

What each table and column means, and the queries, are data in :mod:`.datasette_tables`.

The plugin hook (registered through the ``datasette`` entry point, active only where the
metadata configures it) does what configuration cannot: it shows the first few hundred
characters of a source text instead of the whole book in table and row pages (Datasette has no
option to hide a column by default), and links the id columns of a view, which has no foreign
keys, to their rows.
"""

from __future__ import annotations

import copy
import json
import socket
import threading
import time
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from datasette import hookimpl
from markupsafe import Markup, escape

from .. import __version__
from ..errors import InputError, NotFoundError
from ..normalize import search_form
from ..store import db as dbm
from .columns import move_column_pages
from .queries import QUERIES, REVIEW_GATE
from .review import review_cell, review_networks, reviewer_actor
from .reviewpost import with_review_fields
from .tables import CONFIG_TABLE_KEYS, EXCERPT_CHARS, PLUGIN, TABLES, Metadata
from .viewkeys import with_view_key

SETTINGS = {"truncate_cells_html": 2000}  # a safety net for any long cell the plugin misses


def database_name(path: str | Path) -> str:
    """The name Datasette gives a database file: its name without the suffix."""
    return Path(path).stem


def metadata(
    name: str, *, review_from: list[str] | None = None, reviewer: str | None = None
) -> Metadata:
    """Everything about database ``name`` in one dict, the Datasette 0.65 metadata format.

    ``review_from``: the networks allowed to record reviews (default: this machine);
    ``reviewer``: the name the review form starts with.
    """
    report = f"/{name}/claim_report"
    description_html = (
        "Claims of documents, the sources they cite, and the verification of each claim by "
        f'sourcecheck. Start with <a href="{escape(report)}">claim_report</a>: one row '
        "per claim, what is wrong first. The queries below answer the usual questions."
    )
    queries = copy.deepcopy(QUERIES)
    queries["record_review"]["on_success_redirect"] = report
    tables = copy.deepcopy(TABLES)
    move_column_pages(name, tables, queries)
    plugin: Metadata = {"review_from": review_networks(review_from)}
    if reviewer:
        plugin["reviewer"] = reviewer
    return {
        "title": "sourcecheck: claims and their sources",
        "description": "Claims, cited sources and verification results (sourcecheck).",
        "about": "sourcecheck",
        "about_url": "https://github.com/sourcecheck/sourcecheck",
        "plugins": {PLUGIN: plugin},
        "databases": {
            name: {
                "title": "Claims and their sources",
                "description_html": description_html,
                "plugins": {PLUGIN: {"fold_search": True}},
                "tables": tables,
                "queries": queries,
            }
        },
    }


def is_v1(version: str) -> bool:
    """Whether a Datasette version is of the 1.0 line (alphas included).

    >>> is_v1("0.65.5"), is_v1("1.0a19"), is_v1("1.0")
    (False, True, True)
    """
    major = version.split(".", 1)[0]
    return major.isdigit() and int(major) >= 1


def installed_version() -> str:
    """The version of the Datasette installed beside sourcecheck."""
    from datasette.version import __version__ as version

    return str(version)


def datasette_files(
    name: str,
    version: str | None = None,
    *,
    review_from: list[str] | None = None,
    reviewer: str | None = None,
) -> tuple[Metadata, Metadata | None]:
    """``(metadata, config)`` for Datasette ``version`` (default: the installed one).

    For 0.65 ``config`` is None: everything is in the metadata. For 1.0 the metadata keeps
    titles, descriptions and column descriptions, and ``config`` (datasette.yaml) gets the
    table options, canned queries (the writable one with its ``write`` and ``allow``),
    plugin configuration and settings.
    """
    meta = metadata(name, review_from=review_from, reviewer=reviewer)
    if not is_v1(version or installed_version()):
        return meta, None
    database = meta["databases"][name]
    config_tables: dict[str, Metadata] = {}
    for table, options in database["tables"].items():
        moved = {k: options.pop(k) for k in list(options) if k in CONFIG_TABLE_KEYS}
        if moved:
            config_tables[table] = moved
    config = {
        "settings": dict(SETTINGS),
        "plugins": meta.pop("plugins"),
        "databases": {
            name: {
                "plugins": database.pop("plugins"),
                "tables": config_tables,
                "queries": database.pop("queries"),
            }
        },
    }
    return meta, config


class _BlockDumper(yaml.SafeDumper):
    """YAML with multi-line strings (the SQL) as literal blocks."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str_presenter)


def dumps(data: Metadata, path: Path) -> str:
    """``data`` as JSON for a ``.json`` path, else YAML."""
    if path.suffix.lower() == ".json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    header = f"# Written by sourcecheck {__version__} (sourcecheck datasette-metadata).\n"
    return header + yaml.dump(data, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True)


def write_metadata(
    db_path: str | Path,
    output: Path,
    *,
    config_output: Path | None = None,
    version: str | None = None,
) -> tuple[Path, Path | None]:
    """Write the metadata (and for Datasette 1.0 the datasette.yaml) for ``db_path``.

    Returns ``(metadata file, config file or None)``. ``config_output`` defaults to
    ``datasette.yaml`` (``.json`` for a JSON ``output``) beside ``output``.
    """
    from ..records.catalog import check_writable, write_atomic

    meta, config = datasette_files(database_name(db_path), version)
    target = None
    if config is not None:
        suffix = ".json" if output.suffix.lower() == ".json" else ".yaml"
        target = config_output or output.with_name("datasette" + suffix)
    for path in (output, target):  # both checked before either is written
        if path is not None:
            check_writable(path)
    write_atomic(output, dumps(meta, output))
    if config is not None and target is not None:
        write_atomic(target, dumps(config, target))
    return output, target


def datasette_command_line(db_path: str | Path, metadata_file: Path, config: Path | None) -> str:
    """How to run Datasette itself with the files :func:`write_metadata` wrote."""
    if config is not None:
        return f"datasette {db_path} -m {metadata_file} -c {config}"
    setting = " ".join(f"--setting {k} {v}" for k, v in SETTINGS.items())
    return f"datasette {db_path} -m {metadata_file} {setting}"


# -- serving ---------------------------------------------------------------------------------


def make_datasette(
    db_path: str | Path, *, review_from: list[str] | None = None, reviewer: str | None = None
) -> Any:
    """A Datasette instance on ``db_path`` with sourcecheck's metadata (and config);
    ``review_from`` and ``reviewer`` as in :func:`metadata`."""
    from datasette.app import Datasette

    meta, config = datasette_files(
        database_name(db_path), review_from=review_from, reviewer=reviewer
    )
    if config is None:
        return Datasette([str(db_path)], metadata=meta, settings=dict(SETTINGS))
    return Datasette([str(db_path)], metadata=meta, config=config)


def _check_port(host: str, port: int) -> None:
    """Refuse, before Datasette starts, a port that is taken (or not ours to listen on)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise InputError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc


def serve_url(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001) -> str:
    """The address of the database page ``serve`` starts."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{database_name(db_path)}"


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    open_browser: bool = False,
    review_from: list[str] | None = None,
    reviewer: str | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the database with Datasette until interrupted.

    The database is opened (and migrated) and the port checked first, so the views Datasette
    shows exist and nothing is announced that cannot be served: ``on_ready(url)`` is called
    then. ``review_from``: who may record reviews (see :func:`metadata`).

    Raises:
        NotFoundError: ``db_path`` does not exist.
        InputError: ``host:port`` cannot be listened on (the port is taken, or privileged),
            or ``review_from`` holds something that is not an address or a network.
        DatabaseError: ``db_path`` is not a database sourcecheck can open.
    """
    import uvicorn

    path = Path(db_path)
    if not path.exists():
        raise NotFoundError(f"{path}: no such database (run an import first)")
    networks = review_networks(review_from)
    dbm.open_db(path).close()
    _check_port(host, port)
    app = make_datasette(path, review_from=networks, reviewer=reviewer).app()
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    url = serve_url(path, host=host, port=port)
    if on_ready is not None:
        on_ready(url)
    if open_browser:

        def _open_when_ready() -> None:
            while not server.started and not server.should_exit:
                time.sleep(0.05)
            if server.started:
                webbrowser.open(url)

        threading.Thread(target=_open_when_ready, daemon=True).start()
    server.run()


# -- the plugin ------------------------------------------------------------------------------


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Any:
    """Where the metadata asks for it: the opening of a long text instead of all of it
    (``excerpt_columns``), a link to the row a view's column names (``link_columns``,
    since Datasette sees no foreign keys in a view), and a claim's verdict with a link to
    the form that reviews it (``review_column``)."""
    if table is None:
        return None
    config = datasette.plugin_config(PLUGIN, database=database, table=table) or {}
    if column == config.get("review_column") and row is not None:
        reviewing = datasette.plugin_config(PLUGIN) or {}
        if reviewing.get("review_from"):
            url = datasette.urls.database(database)
            return review_cell(value, row["claim_id"], url, reviewing.get("reviewer"))
    if value is None:
        return None
    target = (config.get("link_columns") or {}).get(column)
    if target:
        from datasette.utils import tilde_encode

        href = datasette.urls.row(database, target, tilde_encode(str(value)))
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column not in config.get("excerpt_columns", ()) or not isinstance(value, str):
        return None
    limit = int(config.get("excerpt_chars", EXCERPT_CHARS))
    if len(value) <= limit:
        return None
    opening = " ".join(value[:limit].split())
    return Markup(
        '{}… <span class="sourcecheck-more">({:,} characters in all; search them with the '
        "box above or the “Search the source texts” query)</span>"
    ).format(opening, len(value))


@hookimpl
def register_magic_parameters(datasette: Any) -> list[tuple[str, Callable[[str, Any], str]]]:
    """``:_sourcecheck_review_from`` is ``allowed`` for a request from an address allowed to
    record reviews, and refuses the query for any other (a posted value cannot stand in for
    it: the plugin always answers)."""

    def answer(key: str, request: Any) -> str:
        if key != REVIEW_GATE:
            raise KeyError(key)
        networks = (datasette.plugin_config(PLUGIN) or {}).get("review_from") or []
        if reviewer_actor(networks, request.scope.get("client")) is None:
            from datasette.utils.asgi import Forbidden  # Datasette answers it with a 403

            raise Forbidden(
                "reviews are recorded only from the addresses sourcecheck serve allows "
                "(--allow-review-from)"
            )
        return "allowed"

    return [(PLUGIN, answer)]


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    """A review posted without some of its fields (a script leaving out the note) reads them
    as empty (:mod:`.reviewpost`), not as Datasette's binding error; ``claim_report?id=``
    reads ``id`` as the view's key (:mod:`.viewkeys`)."""
    fields = QUERIES["record_review"]["params"]

    def wrap(app: Any) -> Any:
        async def review_fields_filled(scope: Any, receive: Any, send: Any) -> None:
            scope = with_view_key(scope)
            path = scope.get("path", "") if scope["type"] == "http" else ""
            if scope.get("method") == "POST" and path.rstrip("/").endswith("/record_review"):
                receive = await with_review_fields(receive, fields)
            await app(scope, receive, send)

        return review_fields_filled

    return wrap


@hookimpl
def actor_from_request(datasette: Any, request: Any) -> dict[str, str] | None:
    """The actor allowed to record reviews (the ``record_review`` query's ``allow``), for a
    request from an address the plugin's ``review_from`` networks hold."""
    networks = (datasette.plugin_config(PLUGIN) or {}).get("review_from")
    if not networks:
        return None
    return reviewer_actor(networks, request.scope.get("client"))


@hookimpl(trylast=True)  # after Datasette's own, which registers the plain escape_fts
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    """Where the metadata asks for it (``fold_search``), searches fold the words searched for
    as the full-text indexes hold them ("ещё" finds "еще"): Datasette's table search and
    canned queries call ``escape_fts``, which this replaces for the database."""
    if not (datasette.plugin_config(PLUGIN, database=database) or {}).get("fold_search"):
        return
    from datasette.utils import escape_fts

    conn.create_function("escape_fts", 1, lambda query: escape_fts(search_form(query or "")))

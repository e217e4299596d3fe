"""Fetching source texts from a real HTTP server on 127.0.0.1 started by these tests.

The server serves each case the issue names: a UTF-8 page, a cp1251 page with only a
``<meta charset>``, a redirect chain, a redirect loop, a slow trickle, an oversized body, a gzip
bomb, a 404, a PDF. ``httpx.MockTransport`` stands in only where a real local server cannot
produce the case: a public host (the test server is private by nature) that redirects to a
private one, a connect timeout, a TLS failure.
"""

from __future__ import annotations

import gzip
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from builders import RUSSIAN, make_pdf
from conftest import dump

from sourcecheck.errors import EXIT_FETCH, FetchError
from sourcecheck.records import catalog
from sourcecheck.store import db as dbm
from sourcecheck.texts.fetch import USER_AGENT, FetchLimits, fetch, make_client
from sourcecheck.texts.ingest import read_url

UTF8_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Diary</title>
<style>p { color: red }</style><script>tracker()</script></head>
<body><nav><a href="/">Home</a> | <a href="/index">Index</a></nav>
<h1>February 11, 1918</h1>
<p>Trotski declines to sign. The war is over, but there is no peace.<sup><a href="#n1">1</a>
</sup></p>
<p>Kühlmann&rsquo;s reply was calm.</p>
<p class="endnote" id="n1">1. Czernin, <i>In the World War</i>, p. 246.</p>
</body></html>"""
CP1251_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    f"</head><body><p>{RUSSIAN.split(chr(10) + chr(10))[0]}</p></body></html>"
).encode("cp1251")
BOMB_SIZE = 64 * 1024 * 1024  # what the bomb unpacks to; the tests allow 4 MB


class Handler(BaseHTTPRequestHandler):
    """One route per case; ``server.port`` lets a route redirect to the server itself."""

    routes: ClassVar[dict[str, Callable[[Handler], None]]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0])
        try:
            if route is None:
                self.reply(404, b"no such page", "text/plain")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should on a trickle or a bomb

    def reply(
        self, status: int, body: bytes, content_type: str | None, **headers: str | int
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), str(value))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass  # keep test output clean


TRICKLE_STARTED = threading.Event()
"""Set when a client's request for /trickle is being answered (a test waits for it rather than
for a fixed time: on a loaded machine the client's start alone can take seconds)."""


def _trickle(h: Handler) -> None:
    TRICKLE_STARTED.set()
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "60")
    h.end_headers()
    for _ in range(60):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(1)


def _trickle_headers(h: Handler) -> None:
    """A status line, then header bytes one at a time, never the end of the headers."""
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: ")
    for _ in range(120):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.25)


def _raw(response: bytes) -> Callable[[Handler], None]:
    """A route that writes these bytes as they are (a broken Content-Length)."""

    def reply(h: Handler) -> None:
        h.wfile.write(response)
        h.wfile.flush()
        h.close_connection = True

    return reply


def _stream_big(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()  # no Content-Length: the body runs until the connection closes
    for _ in range(64):
        h.wfile.write(b"word " * 13108)  # 64 KB a chunk, 4 MB in all


def _redirect_to(location: str) -> Callable[[Handler], None]:
    return lambda h: h.redirect(302, location)


def _routes(port: int) -> dict[str, Callable[[Handler], None]]:
    pdf = make_pdf(["February 11, 1918.--Trotski declines to sign.", "The war is over."])
    bomb = gzip.compress(b"A" * BOMB_SIZE, compresslevel=9)  # about 64 KB on the wire
    return {
        "/utf8.html": lambda h: h.reply(200, UTF8_PAGE.encode(), "text/html; charset=utf-8"),
        "/cp1251.html": lambda h: h.reply(200, CP1251_PAGE, "text/html"),
        "/plain.txt": lambda h: h.reply(200, "Чернин\n".encode(), "text/plain; charset=utf-8"),
        "/gzipped.txt": lambda h: h.reply(
            200, gzip.compress(b"War is over.\n" * 1000), "text/plain", Content_Encoding="gzip"
        ),
        "/chain/1": lambda h: h.redirect(301, "/chain/2"),
        "/chain/2": lambda h: h.redirect(302, f"http://127.0.0.1:{port}/chain/3"),
        "/chain/3": lambda h: h.redirect(307, "/utf8.html"),
        "/loop/a": lambda h: h.redirect(302, "/loop/b"),
        "/loop/b": lambda h: h.redirect(302, "/loop/a"),
        **{f"/many/{n}": _redirect_to(f"/many/{n + 1}") for n in range(10)},
        "/hex-host": lambda h: h.redirect(302, f"http://0x7f000001:{port}/plain.txt"),
        "/to-ftp": lambda h: h.redirect(302, "ftp://127.0.0.1/file.txt"),
        "/trickle": _trickle,
        "/trickle-headers": _trickle_headers,
        "/short-body": _raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n"
            b"Connection: close\r\n\r\nThe war is over."
        ),
        "/long-body": _raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n"
            b"Connection: close\r\n\r\nThe war is over, but there is no peace."
        ),
        "/big": lambda h: h.reply(200, b"x" * (3 * 1024 * 1024), "text/plain"),
        "/big-stream": _stream_big,
        "/bomb": lambda h: h.reply(200, bomb, "text/plain", Content_Encoding="gzip"),
        "/server-error": lambda h: h.reply(500, b"oops", "text/plain"),
        "/doc.pdf": lambda h: h.reply(200, pdf, "application/pdf"),
        "/image.png": lambda h: h.reply(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        "/octets": lambda h: h.reply(
            200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "application/octet-stream"
        ),
        "/ua": lambda h: h.reply(200, h.headers["User-Agent"].encode(), "text/plain"),
    }


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 in a thread; yields its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True  # a trickle still sleeping must not hold the shutdown
    port = httpd.server_address[1]
    Handler.routes = _routes(port)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client() as c:
        yield c


def _get(url: str, client: httpx.Client, **limits: float) -> object:
    return fetch(url, client=client, limits=FetchLimits(**limits), allow_private=True)


# -- what a server sends, decoded and recorded --------------------------------------------


def test_utf8_page_with_provenance(server: str, client: httpx.Client) -> None:
    got = read_url(f"{server}/utf8.html", source_id="s", client=client, allow_private=True)
    text = got.text.text
    assert "Trotski declines to sign. The war is over, but there is no peace.1" in text
    assert "Kühlmann’s reply was calm." in text
    assert "1. Czernin, In the World War, p. 246." in text  # the footnote is kept
    assert "Home" not in text and "tracker" not in text and "color" not in text
    assert got.text.encoding == "utf-8" and got.text.extraction == "html"
    p = got.provenance
    assert p.final_url == f"{server}/utf8.html" and p.http_status == 200 and not p.redirects
    assert p.content_type == "text/html; charset=utf-8" and p.extractor.startswith("selectolax ")
    assert got.text.retrieved_at and got.text.retrieved_at.endswith("+00:00")


def test_cp1251_page_with_only_a_meta_charset(server: str, client: httpx.Client) -> None:
    got = read_url(f"{server}/cp1251.html", source_id="s", client=client, allow_private=True)
    assert got.text.text.strip() == " ".join(RUSSIAN.split("\n\n")[0].split())
    assert got.text.encoding == "cp1251"
    assert got.text.encoding_source == "the page's <meta charset>"


def test_gzip_content_encoding_is_decoded(server: str, client: httpx.Client) -> None:
    got = _get(f"{server}/gzipped.txt", client)
    assert got.body == b"War is over.\n" * 1000 and got.wire_bytes < 1000


def test_user_agent_names_the_tool(server: str, client: httpx.Client) -> None:
    assert _get(f"{server}/ua", client).body.decode() == USER_AGENT
    assert USER_AGENT.startswith("sourcecheck/")


def test_pdf_over_http(server: str, client: httpx.Client) -> None:
    got = read_url(f"{server}/doc.pdf", source_id="s", client=client, allow_private=True)
    assert "Trotski declines to sign." in got.text.text and got.text.extraction == "pdf"
    assert got.provenance.extractor.startswith("pypdf ")


# -- redirects ------------------------------------------------------------------------------


def test_redirect_chain_is_followed_and_recorded(server: str, client: httpx.Client) -> None:
    got = _get(f"{server}/chain/1", client)
    assert got.final_url == f"{server}/utf8.html" and got.status == 200
    assert got.redirects == [
        {"url": f"{server}/chain/1", "status": 301},
        {"url": f"{server}/chain/2", "status": 302},
        {"url": f"{server}/chain/3", "status": 307},
    ]


def test_redirect_loop(server: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"/loop/a: redirect loop \(.*/loop/b redirects back"):
        _get(f"{server}/loop/a", client)


def test_too_many_redirects(server: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"/many/5 \(redirected to .*/many/10\): HTTP 404"):
        _get(f"{server}/many/5", client)  # five redirects are followed
    with pytest.raises(FetchError, match=r"/many/0: too many redirects \(more than 5"):
        _get(f"{server}/many/0", client)


def test_redirect_to_another_scheme_is_refused(server: str, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match="only http and https URLs can be fetched, not 'ftp'"):
        _get(f"{server}/to-ftp", client)


def test_odd_spelling_of_an_address_is_resolved(server: str, client: httpx.Client) -> None:
    """0x7f000001 is 127.0.0.1 to the resolver: allowed here, refused below without the flag."""
    got = _get(f"{server}/hex-host", client)
    assert got.body == "Чернин\n".encode() and "0x7f000001" in got.final_url


# -- addresses that are not public ---------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "0x7f000001", "2130706433", "127.1", "[::ffff:127.0.0.1]"]
)
def test_private_addresses_refused_however_spelled(server: str, host: str) -> None:
    port = server.rsplit(":", 1)[1]
    with make_client() as client, pytest.raises(FetchError, match="non-public address"):
        fetch(f"http://{host}:{port}/plain.txt", client=client)


def test_redirect_from_a_public_host_to_a_private_one_is_refused(server: str) -> None:
    """A public server (simulated: the test server is private) redirecting to loopback."""
    seen = []

    def public_archive(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": f"{server}/plain.txt"})

    transport = httpx.MockTransport(public_archive)
    with make_client(transport=transport) as client, pytest.raises(FetchError) as caught:
        fetch("http://93.184.215.14/article", client=client)
    message = str(caught.value)
    assert "redirected to http://127.0.0.1" in message and "non-public address" in message
    assert "--" not in message and caught.value.option == "allow_private"  # the CLI names it
    assert seen == ["http://93.184.215.14/article"]


def test_address_changed_after_the_check_is_caught(server: str, monkeypatch) -> None:
    """DNS rebinding: the name passes the check as public, the connection lands on loopback."""
    import sourcecheck.texts.fetch as fetch_module

    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port, timeout: ["93.184.215.14"])
    with make_client() as client, pytest.raises(FetchError, match="connected to the non-public"):
        fetch(f"{server}/plain.txt", client=client)


# -- limits and failures --------------------------------------------------------------------


def test_slow_trickle_hits_the_total_deadline(server: str, client: httpx.Client) -> None:
    started = time.monotonic()
    with pytest.raises(
        FetchError, match=r"/trickle: too slow: gave up after the deadline of 1.5 s"
    ):
        _get(f"{server}/trickle", client, deadline=1.5, read_timeout=5)
    assert time.monotonic() - started < 3.5


def test_a_server_trickling_its_headers_hits_the_total_deadline(
    server: str, client: httpx.Client
) -> None:
    """Each header byte arrives within the read timeout; the deadline still bounds it all."""
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        _get(f"{server}/trickle-headers", client, deadline=1.5, read_timeout=5)
    assert str(caught.value) == (
        f"{server}/trickle-headers: too slow: gave up after the deadline of 1.5 s (the response "
        "headers had not all arrived)"
    )
    assert time.monotonic() - started < 10  # (without the deadline: 30 s and more)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/short-body", "the body ended after 16 of the 100 bytes its Content-Length "
         "announces: an incomplete download, not stored"),
        ("/long-body", "the server sent 27 bytes more than the 12 its Content-Length "
         "announces: refused rather than cut short"),
    ],
)  # fmt: skip
def test_a_body_that_is_not_its_content_length_is_an_error(
    server: str, client: httpx.Client, path: str, message: str
) -> None:
    with pytest.raises(FetchError) as caught:
        _get(f"{server}{path}", client)
    assert str(caught.value) == f"{server}{path}: {message}"


def test_ctrl_c_during_a_download_stores_nothing_and_exits_130(
    server: str, tmp_path: Path, runner
) -> None:
    from sourcecheck.cli import app

    db = tmp_path / "t.db"
    assert (
        runner.invoke(app, ["source", "add", "s", "--title", "S", "--db", str(db)]).exit_code == 0
    )
    before = dump(db)
    TRICKLE_STARTED.clear()
    # Ctrl-C's own handler in the child even when this run ignores SIGINT (a background job
    # started from a script inherits SIG_IGN, and Python then keeps it: a fresh clone's finding)
    ctrl_c = (
        "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "runpy.run_module('sourcecheck', run_name='__main__', alter_sys=True)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", ctrl_c, "source", "text", "s", f"{server}/trickle",
         "--allow-private", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert TRICKLE_STARTED.wait(timeout=120), "the download never started"
    time.sleep(1)  # the download is under way: a byte a second
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130, (out, err)
    assert err == "interrupted: nothing was stored\n"
    assert dump(db) == before


def test_announced_size_over_the_limit_is_refused_before_reading(
    server: str, client: httpx.Client
) -> None:
    with pytest.raises(
        FetchError, match=r"too large: 3,145,728 bytes \(3.0 MB\), over the limit of 1 MB"
    ):
        _get(f"{server}/big", client, max_bytes=1024 * 1024)


def test_unannounced_size_stops_at_the_limit(server: str, client: httpx.Client) -> None:
    with pytest.raises(
        FetchError, match=r"too large: more than the limit of 1 MB \(1,048,576 bytes\)"
    ):
        _get(f"{server}/big-stream", client, max_bytes=1024 * 1024)


def test_gzip_bomb_stops_at_the_decoded_limit(server: str, client: httpx.Client) -> None:
    limit = 4 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="decompresses to more than 4,194,304 bytes"):
            _get(f"{server}/bomb", client, max_decoded_bytes=limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * limit, f"decompression was not bounded: peak {peak:,} bytes"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "/missing: HTTP 404 Not Found"),
        ("/server-error", "/server-error: HTTP 500 Internal Server Error"),
        ("/image.png", "/image.png: not text: the server says it is image/png"),
    ],
)
def test_http_errors_and_non_text(server: str, client, path: str, message: str) -> None:
    with pytest.raises(FetchError) as caught:
        _get(f"{server}{path}", client)
    assert str(caught.value) == f"{server}{message}"
    assert caught.value.exit_code == EXIT_FETCH == 6


def test_dns_failure(client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"nonexistent.invalid/x: cannot resolve the host name"):
        fetch("http://nonexistent.invalid/x", client=client)


def test_connection_refused(client: httpx.Client) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=rf"127.0.0.1:{port}/: connection refused$"):
        fetch(f"http://127.0.0.1:{port}/", client=client, allow_private=True)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (httpx.ConnectTimeout("timed out"), "timed out connecting (no answer in 10 s)"),
        (
            httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
            "TLS/certificate error",
        ),
    ],
)
def test_failures_a_local_server_cannot_produce(error: Exception, message: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error

    transport = httpx.MockTransport(fail)
    with make_client(transport=transport) as client, pytest.raises(FetchError) as caught:
        fetch("https://93.184.215.14/x", client=client)
    assert str(caught.value).startswith(f"https://93.184.215.14/x: {message}")


def test_only_http_and_https(client: httpx.Client) -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x"):
        with pytest.raises(FetchError, match="only http and https"):
            fetch(url, client=client)


# -- through the CLI: source text URL, source fetch -----------------------------------------


@pytest.fixture
def sources_file(tmp_path: Path, server: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(
        f"""sources:
  - id: diary
    title: The diary
    language: en
    texts:
      - url: {server}/utf8.html
        label: the diary page
      - url: {server}/missing
  - id: minutes
    title: Minutes
    language: ru
    url: {server}/cp1251.html
  - id: nothing
    title: A source without a URL
""",
        encoding="utf-8",
    )
    return path


def test_source_text_from_a_url(cli, db_path: Path, server: str) -> None:
    cli("source", "add", "diary", "--title", "Diary")
    refused = cli("source", "text", "diary", f"{server}/utf8.html")
    assert refused.exit_code == 6 and "non-public address" in refused.stderr
    assert f"{server}/utf8.html: 127.0.0.1 is a non-public address: refused" in refused.stderr
    assert "Traceback" not in refused.output
    result = cli("source", "text", "diary", f"{server}/chain/1", "--allow-private")
    assert result.exit_code == 0, result.output
    assert "html via selectolax" in result.output and f"-> {server}/utf8.html" in result.output
    [row] = dbm.list_texts(dbm.open_db(db_path), source_id="diary")
    assert row["origin"] == f"{server}/chain/1" and row["final_url"] == f"{server}/utf8.html"
    assert [hop["status"] for hop in json.loads(row["redirects"])] == [301, 302, 307]
    assert row["http_status"] == 200 and row["content_type"] == "text/html; charset=utf-8"
    assert row["byte_length"] == len(UTF8_PAGE.encode())
    again = cli("source", "text", "diary", f"{server}/utf8.html", "--allow-private")
    assert again.exit_code == 0 and "already stored" in again.output


def test_failed_download_stores_nothing(cli, db_path: Path, server: str) -> None:
    cli("source", "add", "diary", "--title", "Diary")
    before = dump(db_path)
    for path, code in (("/trickle", 6), ("/missing", 6), ("/octets", 3)):
        result = cli(
            "source", "text", "diary", f"{server}{path}", "--allow-private", "--timeout", "1"
        )
        assert result.exit_code == code, result.output
        message = result.stderr.strip()
        assert message.startswith(f"error: {server}{path}") and "\n" not in message
        assert dump(db_path) == before


def test_source_fetch(cli, db_path: Path, server: str, sources_file: Path) -> None:
    assert cli("import", sources_file).exit_code == 0
    result = cli("source", "fetch", "--allow-private")
    assert result.exit_code == 6, result.output
    assert "added: diary" in result.output and "added: minutes" in result.output
    assert f"failed: diary (it has 1 other text): {server}/missing: HTTP 404" in result.stderr
    assert "texts from URLs: 2 added, 1 failed" in result.output
    assert "sourcecheck source text SLUG FILE-or-URL" in result.stderr
    database = dbm.open_db(db_path)
    diary = dbm.list_texts(database, source_id="diary")
    assert [(t["origin"], t["label"]) for t in diary] == [(f"{server}/utf8.html", "the diary page")]
    [minutes] = dbm.list_texts(database, source_id="minutes")
    assert minutes["encoding"] == "cp1251" and minutes["language"] == "ru"
    before = dump(db_path)
    again = cli("source", "fetch", "--allow-private", "--best-effort")
    assert again.exit_code == 0
    assert (
        "already fetched: diary" in again.output and "2 already fetched, 1 failed" in again.output
    )
    assert dump(db_path) == before
    only = cli("source", "fetch", "minutes", "--allow-private", "--refresh", "--json")
    assert [o["outcome"] for o in json.loads(only.output)] == ["unchanged"]
    failed = json.loads(cli("source", "fetch", "diary", "--allow-private", "--json").output)
    assert [(o["outcome"], o["error"]) for o in failed] == [
        ("present", None),
        ("failed", "FetchError"),
    ]
    assert cli("source", "fetch", "nope").exit_code == 4


def test_texts_left_without_vectors_are_announced(
    cli, db_path: Path, server: str, sources_file: Path, tmp_path: Path, monkeypatch
) -> None:
    """Past the size at which vectors are built on arrival, `source text` and `source fetch`
    say that the new texts are left without (as `import` does), not silently."""
    from sourcecheck.store import vectors as stored_vectors

    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 10)
    cli("source", "add", "letters", "--title", "Letters")
    letter = tmp_path / "letter.txt"
    letter.write_text("My dear friend, the war is over, but there is no peace at all.\n")
    attached = cli("source", "text", "letters", letter)
    assert attached.exit_code == 0, attached.output
    assert "note: 1 text (" in attached.stderr and "no sentence vectors to build" not in (
        attached.stderr
    )  # (it said "no sentence vectors to build; 1 text ... left without")
    assert "left without" in attached.stderr and "sourcecheck index --meaning" in attached.stderr
    assert cli("import", sources_file).exit_code == 0
    fetched = cli("source", "fetch", "--allow-private", "--best-effort")
    assert "texts from URLs: 2 added" in fetched.output
    assert "note: 2 texts (" in fetched.stderr
    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 1_000_000)
    other = tmp_path / "other.txt"
    other.write_text("A second letter, short enough to be given its vectors at once.\n")
    assert "left without" not in cli("source", "text", "letters", other).stderr


def test_source_fetch_skips_the_rest_of_an_unreachable_host(cli, tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "sources:\n"
        + "".join(
            f"  - {{id: s{n}, title: S, url: 'http://nonexistent.invalid/{n}'}}\n" for n in range(3)
        )
    )
    cli("import", path)
    result = cli("source", "fetch", "--best-effort")
    assert result.exit_code == 0
    assert result.stderr.count("cannot resolve the host name") == 1
    assert result.stderr.count("not tried: nonexistent.invalid could not be reached") == 2
    assert "1 failed, 2 skipped (host unreachable)" in result.output


def test_texts_not_fetched_are_named_with_the_file_that_would_supply_them(
    cli, tmp_path: Path
) -> None:
    # Offline, the user is told which sources lack their text and the file name each one
    # takes in a folder given to `import --texts` (make demo TEXTS=DIR), not only the option.
    path = tmp_path / "s.yaml"
    path.write_text(
        "sources:\n"
        "  - {id: diary, title: D, url: 'http://nonexistent.invalid/books/diary.txt'}\n"
        "  - id: minutes\n    title: M\n    texts:\n"
        "      - {url: 'http://nonexistent.invalid/feb/18d.htm'}\n"
        "      - {url: 'http://nonexistent.invalid/feb/23c.htm'}\n"
        "  - {id: speech, title: S, url: 'http://nonexistent.invalid/speech'}\n",
        encoding="utf-8",
    )
    assert cli("import", path).exit_code == 0
    result = cli("source", "fetch")
    assert result.exit_code == 6
    lines = [" ".join(line.split()) for line in result.stderr.splitlines()]
    said = lines.index(next(line for line in lines if line.startswith("could not fetch 4 texts")))
    assert "of 3 sources" in lines[said] and "--texts FOLDER" in lines[said]
    assert lines[said + 1 :] == [
        "diary.txt: http://nonexistent.invalid/books/diary.txt",
        "minutes.txt (the 2 pages in one file): http://nonexistent.invalid/feb/18d.htm, "
        "http://nonexistent.invalid/feb/23c.htm",
        "speech.html: http://nonexistent.invalid/speech",
    ]
    # the names are those `import --texts` reads
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "diary.txt").write_text("The war is over.", encoding="utf-8")
    again = cli("import", path, "--texts", folder)
    assert again.exit_code == 0 and "texts: 1 added" in again.stdout, again.output


def test_fetch_progress_on_a_terminal_reports_each_url(server: str, db, sources_file) -> None:
    """The library's hooks, as the terminal display uses them: one start and one done per
    URL, and byte counts that grow to the body's size."""
    from sourcecheck.records.importer import import_paths

    import_paths(db, [sources_file])
    started, done, received = [], [], []
    report = catalog.fetch_texts(
        db,
        ["diary"],
        fetching=catalog.FetchOptions(
            allow_private=True, progress=lambda n, total: received.append((n, total))
        ),
        on_start=lambda total, row: started.append((total, row["url"])),
        on_done=done.append,
    )
    assert [u for _, u in started] == [f"{server}/utf8.html", f"{server}/missing"]
    assert [o.outcome for o in done] == ["added", "failed"]
    assert isinstance(report.failures[0].error, FetchError)
    assert received[-1] == (len(UTF8_PAGE.encode()), len(UTF8_PAGE.encode()))

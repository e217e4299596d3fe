"""The reliability and security cases: what sourcecheck refuses, how, and with which exit code.

Runs each case through the real command line (a subprocess, as a user would), against files
made here and a real HTTP server on 127.0.0.1, and prints the table of docs/reliability.md:

    .venv/bin/python docs/reliability.py > docs/reliability.md
"""

from __future__ import annotations

import contextlib
import gzip
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ESC = "\x1b"
SOURCES = "id: s\ntitle: S\ntexts:\n  - path: {path}\n"


class Handler(BaseHTTPRequestHandler):
    """The hostile server: trickles, lies about lengths, bombs, loops."""

    def do_GET(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            ROUTES.get(self.path, _not_found)(self)

    def log_message(self, *args: object) -> None:
        pass


def _raw(data: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    def reply(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(data)
        h.close_connection = True

    return reply


def _trickle_headers(h: BaseHTTPRequestHandler) -> None:
    h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    for _ in range(200):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.2)


def _trickle_body(h: BaseHTTPRequestHandler) -> None:
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n")
    for _ in range(100):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(1)


def _not_found(h: BaseHTTPRequestHandler) -> None:
    _raw(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")(h)


BOMB = gzip.compress(b"A" * (64 << 20), compresslevel=9)
ROUTES: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {
    "/trickle-headers": _trickle_headers,
    "/trickle-body": _trickle_body,
    "/short": _raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n"
                   b"The war is over."),
    "/long": _raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\n"
                  b"The war is over, but there is no peace."),
    "/bomb": _raw(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n"
                  + f"Content-Length: {len(BOMB)}\r\n\r\n".encode() + BOMB),
    "/loop": _raw(b"HTTP/1.1 302 Found\r\nLocation: /loop2\r\nContent-Length: 0\r\n\r\n"),
    "/loop2": _raw(b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n"),
}  # fmt: skip


class Run:
    """A scratch folder, a database, a server; runs commands and records each case."""

    def __init__(self, folder: Path, server: str) -> None:
        self.folder, self.server = folder, server
        self.db = folder / "case.db"
        self.rows: list[tuple[str, str, str, str]] = []

    def sc(self, *args: str | bytes, db: Path | None = None) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "sourcecheck", *map(os.fsdecode, args)]
        command += ["--db", str(db or self.db)]
        return subprocess.run(command, capture_output=True, text=True, cwd=self.folder, check=False)

    def case(self, what: str, shown: str, result: subprocess.CompletedProcess[str] | None,
             *, code: int | None = None, said: str | None = None) -> None:  # fmt: skip
        code = result.returncode if result is not None else code
        if said is None and result is not None:
            lines = (result.stderr or result.stdout).strip().splitlines()
            said = lines[0] if lines else ""
        said = (said or "").replace(str(self.folder), "DIR").replace(self.server, "http://HOST")
        self.rows.append((what, shown, str(code), said.replace("|", "\\|")))

    def file(self, name: str, text: str) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path


def terminal_and_files(run: Run) -> None:
    """Cases 1-10: what files and arguments may not do."""
    run.file("diary.txt", "Feb. 11. Trotski declines to sign. The war is over.\n")
    run.file("sources.yaml", "id: diary\ntitle: Diary\ntexts: [{path: diary.txt}]\n")
    run.sc("import", "sources.yaml")
    run.file("drawn.yaml", "claims:\n  - {id: drawn, source: diary, quote: \"War is over."
             "\\e[2K\\e[1A verbatim 100\"}\n")  # fmt: skip
    run.sc("import", "drawn.yaml")
    shown = run.sc("claim", "show", "drawn")
    run.case(
        "a claims file that draws on the terminal (ESC[2K ESC[1A 'verbatim 100')",
        "claim show drawn",
        shown,
        said=next(line for line in shown.stdout.splitlines() if "quote" in line).strip(),
    )
    outside = run.file("secret.txt", "A private letter.\n")
    run.file("sub/x.txt", "")
    (run.folder / "sub" / "link.txt").symlink_to(outside)
    for what, path in (("`../secret.txt`", "../secret.txt"), ("an absolute path", str(outside)),
                       ("a symlink pointing out", "link.txt")):  # fmt: skip
        run.file("sub/s.yaml", SOURCES.format(path=path))
        run.case(f"a sources file's text path leaving its folder: {what}",
                 "import sub/s.yaml", run.sc("import", "sub/s.yaml"))  # fmt: skip
    run.case("the same, allowed by the user", "import sub/s.yaml --allow-outside-paths",
             run.sc("import", "sub/s.yaml", "--allow-outside-paths"))  # fmt: skip
    run.case("a device as a text", "source text diary /dev/zero",
             run.sc("source", "text", "diary", "/dev/zero"))  # fmt: skip
    os.mkfifo(run.folder / "pipe.txt")
    run.case("a FIFO as a text", "source text diary pipe.txt",
             run.sc("source", "text", "diary", "pipe.txt"))  # fmt: skip
    run.case(
        "a `javascript:` URL for a source",
        "source add x --title X --url javascript:alert(1)",
        run.sc("source", "add", "x", "--title", "X", "--url", "javascript:alert(1)"),
    )
    run.case("a `javascript:` URL as a text", "source text diary 'javascript:alert(1)'",
             run.sc("source", "text", "diary", "javascript:alert(1)"))  # fmt: skip
    run.file("f.yaml", "id: f\ntitle: F\ntexts: [{url: 'file:///etc/passwd'}]\n")
    run.case("a `file:` URL in a sources file", "import f.yaml", run.sc("import", "f.yaml"))


def network(run: Run) -> None:
    """Cases 11-18: what a server may not do."""
    base = run.server
    for what, path, extra in (
        ("a server on a private address (127.0.0.1)", "/short", ()),
        ("a server trickling its headers, a byte every 0.2 s", "/trickle-headers",
         ("--allow-private", "--timeout", "3")),
        ("a body shorter than its Content-Length", "/short", ("--allow-private",)),
        ("a body longer than its Content-Length", "/long", ("--allow-private",)),
        ("a gzip bomb (64 MB from 64 KB)", "/bomb", ("--allow-private", "--max-mb", "4")),
        ("a redirect loop", "/loop", ("--allow-private",)),
    ):  # fmt: skip
        shown = " ".join(("source text diary", f"http://HOST{path}", *extra))
        run.case(what, shown, run.sc("source", "text", "diary", f"{base}{path}", *extra))
    png = run.folder / "scan.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    run.case("a PNG named .txt", "source text diary scan.txt",
             run.sc("source", "text", "diary", "scan.txt"))  # fmt: skip
    before = _dump(run.db)
    process = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck", "source", "text", "diary", f"{base}/trickle-body",
         "--allow-private", "--db", str(run.db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    same = "database unchanged" if _dump(run.db) == before else "DATABASE CHANGED"
    run.case("Ctrl-C during a download", "source text diary http://HOST/trickle-body, then ^C",
             None, code=process.returncode, said=f"{err.strip()} ({same})")  # fmt: skip


def everyday(run: Run) -> None:
    """Cases 19-25: what a new user runs into."""
    run.case("an argument that is not UTF-8", "claim show $'caf\\xff'",
             run.sc("claim", "show", b"caf\xff"))  # fmt: skip
    run.file(
        "bad.yaml",
        "claims:\n  - {id: a, quote: A., source: nosuch}\n  - {id: b, quote: B.,"
        " source: diary, date: 1918-02-31}\n  - {id: c, quote: C., source: diary, kind: x}\n",
    )
    result = run.sc("import", "bad.yaml")
    run.case("a claims file with three bad records", "import bad.yaml", result,
             said=f"{len(result.stderr.splitlines())} lines, the last: "
             f"{result.stderr.splitlines()[-1]}")  # fmt: skip
    new = run.folder / "typo.db"
    result = run.sc("claim", "add", "Words.", "--source", "nosuch", db=new)
    run.case(
        "a failed command on a new database",
        "claim add ... --db typo.db",
        result,
        said=f"{result.stderr.strip()} (typo.db left behind: {new.exists()})",
    )
    run.case("a report file whose suffix names no format", "report -o report.txt",
             run.sc("report", "-o", "report.txt"))  # fmt: skip
    env_free = {k: v for k, v in os.environ.items() if k != "SOURCECHECK_REVIEWER"}
    env_free["SOURCECHECK_CONFIG"] = str(run.folder / "none.toml")
    result = subprocess.run(
        [sys.executable, "-m", "sourcecheck", "review", "drawn", "--verdict", "accurate",
         "--db", str(run.db)], capture_output=True, text=True, env=env_free, check=False,
    )  # fmt: skip
    run.case("a review with no reviewer named or configured", "review drawn --verdict accurate",
             result)  # fmt: skip
    twice = "claim add 'Trotski declines to sign.' --source diary (twice)"
    run.case("the same claim added twice", twice, _twice(run))
    run.case("a review form posted from another address", "POST /case/record_review from "
             "192.0.2.7", None, **_remote_review(run))  # fmt: skip


def _twice(run: Run) -> subprocess.CompletedProcess[str]:
    run.sc("claim", "add", "Trotski declines to sign.", "--source", "diary")
    return run.sc("claim", "add", "Trotski declines to sign.", "--source", "diary")


def _remote_review(run: Run) -> dict[str, object]:
    import asyncio

    from sourcecheck.browse.datasette import make_datasette

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=make_datasette(run.db).app(), client=("192.0.2.7", 1))
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            return await client.post(
                "/case/record_review", json={"claim": "drawn", "verdict": "accurate",
                                             "note": "", "reviewer": "R"},
            )  # fmt: skip

    response = asyncio.run(post())
    return {"code": response.status_code, "said": "HTTP 403 Forbidden (Datasette)"
            if response.status_code == 403 else response.text[:80]}  # fmt: skip


def _dump(db: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def main() -> None:
    from sourcecheck import __version__

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    server = f"http://127.0.0.1:{httpd.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        run = Run(Path(tmp), server)
        terminal_and_files(run)
        network(run)
        everyday(run)
    httpd.shutdown()
    print("# What sourcecheck refuses, and how\n")
    print(f"Run with `.venv/bin/python docs/reliability.py > docs/reliability.md` on "
          f"{time.strftime('%Y-%m-%d')}: sourcecheck {__version__}, Python "
          f"{platform.python_version()}, {platform.system()} {platform.machine()}. Each case "
          "runs the command line in a subprocess against files made for it and a real HTTP "
          "server on 127.0.0.1; the last column is the first line the command printed "
          "(folders as DIR, the server as HOST). Exit codes are in the README.\n")  # fmt: skip
    print("| # | case | command | exit | what it says |")
    print("|---:|---|---|---:|---|")
    for n, (what, shown, code, said) in enumerate(run.rows, 1):
        print(f"| {n} | {what} | `{shown}` | {code} | {said} |")


if __name__ == "__main__":
    socket.setdefaulttimeout(60)
    main()

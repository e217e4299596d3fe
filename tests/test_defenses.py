"""What a hostile file or argument must not do: draw on the reader's terminal, read files its
author could not see, hang on a device or a FIFO, store a URL that is not http(s), or end in a
traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, dump

ESC = "\x1b"
# What a claims file could draw: erase the line, go up one, print a fake verdict; a C1 CSI;
# a bidi override that reverses what follows.
DRAWN = f"{ESC}[2K{ESC}[1A verbatim 100 {ESC}]0;title\x07\x9b31m\u202eKCAF"
HOSTILE = {
    "sources": [
        {"id": "czernin", "title": f"In the World War{DRAWN}", "author": f"Ottokar{DRAWN}",
         "kind": "book", "texts": [{"path": "diary.txt", "label": f"label{DRAWN}"}]},
    ],
    "claims": [
        {"id": "drawn", "quote": f"Trotsky refuses to sign.{DRAWN}", "source": "czernin",
         "speaker": f"Czernin{DRAWN}", "locator": f"diary{DRAWN}", "notes": f"note{DRAWN}"},
        # found, with a difference whose words hold an escape: verify's reason quotes it
        {"id": "found", "quote": f"Trotski flatly{ESC}[2K firmly declines to sign. The war is "
         "over, but there is no peace.", "source": "czernin"},
    ],
}  # fmt: skip


@pytest.fixture
def hostile(cli, tmp_path: Path) -> Path:
    (tmp_path / "diary.txt").write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"))
    (tmp_path / "hostile.yaml").write_text(yaml.safe_dump(HOSTILE), encoding="utf-8")
    result = cli("import", tmp_path / "hostile.yaml")
    assert result.exit_code == 0, result.output
    assert cli("verify").exit_code == 0
    reviewed = cli("review", "drawn", "--verdict", "accurate", "--by", f"Ann{DRAWN}",
                   "--note", f"looks fine{DRAWN}")  # fmt: skip
    assert reviewed.exit_code == 0
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [
        ["claim", "show", "drawn"],
        ["claim", "list"],
        ["source", "show", "czernin"],
        ["source", "list"],
        ["show", "drawn"],
        ["verify"],
        ["review", "--list"],
        ["review", "drawn"],
    ],
    ids=" ".join,
)
def test_terminal_output_shows_control_characters_instead_of_obeying_them(
    cli, hostile, command: list[str]
) -> None:
    result = cli(*command)
    assert result.exit_code == 0, result.output
    for control in (ESC, "\x07", "\x9b", "\u202e"):
        assert control not in result.output, (command, repr(result.output))
    assert "\\x1b[" in result.output


@pytest.mark.parametrize(
    "command", [["claim", "show", "drawn", "--json"], ["show", "drawn", "--json"]], ids=" ".join
)
def test_json_output_escapes_them_too(cli, hostile, command: list[str]) -> None:
    result = cli(*command)
    for control in (ESC, "\x07", "\x9b", "\u202e"):
        assert control not in result.stdout
    assert DRAWN in json.loads(result.stdout)["quote"]  # the data itself is kept whole


def test_errors_show_them_too(cli, tmp_path: Path) -> None:
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    result = cli("claim", "show", f"x{ESC}[2Kverbatim")
    assert result.exit_code == 4 and ESC not in result.stderr
    assert "x\\x1b[2Kverbatim" in result.stderr


# -- a sources file reads only what its author could see ------------------------------------


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_a_texts_path_leaving_the_sources_folder_is_refused(
    cli, tmp_path: Path, db_path: Path, how: str
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("A private letter that is not part of the sources.\n", encoding="utf-8")
    folder = tmp_path / "sources"
    folder.mkdir()
    path = {"dotdot": "../secret.txt", "absolute": str(outside), "symlink": "link.txt"}[how]
    if how == "symlink":
        (folder / "link.txt").symlink_to(outside)
    sources = folder / "s.yaml"
    sources.write_text(f"id: s\ntitle: S\ntexts:\n  - path: {path}\n", encoding="utf-8")
    assert cli("source", "add", "other", "--title", "O").exit_code == 0
    before = dump(db_path)
    refused = cli("import", sources)
    assert refused.exit_code == 3
    assert refused.stderr.startswith(
        f"error: {sources}:4: source 's', texts path '{path}' leaves the folder of this "
        f"sources file ({folder.resolve()}): it is {outside.resolve()}; refused"
    )
    assert refused.stderr.rstrip().endswith("(--allow-outside-paths)")
    assert dump(db_path) == before
    allowed = cli("import", sources, "--allow-outside-paths")
    assert allowed.exit_code == 0 and "texts: 1 added" in allowed.stdout


def test_paths_the_user_types_are_theirs(cli, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    text = tmp_path / "elsewhere" / "diary.txt"
    text.write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"))
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "s.yaml").write_text("id: s\ntitle: S\n", encoding="utf-8")
    assert cli("import", inside / "s.yaml", "--texts", tmp_path / "elsewhere").exit_code == 0
    assert cli("source", "text", "s", "../" * 0 + str(text)).exit_code == 0


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_devices_and_fifos_are_refused_before_reading(
    cli, tmp_path: Path, db_path: Path, kind: str
) -> None:
    if kind == "device":
        special, what = Path("/dev/zero"), "is a character device"
    else:
        special, what = tmp_path / "pipe.txt", "is a FIFO (a named pipe)"
        os.mkfifo(special)
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    before = dump(db_path)
    attached = cli("source", "text", "s", special)  # /dev/zero would read until memory ends
    assert attached.exit_code == 3
    assert attached.stderr == f"error: {special}: {what}, not a file: refused before reading\n"
    folder = tmp_path / "src"
    folder.mkdir()
    if kind == "fifo":
        os.mkfifo(folder / "pipe.txt")
        (folder / "s.yaml").write_text("id: t\ntitle: T\ntexts: [{path: pipe.txt}]\n")
        imported = cli("import", folder / "s.yaml")
        assert imported.exit_code == 3 and f"{what}, not a file" in imported.stderr
        os.mkfifo(folder / "claims.yaml")
        fifo_claims = cli("import", folder / "claims.yaml")
        assert fifo_claims.exit_code == 3 and what in fifo_claims.stderr
    assert dump(db_path) == before


# -- URLs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a"])
def test_a_url_that_is_not_http_is_refused_when_stored(
    cli, tmp_path: Path, db_path: Path, url: str
) -> None:
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    before = dump(db_path)
    added = cli("source", "add", "t", "--title", "T", "--url", url)
    assert added.exit_code == 3
    assert added.stderr == f"error: source 't', field 'url': {url!r} is not an http(s) URL\n"
    for yaml_text in (
        f"id: u\ntitle: U\nurl: {url}\n",
        f"id: u\ntitle: U\ntexts: [{{url: '{url}'}}]\n",
    ):
        (tmp_path / "u.yaml").write_text(yaml_text, encoding="utf-8")
        imported = cli("import", tmp_path / "u.yaml")
        assert imported.exit_code == 3 and f"{url!r} is not an http(s) URL" in imported.stderr
    (tmp_path / "u.json").write_text(json.dumps([{"id": "u", "title": "U", "URL": url}]))
    assert cli("import", tmp_path / "u.json").exit_code == 3
    attached = cli("source", "text", "s", url)
    assert attached.exit_code == 3 and "no such file" not in attached.stderr
    assert attached.stderr == (
        f"error: {url!r} is not an http(s) URL: only http(s) URLs are fetched (a file: ./NAME)\n"
    )
    assert dump(db_path) == before


# -- arguments -------------------------------------------------------------------------------


def test_an_argument_that_is_not_utf8_is_one_line_and_exit_3(cli, tmp_path: Path) -> None:
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    db = tmp_path / "test.db"
    result = subprocess.run(
        [sys.executable, "-m", "sourcecheck", "claim", "show", b"caf\xff".decode(
            "utf-8", "surrogateescape"), "--db", str(db)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 3, result.stderr
    assert result.stderr == (
        "error: argument 3 is not valid UTF-8: b'caf\\xff' (give it in UTF-8, or rename the file)\n"
    )

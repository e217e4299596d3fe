"""The command line starts without the modules only some commands need: a cheap command
(--help, a list) imports neither Datasette, the HTTP client, Jinja, the extraction, the meaning
stage, the word matcher nor verify, which the commands that use them import when they run; and
--help, which opens no database, imports neither sqlite-utils nor numpy, nor the installed
packages' metadata (read for --version)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "datasette", "httpx", "jinja2", "sourcecheck.verify", "sourcecheck.extract.claims",
    "sourcecheck.matching.meaning", "sourcecheck.store.vectors", "sourcecheck.records.catalog",
    "sourcecheck.texts.ingest", "sourcecheck.report.build", "sourcecheck.matching.match",
    "sourcecheck.workers", "rapidfuzz",
)  # fmt: skip
NO_DATABASE = ("sqlite_utils", "numpy")
"""What --help does without: the database's library (which loads numpy when it is there)."""

RUN = """
import json, sys
from sourcecheck.cli import main
sys.argv = ["sourcecheck", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exit:
    code = exit.code
with open(OUT, "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


def loaded(args: list[str], tmp_path: Path) -> set[str]:
    """The modules a fresh process holds after running ``sourcecheck ARGS`` (exit 0)."""
    out = tmp_path / "modules.json"
    code = RUN.replace("OUT", repr(str(out)))
    subprocess.run([sys.executable, "-c", code, json.dumps(args)], check=True, capture_output=True)
    result = json.loads(out.read_text())
    assert result["code"] in (0, None)
    return set(result["modules"])


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    from sourcecheck.store.db import open_db

    db = tmp_path / "empty.db"
    open_db(db, create=True).close()
    return db


def test_help_loads_no_stage(tmp_path: Path) -> None:
    modules = loaded(["--help"], tmp_path)
    assert "sourcecheck.commands.verify" in modules  # every command's options are shown
    assert not set(HEAVY) & modules
    assert not set(NO_DATABASE) & modules
    assert "importlib.metadata" not in modules


def test_version_reads_the_metadata() -> None:
    from importlib.metadata import version

    out = subprocess.run(
        [sys.executable, "-m", "sourcecheck", "--version"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert out == f"sourcecheck {version('sourcecheck')}\n"


@pytest.mark.parametrize("command", [["source", "list"], ["claim", "list"]])
def test_a_list_loads_the_database_only(command: list[str], empty_db: Path, tmp_path) -> None:
    modules = loaded([*command, "--db", str(empty_db)], tmp_path)
    assert "sourcecheck.store.db" in modules
    assert not set(HEAVY) & modules


def test_verify_loads_what_it_runs(empty_db: Path, tmp_path: Path) -> None:
    modules = loaded(["verify", "--db", str(empty_db)], tmp_path)
    assert {"sourcecheck.verify", "sourcecheck.matching.match"} <= modules
    # no claim the words did not find: the meaning stage's modules are not loaded (verify107)
    assert not {"sourcecheck.matching.meaning", "sourcecheck.rewording"} & modules


def test_verify_loads_the_meaning_stage_when_a_claim_needs_it(tmp_path: Path) -> None:
    """A claim the words find is verified without the meaning stage's modules; one they do
    not find loads them (its run's stored parameters name the model either way)."""
    from sourcecheck import Claim, Source, add_claim, add_source, add_text
    from sourcecheck.store.db import open_db

    path, text = tmp_path / "notes.db", tmp_path / "notes.txt"
    text.write_text("The ferry left the harbour at dawn, and the gulls followed it out to sea.\n")
    db = open_db(path, create=True)
    add_source(db, Source("notes", "Harbour Notes", kind="diary"))
    add_text(db, "notes", text)
    add_claim(db, Claim("found", "The ferry left the harbour at dawn", source_id="notes"))
    add_claim(db, Claim("absent", "The mayor opened the new bridge in May", source_id="notes"))
    db.close()
    found = loaded(["verify", "found", "--db", str(path)], tmp_path)
    assert "sourcecheck.verify" in found and "sourcecheck.matching.meaning" not in found
    absent = loaded(["verify", "absent", "--db", str(path)], tmp_path)
    assert {"sourcecheck.matching.meaning", "sourcecheck.rewording"} <= absent
    runs = open_db(path).execute("SELECT parameters FROM runs ORDER BY id").fetchall()
    models = [json.loads(p)["meaning"]["model_id"] for (p,) in runs]
    assert len(models) == 2 and models[0] == models[1] and models[0], models

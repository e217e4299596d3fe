"""Adding, importing, listing, showing and exporting claims and sources, through the CLI."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import dump

from sourcecheck.store import db as dbm

SOURCE_YAML = """\
id: czernin-in-the-world-war
title: In the World War
author: Ottokar Czernin
issued: "1919"
kind: book
language: en
texts:
  - path: texts/diary.txt
    label: diary excerpt
"""

CLAIMS_YAML = """\
document:
  id: memoir
  title: My Life
  author: Leon Trotsky
  issued: "1930"
claims:
  - id: czernin-diary
    quote: "Trotsky refuses to sign. War is over, but there is no peace."
    source: czernin-in-the-world-war
    speaker: Ottokar Czernin
    date: "1918-02-11"
    locator: diary, February 11, 1918
    start: 10
    end: 70
    paragraph: 3
  - quote: "War is over."
    kind: paraphrase
    source: czernin-in-the-world-war
    date: "1918-02-11"
  - quote: "Impossible, absolutely impossible."
    kind: oral
    notes: a delegate in conversation; no document is cited
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A claims/ and sources/ tree like the repository's, with one local text."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (root / "sources" / "texts").mkdir(parents=True)
    (root / "sources" / "czernin.yaml").write_text(SOURCE_YAML, encoding="utf-8")
    (root / "sources" / "texts" / "diary.txt").write_text(
        (Path(__file__).parent / "fixtures" / "diary.txt").read_text(), encoding="utf-8"
    )
    (root / "claims" / "memoir.yaml").write_text(CLAIMS_YAML, encoding="utf-8")
    return root


def test_issue_example_commands(cli, db_path: Path) -> None:
    diary = Path(__file__).parent / "fixtures" / "diary.txt"
    result = cli(
        "source", "add", "czernin-in-the-world-war", "--title", "In the World War",
        "--author", "Ottokar Czernin", "--date", "1919", "--kind", "book", "--language", "en",
        "--url", "https://www.gutenberg.org/cache/epub/18160/pg18160.txt",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        cli("source", "text", "czernin-in-the-world-war", diary, "--label", "excerpt").exit_code
        == 0
    )
    again = cli("source", "text", "czernin-in-the-world-war", diary)
    assert again.exit_code == 0 and "already stored" in again.output
    result = cli(
        "claim", "add", "Trotsky refuses to sign. War is over, but there is no peace.",
        "--source", "czernin-in-the-world-war", "--speaker", "Ottokar Czernin",
        "--date", "1918-02-11", "--locator", "diary, February 11, 1918", "--kind", "quotation",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "czernin-in-the-world-war-1918-02-11" in result.output
    shown = json.loads(cli("claim", "show", "czernin-in-the-world-war-1918-02-11", "--json").output)
    assert (
        shown["speaker"] == "Ottokar Czernin" and shown["source_id"] == "czernin-in-the-world-war"
    )
    source = json.loads(cli("source", "show", "czernin-in-the-world-war", "--json").output)
    assert source["issued"] == "1919" and len(source["texts"]) == 1
    assert source["texts"][0]["label"] == "excerpt"
    assert source["claims"] == ["czernin-in-the-world-war-1918-02-11"]
    listed = json.loads(cli("source", "list", "--json").output)
    assert listed[0]["texts"] == 1 and listed[0]["claims"] == 1


def test_generated_claim_ids_do_not_collide(cli) -> None:
    cli("source", "add", "minutes", "--title", "Minutes", "--kind", "minutes")
    ids = []
    for quote in ("first", "second", "third"):
        result = cli("claim", "add", quote, "--source", "minutes", "--date", "1918-01-21")
        ids.append(result.output.split()[1])
    assert ids == ["minutes-1918-01-21", "minutes-1918-01-21-2", "minutes-1918-01-21-3"]


def test_import_then_reimport_is_a_no_op(cli, project: Path, db_path: Path) -> None:
    result = cli("import", project / "claims", project / "sources")
    assert result.exit_code == 0, result.output
    assert "claims: 3 added" in result.output and "texts: 1 added" in result.output
    claims = json.loads(cli("claim", "list", "--json").output)
    assert {c["id"] for c in claims} == {
        "czernin-diary",
        "czernin-in-the-world-war-1918-02-11",
        "oral-impossible-absolutely-impossible",  # no source, no date: the kind, first words
    }
    oral = next(c for c in claims if c["id"] == "oral-impossible-absolutely-impossible")
    assert oral["source_id"] is None
    before = dump(db_path)
    again = cli("import", project / "claims", project / "sources")
    assert again.exit_code == 0
    assert "nothing changed" in again.output and "claims: 3 unchanged" in again.output
    assert dump(db_path) == before


def test_changed_record_is_updated(cli, project: Path) -> None:
    cli("import", project / "claims", project / "sources")
    path = project / "claims" / "memoir.yaml"
    path.write_text(CLAIMS_YAML.replace("locator: diary, February 11, 1918", "locator: diary"))
    result = cli("import", project / "claims", project / "sources")
    assert "claims: 1 updated, 2 unchanged" in result.output
    assert "claims updated from the file: czernin-diary (locator)" in result.output
    assert json.loads(cli("claim", "show", "czernin-diary", "--json").output)["locator"] == "diary"


def test_an_import_names_the_claim_edit_it_undoes(cli, project: Path) -> None:
    """The file wins over the database: a `claim edit` made since is put back, and said."""
    cli("import", project / "claims", project / "sources")
    edited = cli("claim", "edit", "czernin-diary", "--date", "1918-02-12")
    assert "changes the database only" in edited.stderr
    result = cli("import", project / "claims", project / "sources")
    assert "claims updated from the file: czernin-diary (date)" in result.output
    shown = json.loads(cli("claim", "show", "czernin-diary", "--json").output)
    assert shown["date"] != "1918-02-12"


def test_export_round_trips_through_import(cli, project: Path, tmp_path: Path, runner) -> None:
    cli("import", project / "claims", project / "sources")
    exported = tmp_path / "export.yaml"
    assert cli("export", exported).exit_code == 0
    fresh = tmp_path / "fresh.db"
    from sourcecheck.cli import app

    result = runner.invoke(app, ["import", str(exported), "--db", str(fresh)])
    assert result.exit_code == 0, result.output
    again = tmp_path / "again.yaml"
    runner.invoke(app, ["export", str(again), "--db", str(fresh)])
    assert again.read_text() == exported.read_text()
    original = {c.id: c for c in dbm.list_claims(dbm.open_db(tmp_path / "test.db"))}
    copied = {c.id: c for c in dbm.list_claims(dbm.open_db(fresh))}
    assert original == copied


def test_claim_list_filters_by_source(cli, project: Path) -> None:
    cli("import", project / "claims", project / "sources")
    listed = json.loads(
        cli("claim", "list", "--source", "czernin-in-the-world-war", "--json").output
    )
    assert [c["id"] for c in listed] == ["czernin-diary", "czernin-in-the-world-war-1918-02-11"]
    assert cli("claim", "list", "--source", "nope").exit_code == 4


# -- bad input: a clear one-line error, a documented exit code, the database unchanged --------


def _bad(cli, db_path: Path, project: Path, claims_yaml: str, *, code: int = 3) -> str:
    cli("import", project / "sources")  # a database with something in it
    before = dump(db_path)
    (project / "claims" / "memoir.yaml").write_text(claims_yaml, encoding="utf-8")
    result = cli("import", project / "claims", project / "sources")
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert dump(db_path) == before, "a failed import must leave the database unchanged"
    message = result.stderr.strip()
    assert message.startswith("error: ") and "\n" not in message
    return message


def test_unknown_source_slug(cli, db_path, project) -> None:
    bad = CLAIMS_YAML.replace(
        "source: czernin-in-the-world-war\n    speaker", "source: nobody\n    speaker"
    )
    message = _bad(cli, db_path, project, bad)
    assert "memoir.yaml:9:" in message and "unknown source 'nobody'" in message


def test_duplicate_ids(cli, db_path, project) -> None:
    bad = (
        CLAIMS_YAML
        + "  - id: czernin-diary\n    quote: again\n    source: czernin-in-the-world-war\n"
    )
    message = _bad(cli, db_path, project, bad)
    assert "duplicate claim id 'czernin-diary'" in message and "memoir.yaml:23:" in message
    assert "first defined at" in message and "memoir.yaml:7)" in message


def test_missing_required_field(cli, db_path, project) -> None:
    bad = CLAIMS_YAML.replace('  - quote: "War is over."\n    kind', "  - kind")
    message = _bad(cli, db_path, project, bad)
    assert "memoir.yaml:16:" in message and "field 'quote': missing" in message


def test_unknown_field_and_bad_values(cli, db_path, project) -> None:
    assert "field 'speeker': unknown field" in _bad(
        cli, db_path, project, CLAIMS_YAML.replace("speaker:", "speeker:")
    )
    assert "'1918-13' is not" not in _bad(
        cli, db_path, project, CLAIMS_YAML.replace('"1918-02-11"', '"11 Feb 1918"', 1)
    )
    assert "'speech' is not one of" in _bad(
        cli, db_path, project, CLAIMS_YAML.replace("kind: paraphrase", "kind: speech")
    )
    assert "end (5) must be greater than start (10)" in _bad(
        cli, db_path, project, CLAIMS_YAML.replace("end: 70", "end: 5")
    )


def test_malformed_yaml(cli, db_path, project) -> None:
    message = _bad(cli, db_path, project, CLAIMS_YAML + "  - [unclosed\n")
    bracket = len(CLAIMS_YAML.splitlines()) + 1  # the line the unclosed bracket opens
    assert f"memoir.yaml:{bracket}: malformed YAML" in message
    # An unclosed quote is only noticed lines later: the message names where it began.
    text = CLAIMS_YAML + '  - id: late\n    quote: "unclosed\n'
    message = _bad(cli, db_path, project, text)
    assert f"memoir.yaml:{bracket + 1}: malformed YAML" in message
    assert f"quoted scalar that began on line {bracket + 1}" in message


def test_binary_text_file(cli, db_path, project) -> None:
    (project / "sources" / "texts" / "diary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    dbm.open_db(db_path)  # an empty, migrated database
    before = dump(db_path)
    result = cli("import", project / "claims", project / "sources")
    assert result.exit_code == 3
    assert "diary.txt: not a text file: it is a PNG image" in result.stderr
    assert dump(db_path) == before


def test_text_file_not_utf8_names_the_byte(cli, db_path, project) -> None:
    (project / "sources" / "texts" / "diary.txt").write_bytes(
        "Trotski d\u00e9clines".encode("latin-1")
    )
    dbm.open_db(db_path)  # an empty, migrated database
    before = dump(db_path)
    result = cli("import", project / "claims", project / "sources")
    assert result.exit_code == 3
    assert "diary.txt: not valid UTF-8 at byte 9" in result.stderr
    assert dump(db_path) == before


def test_missing_path_and_unknown_claim(cli) -> None:
    result = cli("import", "does/not/exist.yaml")
    assert result.exit_code == 4 and "does/not/exist.yaml: no such file" in result.stderr
    assert cli("claim", "show", "nope").exit_code == 4
    assert cli("source", "show", "nope").exit_code == 4
    result = cli("claim", "add", "words", "--source", "nope")
    assert result.exit_code == 4 and "no source 'nope'" in result.stderr


def test_one_bad_record_among_many_files_imports_nothing(cli, db_path, project) -> None:
    (project / "claims" / "zz-bad.yaml").write_text(
        "claims:\n  - id: Bad Id\n    quote: x\n    kind: oral\n"
    )
    result = cli("import", project / "claims", project / "sources")
    assert (
        result.exit_code == 3 and "zz-bad.yaml:2" in result.stderr and "not a slug" in result.stderr
    )
    assert dbm.table_counts(dbm.open_db(db_path)) == {
        "documents": 0,
        "sources": 0,
        "texts": 0,
        "claims": 0,
    }


def test_claims_file_spec_in_one_line(tmp_path: Path) -> None:
    """A file that is a single source, and a sources: list, are both accepted."""
    from sourcecheck.records.formats import parse_file

    path = tmp_path / "s.yaml"
    path.write_text(
        textwrap.dedent("""\
        sources:
          - {id: a, title: A, kind: diary}
          - {id: b, title: B, issued: 1918-02-11}
    """)
    )
    parsed = parse_file(path)
    assert [s.id for s in parsed.sources] == ["a", "b"]
    assert parsed.sources[1].issued == "1918-02-11"  # an unquoted YAML date becomes ISO text


def test_impossible_dates_are_refused(cli, db_path, project) -> None:
    message = _bad(cli, db_path, project, CLAIMS_YAML.replace('"1918-02-11"', '"1918-02-31"', 1))
    assert "'1918-02-31' is not a date" in message
    cli("source", "add", "s", "--title", "S")
    result = cli("claim", "add", "words", "--source", "s", "--date", "1918-13-45")
    assert result.exit_code == 3 and "1918-13-45" in result.stderr


def test_reading_commands_do_not_create_a_mistyped_database(runner, tmp_path) -> None:
    from sourcecheck.cli import app

    missing = tmp_path / "typo.db"
    for command in (["verify"], ["report"], ["claim", "list"], ["source", "list"]):
        result = runner.invoke(app, [*command, "--db", str(missing)])
        assert result.exit_code == 4 and "no such database" in result.stderr, command
    assert not missing.exists()


def test_a_missing_texts_directory_is_an_error(cli, project, tmp_path) -> None:
    result = cli("import", project / "claims", project / "sources", "--texts", tmp_path / "nope")
    assert result.exit_code == 4 and "nope: no such directory" in result.stderr
    a_file = cli("import", project / "claims", "--texts", project / "sources" / "czernin.yaml")
    assert a_file.exit_code == 4 and "czernin.yaml: not a directory" in a_file.stderr


def test_folders_holding_nothing_to_import_are_an_error_not_nothing_changed(
    cli, db_path, tmp_path
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("not a claims file")
    result = cli("import", tmp_path / "empty")
    assert result.exit_code == 4 and "empty: no claims or sources files in it" in result.stderr
    assert "nothing changed" not in result.output and not db_path.exists()


def test_an_import_reports_every_problem_of_every_record_at_once(cli, db_path, project) -> None:
    """A record with a bad kind still has its unknown fields and its unknown source reported,
    in file order, in the one failed import: no fix-and-rerun rounds."""
    bad = (
        "claims:\n"
        "  - id: first\n    quote: fine\n    kind: quotaton\n    source: nosuch\n    sourse: x\n"
        '  - id: second\n    quote: x\n    source: nosuch\n    date: "1918-02-31"\n'
    )
    cli("import", project / "sources")
    before = dump(db_path)
    (project / "claims" / "memoir.yaml").write_text(bad, encoding="utf-8")
    result = cli("import", project / "claims", project / "sources")
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert dump(db_path) == before
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ", 2)[1].rsplit(":", 1)[1] for line in lines[:-1]] == [
        "4", "5", "6", "9", "10"
    ]  # fmt: skip
    assert "'quotaton' is not one of" in lines[0] and "unknown source 'nosuch'" in lines[1]
    assert "'sourse': unknown field (did you mean 'source'?)" in lines[2]
    assert "(did you mean 'quotation'?)" in lines[0] and "unknown source 'nosuch'" in lines[3]
    assert "'1918-02-31' is not a date" in lines[4]
    assert lines[-1] == "error: 5 problems: nothing was imported"


def test_claims_of_no_document_come_after_the_documents_claims(tmp_path: Path) -> None:
    # verify's table and the reports list claims in document order: one added by hand with
    # no document came first of all (SQL sorts NULL first), before the text's own claims
    from sourcecheck.models import Claim, Document, Source

    db = dbm.open_db(tmp_path / "order.db")
    dbm.upsert_source(db, Source("diary", "A diary"))
    dbm.upsert_document(db, Document("article"))
    dbm.upsert_claim(db, Claim("by-hand", "Words added by hand.", source_id="diary"))
    for n, start in ((2, 50), (1, 10), (3, None)):
        end = None if start is None else start + 8
        claim = Claim(f"doc-{n}", "Some wor", source_id="diary", document_id="article",
                      start=start, end=end)  # fmt: skip
        dbm.upsert_claim(db, claim)
    assert [c.id for c in dbm.list_claims(db)] == ["doc-1", "doc-2", "doc-3", "by-hand"]


def test_an_unidentified_source_is_no_source(cli, tmp_path: Path, db_path: Path) -> None:
    # `extract` writes "unidentified" for words it attributes to no one. An import makes
    # such a claim one without a source (never a source row of that name, even declared
    # as the extract of an earlier version did), verify says no source is known, and an
    # export writes it as the file did, so that it imports again.
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "sources:\n"
        "- id: unidentified\n"
        "  title: Unidentified source of words attributed to no one named\n"
        "  kind: other\n"
        "claims:\n"
        "- id: sign-the-peace\n"
        "  quote: We must sign this peace, however shameful it is.\n"
        "  kind: quotation\n"
        "  source: unidentified\n"
        "- id: oral-remark\n"
        "  quote: All power to the Soviets!\n"
        "  kind: oral\n",
        encoding="utf-8",
    )
    assert cli("import", claims).exit_code == 0
    db = dbm.open_db(db_path)
    assert [s.id for s in dbm.list_sources(db)] == []
    assert dbm.get_claim(db, "sign-the-peace").source_id is None
    run = cli("verify")
    assert "(source unknown): 1" in run.stdout and "(no source: oral remarks): 1" in run.stdout
    # what it means and what to do, naming the claim
    assert "its source is unknown" in run.stdout and "sign-the-peace" in run.stdout
    assert "sourcecheck claim edit ID --source SLUG" in run.stdout
    # written by hand, not proposed: no "extract attributed it" (a new user's finding)
    assert "extract attributed" not in run.stdout and "not proposed by extract" in run.stdout
    exported = cli("export", "-").stdout
    assert "source: unidentified" in exported and "id: unidentified" not in exported
    assert exported.count("source:") == 1  # the oral remark cites nothing, as it did
    again = tmp_path / "again.yaml"
    again.write_text(exported, encoding="utf-8")
    assert cli("import", again).exit_code == 0
    assert [s.id for s in dbm.list_sources(dbm.open_db(db_path))] == []


def test_an_unknown_source_is_said_as_the_claims_came(cli, tmp_path: Path) -> None:
    """A claim extract proposed (its ``speaker_confidence`` says so) with no source is "extract
    attributed it to no source"; one a person wrote ``source: unidentified`` is not."""
    claims = tmp_path / "proposed.yaml"
    claims.write_text(
        "claims:\n"
        "- {id: proposed, quote: The harbour stays closed all winter., source: unidentified,\n"
        "   speaker: Ada Marsh, speaker_confidence: 0.2}\n",
        encoding="utf-8",
    )
    assert cli("import", claims).exit_code == 0
    run = cli("verify")
    assert "extract attributed it to no source" in run.stdout, run.stdout
    assert "not proposed by extract" not in run.stdout
    claims.write_text(
        "claims:\n- {id: written, quote: The ferry sails at dawn., source: unidentified}\n",
        encoding="utf-8",
    )
    assert cli("import", claims).exit_code == 0
    both = " ".join(cli("verify").stdout.split())
    assert "extract proposed 1 of them and attributed them to no source" in both, both


def test_a_date_claim_extract_proposed_without_a_source_is_said_so(cli, tmp_path: Path) -> None:
    """A date or figure claim has no speaker (no ``speaker_confidence``): its notes say extract
    proposed it, and verify says so rather than "its author gave none" (a fresh-clone finding)."""
    claims = tmp_path / "proposed.yaml"
    claims.write_text(
        "claims:\n"
        "- {id: date-harbour, quote: 'Harbour City, 4. Mai 2024.', kind: date, source: "
        "unidentified,\n   date: '2024-05-04', notes: 'extracted: confidence 0.70; kind date: "
        "a dated sentence'}\n",
        encoding="utf-8",
    )
    assert cli("import", claims).exit_code == 0
    run = " ".join(cli("verify").stdout.split())
    assert "extract attributed it to no source" in run, run
    assert "author gave none" not in run

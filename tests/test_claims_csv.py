"""Claims from a spreadsheet (CSV with a header row): imported as a YAML claims file is, every
bad row named by its line and nothing imported; and a report's CSV read back gives the same
claims."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from conftest import FIXTURES, dump


def _source(cli, tmp_path: Path) -> None:
    (tmp_path / "diary.txt").write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"))
    result = cli("source", "add", "czernin", "--title", "In the World War", "--kind", "book")
    assert result.exit_code == 0
    assert cli("source", "text", "czernin", tmp_path / "diary.txt").exit_code == 0


def test_a_spreadsheet_of_claims_imports_with_every_field(cli, tmp_path: Path) -> None:
    _source(cli, tmp_path)
    sheet = tmp_path / "claims.csv"
    sheet.write_text(
        "id,quote,source,speaker,date,kind,notes\n"
        'diary,"Trotsky refuses to sign. War is over, but there is no peace.",czernin,'
        "Ottokar Czernin,1918-02-11,quotation,\n"
        '"",The Emperor wept.,czernin,,,,"a note, with a comma\nand a line break"\n',
        encoding="utf-8",
    )
    result = cli("import", sheet)
    assert result.exit_code == 0, result.output
    claims = {c["quote"]: c for c in json.loads(cli("claim", "list", "--json").stdout)}
    diary = claims["Trotsky refuses to sign. War is over, but there is no peace."]
    assert (diary["id"], diary["speaker"], diary["date"]) == (
        "diary",
        "Ottokar Czernin",
        "1918-02-11",
    )
    wept = claims["The Emperor wept."]
    assert wept["id"] == "czernin-the-emperor-wept" and wept["notes"] == (
        "a note, with a comma\nand a line break"
    )


def test_a_bad_row_in_the_middle_is_named_by_its_line_and_nothing_is_imported(
    cli, tmp_path: Path, db_path: Path
) -> None:
    rows = (
        "quote,source,date,start\n"
        "The Emperor wept.,czernin,,\n"
        "War is over.,czernin,1918-13-01,\n"  # line 3: no such month
        "Peace.,nosuch,,\n"  # line 4: unknown source
        "Trotsky refuses to sign.,czernin,,12x\n"  # line 5: not an offset
    )
    sheet, lines = _refused(cli, tmp_path, db_path, rows)
    assert any(
        line.startswith(f"error: {sheet}:3: claim “War is over.” (no id), field 'date'")
        for line in lines
    )
    assert any(f"{sheet}:4:" in line and "unknown source 'nosuch'" in line for line in lines)
    assert any(f"{sheet}:5:" in line and "'start'" in line for line in lines)
    assert lines[-1].endswith("problems: nothing was imported")


def test_a_row_without_an_id_is_named_by_its_quote_and_a_missing_cell_is_said(
    cli, tmp_path: Path, db_path: Path
) -> None:
    # A claim with no id yet is named by its quote, not as a bare "claim"; a row whose id
    # cell was left out (not left empty) has its cells in the wrong columns: that is the
    # problem to name, not the offsets it seems to lack. A multi-line row is named by the
    # line it starts on.
    header = "id,quote,source,start,end\n"
    wrong_way = ',"The Emperor\nwept.",czernin,30,20\n'  # lines 2-3: offsets reversed
    no_id_cell = "War is over.,czernin,0,12\n"  # line 4: the id cell left out, not emptied
    sheet, lines = _refused(cli, tmp_path, db_path, header + wrong_way + no_id_cell)
    assert lines[0] == (
        f"error: {sheet}:2: claim “The Emperor wept.” (no id), field 'end': end (20) must be "
        "greater than start (30)"
    )
    assert lines[1] == (
        f"error: {sheet}:4: 4 cells, the header names 5: no cell for 'end'; a cell left out "
        "moves the ones after it into the wrong columns (leave an empty cell, ,, for no value)"
    )


def _refused(cli, tmp_path: Path, db_path: Path, sheet_text: str) -> tuple[Path, list[str]]:
    """Import a CSV that must be refused (exit 3, the database unchanged): its error lines."""
    _source(cli, tmp_path)
    before = dump(db_path)
    sheet = tmp_path / "claims.csv"
    sheet.write_text(sheet_text, encoding="utf-8")
    result = cli("import", sheet)
    assert result.exit_code == 3
    assert dump(db_path) == before
    return sheet, result.stderr.splitlines()


def test_an_unknown_column_is_refused_with_a_suggestion(cli, tmp_path: Path) -> None:
    sheet = tmp_path / "claims.csv"
    sheet.write_text("quote,sourc\nWar is over.,czernin\n", encoding="utf-8")
    result = cli("import", sheet)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {sheet}:1: unknown column 'sourc' (did you mean")


def test_a_reports_csv_reads_back_as_the_same_claims(cli, runner, tmp_path: Path) -> None:
    _source(cli, tmp_path)
    quote = "=Trotsky refuses to sign. War is over, but there is no peace."  # a "formula"
    assert cli("claim", "add", quote, "--source", "czernin", "--id", "dash").exit_code == 0
    assert cli("claim", "add", "The Emperor wept.", "--source", "czernin").exit_code == 0
    extracted = tmp_path / "extracted.yaml"  # a claim as extract writes it: notes, confidence
    extracted.write_text(
        "claims:\n  - {id: said, quote: War is over., source: czernin, speaker: Czernin,\n"
        "     speaker_confidence: 0.55, notes: 'extracted: confidence 0.55'}\n",
        encoding="utf-8",
    )
    assert cli("import", extracted).exit_code == 0
    assert cli("verify").exit_code == 0
    exported = tmp_path / "report.csv"
    assert cli("report", "-o", exported).exit_code == 0
    with exported.open(encoding="utf-8", newline="") as f:
        assert any(row["quote"].startswith("'=") for row in csv.DictReader(f))  # escaped
    from sourcecheck.cli import app

    other = tmp_path / "other.db"
    for args in (
        ["source", "add", "czernin", "--title", "In the World War", "--kind", "book"],
        ["import", str(exported)],
    ):
        result = runner.invoke(app, [*args, "--db", str(other)])
        assert result.exit_code == 0, result.output
    read_back = runner.invoke(app, ["claim", "list", "--json", "--db", str(other)])
    original = json.loads(cli("claim", "list", "--json").stdout)
    assert json.loads(read_back.stdout) == original
    said = next(c for c in original if c["id"] == "said")
    assert (said["speaker_confidence"], said["notes"]) == (0.55, "extracted: confidence 0.55")
    # read back into the database it came from, it changes nothing (it erased notes)
    again = cli("import", exported)
    assert again.exit_code == 0 and "claims: 3 unchanged" in again.stdout, again.stdout


def test_a_quote_edited_in_a_spreadsheet_with_its_old_offsets_is_refused(
    cli, tmp_path: Path, db_path: Path
) -> None:
    """text[start:end] == quote: a quote changed in a spreadsheet that kept the old quote's
    offsets is named by its line, nothing imported; `claim edit --quote` clears them."""
    _source(cli, tmp_path)
    sheet = tmp_path / "claims.csv"
    sheet.write_text(
        "id,quote,source,start,end\nwept,The Emperor wept.,czernin,100,117\n", encoding="utf-8"
    )
    assert cli("import", sheet).exit_code == 0
    before = dump(db_path)
    sheet.write_text(
        "id,quote,source,start,end\nwept,The Emperor wept bitterly.,czernin,100,117\n",
        encoding="utf-8",
    )
    result = cli("import", sheet)
    assert result.exit_code != 0
    assert "claims.csv:2" in result.output and "belong to another quote" in result.output
    assert dump(db_path) == before
    assert cli("claim", "edit", "wept", "--quote", "The Emperor wept bitterly.").exit_code == 0
    edited = json.loads(cli("claim", "list", "--json").stdout)[0]
    assert edited["quote"] == "The Emperor wept bitterly."
    assert (edited["start"], edited["end"]) == (None, None)

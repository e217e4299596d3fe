"""A speaker a reviewer corrected in the claims file is a person's, not extract's guess: once
imported it has no ``speaker_confidence`` and leaves the speakers to check (it was kept with
extract's confidence, listed as "proposed by extract")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sourcecheck.browse.queries import QUERIES

# written for the tests: extract gives the words to "the engineer", whom a reviewer names
MINUTES = (
    "The harbour board met on Friday. Later the engineer said: “We shall rebuild the pier in "
    "stone before the autumn gales.” Nobody objected.\n"
)
QUOTE = "We shall rebuild the pier in stone before the autumn gales."


def _speakers_to_check(db_path: Path) -> dict[str, tuple[str, str, float | None]]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(QUERIES["speakers_to_check"]["sql"]).fetchall()
        return {r[4]: (r[0], r[2], r[3]) for r in rows}  # quote: to_check, speaker, confidence
    finally:
        conn.close()


def _extracted(cli, tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    assert cli("extract", tmp_path / "minutes.txt", "-o", claims).exit_code == 0
    text = claims.read_text(encoding="utf-8")
    assert "speaker: the engineer\n" in text and "speaker_confidence: " in text
    return claims, text


def test_a_speaker_corrected_in_the_file_is_imported_as_a_persons(
    cli, tmp_path: Path, db_path: Path
) -> None:
    claims, text = _extracted(cli, tmp_path)
    claims.write_text(text.replace("speaker: the engineer\n", "speaker: Mara Quist\n"), "utf-8")
    assert cli("import", claims).exit_code == 0
    assert _speakers_to_check(db_path)[QUOTE] == ("given by a person", "Mara Quist", None)


def test_a_speaker_left_as_proposed_keeps_its_confidence(
    cli, tmp_path: Path, db_path: Path
) -> None:
    claims, _ = _extracted(cli, tmp_path)
    assert cli("import", claims).exit_code == 0
    to_check, speaker, confidence = _speakers_to_check(db_path)[QUOTE]
    assert (to_check, speaker) == ("proposed by extract", "the engineer") and confidence


def test_a_speaker_corrected_on_reimport_without_notes_is_a_persons(
    cli, tmp_path: Path, db_path: Path
) -> None:
    # a reviewer who cleared the notes: the stored claim tells the speaker changed, not its
    # confidence
    claims, text = _extracted(cli, tmp_path)
    assert cli("import", claims).exit_code == 0
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("  notes:"))
    end = next(n for n in range(at + 1, len(lines)) if not lines[n].startswith("    "))
    edited = "\n".join(lines[:at] + lines[end:]) + "\n"
    claims.write_text(edited.replace("speaker: the engineer\n", "speaker: Mara Quist\n"), "utf-8")
    assert cli("import", claims).exit_code == 0
    assert _speakers_to_check(db_path)[QUOTE] == ("given by a person", "Mara Quist", None)

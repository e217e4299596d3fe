"""``verify`` leaves out the claims ``extract --merge`` found gone from the corrected document
(notes ``gone: ...``, no offsets): it says how many it did not check, keeps their earlier
results, and checks them when asked (``--include-gone``) or named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sourcecheck.records.formats import parse_file

# written for the tests: the bulletin misquotes the ferry's log ("never"), then is corrected
BULLETIN = (
    "The ferry ran late all winter. On January 9, 1932, Captain Ilse Varga wrote in her log: "
    "“The ferry will never cross while the ice holds the bay.” The crossing waited a week.\n"
)
LOG = (
    "January 9, 1932. Ice along the north shore. The ferry will not cross while the ice holds "
    "the bay. We kept the engines warm.\n"
)
SOURCES = "id: varga-log\ntitle: The Ferry Log\nauthor: Ilse Varga\ntexts:\n  - path: log.txt\n"


@pytest.fixture
def corrected(cli, tmp_path: Path) -> tuple[str, str]:
    """The misquote imported and verified, the bulletin corrected, merged and imported: the
    gone claim's id and its replacement's."""
    (tmp_path / "log.txt").write_text(LOG, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0
    bulletin, claims = tmp_path / "bulletin.txt", tmp_path / "claims.yaml"
    bulletin.write_text(BULLETIN, encoding="utf-8")
    assert cli("extract", bulletin, "-o", claims).exit_code == 0
    _cite_the_log(claims)
    assert cli("import", claims).exit_code == 0
    assert cli("verify").exit_code == 0
    bulletin.write_text(BULLETIN.replace("will never cross", "will not cross"), encoding="utf-8")
    assert cli("extract", bulletin, "--merge", claims).exit_code == 0
    _cite_the_log(claims)
    assert cli("import", claims).exit_code == 0
    by_gone = {(c.notes or "").startswith("gone:"): c.id for c in parse_file(claims).claims}
    return by_gone[True], by_gone[False]


def _cite_the_log(claims: Path) -> None:
    text = claims.read_text(encoding="utf-8")
    claims.write_text(
        text.replace("source: unidentified-ilse-varga", "source: varga-log"), encoding="utf-8"
    )


def _runs(db_path: Path, claim_id: str) -> list[int]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT run_id FROM results WHERE claim_id = ? ORDER BY run_id", (claim_id,)
        )
        return [r[0] for r in rows]
    finally:
        conn.close()


def test_verify_skips_a_gone_claim_says_so_and_keeps_its_result(
    cli, corrected, db_path: Path
) -> None:
    gone, replacement = corrected
    before = _runs(db_path, gone)
    assert before  # checked while it was in the bulletin
    run = cli("verify")
    assert run.exit_code == 0, run.output
    assert "1 gone claim not checked (no longer in the document" in run.stdout
    assert "--include-gone checks it" in run.stdout and gone in run.stdout
    assert _runs(db_path, gone) == before  # its earlier result kept, no new one
    assert len(_runs(db_path, replacement)) == 1  # the corrected quotation was checked
    report = cli("report", "--format", "json", "-o", "-")
    assert report.exit_code == 0 and gone in report.stdout  # still listed, as gone


def test_include_gone_or_naming_it_checks_a_gone_claim(cli, corrected, db_path: Path) -> None:
    gone, _ = corrected
    before = _runs(db_path, gone)
    asked = cli("verify", "--include-gone")
    assert asked.exit_code == 0, asked.output
    assert "gone claim" not in asked.stdout and len(_runs(db_path, gone)) == len(before) + 1
    named = cli("verify", gone)
    assert named.exit_code == 0, named.output
    assert "gone claim" not in named.stdout and len(_runs(db_path, gone)) == len(before) + 2

"""A person's edits of a claims file are never lost: ``extract --merge`` remembers a removed
claim by its words (an edit of the text that moves it does not bring it back), names the
claim now in a gone one's place even when the text moved, counts moved claims apart;
``--readd`` with a database keeps the stored id; ``import`` does not add the same claim
twice under another id; ``export`` does not replace an existing file unasked."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from builders import extracted

from sourcecheck.records.formats import parse_file

ARTICLE = (
    "The lighthouse keeper Ida Marsh wrote to the board: “The lamp has failed twice this "
    "winter and the oil is running low.” The board did not answer.\n\n"
    "At the inquiry the clerk Tomas Hale said: “No letter from the keeper ever reached our "
    "office in Dunmore.” Few believed him.\n\n"
    "In the end the engineer Ruth Calder told the reporters: “We shall rebuild the tower "
    "before the autumn storms.”\n"
)
LETTER = "The lamp has failed twice this winter and the oil is running low."
DENIAL = "No letter from the keeper ever reached our office in Dunmore."
PROMISE = "We shall rebuild the tower before the autumn storms."
OPENING = "The storm of 1911 is remembered on the whole coast. "


def _without(text: str, quote: str) -> str:
    """A claims file's text without the claim holding ``quote``, as a reviewer deletes it."""
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if quote[:30] in line)
    while not lines[at].lstrip().startswith("- "):
        at -= 1
    end = at + 1
    while end < len(lines) and lines[end].startswith("  ") and not lines[end].startswith("- "):
        end += 1
    return "".join(lines[:at] + lines[end:])


def _quotes(path: Path) -> list[str]:
    return [c.quote for c in parse_file(path).claims]


@pytest.fixture
def reviewed(cli, tmp_path: Path) -> tuple[Path, Path]:
    """The article and its claims file with the clerk's denial removed in review."""
    article, claims = extracted(cli, tmp_path, ARTICLE)
    assert sorted(_quotes(claims)) == sorted([LETTER, DENIAL, PROMISE])
    claims.write_text(_without(claims.read_text(encoding="utf-8"), DENIAL), encoding="utf-8")
    assert DENIAL not in _quotes(claims)
    return article, claims


def test_a_removed_claim_stays_removed_after_an_edit_above_it(cli, reviewed) -> None:
    """The memory keeps words: a sentence put in above the removed claim shifts its offsets,
    and it is still not proposed again (it was, when the memory kept places only)."""
    article, claims = reviewed
    article.write_text(OPENING + ARTICLE, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    assert "added 0 claims" in merged.output, merged.output
    assert "1 removed from it before, not proposed again" in merged.output
    assert DENIAL not in _quotes(claims)
    # the memory now remembers it at its new place: a second edit does not bring it back
    at = (OPENING + ARTICLE).index(DENIAL)
    assert re.search(
        rf"\b{at}-{at + len(DENIAL)} [0-9a-f]{{8}}\.[0-9a-f]{{4}}\b", claims.read_text()
    )
    article.write_text(OPENING + OPENING + ARTICLE, encoding="utf-8")
    again = cli("extract", article, "--merge", claims)
    assert "added 0 claims" in again.output and DENIAL not in _quotes(claims)
    # --readd still brings it back
    readd = cli("extract", article, "--merge", claims, "--readd")
    assert "added 1 claim " in readd.output and _quotes(claims)[-1] == DENIAL


def test_the_same_words_elsewhere_are_a_new_claim(cli, reviewed) -> None:
    """The words around a quotation tell apart two with the same words: the clerk's denial
    said again in a new paragraph is proposed, the removed one is not."""
    article, claims = reviewed
    repeated = f"A year later his deputy Nils Rowe repeated it: “{DENIAL}” Nobody laughed.\n"
    edited = OPENING + ARTICLE + "\n" + repeated
    article.write_text(edited, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    assert "added 1 claim " in merged.output and "1 removed from it before" in merged.output
    added = parse_file(claims).claims[-1]
    assert added.quote == DENIAL and added.start == edited.rindex(DENIAL)


def test_a_gone_claim_names_its_replacement_when_the_text_also_moved(cli, tmp_path) -> None:
    """The denial reworded and a sentence put in above it: the merge names the new claim in
    its place, and counts the claims that moved apart from those left where they were."""
    article, claims = extracted(cli, tmp_path, ARTICLE)
    old_id = next(c.id for c in parse_file(claims).claims if c.quote == DENIAL)
    reworded = DENIAL.replace("ever reached", "reached")
    article.write_text(OPENING + ARTICLE.replace(DENIAL, reworded), encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    new_id = next(c.id for c in parse_file(claims).claims if c.quote == reworded)
    assert f"{old_id} (in its place now: {new_id})" in merged.stderr, merged.stderr
    assert "added 1 claim " in merged.output
    assert "0 already there" in merged.output
    assert "2 there at another place (moved with the text)" in merged.output


def _claim_rows(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT id, quote FROM claims").fetchall())


def test_readd_with_a_database_keeps_the_stored_id(cli, reviewed, db_path: Path) -> None:
    """A claim removed from the file but imported before: --readd gives it its stored id, so
    that importing the file updates it rather than adding it again as ``-2``."""
    article, claims = reviewed
    full = claims.with_name("full.yaml")
    assert cli("extract", article, "-o", full).exit_code == 0
    assert cli("import", full).exit_code == 0
    stored = _claim_rows(db_path)
    readd = cli("extract", article, "--merge", claims, "--readd")
    assert readd.exit_code == 0 and "added 1 claim " in readd.output, readd.output
    denial_id = next(i for i, q in stored if q == DENIAL)
    assert parse_file(claims).claims[-1].id == denial_id  # not denial_id + "-2"
    imported = cli("import", claims)
    assert imported.exit_code == 0, imported.output
    assert _claim_rows(db_path) == stored and "warning" not in imported.stderr


def test_import_leaves_out_the_same_claim_under_another_id(cli, tmp_path, db_path) -> None:
    """The same quote, source and document under a new id: a warning naming the file and
    line, nothing added; --allow-duplicates adds it."""
    first = tmp_path / "first.yaml"
    first.write_text(
        "sources:\n  - {id: board-minutes, title: Minutes of the board}\n"
        "claims:\n"
        f"  - {{id: marsh-lamp, quote: '{LETTER}', source: board-minutes}}\n",
        encoding="utf-8",
    )
    assert cli("import", first).exit_code == 0
    again = tmp_path / "again.yaml"
    again.write_text(
        "claims:\n"
        "  - id: hale-office\n"
        f"    quote: '{DENIAL}'\n"
        "    source: board-minutes\n"
        "  - id: marsh-lamp-2\n"
        f"    quote: '{LETTER}'\n"
        "    source: board-minutes\n",
        encoding="utf-8",
    )
    result = cli("import", again)
    assert result.exit_code == 0, result.output
    assert f"warning: {again}:5: claim 'marsh-lamp-2' not imported" in result.stderr
    assert "as claim 'marsh-lamp'" in result.stderr and "--allow-duplicates" in result.stderr
    assert "claims: 1 added" in result.stdout and "1 not imported" in result.stdout
    assert [i for i, _ in _claim_rows(db_path)] == ["hale-office", "marsh-lamp"]
    allowed = cli("import", again, "--allow-duplicates")
    assert allowed.exit_code == 0 and "warning" not in allowed.stderr
    assert [i for i, _ in _claim_rows(db_path)] == ["hale-office", "marsh-lamp", "marsh-lamp-2"]


def test_import_takes_one_quote_given_to_another_speaker(cli, tmp_path, db_path) -> None:
    """The same quote, source and document with another speaker is another claim (two
    attributions of one quotation); the same speaker with another date is left out, the
    warning naming what differs, and the summary never says nothing differed."""
    first = tmp_path / "first.yaml"
    first.write_text(
        "sources:\n  - {id: board-minutes, title: Minutes of the board}\n"
        "claims:\n"
        f"  - {{id: marsh-lamp, quote: '{LETTER}', source: board-minutes, speaker: Ida Marsh}}\n",
        encoding="utf-8",
    )
    assert cli("import", first).exit_code == 0
    again = tmp_path / "again.yaml"
    again.write_text(
        "claims:\n"
        f"  - {{id: hale-lamp, quote: '{LETTER}', source: board-minutes, speaker: John Hale}}\n"
        f"  - {{id: marsh-date, quote: '{LETTER}', source: board-minutes, speaker: Ida Marsh,"
        " date: '1911-02-03'}\n",
        encoding="utf-8",
    )
    result = cli("import", again)
    assert result.exit_code == 0, result.output
    assert "claims: 1 added" in result.stdout and "1 not imported" in result.stdout
    assert f"warning: {again}:3: claim 'marsh-date' not imported" in result.stderr
    assert "its date differ" in result.stderr and "nothing changed" not in result.stdout
    assert [i for i, _ in _claim_rows(db_path)] == ["hale-lamp", "marsh-lamp"]
    repeated = cli("import", again)  # hale-lamp stored now: only the date's claim left out
    assert "nothing changed" not in repeated.stdout, repeated.stdout
    assert "nothing written: every claim not imported is listed" in repeated.stdout


def test_import_of_the_same_file_again_says_nothing_changed(cli, tmp_path, db_path) -> None:
    """Two speakers of one quote in a file without ids: both stored, and the file imported
    again changes nothing (each claim finds its own stored one by its speaker)."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "sources:\n  - {id: board-minutes, title: Minutes of the board}\n"
        "claims:\n"
        f"  - {{quote: '{LETTER}', source: board-minutes, speaker: Ida Marsh}}\n"
        f"  - {{quote: '{LETTER}', source: board-minutes, speaker: John Hale}}\n",
        encoding="utf-8",
    )
    assert cli("import", claims).exit_code == 0
    with sqlite3.connect(db_path) as conn:
        speakers = sorted(r[0] for r in conn.execute("SELECT speaker FROM claims"))
    assert speakers == ["Ida Marsh", "John Hale"]
    again = cli("import", claims)
    assert again.exit_code == 0 and "warning" not in again.stderr
    assert "nothing changed: the database already held all of it" in again.stdout


def test_export_does_not_replace_a_file_unasked(cli, reviewed) -> None:
    """A reviewed claims file (its comments, its proposed: memory) is not overwritten by an
    export without --force: one line naming it, exit 3, the file as it was."""
    _, claims = reviewed
    assert cli("import", claims).exit_code == 0
    before = claims.read_text(encoding="utf-8")
    refused = cli("export", claims)
    assert refused.exit_code == 3, refused.output
    assert refused.exception is None or isinstance(refused.exception, SystemExit)
    assert refused.stderr.startswith(f"error: {claims}: already exists")
    assert "(--force)" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert claims.read_text(encoding="utf-8") == before
    forced = cli("export", claims, "--force")
    assert forced.exit_code == 0, forced.output
    assert "proposed:" not in claims.read_text(encoding="utf-8")
    assert sorted(_quotes(claims)) == sorted([LETTER, PROMISE])

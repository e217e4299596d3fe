"""A speaker's confidence as a field (``speaker_confidence``): written by ``extract`` in the
claims file, checked and stored by ``import``, shown and sortable in Datasette's
``claim_report``, and cleared when a person gives the speaker (``claim edit --speaker``); and
``extract`` names the doubtful speakers to review first, and the quoted terms it left out."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import yaml
from conftest import dump

from sourcecheck.browse import datasette as browse

NOVEL = """\
Thomas came in with Anna. The “progressive” papers lay on the table.

“How is she?” asked Thomas.

“Better than yesterday,” said Anna.

“And the fever?”

“Gone by morning, I think.”

The clock struck nine, and the rain went on.

“Nothing more to be done tonight.”
"""


def _confidences(db_path: Path) -> dict[str, float | None]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT id, speaker_confidence FROM claims"))
    finally:
        conn.close()


def test_extract_writes_it_import_stores_it_and_a_person_clears_it(
    cli, tmp_path: Path, db_path: Path
) -> None:
    (tmp_path / "novel.txt").write_text(NOVEL, encoding="utf-8")
    claims_file = tmp_path / "novel.yaml"
    result = cli("extract", tmp_path / "novel.txt", "-o", claims_file)
    assert result.exit_code == 0, result.output
    written = yaml.safe_load(claims_file.read_text(encoding="utf-8"))["claims"]
    by_quote = {c["quote"]: c for c in written}
    assert by_quote["How is she?"]["speaker"] == "Thomas"
    said = by_quote["How is she?"]["speaker_confidence"]
    guessed = by_quote["Gone by morning, I think."]["speaker_confidence"]
    assert 0 < guessed < said <= 1  # "asked Thomas" beats a turn of the conversation
    # the field matches the notes' figure, which the benchmarks' bands read
    assert f"speaker confidence {said:.2f}" in by_quote["How is she?"]["notes"]
    doubtful = [c["id"] for c in written if c.get("speaker_confidence", 1) < 0.6]
    assert doubtful  # the guess after a narration paragraph
    note = next(line for line in result.stderr.splitlines() if "review first:" in line)
    assert all(claim_id in note for claim_id in doubtful)
    assert not any(c["id"] in note for c in written if c["id"] not in doubtful)
    assert "left out (scare quotes, titles, words mentioned): “progressive”" in result.stderr

    assert cli("import", claims_file).exit_code == 0
    stored = _confidences(db_path)
    assert sorted(stored.values()) == sorted(c["speaker_confidence"] for c in written)
    ds = browse.make_datasette(db_path)

    async def doubtful_first() -> list[dict]:
        response = await ds.client.get(
            f"/{db_path.stem}/claim_report.json?_sort=speaker_confidence&_shape=array"
        )
        assert response.status_code == 200, response.text[:300]
        return response.json()

    rows = asyncio.run(doubtful_first())
    assert [r["speaker_confidence"] for r in rows] == sorted(stored.values())

    low = min(stored, key=lambda k: stored[k] or 0)
    speaker = next(c["speaker"] for c in written if stored[c["id"]] == stored[low])
    result = cli("claim", "edit", low, "--speaker", speaker)  # confirmed, same name
    assert result.exit_code == 0, result.output
    assert _confidences(db_path)[low] is None

    # the column's ascending sort now lists the confirmed one first; the canned query lists
    # the doubtful first and the confirmed one last, hiding none
    assert asyncio.run(doubtful_first())[0]["claim_id"] == low
    [listed] = asyncio.run(_get(ds, f"/{db_path.stem}/speakers_to_check.json?_shape=array"))
    rest = sorted(v for k, v in stored.items() if k != low and v is not None)
    assert [r["speaker_confidence"] for r in listed] == [*rest, None]
    assert listed[-1]["claim"] == low and listed[-1]["speaker"] == speaker
    assert len(listed) == len(stored)


async def _get(ds: Any, *paths: str) -> list[Any]:
    out = []
    for path in paths:
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text[:300]
        out.append(response.json())
    return out


def test_a_confidence_outside_0_to_1_is_refused_with_its_line(
    cli, tmp_path: Path, db_path: Path
) -> None:
    assert cli("source", "add", "s", "--title", "S").exit_code == 0
    before = dump(db_path)
    (tmp_path / "c.yaml").write_text(
        "claims:\n  - id: c1\n    quote: Yes.\n    source: s\n    speaker_confidence: 1.5\n",
        encoding="utf-8",
    )
    result = cli("import", tmp_path / "c.yaml")
    assert result.exit_code == 3
    assert f"{tmp_path / 'c.yaml'}:5: claim 'c1', field 'speaker_confidence': expected a " in (
        result.stderr
    )
    assert dump(db_path) == before


CLAIMS_TO_CHECK = """\
sources:
  - id: minutes
    title: Minutes of the session
claims:
  - id: sure
    quote: The session is opened.
    source: minutes
    speaker: Vera Orlova
    speaker_confidence: 0.9
  - id: unsure
    quote: We shall vote tomorrow.
    source: minutes
    speaker: Pavel Ilyin
    speaker_confidence: 0.3
  - id: nobody-quoted
    quote: Enough of this!
    source: minutes
  - id: confirmed
    quote: I withdraw the motion.
    source: minutes
    speaker: Anna Berg
  - id: count
    quote: Forty delegates stayed to the end.
    kind: figure
    source: minutes
  - id: nobody-spoke
    quote: Not a word more, he said in the corridor.
    kind: oral
"""


def test_speakers_to_check_lists_the_unspoken_quotations_last_and_labelled(
    cli, tmp_path: Path, db_path: Path
) -> None:
    # A reviewer checks the speakers extract proposed, the least sure first; a person's
    # speakers follow; the quotations nobody is said to have said are a question of their
    # own, listed last and named so; a figure has no speaker to check and is not listed.
    (tmp_path / "claims.yaml").write_text(CLAIMS_TO_CHECK, encoding="utf-8")
    assert cli("import", tmp_path / "claims.yaml").exit_code == 0
    ds = browse.make_datasette(db_path)
    [listed] = asyncio.run(_get(ds, f"/{db_path.stem}/speakers_to_check.json?_shape=array"))
    assert [(r["claim"], r["to_check"]) for r in listed] == [
        ("unsure", "proposed by extract"),
        ("sure", "proposed by extract"),
        ("confirmed", "given by a person"),
        ("nobody-quoted", "no speaker: who said it?"),
        ("nobody-spoke", "no speaker: who said it?"),
    ]

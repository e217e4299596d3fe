"""Each stored result keeps its alarms in the reports' words (``results.alarms``), and
Datasette shows them (``claim_report``'s ``alarms`` column, the ``reworded`` query): a person
browsing the database reads "the source says the opposite of a word of the claim", where it
showed only the raw flag ``opposite``. Databases made before get theirs from the migration.
The minutes are ours, written for these tests."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from sourcecheck.browse import datasette as browse
from sourcecheck.matching.opposites import OPPOSITE
from sourcecheck.report.alarms import MEANING_ALARMS, WORD_CHANGED_ALARM
from sourcecheck.store import db as dbm
from sourcecheck.store.migrations import migrations

MINUTES = (
    "Minutes of the vestry meeting, kept by the sexton.\n\n"
    "The warden proposed to sell the old barn behind the church. Only Councillor Brandt "
    "opposed the proposal, and the vestry rose at nine.\n\n"
    "In the week of the fair a gale destroyed the wooden footbridge over the mill race.\n"
)
OPPOSITE_ALARM = MEANING_ALARMS[OPPOSITE]


def _verified(cli, tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    assert cli("source", "add", "vestry", "--title", "Vestry minutes").exit_code == 0
    assert cli("source", "text", "vestry", path).exit_code == 0
    for claim_id, quote in (
        ("endorsed", "Only Councillor Brandt endorsed the proposal."),
        ("gale", "A gale wrecked the wooden footbridge."),
    ):
        added = cli(
            "claim", "add", quote, "--source", "vestry", "--id", claim_id, "--kind", "event"
        )
        assert added.exit_code == 0, added.output
    verified = cli("verify")
    assert verified.exit_code == 0, verified.output


def test_verify_stores_the_alarms_and_datasette_shows_them_in_words(
    cli, tmp_path: Path, db_path: Path
) -> None:
    _verified(cli, tmp_path)
    db = dbm.open_db(db_path, create=False)
    stored = dict(db.execute("SELECT claim_id, alarms FROM results WHERE best = 1").fetchall())
    assert json.loads(stored["endorsed"]) == [OPPOSITE_ALARM]
    assert json.loads(stored["gale"]) == []
    # The JSON report computes the same alarms: one wording, stored and shown.
    report = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    assert report["endorsed"]["alarms"] == [OPPOSITE_ALARM]
    db.close()

    async def get(ds, path: str) -> dict:
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text[:300]
        return response.json()

    ds = browse.make_datasette(db_path)
    name = db_path.stem
    view = asyncio.run(get(ds, f"/{name}/claim_report.json?_shape=objects"))
    alarms = {row["claim_id"]: row["alarms"] for row in view["rows"]}
    assert alarms == {"endorsed": f"⚠ {OPPOSITE_ALARM}", "gale": None}
    query = asyncio.run(get(ds, f"/{name}/reworded.json?_shape=objects"))
    assert {row["claim"]: row["alarms"] for row in query["rows"]}["endorsed"] == (
        f"⚠ {OPPOSITE_ALARM}"
    )


def test_results_stored_before_get_their_alarms_from_the_migration(tmp_path: Path) -> None:
    """m020: the flags, differences and differing fact checks of results stored before give
    their alarms; a result that is not the claim's reported one gets no fact's alarm."""
    path = tmp_path / "old.db"
    old = dbm.Database(path)
    migrations.apply(old, stop_before="m020_result_alarms")
    old.execute(
        "INSERT INTO runs (id, started_at, tool_version, parameters) VALUES (1, '', '', '')"
    )
    defaults = {"run_id": 1, "reason": "", "verified_at": "", "tool_version": "", "parameters": ""}
    rows = (
        ("o", 1, "reworded", '["opposite"]', "[]"),
        ("w", 1, "close", '["word_changed"]', '[{"kind": "changed"}]'),
        ("f", 1, "reworded", "[]", "[]"),
        ("f", 0, "partial", "[]", "[]"),
        ("n", 1, "not_found", '["negation"]', "[]"),
    )
    for claim, best, status, flags, differences in rows:
        if best:
            old.execute("INSERT INTO claims (id, quote) VALUES (?, ?)", [claim, claim])
        old.table("results").insert({
            **defaults, "claim_id": claim, "best": best, "status": status, "flags": flags,
            "differences": differences,
        })  # fmt: skip
    old.table("fact_checks").insert({
        "run_id": 1, "claim_id": "f", "kind": "number", "claim_value": "9", "verdict": "differs",
        "detail": "",
    })  # fmt: skip
    old.conn.commit()
    assert "alarms" not in old.table("results").columns_dict
    old.close()

    db = dbm.open_db(path, create=False)
    stored = {
        (claim, best): json.loads(alarms)
        for claim, best, alarms in db.execute("SELECT claim_id, best, alarms FROM results")
    }
    assert stored == {
        ("o", 1): [OPPOSITE_ALARM],
        ("w", 1): [WORD_CHANGED_ALARM],
        ("f", 1): ["a number differs from the source (fact check)"],
        ("f", 0): [],
        ("n", 1): [],  # not found: a flag of the rejected candidate is no alarm
    }
    shown = dict(db.execute("SELECT claim_id, alarms FROM claim_report").fetchall())
    assert shown["o"] == f"⚠ {OPPOSITE_ALARM}" and shown["n"] is None

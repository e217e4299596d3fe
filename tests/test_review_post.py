"""A review posted to Datasette by a script, as the README shows: a JSON body with
``Accept: application/json`` gets ``{"ok": true, ...}``; a form body too; a note left out is
no note (not Datasette's "You did not supply a value for binding parameter :note."), and a
reviewer left out is refused with the statement's own message, nothing stored. A
walkthrough met the raw binding error."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from builders import build_database
from conftest import dump
from typer.testing import CliRunner

from sourcecheck.browse import datasette as browse
from sourcecheck.cli import app


@pytest.fixture
def built(tmp_path: Path) -> Path:
    return build_database(tmp_path)


def _post(path: Path, **kwargs) -> httpx.Response:
    """POST a review as a script does (no cookies), from this machine."""

    async def run() -> httpx.Response:
        ds = browse.make_datasette(path)
        transport = httpx.ASGITransport(app=ds.app(), client=("127.0.0.1", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as http:
            return await http.post(
                f"/{path.stem}/record_review", headers={"accept": "application/json"}, **kwargs
            )

    return asyncio.run(run())


def _review(runner: CliRunner, path: Path, claim: str) -> dict | None:
    shown = runner.invoke(app, ["show", claim, "--json", "--db", str(path)])
    return json.loads(shown.stdout)["review"]


def test_a_review_without_a_note_is_recorded(built: Path, runner: CliRunner) -> None:
    posted = _post(built, json={"claim": "exact", "verdict": "accurate", "reviewer": "Ann"})
    assert posted.json()["ok"] is True, posted.json()
    review = _review(runner, built, "exact")
    assert review is not None and (review["verdict"], review["note"]) == ("accurate", None)


def test_a_form_body_without_a_note_is_recorded(built: Path, runner: CliRunner) -> None:
    posted = _post(built, data={"claim": "diary", "verdict": "misquoted", "reviewer": "Bo"})
    assert posted.json()["ok"] is True, posted.json()
    review = _review(runner, built, "diary")
    assert review is not None and (review["verdict"], review["by"]) == ("misquoted", "Bo")


def test_a_review_without_a_reviewer_is_refused_by_name(built: Path) -> None:
    before = dump(built)
    posted = _post(built, json={"claim": "exact", "verdict": "accurate"})
    answer = posted.json()
    assert answer["ok"] is False
    assert "reviewer" in answer["message"] and "binding parameter" not in answer["message"]
    assert dump(built) == before

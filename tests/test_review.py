"""A person's verdict on a claim: recorded with its history, bound to the passage reviewed,
stale when a later verify changes the passage or the status, and refused when it is not a
review (unknown claim or verdict, no reviewer) whoever writes it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURES, dump

SOURCES = """\
sources:
  - id: czernin
    title: In the World War
    kind: book
    texts:
      - path: diary.txt
claims:
  - id: diary
    quote: "Trotsky refuses to sign. War is over, but there is no peace."
    source: czernin
  - id: other
    quote: "The Emperor wept."
    source: czernin
"""


@pytest.fixture
def verified(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database with two claims verified once; no reviewer configured anywhere."""
    monkeypatch.delenv("SOURCECHECK_REVIEWER", raising=False)
    monkeypatch.setenv("SOURCECHECK_CONFIG", str(tmp_path / "no-config.toml"))
    (tmp_path / "diary.txt").write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"))
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0
    assert cli("verify").exit_code == 0
    return tmp_path


def _item(cli, claim_id: str) -> dict:
    result = cli("show", claim_id, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_review_is_recorded_with_its_history_and_bound_to_the_passage(
    cli, verified, db_path: Path
) -> None:
    first = cli("review", "diary", "--verdict", "misquoted", "--note", "refuses ≠ declines",
                "--by", "Ann Lee")  # fmt: skip
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("claim diary: misquoted (reviewed by Ann Lee, ")
    item = _item(cli, "diary")
    review = item["review"]
    assert review["verdict"] == "misquoted" and review["note"] == "refuses ≠ declines"
    assert review["by"] == "Ann Lee" and review["stale"] is False
    assert review["at"][:4].isdigit() and review["at"].endswith("+00:00")
    assert _item(cli, "other")["review"] is None

    assert cli("review", "diary", "--verdict", "accurate", "--by", "Bob").exit_code == 0
    cleared = cli("review", "diary", "--clear", "--by", "Cy")
    assert cleared.exit_code == 0
    assert "review cleared by Cy (was accurate by Bob" in cleared.stdout
    assert _item(cli, "diary")["review"] is None
    again = cli("review", "diary", "--clear", "--by", "Cy")
    assert again.exit_code == 0 and "no review to clear; nothing changed" in again.stdout

    history = json.loads(cli("review", "diary", "--json").stdout)["history"]
    assert [(h["verdict"], h["reviewer"]) for h in history] == [
        (None, "Cy"), ("accurate", "Bob"), ("misquoted", "Ann Lee"),
    ]  # fmt: skip
    # bound to what was reviewed: the quote and the latest result's status, text and span
    span = item["span"]
    assert history[-1]["quote"] == item["quote"] and history[-1]["status"] == item["status"]
    assert (history[-1]["text_id"], history[-1]["start"], history[-1]["end"]) == (
        item["text"],
        span["start"],
        span["end"],
    )
    assert history[-1]["run_id"] == item["run"]


def test_a_verify_that_finds_the_same_passage_keeps_the_review(cli, verified) -> None:
    assert cli("review", "diary", "--verdict", "misquoted", "--by", "Ann").exit_code == 0
    rerun = cli("verify")
    assert rerun.exit_code == 0 and "stale" not in rerun.stdout
    assert _item(cli, "diary")["review"]["stale"] is False


def test_a_verify_that_changes_the_status_or_the_passage_makes_the_review_stale(
    cli, verified
) -> None:
    assert cli("review", "diary", "--verdict", "minor_differences", "--by", "Ann").exit_code == 0
    stricter = cli("verify", "--close-min", "99", "--partial-min", "50")
    assert stricter.exit_code == 0, stricter.output
    assert "1 review now stale" in stricter.stdout
    assert "diary: minor_differences by Ann: the status changed from close to reworded" in (
        stricter.stdout
    )
    review = _item(cli, "diary")["review"]
    assert review["stale"] is True
    assert review["stale_reason"] == "the status changed from close to reworded"
    listed = cli("review", "--list", "--stale", "--json")
    assert [r["claim_id"] for r in json.loads(listed.stdout)] == ["diary"]
    # reported once: the next run finds it stale already
    assert "now stale" not in cli("verify", "--close-min", "99", "--partial-min", "50").stdout

    # a second text of the source holds the words with one difference: the same status
    # (close), a better score, another passage
    assert cli("verify").exit_code == 0
    assert cli("review", "diary", "--verdict", "minor_differences", "--by", "Ann").exit_code == 0
    old = _item(cli, "diary")
    assert old["status"] == "close" and old["review"]["stale"] is False
    better = verified / "better.txt"
    better.write_text("Preface.\n\nTrotski refuses to sign. War is over, but there is no peace.\n")
    assert cli("source", "text", "czernin", better).exit_code == 0
    moved = cli("verify")
    new = _item(cli, "diary")
    assert new["status"] == "close" and new["text"] != old["text"]
    reason = (
        f"the passage changed from text {old['text']} {old['span']['start']}-"
        f"{old['span']['end']} to text {new['text']} {new['span']['start']}-{new['span']['end']}"
    )
    assert new["review"]["stale_reason"] == reason
    assert f"diary: minor_differences by Ann: {reason}" in moved.stdout


def test_the_reviewer_comes_from_the_option_the_environment_or_the_config_file(
    cli, verified, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(db_path)
    nobody = cli("review", "diary", "--verdict", "accurate")
    assert nobody.exit_code == 3
    assert nobody.stderr.startswith("error: who is reviewing? Give --by NAME")
    assert "no-config.toml" in nobody.stderr and nobody.stderr.count("\n") == 1
    assert dump(db_path) == before

    config = verified / "config.toml"
    config.write_text('reviewer = "Config Person"\n', encoding="utf-8")
    monkeypatch.setenv("SOURCECHECK_CONFIG", str(config))
    assert cli("review", "diary", "--verdict", "accurate").exit_code == 0
    assert _item(cli, "diary")["review"]["by"] == "Config Person"
    monkeypatch.setenv("SOURCECHECK_REVIEWER", "Env Person")
    assert cli("review", "diary", "--verdict", "accurate").exit_code == 0
    assert _item(cli, "diary")["review"]["by"] == "Env Person"
    assert cli("review", "diary", "--verdict", "accurate", "--by", "Flag").exit_code == 0
    assert _item(cli, "diary")["review"]["by"] == "Flag"

    monkeypatch.delenv("SOURCECHECK_REVIEWER")
    config.write_text("reviewer = [1, 2\n", encoding="utf-8")
    broken = cli("review", "diary", "--verdict", "accurate")
    assert broken.exit_code == 3 and f"{config}: malformed configuration file" in broken.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["nosuch", "--verdict", "accurate", "--by", "A"], 4, "no claim 'nosuch'"),
        (["diary", "--verdict", "wrong", "--by", "A"], 3, "unknown verdict 'wrong' (choose from: "
         "accurate, minor_differences, partly_supported, misquoted, misattributed, unsupported, "
         "unverifiable)"),
        (["diary", "--verdict", "accurate", "--clear", "--by", "A"], 3, "not both"),
        (["diary", "--note", "x", "--by", "A"], 3, "--note goes with --verdict"),
        (["--stale"], 3, "--stale goes with --list"),
        (["diary", "--list"], 3, "--list takes no claim id"),
        ([], 3, "give a claim id and --verdict"),
        (["diary", "--verdict", "accurate", "--by", "  "], 3, "who is reviewing?"),
    ],
)  # fmt: skip
def test_what_is_not_a_review_is_refused_and_changes_nothing(
    cli, verified, db_path: Path, args: list[str], code: int, message: str
) -> None:
    before = dump(db_path)
    result = cli("review", *args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.output and dump(db_path) == before


def test_the_database_refuses_a_review_that_is_not_one_whoever_writes_it(
    cli, verified, db_path: Path
) -> None:
    """What Datasette's form writes goes through the same statement and the same trigger."""
    from sourcecheck.store.reviews import RECORD_REVIEW_SQL

    conn = sqlite3.connect(db_path)
    good = {"claim": " diary ", "verdict": " Misquoted ", "note": " ", "reviewer": " Ann "}
    bad = [
        ({**good, "claim": "nosuch"}, "no claim with this id"),
        ({**good, "verdict": "true"}, "unknown verdict: choose from accurate, minor_differences"),
        ({**good, "reviewer": "  "}, "give the name of the reviewer"),
    ]
    for params, message in bad:
        with pytest.raises(sqlite3.IntegrityError, match=message):
            conn.execute(RECORD_REVIEW_SQL, params)
    with conn:
        conn.execute(RECORD_REVIEW_SQL, good)
    conn.close()
    review = _item(cli, "diary")["review"]
    assert (review["verdict"], review["by"], review["note"]) == ("misquoted", "Ann", None)


def test_the_list_of_reviews_is_a_table_and_json(cli, verified) -> None:
    assert cli("review", "--list").stdout == "no reviews yet\n"  # a line, not an empty frame
    for claim, verdict in (("diary", "misquoted"), ("other", "unsupported")):
        assert cli("review", claim, "--verdict", verdict, "--by", "Ann").exit_code == 0
    table = cli("review", "--list")
    assert table.exit_code == 0
    assert "misquoted" in table.stdout and "unsupported" in table.stdout
    assert table.stdout.rstrip().endswith("2 reviewed claims")
    listed = json.loads(cli("review", "--list", "--json").stdout)
    assert [(r["claim_id"], r["verdict"], r["by"]) for r in listed] == [
        ("diary", "misquoted", "Ann"), ("other", "unsupported", "Ann"),
    ]  # fmt: skip
    assert cli("review", "other", "--clear", "--by", "Ann").exit_code == 0
    assert cli("review", "--list").stdout.rstrip().endswith("1 reviewed claim")
    assert cli("review", "--list", "--stale").stdout == "no stale reviews\n"


def test_claim_report_puts_a_claim_a_reviewer_found_wrong_first(
    cli, verified, db_path: Path
) -> None:
    def attention() -> dict[str, tuple[str, int]]:
        conn = sqlite3.connect(db_path)
        try:
            rows = conn.execute("SELECT claim_id, status, attention FROM claim_report")
            return {claim: (status, level) for claim, status, level in rows}
        finally:
            conn.close()

    status, machine = attention()["diary"]
    # what the machine says before any review: close, with "refuses" for "declines" (3)
    assert status == "close" and machine == 3
    assert cli("review", "diary", "--verdict", "misquoted", "--by", "Ann Lee").exit_code == 0
    assert attention()["diary"] == ("close", 1)  # as the reports count it: needs a look
    assert cli("review", "diary", "--verdict", "accurate", "--by", "Ann Lee").exit_code == 0
    assert attention()["diary"] == ("close", 7)

"""verify, show and report end to end: stored results, history, --fail-on, --anywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, shared_file

from sourcecheck.browse.queries import QUERIES
from sourcecheck.store import db as dbm


@pytest.fixture
def loaded(cli, tmp_path: Path) -> None:
    letters = tmp_path / "letters.txt"
    cli("source", "add", "czernin", "--title", "In the World War", "--kind", "book")
    cli("source", "add", "letters", "--title", "Letters", "--kind", "letter")
    cli("source", "add", "minutes", "--title", "Minutes", "--kind", "minutes")
    assert cli("source", "text", "czernin", FIXTURES / "diary.txt").exit_code == 0
    letters.write_text("My dear friend, the war is over, but there is no peace at all.\n")
    assert cli("source", "text", "letters", letters).exit_code == 0
    add = ["claim", "add"]
    cli(*add, "Trotsky refuses to sign. War is over, but there is no peace.", "--source", "czernin",
        "--id", "diary")  # fmt: skip
    cli(*add, "Trotski declines to sign.", "--source", "czernin", "--id", "exact")
    cli(*add, "The Austrians danced a waltz at midnight in Brest.", "--source", "czernin",
        "--id", "absent")  # fmt: skip
    cli(*add, "We shall never sign.", "--source", "minutes", "--id", "notext")
    cli(*add, "What are we doing?", "--kind", "oral", "--id", "oral")
    cli(*add, "The peace conference at Brest went on all day.", "--source", "letters",
        "--id", "misattributed")  # fmt: skip


def test_verify_stores_statuses_and_report_honours_the_contract(cli, loaded, db_path) -> None:
    result = cli("verify")
    assert result.exit_code == 0, result.output
    items = json.loads(cli("report", "--format", "json").output)
    by_id = {i["claim"]: i for i in items}
    assert {k: by_id[k]["status"] for k in by_id} == {
        "diary": "close", "exact": "verbatim", "absent": "not_found", "notext": "no_text",
        "oral": "no_text", "misattributed": "not_found",
    }  # fmt: skip
    text = dbm.get_text(dbm.open_db(db_path), by_id["diary"]["text"]).text
    for item in items:
        assert set(item) >= {"claim", "source", "status", "score", "text", "span", "passage",
                             "selector", "differences", "flags", "reason"}  # fmt: skip
        if item["span"]:
            span = item["span"]
            source_text = dbm.get_text(dbm.open_db(db_path), item["text"]).text
            assert source_text[span["start"] : span["end"]] == item["passage"]
            assert item["selector"]["exact"] == item["passage"]
            assert source_text[: span["start"]].endswith(item["selector"]["prefix"])
            assert len(item["selector"]["prefix"]) <= 32
        else:
            assert item["passage"] is None and item["selector"] is None
        assert item["reason"]
    diary = by_id["diary"]
    assert [(d["kind"], d["quote"], d["source"]) for d in diary["differences"]] == [
        ("spelling", "Trotsky", "Trotski"),
        ("changed", "refuses", "declines"),
        ("missing", "", "The"),
    ]
    assert text[diary["span"]["start"] : diary["span"]["end"]].startswith("Trotski declines")
    assert "has no text yet" in by_id["notext"]["reason"]
    assert "oral remark" in by_id["oral"]["reason"]


def test_results_keep_history_with_version_and_parameters(cli, loaded, db_path) -> None:
    cli("verify")
    cli("verify", "diary", "--close-min", "90", "--no-meaning")
    cli("verify", "diary", "--close-min", "90")  # partial by words, said in other words
    db = dbm.open_db(db_path)
    history = dbm.claim_history(db, "diary")
    assert [h["status"] for h in history if h["best"]] == ["reworded", "partial", "close"]
    parameters = [json.loads(h["parameters"]) for h in history if h["best"]]
    assert [p["close_min"] for p in parameters] == [90, 90, 80]
    assert parameters[1]["meaning"] is False
    meaning = parameters[0]["meaning"]
    assert meaning["model_id"].startswith("usem3-") and meaning["embed_windows"] == 3
    assert meaning["rule"]["intercept"] < 0 and meaning["whole_text_chars"] > 0
    assert history[0]["tool_version"] and history[0]["verified_at"]
    latest = {r["claim"]: r["status"] for r in dbm.latest_results(db)}
    assert latest["diary"] == "reworded" and latest["exact"] == "verbatim"


def test_fail_on(cli, loaded) -> None:
    failed = cli("verify", "--fail-on", "not_found")
    assert failed.exit_code == 1
    # stderr names the claims and the status, so that a CI log keeping only errors says why
    said = next(line for line in failed.stderr.splitlines() if line.startswith("error:"))
    assert "ended not_found (--fail-on)" in said and "exact" not in said
    latest = {r["claim"]: r["status"] for r in json.loads(cli("report").output)}
    assert all(claim in said for claim, status in latest.items() if status == "not_found")
    passed = cli("verify", "exact", "diary", "--fail-on", "not_found,partial")
    assert passed.exit_code == 0 and "error" not in passed.stderr
    strict = ["--close-min", "90", "--fail-on", "reworded"]
    assert cli("verify", "diary", *strict).exit_code == 1  # reworded by meaning
    assert cli("verify", "diary", *strict, "--no-meaning").exit_code == 0  # partial
    bad = cli("verify", "--fail-on", "wrong")
    assert bad.exit_code == 3 and "unknown --fail-on value 'wrong'" in bad.stderr


def test_report_to_a_file_replaces_the_last_report(cli, loaded, tmp_path: Path) -> None:
    """A report is made from the database and can be made again: -o replaces the file (the
    README says so; extract and export refuse without --force)."""
    out = tmp_path / "report.json"
    out.write_text("the report of last week\n")
    assert cli("verify", "exact").exit_code == 0
    first = cli("report", "-o", out)
    assert first.exit_code == 0, first.output
    assert [i["claim"] for i in json.loads(out.read_text()) if i["status"]] == ["exact"]
    cli("verify")
    assert cli("report", "-o", out).exit_code == 0
    statuses = {i["claim"]: i["status"] for i in json.loads(out.read_text())}
    assert statuses["absent"] == "not_found" and statuses["exact"] in {"verbatim", "close"}


def test_anywhere_finds_the_misattribution(cli, loaded, db_path) -> None:
    cli("verify", "--anywhere")
    item = next(i for i in json.loads(cli("report").output) if i["claim"] == "misattributed")
    assert item["status"] == "not_found"
    assert "found_elsewhere" in item["flags"] and "source czernin" in item["reason"]
    rows = dbm.claim_history(dbm.open_db(db_path), "misattributed")
    elsewhere = [r for r in rows if not r["cited"]]
    assert elsewhere and elsewhere[0]["source_id"] == "czernin"
    assert elsewhere[0]["status"] == "verbatim"


def test_a_plain_verify_keeps_what_anywhere_found(cli, loaded, db_path) -> None:
    """A routine re-run does not search other sources: it carries the --anywhere finding,
    says it was not searched again, and drops it once the claim says something else."""
    cli("verify", "--anywhere")
    cli("verify")
    item = next(i for i in json.loads(cli("report").output) if i["claim"] == "misattributed")
    assert "found_elsewhere" in item["flags"]
    [there] = item["elsewhere"]
    text = dbm.get_text(dbm.open_db(db_path), there["text"]).text
    assert (there["source"], there["status"]) == ("czernin", "verbatim")
    assert text[there["span"]["start"] : there["span"]["end"]] == there["passage"]
    assert "verify --anywhere (run 1," in item["reason"] and "not searched again" in item["reason"]
    db = dbm.open_db(db_path)
    latest = max(r["run_id"] for r in dbm.claim_history(db, "misattributed"))
    carried = [r for r in dbm.claim_history(db, "misattributed") if r["run_id"] == latest]
    assert [(r["cited"], r["source_id"], r["status"]) for r in carried if not r["cited"]] == [
        (0, "czernin", "verbatim")
    ]
    misattributions = db.execute(QUERIES["misattributions"]["sql"]).fetchall()
    assert [row[0] for row in misattributions] == ["misattributed"]
    assert (
        "found_elsewhere"
        not in next(i for i in json.loads(cli("report").output) if i["claim"] == "exact")["flags"]
    )
    cli("claim", "edit", "misattributed", "--quote", "The conference went on all night.")
    cli("verify")
    item = next(i for i in json.loads(cli("report").output) if i["claim"] == "misattributed")
    assert "found_elsewhere" not in item["flags"] and "--anywhere" not in item["reason"]
    assert item["elsewhere"] == []


def test_show_prints_passage_and_differences(cli, loaded) -> None:
    cli("verify")
    out = cli("show", "diary").output
    assert "status    close" in out and "⟦Trotski declines to sign. The war is over" in out
    assert "changed" in out and "refuses → declines" in out
    assert cli("show", "nope").exit_code == 4


def test_unknown_claim_or_source_in_verify(cli, loaded) -> None:
    assert cli("verify", "nope").exit_code == 4
    assert cli("verify", "--source", "nope").exit_code == 4


@pytest.mark.shared
def test_czernin_diary_end_to_end(cli, runner, tmp_path) -> None:
    """The memoir's quotation of Czernin's diary, against the real book."""
    book = shared_file("sources", "czernin-in-the-world-war.txt")
    cli(
        "source", "add", "czernin-in-the-world-war", "--title", "In the World War", "--kind", "book"
    )
    cli("source", "text", "czernin-in-the-world-war", book)
    cli("claim", "add", "Trotsky refuses to sign. War is over, but there is no peace.",
        "--source", "czernin-in-the-world-war", "--date", "1918-02-11")  # fmt: skip
    assert cli("verify").exit_code == 0
    [item] = json.loads(cli("report", "--format", "json").output)
    assert item["status"] == "close"
    text = book.read_text(encoding="utf-8")
    start = item["span"]["start"]
    assert "_February 11, 1918._--" in text[start - 40 : start]
    found = {(d["kind"], d["quote"], d["source"]) for d in item["differences"]}
    assert found == {("spelling", "Trotsky", "Trotski"), ("changed", "refuses", "declines"),
                     ("missing", "", "The")}  # fmt: skip


def test_figures_and_dates_are_checked_as_facts(cli, db_path, tmp_path) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(
        "Meeting of active party workers, January 8 (21), 1918. Three standpoints were put "
        "to the vote. The first standpoint received 15 votes, the second 32 and the third 16.\n"
    )
    cli("source", "add", "minutes", "--title", "Minutes", "--kind", "minutes")
    cli("source", "text", "minutes", minutes)
    cli("claim", "add", "The supporters of revolutionary war obtained thirty-two votes, Lenin "
        "fifteen, and I sixteen.", "--source", "minutes", "--kind", "figure",
        "--date", "1918-01-21", "--id", "vote")  # fmt: skip
    cli("claim", "add", "The supporters of revolutionary war obtained thirty-one votes, Lenin "
        "fifteen, and I sixteen.", "--source", "minutes", "--kind", "figure",
        "--date", "1918-01-08", "--id", "wrong-vote")  # fmt: skip
    assert cli("verify").exit_code == 0
    facts = dbm.latest_fact_checks(dbm.open_db(db_path))
    vote = {f["kind"]: f for f in facts["vote"]}
    assert vote["number"]["verdict"] == "agrees" and vote["number"]["claim_value"] == "15, 16, 32"
    assert vote["date"]["verdict"] == "agrees"
    wrong = {f["kind"]: f for f in facts["wrong-vote"]}
    assert wrong["number"]["verdict"] == "differs" and "not 31" in wrong["number"]["detail"]
    assert wrong["date"]["verdict"] == "agrees_old_style"
    assert minutes.read_text()[wrong["number"]["start"] : wrong["number"]["end"]].count("32") == 1


def test_facts_reach_the_json_html_and_markdown_reports(cli, db_path, tmp_path) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("The first standpoint received 15 votes, the second 32 and the third 16.\n")
    cli("source", "add", "minutes", "--title", "Minutes", "--kind", "minutes")
    cli("source", "text", "minutes", minutes)
    quote = "The supporters of revolutionary war got thirty-one votes, Lenin fifteen, I sixteen"
    cli("claim", "add", quote, "--source", "minutes", "--kind", "figure", "--id", "vote")
    cli("verify")
    [item] = json.loads(cli("report", "--format", "json").output)
    [fact] = item["facts"]
    assert (fact["kind"], fact["verdict"], fact["claim"]) == ("number", "differs", "15, 16, 31")
    assert minutes.read_text()[fact["span"]["start"] : fact["span"]["end"]].count("32") == 1
    html = cli("report", "--format", "html").output
    assert "Facts checked as facts" in html and "number differs from the source" in html
    markdown = cli("report", "--format", "markdown").output
    assert "| number | 15, 16, 31 |" in markdown and "**⚠ differs**" in markdown


def test_verify_names_the_rule_that_left_a_claim_not_found(cli, tmp_path: Path) -> None:
    text = tmp_path / "entry.txt"
    text.write_text("February 11, 1918. Trotski declines to sign. The war is over.\n")
    cli("source", "add", "diary", "--title", "Diary", "--kind", "diary")
    assert cli("source", "text", "diary", text).exit_code == 0
    cli("claim", "add", "Trotsky refuses to sign", "--source", "diary", "--id", "refuses",
        "--kind", "quotation")  # fmt: skip
    out = cli("verify", "--no-meaning").output
    assert "not_found" in out and "70.2" in out
    assert "below 60" not in out
    shown = json.loads(cli("show", "refuses", "--json").output)
    assert "a partial match needs 4" in shown["reason"]


def test_show_prints_the_review_and_the_fact_checks(cli, tmp_path: Path) -> None:
    text = tmp_path / "minutes.txt"
    text.write_text(
        "Minutes of February 23, 1918.\n\n"
        "The Central Committee voted on the German terms: 32 for, 15 against the peace.\n"
    )
    cli("source", "add", "minutes", "--title", "Minutes", "--kind", "minutes")
    assert cli("source", "text", "minutes", text).exit_code == 0
    cli("claim", "add", "The Central Committee voted on the German terms: 30 for, 15 against",
        "--source", "minutes", "--id", "vote", "--kind", "figure")  # fmt: skip
    assert cli("verify", "--no-meaning").exit_code == 0
    before = cli("show", "vote").stdout
    assert "review    not reviewed" in before
    assert "number  15, 30 → 15, 32: ⚠ differs" in before
    review = ["review", "vote", "--verdict", "misquoted", "--by", "Ann", "--note", "30, not 32"]
    assert cli(*review).exit_code == 0
    shown = cli("show", "vote").stdout
    assert "review    misquoted by Ann, " in shown and ": 30, not 32" in shown
    assert "number  15, 30 → 15, 32: ⚠ differs" in shown


def test_a_claim_with_no_text_has_no_score(cli, loaded, db_path) -> None:
    import csv
    import io

    assert cli("verify", "--no-meaning").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    assert items["notext"]["status"] == "no_text" and items["notext"]["score"] is None
    assert items["oral"]["score"] is None and items["absent"]["score"] is not None
    rows = {
        r["claim"]: r for r in csv.DictReader(io.StringIO(cli("report", "--format", "csv").stdout))
    }
    assert rows["notext"]["score"] == "" and rows["exact"]["score"] == "100.0"
    shown = cli("show", "notext").stdout
    assert "status    no_text\n" in shown and "score" not in shown
    # the database browsed in Datasette holds no score either (was 0.0)
    database = dbm.open_db(db_path, create=False)
    stored = dict(database.execute("SELECT claim_id, score FROM results").fetchall())
    assert stored["notext"] is None and stored["oral"] is None and stored["exact"] == 100.0
    shown_in = dict(database.execute("SELECT claim_id, score FROM claim_report").fetchall())
    assert shown_in["notext"] is None


def test_a_no_text_score_stored_before_becomes_null(tmp_path: Path) -> None:
    """m012: the 0.0 a no_text result was stored with becomes null; other scores stay."""
    path = tmp_path / "old.db"
    old = _database_before("m012_no_text_no_score", path, [
        {"claim_id": "a", "status": "no_text", "score": 0.0},
        {"claim_id": "b", "status": "not_found", "score": 0.0},
    ])  # fmt: skip
    old.close()
    database = dbm.open_db(path, create=False)
    assert dict(database.execute("SELECT claim_id, score FROM results").fetchall()) == {
        "a": None,
        "b": 0.0,
    }


def test_show_marks_the_passage_apart_from_the_texts_own_guillemets(cli, tmp_path: Path) -> None:
    text = tmp_path / "kafka.txt"
    text.write_text(
        "Er sah zum Fenster hinaus. »Es war kein Traum«, dachte er, und schlief wieder ein.\n",
        encoding="utf-8",
    )
    cli("source", "add", "kafka", "--title", "Die Verwandlung", "--kind", "book")
    assert cli("source", "text", "kafka", text, "--language", "de").exit_code == 0
    cli("claim", "add", "Es war kein Traum", "--source", "kafka", "--id", "traum")
    cli("verify", "--no-meaning")
    out = " ".join(cli("show", "traum").output.split())
    # The passage's own marks stay as printed, with no space added before the comma.
    assert "⟦Es war kein Traum⟧«, dachte er" in out
    markdown = cli("report", "--format", "markdown").stdout
    assert "⟦Es war kein Traum⟧" in markdown and "»" in markdown  # the text's own mark kept


def test_without_the_meaning_stage_a_quote_in_another_language_says_why(
    cli, tmp_path: Path
) -> None:
    """--no-meaning: an English quote of a German text is not found, and the reason says the
    stage that finds renderings in other languages was off (not: the words are not there)."""
    german = tmp_path / "brief.txt"
    german.write_text(
        "Am Morgen schrieb sie ihrem Bruder einen langen Brief über den Garten, die Bäume und "
        "das Wetter. Sie hoffte, er würde im Sommer wieder nach Hause kommen.\n",
        encoding="utf-8",
    )
    english = tmp_path / "letter.txt"
    english.write_text("In the morning she wrote a short note to her sister.\n")
    cli("source", "add", "brief", "--title", "Brief", "--kind", "letter")
    cli("source", "add", "letter", "--title", "Letter", "--kind", "letter")
    assert cli("source", "text", "brief", german).exit_code == 0  # detected: German
    assert cli("source", "text", "letter", english).exit_code == 0
    cli("claim", "add", "She hoped that he would come home again in the summer", "--source",
        "brief", "--id", "summer")  # fmt: skip
    cli("claim", "add", "She hoped that he would come home again in the summer", "--source",
        "letter", "--id", "same")  # fmt: skip
    assert cli("verify", "--no-meaning").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    assert items["summer"]["status"] == "not_found"
    assert (
        "the quote is in English and the source's text 1 in German: the meaning stage (which "
        "finds renderings in other languages) was off"
    ) in items["summer"]["reason"]
    assert items["same"]["status"] == "not_found"
    same = items["same"]["reason"]  # the text is in English too: a paraphrase was not looked for
    assert "other languages" not in same and same.endswith(
        "the meaning stage (which finds paraphrases and other translations) was off (--no-meaning)"
    )
    assert cli("verify").exit_code == 0  # with the stage: it ran, nothing to say about it
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    assert "was off" not in items["summer"]["reason"]


def test_a_quote_nothing_resembles_has_no_score(cli, tmp_path: Path, db_path) -> None:
    """No two consecutive words of the quote occur in the text: nothing was compared, so no
    score is stored or shown (a score of 0 read as 'compared and 0% alike')."""
    text = tmp_path / "minutes.txt"
    text.write_text("Minutes of February 23, 1918.\n\nThe Central Committee voted on the terms.\n")
    cli("source", "add", "minutes", "--title", "Minutes", "--kind", "minutes")
    assert cli("source", "text", "minutes", text).exit_code == 0
    cli("claim", "add", "Orchids bloom quietly beneath glaciers", "--source", "minutes",
        "--id", "orchids")  # fmt: skip
    cli("claim", "add", "The Central Committee voted on the terms", "--source", "minutes",
        "--id", "voted")  # fmt: skip
    run = cli("verify", "--no-meaning")
    assert run.exit_code == 0
    row = next(line for line in run.stdout.splitlines() if "orchids" in line)
    assert "not_found" in row and "—" in row and " 0 " not in row
    stored = dict(dbm.open_db(db_path, create=False).execute(
        "SELECT claim_id, score FROM results").fetchall())  # fmt: skip
    assert stored["orchids"] is None and stored["voted"] == 100.0
    assert "score" not in cli("show", "orchids").stdout
    markdown = cli("report", "--format", "markdown").stdout
    heading = next(
        line for line in markdown.splitlines() if line.startswith("### ") and "orchids" in line
    )
    assert heading.endswith("orchids: not found")  # no "(score 0)"
    assert "voted: verbatim (score 100)" in markdown


def test_a_roles_flag_needs_a_look_first_in_the_claim_report(tmp_path: Path) -> None:
    """m013: a reworded passage flagged roles (who does what to whom differs) is attention 1,
    as one whose number differs; before the migration it sorted with the unflagged (3)."""
    path = tmp_path / "old.db"
    old = _database_before("m013_roles_alarm", path, [
        {"claim_id": claim, "status": "reworded", "flags": flags}
        for claim, flags in (("r", '["roles"]'), ("n", '["number"]'), ("p", "[]"))
    ])  # fmt: skip

    def attention(db: dbm.Database) -> dict[str, int]:
        return dict(db.execute("SELECT claim_id, attention FROM claim_report").fetchall())

    assert attention(old) == {"r": 3, "n": 1, "p": 3}
    old.close()
    assert attention(dbm.open_db(path, create=False)) == {"r": 1, "n": 1, "p": 3}


def _database_before(migration: str, path: Path, results: list[dict]) -> dbm.Database:
    """A database migrated up to ``migration`` (not applied), holding one run and a claim
    for each of ``results`` (their columns, the others at their defaults), committed."""
    from sourcecheck.store.migrations import migrations

    old = dbm.Database(path)
    migrations.apply(old, stop_before=migration)
    old.execute(
        "INSERT INTO runs (id, started_at, tool_version, parameters) VALUES (1, '', '', '')"
    )
    defaults = {"run_id": 1, "best": 1, "reason": "", "verified_at": "", "tool_version": "",
                "parameters": ""}  # fmt: skip
    for n, row in enumerate(results):
        old.execute("INSERT INTO claims (id, quote) VALUES (?, ?)", [row["claim_id"], f"q{n}"])
        old.table("results").insert({**defaults, **row})
    old.conn.commit()
    return old


def test_a_close_result_with_a_word_changed_needs_a_look_in_the_claim_report(
    tmp_path: Path,
) -> None:
    """m016: a close result flagged word_changed ("agrees" where the source says "declines")
    is attention 3, with the reworded ones; before the migration it sorted with the close (4)."""
    path = tmp_path / "old.db"
    old = _database_before("m016_word_changed", path, [
        {"claim_id": claim, "status": "close", "flags": flags}
        for claim, flags in (("w", '["word_changed"]'), ("c", "[]"), ("n", '["number"]'))
    ])  # fmt: skip

    def attention(db: dbm.Database) -> dict[str, int]:
        return dict(db.execute("SELECT claim_id, attention FROM claim_report").fetchall())

    assert attention(old) == {"w": 4, "c": 4, "n": 1}
    old.close()
    assert attention(dbm.open_db(path, create=False)) == {"w": 3, "c": 4, "n": 1}


def test_a_fact_that_differs_needs_a_look_first_in_the_claim_report(tmp_path: Path) -> None:
    """m017: a found claim whose number or date, checked as a fact at the passage, differs
    is attention 1, as verify's "⚠ fact differs" says; before the migration it kept its
    status's place (a reworded one 3)."""
    path = tmp_path / "old.db"
    old = _database_before("m017_fact_differs", path, [
        {"claim_id": claim, "status": "reworded", "flags": "[]"} for claim in ("d", "a")
    ])  # fmt: skip
    for claim, verdict in (("d", "differs"), ("a", "agrees")):
        old.table("fact_checks").insert({
            "run_id": 1, "claim_id": claim, "kind": "number", "claim_value": "9",
            "verdict": verdict, "detail": "",
        })  # fmt: skip
    old.conn.commit()

    def attention(db: dbm.Database) -> dict[str, int]:
        return dict(db.execute("SELECT claim_id, attention FROM claim_report").fetchall())

    assert attention(old) == {"d": 3, "a": 3}
    old.close()
    assert attention(dbm.open_db(path, create=False)) == {"d": 1, "a": 3}


def test_repeated_source_option_verifies_and_reports_every_source_named(
    cli, loaded, db_path
) -> None:
    """`--source A --source B` means both (it once kept only the last, silently)."""
    result = cli("verify", "--source", "czernin", "--source", "letters", "--no-meaning")
    assert result.exit_code == 0, result.output
    db = dbm.open_db(db_path)
    checked = {row["claim_id"] for row in db.query("SELECT claim_id FROM results")}
    assert checked == {"diary", "exact", "absent", "misattributed"}
    report = json.loads(cli("report", "--source", "letters", "--source", "czernin").output)
    assert {i["claim"] for i in report} == checked
    listed = json.loads(cli("claim", "list", "--source", "minutes", "--source", "letters",
                            "--json").output)  # fmt: skip
    assert {c["id"] for c in listed} == {"notext", "misattributed"}
    # one unknown slug among them: exit 4, nothing verified
    assert cli("verify", "--source", "minutes", "--source", "nope").exit_code == 4
    assert db.execute("SELECT count(*) FROM results").fetchone()[0] == len(checked)

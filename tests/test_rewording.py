"""The meaning stage in the product (issue 10, phase 2): verify, the stored vectors, the
reports, end to end through the CLI on small real passages (The Prince in Ricci's
translation, Kafka's German original, from ../shared/translations) and minutes we wrote.

Each end-to-end test also runs ``verify --no-meaning`` and checks the words alone do not
find the claim, so it fails when the stage is switched off.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from conftest import shared_file

from sourcecheck.browse.queries import QUERIES
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import MeaningParams
from sourcecheck.models import Claim, Source
from sourcecheck.records.catalog import add_claim, add_source, attach_text
from sourcecheck.store import db as dbm
from sourcecheck.store import vectors as stored_vectors
from sourcecheck.verify import verify

MARRIOTT = (
    "it is much safer to be feared than loved, when, of the two, either must be dispensed with. "
    "Because this is to be asserted in general of men, that they are ungrateful, fickle, false, "
    "cowardly, covetous"
)  # The Prince, chapter XVII, in Marriott's translation
NEGATED = (
    "The present King of Spain would have undertaken and conquered in so many enterprises if he "
    "had been reputed liberal."
)  # Ricci: "if he had been reputed liberal [he] would not have undertaken..."
INVENTED = "Liberality is the surest way for a prince to be loved and feared at the same time."
WYLLIE = (
    "One morning, when Gregor Samsa woke from troubled dreams, he found himself transformed in "
    "his bed into a horrible vermin."
)
MINUTES = """\
MINUTES OF THE CENTRAL COMMITTEE

Meeting of January 11 (24), 1918. Present: eleven members of the Committee.

1. On the question of peace with Germany.

Comrade Lenin reported. The question of peace was first discussed at the meeting on
January 8 (21), with the active party workers of the capital present. Three points of view
were put forward there, and no decision was taken.

The German delegation has demanded an answer within a week. The Committee heard the report of
the delegation from Brest and the letters of the Petrograd district committees.

2. On the food supply of the army.

The commissariat reported that the stores of grain in the northern provinces will last until
the end of February. It was resolved to send two more detachments to the Volga.

3. On the railways.

The railway union asked for the wages of November to be paid. The question was referred to the
Council of People's Commissars.
"""
EVENT = (
    "The first discussion ... took place on January 21, at the meeting of the active party workers"
)


def _excerpt(name: str, start: str, end: str, path: Path) -> Path:
    text = shared_file("translations", name).read_text(encoding="utf-8")
    path.write_text(text[text.index(start) : text.index(end)], encoding="utf-8")
    return path


@pytest.fixture
def prince(cli, tmp_path: Path) -> Path:
    """The Prince, Ricci's chapters XV-XIX, cited by Marriott's rendering, a negation changed,
    a sentence on the topic it never says and a short lookalike."""
    ricci = _excerpt("the-prince-ricci-en.txt", "CHAPTER XV\n", "CHAPTER XX\n", tmp_path / "r.txt")
    assert cli("source", "add", "ricci", "--title", "The Prince", "--kind", "book").exit_code == 0
    assert cli("source", "text", "ricci", ricci).exit_code == 0
    for claim_id, quote in (("marriott", MARRIOTT), ("negated", NEGATED), ("invented", INVENTED),
                            ("lookalike", "It is much safer to be loved.")):  # fmt: skip
        assert cli("claim", "add", quote, "--source", "ricci", "--id", claim_id).exit_code == 0
    return ricci


def _items(cli) -> dict[str, dict]:
    return {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}


@pytest.mark.shared
def test_a_retranslation_is_reworded_and_the_words_alone_miss_it(cli, prince: Path) -> None:
    assert cli("verify", "--no-meaning").exit_code == 0
    words = _items(cli)
    assert words["marriott"]["status"] in ("not_found", "partial")
    assert words["marriott"]["similarity"] is None and words["marriott"]["evidence"] is None

    result = cli("verify", "--fail-on", "reworded")
    assert result.exit_code == 1, result.output  # a claim ended reworded
    items = _items(cli)
    marriott = items["marriott"]
    assert marriott["status"] == "reworded" and marriott["flags"] == []
    text = prince.read_text(encoding="utf-8")
    span = marriott["span"]
    assert text[span["start"] : span["end"]] == marriott["passage"]
    assert "safer to be feared than loved" in marriott["passage"]
    assert 60 <= marriott["similarity"] <= 100 and marriott["score"] == marriott["similarity"]
    assert marriott["language"] == "en"
    evidence = marriott["evidence"]
    assert evidence["quote_language"] == "en" and "feared" in evidence["shared_words"]
    assert set(evidence) >= {"shared_names", "quote_numbers", "passage_numbers", "quote_dates",
                             "passage_dates", "quote_negations", "passage_negations"}  # fmt: skip
    assert "the source says this in other words" in marriott["reason"]
    negated = items["negated"]
    assert negated["status"] == "reworded" and "negation" in negated["flags"]
    assert "CHECK: a negation on one side only" in negated["reason"]


@pytest.mark.shared
def test_a_claim_sharing_only_the_subject_stays_not_found_with_its_best_candidate(
    cli, prince: Path
) -> None:
    assert cli("verify").exit_code == 0
    items = _items(cli)
    invented = items["invented"]
    assert invented["status"] == "not_found" and invented["span"] is None
    reason = invented["reason"]
    # the meaning stage's best candidate leads, and why it was rejected; the word stage's
    # (a place where a few of the quote's words occur) is only its score, or nothing
    assert reason.startswith("no passage says this in other words; the best candidate (at line")
    assert "reads “" in reason and "reworded needs 0 or more)" in reason  # why rejected
    assert "; by words, " in reason and "no passage supports the quote" not in reason
    # a seven-word lookalike of "it is much safer to be feared" is no match of any kind: the
    # words found its passage with a word changed, and the meaning stage takes no other
    lookalike = items["lookalike"]
    assert lookalike["status"] == "not_found" and lookalike["flags"] == ["lookalike"]
    assert "a short quotation (7 words) must match every content word" in lookalike["reason"]
    assert "by meaning" not in lookalike["reason"]


@pytest.mark.shared
def test_a_not_found_row_shows_the_score_its_reason_gives(cli, prince: Path, db_path: Path) -> None:
    # The reason is about the meaning stage's best candidate, "similarity X": the row's score is
    # X everywhere it shows (it was the word stage's score, another passage's, beside it).
    assert cli("verify").exit_code == 0
    invented = _items(cli)["invented"]
    assert invented["status"] == "not_found", invented["reason"]
    similarity = float(re.search(r"the best candidate \(at line .*, similarity ([\d.]+)\) reads",
                                 invented["reason"]).group(1))  # fmt: skip
    words = re.search(r"by words, the nearest passage scores only ([\d.]+)", invented["reason"])
    assert words is not None and float(words.group(1)) != similarity  # two stages, two numbers
    assert invented["score"] == similarity
    assert f"score {similarity:g}" in cli("show", "invented").output
    rows = {r["claim"]: r for r in _csv_rows(cli("report", "--format", "csv").output)}
    assert float(rows["invented"]["score"]) == similarity
    with sqlite3.connect(db_path) as conn:  # what Datasette's "not verbatim" query shows
        rows_shown = conn.execute(QUERIES["not_verbatim"]["sql"]).fetchall()
    shown = {r[0]: r[2] for r in rows_shown}
    assert shown["invented"] == similarity


@pytest.mark.shared
def test_reports_and_show_explain_reworded(cli, prince: Path) -> None:
    assert cli("verify").exit_code == 0
    shown = cli("show", "marriott").output
    assert "status    reworded" in shown and "the passage is in English" in shown
    assert "shared words:" in shown
    markdown = cli("report", "--format", "markdown").output
    assert "| reworded | 2 | the source says this in other words" in markdown
    assert "- **Said in other words:** the passage is in English, similarity" in markdown
    assert "**⚠ a negation differs from the source**" in markdown
    html = cli("report", "--format", "html").output
    assert '<span class="badge s-reworded">reworded</span>' in html
    assert '<dl class="evidence" aria-label="evidence"><dt>shared words</dt>' in html
    rows = {r["claim"]: r for r in _csv_rows(cli("report", "--format", "csv").output)}
    assert rows["marriott"]["language"] == "en" and float(rows["marriott"]["similarity"]) > 60
    assert rows["marriott"]["evidence"].startswith("shared words: ")
    reviews = {
        r["identifier"]: r for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    assert reviews["marriott"]["reviewRating"]["ratingValue"] == 3  # like partial
    assert reviews["marriott"]["reviewRating"]["alternateName"].startswith("Supported in other")
    assert reviews["negated"]["reviewRating"]["ratingValue"] == 2  # a flag lowers it
    annotations = json.loads(cli("report", "--format", "annotations").output)["first"]["items"]
    [anno] = [a for a in annotations if a["id"].startswith("urn:sourcecheck:claim:marriott:")]
    values = [b["value"] for b in anno["body"]]
    assert "reworded" in values
    assert any(v.startswith("said in other words: the passage is in English") for v in values)


def _csv_rows(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.shared
def test_an_english_quote_is_found_in_the_german_original(cli, tmp_path: Path) -> None:
    start, end = "Als Gregor Samsa eines Morgens", "\nII."
    kafka = _excerpt("kafka-die-verwandlung-de.txt", start, end, tmp_path / "k.txt")
    cli("source", "add", "kafka", "--title", "Die Verwandlung", "--kind", "book")
    assert cli("source", "text", "kafka", kafka).exit_code == 0  # no --language: detected
    assert "language de (detected)" in cli("source", "show", "kafka").output
    cli("claim", "add", WYLLIE, "--source", "kafka", "--id", "wyllie")
    assert cli("verify", "--no-meaning").exit_code == 0
    assert _items(cli)["wyllie"]["status"] == "not_found"
    assert cli("verify").exit_code == 0
    item = _items(cli)["wyllie"]
    assert item["status"] == "reworded" and item["language"] == "de"
    assert item["passage"].startswith("Als Gregor Samsa eines Morgens")
    assert item["evidence"]["quote_language"] == "en"
    assert {"Gregor", "Samsa"} <= set(item["evidence"]["shared_names"])
    assert "in German (the quote is in English)" in item["reason"]
    assert item["facts"] == []  # "One morning" states no figure


@pytest.fixture
def minutes(cli, tmp_path: Path) -> None:
    """The minutes we wrote, as source ``cc-minutes``."""
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    assert (
        cli("source", "add", "cc-minutes", "--title", "Minutes", "--kind", "minutes").exit_code == 0
    )
    assert cli("source", "text", "cc-minutes", path).exit_code == 0


def test_an_event_is_located_by_meaning_and_its_date_checked_at_the_passage(
    cli, minutes: None
) -> None:
    cli("claim", "add", EVENT, "--source", "cc-minutes", "--kind", "event",
        "--date", "1918-01-21", "--id", "discussion")  # fmt: skip
    assert cli("verify", "--no-meaning").exit_code == 0
    assert _items(cli)["discussion"]["status"] in ("not_found", "partial")
    assert cli("verify").exit_code == 0
    item = _items(cli)["discussion"]
    assert item["status"] == "reworded", item["reason"]
    assert "first discussed at the meeting on" in " ".join(item["passage"].split())
    [date] = [f for f in item["facts"] if f["kind"] == "date"]
    assert date["verdict"] in ("agrees", "agrees_old_style")
    assert " ".join(date["source"].split()) == "January 8 (21)"
    assert MINUTES[date["span"]["start"] : date["span"]["end"]] == date["source"]


@pytest.mark.shared
def test_a_german_quote_is_found_in_the_english_translation(cli, tmp_path: Path) -> None:
    start, end = "One morning, when Gregor Samsa", "\nII\n"
    kafka = _excerpt("kafka-metamorphosis-en.txt", start, end, tmp_path / "k.txt")
    cli("source", "add", "kafka-en", "--title", "Metamorphosis", "--kind", "book")
    assert cli("source", "text", "kafka-en", kafka).exit_code == 0
    for claim_id, legs in (("legs", "vielen"), ("two-legs", "zwei")):
        quote = (
            f"Seine {legs}, im Vergleich zu seinem sonstigen Umfang kläglich dünnen Beine "
            "flimmerten ihm hilflos vor den Augen."
        )  # Kafka's German; "zwei" where he has "vielen" (many)
        cli("claim", "add", quote, "--source", "kafka-en", "--id", claim_id)
    assert cli("verify", "--no-meaning").exit_code == 0
    assert {i["status"] for i in _items(cli).values()} == {"not_found"}
    assert cli("verify").exit_code == 0
    items = _items(cli)
    legs = items["legs"]
    assert legs["status"] == "reworded" and legs["language"] == "en", legs["reason"]
    assert " ".join(legs["passage"].split()).startswith("His many legs, pitifully thin")
    assert legs["evidence"]["quote_language"] == "de"
    assert "Beine/legs" in legs["evidence"]["shared_words"]
    assert "in English (the quote is in German)" in legs["reason"] and legs["facts"] == []
    two = items["two-legs"]
    assert two["span"] == legs["span"]  # the same passage, its number checked there
    assert [(f["kind"], f["claim"], f["verdict"]) for f in two["facts"]] == [
        ("number", "2", "differs")
    ]
    shown = cli("show", "two-legs").output
    assert "the passage is in English (the quote in German)" in shown
    assert "numbers (quote / passage): zwei / —" in shown
    assert two["flags"] == ["number"] and legs["flags"] == []  # "zwei" where "many": flagged
    assert "CHECK: a number on one side only (zwei in the quote, none there)" in two["reason"]
    assert "⚠ a number differs from the source" in cli("verify", "two-legs").output


def test_a_figure_and_a_paraphrase_are_located_and_a_changed_one_flagged(
    cli, minutes: None, db_path: Path
) -> None:
    said = "{} members of the Committee attended the meeting of January 24, 1918."
    grain = "The grain in the northern provinces would last until the end of {}, they reported."
    for claim_id, kind, quote in (
        ("eleven", "figure", said.format("Eleven")),
        ("twelve", "figure", said.format("Twelve")),
        ("february", "paraphrase", grain.format("February")),
        ("march", "paraphrase", grain.format("March")),
    ):
        cli("claim", "add", quote, "--source", "cc-minutes", "--kind", kind, "--id", claim_id)
    assert cli("verify", "--no-meaning").exit_code == 0
    assert {i["status"] for i in _items(cli).values()} <= {"not_found", "partial"}
    assert cli("verify").exit_code == 0
    items = _items(cli)
    assert {i["status"] for i in items.values()} == {"reworded"}, items
    eleven, twelve = items["eleven"], items["twelve"]
    assert "Present: eleven members of the Committee." in eleven["passage"]
    assert eleven["flags"] == [] and twelve["flags"] == ["number"]
    facts = {(f["kind"], f["claim"], f["verdict"]) for f in eleven["facts"]}
    assert facts == {("number", "11", "agrees"), ("date", "1918-01-24", "agrees")}
    assert ("number", "12", "differs") in {(f["kind"], f["claim"], f["verdict"]) for f in
                                            twelve["facts"]}  # fmt: skip
    assert "stores of grain" in items["february"]["passage"] and items["february"]["flags"] == []
    march = items["march"]
    assert march["span"] == items["february"]["span"] and march["flags"] == ["date"]
    assert "CHECK:" in march["reason"]
    reviews = {
        r["identifier"]: r["reviewRating"]["ratingValue"]
        for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    assert reviews == {"eleven": 3, "february": 3, "twelve": 2, "march": 2}
    # Datasette's "Numbers and negations that differ" lists the flagged rendering too
    with sqlite3.connect(db_path) as conn:
        differ = conn.execute(QUERIES["numbers_and_negations"]["sql"]).fetchall()
    assert [(r[0], r[3]) for r in differ] == [("twelve", "number")]
    assert "Twelve" in differ[0][4] and "eleven" in differ[0][5].lower()


class Renamed:
    """The default model under another id: what a new model (or version) looks like to the
    store."""

    model_id = "usem3-test/renamed"

    def __call__(self, sentences):
        return default_embedder()(sentences)


def _vector_rows(db) -> list[tuple]:
    return db.execute("SELECT text_id, model_id, units FROM text_vectors ORDER BY 1").fetchall()


@pytest.mark.shared
def test_vectors_are_stored_at_import_and_rebuilt_for_another_model(db, tmp_path: Path) -> None:
    ricci = _excerpt("the-prince-ricci-en.txt", "CHAPTER XVII\n", "CHAPTER XVIII\n", tmp_path / "r")
    add_source(db, Source("ricci", "The Prince", kind="book"))
    text_id, _ = attach_text(db, "ricci", ricci)
    [(stored, model, units)] = _vector_rows(db)
    assert (stored, model) == (text_id, default_embedder().model_id) and units > 20
    vectors = stored_vectors.load_vectors(db, text_id, model)
    assert vectors is not None and vectors.matrix.dtype == np.float16
    assert vectors.matrix.shape == (units, 512)
    assert stored_vectors.load_vectors(db, text_id, Renamed.model_id) is None

    add_claim(db, Claim("marriott", MARRIOTT, source_id="ricci"))
    [verdict] = verify(db, embedder=Renamed()).verdicts  # another model: rebuilt first
    assert verdict.result.status == "reworded"
    assert _vector_rows(db) == [(text_id, Renamed.model_id, units)]
    run = json.loads(db.execute("SELECT parameters FROM runs").fetchone()[0])
    assert run["meaning"]["model_id"] == Renamed.model_id
    rebuilt = stored_vectors.load_vectors(db, text_id, Renamed.model_id)
    assert rebuilt is not None and np.array_equal(rebuilt.spans, vectors.spans)
    assert stored_vectors.embed_texts(db).built == (text_id,)  # back to the default model
    assert _vector_rows(db) == [(text_id, default_embedder().model_id, units)]


@pytest.mark.shared
def test_index_meaning_builds_what_a_large_import_left(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 1_000)  # a "large" database
    ricci = _excerpt("the-prince-ricci-en.txt", "CHAPTER XVII\n", "CHAPTER XVIII\n", tmp_path / "r")
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - id: ricci\n    title: The Prince\n    texts:\n      - path: {ricci.name}\n"
    )
    imported = cli("import", tmp_path / "sources.yaml")
    assert imported.exit_code == 0, imported.output
    assert "(the database's texts are over 1,000 characters together)" in imported.stderr
    assert "verify builds those it needs, sourcecheck index --meaning all of them" in (
        imported.stderr
    )
    db = dbm.open_db(tmp_path / "test.db")
    assert _vector_rows(db) == []
    db.execute("UPDATE texts SET language = NULL, language_detected = 0")  # an older database
    db.conn.commit()
    out = cli("index", "--meaning").output
    assert "detected the language of 1 text" in out
    assert "sentence vectors built for 1 text" in out
    assert [r[1] for r in _vector_rows(db)] == [default_embedder().model_id]
    assert db.execute("SELECT language, language_detected FROM texts").fetchone() == ("en", 1)


@pytest.mark.shared
def test_a_text_beyond_the_limits_is_searched_around_the_words(db, tmp_path, monkeypatch):
    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 0)  # no vectors at all
    monkeypatch.setattr(stored_vectors, "EMBED_CHARS", 0)
    ricci = _excerpt("the-prince-ricci-en.txt", "CHAPTER XV\n", "CHAPTER XX\n", tmp_path / "r")
    add_source(db, Source("ricci", "The Prince", kind="book"))
    attach_text(db, "ricci", ricci)
    add_claim(db, Claim("marriott", MARRIOTT, source_id="ricci"))
    assert _vector_rows(db) == []
    [verdict] = verify(db, meaning=MeaningParams(scan_chars=0)).verdicts
    result = verdict.result
    assert result.status == "reworded", result.reason
    text = ricci.read_text(encoding="utf-8")
    assert "safer to be feared than loved" in result.span.slice(text)
    line = text.count("\n", 0, result.span.start) + 1  # the reason names the whole text's line
    assert f"at line {line} (characters {result.span.start}-{result.span.end})" in result.reason
    assert _vector_rows(db) == []  # verify embedded no whole text


@pytest.mark.shared
def test_a_source_of_many_texts_is_ranked_once_and_only_its_best_texts_searched(
    db, tmp_path, monkeypatch
) -> None:
    """The Prince's chapters XV-XIX as five texts of one source: the claims are ranked against
    all of them at once, and only the nearest (``texts``) and the word search's best are
    searched; the rendering is still found in chapter XVII, the invented claim still not."""
    from sourcecheck import rewording

    whole = shared_file("translations", "the-prince-ricci-en.txt").read_text(encoding="utf-8")
    add_source(db, Source("ricci", "The Prince", kind="book"))
    ids = {}
    for number, end in (("XV", "XVI"), ("XVI", "XVII"), ("XVII", "XVIII"), ("XVIII", "XIX"),
                        ("XIX", "XX")):  # fmt: skip
        chapter = whole[whole.index(f"CHAPTER {number}\n") : whole.index(f"CHAPTER {end}\n")]
        path = tmp_path / f"{number}.txt"
        path.write_text(chapter, encoding="utf-8")
        ids[number], _ = attach_text(db, "ricci", path)
    add_claim(db, Claim("marriott", MARRIOTT, source_id="ricci"))
    add_claim(db, Claim("invented", INVENTED, source_id="ricci"))
    searched: dict[str, set[int]] = {}
    inner = rewording.match_meaning

    def counted(quote, text, **kwargs):  # type: ignore[no-untyped-def]
        searched.setdefault(quote, set()).add(kwargs["text_id"])
        return inner(quote, text, **kwargs)

    monkeypatch.setattr(rewording, "match_meaning", counted)
    verdicts = {v.claim.id: v for v in verify(db, meaning=MeaningParams(texts=1)).verdicts}
    found = verdicts["marriott"].result
    assert found.status == "reworded", found.reason
    assert found.text_id == ids["XVII"]
    assert verdicts["invented"].result.status == "not_found"
    assert ids["XVII"] in searched[MARRIOTT]
    assert all(1 <= len(texts) <= 2 for texts in searched.values()), searched  # not all five
    everywhere = {v.claim.id: v.result for v in verify(db).verdicts}  # texts=3: more searched
    assert everywhere["marriott"].text_id == ids["XVII"]
    assert everywhere["marriott"].span == found.span


class _Counted:
    """The default model, counting what reaches it: calls and sentences."""

    def __init__(self) -> None:
        self.model_id = default_embedder().model_id
        self.calls: list[list[str]] = []

    def __call__(self, sentences):
        self.calls.append(list(sentences))
        return default_embedder()(sentences)


class _Unremembered:
    """The stage's embedder without its memory: every call goes to the model as asked."""

    def __init__(self, inner) -> None:
        self.inner, self.model_id = inner, inner.model_id

    def __call__(self, sentences):
        return self.inner(sentences)

    def prime(self, sentences) -> None:
        pass


def _outcome(verdict) -> tuple:
    r = verdict.result
    return (verdict.claim.id, r.status, r.text_id, r.span, r.score, r.flags, r.reason)


@pytest.mark.shared
@pytest.mark.parametrize("whole", [True, False], ids=["vectors", "excerpts"])
def test_the_stage_remembers_and_batches_without_changing_results(
    db, tmp_path, monkeypatch, whole: bool
) -> None:
    """Several claims, with the text searched whole through its vectors or only around the
    words: the quotes are embedded in one call up front and no sentence twice, and the
    results are those of the stage embedding everything as it goes."""
    from sourcecheck import rewording

    if not whole:
        monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 0)
        monkeypatch.setattr(stored_vectors, "EMBED_CHARS", 0)
    ricci = _excerpt("the-prince-ricci-en.txt", "CHAPTER XV\n", "CHAPTER XX\n", tmp_path / "r")
    add_source(db, Source("ricci", "The Prince", kind="book"))
    attach_text(db, "ricci", ricci)
    quotes = {"marriott": MARRIOTT, "negated": NEGATED, "invented": INVENTED}
    for claim_id, quote in quotes.items():
        add_claim(db, Claim(claim_id, quote, source_id="ricci"))
    params = MeaningParams(scan_chars=4_000_000 if whole else 0)
    counted = _Counted()
    batched = [_outcome(v) for v in verify(db, meaning=params, embedder=counted).verdicts]
    with monkeypatch.context() as m:
        m.setattr(rewording, "RememberingEmbedder", _Unremembered)
        plain = [_outcome(v) for v in verify(db, meaning=params, embedder=_Counted()).verdicts]
    assert batched == plain
    statuses = {o[0]: o[1] for o in batched}
    assert statuses["marriott"] == "reworded" and statuses["invented"] == "not_found"
    assert len(counted.calls[0]) == 3  # the quotes, together, before anything else
    assert NEGATED in counted.calls[0]
    sent = [s for call in counted.calls for s in call]
    assert len(sent) == len(set(sent))  # nothing embedded twice


def test_the_stage_holds_blas_to_one_thread_and_gives_it_back() -> None:
    from threadpoolctl import threadpool_info

    from sourcecheck.matching.embed import one_blas_thread

    def blas() -> list[int]:
        np.ones((2, 2)) @ np.ones((2, 2))  # BLAS loaded
        return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]

    before = blas()
    with one_blas_thread():
        assert blas() and set(blas()) == {1}
    assert blas() == before

"""The migrations from m010 on, registered on the one :data:`~.migrations.migrations` object
after those of migrations.py (which reached its size): importing this module is importing
the whole schema. An applied migration is never edited: a change is a new function here."""

from __future__ import annotations

from sqlite_utils import Database

from ..gone import GONE_LABEL, GONE_SQL
from .migrations import migrations

__all__ = ["migrations"]


@migrations()
def m010_meaning(db: Database) -> None:
    """Matching by meaning (issue 10).

    ``texts.language_detected``: 1 when ``language`` was detected at import, not given.
    ``text_vectors``: a text's sentence vectors of one embedding model (``model_id``; vectors
    of another model are rebuilt, never mixed), stored in ``text_vector_parts`` as raw
    little-endian arrays of at most 65,536 units each: ``spans`` (int64 start, end per unit)
    and ``matrix`` (float16, ``dim`` per unit).
    ``results`` gains what a ``reworded`` result shows: ``similarity`` (0-100), the passage's
    ``language`` and the ``evidence`` (JSON). ``claim_report`` is recreated: ``reworded``
    takes its place in ``attention``, and a date or a name that differs alarms too.
    """
    db.table("texts").add_column("language_detected", int, not_null_default=0)
    db.execute(
        """
        CREATE TABLE text_vectors (
            text_id INTEGER PRIMARY KEY REFERENCES texts(id),
            model_id TEXT NOT NULL,
            units INTEGER NOT NULL,
            dim INTEGER NOT NULL,
            built_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE text_vector_parts (
            text_id INTEGER NOT NULL REFERENCES text_vectors(text_id),
            part INTEGER NOT NULL,
            spans BLOB NOT NULL,
            matrix BLOB NOT NULL,
            PRIMARY KEY (text_id, part)
        )"""
    )
    results = db.table("results")
    results.add_column("similarity", float)
    results.add_column("language", str)
    results.add_column("evidence", str)
    db.execute("DROP VIEW claim_report")
    _claim_report(db, ("negation", "number", "date", "name", "found_elsewhere"), step=10)


_ALARMS = ("negation", "number", "date", "name", "roles", "found_elsewhere")
"""The flags of a found claim that need a look most (attention 1), from m013 on."""
_REVIEWED = """WHEN v.verdict IS NOT NULL AND v.stale THEN 1
                WHEN v.verdict IN ('partly_supported', 'misquoted', 'misattributed',
                                   'unsupported') THEN 1
                WHEN v.verdict IN ('accurate', 'minor_differences') THEN 7
                """
_FACT_DIFFERS = """WHEN r.status IN ('verbatim', 'close', 'reworded', 'partial') AND EXISTS (
                    SELECT 1 FROM fact_checks f
                    WHERE f.claim_id = c.id AND f.run_id = r.run_id AND f.verdict = 'differs'
                ) THEN 1
                """
_WORD_CHANGED = """WHEN r.status = 'close' AND EXISTS (
                    SELECT 1 FROM json_each(r.flags) WHERE json_each.value = 'word_changed'
                ) THEN 3
                """


def _attention(alarms: tuple[str, ...], step: int) -> str:
    """The ``attention`` column of ``claim_report`` as migration ``step`` defines it (see
    :func:`_claim_report`)."""
    listed = ", ".join(f"'{flag}'" for flag in alarms)  # (constants: no user data)
    reviewed = _REVIEWED if step >= 15 else ""
    facts = _FACT_DIFFERS if step >= 17 else ""
    changed = _WORD_CHANGED if step >= 16 else ""
    gone = f"WHEN {GONE_SQL} THEN 8\n                " if step >= 18 else ""
    found = (
        "'verbatim', 'close', 'reworded', 'partial'"
        if step >= 22
        else ("'close', 'reworded', 'partial'")
    )  # from m022 a verbatim quotation given to the wrong speaker needs a look too
    return f"""CASE
                {gone}{reviewed}WHEN r.status IS NULL THEN 6
                WHEN r.status = 'not_found' THEN 1
                WHEN r.status IN ({found}) AND EXISTS (
                    SELECT 1 FROM json_each(r.flags)
                    WHERE json_each.value IN ({listed})
                ) THEN 1
                {facts}WHEN r.status = 'partial' THEN 2
                {changed}WHEN r.status = 'reworded' THEN 3
                WHEN r.status = 'close' THEN 4
                WHEN r.status = 'no_text' THEN 5
                ELSE 7
            END AS attention"""


def _claim_report(db: Database, alarms: tuple[str, ...], *, step: int) -> None:
    """The ``claim_report`` view, worst first, as migration ``step`` defines it: ``alarms``
    are the flags that put a found claim with those that need a look most (attention 1);
    from m015 with the claim's ``speaker_confidence``, and a reviewer's verdict counted
    first, as the reports count it (a problem found or a stale review: 1; accurate: 7); from
    m016 a ``close`` result with a content word changed (flag ``word_changed``) with the
    ``reworded`` ones (3); from m017 a number or date checked as a fact that differs at the
    passage found (1); from m018 a claim gone from its document's text last (8), said in
    ``in_document``; from m020 the result's ``alarms`` in words, after ``score``."""
    speaker = "c.speaker,\n            c.speaker_confidence," if step >= 15 else "c.speaker,"
    said = (
        "\n            (SELECT group_concat('⚠ ' || a.value, '; ') FROM json_each(r.alarms) a)"
        " AS alarms,"
        if step >= 20
        else ""
    )
    if step >= 18:
        speaker += f"\n            CASE WHEN {GONE_SQL} THEN '{GONE_LABEL}' END AS in_document,"
    db.execute(
        f"""
        CREATE VIEW claim_report AS
        SELECT
            c.id AS claim_id,
            {_attention(alarms, step)},
            r.status,
            r.score,{said}
            v.verdict,
            v.stale AS review_stale,
            c.quote,
            r.passage,
            coalesce(r.reason, 'not verified yet: run sourcecheck verify') AS reason,
            r.flags,
            r.similarity,
            r.language,
            c.source_id,
            s.title AS source_title,
            {speaker}
            c.date,
            c.locator,
            c.kind,
            c.document_id,
            c.paragraph,
            r.text_id,
            r.verified_at,
            v.reviewer,
            v.reviewed_at,
            v.note AS review_note,
            v.stale_reason AS review_stale_reason,
            c.rowid AS claim_rowid
        FROM claims c
        LEFT JOIN latest_results r ON r.claim_id = c.id
        LEFT JOIN sources s ON s.id = c.source_id
        LEFT JOIN documents d ON d.id = c.document_id
        LEFT JOIN current_reviews v ON v.claim_id = c.id
        """
    )


@migrations()
def m011_clause_vectors(db: Database) -> None:
    """Vectors of clauses (issue 10): a text's stored vectors also hold those of the clauses
    of its long units, after its units' (``clauses``: how many), and the unit ``scheme`` they
    were cut by; vectors of another scheme (those stored before: '') are rebuilt, as those of
    another model."""
    vectors = db.table("text_vectors")
    vectors.add_column("clauses", int, not_null_default=0)
    vectors.add_column("scheme", str, not_null_default="")


@migrations()
def m012_no_text_no_score(db: Database) -> None:
    """``results.score`` may be NULL: a ``no_text`` result has no score (no text was
    searched), where it was stored as 0.0 (the reports said null; Datasette showed 0.0)."""
    db.table("results").transform(not_null={"score": False})
    db.execute("UPDATE results SET score = NULL WHERE status = 'no_text'")


@migrations()
def m013_roles_alarm(db: Database) -> None:
    """A ``reworded`` result flagged ``roles`` (who does what to whom differs: issue 10)
    needs a look as much as one whose negation, number, date or name differs: attention 1 in
    ``claim_report``."""
    db.execute("DROP VIEW claim_report")
    _claim_report(db, _ALARMS, step=13)


@migrations()
def m014_results_of_the_quote(db: Database) -> None:
    """Each result keeps the quote it was found for (``results.quote``), and
    ``latest_results`` holds a claim's latest result only while the claim's quote is still
    that one: after ``claim edit --quote`` the claim is not verified until ``verify`` checks
    the new quote, so that no report, ClaimReview or Datasette view pairs the new quote with
    the old quote's status (a new user's walkthrough). Results stored before keep a null
    quote and count as they did."""
    db.table("results").add_column("quote", str)
    db.execute("DROP VIEW latest_results")
    db.execute(
        """
        CREATE VIEW latest_results AS
        SELECT r.* FROM results r
        WHERE r.best = 1
          AND r.run_id = (SELECT max(r2.run_id) FROM results r2 WHERE r2.claim_id = r.claim_id)
          AND (r.quote IS NULL OR r.quote = (SELECT c.quote FROM claims c WHERE c.id = r.claim_id))
        """
    )


@migrations()
def m015_speaker_confidence(db: Database) -> None:
    """``claims.speaker_confidence``: how sure ``extract`` was of the speaker (0-1), from the
    claims file's ``speaker_confidence`` field, so that a reviewer sorts the doubtful ones
    first (it was only inside ``notes``: a new user's walkthrough); null for a speaker a
    person gave or confirmed (``claim edit --speaker``). ``claim_report`` shows it after
    ``speaker``, and its ``attention`` counts a reviewer's verdict first, as the reports do:
    a claim a reviewer found misquoted stayed at 4 when the machine said ``close``."""
    db.table("claims").add_column("speaker_confidence", float)
    db.execute("DROP VIEW claim_report")
    _claim_report(db, _ALARMS, step=15)


@migrations()
def m016_word_changed(db: Database) -> None:
    """``claim_report`` counts a ``close`` result whose source has another content word in
    a quoted word's place (flag ``word_changed``: "agrees" for "declines") as needing a look,
    with the ``reworded`` ones (attention 3), not among the close ones (4): a new user's
    walkthrough found an opposite verb published as "accurately quoted"."""
    db.execute("DROP VIEW claim_report")
    _claim_report(db, _ALARMS, step=16)


@migrations()
def m017_fact_differs(db: Database) -> None:
    """``claim_report`` puts a found claim whose number or date, checked as a fact at the
    passage, differs from the source's with those that need a look most (attention 1), as
    `verify` ("⚠ fact differs") and the reports do: a new user's walkthrough saw it urgent
    on the command line and at 3 in Datasette."""
    db.execute("DROP VIEW claim_report")
    _claim_report(db, _ALARMS, step=17)


@migrations()
def m018_gone_claims(db: Database) -> None:
    """``claim_report`` says which claims ``extract --merge`` found gone from their document's
    text (column ``in_document``: "no longer in the document") and puts them last (attention
    8), out of "need a look", as the reports do: a new user's walkthrough saw a quotation the
    corrected article no longer has at attention 1."""
    db.execute("DROP VIEW claim_report")
    _claim_report(db, _ALARMS, step=18)


@migrations()
def m019_opposite_alarm(db: Database) -> None:
    """``claim_report`` puts a claim flagged ``opposite`` (the source says the opposite of a
    word of the claim: "supported" where it says "opposed") with those that need a look most
    (attention 1), as ClaimReview rates it misquoted: it sat at 3 with the other rewordings."""
    db.execute("DROP VIEW claim_report")
    _claim_report(db, (*_ALARMS, "opposite"), step=19)


@migrations()
def m020_result_alarms(db: Database) -> None:
    """Each result keeps what a person must not miss in it, in the words every report uses
    (``results.alarms``, a JSON list: "a negation differs from the source", "the source says
    the opposite of a word of the claim"...), and ``claim_report`` shows them after ``score``:
    Datasette showed only the raw flags ("opposite", "roles"), which the reports explain.
    Results stored before get theirs from their flags, differences and fact checks."""
    import json

    from ..report.alarms import alarms  # (the wording is the reports': one place)

    db.table("results").add_column("alarms", str)
    differing: dict[tuple[int, str], list[str]] = {}
    for run_id, claim_id, kind in db.execute(
        "SELECT run_id, claim_id, kind FROM fact_checks WHERE verdict = 'differs' ORDER BY id"
    ).fetchall():
        differing.setdefault((run_id, claim_id), []).append(kind)
    said = []
    for rowid, run_id, claim_id, best, status, flags, differences in db.execute(
        "SELECT rowid, run_id, claim_id, best, status, flags, differences FROM results"
    ).fetchall():
        kinds = [d["kind"] for d in json.loads(differences or "[]")]
        facts = differing.get((run_id, claim_id), []) if best else []
        words = alarms(status, json.loads(flags or "[]"), kinds, facts)
        said.append((json.dumps(words, ensure_ascii=False), rowid))
    db.conn.executemany("UPDATE results SET alarms = ? WHERE rowid = ?", said)
    db.execute("DROP VIEW claim_report")
    _claim_report(db, (*_ALARMS, "opposite"), step=20)


@migrations()
def m021_text_words(db: Database) -> None:
    """A text's words as the meaning stage reads them (:mod:`.textwords`), stored with its
    sentence vectors, so that a ``verify`` reads them rather than computing them again (a few
    seconds for a 3 MB book): ``text_words`` per text, read in ``language`` by the code of
    ``scheme`` (a fingerprint of it: other code builds them again), for a text of ``length``
    characters: its units (``spans``, int64 start and end; ``words`` per unit), their content
    stems (``stems``, a JSON list; ``unit_stems`` int32 numbers into it, ``unit_ends`` int64
    where each unit's end), and the names it prints (``names``, ``lower``, ``text_names``:
    JSON lists)."""
    db.execute(
        """CREATE TABLE text_words (
            text_id INTEGER PRIMARY KEY REFERENCES texts(id),
            language TEXT NOT NULL,
            scheme TEXT NOT NULL,
            length INTEGER NOT NULL,
            spans BLOB NOT NULL,
            words BLOB NOT NULL,
            stems TEXT NOT NULL,
            unit_stems BLOB NOT NULL,
            unit_ends BLOB NOT NULL,
            names TEXT NOT NULL,
            lower TEXT NOT NULL,
            text_names TEXT NOT NULL,
            built_at TEXT NOT NULL
        )"""
    )


@migrations()
def m022_speaker_alarm(db: Database) -> None:
    """``claim_report`` puts a claim flagged ``speaker`` (a transcript's label or the passage
    gives the words to another person than the claim's speaker), whatever its status, with
    those that need a look most (attention 1), as ``verify --fail-on flagged`` and the reports'
    "⚠ who said it" do: a new user's trial saw wrong speakers of verbatim quotations sorted
    last, with the accurate ones (attention 7)."""
    db.execute("DROP VIEW claim_report")
    _claim_report(db, (*_ALARMS, "opposite", "speaker"), step=22)

"""What ``verify`` says is what the word matcher found (task verify107, a new user's clone,
fresh106 F4): "Julius the Third" against "Julius II." was a ``number`` difference in
``match_quote`` and a changed word ("⚠ a word changed") in ``verify``, whose number fact check
(the year both sides print) retyped the one-sided "number" as a misplaced word; the fact check
reads no ordinal, so the ordinal set against another was lost. Passages written for these
tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sourcecheck import match_quote
from sourcecheck.matching.meaning import match_meaning

CHRONICLE = (
    "Notes from the cathedral archive.\n\n"
    "In 1506 Julius II. laid the foundation stone of the new church, in the presence of the "
    "cardinals and of a great crowd.\n\n"
    "In 1499 King Louis XII. rode into Milan at the head of his army and was received by the "
    "magistrates of the city.\n"
)
CLAIMS = {
    "second": "In 1506 Julius the Second laid the foundation stone of the new church.",
    "third": "In 1506 Julius the Third laid the foundation stone of the new church.",
    "first": "In 1506 Julius the First laid the foundation stone of the new church.",
    "fourth": "In 1506 Julius the Fourth laid the foundation stone of the new church.",
    "eleventh": "In 1499 King Louis the Eleventh rode into Milan at the head of his army.",
}


def _verified(cli, tmp_path: Path, db_path: Path) -> dict[str, tuple[str, list, list]]:
    """The claims imported from files into a real SQLite file and verified by the CLI: each
    claim's stored (status, flags, differences)."""
    (tmp_path / "chronicle.txt").write_text(CHRONICLE, encoding="utf-8")
    (tmp_path / "chronicle.yaml").write_text(
        "id: chronicle\ntitle: Cathedral Archive\nkind: other\nlanguage: en\n"
        "texts:\n  - path: chronicle.txt\n"
    )
    lines = ["claims:"]
    for key, quote in CLAIMS.items():
        lines += [f"  - id: {key}", "    source: chronicle", f'    quote: "{quote}"']
    (tmp_path / "claims.yaml").write_text("\n".join(lines) + "\n")
    imported = cli("import", tmp_path / "chronicle.yaml", tmp_path / "claims.yaml")
    assert imported.exit_code == 0, imported.output
    run = cli("verify")
    assert run.exit_code == 0, run.output
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT claim_id, status, flags, differences FROM results").fetchall()
    finally:
        conn.close()
    return {c: (s, json.loads(f), json.loads(d)) for c, s, f, d in rows}


def test_verify_flags_another_regnal_number_as_match_quote_does(
    cli, tmp_path: Path, db_path: Path
) -> None:
    stored = _verified(cli, tmp_path, db_path)
    for key in ("third", "first", "fourth", "eleventh"):
        status, flags, differences = stored[key]
        assert status == "close" and "number" in flags, (key, flags, differences)
        assert "word_changed" not in flags, (key, flags)
        assert [d["kind"] for d in differences] == ["number"], (key, differences)
        direct = match_quote(CLAIMS[key], CHRONICLE, language="en")
        assert direct.flags == flags, (key, direct.reason)
        assert [d.kind for d in direct.differences] == ["number"], (key, direct.reason)
    status, flags, differences = stored["second"]  # the same pope in words: no alarm
    assert status == "close" and not flags, (flags, differences)
    assert [(d["kind"], d["quote"], d["source"]) for d in differences] == [
        ("spelling", "the Second", "II")
    ]


GARRISON = (
    "Notes on the siege.\n\n"
    "The bridge over the canal was stormed three times in that one winter, and each time the "
    "captains blamed the fog.\n\n"
    "The young sergeant had quite forgotten the name of the inn where the powder was stored. "
    "He climbed the tower for an hour and then came down again.\n"
)


def test_a_multiplicative_is_one_number_in_the_reason() -> None:
    """ "twice" / "three times": the reason said "number “three” (not in the quote); number
    “twice” → “times”", as if "times" were "twice" misspelled (fresh106 F7)."""
    r = match_quote("The bridge over the canal was stormed twice in that one winter.", GARRISON)
    assert r.status == "close" and "number" in r.flags, r.reason
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [
        ("number", "twice", "three times")
    ], r.reason
    assert "number “twice” → “three times”" in r.reason
    assert "(not in the quote)" not in r.reason


def test_a_pronoun_is_no_spelling_of_an_article() -> None:
    """The quote names whom the source's "He" stands for: the reason said "spelling “The” →
    “He”; extra “old clerk”" (fresh106 F7). It says the words changed, with no alarm while
    the sentence before names the sergeant, and asks a person to look when it names no one
    the quote says."""
    named = match_quote(
        "The young sergeant climbed the tower for an hour and then came down again.", GARRISON
    )
    assert named.status == "close", named.reason
    assert [(d.kind, d.quote, d.source) for d in named.differences] == [
        ("changed", "The young sergeant", "He")
    ], named.reason
    assert "spelling" not in named.reason and not named.flags, named.reason
    stranger = match_quote(
        "The old gardener climbed the tower for an hour and then came down again.", GARRISON
    )
    assert stranger.status == "close" and "word_changed" in stranger.flags, stranger.reason
    assert "spelling" not in stranger.reason


KHRONIKA = (
    "Из летописи монастыря.\n\n"
    "Император Карл IV приехал в Прагу осенью и три дня беседовал с епископами о новом "
    "соборе.\n\n"
    "Весной река разлилась, и мельница у моста была разрушена.\n"
)


def test_a_regnal_number_in_words_has_its_numeral_as_counterpart() -> None:
    """ "Clement the Fifth" / "Климент V": the reason listed "no counterpart: Fifth" beside the
    numeral that renders it (fresh106 F7); another value stays a changed number."""
    same = match_meaning(
        "The Emperor Charles the Fourth came to Prague in the autumn and spoke with the bishops.",
        KHRONIKA, language="en", text_language="ru",
    )  # fmt: skip
    assert same.status == "reworded" and not same.flags, same.reason
    assert "“Fourth/IV”" in same.reason
    assert "“Fourth”" not in same.reason
    other = match_meaning(
        "The Emperor Charles the Fifth came to Prague in the autumn and spoke with the bishops.",
        KHRONIKA, language="en", text_language="ru",
    )  # fmt: skip
    assert "number" in other.flags, other.reason
    assert "Fifth/IV" not in other.reason

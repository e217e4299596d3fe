"""A ``close`` result where a content word of the source is replaced by another ("agrees"
where the source says "declines") is flagged ``word_changed``: the word matcher cannot tell a
synonym from an opposite, so it is shown in verify's look column, needs a look in the
reports and is not rated "accurately quoted" in ClaimReview; a spelling variant alone
("Trotski") is no such change. A new user's walkthrough found an opposite verb published as
accurately quoted. An opposite of the curated table (:mod:`sourcecheck.matching.opposites`)
is flagged ``opposite`` too and rated misquoted."""

from __future__ import annotations

import json
from pathlib import Path

SOURCE = (
    "February 11, 1918. Trotski declines to sign the treaty of peace with the Central Powers "
    "today, and the war is over for Russia, but there is no peace.\n"
)
CHANGED = "Trotsky agrees to sign the treaty of peace with the Central Powers today"
SPELLED = "Trotsky declines to sign the treaty of peace with the Central Powers today"
HESITATES = "Trotsky hesitates to sign the treaty of peace with the Central Powers today"


def test_a_changed_content_word_is_flagged_everywhere(cli, tmp_path: Path) -> None:
    text = tmp_path / "diary.txt"
    text.write_text(SOURCE)
    cli("source", "add", "diary", "--title", "Diary", "--kind", "diary")
    assert cli("source", "text", "diary", text).exit_code == 0
    cli("claim", "add", CHANGED, "--source", "diary", "--id", "agrees")
    cli("claim", "add", SPELLED, "--source", "diary", "--id", "spelled")
    cli("claim", "add", HESITATES, "--source", "diary", "--id", "hesitates")
    run = cli("verify", "--no-meaning")
    assert run.exit_code == 0
    rows = {cells[1].strip(): cells for line in run.stdout.splitlines()
            if len(cells := line.split("│")) > 4}  # fmt: skip
    assert rows["agrees"][2].strip() == "close" and "opposite" in rows["agrees"][4]
    assert "⚠ a word changed: same meaning or not?" in rows["hesitates"][4]
    assert rows["spelled"][2].strip() == "close" and rows["spelled"][4].strip() == ""
    shown = {c["claim"]: c for c in json.loads(cli("report", "--format", "json").stdout)}
    assert "word_changed" in shown["agrees"]["flags"]
    assert "word_changed" not in shown["spelled"]["flags"]
    reviews = {r["identifier"]: r["reviewRating"]
               for r in json.loads(cli("report", "--format", "claimreview").stdout)}  # fmt: skip
    assert reviews["hesitates"]["ratingValue"] == 3  # another word: synonym or not, look
    assert "word changed" in reviews["hesitates"]["alternateName"]
    assert reviews["spelled"]["ratingValue"] == 4
    # "agrees" where the source says "declines" is its opposite (matching/opposites.py)
    assert "opposite" in shown["agrees"]["flags"] and "opposite" not in shown["hesitates"]["flags"]
    assert (
        reviews["agrees"]["ratingValue"] == 2 and "Misquoted" in reviews["agrees"]["alternateName"]
    )


def test_the_python_api_flags_a_changed_content_word_as_verify_does() -> None:
    """``match_quote`` (and so every caller: verify, reports, the Python API) flags the
    changed word; a spelling variant, a changed small word or a number are no such change."""
    from sourcecheck import match_quote

    assert "word_changed" in match_quote(CHANGED, SOURCE).flags
    assert match_quote(CHANGED, SOURCE).status == "close"
    assert "word_changed" not in match_quote(SPELLED, SOURCE).flags
    small = "Trotski declines to sign a treaty of peace with the Central Powers today"
    assert match_quote(small, SOURCE).status == "close"
    assert "word_changed" not in match_quote(small, SOURCE).flags
    german = "Heute verweigert Trotzki die Unterschrift unter den Frieden mit den Mittelmächten."
    quoted = "Heute leistet Trotzki die Unterschrift unter den Frieden mit den Mittelmächten."
    found = match_quote(quoted, german, language="de")
    assert found.status == "close" and "word_changed" in found.flags

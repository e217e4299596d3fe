"""The claim ``extract --merge`` proposes in the place of a gone one whose words were edited
(the misquote corrected) is the same claim: it takes the fields the reviewer settled (speaker,
source, date, locator, kind), its notes name the claim it replaces, and ``import`` carries
that claim's review to it, stale until the new words are reviewed. A different claim in that
place takes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.records.formats import parse_file
from sourcecheck.store import db as dbm
from sourcecheck.store import reviews

# written for the tests
BEFORE = (
    "The harbour master kept a log through the storm. On March 2, 1921, Elias Brandt wrote in "
    "his log: “The pier is not yet lost, though the sea has taken the lamps.” He slept little.\n"
)
GONE = "The pier is not yet lost, though the sea has taken the lamps."
EDITED = "The pier is yet lost, though the sea has taken the lamps."
OTHER = "The boats are safe in the inner basin, every one of them."
SOURCES = "id: harbour-archive\ntitle: Harbour Board archive, box 7\n"  # no author to match


@pytest.fixture
def reviewed(cli, tmp_path: Path) -> tuple[Path, Path, str]:
    """The article extracted, its claim's source, locator and speaker set by the reviewer,
    imported and reviewed: the article, the claims file, the claim's id."""
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0
    article, claims = tmp_path / "article.txt", tmp_path / "claims.yaml"
    article.write_text(BEFORE, encoding="utf-8")
    assert cli("extract", article, "-o", claims).exit_code == 0
    text = claims.read_text(encoding="utf-8").replace(
        "source: unidentified-elias-brandt", "source: harbour-archive\n  locator: log, p. 12"
    )
    text = text.replace("speaker: Elias Brandt\n", "speaker: Captain Elias Brandt\n")
    claims.write_text(text, encoding="utf-8")
    assert cli("import", claims).exit_code == 0
    (claim,) = parse_file(claims).claims
    done = cli("review", claim.id, "--verdict", "misquoted", "--note", "no 'not' in the log",
               "--by", "Ada")  # fmt: skip
    assert done.exit_code == 0, done.output
    return article, claims, claim.id


def test_the_edited_claim_takes_the_reviewed_fields_and_review(cli, reviewed, db_path) -> None:
    article, claims, gone_id = reviewed
    article.write_text(BEFORE.replace(GONE, EDITED), encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    by_quote = {c.quote: c for c in parse_file(claims).claims}
    new = by_quote[EDITED]
    assert new.id != gone_id and by_quote[GONE].id == gone_id
    assert (new.source_id, new.locator, new.speaker, new.date) == (
        "harbour-archive", "log, p. 12", "Captain Elias Brandt", "1921-03-02",
    )  # fmt: skip
    assert new.speaker_confidence is None  # the reviewer's speaker
    assert new.notes.startswith(f"in place of {gone_id} (its words edited in the text)")
    assert f"{gone_id} (in its place now: {new.id}) with its reviewed fields" in merged.stderr
    imported = cli("import", claims)
    assert imported.exit_code == 0, imported.output
    assert "reviews carried to 1 claim that replace an edited one" in imported.stdout
    db = dbm.open_db(db_path)
    try:
        carried = reviews.current_reviews(db, claim_ids=[new.id])[new.id]
    finally:
        db.close()
    assert (carried.verdict, carried.by, carried.note) == (
        "misquoted",
        "Ada",
        "no 'not' in the log",
    )
    assert carried.stale and "quote" in (carried.stale_reason or "")
    again = cli("import", claims)  # once only
    assert again.exit_code == 0 and "reviews carried" not in again.stdout


def test_a_different_claim_in_its_place_takes_nothing(cli, reviewed) -> None:
    article, claims, gone_id = reviewed
    article.write_text(BEFORE.replace(GONE, OTHER), encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    new = {c.quote: c for c in parse_file(claims).claims}[OTHER]
    assert new.source_id != "harbour-archive" and new.locator is None
    assert "in place of" not in (new.notes or "")
    assert f"{gone_id} (in its place now: {new.id})" in merged.stderr
    assert "with its reviewed fields" not in merged.stderr
